//! Helpers shared by the conformance tests: the packages of the dependency tree and their files.

#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The workspace root: two folders above this crate.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The folders of every package `cargo metadata` lists.
pub fn package_dirs() -> Vec<PathBuf> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1"])
        .current_dir(workspace_root())
        .output()
        .expect("cargo metadata runs");
    assert!(
        output.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json = String::from_utf8(output.stdout).expect("cargo metadata prints UTF-8");
    let mut dirs: Vec<PathBuf> = json_strings_after(&json, "\"manifest_path\":")
        .into_iter()
        .filter_map(|manifest| Path::new(&manifest).parent().map(Path::to_path_buf))
        .collect();
    dirs.sort();
    dirs.dedup();
    dirs
}

/// Every JSON string value that directly follows `key` in `json`. A tiny reader, enough for
/// cargo's output, so the test needs no JSON library.
pub fn json_strings_after(json: &str, key: &str) -> Vec<String> {
    let mut values = Vec::new();
    for (at, _) in json.match_indices(key) {
        let rest = json[at + key.len()..].trim_start();
        let Some(body) = rest.strip_prefix('"') else {
            continue;
        };
        let mut value = String::new();
        let mut chars = body.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some('n') => value.push('\n'),
                    Some('t') => value.push('\t'),
                    Some(other) => value.push(other),
                    None => break,
                },
                c => value.push(c),
            }
        }
        values.push(value);
    }
    values
}

/// Adds every `.rs` file under `dir` to `files`, skipping build output, hidden folders and
/// symbolic links.
pub fn collect_rs_files(dir: &Path, files: &mut BTreeSet<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if file_type.is_dir() {
            if name != "target" && !name.starts_with('.') && name != "node_modules" {
                collect_rs_files(&path, files);
            }
        } else if file_type.is_file() && name.ends_with(".rs") {
            files.insert(path);
        }
    }
}

/// The edition a package's `Cargo.toml` declares: `2015` when it declares none, `2021` for a
/// package inheriting it from our workspace.
pub fn package_edition(dir: &Path) -> u32 {
    let Ok(toml) = std::fs::read_to_string(dir.join("Cargo.toml")) else {
        return 2015;
    };
    for line in toml.lines() {
        let line = line.trim();
        if line.starts_with("edition.workspace") || line.starts_with("edition = { workspace") {
            return 2021;
        }
        if let Some(rest) = line.strip_prefix("edition") {
            let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
            if let Ok(year) = digits.parse() {
                return year;
            }
        }
        if line.starts_with('[') && line != "[package]" && !line.starts_with("[package") {
            // Only the [package] table says the edition; stop at the next table after it.
            if toml.contains("[package]") && toml.find(line) > toml.find("[package]") {
                break;
            }
        }
    }
    2015
}
