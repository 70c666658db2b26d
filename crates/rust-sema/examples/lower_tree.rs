//! Lowers every `.rs` file under the given folders: a robustness run (no panic, `verify` clean)
//! over real-world Rust such as the dependency tree (`~/.cargo/registry/src`).
//!
//! `cargo run --release -p rust-sema --example lower_tree -- DIR...` prints the number of files
//! that parsed, how many lowered without a diagnostic, the `verify` failures, the E0106, E0004
//! and E0005 errors (false ones, as these crates compile) and the time spent.

use std::path::{Path, PathBuf};
use std::time::Instant;

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn main() {
    let mut files = Vec::new();
    for d in std::env::args().skip(1) {
        walk(Path::new(&d), &mut files);
    }
    files.sort();
    let (mut parsed_ok, mut clean, mut bad_verify, mut false_errors) = (0, 0, 0, 0);
    let mut lower_time = std::time::Duration::ZERO;
    let mut print_time = std::time::Duration::ZERO;
    let mut slowest = (std::time::Duration::ZERO, PathBuf::new());
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        let parsed = rust_syntax::parse(&src);
        if !parsed.diagnostics.is_empty() {
            continue;
        }
        parsed_ok += 1;
        let t = Instant::now();
        let lowered = rust_sema::lower(&src, &parsed.krate);
        let t_lower = t.elapsed();
        let _ = rust_sema::print::print(&lowered.hir);
        let checked = rust_sema::check(&src, &lowered.hir);
        let took = t.elapsed();
        lower_time += took;
        print_time += took - t_lower;
        if took > slowest.0 {
            slowest = (took, f.clone());
        }
        if lowered.diagnostics.is_empty() {
            clean += 1;
        }
        // These crates compile: an error rustc reports on valid code is a false one here.
        let index = source::LineIndex::new(src.as_bytes());
        for d in lowered.diagnostics.iter().chain(&checked.diagnostics) {
            if let Some(code @ ("E0106" | "E0004" | "E0005")) = d.code.as_deref() {
                false_errors += 1;
                let at = index.line_col(d.primary_span().start);
                eprintln!("{}:{}:{}: false {code}", f.display(), at.line, at.col);
            }
        }
        let problems = rust_sema::verify::verify(&lowered.hir);
        if !problems.is_empty() {
            bad_verify += 1;
            eprintln!("{}: {}", f.display(), problems[0]);
        }
    }
    println!(
        "{} files, {parsed_ok} parsed, {clean} lowered without diagnostics, {bad_verify} failed verify, \
         {false_errors} E0106/E0004/E0005 (false: the crates compile), \
         lowering + printing took {:.2?} (printing {:.2?}); slowest file {:.2?}: {}",
        files.len(),
        lower_time,
        print_time,
        slowest.0,
        slowest.1.display()
    );
}
