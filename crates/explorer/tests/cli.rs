//! End-to-end tests of the `deepdive` command line: the CLI contract of DESIGN §3.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn deepdive(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_deepdive"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn temp_file(name: &str, contents: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("deepdive-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

#[test]
fn stages_not_built_say_so_with_exit_code_2() {
    let rust_file = temp_file("main.rs", b"fn main() {}\n");
    for stage in ["mir", "llvm-ir"] {
        let out = deepdive(&["rust", rust_file.to_str().unwrap(), "--emit", stage], b"");
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            text(&out.stderr),
            format!("deepdive: stage '{stage}' is not built yet\n")
        );
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn rust_hir_prints_rustcs_desugaring_and_name_errors_exit_1() {
    let file = temp_file(
        "seed_for.rs",
        b"fn main() {\n    for i in 0..10 {\n        println!(\"{}\", i);\n    }\n}\n",
    );
    let out = deepdive(&["rust", file.to_str().unwrap(), "--emit", "hir"], b"");
    assert_eq!(out.status.code(), Some(0));
    let hir = text(&out.stdout);
    assert!(hir.starts_with("extern crate std;\n#[attr = PreludeImport]\n"));
    assert!(hir.contains("None {} => break,"));
    let bad = temp_file("bad.rs", b"fn main() {\n    let x = y;\n}\n");
    let out = deepdive(&["rust", bad.to_str().unwrap(), "--emit", "hir"], b"");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.starts_with("error[E0425]: cannot find value `y` in this scope\n"));
    assert!(err.contains("bad.rs:2:13"));
    assert!(err.ends_with(
        "error: aborting due to 1 previous error\n\n\
         For more information about this error, try `rustc --explain E0425`.\n"
    ));
}

/// Exhaustiveness (E0004, E0005) and lifetime (E0106) errors come out of `--emit hir` as rustc
/// prints them: the whole report equals rustc's `.stderr`, its closing `For more information`
/// line included.
#[test]
fn rust_exhaustiveness_and_lifetime_errors_print_as_rustc() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test_data/rust/sema/errors");
    for name in [
        "e0004_enum_missing_variant.rs",
        "e0004_bool_tuple.rs",
        "e0005_let_enum_variant.rs",
        "e0106_two_ref_params.rs",
        "e0106_struct_field_ref.rs",
    ] {
        let src = std::fs::read(dir.join(name)).unwrap();
        let file = temp_file(name, &src);
        let out = deepdive(&["rust", file.to_str().unwrap(), "--emit", "hir"], b"");
        assert_eq!(out.status.code(), Some(1), "{name}");
        let expected = std::fs::read_to_string(dir.join(name).with_extension("stderr")).unwrap();
        let expected = expected.replace(name, file.to_str().unwrap());
        // rustc names the file as given; so do we (the temporary path here).
        assert_eq!(text(&out.stderr), expected, "{name}");
    }
}

const PYTHON_FIB: &str = "def fib(n):\n    if n <= 1:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nresult = fib(10)\nprint(result)\n";

