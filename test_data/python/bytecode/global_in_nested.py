G = 0

def outer():
    def inner():
        global G
        G = 1
    inner()
    return G

def shadow():
    G = 5
    def get():
        return G
    return get()
