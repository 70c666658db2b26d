//! The parser never panics: thousands of deterministic random inputs, raw bytes and soups of
//! Python tokens, each parsed, dumped and rendered.

use python_syntax::ast::{dump, dump_with_attributes, tree, TreeField, TreeNode};
use python_syntax::parse;

/// A small deterministic pseudo-random generator (xorshift64*), so failures reproduce.
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

/// Pieces of Python, joined at random with spaces, newlines and indentation.
const SOUP: &[&str] = &[
    "x",
    "y",
    "f",
    "_",
    "match",
    "case",
    "print",
    "1",
    "0x1f",
    "1.5",
    "1e5",
    "2j",
    "'s'",
    "b'b'",
    "f'{x}'",
    "f'{x!r:>{y}}'",
    "f'{x=}'",
    "'''t'''",
    "u'u'",
    "r'\\d'",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    ";",
    ".",
    "...",
    "=",
    "==",
    "!=",
    "<",
    ">",
    "<=",
    ">=",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "|",
    "&",
    "^",
    "~",
    "<<",
    ">>",
    "+=",
    "-=",
    ":=",
    "->",
    "if",
    "else",
    "elif",
    "for",
    "in",
    "not",
    "is",
    "and",
    "or",
    "while",
    "def",
    "class",
    "return",
    "yield",
    "from",
    "import",
    "as",
    "try",
    "except",
    "finally",
    "with",
    "lambda",
    "async",
    "await",
    "del",
    "global",
    "nonlocal",
    "pass",
    "break",
    "continue",
    "raise",
    "assert",
    "None",
    "True",
    "False",
    "\n",
    "\n",
    "\n    ",
    "\n        ",
    "\t",
    "\\\n",
    "#c\n",
    "é",
    "\u{a0}",
    "$",
    "?",
    "!",
    "`",
];

fn check_tree(node: &TreeNode, len: u32) {
    assert!(node.span.start <= node.span.end && node.span.end <= len);
    for (_, field) in &node.fields {
        match field {
            TreeField::Node(n) => check_tree(n, len),
            TreeField::List(l) => l.iter().for_each(|n| check_tree(n, len)),
            TreeField::Value(_) => {}
        }
    }
}

fn check(source: &[u8]) {
    let parsed = parse(source);
    let len = source.len() as u32;
    match (&parsed.module, &parsed.error) {
        (Some(module), None) => {
            let _ = dump(module);
            let _ = dump_with_attributes(module);
            check_tree(&tree(module), len);
        }
        (None, Some(error)) => {
            assert!(error.span.start <= error.span.end && error.span.end <= len);
            let text = error.render("fuzz.py");
            assert!(text.ends_with('\n'));
            let _ = error.to_diagnostic();
        }
        _ => panic!(
            "exactly one of module and error: {:?}",
            String::from_utf8_lossy(source)
        ),
    }
}

#[test]
fn random_bytes() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let interesting =
        b" \t\x0c\r\n\\'\"#()[]{}:=.,0123456789xjeEbBrRuUfF_+-*/%@|&^~<>!$?\x00\xc3\xa9\xff";
    for _ in 0..3000 {
        let len = rng.below(80);
        let source: Vec<u8> = (0..len)
            .map(|_| {
                if rng.below(4) == 0 {
                    rng.next() as u8
                } else {
                    interesting[rng.below(interesting.len())]
                }
            })
            .collect();
        check(&source);
    }
}

#[test]
fn token_soup() {
    let mut rng = Rng(0xdead_beef_cafe_f00d);
    for _ in 0..4000 {
        let n = rng.below(40);
        let mut source = String::new();
        for _ in 0..n {
            source.push_str(SOUP[rng.below(SOUP.len())]);
            if rng.below(3) == 0 {
                source.push(' ');
            }
        }
        check(source.as_bytes());
    }
}
