import pprint
data = {'name': 'deepdive', 'tags': ['python', 'rust', 'vm'], 'b': 2, 'a': 1}
pprint.pprint(data)
big = {'users': [{'id': i, 'name': f'user{i}', 'roles': ['admin', 'dev'] if i % 2 else ['guest']} for i in range(4)], 'count': 4, 'ok': True}
pprint.pprint(big)
pprint.pprint(list(range(40)))
pprint.pprint(list(range(40)), compact=True)
pprint.pprint([(i, str(i) * 3) for i in range(12)], width=40)
print(pprint.pformat({'z': {1, 2, 3}, 'y': (1,), 'x': ()}))
pprint.pprint({'key%d' % 0 if False else f'key{i}': list(range(i)) for i in range(8)})
pprint.pp({'b': 1, 'a': 2})
l = [1, 2]; l.append(l); pprint.pprint(l) if False else print(pprint.saferepr([1, 2]))
pprint.pprint([[1, 2, [3, 4, [5, 6] * 5] * 3] * 2], indent=4)
pprint.pprint(frozenset(range(30)))
pprint.pprint({i: set(range(i, i + 12)) for i in range(3)})
