#!/usr/bin/env python3
# Writes (or, with --check, verifies) the rustc-produced expectations of the Rust front-end corpus.
"""Writes the expectations of the Rust front-end corpus with rustc 1.95 (the oracle).

Folders (relative to the repository root):

- test_data/rust/sema/valid/NAME.rs: programs rustc accepts. Each is built in debug mode
  (``rustc --edition 2021 NAME.rs``, run with cwd = the folder so panic locations read
  ``NAME.rs:LINE:COL``) and run twice with a timeout. Written beside it:
  NAME.stdout (the program's stdout, always), NAME.exit (its exit code, always; 101 for a
  panic) and NAME.stderr (only when the program wrote to stderr: the panic lines of a
  panicking program, or what it printed with eprintln!). In stderr the OS thread id that
  Rust 1.89+ puts in the panic header (``thread 'main' (12345) panicked at``) is removed,
  and the ``note: run with `RUST_BACKTRACE=1` ...`` hint is dropped; nothing else changes.
- test_data/rust/sema/errors/NAME.rs and test_data/rust/borrowck/NAME.rs: programs with
  exactly one error. Checked with ``rustc --edition 2021 --emit=metadata`` (so type checking
  and borrow checking run, nothing is linked). Written beside each:
  NAME.codes, one line per diagnostic at level error, ``CODE LINE:COL message`` (primary span,
  1-based line and 1-based column in characters; ``-`` when rustc gives no code; the final
  ``aborting due to`` line and warnings left out), sorted by position; and NAME.stderr, the
  text rustc prints with ``--error-format=human`` for ``NAME.rs`` (relative name, so stable).

The script fails loudly when a valid program does not compile or does not run the same way
twice, when an error program does not yield exactly one error diagnostic, or when that
diagnostic's code is not the one its file name starts with (``e0308_*.rs`` must give E0308).
Warnings are allowed but listed.

- test_data/rust/names/NAME.rs: the name-resolution and format-string programs (deepdive's
  HIR stage must reject or accept them as rustc does). Checked the same way and given the same
  NAME.codes and NAME.stderr, but a program may have any number of errors (none: an empty
  .codes, and a .stderr only when rustc printed something), errors without a code, and a code
  other than its file name's (``e0599_*`` programs whose errors rustc's resolver leaves to type
  checking); only a program named ``eNNNN_*`` must give that code among its errors.

Usage:
  python3 scripts/rust_sema_gen.py [--check] [NAME ...]
      NAME is a file stem, a file name or a shell pattern on the stem (``e0308_*``,
      ``core_*``); without NAMEs every program of the four folders is processed.
      --check compares the expectations with what rustc gives now and writes nothing;
      it exits 1 when any is missing or out of date.
  python3 scripts/rust_sema_gen.py --summary
      Prints the counts per folder and per error code from the .codes files on disk
      (no rustc run).
"""
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
VALID = os.path.join(REPO, "test_data", "rust", "sema", "valid")
ERRORS = os.path.join(REPO, "test_data", "rust", "sema", "errors")
BORROWCK = os.path.join(REPO, "test_data", "rust", "borrowck")
NAMES = os.path.join(REPO, "test_data", "rust", "names")
FOLDERS = [("valid", VALID), ("errors", ERRORS), ("borrowck", BORROWCK), ("names", NAMES)]
ERROR_CODE_STEM = re.compile(r"e\d{4}_")
RUSTC_VERSION = "rustc 1.95."
COMPILE_TIMEOUT = 120
RUN_TIMEOUT = 10
BACKTRACE_NOTE = "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"
THREAD_ID = re.compile(r"(thread '[^']*') \(\d+\) panicked at ")
VALID_EXTS = (".stdout", ".exit", ".stderr")
ERROR_EXTS = (".codes", ".stderr")


class Failure(Exception):
    """A program that does not behave as its folder says it must."""


def env():
    """A small, fixed environment for rustc and the programs (no backtraces, no colours)."""
    keep = {k: os.environ[k] for k in ("PATH", "HOME", "RUSTUP_HOME", "CARGO_HOME") if k in os.environ}
    keep["LC_ALL"] = "C.UTF-8"
    return keep


def write(path, text, check, report):
    """Writes text to path, or deletes path when text is None; in check mode only compares."""
    old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
    if old == text:
        return
    rel = os.path.relpath(path, REPO)
    if check:
        report.append(("missing: " if old is None else "stale: ") + rel if text is not None else "unexpected: " + rel)
        return
    if text is None:
        os.remove(path)
        print("removed", rel)
    else:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print("wrote", rel)


