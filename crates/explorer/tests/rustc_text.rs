//! deepdive's error text against rustc's, over the Rust front-end corpus.
//!
//! Every program of `test_data/rust/sema/errors`, `test_data/rust/borrowck` and
//! `test_data/rust/names` has the text rustc 1.95 prints for it (`NAME.stderr`, written by `scripts/rust_sema_gen.py`), and every
//! input of `test_data/rust/parse_errors` the text of its parse errors (written by
//! `scripts/rust_parse_errors_gen.py`). This test renders deepdive's errors for each program as
//! `deepdive rust NAME.rs --emit hir` prints them (`--emit ast` for the parse errors) and
//! compares:
//!
//! - wherever deepdive's first line (`error[CODE]: message`) is rustc's, the ` --> file:line:col`
//!   line under it must be rustc's too;
//! - the programs listed in `test_data/rust/rustc_text_matches.txt` must match rustc's text byte
//!   for byte (a ratchet: a program that matched may not stop matching). Run with
//!   `DEEPDIVE_BLESS=1` to rewrite the list from what matches now.
//!
//! The counts are printed (run with `--nocapture`).

use std::path::{Path, PathBuf};

use explorer::cli::{self, RustEmit};

/// The programs with rustc's text, each with the stage that reports its errors.
fn corpus() -> Vec<(PathBuf, RustEmit)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test_data/rust");
    let mut all = Vec::new();
    for (dir, emit) in [
        ("sema/errors", RustEmit::Hir),
        ("borrowck", RustEmit::Hir),
        ("names", RustEmit::Hir),
        ("parse_errors", RustEmit::Ast),
    ] {
        for entry in std::fs::read_dir(root.join(dir)).expect("corpus folder") {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|x| x == "rs") && path.with_extension("stderr").exists()
            {
                all.push((path, emit));
            }
        }
    }
    all.sort_by(|a, b| a.0.cmp(&b.0));
    all
}

fn matches_file() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test_data/rust/rustc_text_matches.txt")
}

#[test]
fn error_text_matches_rustc() {
    let mut exact = Vec::new();
    let mut headers = 0;
    let mut failures = Vec::new();
    let programs = corpus();
    for (path, emit) in &programs {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let source = std::fs::read(path).unwrap();
        let expected = std::fs::read_to_string(path.with_extension("stderr")).unwrap();
        let ours = cli::rust(&source, &name, *emit).stderr;
        if ours == expected {
            exact.push(name.trim_end_matches(".rs").to_string());
        }
        let (mut o, mut e) = (ours.lines(), expected.lines());
        if o.next() == e.next() {
            headers += 1;
            let (o2, e2) = (o.next(), e.next());
            if o2 != e2 {
                failures.push(format!("{name}: position line {o2:?}, rustc {e2:?}"));
            }
        }
    }
    eprintln!(
        "{} programs: first line as rustc's in {headers}, whole text as rustc's in {}",
        programs.len(),
        exact.len()
    );
    if std::env::var_os("DEEPDIVE_BLESS").is_some() {
        std::fs::write(matches_file(), exact.join("\n") + "\n").unwrap();
    } else {
        let listed = std::fs::read_to_string(matches_file()).unwrap_or_default();
        for name in listed.lines().filter(|l| !l.is_empty()) {
            if !exact.iter().any(|e| e == name) {
                failures.push(format!("{name}: no longer prints rustc's text"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
