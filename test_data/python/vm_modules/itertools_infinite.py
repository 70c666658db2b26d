from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, 2), 3)), count(5), count(1.5, 0.5))
c = count(3)
next(c)
print(c, next(c))
print(list(repeat('a', 3)), repeat('a', 3), repeat(7), list(map(pow, range(3), repeat(2))))
print(list(islice(cycle('AB'), 5)))
print(list(islice('ABCDEFG', 2, None)), list(islice(range(10), 1, 8, 3)), list(islice('abc', 0)))
print(list(zip(count(1), 'abc')), dict(zip('ab', repeat(0))))
try:
    list(islice([1], -1))
except ValueError as e:
    print(e)
for i in count():
    if i > 3:
        break
    print(i, end=' ')
print()
