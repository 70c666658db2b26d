#!/usr/bin/env python3
"""Regenerate the expected outputs of deepdive's Python tokenizer tests with the real CPython.

For every `test_data/python/tokens/NAME.py`, runs `python3 -m tokenize NAME.py` (CPython 3.11,
from inside that directory, so messages name the file as `NAME.py`) and writes:

    NAME.tokens   its standard output (always, possibly empty)
    NAME.stderr   its standard error, when there is any
    NAME.exit     its exit code, when it is not 0

`crates/python-syntax/tests/tokens.rs` compares `tokenize_report` with these files.

Usage, from anywhere:  python3 scripts/python_tokens_gen.py
"""

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "test_data", "python", "tokens")


def write_or_remove(path, content):
    """Write content (bytes) to path, or remove path when content is None."""
    if content is None:
        if os.path.exists(path):
            os.remove(path)
        return
    with open(path, "wb") as f:
        f.write(content)


def main():
    if sys.version_info[:2] != (3, 11):
        print("warning: the oracle is CPython 3.11; this is", sys.version, file=sys.stderr)
    inputs = sorted(name for name in os.listdir(DATA) if name.endswith(".py"))
    for name in inputs:
        done = subprocess.run(
            [sys.executable, "-m", "tokenize", name],
            cwd=DATA,
            capture_output=True,
            check=False,
        )
        stem = os.path.join(DATA, name[: -len(".py")])
        write_or_remove(stem + ".tokens", done.stdout)
        write_or_remove(stem + ".stderr", done.stderr or None)
        exit_code = f"{done.returncode}\n".encode() if done.returncode else None
        write_or_remove(stem + ".exit", exit_code)
    print(f"regenerated expectations for {len(inputs)} inputs in {os.path.relpath(DATA, ROOT)}")


if __name__ == "__main__":
    main()
