//! Data-driven tests: every input of `test_data/python/tokens` against what CPython 3.11's
//! `python3 -m tokenize` printed for it.
//!
//! Beside each `NAME.py` lie the oracle's outputs, written by `scripts/python_tokens_gen.py`
//! (which runs the real `python3 -m tokenize NAME.py`; Python is not needed to run the tests):
//!
//! - `NAME.tokens`, its standard output;
//! - `NAME.stderr`, its standard error, when there was any;
//! - `NAME.exit`, its exit code, when it was not 0.
//!
//! The test also checks that every token's byte span and (line, column) positions agree with its
//! text in the original input.

use std::path::{Path, PathBuf};

use python_syntax::{tokenize, tokenize_report, TokenKind};
use source::LineIndex;

/// The folder of inputs.
fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test_data/python/tokens")
}

/// Every `.py` input, sorted.
fn inputs() -> Vec<PathBuf> {
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(data_dir())
        .expect("test_data/python/tokens exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    inputs.sort();
    inputs
}

/// The file's bytes as UTF-8 text (the oracle's output always is), or `None` if it is missing.
fn read_optional(path: &Path) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    Some(String::from_utf8(bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

/// A description of the first line where `expected` and `actual` differ.
fn first_difference(expected: &str, actual: &str) -> String {
    let line = expected
        .split_inclusive('\n')
        .zip(actual.split_inclusive('\n'))
        .position(|(e, a)| e != a)
        .unwrap_or(expected.lines().count().min(actual.lines().count()));
    format!(
        "line {}:\n    expected: {:?}\n    actual:   {:?}",
        line + 1,
        expected.split_inclusive('\n').nth(line).unwrap_or("<end>"),
        actual.split_inclusive('\n').nth(line).unwrap_or("<end>"),
    )
}

#[test]
fn reports_match_python_tokenize() {
    let inputs = inputs();
    assert!(
        inputs.len() >= 40,
        "expected at least 40 inputs, found {}",
        inputs.len()
    );
    let mut problems = Vec::new();
    for input in &inputs {
        let name = input.file_name().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read(input).expect("input readable");
        let Some(expected_stdout) = read_optional(&input.with_extension("tokens")) else {
            problems.push(format!(
                "{name}: no expectation {}; run `python3 scripts/python_tokens_gen.py`",
                input.with_extension("tokens").display()
            ));
            continue;
        };
        let expected_stderr = read_optional(&input.with_extension("stderr")).unwrap_or_default();
        let expected_exit: i32 = read_optional(&input.with_extension("exit"))
            .map(|text| text.trim().parse().expect("exit code is a number"))
            .unwrap_or(0);

        let report = tokenize_report(&source, &name);
        if report.exit_code != expected_exit {
            problems.push(format!(
                "{name}: exit code {} expected, got {}",
                expected_exit, report.exit_code
            ));
        }
        if report.stdout != expected_stdout {
            let diff = first_difference(&expected_stdout, &report.stdout);
            problems.push(format!("{name}: stdout differs at {diff}"));
        }
        if report.stderr != expected_stderr {
            let diff = first_difference(&expected_stderr, &report.stderr);
            problems.push(format!("{name}: stderr differs at {diff}"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {} inputs differ from python3 -m tokenize:\n{}",
        problems.len(),
        inputs.len(),
        problems.join("\n")
    );
}

#[test]
fn spans_agree_with_texts_and_positions() {
    let mut problems = Vec::new();
    for input in inputs() {
        let name = input.file_name().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read(&input).expect("input readable");
        let tokenized = tokenize(&source);
        // Spans hold the same text only where decoding is UTF-8, and a byte order mark shifts
        // the columns of line 1 (CPython does not count it).
        let utf8 = tokenized.tokens.first().is_some_and(|t| t.text == "utf-8");
        if !utf8 || source.starts_with(b"\xef\xbb\xbf") {
            continue;
        }
        let index = LineIndex::new(&source);
        for token in &tokenized.tokens {
            let span = token.span;
            assert!(span.start <= span.end && span.end as usize <= source.len());
            if matches!(token.kind, TokenKind::Encoding) {
                continue;
            }
            let text = String::from_utf8_lossy(&source[span.start as usize..span.end as usize]);
            if text != token.text {
                problems.push(format!("{name}: {token:?} covers {text:?}"));
            }
            if !token.text.is_empty() {
                let start = index.line_col(span.start);
                let end = index.line_col(span.end);
                // A token that ends with its line's `\n` ends, for CPython, past the last column
                // of its line; the line index puts that offset at the start of the next line.
                let end_pos = if token.text.ends_with('\n') {
                    (end.line - 1, token.end.1)
                } else {
                    (end.line, end.col - 1)
                };
                if (start.line, start.col - 1) != token.start || end_pos != token.end {
                    problems.push(format!("{name}: {token:?} is at {start:?}..{end:?}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
