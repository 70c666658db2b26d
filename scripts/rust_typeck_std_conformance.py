#!/usr/bin/env python3
# Compares the type checker's view of std methods (signatures and E0599) with rustc 1.95's.
"""Conformance of the type checker's std method knowledge with rustc 1.95 (the oracle).

Two probes, each one generated program compiled by ``rustc --emit=metadata`` and checked by
``deepdive rust FILE --emit hir`` (built with cargo if needed):

- signatures: for each call in ``CALLS`` (a receiver type and a method call chain on ``x``),
  a fn ``let _: () = CALL;``. rustc's E0308 names the call's type (``found `usize```); where
  our checker reports the E0308 too, its type must be the same. Calls we leave unknown (no
  error of ours) are counted, not failed.
- E0599: for every method name of ``NAMES`` (the names the checker's lists hold, and common
  ones), a call ``x.NAME()`` on ``Option<i32>``, ``Result<i32, String>``, ``Vec<i32>`` and
  ``String``. Every E0599 we report must be one rustc reports at the same position with the
  same message (a name we leave alone is counted, not failed).

Usage: python3 scripts/rust_typeck_std_conformance.py   (exit 1 on any difference)
"""
import os
import re
import subprocess
import sys
import tempfile

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
PRELUDE_RS = os.path.join(REPO, "crates", "rust-sema", "src", "prelude.rs")

