//! Syntax errors as CPython 3.11 reports them: for every `test_data/python/syntax_errors/NAME.py`,
//! `NAME.err` holds what CPython raised (type, message, line, offsets) and what `python3 NAME.py`
//! printed; ours must be the same. Expectations come from `scripts/python_ast_gen.py`.

use std::fs;
use std::path::{Path, PathBuf};

use python_syntax::parse;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test_data/python/syntax_errors")
}

/// Reads one field of the small JSON objects the generator writes (strings, numbers, null).
fn field(json: &str, name: &str) -> Option<String> {
    let key = format!("\"{name}\": ");
    let start = json.find(&key)? + key.len();
    let rest = &json[start..];
    if let Some(body) = rest.strip_prefix('"') {
        let mut out = String::new();
        let mut chars = body.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => return Some(out),
                '\\' => match chars.next()? {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'u' => {
                        let hex: String = chars.by_ref().take(4).collect();
                        out.push(char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?);
                    }
                    other => out.push(other),
                },
                c => out.push(c),
            }
        }
        None
    } else {
        let end = rest.find([',', '\n', '}']).unwrap_or(rest.len());
        Some(rest[..end].trim().to_string())
    }
}

#[test]
fn errors_match_cpython() {
    let mut files: Vec<PathBuf> = fs::read_dir(corpus())
        .expect("corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    assert!(files.len() >= 40, "the corpus has {} programs", files.len());
    let mut failures = Vec::new();
    let mut passed = 0;
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let expected = fs::read_to_string(path.with_extension("err")).expect("expectation");
        let parsed = parse(&fs::read(path).expect("read"));
        let Some(error) = parsed.error else {
            failures.push(format!("{name}: parsed, CPython rejects it"));
            continue;
        };
        let ours = [
            ("type", error.kind.name().to_string()),
            ("msg", error.message.clone()),
            ("lineno", error.lineno.to_string()),
            ("offset", error.offset.to_string()),
            ("end_lineno", error.end_lineno.to_string()),
            ("end_offset", error.end_offset.to_string()),
            ("stderr", error.render(&name)),
        ];
        let mut ok = true;
        for (key, value) in ours {
            let theirs = field(&expected, key).unwrap_or_default();
            if theirs != value {
                ok = false;
                failures.push(format!(
                    "{name}: {key}:\n  ours:    {value:?}\n  CPython: {theirs:?}"
                ));
            }
        }
        passed += ok as usize;
    }
    println!("{passed}/{} syntax errors identical", files.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
