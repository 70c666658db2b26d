"""match statements with literal, capture, wildcard and value patterns."""
def http_status(code):
    match code:
        case 200:
            return "OK"
        case 301 | 302:
            return "Redirect"
        case 404:
            return "Not Found"
        case 500:
            return "Server Error"
        case _:
            return f"Unknown {code}"
print([http_status(c) for c in (200, 302, 404, 418)])
def kind(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0:
            return "zero"
        case "":
            return "empty string"
        case str() as s:
            return f"string {s!r}"
        case int(n) if n < 0:
            return "negative int"
        case float():
            return "float"
        case other:
            return f"other {type(other).__name__}"
print([kind(v) for v in (None, True, 0, "", "x", -5, 2.5, 7, [1])])
class Color:
    RED = "red"
    GREEN = "green"
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
    return "?"
print(paint("red"), paint("green"), paint("blue"))
