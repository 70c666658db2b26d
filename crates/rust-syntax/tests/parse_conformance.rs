//! Conformance: every `.rs` file of the dependency tree parses without an error.
//!
//! The files are those of every package `cargo metadata` lists for this workspace (as in
//! `tests/oracle.rs`), each parsed in the edition its `Cargo.toml` declares (2015 when it
//! declares none). rustc compiles all of them, so any diagnostic is a parser bug, except for
//! the files listed in [`KNOWN`] with the reason. Run with `--nocapture` to see the count of
//! files and bytes and the throughput (meaningful in release mode:
//! `cargo test --release -p rust-syntax --test parse_conformance -- --nocapture`).

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::Instant;

use common::{collect_rs_files, package_dirs, package_edition};
use rust_syntax::{parse_with_edition, Edition};

/// Files that are not valid Rust for rustc either (or not for the edition of their package),
/// matched by the end of their path, with the reason.
const KNOWN: &[(&str, &str)] = &[];

struct Outcome {
    path: PathBuf,
    edition: u32,
    bytes: usize,
    first_error: Option<String>,
    seconds: f64,
}

fn check(path: &PathBuf, edition: u32) -> Option<Outcome> {
    let bytes = std::fs::read(path).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let ed = match edition {
        2015 => Edition::E2015,
        2018 => Edition::E2018,
        2021 => Edition::E2021,
        _ => Edition::E2024,
    };
    let start = Instant::now();
    let parsed = parse_with_edition(&text, ed);
    let seconds = start.elapsed().as_secs_f64();
    let first_error = parsed.diagnostics.first().map(|d| {
        let index = source::LineIndex::new(text.as_bytes());
        let at = index.line_col(d.primary_span().start);
        format!("{}:{}: {}", at.line, at.col, d.message)
    });
    Some(Outcome {
        path: path.clone(),
        edition,
        bytes: text.len(),
        first_error,
        seconds,
    })
}

#[test]
fn every_file_of_the_dependency_tree_parses() {
    let mut files: Vec<(PathBuf, u32)> = Vec::new();
    for dir in package_dirs() {
        let edition = package_edition(&dir);
        let mut set = BTreeSet::new();
        collect_rs_files(&dir, &mut set);
        files.extend(set.into_iter().map(|p| (p, edition)));
    }
    files.sort();
    files.dedup_by(|a, b| a.0 == b.0);
    assert!(files.len() > 10, "found only {} files", files.len());

    let half = files.len() / 2;
    let (first, second) = files.split_at(half);
    let results: Vec<Outcome> = std::thread::scope(|scope| {
        let other = scope.spawn(|| {
            second
                .iter()
                .filter_map(|(p, e)| check(p, *e))
                .collect::<Vec<_>>()
        });
        let mut mine: Vec<_> = first.iter().filter_map(|(p, e)| check(p, *e)).collect();
        mine.extend(other.join().expect("worker thread"));
        mine
    });

    let mut failures = Vec::new();
    let mut known = Vec::new();
    for r in &results {
        let Some(error) = &r.first_error else {
            continue;
        };
        let shown = format!("{} (edition {}): {error}", r.path.display(), r.edition);
        let path = r.path.to_string_lossy();
        match KNOWN.iter().find(|(end, _)| path.ends_with(end)) {
            Some((_, why)) => known.push(format!("{shown}\n    known: {why}")),
            None => failures.push(shown),
        }
    }
    let bytes: usize = results.iter().map(|r| r.bytes).sum();
    let seconds: f64 = results.iter().map(|r| r.seconds).sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "{} files ({mb:.1} MB) parsed: {} clean, {} known failures, {} failures; {:.0} MB/s",
        results.len(),
        results.len() - failures.len() - known.len(),
        known.len(),
        failures.len(),
        mb / seconds.max(1e-9)
    );
    for k in &known {
        println!("KNOWN {k}");
    }
    for f in &failures {
        println!("FAIL {f}");
    }
    assert!(
        failures.is_empty(),
        "{} files failed to parse; first: {}",
        failures.len(),
        failures[0]
    );
}
