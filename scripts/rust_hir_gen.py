#!/usr/bin/env python3
# Writes (or, with --check, verifies) rustc's HIR text for the HIR snapshot inputs.
"""Writes rustc 1.95's ``-Zunpretty=hir`` output for every ``NAME.rs`` of a folder.

For each ``DIR/NAME.rs`` (default ``test_data/rust/hir``) it runs, with the folder as working
directory and stable rustc made to accept the unstable flag::

    RUSTC_BOOTSTRAP=1 rustc --edition 2021 -Zunpretty=hir NAME.rs

and writes the standard output to ``DIR/NAME.rustc.hir``. deepdive's own HIR of the same
program is the snapshot ``NAME.hir`` (written by ``cargo test -p rust-sema --test hir``); the
conformance test compares the two.

rustc's errors for the name-resolution programs of ``test_data/rust/names`` (``NAME.codes`` and
``NAME.stderr``) are written by ``scripts/rust_sema_gen.py``.

Usage:
  python3 scripts/rust_hir_gen.py [--check] [DIR] [NAME ...]
      --check compares with the files on disk and writes nothing; exits 1 when any differs.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def rustc_version():
    out = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout
    return out.split()[1] if out else ""


def hir_of(folder, name):
    env = dict(os.environ, RUSTC_BOOTSTRAP="1")
    r = subprocess.run(
        ["rustc", "--edition", "2021", "-Zunpretty=hir", name + ".rs"],
        cwd=folder, env=env, capture_output=True, text=True, timeout=60,
    )
    if r.returncode != 0:
        raise SystemExit(f"rustc failed on {name}.rs:\n{r.stderr}")
    return r.stdout


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    folder = os.path.join(ROOT, "test_data", "rust", "hir")
    if args and os.path.isdir(args[0]):
        folder = os.path.abspath(args.pop(0))
    version = rustc_version()
    if not version.startswith("1.95."):
        raise SystemExit(f"rustc 1.95.x is required (found {version or 'none'})")
    names = args or sorted(f[:-3] for f in os.listdir(folder) if f.endswith(".rs"))
    stale = 0
    for name in names:
        text = hir_of(folder, name)
        path = os.path.join(folder, name + ".rustc.hir")
        old = open(path).read() if os.path.exists(path) else None
        if old == text:
            continue
        if check:
            print(f"stale: {path}")
            stale += 1
        else:
            with open(path, "w") as f:
                f.write(text)
            print(f"wrote {path}")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