#[test]
fn python_run_prints_what_python3_prints() {
    let file = temp_file("fib.py", PYTHON_FIB.as_bytes());
    let out = deepdive(&["python", file.to_str().unwrap(), "--emit", "run"], b"");
    assert_eq!(text(&out.stdout), "55\n");
    assert_eq!(text(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
    // `run` is the default stage.
    let out = deepdive(&["python", file.to_str().unwrap()], b"");
    assert_eq!(text(&out.stdout), "55\n");
}

#[test]
fn python_run_prints_cpythons_traceback_and_exits_1() {
    let file = temp_file("typeerror.py", b"x = 5\ny = \"hello\"\nz = x + y\n");
    let out = deepdive(&["python", file.to_str().unwrap(), "--emit", "run"], b"");
    assert_eq!(text(&out.stdout), "");
    assert_eq!(
        text(&out.stderr),
        format!(
            "Traceback (most recent call last):\n  File \"{}\", line 3, in <module>\n    z = x + y\n        ~~^~~\nTypeError: unsupported operand type(s) for +: 'int' and 'str'\n",
            file.display()
        )
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn python_run_stops_an_infinite_loop_at_the_fuel_budget() {
    let out = deepdive(
        &["python", "-", "--emit", "run", "--fuel", "100000"],
        b"print('start')\nwhile True:\n    pass\n",
    );
    assert_eq!(text(&out.stdout), "start\n");
    assert!(
        text(&out.stderr).starts_with("deepdive: execution stopped after 100000 instructions"),
        "{}",
        text(&out.stderr)
    );
    assert_ne!(out.status.code(), Some(0));
}

#[test]
fn python_trace_prints_one_json_line_per_step() {
    let out = deepdive(&["python", "-", "--emit", "trace"], PYTHON_FIB.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let (end, steps) = lines.split_last().unwrap();
    let end = &end["end"];
    assert_eq!(end["stdout"], "55\n");
    assert_eq!(end["exit_code"], 0);
    assert_eq!(end["truncated"], false);
    assert_eq!(end["instructions"].as_u64().unwrap() as usize, steps.len());
    assert_eq!(end["codes"][1]["qualname"], "fib");
    // Replay the stack deltas up to the first step inside fib: the module's stack then held
    // NULL, the function fib and 10 (CALL 1 ran).
    let mut stack: Vec<serde_json::Value> = Vec::new();
    let mut before_call = Vec::new();
    for step in steps {
        if step["code"] == 1 {
            break;
        }
        if let Some(delta) = step.get("stack") {
            stack.truncate(delta["keep"].as_u64().unwrap() as usize);
            stack.extend(delta["push"].as_array().unwrap().iter().cloned());
        }
        before_call = stack.clone();
    }
    assert_eq!(before_call.len(), 3, "{before_call:?}");
    assert_eq!(before_call[0], "NULL");
    assert!(
        before_call[1].is_u64(),
        "the function is a heap object: {before_call:?}"
    );
    assert_eq!(before_call[2], "10");
    // Every step names its instruction and the output printed so far.
    assert!(steps
        .iter()
        .all(|s| s["offset"].is_u64() && s["out"].is_u64()));
    assert_eq!(steps.last().unwrap()["out"], 3);
}

#[test]
fn standard_input_is_read_for_dash() {
    let out = deepdive(&["python", "-", "--emit", "tokens"], b"x = 1\n");
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("0,0-0,0:            ENCODING       'utf-8'        \n"));
    assert!(stdout.contains("1,4-1,5:            NUMBER         '1'"));

    let out = deepdive(&["rust", "-", "--emit", "tokens"], b"fn main() {}\n");
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).contains("\"main\""));
}

#[test]
fn rust_ast_prints_the_tree() {
    let out = deepdive(&["rust", "-", "--emit", "ast"], b"fn main() {}\n");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        text(&out.stdout),
        "Crate @1:1-2:1\n  items:\n    Fn ident=\"main\" @1:1-1:13\n      body: Block @1:11-1:13\n        stmts:\n"
    );
}

#[test]
fn rust_parse_errors_print_like_rustc_and_exit_1() {
    let out = deepdive(&["rust", "-", "--emit", "ast"], b"fn main() { let = 1; }\n");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.starts_with("error: expected pattern, found `=`\n --> <stdin>:1:17\n"),
        "{err}"
    );
    // No code to explain: rustc ends with an empty line.
    assert!(
        err.ends_with("error: aborting due to 1 previous error\n\n"),
        "{err}"
    );
}

#[test]
fn rust_lexer_errors_print_like_rustc_and_exit_1() {
    let out = deepdive(
        &["rust", "-", "--emit", "tokens"],
        b"fn main() { let s = \"abc; }\n",
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("error[E0765]: unterminated double quote string\n --> <stdin>:1:21\n")
    );
    assert!(stderr.ends_with(
        "error: aborting due to 1 previous error\n\n\
         For more information about this error, try `rustc --explain E0765`.\n"
    ));
}

