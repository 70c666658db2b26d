#!/usr/bin/env python3
"""Differential fuzzing of deepdive's Python parser against CPython 3.11's ast.parse.

Generates random programs from a soup of Python tokens and from mutations of small valid
programs, parses them with both, and reports where they disagree: on whether the program is
valid (a grammar difference), on the dump when both accept it, and on the error when both
reject it. Deterministic for a given seed.

Usage: python3 scripts/python_ast_fuzz.py [COUNT] [SEED] [--errors]
"""
import ast
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "examples", "ast_dump")

SOUP = ("x y f _ match case print 1 0x1f 1.5 1e5 2j 's' b'b' f'{x}' f'{x!r:>{y}}' f'{x=}' "
        "u'u' r'\\d' ( ) [ ] { } , : ; . ... = == != < > <= >= + - * ** / // % @ | & ^ ~ << >> "
        "+= -= := -> if else elif for in not is and or while def class return yield from import "
        "as try except finally with lambda async await del global nonlocal pass break continue "
        "raise assert None True False").split()
SEEDS = [
    "x = 1\n", "f(a, b=1, *c, **d)\n", "if a:\n    b\nelse:\n    c\n", "def f(a, /, b=1, *, c): return a\n",
    "class A(B): pass\n", "[x for x in y if z]\n", "{a: b for a, b in c}\n", "with a as b, c: pass\n",
    "try:\n    pass\nexcept E as e:\n    pass\n", "match x:\n    case [a, *b]: pass\n    case {'k': v}: pass\n",
    "lambda x, *y: x\n", "a[1:2, ::3]\n", "x = yield\n", "async def f():\n    await x\n", "del a, b[0]\n",
    "for i, j in k: pass\n", "print(f'{x:{y}}')\n", "a = b = c\n", "x: int = 1\n", "import a.b as c\n",
]


def soup(rng):
    parts = []
    for _ in range(rng.randrange(1, 14)):
        parts.append(rng.choice(SOUP))
        parts.append(rng.choice([" ", " ", "", "\n", "\n    "]))
    return "".join(parts) + "\n"


def mutate(rng):
    s = rng.choice(SEEDS)
    for _ in range(rng.randrange(1, 3)):
        i = rng.randrange(len(s) + 1)
        op = rng.randrange(3)
        if op == 0:
            s = s[:i] + rng.choice(SOUP) + " " + s[i:]
        elif op == 1 and len(s) > 1:
            s = s[:i] + s[i + 1:]
        else:
            j = rng.randrange(len(s) + 1)
            s = s[:i] + s[j:j + 3] + s[i:]
    return s


def cpython(source):
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        return None, f"{type(e).__name__}\t{getattr(e, 'msg', str(e))}\t{getattr(e, 'lineno', 0) or 0}\t{getattr(e, 'offset', 0) or 0}"
    return ast.dump(tree, include_attributes=True), None


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    count = int(args[0]) if args else 2000
    seed = int(args[1]) if len(args) > 1 else 1
    show_errors = "--errors" in sys.argv
    rng = random.Random(seed)
    programs = [soup(rng) if i % 2 else mutate(rng) for i in range(count)]
    with tempfile.TemporaryDirectory() as out:
        paths = []
        for i, p in enumerate(programs):
            path = os.path.join(out, f"p{i}.py")
            with open(path, "w") as f:
                f.write(p)
            paths.append(path)
        listing = os.path.join(out, "list.txt")
        with open(listing, "w") as f:
            f.write("\n".join(paths) + "\n")
        subprocess.run([BINARY, "--out-dir", out, "--files-from", listing], check=True)
        grammar = dumps = errors = 0
        for i, p in enumerate(programs):
            theirs, their_err = cpython(p.encode())
            ours_err_path = os.path.join(out, f"{i}.err")
            ours_err = open(ours_err_path).read().rstrip("\n") if os.path.exists(ours_err_path) else None
            if (theirs is None) != (ours_err is not None):
                grammar += 1
                print(f"VALIDITY {p!r}\n  ours: {ours_err or 'accepted'}\n  CPython: {their_err or 'accepted'}")
            elif theirs is not None:
                ours = open(os.path.join(out, f"{i}.attrs")).read().rstrip("\n")
                if ours != theirs:
                    dumps += 1
                    print(f"DUMP {p!r}\n  ours:    {ours}\n  CPython: {theirs}")
            elif ours_err != their_err:
                errors += 1
                if show_errors:
                    print(f"ERROR {p!r}\n  ours:    {ours_err}\n  CPython: {their_err}")
        print(f"{count} programs: {grammar} validity differences, {dumps} dump differences, {errors} error differences")


if __name__ == "__main__":
    main()
