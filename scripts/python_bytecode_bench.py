#!/usr/bin/env python3
"""Compiles the standard library with deepdive and with CPython's compile(), side by side.

Both sides read every .py file under sysconfig.get_paths()['stdlib'] (site-packages excluded,
and the few files CPython refuses left out) into memory first, then turn the bytes into code
objects RUNS times: CPython with compile(source, path, "exec") (parser, AST optimizer,
symbol table, code generator, assembler), deepdive with python_syntax::parse followed by
python_compiler::compile, in one process (the `pydis --bench` example; build it first with
`cargo build --release -p python-compiler --example pydis`). Prints each side's median time
and the ratio.

Usage: python3 scripts/python_bytecode_bench.py [--runs N] [extra files or dirs...]
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from python_bytecode_conformance import BINARY  # noqa: E402
from stdlib_corpus import stdlib_files  # noqa: E402


def main():
    args = sys.argv[1:]
    runs = 5
    if "--runs" in args:
        i = args.index("--runs")
        runs = int(args[i + 1])
        del args[i : i + 2]
    if sys.version_info[:2] != (3, 11):
        sys.exit("python_bytecode_bench.py needs CPython 3.11")
    if not os.path.exists(BINARY):
        sys.exit(f"{BINARY} is missing: cargo build --release -p python-compiler --example pydis")
    files = []
    sources = []
    for path in stdlib_files(args):
        source = open(path, "rb").read()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                compile(source, path, "exec")
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            continue
        files.append(path)
        sources.append(source)
    total_bytes = sum(len(s) for s in sources)

    theirs = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for _ in range(runs):
            start = time.perf_counter()
            for path, source in zip(files, sources):
                compile(source, path, "exec")
            theirs.append(time.perf_counter() - start)

    with tempfile.TemporaryDirectory() as tmp:
        listing = os.path.join(tmp, "files.txt")
        with open(listing, "w") as f:
            f.write("\n".join(files) + "\n")
        out = subprocess.run(
            [BINARY, "--bench", str(runs), "--files-from", listing], check=True, capture_output=True, text=True
        ).stdout
    ours = [float(line) for line in out.split()]

    a, b = statistics.median(ours), statistics.median(theirs)
    print(f"{len(files)} files, {total_bytes / 1e6:.1f} MB, {runs} runs each")
    print(f"deepdive parse+compile: median {a:.3f} s")
    print(f"CPython compile():      median {b:.3f} s")
    print(f"ratio deepdive/CPython: {a / b:.2f}x")


if __name__ == "__main__":
    main()
