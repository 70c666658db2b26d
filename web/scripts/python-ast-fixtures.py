#!/usr/bin/env python3
"""Writes the AST panel's test fixtures from CPython 3.11's own ast module (the oracle).

web/src/__fixtures__/python-ast.json is the answer of `POST /api/python` (docs/api.md) for the
seed's fib program (PYTHON_FIB, read from web/src/examples.ts) with only the `ast` stage:
`dump` is `ast.dump(ast.parse(source))` and `tree` is the same tree in the page's shape, built the
way the server builds it (crates/python-syntax/src/ast/dump.rs): fields in ASDL order, optional
fields that are None left out as ast.dump leaves them out, singletons such as Load() as values
(except in lists, where cmpops are field-less nodes without a position), spans from
lineno/col_offset/end_lineno/end_col_offset (UTF-8 byte columns), and nodes without a position
spanning their children.

web/src/__fixtures__/python-ast-error.json is the answer for a program with a syntax error: no
`ast` stage, and one diagnostic of stage "ast" whose `rendered` text is what `python3 main.py`
prints for it.

Usage: python3 web/scripts/python-ast-fixtures.py [--check]   (--check only reports stale files)
"""
import ast
import json
import os
import re
import subprocess
import sys
import tempfile

WEB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FIXTURES = os.path.join(WEB, "src", "__fixtures__")

# The program with a syntax error: a missing colon, CPython's "expected ':'".
ERROR_SOURCE = "def fib(n)\n    return n\n"

# ASDL fields that hold a list of identifiers, printed by ast.dump as one list value.
IDENTIFIER_LISTS = {("Global", "names"), ("Nonlocal", "names"), ("MatchClass", "kwd_attrs")}


def python_fib():
    """PYTHON_FIB as web/src/examples.ts writes it (a template literal without substitutions)."""
    text = open(os.path.join(WEB, "src", "examples.ts"), encoding="utf-8").read()
    m = re.search(r"export const PYTHON_FIB = `([^`]*)`;", text)
    if not m:
        sys.exit("PYTHON_FIB not found in web/src/examples.ts")
    return m.group(1)


class Lines:
    """Byte offsets of line starts, and byte offset -> (line, column in characters), 1-based."""

    def __init__(self, data: bytes):
        self.data = data
        self.starts = [0]
        for m in re.finditer(rb"\r\n|\r|\n", data):
            self.starts.append(m.end())

    def offset(self, lineno, col_offset):
        return self.starts[lineno - 1] + col_offset

    def line_col(self, byte):
        line = 0
        while line + 1 < len(self.starts) and self.starts[line + 1] <= byte:
            line += 1
        prefix = self.data[self.starts[line]:byte].decode("utf-8", "replace")
        return line + 1, len(prefix) + 1

    def span(self, start, end):
        ls, cs = self.line_col(start)
        le, ce = self.line_col(end)
        return {"byte_start": start, "byte_end": end, "line_start": ls, "column_start": cs,
                "line_end": le, "column_end": ce}


def is_singleton(value):
    return isinstance(value, ast.AST) and not value._fields and not value._attributes


def tree(node, lines):
    """The page's tree of `node`: (JSON object, (byte_start, byte_end))."""
    cls = type(node)
    fields = []
    child_spans = []
    for name in node._fields:
        value = getattr(node, name, None)
        if value is None and getattr(cls, name, ...) is None:
            continue  # an optional field that is None: ast.dump leaves it out
        if (cls.__name__, name) in IDENTIFIER_LISTS:
            fields.append({"name": name, "value": repr(value)})
        elif isinstance(value, list):
            items = []
            for item in value:
                if item is None:
                    items.append(({"kind": "None", "span": lines.span(0, 0), "fields": []}, (0, 0)))
                elif is_singleton(item):
                    items.append(({"kind": type(item).__name__, "span": lines.span(0, 0), "fields": []}, (0, 0)))
                else:
                    items.append(tree(item, lines))
            fields.append({"name": name, "list": [j for j, _ in items]})
            child_spans.extend(s for _, s in items)
        elif is_singleton(value):
            fields.append({"name": name, "value": type(value).__name__ + "()"})
        elif isinstance(value, ast.AST):
            child, span = tree(value, lines)
            fields.append({"name": name, "node": child})
            child_spans.append(span)
        else:
            fields.append({"name": name, "value": repr(value)})
    if "lineno" in node._attributes and getattr(node, "lineno", None) is not None:
        span = (lines.offset(node.lineno, node.col_offset), lines.offset(node.end_lineno, node.end_col_offset))
    elif child_spans:
        # As the server does: the union of the children, skipping position-less (0, 0) ones.
        start, end = child_spans[0]
        for s, e in child_spans[1:]:
            if s == e == 0:
                continue
            start, end = min(start, s), max(end, e)
        span = (start, end)
    else:
        span = (0, 0)
    return {"kind": cls.__name__, "span": lines.span(*span), "fields": fields}, span


def ast_answer(source):
    data = source.encode("utf-8")
    module = ast.parse(data)
    root, _ = tree(module, Lines(data))
    return {"language": "python", "stages": {"ast": {"dump": ast.dump(module), "tree": root}},
            "diagnostics": []}


def error_answer(source):
    data = source.encode("utf-8")
    try:
        ast.parse(data)
        sys.exit("ERROR_SOURCE parses; it must not")
    except SyntaxError as e:
        error = e
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "main.py"), "wb") as f:
            f.write(data)
        run = subprocess.run([sys.executable, "main.py"], cwd=tmp, capture_output=True)
        # CPython prints the script's absolute path; the server names it main.py.
        rendered = run.stderr.decode("utf-8").replace(os.path.join(os.path.realpath(tmp), "main.py"), "main.py")
        rendered = rendered.replace(os.path.join(tmp, "main.py"), "main.py")
    lines = Lines(data)
    text_lines = source.splitlines(True)
    # SyntaxError's offsets are 1-based character columns; the API wants bytes.
    def byte(lineno, offset):
        prefix = text_lines[lineno - 1][: max(offset - 1, 0)]
        return lines.offset(lineno, len(prefix.encode("utf-8")))
    start = byte(error.lineno, error.offset)
    end = byte(error.end_lineno or error.lineno, error.end_offset or error.offset)
    return {
        "language": "python",
        "stages": {},
        "diagnostics": [{
            "stage": "ast",
            "severity": "error",
            "code": type(error).__name__,
            "message": error.msg,
            "labels": [{"span": lines.span(start, max(start, end)), "message": "", "primary": True}],
            "notes": [],
            "rendered": rendered,
        }],
    }


def write(name, value, check):
    path = os.path.join(FIXTURES, name)
    text = json.dumps(value, indent=1, ensure_ascii=False) + "\n"
    old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
    if old == text:
        return 0
    if check:
        print("stale:", path)
        return 1
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote", path)
    return 0


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("python-ast-fixtures.py needs CPython 3.11")
    check = "--check" in sys.argv
    stale = write("python-ast.json", ast_answer(python_fib()), check)
    stale += write("python-ast-error.json", error_answer(ERROR_SOURCE), check)
    sys.exit(1 if stale else 0)


if __name__ == "__main__":
    main()
