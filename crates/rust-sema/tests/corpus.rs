//! Name resolution and lowering against rustc, over the front-end corpus of `test_data/rust`.
//!
//! - Every program of `sema/valid` and `borrowck` must lower and resolve with no diagnostic,
//!   and its HIR must pass `verify`.
//! - Every program of `sema/errors` whose `.codes` (rustc's errors, from
//!   `scripts/rust_sema_gen.py`) holds a name-resolution code must give exactly rustc's codes
//!   at rustc's `line:col`; the same for the name and format-string programs of `names`
//!   (`.codes` from the same script).
//! - The other error programs (type errors) must give no name error at all: rustc resolved
//!   their names, so any diagnostic of ours would be a false one.

use std::path::{Path, PathBuf};

use source::LineIndex;

/// The codes rustc's resolver (and `format_args!`) report, which this stage owns.
const NAME_CODES: &[&str] = &[
    "E0425", "E0412", "E0433", "E0432", "E0423", "E0422", "E0531", "E0532", "E0405", "E0426",
    "E0424", "E0411", "E0106",
];

/// Programs that do not pass yet, with the reason.
const KNOWN_FAILURES: &[(&str, &str)] = &[];

fn data(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../test_data/rust")
        .join(dir)
}

fn programs(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(data(dir))
        .expect("corpus folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    v.sort();
    v
}

/// Our diagnostics as `CODE LINE:COL` lines (`-` when there is no code).
fn our_codes(src: &str) -> (Vec<String>, Vec<String>) {
    let parsed = rust_syntax::parse(src);
    assert!(
        parsed.diagnostics.is_empty(),
        "parse errors: {:?}",
        parsed.diagnostics
    );
    let lowered = rust_sema::lower(src, &parsed.krate);
    let problems = rust_sema::verify::verify(&lowered.hir);
    let index = LineIndex::new(src.as_bytes());
    let mut out: Vec<(u32, String)> = lowered
        .diagnostics
        .iter()
        .map(|d| {
            let span = d.primary_span();
            let at = index.line_col(span.start);
            (
                span.start,
                format!(
                    "{} {}:{} {}",
                    d.code.as_deref().unwrap_or("-"),
                    at.line,
                    at.col,
                    d.message
                ),
            )
        })
        .collect();
    out.sort();
    (out.into_iter().map(|x| x.1).collect(), problems)
}

fn stem(p: &Path) -> String {
    p.file_stem().unwrap().to_string_lossy().into_owned()
}

#[test]
fn valid_programs_resolve_without_errors() {
    let mut pass = 0;
    let mut failures = Vec::new();
    let mut all = programs("sema/valid");
    all.extend(programs("borrowck"));
    for p in &all {
        let src = std::fs::read_to_string(p).unwrap();
        let (codes, problems) = our_codes(&src);
        let name = stem(p);
        if codes.is_empty() && problems.is_empty() {
            pass += 1;
        } else if !KNOWN_FAILURES.iter().any(|(n, _)| *n == name) {
            failures.push(format!("{name}: {codes:?} {problems:?}"));
        }
    }
    eprintln!(
        "valid + borrowck: {pass}/{} lower and resolve cleanly",
        all.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn name_errors_match_rustc() {
    let mut checked = 0;
    let mut matched = 0;
    let mut failures = Vec::new();
    let mut false_errors = Vec::new();
    let mut all = programs("sema/errors");
    all.extend(programs("names"));
    for p in all {
        let src = std::fs::read_to_string(&p).unwrap();
        let expected_file = std::fs::read_to_string(p.with_extension("codes")).unwrap();
        let expected: Vec<String> = expected_file
            .lines()
            .map(|l| l.splitn(3, ' ').take(2).collect::<Vec<_>>().join(" "))
            .collect();
        let (ours, problems) = our_codes(&src);
        let ours_short: Vec<String> = ours
            .iter()
            .map(|l| l.splitn(3, ' ').take(2).collect::<Vec<_>>().join(" "))
            .collect();
        let name = stem(&p);
        // Format-string errors have no code (`-`); they are this stage's too.
        let is_name_error = expected
            .iter()
            .any(|l| l.starts_with("- ") || NAME_CODES.iter().any(|c| l.starts_with(c)));
        if !problems.is_empty() {
            failures.push(format!("{name}: verify: {problems:?}"));
        }
        if is_name_error {
            checked += 1;
            if ours_short == expected {
                matched += 1;
            } else if !KNOWN_FAILURES.iter().any(|(n, _)| *n == name) {
                failures.push(format!("{name}: rustc {expected:?}, ours {ours:?}"));
            }
        } else if !ours.is_empty() && !KNOWN_FAILURES.iter().any(|(n, _)| *n == name) {
            false_errors.push(format!("{name}: ours {ours:?}"));
        }
    }
    eprintln!("name errors: {matched}/{checked} programs give exactly rustc's codes and positions");
    failures.extend(false_errors);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The E0106 programs give rustc's whole `.codes` line: code, position and message.
#[test]
fn lifetime_errors_match_rustc_exactly() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for p in programs("sema/errors") {
        if !stem(&p).starts_with("e0106_") {
            continue;
        }
        checked += 1;
        let src = std::fs::read_to_string(&p).unwrap();
        let expected: Vec<String> = std::fs::read_to_string(p.with_extension("codes"))
            .unwrap()
            .lines()
            .map(String::from)
            .collect();
        let (ours, _) = our_codes(&src);
        if ours != expected {
            failures.push(format!("{}: rustc {expected:?}, ours {ours:?}", stem(&p)));
        }
    }
    eprintln!(
        "E0106: {}/{checked} programs give rustc's exact codes, positions and messages",
        checked - failures.len()
    );
    assert!(checked > 0);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
