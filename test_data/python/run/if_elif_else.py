"""if / elif / else chains and nested conditions."""
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 7, 42, 1000)])
def fizzbuzz(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)
print(" ".join(fizzbuzz(i) for i in range(1, 21)))
def grade(score):
    if score >= 90:
        letter = "A"
    elif score >= 80:
        letter = "B"
    else:
        letter = "C"
        if score < 50:
            letter = "F"
    return letter
print([grade(s) for s in (95, 85, 70, 30)])
x = 5
if x:
    pass
if not x:
    print("unreachable")
elif x > 3 and x < 10 or x == 100:
    print("in range")