#[test]
fn hir_reports_the_lexer_errors_rustc_reports_as_ast_does() {
    // rustc stops lexing at the stray `}`: the unterminated string after it is not reported.
    let src = b"fn main() {}\n}\nfn f() { let s = \"abc; }\n";
    let ast = deepdive(&["rust", "-", "--emit", "ast"], src);
    let hir = deepdive(&["rust", "-", "--emit", "hir"], src);
    assert_eq!(hir.status.code(), Some(1));
    let err = text(&hir.stderr);
    assert!(
        err.starts_with("error: unexpected closing delimiter: `}`\n"),
        "{err}"
    );
    assert!(!err.contains("E0765"), "{err}");
    assert_eq!(err, text(&ast.stderr));
}

#[test]
fn invalid_utf8_rust_is_refused_like_rustc() {
    let out = deepdive(&["rust", "-", "--emit", "tokens"], b"fn \xff() {}");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with(
        "error: couldn't read `<stdin>`: stream did not contain valid UTF-8\n  |\n  = note: invalid utf-8 at byte `3`\n"
    ));
}

#[test]
fn oversized_sources_are_refused() {
    let big = vec![b'#'; explorer::MAX_SOURCE_BYTES + 1];
    let out = deepdive(&["python", "-", "--emit", "tokens"], &big);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("over the 1 MiB source limit"));
    assert!(out.stdout.is_empty());
}

#[test]
fn missing_files_are_reported() {
    let out = deepdive(&["rust", "/no/such/file.rs", "--emit", "tokens"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("deepdive: cannot read /no/such/file.rs:"));
}

/// The CLI prints exactly what CPython's `python3 -m tokenize` printed for every input of the
/// token corpus (expectations generated by scripts/python_tokens_gen.py).
#[test]
fn python_tokens_match_the_cpython_corpus_end_to_end() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test_data/python/tokens");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        let expected = std::fs::read_to_string(path.with_extension("tokens")).unwrap();
        let out = deepdive(&["python", path.to_str().unwrap(), "--emit", "tokens"], b"");
        assert_eq!(text(&out.stdout), expected, "{}", path.display());
        checked += 1;
    }
    assert!(checked >= 40, "only {checked} corpus files");
}

/// `--emit ast` prints exactly CPython's `ast.dump` for every program of the AST corpus, and
/// CPython's report for every program of the syntax-error corpus (expectations generated by
/// scripts/python_ast_gen.py).
#[test]
fn python_ast_matches_the_cpython_corpus_end_to_end() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test_data/python");
    let mut checked = 0;
    for entry in std::fs::read_dir(root.join("ast")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "py") {
            continue;
        }
        let expected = std::fs::read_to_string(path.with_extension("ast")).unwrap();
        let out = deepdive(&["python", path.to_str().unwrap(), "--emit", "ast"], b"");
        assert_eq!(text(&out.stdout), expected, "{}", path.display());
        assert_eq!(out.status.code(), Some(0));
        checked += 1;
    }
    assert!(checked >= 60, "only {checked} AST corpus files");
}

/// `--emit bytecode` prints exactly CPython's `dis.dis(compile(…))` for every program of the
/// bytecode corpus (expectations generated by scripts/python_bytecode_gen.py; code object
/// addresses are printed as python_compiler::ADDRESS_PLACEHOLDER on both sides).
#[test]
fn python_bytecode_matches_the_cpython_corpus_end_to_end() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test_data/python/bytecode");
    let mut checked = 0;
    for entry in std::fs::read_dir(&root).unwrap() {
        let path = entry.unwrap().path();
        let expected = path.with_extension("dis");
        if path.extension().is_none_or(|e| e != "py") || !expected.exists() {
            continue;
        }
        let name = path.file_name().unwrap().to_str().unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_deepdive"))
            .args(["python", name, "--emit", "bytecode"])
            .current_dir(&root)
            .output()
            .unwrap();
        let expected = std::fs::read_to_string(expected).unwrap();
        assert_eq!(text(&out.stdout), expected, "{}", path.display());
        checked += 1;
    }
    assert!(checked >= 100, "only {checked} bytecode corpus files");
}
