//! The corpus test: every program in `test_data/python/bytecode/` compiles to exactly what
//! CPython 3.11's `dis` prints for it (`NAME.dis`), or fails with the error `python3` prints
//! (`NAME.err`). Expectations come from `scripts/python_bytecode_gen.py`.

use std::path::{Path, PathBuf};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test_data/python/bytecode")
}

/// Compiles one corpus file and renders what the matching expectation file holds.
fn render(path: &Path) -> (String, &'static str) {
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("?")
        .to_string();
    let source = std::fs::read(path).expect("corpus file is readable");
    match python_compiler::compile_source(&source, &name) {
        Ok(code) => (python_compiler::dis(&code), "dis"),
        Err(text) => (text, "err"),
    }
}

fn first_difference(ours: &str, theirs: &str) -> String {
    for (i, (a, b)) in ours.lines().zip(theirs.lines()).enumerate() {
        if a != b {
            return format!("line {}:\n    ours:    {a}\n    CPython: {b}", i + 1);
        }
    }
    format!(
        "lengths differ: ours {} lines, CPython {} lines",
        ours.lines().count(),
        theirs.lines().count()
    )
}

#[test]
fn corpus_matches_cpython() {
    let dir = corpus_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus directory exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    let mut mismatches = Vec::new();
    let mut total = 0;
    for path in &files {
        let (ours, kind) = render(path);
        let dis_path = path.with_extension("dis");
        let err_path = path.with_extension("err");
        let expected = if dis_path.exists() {
            Some((
                "dis",
                std::fs::read_to_string(&dis_path).unwrap_or_default(),
            ))
        } else if err_path.exists() {
            Some((
                "err",
                std::fs::read_to_string(&err_path).unwrap_or_default(),
            ))
        } else {
            None
        };
        let Some((want_kind, theirs)) = expected else {
            continue;
        };
        total += 1;
        if kind != want_kind || ours != theirs {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
            mismatches.push(format!("{name}: {}", first_difference(&ours, &theirs)));
        }
    }
    println!(
        "{}/{} corpus programs identical to CPython",
        total - mismatches.len(),
        total
    );
    for m in &mismatches {
        println!("MISMATCH {m}");
    }
    assert!(
        mismatches.is_empty(),
        "{} of {} corpus programs differ",
        mismatches.len(),
        total
    );
}