CALLS = {
    "Vec<i32>": [
        "x.len()", "x.is_empty()", "x.pop()", "x.first()", "x.last()", "x.iter()",
        "x.contains(&1)", "x.remove(0)", "x.capacity()", "x.as_slice()", "x.to_vec()",
        "x.split_at(1)", "x.binary_search(&1)", "x.iter().sum::<i32>()", "x.iter().count()",
        "x.iter().max()", "x.iter().copied().min()", "x.iter().rev().collect::<Vec<_>>()",
        "x.iter().position(|&v| v == 1)", "x.iter().any(|&v| v > 1)",
        "x.iter().filter(|v| **v > 1).count()",
        "x.iter().map(|v| v.to_string()).collect::<Vec<String>>()",
        "x.iter().find(|v| **v == 2)", "x.iter().skip(1).next()", "x.windows(2).count()",
        "x.iter().max_by_key(|v| **v)", "x.first().copied()", "x.first().cloned()",
        "x.iter().last()", "x.iter().nth(1)", "x.swap_remove(0)", "x.split_off(1)",
        "x.iter().min_by_key(|v| **v)", "x.iter().enumerate().next()",
        "x.iter().map(|v| v * 2).collect::<Vec<i32>>()",
        "x.iter().filter_map(|v| if *v > 0 { Some(*v as u8) } else { None }).collect::<Vec<u8>>()",
        "x.iter().take(2).sum::<i32>()", "x.iter().product::<i32>()", "x.chunks(2).next()",
        "x.first_mut()", "x.last_mut()", "x.iter_mut().next()", "x.drain(..).count()",
        "x.into_iter().max()",
    ],
    "String": [
        "x.len()", "x.as_str()", "x.pop()", "x.trim()", "x.to_uppercase()",
        "x.split(',').collect::<Vec<_>>()", "x.find('a')", 'x.replace("a", "b")',
        'x.starts_with("a")', "x.parse::<i32>()", "x.chars().rev().collect::<String>()",
        "x.bytes().count()", "x.lines().next()",
        "x.split_whitespace().map(|w| w.len()).sum::<usize>()", "x.char_indices().next()",
        "x.as_bytes()", 'x.strip_prefix("a")', "x.split_once(':')", "x.repeat(2)",
        "x.remove(0)", "x.chars().nth(0)", "x.trim_start()", 'x.contains("a")',
        "x.is_empty()", "x.chars().count()", "x.chars().filter(|c| c.is_alphabetic()).count()",
        "x.to_lowercase()", "x.to_owned()", "x.to_string()", "x.capacity()", "x.chars().next()",
        "x.chars().map(|c| c as u32).sum::<u32>()", "x.into_bytes()",
    ],
    "Option<i32>": [
        "x.unwrap()", "x.map(|v| v as f64)", "x.and_then(|v| Some(v > 1))", 'x.ok_or("e")',
        "x.unwrap_or_default()", "x.as_ref()", "x.filter(|v| *v > 1)", "x.is_some()",
        "x.or(Some(1))", "x.map_or(0, |v| v + 1)", "x.take()", "x.unwrap_or(3)",
        "x.unwrap_or_else(|| 2)", 'x.expect("m")', "x.as_mut()", "x.ok_or_else(|| 1u8)",
        "x.is_none()", "x.or_else(|| None)", "x.zip(Some(1u8))", "x.is_some_and(|v| v > 1)",
        "x.xor(None)", "x.iter().count()", "x.map_or_else(|| 0, |v| v * 2)", "x.replace(5)",
        "x.insert(5)", "x.get_or_insert_with(|| 1)", "x.and(Some('c'))",
    ],
    "Option<Option<i32>>": ["x.flatten()", "x.unwrap()"],
    "Result<i32, String>": [
        "x.ok()", "x.err()", "x.map(|v| v + 1)", "x.map_err(|e| e.len())", "x.unwrap_or(0)",
        "x.as_ref()", "x.is_ok()", "x.and_then(|v| Ok::<u8, String>(v as u8))",
        "x.unwrap_or_else(|e| e.len() as i32)", 'x.expect("x")', "x.unwrap()",
        "x.unwrap_err()", "x.is_err()", "x.as_mut()", "x.unwrap_or_default()",
        "x.or_else(|e| Err::<i32, usize>(e.len()))", "x.is_ok_and(|v| v > 0)",
        "x.and(Ok::<u8, String>(1))", "x.or(Ok::<i32, u8>(1))", "x.map_or(0, |v| v + 1)",
        "x.iter().next()",
    ],
    "std::collections::HashMap<String, i32>": [
        'x.get("a")', 'x.insert("a".to_string(), 1)', 'x.contains_key("a")', "x.len()",
        "x.keys().count()", "x.values().sum::<i32>()", 'x.remove("a")', 'x.get_mut("a")',
        "x.iter().count()", "x.is_empty()", "x.values().max()", "x.keys().next()",
        "x.iter().next()",
    ],
    "&[i32]": [
        "x.len()", "x.iter()", "x.first()", "x.to_vec()", "x.iter().copied().sum::<i32>()",
        "x.contains(&2)",
    ],
    "&str": [
        "x.len()", "x.chars()", "x.trim()", "x.to_string()", "x.split(' ').count()",
        "x.parse::<f64>()", "x.bytes().next()", "x.to_uppercase()",
    ],
    "[i32; 3]": ["x.len()", "x.iter()", "x.iter().sum::<i32>()", "x.contains(&1)", "x.first()"],
    # Associated fns (the receiver is unused).
    "()": [
        'String::from("a")', "String::new()", "Vec::<u8>::with_capacity(3)", "Vec::<u8>::new()",
        "Box::new(1u8)", "std::collections::HashMap::<u8, char>::new()",
        "std::rc::Rc::new('c')", "Box::new(vec![1.5])",
    ],
}

E0599_TYPES = ["Option<i32>", "Result<i32, String>", "Vec<i32>", "String"]

COMMON_NAMES = (
    "next map filter fold count sum product collect enumerate zip chain rev skip take step_by "
    "peekable any all find position max min last nth for_each flat_map flatten filter_map "
    "take_while skip_while inspect cloned copied by_ref cycle scan fuse partition unzip "
    "max_by_key min_by_key max_by min_by rposition try_fold try_for_each is_sorted len is_empty "
    "push pop get insert remove contains keys values entry retain drain sort dedup iter iter_mut "
    "into_iter as_str as_slice chars bytes lines split trim to_string to_owned clone parse unwrap "
    "expect ok err is_some is_none is_ok is_err as_ref as_mut take replace xor and or then "
    "then_some get_or_insert_with contains_key lenght size length push_back append_str "
    "to_upper first_or abs sqrt"
).split()


def deepdive():
    """Builds the deepdive binary (debug) and returns its path."""
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(REPO, "target"))
    subprocess.run(["cargo", "build", "-q", "-p", "explorer"], cwd=REPO, check=True)
    return os.path.join(target, "debug", "deepdive")


