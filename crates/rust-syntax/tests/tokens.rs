//! Data-driven tests: every input of `test_data/rust/tokens` against its expectations.
//!
//! Beside each `NAME.rs` lie:
//!
//! - `NAME.tokens`, the output of [`format_tokens`] (what `deepdive rust NAME.rs --emit tokens`
//!   prints). It is a snapshot: when it is missing the test writes it and fails with "new
//!   snapshot written, review it"; `UPDATE_EXPECT=1 cargo test -p rust-syntax --test tokens`
//!   rewrites them all. The token boundaries and kinds in it are checked against rustc's own
//!   lexer by `tests/oracle.rs`, which also walks this folder.
//! - `NAME.codes`, the lexer errors real rustc reports for the file, one a line as
//!   `CODE START..END message` (the error code or `-`, the byte range of the primary span, the
//!   message), written by `scripts/rust_tokens_gen_codes.sh`. Our diagnostics must give the
//!   same lines.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use rust_syntax::{format_tokens, lex};

/// The folder of inputs.
fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test_data/rust/tokens")
}

/// Every `.rs` input, sorted.
fn inputs() -> Vec<PathBuf> {
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(data_dir())
        .expect("test_data/rust/tokens exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    inputs.sort();
    inputs
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn token_snapshots() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some_and(|v| v == "1");
    let mut problems = Vec::new();
    let inputs = inputs();
    assert!(inputs.len() >= 30, "expected at least 30 inputs");
    for input in inputs {
        let src = read(&input);
        let actual = format_tokens(&src, &lex(&src));
        let expected_path = input.with_extension("tokens");
        if update || !expected_path.exists() {
            std::fs::write(&expected_path, &actual).expect("snapshot written");
            if !update {
                problems.push(format!(
                    "{}: new snapshot written, review it",
                    expected_path.display()
                ));
            }
            continue;
        }
        let expected = read(&expected_path);
        if expected != actual {
            let line = expected
                .lines()
                .zip(actual.lines())
                .position(|(e, a)| e != a)
                .unwrap_or(expected.lines().count().min(actual.lines().count()));
            problems.push(format!(
                "{}: differs from the snapshot at line {}:\n  expected: {}\n  actual:   {}\n  \
                 (rerun with UPDATE_EXPECT=1 to accept)",
                expected_path.display(),
                line + 1,
                expected.lines().nth(line).unwrap_or("<end>"),
                actual.lines().nth(line).unwrap_or("<end>"),
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn same_lexer_errors_as_rustc() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for input in inputs() {
        let codes_path = input.with_extension("codes");
        if !codes_path.exists() {
            problems.push(format!(
                "{}: missing; run scripts/rust_tokens_gen_codes.sh",
                codes_path.display()
            ));
            continue;
        }
        let expected: BTreeSet<String> = read(&codes_path).lines().map(str::to_string).collect();
        let src = read(&input);
        let actual: BTreeSet<String> = lex(&src)
            .diagnostics
            .iter()
            .map(|d| {
                let span = d.primary_span();
                let code = d.code.as_deref().unwrap_or("-");
                format!("{code} {}..{} {}", span.start, span.end, d.message)
            })
            .collect();
        if expected != actual {
            problems.push(format!(
                "{}:\n  rustc only: {:?}\n  ours only:  {:?}",
                input.display(),
                expected.difference(&actual).collect::<Vec<_>>(),
                actual.difference(&expected).collect::<Vec<_>>(),
            ));
        }
        checked += 1;
    }
    println!("{checked} inputs checked against rustc's lexer errors");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
