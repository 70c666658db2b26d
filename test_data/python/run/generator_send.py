"""Generators as coroutines: send() values in, get values out."""
def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = running_average()
print(next(avg))
for v in [10, 20, 60]:
    print(avg.send(v))
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo closing with", received)
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
e.close()
def acc():
    total = 0
    while True:
        n = yield total
        if n is None:
            break
        total += n
    return total
g = acc()
next(g)
g.send(5)
g.send(7)
try:
    g.send(None)
except StopIteration as stop:
    print("returned", stop.value)
try:
    running_average().send(1)
except TypeError as e:
    print("TypeError:", e)
