//! The type checker against rustc, over the front-end corpus of `test_data/rust`.
//!
//! - Every program of `sema/valid` and `borrowck` must type-check with no diagnostic (a false
//!   error fails the test).
//! - Every program of `sema/errors` whose `.codes` holds a code the checker implements is
//!   compared with rustc's codes and `line:col`; the pass count per code is printed (run with
//!   `--nocapture`), and programs not handled yet are listed, not failed. A program whose
//!   `.codes` holds another code must get no type error of ours at all (the type checker runs
//!   only when names resolved, as in the pipeline).
//! - The prelude (`Option` and `Result` written in the subset) lowers and type-checks with no
//!   diagnostic, and calls of prelude and std methods (closures included) get the types rustc
//!   gives them.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use source::LineIndex;

/// The codes the type checker reports.
const TYPE_CODES: &[&str] = &[
    "E0308", "E0061", "E0063", "E0560", "E0599", "E0369", "E0277", "E0004", "E0005",
];

fn programs(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../test_data/rust")
        .join(dir);
    let mut v: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("corpus folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    v.sort();
    v
}

/// Our type errors as `CODE LINE:COL MESSAGE` lines, sorted by position.
fn type_errors(src: &str) -> Vec<String> {
    let parsed = rust_syntax::parse(src);
    assert!(parsed.diagnostics.is_empty(), "parse errors");
    let lowered = rust_sema::lower(src, &parsed.krate);
    // As in rustc (and deepdive's pipeline), type checking runs only after names resolved.
    if !lowered.diagnostics.is_empty() {
        return Vec::new();
    }
    let checked = rust_sema::check(src, &lowered.hir);
    let index = LineIndex::new(src.as_bytes());
    let mut out: Vec<(u32, String)> = checked
        .diagnostics
        .iter()
        .map(|d| {
            let span = d.primary_span();
            let at = index.line_col(span.start);
            let code = d.code.as_deref().unwrap_or("-");
            (
                span.start,
                format!("{code} {}:{} {}", at.line, at.col, d.message),
            )
        })
        .collect();
    out.sort();
    out.into_iter().map(|x| x.1).collect()
}

fn stem(p: &Path) -> String {
    p.file_stem().unwrap().to_string_lossy().into_owned()
}

#[test]
fn valid_programs_type_check_without_errors() {
    let mut all = programs("sema/valid");
    all.extend(programs("borrowck"));
    let mut failures = Vec::new();
    for p in &all {
        let src = std::fs::read_to_string(p).unwrap();
        let errors = type_errors(&src);
        if !errors.is_empty() {
            failures.push(format!("{}: {errors:?}", stem(p)));
        }
    }
    eprintln!(
        "valid + borrowck: {}/{} type-check with no false error",
        all.len() - failures.len(),
        all.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn type_errors_match_rustc() {
    let mut per_code: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    let mut not_yet = Vec::new();
    let mut false_errors = Vec::new();
    for p in programs("sema/errors") {
        let src = std::fs::read_to_string(&p).unwrap();
        let expected: Vec<String> = std::fs::read_to_string(p.with_extension("codes"))
            .unwrap()
            .lines()
            .map(|l| l.splitn(3, ' ').take(2).collect::<Vec<_>>().join(" "))
            .collect();
        let ours = type_errors(&src);
        let ours_short: Vec<String> = ours
            .iter()
            .map(|l| l.splitn(3, ' ').take(2).collect::<Vec<_>>().join(" "))
            .collect();
        let code = expected
            .first()
            .and_then(|l| l.split(' ').next())
            .unwrap_or("-")
            .to_string();
        if !TYPE_CODES.contains(&code.as_str()) {
            if !ours.is_empty() {
                false_errors.push(format!("{}: rustc {expected:?}, ours {ours:?}", stem(&p)));
            }
            continue;
        }
        let entry = per_code.entry(code).or_default();
        entry.1 += 1;
        if ours_short == expected {
            entry.0 += 1;
        } else {
            not_yet.push(format!("{}: rustc {expected:?}, ours {ours:?}", stem(&p)));
        }
    }
    for (code, (pass, total)) in &per_code {
        eprintln!("{code}: {pass}/{total} programs give exactly rustc's codes and positions");
    }
    eprintln!("not handled yet ({}):", not_yet.len());
    for n in &not_yet {
        eprintln!("  {n}");
    }
    assert!(false_errors.is_empty(), "{}", false_errors.join("\n"));
}

/// Programs beyond the corpus that once gave false errors (or guard against them): rustc
/// accepts each, so the checker must report nothing.
#[test]
fn regression_programs_type_check_without_errors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/typeck_valid");
    let mut all: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("tests/typeck_valid")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    all.sort();
    assert!(!all.is_empty());
    for p in &all {
        let src = std::fs::read_to_string(p).unwrap();
        let lowered = rust_sema::lower(&src, &rust_syntax::parse(&src).krate);
        assert!(
            lowered.diagnostics.is_empty(),
            "{}: {:?}",
            stem(p),
            lowered.diagnostics
        );
        let errors = type_errors(&src);
        assert!(errors.is_empty(), "{}: {errors:?}", stem(p));
    }
}

/// A few errors outside the corpus, with rustc's codes, positions and messages.
#[test]
fn errors_outside_the_corpus_match_rustc() {
    let src = "struct S { a: i32 }\n\
               impl S { fn get(&self) -> i32 { self.a } }\n\
               fn f(x: i32) -> i32 { x }\n\
               fn main() {\n\
               \x20   let s = S { a: 1 };\n\
               \x20   let b: bool = s.get();\n\
               \x20   let t = f(true);\n\
               \x20   let u = s.nothing();\n\
               \x20   let v: String = \"x\";\n\
               \x20   let w = if b { 1 } else { 2.0 };\n\
               \x20   let q: Vec<u8> = vec![1, 2, \"3\"];\n\
               \x20   let m = 1u8 + 2i64;\n\
               }\n";
    let expected = [
        "E0308 6:19 mismatched types",
        "E0308 7:15 mismatched types",
        "E0599 8:15 no method named `nothing` found for struct `S` in the current scope",
        "E0308 9:21 mismatched types",
        "E0308 10:31 `if` and `else` have incompatible types",
        "E0308 11:33 mismatched types",
        "E0277 12:17 cannot add `i64` to `u8`",
        "E0308 12:19 mismatched types",
    ];
    assert_eq!(type_errors(src), expected);
}

/// The E0004 and E0005 programs give rustc's whole `.codes` line: code, position and message
/// (the witnesses rustc lists, in its order).
#[test]
fn exhaustiveness_messages_match_rustc() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for p in programs("sema/errors") {
        if !(stem(&p).starts_with("e0004_") || stem(&p).starts_with("e0005_")) {
            continue;
        }
        checked += 1;
        let src = std::fs::read_to_string(&p).unwrap();
        let expected: Vec<String> = std::fs::read_to_string(p.with_extension("codes"))
            .unwrap()
            .lines()
            .map(String::from)
            .collect();
        let ours = type_errors(&src);
        if ours != expected {
            failures.push(format!("{}: rustc {expected:?}, ours {ours:?}", stem(&p)));
        }
    }
    eprintln!(
        "E0004/E0005 messages: {}/{checked} programs give rustc's exact lines",
        checked - failures.len()
    );
    assert!(checked > 0);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A match whose or-patterns multiply into millions of rows: the exhaustiveness check stops at
/// its work bound (reporting nothing rather than running for minutes), and deep patterns stop
/// at its depth bound, without overflowing the stack.
#[test]
fn exhaustiveness_checking_is_bounded() {
    let n = 24;
    let ty = vec!["bool"; n].join(", ");
    let pat = vec!["true | false"; n].join(", ");
    let src = format!(
        "fn f(t: ({ty})) -> u8 {{\n    match t {{\n        ({pat}) if t.0 => 1,\n        \
         ({pat}) => 2,\n    }}\n}}\nfn main() {{}}\n"
    );
    let started = std::time::Instant::now();
    assert!(type_errors(&src).is_empty());
    assert!(started.elapsed().as_secs() < 60);
    let depth = 120;
    let deep = format!(
        "fn main() {{\n    let x = {}1{};\n    match x {{\n        {}0{} => {{}}\n        None => {{}}\n    }}\n}}\n",
        "Some(".repeat(depth),
        ")".repeat(depth),
        "Some(".repeat(depth),
        ")".repeat(depth),
    );
    let errors = type_errors(&deep);
    assert!(errors.iter().all(|e| e.starts_with("E0004")), "{errors:?}");
}

/// The prelude (`Option` and `Result` written in the subset) is lowered and type-checked by
/// our own front end with no diagnostic, and its bodies are really typed.
#[test]
fn the_prelude_type_checks_without_errors() {
    let lib = rust_sema::prelude::library();
    assert!(
        lib.lowered.diagnostics.is_empty(),
        "{:?}",
        lib.lowered.diagnostics
    );
    let checked = rust_sema::prelude::check_prelude();
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    let typed = checked
        .expr_tys
        .iter()
        .filter(|t| !t.has_error() && !matches!(t, rust_sema::ty::Ty::Infer(_)))
        .count();
    assert!(typed > 100, "only {typed} prelude expressions typed");
}

/// The type of `expr` (written after the statements `setup` in `main`) as rustc prints it.
fn type_of(setup: &str, expr: &str) -> String {
    let src = format!("fn main() {{\n    {setup}\n    let _v = {expr};\n}}\n");
    type_in(&src, expr)
}

/// The type of the last occurrence of the expression `expr` in `src`, as rustc prints it.
fn type_in(src: &str, expr: &str) -> String {
    let src = src.to_string();
    let parsed = rust_syntax::parse(&src);
    assert!(parsed.diagnostics.is_empty(), "parse errors in {src}");
    let lowered = rust_sema::lower(&src, &parsed.krate);
    assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
    let checked = rust_sema::typeck::check(&src, &lowered.hir);
    assert!(checked.diagnostics.is_empty(), "{:?}", checked.diagnostics);
    let start = src.rfind(expr).unwrap() as u32;
    let end = start + expr.len() as u32;
    let id = lowered
        .hir
        .exprs
        .iter()
        // The outermost expression with that span (a desugaring's parts share its span and
        // are lowered before it).
        .rposition(|e| e.span.start == start && e.span.end == end)
        .expect("the expression");
    let names = |id: rust_sema::hir::ItemId| lowered.hir.item(id).name.clone();
    rust_sema::ty::InferTable::default().display(&checked.expr_tys[id], &names)
}

/// Calls of prelude and std methods get the types rustc gives them (closures' parameter and
/// return types inferred from the methods' `Fn` bounds).
#[test]
fn prelude_and_std_methods_give_rustc_types() {
    let cases = [
        ("", "Some(3).map(|x| x as f64)", "Option<f64>"),
        ("", "Some(2).unwrap_or(0)", "i32"),
        ("", "Some(5).ok_or(\"none\")", "Result<i32, &str>"),
        ("", "Some(&4).copied()", "Option<i32>"),
        (
            "let s = Some(String::new());",
            "s.as_ref().map(|s| s.len())",
            "Option<usize>",
        ),
        (
            "let r: Result<i32, String> = Ok(1);",
            "r.map_err(|e| e.len())",
            "Result<i32, usize>",
        ),
        (
            "let r: Result<i32, String> = Ok(1);",
            "r.ok()",
            "Option<i32>",
        ),
        (
            "let r: Result<i32, String> = Ok(1);",
            "r.and_then(|x| if x > 0 { Ok(x as u8) } else { Err(String::new()) })",
            "Result<u8, String>",
        ),
        (
            "let v = vec![1, 2, 3];",
            "v.iter().map(|x| x * 2).collect::<Vec<i32>>()",
            "Vec<i32>",
        ),
        (
            "let v = vec![1, 2, 3];",
            "v.iter().filter(|x| **x > 1).count()",
            "usize",
        ),
        ("let v = vec![1u8, 2];", "v.first().cloned()", "Option<u8>"),
        (
            "",
            "\"a b\".split_whitespace().map(|w| w.len()).max()",
            "Option<usize>",
        ),
        (
            "let mut v = vec![3, 1];",
            "v.sort_by(|a, b| b.cmp(a))",
            "()",
        ),
        ("", "Some(1).zip(Some(\"a\"))", "Option<(i32, &str)>"),
        ("", "Some(Some(2u8)).flatten()", "Option<u8>"),
        ("", "Some(2).is_some_and(|x| x > 1)", "bool"),
        ("", "Some(3).iter().map(|x| x + 1).sum::<i32>()", "i32"),
        (
            "let mut o: Option<Vec<i32>> = None;",
            "o.get_or_insert_with(Vec::new)",
            "&mut Vec<i32>",
        ),
        (
            "let r: Result<i32, String> = Ok(1);",
            "r.map_or(0.5, |x| x as f64)",
            "f64",
        ),
    ];
    for (setup, expr, want) in cases {
        assert_eq!(type_of(setup, expr), want, "{expr}");
    }
}

/// `e?` has the type of the `Ok` or `Some` value of `e`.
#[test]
fn question_mark_gives_the_ok_or_some_type() {
    let src = "fn f(s: &str) -> Result<i32, std::num::ParseIntError> {\n\
               \x20   let n = s.parse::<i32>()?;\n\
               \x20   Ok(n)\n\
               }\n\
               fn g(v: &[u8]) -> Option<u8> {\n\
               \x20   let x = v.first()?;\n\
               \x20   Some(*x)\n\
               }\n\
               fn main() {\n\
               \x20   let _ = f(\"1\");\n\
               \x20   let _ = g(&[1]);\n\
               }\n";
    assert_eq!(type_in(src, "s.parse::<i32>()?"), "i32");
    assert_eq!(type_in(src, "v.first()?"), "&u8");
}
