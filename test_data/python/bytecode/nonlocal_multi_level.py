def a():
    x = 1
    def b():
        def c():
            nonlocal x
            x += 1
            return x
        return c()
    return b()
