//! Container and number conformance: every program in `test_data/python/vm_containers` runs
//! through `python_vm::run` and must print exactly what CPython 3.11 printed (the `.out`
//! files, written by `scripts/python_vm_containers_gen.py` under `PYTHONHASHSEED=0`).

use std::path::PathBuf;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../test_data/python/vm_containers")
}

#[test]
fn containers_match_cpython() {
    let dir = data_dir();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("test_data/python/vm_containers exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".py").map(String::from)
        })
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no programs in {}", dir.display());
    let mut failures = Vec::new();
    for name in &names {
        let source = std::fs::read(dir.join(format!("{name}.py"))).expect("program");
        let expected = std::fs::read_to_string(dir.join(format!("{name}.out"))).expect("output");
        let out = python_vm::run(
            &source,
            &format!("{name}.py"),
            python_vm::RunOptions::default(),
        );
        let got = format!("{}{}", out.stdout, out.stderr);
        if got != expected {
            let line = got
                .lines()
                .zip(expected.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| got.lines().count().min(expected.lines().count()));
            failures.push(format!(
                "{name}: first difference at line {}\n  got:      {:?}\n  expected: {:?}",
                line + 1,
                got.lines().nth(line).unwrap_or("<end>"),
                expected.lines().nth(line).unwrap_or("<end>")
            ));
        }
    }
    println!(
        "{} passed, {} failed",
        names.len() - failures.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
