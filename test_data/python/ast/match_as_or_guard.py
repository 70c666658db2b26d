match command.split():
    case [action] if action in ACTIONS:
        pass
    case [('go' | 'move') as verb, direction] as whole:
        pass
    case Color.RED:
        pass
    case _:
        pass
    case x:
        pass
