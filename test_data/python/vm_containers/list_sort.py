def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', 'fig', 'Elder']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'a'), (2, 'c')]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
l = [3, 1, 2]; print(l.sort(), l)
l.sort(reverse=True); print(l)
nums = [0.5, -1, 3, 2.5, True, False, 10**20]
print(sorted(nums))
t(lambda: sorted([1, 'a']))
t(lambda: [3, 2].sort(key=1))
t(lambda: [1].sort(1))
data = list(range(50, 0, -3)) + list(range(0, 40, 4))
data.sort(key=lambda v: v % 7); print(data)
print(sorted('hello'), sorted({3: 1, 1: 2}), sorted((3, 2, 1)), sorted([[2, 1], [1, 2], [1]]))
