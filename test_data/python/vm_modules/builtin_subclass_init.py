class Stack(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
s = Stack('todo')
s.append(1)
print(s, s.name, len(s))
class Reg(dict):
    def __init__(self, owner, *args, **kw):
        super().__init__(*args, **kw)
        self.owner = owner
r = Reg('me', {'a': 1}, b=2)
print(r, r.owner)
class Tags(set):
    def __init__(self, label, items=()):
        super().__init__(items)
        self.label = label
t = Tags('x', [1, 2, 2])
print(sorted(t), t.label)
class Plain(list):
    pass
print(Plain('ab'))
class Init2(list):
    def __init__(self, it):
        super().__init__(x * 2 for x in it)
print(Init2([1, 2]))
