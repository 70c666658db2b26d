def process(data):
    result = []
    count = 0
    for item in data:
        if item is None:
            continue
        if isinstance(item, str):
            item = item.strip()
            if not item:
                continue
        elif isinstance(item, (int, float)):
            item = str(item)
        else:
            raise TypeError(item)
        result.append(item.upper())
        count += 1
    return result, count

print(process(["a", None, 1, " b "]))
