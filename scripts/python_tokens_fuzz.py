#!/usr/bin/env python3
"""Differential fuzzing of deepdive's Python tokenizer against `python3 -m tokenize`.

Writes many random small inputs made of troublesome fragments (quotes, prefixes, backslashes,
line endings, tabs and form feeds, brackets, odd characters, invalid UTF-8, coding cookies),
runs CPython's `tokenize.main()` on each in this process (as the conformance script does) and
deepdive's example binary on all of them at once, and prints the inputs whose stdout, stderr or
exit code differ.

Usage, from the repository root:
    python3 scripts/python_tokens_fuzz.py [--count N] [--seed S] [--keep DIR]
"""

import argparse
import os
import random
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from python_tokens_conformance import oracle, ours  # noqa: E402

FRAGMENTS = [
    "x", "abc", "é", "²", "٣", "e\u0301", "_", "if", "def", "0", "1", "0x", "0b1", "0o7", "1_0",
    "1e", "1e5", "1.", ".5", "5j", "012", ".", "..", "...", "'", '"', "'''", '"""', "b'", "rb\"",
    "f'", "u'''", "Rb'''", "ub'", "\\", "\\\n", "\\\r\n", "\n", "\n", "\n", "\r\n", "\r", " ",
    "  ", "    ", "\t", "\x0c", "#", "# c", "(", ")", "[", "]", "{", "}", ":", "=", "->", ":=",
    "**=", "//", "!=", "!", "$", "?", "`", "\x00", "\u00a0", "\u2028", "\U0001f600", "if x:\n",
    "    pass\n", "\tpass\n", "else:\n",
]
RAW_FRAGMENTS = [b"\xff", b"\xc3", b"\xe2\x82", b"\xef\xbb\xbf", b"\x80"]
FIRST_LINES = [
    b"", b"", b"", b"\xef\xbb\xbf", b"# coding: latin-1\n", b"# -*- coding: utf8 -*-\n",
    b"#!/bin/python\n# coding=cp1252\n", b"# coding: ascii\n", b"# coding: koi8-r\n",
    b"\xef\xbb\xbf# coding: utf-8\n", b"# coding: bogus\n", b"\n# coding: iso-8859-15\n",
    b"# coding: cp037\n",
]


def random_input(rng):
    """A random byte string built from fragments."""
    parts = [rng.choice(FIRST_LINES)]
    for _ in range(rng.randrange(0, 40)):
        if rng.random() < 0.03:
            parts.append(rng.choice(RAW_FRAGMENTS))
        else:
            parts.append(rng.choice(FRAGMENTS).encode("utf-8"))
    return b"".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", help="copy the differing inputs into this directory")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as directory:
        paths = []
        for i in range(args.count):
            path = os.path.join(directory, f"f{i}.py")
            with open(path, "wb") as f:
                f.write(random_input(rng))
            paths.append(path)
        expected = [oracle(path) for path in paths]
        got = ours(paths)
        failing = [i for i in range(len(paths)) if expected[i] != got[i]]
        print(f"{len(paths) - len(failing)}/{len(paths)} random inputs identical")
        for i in failing[:20]:
            with open(paths[i], "rb") as f:
                print(f"  {os.path.basename(paths[i])}: {f.read()!r}")
        if args.keep and failing:
            os.makedirs(args.keep, exist_ok=True)
            for i in failing:
                shutil.copy(paths[i], args.keep)
    sys.exit(1 if failing else 0)


if __name__ == "__main__":
    main()
