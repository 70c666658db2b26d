"""Handling exceptions inside loops and continuing."""
data = ["10", "abc", "30", "", "5.5", "-2"]
total = 0
errors = []
for item in data:
    try:
        total += int(item)
    except ValueError as e:
        errors.append(str(e))
        continue
    finally:
        pass
print(total)
for e in errors:
    print(e)
results = []
for d in [2, 0, 5, "x", None]:
    try:
        results.append(100 / d)
    except ZeroDivisionError:
        results.append("inf")
    except TypeError as e:
        results.append(type(e).__name__)
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError(f"try {attempts}")
        print("connected after", attempts)
        break
    except ConnectionError as e:
        print("retrying:", e)
