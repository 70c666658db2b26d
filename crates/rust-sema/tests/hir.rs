//! HIR snapshots and their conformance with `rustc -Zunpretty=hir`.
//!
//! For every `test_data/rust/hir/NAME.rs`, the printed HIR is compared with the snapshot
//! `NAME.hir` (written when missing; `UPDATE_EXPECT=1` rewrites it), and with rustc's own
//! `NAME.rustc.hir` (written by `scripts/rust_hir_gen.py`): every program must give the same
//! text as rustc up to whitespace (line breaking differs where rustc's Oppen printer breaks
//! long argument lists), and the seed's `for` example must match byte for byte. The counts
//! are printed.

use std::path::{Path, PathBuf};

fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test_data/rust/hir")
}

fn hir_text(src: &str) -> String {
    let parsed = rust_syntax::parse(src);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let lowered = rust_sema::lower(src, &parsed.krate);
    assert!(lowered.diagnostics.is_empty(), "{:?}", lowered.diagnostics);
    let problems = rust_sema::verify::verify(&lowered.hir);
    assert!(problems.is_empty(), "{problems:?}");
    let printed = rust_sema::print::print(&lowered.hir);
    for m in &printed.marks {
        assert!(m.start <= m.end && m.end as usize <= printed.text.len());
        assert!(m.span.end as usize <= src.len());
    }
    printed.text
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn hir_snapshots_and_rustc_conformance() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(folder())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    inputs.sort();
    let mut exact = Vec::new();
    let mut modulo_ws = 0;
    let mut failures = Vec::new();
    for input in &inputs {
        let name = input.file_stem().unwrap().to_string_lossy().into_owned();
        let src = std::fs::read_to_string(input).unwrap();
        let ours = hir_text(&src);
        let snap = input.with_extension("hir");
        match std::fs::read_to_string(&snap) {
            Ok(old) if !update => {
                if old != ours {
                    failures.push(format!(
                        "{name}: differs from its snapshot {}",
                        snap.display()
                    ));
                }
            }
            _ => std::fs::write(&snap, &ours).unwrap(),
        }
        let Ok(rustc) = std::fs::read_to_string(input.with_extension("rustc.hir")) else {
            failures.push(format!(
                "{name}: no rustc.hir (run scripts/rust_hir_gen.py)"
            ));
            continue;
        };
        if rustc == ours {
            exact.push(name.clone());
        }
        if squash(&rustc) == squash(&ours) {
            modulo_ws += 1;
        } else {
            failures.push(format!("{name}: differs from rustc beyond whitespace"));
        }
    }
    eprintln!(
        "HIR vs rustc -Zunpretty=hir: {} of {} identical, {modulo_ws} identical up to whitespace; \
         identical: {}",
        exact.len(),
        inputs.len(),
        exact.join(", ")
    );
    assert!(
        exact.iter().any(|n| n == "seed_for"),
        "the seed's example must match exactly"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The conformance run over the whole front-end corpus, against rustc itself (run it with
/// `cargo test -p rust-sema --test hir -- --ignored --nocapture` where rustc 1.95 is installed):
/// counts the programs printed byte for byte as `rustc -Zunpretty=hir`, the ones equal up to
/// whitespace, and lists the others with whether they have derives or comments (which deepdive
/// does not print as rustc does).
#[test]
#[ignore]
fn corpus_hir_vs_rustc() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test_data/rust/sema/valid");
    let mut inputs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    inputs.sort();
    let (mut exact, mut ws, mut other) = (0, 0, Vec::new());
    for input in &inputs {
        let out = std::process::Command::new("rustc")
            .args(["--edition", "2021", "-Zunpretty=hir"])
            .arg(input)
            .env("RUSTC_BOOTSTRAP", "1")
            .output()
            .expect("rustc");
        let rustc = String::from_utf8_lossy(&out.stdout).into_owned();
        let src = std::fs::read_to_string(input).unwrap();
        let ours = hir_text(&src);
        if ours == rustc {
            exact += 1;
        } else if squash(&ours) == squash(&rustc) {
            ws += 1;
        } else {
            let why = if src.contains("derive") || src.contains("//") {
                "derive or comments"
            } else {
                "OTHER"
            };
            other.push(format!(
                "{} ({why})",
                input.file_name().unwrap().to_string_lossy()
            ));
        }
    }
    eprintln!(
        "corpus: {exact} of {} identical, {ws} identical up to whitespace, {} differ:\n{}",
        inputs.len(),
        other.len(),
        other.join("\n")
    );
    assert!(!other.iter().any(|o| o.ends_with("(OTHER)")));
}
