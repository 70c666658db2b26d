name = "Ada"
age = 36
print("Name:", name, "Age:", age)
print("%-10s|%5d|%.2f" % (name, age, 1.5))
print("%s is %r" % (name, age))
print("{:>10}".format(name))
print(f"{name:<10}|{age:05d}|{age / 7:.3f}")
