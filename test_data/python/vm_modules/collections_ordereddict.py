from collections import OrderedDict
od = OrderedDict()
od['x'] = 1; od['y'] = 2; od['z'] = 3
od.move_to_end('x')
print(od)
od.move_to_end('z', last=False)
print(od, list(od.keys()))
print(od.popitem(), od.popitem(last=False), od, OrderedDict())
print(OrderedDict([(1, 2), (3, 4)]) == OrderedDict([(3, 4), (1, 2)]), OrderedDict(a=1) == {'a': 1})
o2 = OrderedDict.fromkeys('abc', 0) if hasattr(OrderedDict, 'fromkeys') else None
print(isinstance(od, dict), type(od).__name__, len(od))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
