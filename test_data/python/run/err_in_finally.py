"""An exception raised in a finally block replaces the one in flight."""
def work():
    try:
        raise ValueError("original problem")
    finally:
        print("cleaning up")
        raise RuntimeError("cleanup failed")

work()
