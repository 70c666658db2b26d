#!/usr/bin/env python3
"""Compares deepdive's Python parser with CPython 3.11's on every file of the standard library.

For each .py file under sysconfig.get_paths()['stdlib'] (recursively, site-packages excluded)
it compares our ast.dump with ast.dump(ast.parse(open(f, 'rb').read())), and the dumps with
include_attributes=True; for files CPython rejects, the exception's type, msg, lineno and offset.
Our side runs in one process: the example binary `ast_dump` (build it first with
`cargo build --release -p python-syntax --example ast_dump`).

Usage: python3 scripts/python_ast_conformance.py [-v] [--limit N] [extra files or dirs...]
"""
import ast
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stdlib_corpus import stdlib_files  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "examples", "ast_dump")


def cpython(path):
    source = open(path, "rb").read()
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        msg = getattr(e, "msg", str(e))
        return None, f"{type(e).__name__}\t{msg}\t{getattr(e, 'lineno', 0) or 0}\t{getattr(e, 'offset', 0) or 0}"
    return (ast.dump(tree), ast.dump(tree, include_attributes=True)), None


def main():
    args = sys.argv[1:]
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    limit = None
    if "--limit" in args:
        i = args.index("--limit")
        limit = int(args[i + 1])
        del args[i : i + 2]
    if sys.version_info[:2] != (3, 11):
        sys.exit("python_ast_conformance.py needs CPython 3.11")
    if not os.path.exists(BINARY):
        sys.exit(f"{BINARY} is missing: cargo build --release -p python-syntax --example ast_dump")
    files = stdlib_files(args)
    if limit:
        files = files[:limit]
    with tempfile.TemporaryDirectory() as out:
        listing = os.path.join(out, "files.txt")
        with open(listing, "w") as f:
            f.write("\n".join(files) + "\n")
        subprocess.run([BINARY, "--out-dir", out, "--files-from", listing], check=True)
        same_dump = same_attrs = parsed = 0
        err_total = err_same = 0
        shown = 0
        for i, path in enumerate(files):
            ours_ast = os.path.join(out, f"{i}.ast")
            ours_err = os.path.join(out, f"{i}.err")
            theirs, their_err = cpython(path)
            problem = None
            if their_err is not None:
                err_total += 1
                ours = open(ours_err).read().rstrip("\n") if os.path.exists(ours_err) else "(parsed)"
                if ours == their_err:
                    err_same += 1
                else:
                    problem = f"error differs:\n  ours:    {ours}\n  CPython: {their_err}"
            else:
                parsed += 1
                if not os.path.exists(ours_ast):
                    ours = open(ours_err).read().rstrip("\n") if os.path.exists(ours_err) else "(nothing)"
                    problem = f"we reject it: {ours}"
                else:
                    d = open(ours_ast).read().rstrip("\n")
                    a = open(os.path.join(out, f"{i}.attrs")).read().rstrip("\n")
                    if d == theirs[0]:
                        same_dump += 1
                    else:
                        problem = "dump differs"
                    if a == theirs[1]:
                        same_attrs += 1
                    elif problem is None:
                        problem = "attributes differ"
                    if problem and verbose:
                        x, y = (d, theirs[0]) if problem == "dump differs" else (a, theirs[1])
                        k = next((j for j in range(min(len(x), len(y))) if x[j] != y[j]), min(len(x), len(y)))
                        problem += f"\n  ours:    …{x[max(0, k - 150):k + 100]}\n  CPython: …{y[max(0, k - 150):k + 100]}"
            if problem and (verbose or shown < 20):
                shown += 1
                print(f"{path}: {problem}")
        print(f"{same_dump}/{parsed} identical (ast.dump)")
        print(f"{same_attrs}/{parsed} identical (ast.dump with include_attributes=True)")
        print(f"{err_same}/{err_total} identical (SyntaxError type, msg, lineno, offset)")
        if same_dump != parsed or same_attrs != parsed or err_same != err_total:
            sys.exit(1)


if __name__ == "__main__":
    main()
