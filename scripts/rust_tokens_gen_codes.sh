#!/usr/bin/env bash
# Writes the `.codes` expectation beside every input of test_data/rust/tokens, using real rustc.
#
# For each `NAME.rs`, runs `rustc --edition 2021 --error-format=json` and keeps the errors that
# rustc's lexer reports (recognised by their messages: the list below), one line each as
# `CODE START..END message` (`-` when rustc gives no code; START..END is the byte range of the
# primary span), sorted and without duplicates, in `NAME.codes`.
# An input rustc lexes cleanly gets an empty file. The test `tests/tokens.rs` checks that
# `rust_syntax::lex` reports the same lines.
#
# Usage: scripts/rust_tokens_gen_codes.sh [FILE.rs…]   (default: every input)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v rustc >/dev/null || { echo "rustc not found" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 not found" >&2; exit 1; }

if [ $# -eq 0 ]; then
  set -- test_data/rust/tokens/*.rs
fi
out_dir=$(mktemp -d)
trap 'rm -rf "$out_dir"' EXIT
echo "rust_tokens_gen_codes: $(rustc --version)"

for input in "$@"; do
  codes="${input%.rs}.codes"
  # rustc exits non-zero on errors; that is what we are here for.
  rustc --edition 2021 --error-format=json --emit=metadata --crate-type=bin \
      -o "$out_dir/out" "$input" 2>"$out_dir/stderr" >/dev/null || true
  python3 - "$out_dir/stderr" >"$codes" <<'PY'
import json, re, sys

# The errors rustc's lexer (rustc_parse::lexer and its escape checker) can report.
LEXER_MESSAGES = re.compile("|".join([
    r"unterminated (double quote string|double quote byte string|C string|character literal"
    r"|byte constant|raw string|block comment|block doc-comment|unicode escape)$",
    r"unknown start of token: ",
    r"prefix `.*` is unknown$",
    r"identifiers cannot contain emoji: ",
    r"Ferris cannot be used as an identifier$",
    r"no valid digits found for number$",
    r"expected at least one digit in exponent$",
    r"(binary|octal|hexadecimal) float literal is not supported$",
    r"invalid digit for a base \d+ literal$",
    r"underscore literal suffix is not allowed$",
    r"lifetimes cannot start with a number$",
    r"`.*` cannot be a raw (identifier|lifetime)$",
    r"found invalid character; only `#` is allowed in raw string delimitation",
    r"too many `#` symbols",
    r"bare CR not allowed",
    r"empty character literal$",
    r"character literal may only contain one codepoint$",
    r"(character|byte) constant must be escaped",
    r"unknown (character|byte) escape",
    r"numeric character escape is too short$",
    r"invalid character in (numeric character|unicode) escape",
    r"out of range hex escape$",
    r"incorrect unicode escape sequence$",
    r"invalid start of unicode escape",
    r"empty unicode escape$",
    r"overlong unicode escape$",
    r"invalid unicode character escape$",
    r"unicode escape in byte string$",
    r"non-ASCII character in ",
    r"null characters in C string literals are not supported$",
    r"invalid trailing slash in literal$",
]))

lines = set()
for raw in open(sys.argv[1], encoding="utf-8"):
    try:
        d = json.loads(raw)
    except ValueError:
        continue
    if d.get("$message_type") != "diagnostic" or d.get("level") != "error":
        continue
    if LEXER_MESSAGES.match(d["message"]):
        code = (d.get("code") or {}).get("code") or "-"
        primary = [s for s in d["spans"] if s["is_primary"]] or [{"byte_start": 0, "byte_end": 0}]
        span = f"{primary[0]['byte_start']}..{primary[0]['byte_end']}"
        lines.add(f"{code} {span} {d['message']}")
for line in sorted(lines):
    print(line)
PY
  echo "$codes: $(wc -l <"$codes") lexer errors"
done
