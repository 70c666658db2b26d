def f(v):
    match v:
        case [x, y] if x > y:
            return "desc"
        case [x, y] as pair:
            return pair
        case str() as s if s:
            return s
        case (1 | 2) as small:
            return small
    return None
