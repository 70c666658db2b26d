#!/usr/bin/env python3
"""Benchmark: deepdive's Python tokenizer beside CPython's `tokenize` over the whole stdlib.

Both sides read every `.py` file of the standard library (`site-packages` excluded) into memory
first, then time tokenizing all of them, five times; the median run is reported.

- deepdive: `tokenize(&bytes)` for each file, in one process of the example binary
  (`--bench 5`), built with `cargo build --release`.
- CPython: `list(tokenize.tokenize(io.BytesIO(bytes).readline))` for each file, in this process
  (a file that raises counts the time until it raised).

Usage, from the repository root:  python3 scripts/python_tokens_bench.py [--runs N]
"""

import argparse
import io
import os
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
import tokenize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from python_tokens_conformance import ROOT  # noqa: E402
from stdlib_corpus import stdlib_files  # noqa: E402


def cpython_runs(sources, runs):
    """Seconds per run of CPython's tokenize over all sources, and the token count."""
    times = []
    count = 0
    for _ in range(runs):
        count = 0
        started = time.perf_counter()
        for source in sources:
            try:
                count += len(list(tokenize.tokenize(io.BytesIO(source).readline)))
            except (SyntaxError, tokenize.TokenError, UnicodeDecodeError, LookupError):
                pass
        times.append(time.perf_counter() - started)
    return times, count


def deepdive_runs(paths, runs):
    """Seconds per run of deepdive's tokenizer over all files, and the token count."""
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "-p", "python-syntax", "--example", "tokenize"],
        cwd=ROOT,
        check=True,
    )
    binary = os.path.join(ROOT, "target", "release", "examples", "tokenize")
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(paths) + "\n")
    try:
        done = subprocess.run(
            [binary, "--bench", str(runs), "--files-from", listing.name],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        os.remove(listing.name)
    rows = [line.split() for line in done.stdout.splitlines()]
    return [float(seconds) for seconds, _ in rows], int(rows[-1][1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--root", default=sysconfig.get_paths()["stdlib"])
    args = parser.parse_args()

    paths = stdlib_files([args.root])
    sources = []
    for path in paths:
        with open(path, "rb") as f:
            sources.append(f.read())
    size = sum(map(len, sources))
    print(f"{len(paths)} files, {size / 1e6:.1f} MB, {args.runs} runs each")

    ours, our_tokens = deepdive_runs(paths, args.runs)
    theirs, their_tokens = cpython_runs(sources, args.runs)
    ours_median, theirs_median = statistics.median(ours), statistics.median(theirs)
    print(f"deepdive tokenize:        {ours_median * 1000:9.1f} ms  ({our_tokens} tokens)")
    print(f"CPython tokenize.tokenize:{theirs_median * 1000:9.1f} ms  ({their_tokens} tokens)")
    print(f"ratio deepdive/CPython:   {ours_median / theirs_median:9.3f}  "
          f"(deepdive is {theirs_median / ours_median:.1f}x faster)")


if __name__ == "__main__":
    main()
