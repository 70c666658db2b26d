//! The tokenizer on bad input: it never panics and never takes more than linear time, on random
//! bytes and on inputs built to make a naive port of `tokenize.py` quadratic.
//!
//! Nothing here measures time (the design forbids timed tests); a quadratic tokenizer would
//! simply not finish the pathological cases, which are about a mebibyte each.

use python_syntax::{tokenize, tokenize_report, TokenKind};

/// A small deterministic pseudo-random generator (xorshift64*), so that failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Bytes that matter to the tokenizer, drawn more often than the rest.
const INTERESTING: &[u8] =
    b" \t\x0c\r\n\\'\"#()[]{}:=.0123456789xXjJeE_bBrRuUfF$?!\x00\xc3\xa9\xff";

/// Checks the invariants every result must satisfy.
fn check(source: &[u8]) {
    let tokenized = tokenize(source);
    for token in &tokenized.tokens {
        assert!(token.span.start <= token.span.end, "{source:?}: {token:?}");
        assert!(
            token.span.end as usize <= source.len(),
            "{source:?}: {token:?}"
        );
        assert!(token.start <= token.end, "{source:?}: {token:?}");
    }
    match &tokenized.error {
        None => {
            assert_eq!(
                tokenized.tokens.first().map(|t| t.kind),
                Some(TokenKind::Encoding)
            );
            assert_eq!(
                tokenized.tokens.last().map(|t| t.kind),
                Some(TokenKind::EndMarker)
            );
        }
        Some(error) => {
            assert!(
                error.span.end as usize <= source.len(),
                "{source:?}: {error:?}"
            );
            let _ = error.to_diagnostic();
        }
    }
    let report = tokenize_report(source, "fuzz.py");
    assert_eq!(report.exit_code != 0, tokenized.error.is_some());
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for iteration in 0..4000 {
        let len = rng.below(201);
        let mut source = Vec::with_capacity(len + 20);
        // Some inputs start with a byte order mark or a coding cookie, to reach every decoder.
        match iteration % 8 {
            0 => source.extend_from_slice(b"\xef\xbb\xbf"),
            1 => source.extend_from_slice(b"# coding: latin-1\n"),
            2 => source.extend_from_slice(b"# coding: cp1252\n"),
            _ => {}
        }
        for _ in 0..len {
            let byte = if rng.below(4) == 0 {
                rng.next() as u8
            } else {
                INTERESTING[rng.below(INTERESTING.len())]
            };
            source.push(byte);
        }
        check(&source);
    }
}

#[test]
fn pathological_inputs_finish() {
    const MIB: usize = 1 << 20;
    let cases: Vec<(&str, Vec<u8>)> = vec![
        // Each `"` starts a string whose body runs to the end of the line: quadratic when every
        // failed attempt rescans.
        ("escaped quotes", b"\"\\".repeat(MIB / 2)),
        ("quote pairs", b"'\"".repeat(MIB / 2)),
        // Each ERRORTOKEN for a blank rescans the blanks that follow it.
        (
            "blanks before an error",
            [vec![b'x'; 1], vec![b' '; MIB], b"$\n".to_vec()].concat(),
        ),
        (
            "one long line",
            [b"x = ".to_vec(), b"a + ".repeat(MIB / 4), b"b\n".to_vec()].concat(),
        ),
        (
            "long string",
            [b"s = '".to_vec(), vec![b'a'; MIB], b"'\n".to_vec()].concat(),
        ),
        (
            "many lines of a string",
            [
                b"s = '''".to_vec(),
                b"a\n".repeat(MIB / 2),
                b"'''\n".to_vec(),
            ]
            .concat(),
        ),
        (
            "continued string lines",
            [b"s = '".to_vec(), b"a\\\n".repeat(MIB / 3), b"'\n".to_vec()].concat(),
        ),
        (
            "deep brackets",
            [
                b"x = ".to_vec(),
                vec![b'('; MIB / 2],
                vec![b')'; MIB / 2],
                b"\n".to_vec(),
            ]
            .concat(),
        ),
        ("numbers", b"1_0".repeat(MIB / 3)),
        ("NUL bytes", vec![0; MIB]),
    ];
    for (name, source) in cases {
        let tokenized = tokenize(&source);
        assert!(!tokenized.tokens.is_empty(), "{name}");
    }

    // Deep indentation, then one dedent back to column 0: every level is popped.
    let mut nested = Vec::new();
    for depth in 0..1400 {
        nested.extend(std::iter::repeat_n(b' ', depth));
        nested.extend_from_slice(b"if x:\n");
    }
    nested.extend(std::iter::repeat_n(b' ', 1400));
    nested.extend_from_slice(b"pass\ny = 1\n");
    let tokenized = tokenize(&nested);
    assert!(tokenized.error.is_none());
    let dedents = tokenized
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Dedent)
        .count();
    assert_eq!(dedents, 1400);
}
