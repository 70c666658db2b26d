//! Parse errors against rustc's: every input of `test_data/rust/parse_errors`.
//!
//! Beside each `NAME.rs` lies `NAME.errors`, the syntax errors real rustc reports for it, one a
//! line as `LINE:COL message` (the earliest primary span), written by
//! `scripts/rust_parse_errors_gen.py` from `rustc -Zparse-crate-root-only`, never by hand.
//!
//! Required: we report an error exactly when rustc does, and our first error is on the line of
//! rustc's first error. The other agreements (the column, the message, the later errors found
//! after recovery) are counted and printed with `--nocapture`, not required: rustc's recovery
//! and its `expected one of …` lists are only approximated.

use std::path::{Path, PathBuf};

use rust_syntax::parse;
use source::LineIndex;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test_data/rust/parse_errors")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Our errors for `src`, as `(line, col, message)`.
fn ours(src: &str) -> Vec<(u32, u32, String)> {
    let index = LineIndex::new(src.as_bytes());
    parse(src)
        .diagnostics
        .iter()
        .map(|d| {
            let at = d
                .labels
                .iter()
                .filter(|l| l.primary)
                .map(|l| l.span.start)
                .min()
                .unwrap_or(0);
            let lc = index.line_col_rustc(at);
            (lc.line, lc.col, d.message.clone())
        })
        .collect()
}

/// rustc's errors from a `.errors` file.
fn theirs(text: &str) -> Vec<(u32, u32, String)> {
    text.lines()
        .filter_map(|line| {
            let (at, message) = line.split_once(' ')?;
            let (l, c) = at.split_once(':')?;
            Some((l.parse().ok()?, c.parse().ok()?, message.to_string()))
        })
        .collect()
}

#[test]
fn parse_errors_match_rustc() {
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(data_dir())
        .expect("test_data/rust/parse_errors exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 20, "expected at least 20 inputs");
    let mut problems = Vec::new();
    let (mut same_col, mut same_message, mut rustc_total, mut later_found) = (0, 0, 0, 0);
    for input in &inputs {
        let expected_path = input.with_extension("errors");
        if !expected_path.exists() {
            problems.push(format!(
                "{}: missing; run scripts/rust_parse_errors_gen.py",
                expected_path.display()
            ));
            continue;
        }
        let expected = theirs(&read(&expected_path));
        let actual = ours(&read(input));
        let name = input.file_name().unwrap().to_string_lossy();
        match (expected.first(), actual.first()) {
            (None, None) => {}
            (Some(e), Some(a)) => {
                if e.0 != a.0 {
                    problems.push(format!(
                        "{name}: first error on line {} (rustc: line {}):\n  ours:  {}:{} {}\n  rustc: {}:{} {}",
                        a.0, e.0, a.0, a.1, a.2, e.0, e.1, e.2
                    ));
                }
                same_col += usize::from(e.1 == a.1 && e.0 == a.0);
                same_message += usize::from(e.2 == a.2);
            }
            (Some(e), None) => problems.push(format!(
                "{name}: no error reported; rustc: {}:{} {}",
                e.0, e.1, e.2
            )),
            (None, Some(a)) => problems.push(format!(
                "{name}: rustc accepts it, we report {}:{} {}",
                a.0, a.1, a.2
            )),
        }
        rustc_total += expected.len();
        later_found += expected
            .iter()
            .skip(1)
            .filter(|e| actual.iter().any(|a| a.0 == e.0))
            .count();
        for a in &actual {
            if !expected
                .iter()
                .any(|e| (e.0, e.1, &e.2) == (a.0, a.1, &a.2))
            {
                println!("{name}: ours  {}:{} {}", a.0, a.1, a.2);
            }
        }
        for e in &expected {
            if !actual.iter().any(|a| (e.0, e.1, &e.2) == (a.0, a.1, &a.2)) {
                println!("{name}: rustc {}:{} {}", e.0, e.1, e.2);
            }
        }
    }
    println!(
        "{} inputs; first error: same column in {same_col}, same message in {same_message}; \
         later rustc errors also found on their line: {later_found} of {}",
        inputs.len(),
        rustc_total.saturating_sub(inputs.len())
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
