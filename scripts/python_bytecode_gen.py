#!/usr/bin/env python3
"""Writes the expectations of the Python compiler tests with CPython 3.11 (the oracle).

For every test_data/python/bytecode/NAME.py it writes NAME.dis: what
``dis.dis(compile(open(NAME.py, 'rb').read(), 'NAME.py', 'exec'))`` prints, with the memory
address in ``<code object ... at 0x...>`` replaced by the placeholder deepdive prints
(0x0000). When CPython refuses to compile the file, it writes NAME.err instead: the exact
stderr of ``python3 NAME.py`` run inside that directory.

Run it with PYTHONHASHSEED=0 semantics (it re-executes itself so) so that frozenset constants
have a deterministic order.

Usage: python3 scripts/python_bytecode_gen.py [--check]   (--check only reports stale files)
"""
import dis
import io
import os
import re
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test_data", "python", "bytecode")
ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def disassemble(source, name):
    out = io.StringIO()
    dis.dis(compile(source, name, "exec"), file=out)
    return ADDRESS.sub(" at 0x0000", out.getvalue())


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


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("python_bytecode_gen.py needs CPython 3.11")
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        sys.exit(subprocess.call([sys.executable] + sys.argv, env=env))
    check = "--check" in sys.argv
    stale = 0
    for name in sorted(os.listdir(ROOT)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(ROOT, name)
        source = open(path, "rb").read()
        try:
            text = disassemble(source, name)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            run = subprocess.run([sys.executable, name], cwd=ROOT, capture_output=True)
            # CPython prints the script's absolute path; keep only the name so the file can move.
            err = run.stderr.decode("utf-8", "replace").replace(os.path.abspath(path), name)
            stale += write(path[:-3] + ".err", err, check)
            continue
        stale += write(path[:-3] + ".dis", text, check)
    if stale:
        sys.exit(f"{stale} expectation(s) out of date")


if __name__ == "__main__":
    main()
