"""Class attributes are shared; assignment on an instance shadows them."""
class Config:
    defaults = {"debug": False}
    tags = []
    level = 1
    def __init__(self):
        self.level = Config.level + 1
a, b = Config(), Config()
a.tags.append("shared!")
print(b.tags, Config.tags)
a.tags = ["own"]
print(a.tags, b.tags)
print(a.level, Config.level)
Config.level = 10
print(Config().level, a.level)
Config.new_attr = "added to class"
print(a.new_attr, b.new_attr)
del a.tags
print(a.tags)
print("level" in a.__dict__, "defaults" in a.__dict__, "defaults" in Config.__dict__)
class Counter:
    instances = 0
    def __init__(self):
        type(self).instances += 1
for _ in range(3):
    Counter()
print(Counter.instances)
