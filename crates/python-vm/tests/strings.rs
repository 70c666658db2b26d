//! The string and formatting tests: every program in `test_data/python/vm_strings/` prints,
//! when run by the VM, exactly what CPython 3.11 printed for it (`NAME.out`, written by
//! `scripts/python_vm_strings_gen.py`), and exits cleanly. Plus a few direct checks of the
//! formatting routines that need no program.

use std::path::{Path, PathBuf};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test_data/python/vm_strings")
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
fn strings_match_cpython() {
    let dir = corpus_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("test_data/python/vm_strings exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no programs in {}", dir.display());
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        let source = std::fs::read(path).expect("program is readable");
        let expected = std::fs::read_to_string(path.with_extension("out")).unwrap_or_default();
        let out = python_vm::run(&source, name, python_vm::RunOptions::default());
        if out.stdout != expected || out.exit_code != 0 {
            failures.push(format!(
                "{name} (exit {}): {}\n{}",
                out.exit_code,
                first_difference(&out.stdout, &expected),
                out.stderr
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from CPython:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn float_bodies_round_half_even_on_the_binary_value() {
    use python_vm::format::float_body;
    // 2.675 is 2.67499999999999982236431605997495353221893310546875 in binary.
    assert_eq!(float_body(2.675, 'f', 2, false, false), "2.67");
    assert_eq!(float_body(0.125, 'f', 2, false, false), "0.12");
    assert_eq!(float_body(0.375, 'f', 2, false, false), "0.38");
    assert_eq!(float_body(1e16, 'r', 0, false, true), "1e+16");
    assert_eq!(float_body(1234.5, 'g', 3, false, false), "1.23e+03");
    assert_eq!(float_body(100.0, 'g', 3, true, false), "100.");
    assert_eq!(float_body(1.5, 'g', 1, false, true), "2e+00");
}
