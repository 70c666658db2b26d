#!/usr/bin/env python3
"""Writes the parse errors real rustc reports for each test_data/rust/parse_errors/NAME.rs.

rustc's parser is the oracle: for every input, `rustc --edition 2021 -Zparse-crate-root-only
--error-format=json` (the nightly flag enabled on the stable compiler with RUSTC_BOOTSTRAP=1,
which only stops rustc after parsing) reports the syntax errors, and this script writes them to
NAME.errors, one a line as `LINE:COL message` (the primary span's start, 1-based, columns in
characters), and to NAME.stderr the text rustc prints for them (`--error-format=human`, the file
named relatively, so the text is stable). Run it after adding an input; never edit the .errors
or .stderr files by hand.

Usage: scripts/rust_parse_errors_gen.py [rustc]
"""

import json
import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "test_data" / "rust" / "parse_errors"


def errors_of(rustc: str, path: pathlib.Path) -> list[str]:
    env = dict(os.environ, RUSTC_BOOTSTRAP="1")
    out = subprocess.run(
        [rustc, "--edition", "2021", "-Zparse-crate-root-only", "--error-format=json",
         "-o", os.devnull, path.name],
        cwd=path.parent, env=env, capture_output=True, text=True,
    )
    lines = []
    for line in out.stderr.splitlines():
        if not line.startswith("{"):
            continue
        d = json.loads(line)
        if d.get("level") != "error" or d["message"].startswith("aborting due to"):
            continue
        primary = [s for s in d["spans"] if s["is_primary"]]
        if not primary:
            continue
        # The rendered `-->` line shows the earliest primary span; so do we.
        s = min(primary, key=lambda s: (s["line_start"], s["column_start"]))
        lines.append(f"{s['line_start']}:{s['column_start']} {d['message']}")
    return lines


def stderr_of(rustc: str, path: pathlib.Path) -> str:
    """rustc's human-readable report of the parse errors, exactly as it prints it."""
    env = dict(os.environ, RUSTC_BOOTSTRAP="1")
    out = subprocess.run(
        [rustc, "--edition", "2021", "-Zparse-crate-root-only", "--error-format=human",
         "--color=never", "-o", os.devnull, path.name],
        cwd=path.parent, env=env, capture_output=True, text=True,
    )
    return out.stderr


def main() -> None:
    rustc = sys.argv[1] if len(sys.argv) > 1 else "rustc"
    for path in sorted(DATA.glob("*.rs")):
        errors = errors_of(rustc, path)
        path.with_suffix(".errors").write_text("".join(e + "\n" for e in errors))
        path.with_suffix(".stderr").write_text(stderr_of(rustc, path))
        print(f"{path.name}: {len(errors)} error(s)")


if __name__ == "__main__":
    main()
