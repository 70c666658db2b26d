#!/usr/bin/env python3
"""Times deepdive's Python parser against CPython's ast.parse on the whole standard library.

Both sides read every .py file of sysconfig.get_paths()['stdlib'] (site-packages excluded)
into memory first, then parse all of them five times in one process; the median run is
reported. Ours is the release build of the `ast_dump` example in `--bench` mode (build it with
`cargo build --release -p python-syntax --example ast_dump`).

Usage: python3 scripts/python_ast_bench.py [RUNS]
"""
import ast
import os
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stdlib_corpus import stdlib_files  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "examples", "ast_dump")


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    if not os.path.exists(BINARY):
        sys.exit(f"{BINARY} is missing: cargo build --release -p python-syntax --example ast_dump")
    paths = stdlib_files()
    sources = [open(p, "rb").read() for p in paths]
    size = sum(len(s) for s in sources)
    cpython_times = []
    for _ in range(runs):
        start = time.perf_counter()
        for source in sources:
            try:
                ast.parse(source)
            except (SyntaxError, ValueError):
                pass
        cpython_times.append(time.perf_counter() - start)
    with tempfile.NamedTemporaryFile("w", suffix=".txt") as listing:
        listing.write("\n".join(paths) + "\n")
        listing.flush()
        out = subprocess.run(
            [BINARY, "--bench", str(runs), "--files-from", listing.name],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    ours_times = [float(line) for line in out.split()]
    ours = statistics.median(ours_times)
    theirs = statistics.median(cpython_times)
    print(f"{len(paths)} files, {size / 1e6:.1f} MB, median of {runs} runs")
    print(f"deepdive parse:   {ours:.3f} s")
    print(f"CPython ast.parse: {theirs:.3f} s")
    print(f"ratio (deepdive / CPython): {ours / theirs:.3f}  ({theirs / ours:.1f}x faster)")


if __name__ == "__main__":
    main()
