//! Bad and huge input: the lexer never panics, never recurses deeply and stays linear.
//!
//! Random bytes (made into text the way a server would, with `from_utf8_lossy`), random soups of
//! the characters that make lexing tricky, a one-mebibyte line, 100,000 nested comments, and
//! other inputs built to make a careless lexer quadratic.

use std::time::{Duration, Instant};

use rust_syntax::{format_tokens, lex, tokenize, Lexed};

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
        (self.next() % n as u64) as usize
    }
}

/// Lexes `src` every way the explorer will and checks the invariants.
fn check(src: &str) -> Lexed {
    let lexed = lex(src);
    let mut offset = if src.starts_with('\u{feff}') { 3 } else { 0 };
    for token in &lexed.tokens {
        assert_eq!(token.span.start, offset, "tokens leave a gap in {src:?}");
        assert!(token.span.end > token.span.start, "empty token in {src:?}");
        assert!(src.is_char_boundary(token.span.end as usize));
        offset = token.span.end;
    }
    assert_eq!(
        offset as usize,
        src.len(),
        "tokens do not reach the end of {src:?}"
    );
    let raw_total: u32 = tokenize(src).map(|t| t.len).sum();
    assert_eq!(raw_total as usize, src.len());
    for d in &lexed.diagnostics {
        let span = d.primary_span();
        assert!(span.end as usize <= src.len() && src.is_char_boundary(span.start as usize));
    }
    let _ = format_tokens(src, &lexed);
    lexed
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let len = rng.below(120);
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        check(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn random_token_soup_never_panics() {
    // Fragments that start, end or confuse tokens.
    const PIECES: &[&str] = &[
        "'", "\"", "#", "r", "b", "c", "br", "cr", "r#", "/*", "*/", "//", "///", "/**", "//!",
        "\\", "\\u{", "}", "\\x", "0", "1", "0x", "0b", "e", "E", ".", "..", "_", "a", "fn", "\n",
        "\r", "\r\n", " ", "\t", "🦀", "é", "№", "\u{a0}", "\0", "!", "[", "#!", "\u{feff}", "k",
        "u8", "'a", "-", "+", "f", "{", "(",
    ];
    let mut rng = Rng(42);
    for _ in 0..3000 {
        let n = rng.below(40);
        let src: String = (0..n).map(|_| PIECES[rng.below(PIECES.len())]).collect();
        check(&src);
    }
}

/// Lexes `src` and fails if it took unreasonably long (a quadratic lexer takes minutes on these
/// inputs; a linear one, milliseconds).
fn check_quickly(what: &str, src: &str) -> Lexed {
    let start = Instant::now();
    let lexed = check(src);
    let took = start.elapsed();
    assert!(
        took < Duration::from_secs(20),
        "{what}: {} bytes took {took:?}",
        src.len()
    );
    lexed
}

#[test]
fn one_mebibyte_line() {
    let line = "a+1 ".repeat(256 * 1024);
    let lexed = check_quickly("1 MiB line", &line);
    assert_eq!(lexed.tokens.len(), 4 * 256 * 1024);
    assert!(lexed.diagnostics.is_empty());
}

#[test]
fn deeply_nested_block_comments() {
    let depth = 100_000;
    let closed = format!("{}{}", "/*".repeat(depth), "*/".repeat(depth));
    let lexed = check_quickly("nested comments", &closed);
    assert_eq!(lexed.tokens.len(), 1);
    assert!(lexed.diagnostics.is_empty());

    let unclosed = "/*".repeat(depth);
    let lexed = check_quickly("unclosed nested comments", &unclosed);
    assert_eq!(lexed.tokens.len(), 1);
    assert_eq!(lexed.diagnostics[0].code.as_deref(), Some("E0758"));
}

#[test]
fn inputs_built_to_be_slow() {
    let big = 200_000;
    for (what, src) in [
        ("unknown characters", "¨".repeat(big)),
        (
            "distinct emoji identifiers",
            (0..big / 8).map(|i| format!("a{i}🦀 ")).collect(),
        ),
        (
            "overlong escapes",
            format!("\"{}\"", "\\u{1234567".repeat(big / 10)),
        ),
        (
            "escapes without braces",
            format!("\"{}\"", "\\u12".repeat(big / 4)),
        ),
        (
            "line continuations",
            format!("\"{}\"", "\\\n  ".repeat(big / 4)),
        ),
        (
            "raw string near misses",
            format!("r###\"{}", "\"##".repeat(big / 3)),
        ),
        ("raw string hashes", format!("r{}", "#".repeat(big))),
        ("quotes", "'".repeat(big)),
        ("lifetimes", "'a ".repeat(big / 3)),
        ("char literals", "'\\".repeat(big / 2)),
        (
            "unterminated nested comment",
            format!("/*{}", "/* */".repeat(big / 5)),
        ),
        (
            "doc comment carriage returns",
            format!("///{}", "\r".repeat(big)),
        ),
        ("angle brackets", "a: T<".repeat(big / 5)),
        ("braces", "x = A { a: b ".repeat(big / 12)),
        ("numbers", "0x".repeat(big / 2)),
    ] {
        check_quickly(what, &src);
    }
}
