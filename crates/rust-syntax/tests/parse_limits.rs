//! Bad and deep input for the parser: it never panics, never overflows the stack, stays fast.
//!
//! - Deep nesting of every kind (10,000 parentheses, blocks, closures, types, patterns, unary
//!   operators, `else if` chains, operator and method chains) gives the nesting diagnostic.
//! - A fuzz-ish test parses truncated and mutated versions of every snapshot input and of the
//!   parse-error inputs (cut at every token boundary, tokens deleted, duplicated, swapped and
//!   replaced by random punctuation or keywords) and checks that nothing panics and that every
//!   node's span lies inside the source.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::time::{Duration, Instant};

use rust_syntax::{ast, lex, parse, MAX_DEPTH};

/// A small deterministic random number generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Parses `src`, prints and walks its tree, and checks spans; panics are returned as errors.
fn check(src: &str) -> Result<(), String> {
    let result = catch_unwind(AssertUnwindSafe(|| {
        let parsed = parse(src);
        let tree = ast::tree(src, &parsed.krate);
        let mut stack = vec![&tree];
        while let Some(node) = stack.pop() {
            assert!(
                node.span.start <= node.span.end && node.span.end as usize <= src.len(),
                "span {:?} of {} outside the source",
                node.span,
                node.kind
            );
            for (_, field) in &node.fields {
                match field {
                    ast::TreeField::Node(n) => stack.push(n),
                    ast::TreeField::List(ns) => stack.extend(ns.iter()),
                    ast::TreeField::Value(_) => {}
                }
            }
        }
        let _ = ast::print(src, &parsed.krate);
        parsed.diagnostics.len()
    }));
    result.map(|_| ()).map_err(|e| {
        let message = e
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        format!("panic: {message}\n--- input ---\n{src}\n---")
    })
}

fn too_deep(src: &str) -> bool {
    let message = format!("deepdive: nesting too deep (more than {MAX_DEPTH} levels)");
    parse(src).diagnostics.iter().any(|d| d.message == message)
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let n = 10_000;
    let cases: Vec<(&str, String)> = vec![
        (
            "parentheses",
            format!("fn f() {{ {}1{} }}", "(".repeat(n), ")".repeat(n)),
        ),
        (
            "blocks",
            format!("fn f() {}{}", "{".repeat(n), "}".repeat(n)),
        ),
        (
            "arrays",
            format!("const X: u8 = {}1{};", "[".repeat(n), "]".repeat(n)),
        ),
        ("unary", format!("fn f() {{ {}x; }}", "!".repeat(n))),
        ("references", format!("fn f() {{ {}x; }}", "&".repeat(n))),
        ("closures", format!("fn f() {{ {}1; }}", "|x| ".repeat(n))),
        (
            "assignments",
            format!("fn f() {{ {}1; }}", "a = ".repeat(n)),
        ),
        ("negations", format!("fn f() {{ {}1; }}", "-".repeat(n))),
        ("sums", format!("fn f() {{ {}1; }}", "1 + ".repeat(n * 10))),
        (
            "methods",
            format!("fn f() {{ x{}; }}", ".f()".repeat(n * 10)),
        ),
        ("fields", format!("fn f() {{ x{}; }}", "?".repeat(n * 10))),
        (
            "else if",
            format!("fn f() {{ if a {{}} {} }}", "else if a {} ".repeat(n)),
        ),
        (
            "types",
            format!("type T = {}u8{};", "Vec<".repeat(n), ">".repeat(n)),
        ),
        ("ref types", format!("type T = {}u8;", "&".repeat(n))),
        (
            "tuple types",
            format!("type T = {}u8{};", "(".repeat(n), ")".repeat(n)),
        ),
        (
            "patterns",
            format!("fn f() {{ let {}x{} = 1; }}", "(".repeat(n), ")".repeat(n)),
        ),
        (
            "ref patterns",
            format!("fn f() {{ let {}x = 1; }}", "&".repeat(n)),
        ),
        (
            "modules",
            format!("{}{}", "mod m { ".repeat(n), "}".repeat(n)),
        ),
        (
            "use trees",
            format!("use {}a{};", "a::{".repeat(n), "}".repeat(n)),
        ),
        (
            "generic args",
            format!("fn f() {{ f::{}u8{}(); }}", "<Vec".repeat(n), ">".repeat(n)),
        ),
    ];
    for (name, src) in cases {
        let start = Instant::now();
        check(&src).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(too_deep(&src), "{name}: no nesting diagnostic");
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{name}: took {:?}",
            start.elapsed()
        );
    }
}

