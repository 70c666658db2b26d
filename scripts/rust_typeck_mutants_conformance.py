#!/usr/bin/env python3
# Hunts false type errors: programs with one line deleted, checked by deepdive and by rustc 1.95.
"""Line-deletion conformance of the type checker with rustc 1.95 (the oracle).

For every ``.rs`` file of the given folders (default: ``test_data/rust/sema/valid`` and
``crates/rust-sema/tests/typeck_valid``) and every non-empty line of it, the program without
that line is checked by ``deepdive rust FILE --emit hir`` (built with cargo if needed). When we
report a type error (E0308, E0061, E0063, E0560, E0599, E0369, E0277), rustc
(``--emit=metadata``) must report an error with that code at that line and column; every one it
does not is printed. Errors rustc gives and we do not are not counted (the checker leaves what it
cannot type unknown). A deleted line often leaves several errors, whose interplay differs
between the two compilers, so a few differences are expected; each is worth a look.

Usage: python3 scripts/rust_typeck_mutants_conformance.py [DIR ...]   (exit 1 on a difference)
"""
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DEFAULT_DIRS = ["test_data/rust/sema/valid", "crates/rust-sema/tests/typeck_valid"]
TYPE_CODES = {"E0308", "E0061", "E0063", "E0560", "E0599", "E0369", "E0277"}


def deepdive():
    """Builds the deepdive binary (debug) and returns its path."""
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(REPO, "target"))
    subprocess.run(["cargo", "build", "-q", "-p", "explorer"], cwd=REPO, check=True)
    return os.path.join(target, "debug", "deepdive")


def ours(binary, path):
    """Our type errors as a set of (code, line, column)."""
    out = subprocess.run([binary, "rust", path, "--emit", "hir"], capture_output=True, text=True)
    found = set()
    for m in re.finditer(r"^error\[(E\d+)\]: [^\n]*\n\s*--> [^:\n]+:(\d+):(\d+)",
                         out.stdout + out.stderr, re.M):
        if m.group(1) in TYPE_CODES:
            found.add((m.group(1), int(m.group(2)), int(m.group(3))))
    return found


def theirs(path):
    """rustc's errors as a set of (code, line, column)."""
    out = subprocess.run(
        ["rustc", "--edition", "2021", "--emit=metadata", "-o", path + ".rmeta", path,
         "--error-format=short"],
        capture_output=True, text=True).stderr
    return {(m.group(3), int(m.group(1)), int(m.group(2)))
            for m in re.finditer(r"^[^:\n]+:(\d+):(\d+): error\[(E\d+)\]", out, re.M)}


def main():
    dirs = sys.argv[1:] or [os.path.join(REPO, d) for d in DEFAULT_DIRS]
    files = sorted(os.path.join(d, f) for d in dirs for f in os.listdir(d) if f.endswith(".rs"))
    binary = deepdive()
    with tempfile.TemporaryDirectory() as tmp:
        jobs = []
        for f in files:
            lines = open(f, encoding="utf-8").read().split("\n")
            stem = os.path.basename(f)[:-3]
            for i, line in enumerate(lines):
                if line.strip():
                    jobs.append((f"{stem}_{i + 1}", "\n".join(lines[:i] + lines[i + 1:])))

        def run(job):
            name, src = job
            path = os.path.join(tmp, name + ".rs")
            with open(path, "w", encoding="utf-8") as out:
                out.write(src)
            mine = ours(binary, path)
            if not mine:
                return None
            extra = mine - theirs(path)
            return (name, sorted(extra)) if extra else None

        with ThreadPoolExecutor(2) as pool:
            differences = [r for r in pool.map(run, jobs) if r]
    print(f"{len(jobs)} programs with one line deleted, {len(differences)} with a type error of "
          f"ours that rustc does not give")
    for name, extra in differences:
        print(f"  {name} (line deleted: {name.rsplit('_', 1)[1]}): {extra}")
    sys.exit(1 if differences else 0)


if __name__ == "__main__":
    main()
