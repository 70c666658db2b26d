//! Data-driven tests of the parser: every input of `test_data/rust/ast` against its snapshot.
//!
//! Beside each `NAME.rs` lies `NAME.ast`, the output of [`rust_syntax::ast::print`] followed by
//! the diagnostics (what `deepdive rust NAME.rs --emit ast` prints). It is a snapshot: when it is
//! missing the test writes it and fails with "new snapshot written, review it";
//! `UPDATE_EXPECT=1 cargo test -p rust-syntax --test ast` rewrites them all.

use std::path::{Path, PathBuf};

use rust_syntax::{ast, parse};
use source::LineIndex;

/// The folder of inputs.
fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test_data/rust/ast")
}

/// Every `.rs` input, sorted.
fn inputs() -> Vec<PathBuf> {
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(data_dir())
        .expect("test_data/rust/ast exists")
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

/// The snapshot text: the tree, then one line per diagnostic.
fn render(src: &str) -> String {
    let parsed = parse(src);
    let mut out = ast::print(src, &parsed.krate);
    let index = LineIndex::new(src.as_bytes());
    for d in &parsed.diagnostics {
        let at = index.line_col(d.primary_span().start);
        out += &format!("error {}:{}: {}\n", at.line, at.col, d.message);
    }
    out
}

#[test]
fn ast_snapshots() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some_and(|v| v == "1");
    let mut problems = Vec::new();
    let inputs = inputs();
    assert!(!inputs.is_empty(), "no inputs");
    for input in inputs {
        let src = read(&input);
        let actual = render(&src);
        let name = input.file_name().unwrap().to_string_lossy().to_string();
        if !name.starts_with("err_") && actual.contains("\nerror ") {
            problems.push(format!(
                "{}: unexpected diagnostics:\n{actual}",
                input.display()
            ));
        }
        let expected_path = input.with_extension("ast");
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

/// The inputs that must parse cleanly are valid Rust for rustc's own parser too (checked when
/// `rustc` is installed: `-Zparse-crate-root-only`, enabled on a stable compiler by
/// `RUSTC_BOOTSTRAP=1`, stops after parsing).
#[test]
fn clean_inputs_parse_with_rustc_too() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for input in inputs() {
        let name = input.file_name().unwrap().to_string_lossy().to_string();
        if name.starts_with("err_") {
            continue;
        }
        let out = std::process::Command::new("rustc")
            .args([
                "--edition",
                "2021",
                "-Zparse-crate-root-only",
                "--error-format=short",
            ])
            .arg(&input)
            .env("RUSTC_BOOTSTRAP", "1")
            .output();
        let Ok(out) = out else {
            println!("rustc is not installed; skipped");
            return;
        };
        checked += 1;
        if !out.status.success() {
            problems.push(format!("{name}: {}", String::from_utf8_lossy(&out.stderr)));
        }
    }
    println!("{checked} inputs accepted by rustc's parser");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
