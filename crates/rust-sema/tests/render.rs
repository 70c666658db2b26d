//! The rendered text of our E0004, E0005 and E0106 errors against rustc's `.stderr` (written by
//! `scripts/rust_sema_gen.py`): every program must agree with rustc on the first lines (the
//! headline, the ` --> ` position and the labelled source line); how many lines agree in all
//! is printed (run with `--nocapture`).

use std::path::{Path, PathBuf};

use source::LineIndex;

/// The codes whose rendering is compared.
const CODES: &[&str] = &["e0004_", "e0005_", "e0106_"];

/// The lines every program must match: `error[…]: …`, ` --> …`, `  |`, the source line and
/// the marks under it.
const REQUIRED_LINES: usize = 5;

fn programs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test_data/rust/sema/errors");
    let mut v: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("corpus folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            CODES.iter().any(|c| name.starts_with(c))
        })
        .collect();
    v.sort();
    v
}

/// Our diagnostics for a program, rendered as rustc prints them (each followed by a blank
/// line), the way the pipeline runs: lowering, then the checks when names resolved.
fn rendered(src: &str, file_name: &str) -> String {
    let parsed = rust_syntax::parse(src);
    assert!(parsed.diagnostics.is_empty(), "parse errors");
    let lowered = rust_sema::lower(src, &parsed.krate);
    let mut diags = lowered.diagnostics.clone();
    if diags.is_empty() {
        diags = rust_sema::check(src, &lowered.hir).diagnostics;
    }
    let index = LineIndex::new(src.as_bytes());
    diags.sort_by_key(|d| d.primary_span().start);
    diags
        .iter()
        .map(|d| d.render_rustc(file_name, &index) + "\n")
        .collect()
}

#[test]
fn rendered_errors_match_rustcs_stderr() {
    let (mut same_lines, mut total_lines, mut identical) = (0, 0, 0);
    let mut failures = Vec::new();
    let all = programs();
    assert!(!all.is_empty());
    for p in &all {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let src = std::fs::read_to_string(p).unwrap();
        let expected = std::fs::read_to_string(p.with_extension("stderr")).unwrap();
        // rustc's report of the error, without the closing `aborting due to` lines.
        let expected = match expected.find("error: aborting due to") {
            Some(i) => &expected[..i],
            None => &expected[..],
        };
        let ours = rendered(&src, &name);
        let want: Vec<&str> = expected.lines().collect();
        let got: Vec<&str> = ours.lines().collect();
        let agree = want.iter().zip(&got).take_while(|(a, b)| a == b).count();
        same_lines += agree;
        total_lines += want.len();
        if agree == want.len() && got.len() == want.len() {
            identical += 1;
        } else {
            eprintln!(
                "  {name}: line {} differs: rustc {:?}, ours {:?}",
                agree + 1,
                want.get(agree).unwrap_or(&""),
                got.get(agree).unwrap_or(&"")
            );
        }
        if agree < REQUIRED_LINES.min(want.len()) {
            failures.push(format!("{name}:\n--- rustc\n{expected}--- ours\n{ours}"));
        }
    }
    eprintln!(
        "rendered E0004/E0005/E0106: {same_lines}/{total_lines} lines of rustc's stderr agree (from the \
         top of each report), {identical}/{} reports identical",
        all.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
