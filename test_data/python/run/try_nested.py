"""Nested try statements and which handler catches what."""
def level(n):
    try:
        try:
            if n == 1:
                raise ValueError("v")
            if n == 2:
                raise KeyError("k")
            if n == 3:
                raise TypeError("t")
            return "none"
        except ValueError as e:
            return f"inner caught {e}"
        finally:
            print(f"  inner finally {n}")
    except KeyError as e:
        return f"outer caught {e}"
    finally:
        print(f"  outer finally {n}")
for n in range(4):
    try:
        print(level(n))
    except TypeError as e:
        print("escaped:", e)
try:
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise KeyError("second")
        except KeyError as k:
            print("second handled", k)
        print("back in first handler")
except Exception:
    print("not reached")
