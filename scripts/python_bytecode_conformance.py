#!/usr/bin/env python3
"""Compares deepdive's Python compiler with CPython 3.11's on every file of the standard library.

For each .py file under sysconfig.get_paths()['stdlib'] (recursively, site-packages excluded)
it compares our disassembly with dis.dis(compile(open(f, 'rb').read(), f, 'exec')) (the
address in "<code object ... at 0x...>" normalised to 0x0000), and the attributes of every
code object that dis does not show (qualname, first line, flags, argument counts, nlocals,
stacksize, varnames, cellvars, freevars, names); for files CPython rejects, the exception's
type, message and line. Our side runs in one process: the example binary `pydis`
(build it first with `cargo build --release -p python-compiler --example pydis`).
CPython runs with PYTHONHASHSEED=0 (the script re-executes itself so) so that frozenset
constants come out in a deterministic order.

Usage: python3 scripts/python_bytecode_conformance.py [-v] [--limit N] [extra files or dirs...]
"""
import dis
import io
import types
import os
import re
import subprocess
import sys
import tempfile
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from stdlib_corpus import stdlib_files  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "examples", "pydis")
ADDRESS = re.compile(r" at 0x[0-9a-f]+")


def cpython(path):
    source = open(path, "rb").read()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            code = compile(source, path, "exec")
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        msg = getattr(e, "msg", str(e))
        return None, f"{type(e).__name__}\t{msg}\t{getattr(e, 'lineno', 0) or 0}"
    out = io.StringIO()
    dis.dis(code, file=out)
    return (ADDRESS.sub(" at 0x0000", out.getvalue()), metadata(code)), None


def metadata(code):
    def walk(c):
        yield c
        for k in c.co_consts:
            if isinstance(k, types.CodeType):
                yield from walk(k)

    def names(xs):
        return "[" + ",".join(xs) + "]"

    return "".join(
        f"{c.co_qualname} {c.co_firstlineno} {c.co_flags} {c.co_argcount} {c.co_posonlyargcount} "
        f"{c.co_kwonlyargcount} {c.co_nlocals} {c.co_stacksize} {names(c.co_varnames)} "
        f"{names(c.co_cellvars)} {names(c.co_freevars)} {names(c.co_names)}\n"
        for c in walk(code)
    )


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        sys.exit(subprocess.call([sys.executable] + sys.argv, env=env))
    args = sys.argv[1:]
    verbose = "-v" in args
    args = [a for a in args if a != "-v"]
    limit = None
    if "--limit" in args:
        i = args.index("--limit")
        limit = int(args[i + 1])
        del args[i : i + 2]
    if sys.version_info[:2] != (3, 11):
        sys.exit("python_bytecode_conformance.py needs CPython 3.11")
    if not os.path.exists(BINARY):
        sys.exit(f"{BINARY} is missing: cargo build --release -p python-compiler --example pydis")
    files = stdlib_files(args)
    if limit:
        files = files[:limit]
    with tempfile.TemporaryDirectory() as out:
        listing = os.path.join(out, "files.txt")
        with open(listing, "w") as f:
            f.write("\n".join(files) + "\n")
        subprocess.run([BINARY, "--out-dir", out, "--files-from", listing], check=True)
        meta_dir = os.path.join(out, "meta")
        os.mkdir(meta_dir)
        subprocess.run([BINARY, "--meta", "--out-dir", meta_dir, "--files-from", listing], check=True)
        same = compiled = same_meta = 0
        err_total = err_same = 0
        shown = 0
        for i, path in enumerate(files):
            ours_dis = os.path.join(out, f"{i}.dis")
            ours_err = os.path.join(out, f"{i}.err")
            theirs, their_err = cpython(path)
            problem = None
            if their_err is not None:
                err_total += 1
                ours = "(compiled)"
                if os.path.exists(ours_err):
                    ours = "\t".join(open(ours_err).read().split("\t")[:3])
                if ours == their_err:
                    err_same += 1
                else:
                    problem = f"error differs:\n  ours:    {ours}\n  CPython: {their_err}"
            else:
                compiled += 1
                if not os.path.exists(ours_dis):
                    ours = open(ours_err).read().split("\n")[0] if os.path.exists(ours_err) else "(nothing)"
                    problem = f"we reject it: {ours}"
                else:
                    d = ADDRESS.sub(" at 0x0000", open(ours_dis).read())
                    theirs, their_meta = theirs
                    ours_meta = os.path.join(meta_dir, f"{i}.dis")
                    if os.path.exists(ours_meta) and open(ours_meta).read() == their_meta:
                        same_meta += 1
                    elif verbose:
                        print(f"{path}: code object attributes differ")
                    if d == theirs:
                        same += 1
                    else:
                        a, b = d.splitlines(), theirs.splitlines()
                        k = next((j for j in range(min(len(a), len(b))) if a[j] != b[j]), min(len(a), len(b)))
                        problem = "dis differs"
                        if verbose:
                            ctx = "\n".join(f"    {x}" for x in b[max(0, k - 3):k])
                            problem += f" at line {k + 1}:\n{ctx}\n  ours:    {a[k] if k < len(a) else '(end)'}\n  CPython: {b[k] if k < len(b) else '(end)'}"
            if problem and (verbose or shown < 20):
                shown += 1
                print(f"{path}: {problem}")
        print(f"{same}/{compiled} identical (dis)")
        print(f"{same_meta}/{compiled} identical (code object attributes dis does not show)")
        print(f"{err_same}/{err_total} identical (compile errors: type, msg, lineno)")
        if same != compiled or same_meta != compiled or err_same != err_total:
            sys.exit(1)


if __name__ == "__main__":
    main()
