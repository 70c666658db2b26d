#!/usr/bin/env python3
"""Writes the expectations of the Python parser tests with CPython 3.11 (the oracle).

For every test_data/python/ast/NAME.py it writes NAME.ast (``ast.dump`` of the file's bytes)
and NAME.attrs (the same with ``include_attributes=True``). For every
test_data/python/syntax_errors/NAME.py it writes NAME.err: a JSON object with the exception's
type, msg, lineno, offset, end_lineno, end_offset and text as ``ast.parse`` raises it, and the
exact stderr of ``python3 NAME.py`` run inside that directory.

Usage: python3 scripts/python_ast_gen.py [--check]   (--check only reports stale files)
"""
import ast
import json
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test_data", "python")


def write(path, text, check):
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


def error_record(source, directory, name):
    record = {}
    try:
        ast.parse(source)
        record["type"] = None
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        record["type"] = type(e).__name__
        record["msg"] = getattr(e, "msg", str(e))
        for attr in ("lineno", "offset", "end_lineno", "end_offset", "text"):
            record[attr] = getattr(e, attr, None)
    run = subprocess.run([sys.executable, name], cwd=directory, capture_output=True)
    # CPython prints the script's absolute path; keep only the name so the file can move.
    stderr = run.stderr.decode("utf-8", "replace")
    record["stderr"] = stderr.replace(os.path.abspath(os.path.join(directory, name)), name)
    record["returncode"] = run.returncode
    return json.dumps(record, indent=1, ensure_ascii=False) + "\n"


def main():
    check = "--check" in sys.argv
    if sys.version_info[:2] != (3, 11):
        sys.exit("python_ast_gen.py needs CPython 3.11")
    stale = 0
    ast_dir = os.path.join(ROOT, "ast")
    for name in sorted(os.listdir(ast_dir)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(ast_dir, name)
        source = open(path, "rb").read()
        tree = ast.parse(source)
        stale += write(path[:-3] + ".ast", ast.dump(tree) + "\n", check)
        stale += write(path[:-3] + ".attrs", ast.dump(tree, include_attributes=True) + "\n", check)
    err_dir = os.path.join(ROOT, "syntax_errors")
    for name in sorted(os.listdir(err_dir)):
        if not name.endswith(".py"):
            continue
        source = open(os.path.join(err_dir, name), "rb").read()
        stale += write(os.path.join(err_dir, name[:-3] + ".err"), error_record(source, err_dir, name), check)
    if stale:
        sys.exit(f"{stale} expectation(s) out of date")


if __name__ == "__main__":
    main()
