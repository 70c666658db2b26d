//! A mutation run: every program of the given folders with one line deleted, lowered and
//! printed (the ones that still parse), to find panics on wrong programs and `verify` failures.
//!
//! `cargo run -p rust-sema --example mutate -- test_data/rust/sema/valid` (a debug build, so
//! arithmetic overflow panics too).

use std::path::Path;

fn main() {
    let mut files = Vec::new();
    for d in std::env::args().skip(1) {
        if let Ok(entries) = std::fs::read_dir(Path::new(&d)) {
            for e in entries.flatten() {
                if e.path().extension().is_some_and(|x| x == "rs") {
                    files.push(e.path());
                }
            }
        }
    }
    files.sort();
    let (mut variants, mut with_errors) = (0, 0);
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        let lines: Vec<&str> = src.lines().collect();
        for skip in 0..lines.len() {
            let mutated: String = lines
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, l)| format!("{l}\n"))
                .collect();
            let parsed = rust_syntax::parse(&mutated);
            if !parsed.diagnostics.is_empty() {
                continue;
            }
            variants += 1;
            let lowered = rust_sema::lower(&mutated, &parsed.krate);
            let _ = rust_sema::print::print(&lowered.hir);
            let checked = rust_sema::check(&mutated, &lowered.hir);
            let index = source::LineIndex::new(mutated.as_bytes());
            for d in lowered.diagnostics.iter().chain(&checked.diagnostics) {
                let _ = d.render_rustc("m.rs", &index);
            }
            if !lowered.diagnostics.is_empty() {
                with_errors += 1;
            }
            let problems = rust_sema::verify::verify(&lowered.hir);
            if !problems.is_empty() {
                println!("{} without line {}: {}", f.display(), skip + 1, problems[0]);
            }
        }
    }
    println!("{variants} variants lowered, {with_errors} with diagnostics, no panic");
}
