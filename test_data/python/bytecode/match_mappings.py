def f(event):
    match event:
        case {"type": "click", "x": x, "y": y}:
            return x, y
        case {"type": "key", **rest}:
            return rest
        case {}:
            return "any mapping"

print(f({"type": "click", "x": 1, "y": 2}))
