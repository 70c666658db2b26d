class Secret:
    __slots__ = ("__value",)

    def __init__(self, v):
        self.__value = v

    def get(self):
        return self.__value

    def __hidden(self):
        return self.__value * 2

print(Secret(3).get())
