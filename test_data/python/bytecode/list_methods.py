xs = [3, 1, 2]
xs.append(4)
xs.extend([5, 6])
xs.insert(0, 0)
xs.remove(3)
last = xs.pop()
xs.sort(reverse=True)
xs.reverse()
print(xs, last, xs.index(2), xs.count(1), xs.copy())
