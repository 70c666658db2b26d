#!/usr/bin/env python3
"""Writes the expectations of the Python VM run corpus with CPython 3.11 (the oracle).

For every test_data/python/run/NAME.py it runs ``python3 NAME.py`` inside that directory
and writes, with the script's absolute path (which CPython prints in tracebacks) replaced by
``NAME.py``, the name the VM is given:

- NAME.out: the program's stdout (always written, even when empty);
- NAME.err: its stderr, only when non-empty;
- NAME.code: its exit code, only when non-zero.

Expectation files that the run does not produce any more are deleted. Runs use
PYTHONHASHSEED=0 (the script re-executes itself so), which fixes the iteration order of sets
of strings; crates/python-vm/tests/run_corpus.rs compares the VM against these files.

Usage: python3 scripts/python_run_gen.py [--check]   (--check only reports stale files)
"""
import os
import subprocess
import sys

ROOT = os.path.normpath(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "test_data", "python", "run")
)
TIMEOUT = 60


def write(path, text, check):
    """Writes text to path (or deletes path when text is None); returns 1 when stale in check mode."""
    old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
    if old == text:
        return 0
    if check:
        print("stale:", path)
        return 1
    if text is None:
        os.remove(path)
        print("removed", path)
    else:
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print("wrote", path)
    return 0


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("python_run_gen.py needs CPython 3.11")
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        sys.exit(subprocess.call([sys.executable] + sys.argv, env=env))
    check = "--check" in sys.argv
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON") or k == "PYTHONHASHSEED"}
    env["PYTHONIOENCODING"] = "utf-8"
    stale = 0
    names = sorted(n for n in os.listdir(ROOT) if n.endswith(".py"))
    for name in names:
        run = subprocess.run(
            [sys.executable, name], cwd=ROOT, env=env, capture_output=True, timeout=TIMEOUT
        )
        base = os.path.join(ROOT, name[:-3])
        # CPython names the script by its absolute path (in tracebacks, __file__); keep only
        # the name, which is what the VM is given, so the corpus can move.
        path = os.path.join(ROOT, name)
        stdout = run.stdout.decode("utf-8").replace(path, name)
        stderr = run.stderr.decode("utf-8").replace(path, name)
        stale += write(base + ".out", stdout, check)
        stale += write(base + ".err", stderr or None, check)
        stale += write(base + ".code", f"{run.returncode}\n" if run.returncode else None, check)
    print(f"{len(names)} programs")
    if stale:
        sys.exit(f"{stale} expectation(s) out of date")


if __name__ == "__main__":
    main()
