//! The library modules of the VM (functools, collections, itertools, operator, copy, string,
//! heapq, bisect, dataclasses, abc, collections.abc, typing, enum, pprint, math, sys) against
//! CPython: every test_data/python/vm_modules/NAME.py runs through
//! `python_vm::run` and must print what python3 printed (NAME.out, and NAME.err when the
//! program wrote to stderr), as written by scripts/python_vm_modules_gen.py.

use std::path::PathBuf;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../test_data/python/vm_modules")
}

/// Replaces memory addresses (`0x7f...`) by `0x0000`, as they differ between runs.
fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        let digits = rest[i + 2..]
            .chars()
            .take_while(|c| c.is_ascii_hexdigit())
            .count();
        out.push_str(if digits > 0 { "0x0000" } else { "0x" });
        rest = &rest[i + 2 + digits..];
    }
    out.push_str(rest);
    out
}

/// Runs one program; `Err` describes how its output differs from CPython's.
fn check(name: &str) -> Result<(), String> {
    let dir = data_dir();
    let source = std::fs::read(dir.join(format!("{name}.py"))).unwrap();
    let expected_out = std::fs::read_to_string(dir.join(format!("{name}.out"))).unwrap();
    let expected_err = std::fs::read_to_string(dir.join(format!("{name}.err"))).unwrap_or_default();
    let out = python_vm::run(
        &source,
        &format!("{name}.py"),
        python_vm::RunOptions {
            fuel: 200_000_000,
            ..Default::default()
        },
    );
    let (got_out, want_out) = (normalize(&out.stdout), normalize(&expected_out));
    let (got_err, want_err) = (normalize(&out.stderr), normalize(&expected_err));
    if got_out != want_out || got_err != want_err {
        return Err(format!(
            "{name}:\n--- stdout (deepdive)\n{got_out}--- stdout (python3)\n{want_out}\
             --- stderr (deepdive)\n{got_err}--- stderr (python3)\n{want_err}"
        ));
    }
    Ok(())
}

#[test]
fn modules_match_cpython() {
    let mut names: Vec<String> = std::fs::read_dir(data_dir())
        .unwrap()
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".py").map(String::from)
        })
        .collect();
    names.sort();
    assert!(!names.is_empty());
    let failures: Vec<String> = names.iter().filter_map(|n| check(n).err()).collect();
    println!(
        "{} of {} module programs match CPython",
        names.len() - failures.len(),
        names.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
