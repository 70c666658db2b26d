//! Errors exactly as CPython 3.11 shows them: every program of `test_data/python/vm_errors`
//! runs through `python_vm::run` and must print the stdout, stderr and exit code that
//! `python3` gave (written by `scripts/python_vm_errors_gen.py`).

use std::path::{Path, PathBuf};

fn corpus() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../test_data/python/vm_errors")
}

/// Runs one program as `python3 NAME.py` would in its directory.
fn run(dir: &Path, name: &str) -> python_vm::RunOutput {
    let source = std::fs::read(dir.join(format!("{name}.py"))).expect("program");
    python_vm::run(
        &source,
        &format!("{name}.py"),
        python_vm::RunOptions {
            fuel: 200_000_000,
            ..python_vm::RunOptions::default()
        },
    )
}

/// Programs whose CPython behaviour the VM does not reproduce yet (outside the error
/// machinery); every other program must match.
const KNOWN: &[&str] = &[];

#[test]
fn errors_match_cpython() {
    let dir = corpus();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("test_data/python/vm_errors")
        .filter_map(|e| {
            let p = e.ok()?.path();
            if p.extension()? != "py" {
                return None;
            }
            Some(p.file_stem()?.to_string_lossy().into_owned())
        })
        .collect();
    names.sort();
    assert!(names.len() >= 30, "the corpus is missing");
    let mut failures = Vec::new();
    for name in &names {
        let out = run(&dir, name);
        let read = |ext: &str| {
            std::fs::read_to_string(dir.join(format!("{name}.{ext}"))).expect("expectation")
        };
        let code: i32 = read("code").trim().parse().expect("exit code");
        if out.stdout != read("out") || out.stderr != read("err") || out.exit_code != code {
            failures.push((
                name.clone(),
                format!(
                    "{name}: exit {} (want {code})\n--- stdout\n{}--- want\n{}--- stderr\n{}--- want\n{}",
                    out.exit_code,
                    out.stdout,
                    read("out"),
                    out.stderr,
                    read("err")
                ),
            ));
        }
    }
    println!(
        "vm_errors: {} of {} identical to CPython",
        names.len() - failures.len(),
        names.len()
    );
    let unexpected: Vec<&str> = failures
        .iter()
        .filter(|(name, _)| !KNOWN.contains(&name.as_str()))
        .map(|(_, report)| report.as_str())
        .collect();
    assert!(unexpected.is_empty(), "{}", unexpected.join("\n"));
}

#[test]
fn exception_groups_are_refused_clearly() {
    for source in [
        "raise ExceptionGroup('many', [ValueError(1)])\n",
        "try:\n    raise ValueError\nexcept* ValueError:\n    pass\n",
    ] {
        let out = python_vm::run(source.as_bytes(), "eg.py", python_vm::RunOptions::default());
        assert_eq!(out.exit_code, 1);
        assert!(
            out.stderr
                .contains("deepdive does not support exception groups yet"),
            "{}",
            out.stderr
        );
    }
}

#[test]
fn finalizers_are_refused_clearly() {
    let source = "print('before')\nclass Noisy:\n    def __del__(self):\n        print('bye')\nn = Noisy()\n";
    let out = python_vm::run(
        source.as_bytes(),
        "fin.py",
        python_vm::RunOptions::default(),
    );
    assert_eq!(out.exit_code, 1);
    assert_eq!(out.stdout, "before\n");
    assert!(
        out.stderr.contains("line 2, in <module>")
            && out.stderr.ends_with(
                "NotImplementedError: deepdive does not support __del__ (finalizers) yet\n"
            ),
        "{}",
        out.stderr
    );
}