def parse_json_diagnostics(stderr):
    """Splits rustc's JSON diagnostics into (errors, warnings); errors are (code, line, col, msg)."""
    errors, warnings = [], []
    for raw in stderr.splitlines():
        raw = raw.strip()
        if not raw.startswith("{"):
            if raw:
                raise Failure("rustc printed a non-JSON line: " + raw)
            continue
        d = json.loads(raw)
        if d.get("$message_type", "diagnostic") != "diagnostic":
            continue
        level = d.get("level")
        message = d.get("message", "")
        if level == "error":
            if message.startswith("aborting due to"):
                continue
            code = (d.get("code") or {}).get("code") or "-"
            primary = [s for s in d.get("spans", []) if s.get("is_primary")]
            if primary:
                pos = (primary[0]["line_start"], primary[0]["column_start"])
            else:
                pos = None
            errors.append((code, pos, message.replace("\n", "\\n")))
        elif level == "warning" and not re.match(r"\d+ warnings? emitted", message):
            warnings.append(d.get("rendered") or message)
    return errors, warnings


def codes_text(errors):
    def key(e):
        return (e[1] or (0, 0), e[0], e[2])

    lines = []
    for code, pos, message in sorted(errors, key=key):
        where = f"{pos[0]}:{pos[1]}" if pos else "-"
        lines.append(f"{code} {where} {message}\n")
    return "".join(lines)


def rustc(args, cwd):
    return subprocess.run(
        ["rustc", "--edition", "2021"] + args,
        cwd=cwd,
        env=env(),
        capture_output=True,
        timeout=COMPILE_TIMEOUT,
        text=True,
    )


def do_error_program(folder, stem, tmp, check, report, summary, names=False):
    """Checks one errors/, borrowck/ or (with names) names/ program; returns its warnings."""
    name = stem + ".rs"
    out = os.path.join(tmp, stem + ".rmeta")
    js = rustc(["--error-format=json", "--emit=metadata", "--crate-type=bin", "-o", out, name], folder)
    errors, warnings = parse_json_diagnostics(js.stderr)
    codes = sorted({e[0] for e in errors})
    want = stem.split("_", 1)[0].upper()
    if names:
        if (js.returncode == 0) != (not errors):
            raise Failure(f"{name}: rustc exits {js.returncode} with {len(errors)} error(s)")
        if ERROR_CODE_STEM.match(stem) and want not in codes:
            raise Failure(f"{name}: rustc reports {codes}, the file name says {want}:\n" + codes_text(errors))
    else:
        if js.returncode == 0 or not errors:
            raise Failure(f"{name}: rustc reports no error (exit {js.returncode})")
        if len(errors) != 1:
            raise Failure(f"{name}: {len(errors)} errors, want exactly one:\n" + codes_text(errors))
        if codes != [want]:
            raise Failure(f"{name}: rustc reports {codes[0]}, the file name says {want}:\n" + codes_text(errors))
    human = rustc(["--error-format=human", "--emit=metadata", "--crate-type=bin", "-o", out, name], folder)
    again = rustc(["--error-format=human", "--emit=metadata", "--crate-type=bin", "-o", out, name], folder)
    if human.stderr != again.stderr:
        raise Failure(f"{name}: rustc's text output differs between two runs")
    base = os.path.join(folder, stem)
    write(base + ".codes", codes_text(errors), check, report)
    write(base + ".stderr", human.stderr or None, check, report)
    summary.extend(codes)
    return warnings


