def f(items):
    for item in items:
        try:
            if item < 0:
                break
            if item == 0:
                continue
        finally:
            print("cleanup", item)
    while True:
        try:
            return 5
        finally:
            print("x")
