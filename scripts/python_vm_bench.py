#!/usr/bin/env python3
"""Benchmarks deepdive's Python VM against CPython 3.11 on test_data/python/bench/*.py.

Builds ``cargo build --release -p python-vm --example pyrun``, then runs every benchmark program
with ``python3`` and with pyrun, interleaved (CPython, deepdive, CPython, ...), N times each,
inside the bench directory with PYTHONHASHSEED=0. Checks that both print the same stdout and
exit code, and prints a table of median wall times, their ratio (deepdive / CPython) and the
median ratio over the set (DESIGN's target: at most 1.0). Wall times on a shared machine are
noisy: read the ratios, not the milliseconds.

Usage: python3 scripts/python_vm_bench.py [-n N] [NAME ...]   (names without .py; default all)
       python3 scripts/python_vm_bench.py --instructions [NAME ...]   (callgrind counts, not times)
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
BENCH = os.path.join(REPO, "test_data", "python", "bench")
PYRUN = os.path.join(REPO, "target", "release", "examples", "pyrun")


def timed(cmd, env):
    """Runs cmd in the bench directory; returns (seconds, stdout, exit code)."""
    start = time.perf_counter()
    run = subprocess.run(cmd, cwd=BENCH, env=env, capture_output=True)
    return time.perf_counter() - start, run.stdout, run.returncode


def instructions(cmd, env):
    """The instructions a command executes, as callgrind counts them."""
    r = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + cmd,
                       cwd=BENCH, env=env, capture_output=True, text=True, check=False)
    for line in r.stderr.splitlines():
        if "Collected" in line:
            return int(line.split()[-1])
    raise SystemExit(f"callgrind gave no count for {cmd}: {r.stderr[-500:]}")


def count_instructions(names, env):
    """Prints, per program, the instructions each interpreter runs beyond its start-up."""
    # The real interpreter, not a version manager's shim script in front of it.
    python = subprocess.run([sys.executable, "-c", "import sys; print(sys.executable)"],
                            capture_output=True, text=True, check=True).stdout.strip()
    empty = os.path.join(BENCH, "..", "bench_empty.py")
    with open(empty, "w", encoding="utf-8") as f:
        f.write("")
    try:
        base_c = instructions([python, empty], env)
        base_d = instructions([PYRUN, empty], env)
    finally:
        os.remove(empty)
    print(f"start-up: CPython {base_c / 1e6:.1f}M instructions, deepdive {base_d / 1e6:.1f}M")
    print(f"{'program':<14}{'CPython':>12}{'deepdive':>12}{'ratio':>8}")
    ratios = []
    for name in names:
        c = instructions([python, name + ".py"], env) - base_c
        d = instructions([PYRUN, name + ".py"], env) - base_d
        ratios.append(d / c)
        print(f"{name:<14}{c / 1e6:>11.0f}M{d / 1e6:>11.0f}M{d / c:>7.2f}x", flush=True)
    print(f"median instruction ratio over {len(ratios)} programs: {statistics.median(ratios):.2f}x")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=5, help="repetitions per program (default 5)")
    parser.add_argument("--instructions", action="store_true",
                        help="count instructions under callgrind instead of timing (repeatable "
                             "on a busy machine; each interpreter's start-up is subtracted)")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    subprocess.run(
        ["cargo", "build", "--release", "-p", "python-vm", "--example", "pyrun"], cwd=REPO, check=True
    )
    env = dict(os.environ, PYTHONHASHSEED="0")
    names = args.names or sorted(n[:-3] for n in os.listdir(BENCH) if n.endswith(".py"))
    if args.instructions:
        count_instructions(names, env)
        return
    print(f"{'program':<14}{'CPython':>10}{'deepdive':>10}{'ratio':>8}  output")
    ratios = []
    for name in names:
        file = name + ".py"
        ours, theirs = [], []
        same = True
        for _ in range(args.n):
            t, out_c, code_c = timed([sys.executable, file], env)
            theirs.append(t)
            t, out_d, code_d = timed([PYRUN, file], env)
            ours.append(t)
            same = same and out_c == out_d and code_c == code_d
        c, d = statistics.median(theirs), statistics.median(ours)
        ratio = d / c
        if same:
            ratios.append(ratio)
        verdict = "same" if same else "DIFFERS (left out of the median)"
        print(f"{name:<14}{c * 1000:>8.0f}ms{d * 1000:>8.0f}ms{ratio:>7.2f}x  {verdict}", flush=True)
    if ratios:
        print(f"median ratio over {len(ratios)} programs with the same output: "
              f"{statistics.median(ratios):.2f}x")


if __name__ == "__main__":
    main()
