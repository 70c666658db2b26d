#!/usr/bin/env python3
"""Benchmarks deepdive's Rust front end (lex, parse, lower + name resolution, type check) beside rustc.

Times each stage on a generated 1,000-line program (the one of
crates/rust-syntax/tests/parse_bench.rs) and on the valid programs of test_data/rust/sema, with
``cargo run --release -p rust-sema --example front_bench`` (medians of 20 runs each), and puts
beside them ``rustc --edition 2021 --emit=metadata`` on the same files (median wall time of 5
runs per file, the whole process). Prints milliseconds.

Usage: python3 scripts/rust_front_bench.py
"""
import glob
import os
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def rustc_ms(path, out_dir, runs=5):
    """Median wall time of rustc checking one file (metadata only: no code generation)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(["rustc", "--edition", "2021", "--crate-type", "bin", "--emit=metadata",
                        "-o", os.path.join(out_dir, "out.rmeta"), path],
                       check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e3


def main():
    with tempfile.TemporaryDirectory() as tmp:
        program = os.path.join(tmp, "thousand_lines.rs")
        subprocess.run(["cargo", "test", "--release", "-q", "-p", "rust-syntax", "--test", "parse_bench"],
                       cwd=REPO, check=True, capture_output=True,
                       env=dict(os.environ, DEEPDIVE_WRITE_BENCH_PROGRAM=program))
        with open(program, "a", encoding="utf-8") as f:
            f.write("\nfn main() {}\n")
        corpus = sorted(glob.glob(os.path.join(REPO, "test_data", "rust", "sema", "valid", "*.rs")))
        subprocess.run(["cargo", "build", "--release", "-q", "-p", "rust-sema", "--example", "front_bench"],
                       cwd=REPO, check=True)
        bench = os.path.join(REPO, "target", "release", "examples", "front_bench")
        rows = {}
        for label, files in (("1,000-line program", [program]), (f"corpus ({len(corpus)} files)", corpus)):
            out = subprocess.run([bench] + files, check=True, capture_output=True, text=True).stdout
            total = out.strip().splitlines()[-1].split()
            rows[label] = (int(total[1]), [float(x) for x in total[2:6]],
                           sum(rustc_ms(f, tmp) for f in files))
        print(f"{'input':<22}{'lines':>7}{'lex':>9}{'parse':>9}{'lower':>9}{'typeck':>9}{'ours':>9}{'rustc':>10}")
        for label, (lines, (lx, ps, lw, tc), rustc) in rows.items():
            ours = lx + ps + lw + tc
            print(f"{label:<22}{lines:>7}{lx:>8.2f}m{ps:>8.2f}m{lw:>8.2f}m{tc:>8.2f}m{ours:>8.2f}m{rustc:>9.0f}m")
        print("(milliseconds; rustc is the whole process of `rustc --emit=metadata`, per file, summed)")


if __name__ == "__main__":
    sys.exit(main())
