"""return/break in finally swallow exceptions; finally overrides the try's return."""
def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow())
def loop_swallow():
    for i in range(3):
        try:
            raise RuntimeError(i)
        finally:
            break
    return i
print(loop_swallow())
def count():
    n = 0
    try:
        n += 1
        return n
    finally:
        n += 100
        print("n in finally:", n)
print(count())
