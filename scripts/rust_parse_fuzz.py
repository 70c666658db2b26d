#!/usr/bin/env python3
"""Differential fuzzing of deepdive's Rust parser against rustc's own parser.

Mutates the inputs of test_data/rust/ast (tokens deleted, duplicated, swapped or replaced by
random Rust tokens), parses each mutant with `deepdive rust FILE --emit ast` and with
`rustc --edition 2021 -Zparse-crate-root-only` (RUSTC_BOOTSTRAP=1 enables the flag on a stable
compiler; it stops rustc after parsing), and reports where they disagree: one accepts what the
other rejects, or both reject but the first error is on different lines. Deterministic for a
given seed. Interesting mutants are worth adding to test_data/rust/parse_errors.

Usage: python3 scripts/rust_parse_fuzz.py [COUNT] [SEED] [DEEPDIVE_BINARY]
"""
import os
import random
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "test_data", "rust", "ast")
TOKENS = ("( ) { } [ ] < > :: : ; , . .. ..= = == => -> | || & && ! ? # @ 'a 'a: _ - * + "
          "fn let if else match impl for in where as mut ref move async dyn unsafe const static "
          "struct enum trait type use pub crate self Self loop while break return 1 1.0 \"s\" 'c' "
          "x m! /// //!").split()
TOKEN_RE = re.compile(r"\s+|//[^\n]*|\w+|'\w+|\"(?:[^\"\\]|\\.)*\"|.", re.S)


def mutate(rng, src):
    toks = [m.group(0) for m in TOKEN_RE.finditer(src)]
    words = [i for i, t in enumerate(toks) if not t.isspace()]
    for _ in range(rng.randrange(1, 3)):
        if not words:
            break
        i = rng.choice(words)
        op = rng.randrange(4)
        if op == 0:
            toks[i] = ""
        elif op == 1:
            toks[i] = toks[i] + " " + toks[i]
        elif op == 2:
            toks[i] = rng.choice(TOKENS)
        else:
            toks[i] = rng.choice(TOKENS) + " " + toks[i]
    return "".join(toks)


def first_error_line(stderr, name):
    m = re.search(r"--> " + re.escape(name) + r":(\d+):(\d+)", stderr)
    return int(m.group(1)) if m else None


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    binary = sys.argv[3] if len(sys.argv) > 3 else os.path.join(ROOT, "target", "debug", "deepdive")
    rng = random.Random(seed)
    sources = [open(os.path.join(DATA, f)).read() for f in sorted(os.listdir(DATA)) if f.endswith(".rs")]
    env = dict(os.environ, RUSTC_BOOTSTRAP="1")
    disagreements = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "m.rs")
        for n in range(count):
            src = mutate(rng, rng.choice(sources))
            with open(path, "w") as f:
                f.write(src)
            ours = subprocess.run([binary, "rust", path, "--emit", "ast"], capture_output=True, text=True)
            theirs = subprocess.run(["rustc", "--edition", "2021", "-Zparse-crate-root-only", "m.rs"],
                                    cwd=tmp, env=env, capture_output=True, text=True)
            our_line = first_error_line(ours.stderr, path)
            their_line = first_error_line(theirs.stderr, "m.rs")
            ok_ours, ok_theirs = ours.returncode == 0, theirs.returncode == 0
            if ok_ours != ok_theirs or (not ok_ours and our_line != their_line):
                disagreements += 1
                print(f"=== mutant {n}: ours {'ok' if ok_ours else our_line}, rustc {'ok' if ok_theirs else their_line}")
                print(src)
                print("--- ours:", "\n".join(ours.stderr.splitlines()[:3]))
                print("--- rustc:", "\n".join(theirs.stderr.splitlines()[:3]))
    print(f"{count} mutants, {disagreements} disagreements")


if __name__ == "__main__":
    main()
