def f(cms):
    for cm in cms:
        with cm:
            if cm:
                break
            continue
    with cms[0] as c:
        return c
