#!/usr/bin/env python3
"""Conformance of deepdive's Python tokenizer with `python3 -m tokenize` over CPython's stdlib.

For every `.py` file under the standard library directory (`sysconfig.get_paths()['stdlib']`,
recursively, without `site-packages`), compares the standard output, standard error and exit
code of `python3 -m tokenize FILE` with those of deepdive's tokenizer, and prints
`N/M files identical` and the files that differ.

Both sides run in bulk. deepdive's side is one run of the example binary
(`cargo run --release -p python-syntax --example tokenize -- --out-dir DIR --files-from LIST`).
CPython's side runs `tokenize.main()` in this process for each file, with `sys.argv`,
`sys.stdout` and `sys.stderr` replaced; a file on which `main()` lets an exception escape (it
then prints a traceback from the interpreter's top level) is run as a real subprocess instead.
The in-process runner is checked against real subprocesses on a sample of files first.

Usage, from the repository root:
    python3 scripts/python_tokens_conformance.py [--root DIR] [--sample N] [--show N]
"""

import argparse
import io
import os
import random
import subprocess
import sys
import sysconfig
import tempfile
import tokenize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stdlib_corpus import stdlib_files  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def oracle_subprocess(path):
    """`python3 -m tokenize path`, for real: (stdout bytes, stderr bytes, exit code)."""
    done = subprocess.run(
        [sys.executable, "-m", "tokenize", path], capture_output=True, check=False
    )
    return done.stdout, done.stderr, done.returncode


def oracle_in_process(path):
    """What `python3 -m tokenize path` prints, computed by calling `tokenize.main()` here.

    Returns None when `main()` lets an exception escape: the real command then prints the
    interpreter's traceback, which only a real subprocess reproduces.
    """
    out, err = io.StringIO(), io.StringIO()
    saved = sys.argv, sys.stdout, sys.stderr
    sys.argv = ["python -m tokenize", path]
    sys.stdout, sys.stderr = out, err
    code = 0
    try:
        tokenize.main()
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else 1
    except BaseException:
        return None
    finally:
        sys.argv, sys.stdout, sys.stderr = saved
    return out.getvalue().encode("utf-8"), err.getvalue().encode("utf-8"), code


def oracle(path):
    return oracle_in_process(path) or oracle_subprocess(path)


def ours(paths):
    """deepdive's reports of all paths, from one run of the example binary."""
    subprocess.run(
        ["cargo", "build", "--release", "--quiet", "-p", "python-syntax", "--example", "tokenize"],
        cwd=ROOT,
        check=True,
    )
    binary = os.path.join(ROOT, "target", "release", "examples", "tokenize")
    results = []
    with tempfile.TemporaryDirectory() as out_dir:
        listing = os.path.join(out_dir, "files.txt")
        with open(listing, "w", encoding="utf-8") as f:
            f.write("\n".join(paths) + "\n")
        subprocess.run([binary, "--out-dir", out_dir, "--files-from", listing], check=True)
        for index in range(len(paths)):
            base = os.path.join(out_dir, str(index))
            with open(base + ".stdout", "rb") as f:
                stdout = f.read()
            with open(base + ".stderr", "rb") as f:
                stderr = f.read()
            with open(base + ".code", encoding="ascii") as f:
                code = int(f.read())
            results.append((stdout, stderr, code))
    return results


def first_difference(a, b):
    """A short description of where two byte strings first differ."""
    a_lines, b_lines = a.splitlines(keepends=True), b.splitlines(keepends=True)
    for number, (x, y) in enumerate(zip(a_lines, b_lines), 1):
        if x != y:
            return f"line {number}: expected {x!r}, got {y!r}"
    return f"expected {len(a_lines)} lines, got {len(b_lines)}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=sysconfig.get_paths()["stdlib"])
    parser.add_argument("--sample", type=int, default=40,
                        help="files checked against a real subprocess (default 40)")
    parser.add_argument("--show", type=int, default=50, help="differences shown in detail")
    args = parser.parse_args()

    paths = stdlib_files([args.root])
    expected = [oracle(path) for path in paths]

    # The in-process oracle must agree with the real command; check a sample, always including
    # the files that end in an error.
    rng = random.Random(7)
    sample = set(rng.sample(range(len(paths)), min(args.sample, len(paths))))
    sample |= {i for i, e in enumerate(expected) if e[2] != 0}
    for i in sorted(sample):
        real = oracle_subprocess(paths[i])
        if real != expected[i]:
            print(f"in-process oracle disagrees with python3 -m tokenize on {paths[i]}", file=sys.stderr)
            sys.exit(2)
    print(f"in-process oracle checked against python3 -m tokenize on {len(sample)} files")

    got = ours(paths)
    failing = [i for i in range(len(paths)) if got[i] != expected[i]]
    print(f"{len(paths) - len(failing)}/{len(paths)} files identical")
    for shown, i in enumerate(failing):
        path = os.path.relpath(paths[i], args.root)
        if shown >= args.show:
            print(f"  {path}")
            continue
        (e_out, e_err, e_code), (g_out, g_err, g_code) = expected[i], got[i]
        if e_code != g_code:
            detail = f"exit code {e_code} expected, got {g_code}"
        elif e_err != g_err:
            detail = "stderr " + first_difference(e_err, g_err)
        else:
            detail = "stdout " + first_difference(e_out, g_out)
        print(f"  {path}: {detail}")
    sys.exit(1 if failing else 0)


if __name__ == "__main__":
    main()
