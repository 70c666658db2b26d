"""nonlocal rebinds a variable of the enclosing function."""
def counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
def account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient"
        balance -= amount
        return balance
    return deposit, withdraw
dep, wd = account(100)
print(dep(50), wd(30), wd(500), dep(0))
def outer():
    x = 1
    def mid():
        x = 2
        def inner():
            nonlocal x
            x += 10
            return x
        return inner(), x
    return mid(), x
print(outer())
def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step
step = fib_gen()
print([step() for _ in range(10)])
