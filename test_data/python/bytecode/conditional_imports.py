try:
    import json
except ImportError:
    json = None

if json is not None:
    from json import dumps as d
else:
    d = repr