def rustc_errors(path):
    """rustc's errors as {line: (code, message)} (short format, first error of a line)."""
    out = subprocess.run(
        ["rustc", "--edition", "2021", "--emit=metadata", "-o", path + ".rmeta", path,
         "--error-format=short"],
        capture_output=True, text=True).stderr
    errors = {}
    for m in re.finditer(r"^[^:\n]+:(\d+):(\d+): error\[(E\d+)\]: (.*)$", out, re.M):
        errors.setdefault((int(m.group(1)), int(m.group(2))), (m.group(3), m.group(4)))
    return errors


def our_errors(binary, path):
    """Our errors as {(line, col): (code, message, label)} from the human-readable output."""
    out = subprocess.run([binary, "rust", path, "--emit", "hir"], capture_output=True,
                         text=True)
    text = out.stdout + out.stderr
    errors = {}
    pattern = r"^error\[(E\d+)\]: ([^\n]*)\n\s*--> [^:\n]+:(\d+):(\d+)\n(?:[^\n]*\n){2}[^\n]*\^+ ?([^\n]*)"
    for m in re.finditer(pattern, text, re.M):
        errors[(int(m.group(3)), int(m.group(4)))] = (m.group(1), m.group(2), m.group(5))
    return errors


def check_signatures(binary, tmp):
    lines, calls = [], {}
    for ty, cs in CALLS.items():
        for c in cs:
            lines.append(f"#[allow(unused_mut)]\nfn p{len(calls)}(mut x: {ty}) {{")
            calls[len("\n".join(lines).split("\n")) + 1] = (ty, c)
            lines.append(f"    let _: () = {c};\n}}")
    lines.append("fn main() {}")
    path = os.path.join(tmp, "sigs.rs")
    open(path, "w").write("\n".join(lines) + "\n")
    theirs = {line: err for (line, _), err in rustc_errors(path).items()}
    ours = {line: err for (line, _), err in our_errors(binary, path).items()}
    diffs, same, unknown = [], 0, 0
    for line, (ty, c) in sorted(calls.items()):
        if line not in ours:
            unknown += 1
            continue
        code, _, label = ours[line]
        found = re.search(r"found (.*)$", label)
        rc = theirs.get(line)
        rfound = re.search(r"found (.*)$", rc[1]) if rc else None
        if code == "E0308" and found and rc and rc[0] == "E0308" and rfound \
                and rfound.group(1) == found.group(1):
            same += 1
        else:
            diffs.append(f"{ty} :: {c}\n    rustc: {rc}\n    ours:  {ours[line]}")
    print(f"signatures: {same} calls typed as rustc types them, {unknown} left unknown, "
          f"{len(diffs)} different")
    return diffs


def check_e0599(binary, tmp):
    names = set(re.findall(r'"([a-z_][a-z0-9_]*)"', open(PRELUDE_RS).read()))
    names = sorted(names | set(COMMON_NAMES))
    diffs, same, silent = [], 0, 0
    for ty in E0599_TYPES:
        lines = [f"fn p{i}(x: {ty}) {{ let _ = x.{n}(); }}" for i, n in enumerate(names)]
        lines.append("fn main() {}")
        path = os.path.join(tmp, "names.rs")
        open(path, "w").write("\n".join(lines) + "\n")
        theirs = rustc_errors(path)
        ours = {k: v for k, v in our_errors(binary, path).items() if v[0] == "E0599"}
        silent += len(names) - len(ours)
        for at, (code, message, _) in sorted(ours.items()):
            rc = theirs.get(at)
            if rc and rc[0] == code and rc[1].startswith(message):
                same += 1
            else:
                diffs.append(f"{ty} at {at}: ours {code} {message!r}, rustc {rc}")
    print(f"E0599: {same} reports as rustc's, {silent} calls left alone, {len(diffs)} different")
    return diffs


def main():
    binary = deepdive()
    with tempfile.TemporaryDirectory() as tmp:
        diffs = check_signatures(binary, tmp) + check_e0599(binary, tmp)
    for d in diffs:
        print(d)
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