def run_binary(exe, folder):
    """Runs a built program; stderr comes back with thread ids removed and the backtrace hint dropped."""
    try:
        r = subprocess.run([exe], cwd=folder, env=env(), capture_output=True, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        raise Failure(f"{os.path.basename(exe)}: did not finish within {RUN_TIMEOUT} s")
    stderr = r.stderr.decode("utf-8")
    # Since Rust 1.89 the panic header names the OS thread id, `thread 'main' (12345) panicked
    # at`, which changes from run to run; DESIGN's contract is the header without it.
    stderr = THREAD_ID.sub(r"\1 panicked at ", stderr)
    lines = stderr.splitlines(keepends=True)
    stderr = "".join(l for l in lines if l.rstrip("\n") != BACKTRACE_NOTE)
    return r.returncode, r.stdout.decode("utf-8"), stderr


def do_valid_program(folder, stem, tmp, check, report):
    """Builds and runs one valid program twice; returns (warnings, exit code)."""
    name = stem + ".rs"
    exe = os.path.join(tmp, stem)
    build = rustc(["--error-format=json", "-o", exe, name], folder)
    errors, warnings = parse_json_diagnostics(build.stderr)
    if build.returncode != 0 or errors:
        raise Failure(f"{name}: does not compile:\n" + codes_text(errors))
    first = run_binary(exe, folder)
    second = run_binary(exe, folder)
    if first != second:
        raise Failure(f"{name}: two runs differ (exit, stdout or stderr): {first!r} vs {second!r}")
    code, stdout, stderr = first
    if code not in (0, 101):
        raise Failure(f"{name}: exit code {code}, want 0 or 101 (panic)")
    base = os.path.join(folder, stem)
    write(base + ".stdout", stdout, check, report)
    write(base + ".exit", f"{code}\n", check, report)
    write(base + ".stderr", stderr or None, check, report)
    return warnings, code


def select(patterns):
    """Yields (kind, folder, stem) of the programs matching the patterns (all when none), sorted."""
    for kind, folder in FOLDERS:
        if not os.path.isdir(folder):
            continue
        for entry in sorted(os.listdir(folder)):
            if not entry.endswith(".rs"):
                continue
            stem = entry[:-3]
            if patterns and not any(
                fnmatch.fnmatchcase(stem, p[:-3] if p.endswith(".rs") else p)
                for p in (os.path.basename(p) for p in patterns)
            ):
                continue
            yield kind, folder, stem


def orphans(check, report):
    """Expectation files whose program is gone."""
    for kind, folder in FOLDERS:
        if not os.path.isdir(folder):
            continue
        exts = VALID_EXTS if kind == "valid" else ERROR_EXTS
        for entry in sorted(os.listdir(folder)):
            stem, ext = os.path.splitext(entry)
            if ext in exts and not os.path.exists(os.path.join(folder, stem + ".rs")):
                write(os.path.join(folder, entry), None, check, report)


def summary_from_disk():
    """Counts per folder and per code, read from the files on disk."""
    rows = []
    for kind, folder in FOLDERS:
        stems = sorted(e[:-3] for e in os.listdir(folder) if e.endswith(".rs")) if os.path.isdir(folder) else []
        if kind == "valid":
            core = sum(1 for s in stems if s.startswith("core_"))
            ext = sum(1 for s in stems if s.startswith("ext_"))
            seed = sum(1 for s in stems if "_seed_" in s)
            panics = 0
            for s in stems:
                p = os.path.join(folder, s + ".exit")
                if os.path.exists(p) and open(p).read().strip() == "101":
                    panics += 1
            rows.append((kind, [("core_*", core), ("ext_*", ext), ("of them from the seed page (*_seed_*)", seed), ("panicking (exit 101)", panics), ("total", len(stems))]))
        else:
            counts = {}
            for s in stems:
                p = os.path.join(folder, s + ".codes")
                codes = set()
                if os.path.exists(p):
                    codes = {line.split(" ", 1)[0] for line in open(p, encoding="utf-8") if line.strip()}
                key = ",".join(sorted(codes)) or "(no .codes yet)"
                counts[key] = counts.get(key, 0) + 1
            rows.append((kind, sorted(counts.items()) + [("total", len(stems))]))
    return rows


def print_summary():
    print("| folder | code / kind | programs |")
    print("|---|---|---|")
    for kind, items in summary_from_disk():
        for key, n in items:
            print(f"| {kind} | {key} | {n} |")


def main():
    args = sys.argv[1:]
    if "--summary" in args:
        print_summary()
        return
    check = "--check" in args
    patterns = [a for a in args if not a.startswith("--")]
    unknown = [a for a in args if a.startswith("--") and a not in ("--check", "--summary")]
    if unknown:
        sys.exit("unknown option(s): " + " ".join(unknown) + "\n" + __doc__)
    if shutil.which("rustc") is None:
        sys.exit("rustc not found on PATH")
    version = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    if not version.startswith(RUSTC_VERSION):
        sys.exit(f"the expectations come from {RUSTC_VERSION}x; found {version}")
    print("rust_sema_gen:", version)
    programs = list(select(patterns))
    if patterns and not programs:
        sys.exit("no program matches " + " ".join(patterns))
    report, failures, warned, codes = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="rust_sema_gen.") as tmp:
        for kind, folder, stem in programs:
            try:
                if kind == "valid":
                    warnings, _ = do_valid_program(folder, stem, tmp, check, report)
                else:
                    warnings = do_error_program(folder, stem, tmp, check, report, codes, kind == "names")
            except Failure as e:
                failures.append(f"{kind}/{e}")
                continue
            except subprocess.TimeoutExpired:
                failures.append(f"{kind}/{stem}.rs: rustc timed out")
                continue
            for w in warnings:
                warned.append(f"{kind}/{stem}.rs:\n{w}")
    if not patterns:
        orphans(check, report)
    for w in warned:
        print("warning in", w, file=sys.stderr)
    print(f"{len(programs)} programs, {len(warned)} warning(s)")
    if not patterns:
        print_summary()
    for line in report:
        print(line)
    if failures:
        for f in failures:
            print("FAILED:", f, file=sys.stderr)
        sys.exit(f"{len(failures)} program(s) failed")
    if report:
        sys.exit(f"{len(report)} expectation(s) missing or out of date")


if __name__ == "__main__":
    main()