#[test]
fn nesting_below_the_limit_parses() {
    let depth = 100;
    let src = format!("fn f() {{ {}1{}; }}", "(".repeat(depth), ")".repeat(depth));
    let parsed = parse(&src);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let src = format!("fn f() {{ if a {{}} {} }}", "else if a {} ".repeat(100));
    assert!(parse(&src).diagnostics.is_empty());
}

/// The inputs of the parser's test folders.
fn corpus() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test_data/rust");
    let mut files = Vec::new();
    for dir in ["ast", "parse_errors", "tokens"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut paths: Vec<_> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .collect();
        paths.sort();
        for p in paths {
            if let Ok(text) = std::fs::read_to_string(&p) {
                files.push(text);
            }
        }
    }
    files
}

const NOISE: &[&str] = &[
    "(", ")", "{", "}", "[", "]", "<", ">", "::", ":", ";", ",", ".", "..", "..=", "=", "==", "=>",
    "->", "|", "||", "&", "&&", "!", "?", "#", "#!", "@", "'a", "'a:", "_", "-", "*", "fn", "let",
    "if", "else", "match", "impl", "for", "in", "where", "as", "mut", "ref", "move", "async",
    "await", "dyn", "unsafe", "const", "static", "struct", "enum", "trait", "type", "use", "pub",
    "crate", "self", "Self", "super", "loop", "while", "break", "return", "1", "1.0", "0.1",
    "\"s\"", "'c'", "x", "m!", "///doc\n", "//!doc\n", "/**", "r#x", "$",
];

#[test]
fn truncated_and_mutated_inputs_never_panic() {
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut failures = Vec::new();
    let mut parsed = 0usize;
    for src in corpus() {
        // Token boundaries, from the lexer.
        let spans: Vec<(usize, usize)> = lex(&src)
            .tokens
            .iter()
            .filter(|t| !t.kind.is_trivia())
            .map(|t| (t.span.start as usize, t.span.end as usize))
            .collect();
        if spans.is_empty() {
            continue;
        }
        // Every truncation at a token boundary (at most 200 per file).
        let step = (spans.len() / 200).max(1);
        for &(start, _) in spans.iter().step_by(step) {
            parsed += 1;
            if let Err(e) = check(&src[..start]) {
                failures.push(e);
            }
        }
        // Random mutations.
        for _ in 0..200 {
            let mut text = src.clone();
            for _ in 0..1 + rng.below(3) {
                let (s, e) = spans[rng.below(spans.len())];
                if e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                    continue;
                }
                match rng.below(4) {
                    0 => text.replace_range(s..e, ""),
                    1 => {
                        let tok = text[s..e].to_string();
                        text.insert_str(s, &tok);
                    }
                    2 => text.replace_range(s..e, NOISE[rng.below(NOISE.len())]),
                    _ => {
                        let noise = format!(" {} ", NOISE[rng.below(NOISE.len())]);
                        text.insert_str(s, &noise);
                    }
                }
            }
            parsed += 1;
            if let Err(e) = check(&text) {
                failures.push(e);
            }
        }
    }
    println!("{parsed} mutated inputs parsed");
    assert!(parsed > 1000);
    assert!(
        failures.is_empty(),
        "{} panics; first:\n{}",
        failures.len(),
        failures[0]
    );
}

#[test]
fn random_token_soups_never_panic() {
    let mut rng = Rng(42);
    for _ in 0..3000 {
        let len = rng.below(60);
        let mut src = String::new();
        for _ in 0..len {
            src.push_str(NOISE[rng.below(NOISE.len())]);
            src.push(' ');
        }
        check(&src).unwrap();
    }
}

#[test]
fn many_errors_stay_linear() {
    // 20,000 broken statements in one block and 20,000 broken items.
    let stmts = format!("fn f() {{ {} }}", "let = ; ".repeat(20_000));
    let items = "fn ( ) ; 42 ".repeat(20_000);
    for src in [stmts, items] {
        let start = Instant::now();
        let parsed = parse(&src);
        assert!(parsed.diagnostics.len() >= 1000);
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "took {:?}",
            start.elapsed()
        );
    }
}
