//! "Cooking" the raw tokens: spans, categories, and rustc's diagnostics for the error flags.
//!
//! [`lex`] is the stage function of the Rust pipeline's first step. It strips a byte order mark
//! and a shebang line as rustc does, runs the raw lexer, and then looks at each token the way
//! rustc's `rustc_parse::lexer` does: unterminated literals and comments, unknown characters,
//! reserved prefixes, bad escapes, bad number literals and bad raw identifiers each become a
//! [`Diagnostic`] with rustc's message and error code.
//!
//! Like rustc, lexing stops reporting after a *fatal* error (an unterminated character or byte
//! literal, an unterminated string or comment, a malformed raw string): rustc aborts the
//! compilation there, so later problems are never shown. The tokens themselves always cover the
//! whole input.

use std::collections::HashMap;

use source::{Diagnostic, Label, Span, TokenCategory};

use crate::category::categorize;
use crate::confusables::confusable;
use crate::escape::{self, escaped_char, Mode};
use crate::lexer::{
    strip_shebang, tokenize, validate_raw_str, Base, DocStyle, LiteralKind, RawStrError, TokenKind,
};

/// A token with its place in the source and its colour family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// The raw token kind, error flags included.
    pub kind: TokenKind,
    /// The bytes of the source the token covers.
    pub span: Span,
    /// The colour family shown in the token panel.
    pub category: TokenCategory,
}

/// The output of the lexing stage: every token of the input, in order and without gaps (except
/// a leading byte order mark, which has no token), and the problems found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lexed {
    /// The tokens, whitespace and comments included.
    pub tokens: Vec<Token>,
    /// rustc's lexer errors for this input, in source order.
    pub diagnostics: Vec<Diagnostic>,
}

/// The byte order mark some editors put at the start of a file; rustc ignores it.
const BOM: &str = "\u{feff}";

/// Lexes `src` completely: tokens with spans and categories, and rustc's lexer diagnostics.
pub fn lex(src: &str) -> Lexed {
    let mut tokens = Vec::new();
    let mut offset = 0u32;
    if src.starts_with(BOM) {
        offset = BOM.len() as u32;
    }
    if let Some(len) = strip_shebang(&src[offset as usize..]) {
        tokens.push((TokenKind::Shebang, Span::new(offset, offset + len as u32)));
        offset += len as u32;
    }
    for raw in tokenize(&src[offset as usize..]) {
        let mut span = Span::new(offset, offset + raw.len);
        offset += raw.len;
        // rustc reads `\r\n` as `\n`, so a line comment never ends with the `\r` of a Windows
        // line break: it goes to the whitespace token that holds the `\n`.
        if let Some((TokenKind::LineComment { .. }, comment)) = tokens.last_mut() {
            let ends_with_cr = src.as_bytes()[comment.end as usize - 1] == b'\r';
            if ends_with_cr && raw.kind == TokenKind::Whitespace {
                comment.end -= 1;
                span.start -= 1;
            }
        }
        tokens.push((raw.kind, span));
    }
    let categories = categorize(src, &tokens);
    let diagnostics = Reporter::new(src).run(&tokens);
    Lexed {
        tokens: tokens
            .into_iter()
            .zip(categories)
            .map(|((kind, span), category)| Token {
                kind,
                span,
                category,
            })
            .collect(),
        diagnostics,
    }
}

/// Collects the diagnostics of one input.
struct Reporter<'a> {
    src: &'a str,
    out: Vec<Diagnostic>,
    /// Set once a fatal error was reported: rustc stops there.
    stopped: bool,
    /// Identifiers with emoji, each with every place it occurs (rustc reports each name once),
    /// in order of first appearance.
    emoji_idents: Vec<(&'a str, Vec<Span>)>,
    /// Where each name of `emoji_idents` is.
    emoji_index: HashMap<&'a str, usize>,
}

impl<'a> Reporter<'a> {
    fn new(src: &'a str) -> Reporter<'a> {
        Reporter {
            src,
            out: Vec::new(),
            stopped: false,
            emoji_idents: Vec::new(),
            emoji_index: HashMap::new(),
        }
    }

    fn text(&self, span: Span) -> &'a str {
        &self.src[span.start as usize..span.end as usize]
    }

    /// Reports every token's problems and returns the diagnostics.
    fn run(mut self, tokens: &[(TokenKind, Span)]) -> Vec<Diagnostic> {
        let mut i = 0;
        while i < tokens.len() && !self.stopped {
            let (kind, span) = tokens[i];
            i += 1;
            match kind {
                TokenKind::LineComment { doc_style } => self.doc_comment(doc_style, span, false),
                TokenKind::BlockComment {
                    doc_style,
                    terminated,
                } => {
                    if !terminated {
                        self.unterminated_block_comment(doc_style, span);
                    } else {
                        self.doc_comment(doc_style, span, true);
                    }
                }
                TokenKind::RawIdent => self.raw_name(span, 2, "identifier"),
                TokenKind::RawLifetime => self.raw_name(span, 3, "lifetime"),
                TokenKind::UnknownPrefix | TokenKind::UnknownPrefixLifetime => {
                    self.unknown_prefix(span)
                }
                TokenKind::Lifetime {
                    starts_with_number: true,
                } => self.push(Diagnostic::error(
                    "lifetimes cannot start with a number",
                    span,
                )),
                TokenKind::Literal { kind, suffix_start } => {
                    self.literal(kind, span, span.start + suffix_start)
                }
                TokenKind::InvalidIdent => {
                    let text = self.text(span);
                    let mut chars = text.chars();
                    let lone = chars.next().filter(|_| chars.as_str().is_empty());
                    if lone.is_some_and(|c| confusable(c).is_some()) {
                        // A lone emoji that looks like an operator, such as `➖`, is treated as
                        // an unknown character so the help can name the look-alike.
                        i = self.unknown(tokens, i - 1);
                    } else if let Some(&at) = self.emoji_index.get(text) {
                        self.emoji_idents[at].1.push(span);
                    } else {
                        self.emoji_index.insert(text, self.emoji_idents.len());
                        self.emoji_idents.push((text, vec![span]));
                    }
                }
                TokenKind::Unknown => i = self.unknown(tokens, i - 1),
                _ => {}
            }
        }
        // rustc reports identifiers with emoji after lexing, one error per name.
        if !self.stopped {
            for (name, spans) in std::mem::take(&mut self.emoji_idents) {
                let mut d = if name == "🦀" {
                    Diagnostic::error("Ferris cannot be used as an identifier", spans[0])
                        .with_note("help: try using their name instead: `ferris`")
                } else {
                    Diagnostic::error(
                        format!("identifiers cannot contain emoji: `{name}`"),
                        spans[0],
                    )
                };
                d.labels.extend(spans[1..].iter().map(|&span| Label {
                    span,
                    message: String::new(),
                    primary: true,
                }));
                self.out.push(d);
            }
        }
        self.out
    }

    fn push(&mut self, diagnostic: Diagnostic) {
        self.out.push(diagnostic);
    }

    /// Reports an error after which rustc gives up.
    fn fatal(&mut self, diagnostic: Diagnostic) {
        self.out.push(diagnostic);
        self.stopped = true;
    }

    /// Doc comments may not contain a carriage return outside a `\r\n` line break.
    fn doc_comment(&mut self, doc_style: Option<DocStyle>, span: Span, block: bool) {
        if doc_style.is_none() {
            return;
        }
        let text = self.text(span);
        let message = if block {
            "bare CR not allowed in block doc-comment"
        } else {
            "bare CR not allowed in doc-comment"
        };
        // A line comment stops before `\n`, so its last `\r` is part of the line break.
        let content = if block {
            text
        } else {
            text.strip_suffix('\r').unwrap_or(text)
        };
        for (i, _) in content.match_indices('\r') {
            if !text[i..].starts_with("\r\n") {
                let at = span.start + i as u32;
                self.push(Diagnostic::error(message, Span::new(at, at + 1)));
            }
        }
    }

    /// E0758, pointing at the last nested comment that was closed, as rustc does.
    fn unterminated_block_comment(&mut self, doc_style: Option<DocStyle>, span: Span) {
        let message = if doc_style.is_some() {
            "unterminated block doc-comment"
        } else {
            "unterminated block comment"
        };
        let mut d = Diagnostic::error(message, span).with_code("E0758");
        // Find the last `/* … */` pair inside, the likely place a `*/` went missing.
        let text = self.text(span).as_bytes();
        let mut opened = Vec::new();
        let mut last_pair = None;
        let mut i = 0;
        while i + 1 < text.len() {
            match (text[i], text[i + 1]) {
                (b'/', b'*') => opened.push(i),
                (b'*', b'/') => last_pair = opened.pop().map(|open| (open, i)),
                _ => {}
            }
            i += 1;
        }
        if let Some((open, close)) = last_pair {
            let at = |offset: usize| {
                Span::new(span.start + offset as u32, span.start + offset as u32 + 2)
            };
            for (span, message) in [
                (at(0), message),
                (
                    at(open),
                    "...as last nested comment starts here, maybe you want to close this instead?",
                ),
                (at(close), "...and last nested comment terminates here."),
            ] {
                d.labels.push(Label {
                    span,
                    message: message.to_string(),
                    primary: false,
                });
            }
        }
        self.fatal(d);
    }

    /// `r#self` and `'r#self`: the path keywords cannot be raw.
    fn raw_name(&mut self, span: Span, prefix_len: usize, what: &str) {
        let name = &self.text(span)[prefix_len..];
        if matches!(name, "_" | "self" | "Self" | "super" | "crate") {
            self.push(Diagnostic::error(
                format!("`{name}` cannot be a raw {what}"),
                span,
            ));
        }
    }

    /// `foo"x"`, `foo#`, `'a#`: prefixes are reserved since Rust 2021.
    fn unknown_prefix(&mut self, span: Span) {
        let prefix = self.text(span);
        let help = if prefix == "rb" {
            "help: use `br` for a raw byte string"
        } else {
            "help: consider inserting whitespace here"
        };
        self.push(
            Diagnostic::error(format!("prefix `{prefix}` is unknown"), span)
                .with_label_message("unknown prefix")
                .with_note("note: prefixed identifiers and literals are reserved since Rust 2021")
                .with_note(help),
        );
    }

    /// `unknown start of token`, once for a run of the same character. Returns the index of
    /// the token after the run.
    fn unknown(&mut self, tokens: &[(TokenKind, Span)], first: usize) -> usize {
        let span = tokens[first].1;
        let c = self.text(span).chars().next().unwrap_or('\0');
        let mut end = first + 1;
        while end < tokens.len()
            && matches!(tokens[end].0, TokenKind::Unknown | TokenKind::InvalidIdent)
            && tokens[end].1.start == tokens[end - 1].1.end
            && self.text(tokens[end].1) == self.text(span)
        {
            end += 1;
        }
        let repeats = end - first - 1;
        let whole = Span::new(span.start, tokens[end - 1].1.end);
        let mut d = Diagnostic::error(
            format!("unknown start of token: {}", escaped_char(c)),
            whole,
        );
        match repeats {
            0 => {}
            1 => d = d.with_note("note: character appears once more"),
            n => d = d.with_note(format!("note: character appears {n} more times")),
        }
        if let Some((name, ascii, ascii_name)) = confusable(c) {
            d = d.with_note(format!(
                "help: Unicode character '{c}' ({name}) looks like '{ascii}' ({ascii_name}), but it is not"
            ));
        }
        if c == '\0' {
            d = d.with_note("help: source files must contain UTF-8 encoded text, unexpected null bytes might occur when a different encoding is used");
        }
        self.push(d);
        end
    }

    /// Every check rustc makes on a literal token while lexing.
    fn literal(&mut self, kind: LiteralKind, span: Span, suffix_start: u32) {
        let lit = Span::new(span.start, suffix_start);
        let from_prefix = |n: u32| Span::new(span.start + n, span.end);
        match kind {
            LiteralKind::Char { terminated: false } => {
                return self.fatal(
                    Diagnostic::error("unterminated character literal", span).with_code("E0762"),
                )
            }
            LiteralKind::Byte { terminated: false } => {
                return self.fatal(
                    Diagnostic::error("unterminated byte constant", from_prefix(1))
                        .with_code("E0763"),
                )
            }
            LiteralKind::Str { terminated: false } => {
                return self.fatal(
                    Diagnostic::error("unterminated double quote string", span).with_code("E0765"),
                )
            }
            LiteralKind::ByteStr { terminated: false } => {
                return self.fatal(
                    Diagnostic::error("unterminated double quote byte string", from_prefix(1))
                        .with_code("E0766"),
                )
            }
            LiteralKind::CStr { terminated: false } => {
                return self.fatal(
                    Diagnostic::error("unterminated C string", from_prefix(1)).with_code("E0767"),
                )
            }
            LiteralKind::RawStr { n_hashes: None } => return self.raw_str_error(span, 1),
            LiteralKind::RawByteStr { n_hashes: None }
            | LiteralKind::RawCStr { n_hashes: None } => return self.raw_str_error(span, 2),
            LiteralKind::Int {
                empty_int: true, ..
            } => self.push(
                Diagnostic::error("no valid digits found for number", lit).with_code("E0768"),
            ),
            LiteralKind::Int { base, .. } => self.int_digits(base, lit),
            LiteralKind::Float {
                base,
                empty_exponent,
            } => {
                if empty_exponent {
                    self.push(Diagnostic::error(
                        "expected at least one digit in exponent",
                        span,
                    ));
                }
                let name = match base {
                    Base::Binary => Some("binary"),
                    Base::Octal => Some("octal"),
                    Base::Hexadecimal => Some("hexadecimal"),
                    Base::Decimal => None,
                };
                if let Some(name) = name {
                    self.push(Diagnostic::error(
                        format!("{name} float literal is not supported"),
                        lit,
                    ));
                }
            }
            LiteralKind::Char { .. } => self.quoted(Mode::Char, lit, 1, 1),
            LiteralKind::Byte { .. } => self.quoted(Mode::Byte, lit, 2, 1),
            LiteralKind::Str { .. } => self.quoted(Mode::Str, lit, 1, 1),
            LiteralKind::ByteStr { .. } => self.quoted(Mode::ByteStr, lit, 2, 1),
            LiteralKind::CStr { .. } => self.quoted(Mode::CStr, lit, 2, 1),
            LiteralKind::RawStr { n_hashes: Some(n) } => {
                let n = u32::from(n);
                self.quoted(Mode::RawStr, lit, 2 + n, 1 + n)
            }
            LiteralKind::RawByteStr { n_hashes: Some(n) } => {
                let n = u32::from(n);
                self.quoted(Mode::RawByteStr, lit, 3 + n, 1 + n)
            }
            LiteralKind::RawCStr { n_hashes: Some(n) } => {
                let n = u32::from(n);
                self.quoted(Mode::RawCStr, lit, 3 + n, 1 + n)
            }
        }
        if suffix_start < span.end && self.text(Span::new(suffix_start, span.end)) == "_" {
            self.push(Diagnostic::error(
                "underscore literal suffix is not allowed",
                Span::new(suffix_start, span.end),
            ));
        }
    }

    /// Checks the text between the quotes of a terminated literal.
    fn quoted(&mut self, mode: Mode, lit: Span, open: u32, close: u32) {
        let content = Span::new(lit.start + open, lit.end.saturating_sub(close));
        escape::check(mode, self.text(content), content.start, lit, &mut self.out);
    }

    /// `0b102`: binary and octal literals were lexed with every decimal digit.
    fn int_digits(&mut self, base: Base, lit: Span) {
        let radix = match base {
            Base::Binary => 2,
            Base::Octal => 8,
            _ => return,
        };
        let digits_start = lit.start + 2;
        let digits = self.text(Span::new(digits_start, lit.end));
        for (i, c) in digits.char_indices() {
            if c != '_' && c.to_digit(radix).is_none() {
                let at = digits_start + i as u32;
                self.push(Diagnostic::error(
                    format!("invalid digit for a base {radix} literal"),
                    Span::new(at, at + c.len_utf8() as u32),
                ));
            }
        }
    }

    /// Explains why a raw string literal is invalid (all of these are fatal in rustc).
    fn raw_str_error(&mut self, span: Span, prefix_len: u32) {
        let d = match validate_raw_str(self.text(span), prefix_len) {
            Err(RawStrError::InvalidStarter { bad_char }) => Diagnostic::error(
                format!(
                    "found invalid character; only `#` is allowed in raw string delimitation: {}",
                    escaped_char(bad_char)
                ),
                span,
            ),
            Err(RawStrError::NoTerminator {
                expected,
                possible_terminator_offset,
                ..
            }) => {
                let mut d = Diagnostic::error("unterminated raw string", Span::empty(span.start))
                    .with_code("E0748")
                    .with_label_message("unterminated raw string");
                if expected > 0 {
                    d = d.with_note(format!(
                        "note: this raw string should be terminated with `\"{}`",
                        "#".repeat(expected as usize)
                    ));
                }
                if let Some(offset) = possible_terminator_offset {
                    let at = span.start + offset;
                    d.labels.push(Label {
                        span: Span::empty(at),
                        message: "help: consider terminating the string here".into(),
                        primary: false,
                    });
                }
                d
            }
            Err(RawStrError::TooManyDelimiters { found }) => Diagnostic::error(
                format!(
                    "too many `#` symbols: raw strings may be delimited by up to 255 `#` symbols, but found {found}"
                ),
                span,
            ),
            // Not reachable for a token the lexer marked invalid; nothing to report.
            Ok(()) => return,
        };
        self.fatal(d);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The diagnostics of `src` as "CODE message start..end" lines.
    fn diagnostics(src: &str) -> Vec<String> {
        lex(src)
            .diagnostics
            .iter()
            .map(|d| {
                let s = d.primary_span();
                format!(
                    "{} {} {}..{}",
                    d.code.as_deref().unwrap_or("-"),
                    d.message,
                    s.start,
                    s.end
                )
            })
            .collect()
    }

    #[test]
    fn tokens_cover_the_input() {
        let src = "\u{feff}#!/bin/run\nfn main() { let x = 1; }";
        let lexed = lex(src);
        assert_eq!(lexed.tokens[0].kind, TokenKind::Shebang);
        assert_eq!(lexed.tokens[0].span, Span::new(3, 13));
        assert_eq!(lexed.tokens.last().unwrap().span.end as usize, src.len());
        for pair in lexed.tokens.windows(2) {
            assert_eq!(pair[0].span.end, pair[1].span.start);
        }
        assert!(lexed.diagnostics.is_empty());
    }

    #[test]
    fn unterminated_things_match_rustc() {
        // Offsets and messages as rustc 1.95 reports them for the same text.
        let pre = "fn main() { let s = ";
        assert_eq!(
            diagnostics(&format!("{pre}\"abc; }}")),
            ["E0765 unterminated double quote string 20..27"]
        );
        assert_eq!(
            diagnostics(&format!("{pre}b\"abc; }}")),
            ["E0766 unterminated double quote byte string 21..28"]
        );
        assert_eq!(
            diagnostics(&format!("{pre}c\"abc; }}")),
            ["E0767 unterminated C string 21..28"]
        );
        assert_eq!(
            diagnostics(&format!("{pre}r#\"abc\"; }}")),
            ["E0748 unterminated raw string 20..20"]
        );
        assert_eq!(
            diagnostics(&format!("{pre}'\\n; }}")),
            ["E0762 unterminated character literal 20..26"]
        );
        assert_eq!(
            diagnostics(&format!("{pre}b'ab; }}")),
            ["E0763 unterminated byte constant 21..27"]
        );
        assert_eq!(
            diagnostics("fn main() {} /* abc /* */"),
            ["E0758 unterminated block comment 13..25"]
        );
        assert_eq!(
            diagnostics("fn main() {} /** abc"),
            ["E0758 unterminated block doc-comment 13..20"]
        );
    }

    #[test]
    fn fatal_errors_stop_reporting() {
        assert_eq!(
            diagnostics("'\\n; let s = \"abc"),
            ["E0762 unterminated character literal 0..17"]
        );
        assert_eq!(
            diagnostics("0x; \"abc"),
            [
                "E0768 no valid digits found for number 0..2",
                "E0765 unterminated double quote string 4..8"
            ]
        );
    }

    #[test]
    fn other_lexer_errors_match_rustc() {
        let pre = "fn main() { let s = ";
        assert_eq!(
            diagnostics(&format!("{pre}foo\"x\"; }}")),
            ["- prefix `foo` is unknown 20..23"]
        );
        assert_eq!(
            diagnostics(&format!("{pre}№ ; }}")),
            ["- unknown start of token: \\u{2116} 20..23"]
        );
        assert_eq!(
            diagnostics("fn main() { let x = 1 ¨¨¨ 2; }"),
            ["- unknown start of token: \\u{a8} 22..28"]
        );
        assert_eq!(
            diagnostics("fn main() { let a🦀 = 1; let b = a🦀 + a🦀; }"),
            ["- identifiers cannot contain emoji: `a🦀` 16..21"]
        );
        assert_eq!(
            diagnostics("0b1012 0o19 0x1.5 1e 0b101.1 0o1.5 \"a\"_"),
            [
                "- invalid digit for a base 2 literal 5..6",
                "- invalid digit for a base 8 literal 10..11",
                "- hexadecimal float literal is not supported 12..17",
                "- expected at least one digit in exponent 18..20",
                "- binary float literal is not supported 21..28",
                "- octal float literal is not supported 29..34",
                "- underscore literal suffix is not allowed 38..39",
            ]
        );
        assert_eq!(
            diagnostics("r#self r#_ 'r#self '1a 'a#"),
            [
                "- `self` cannot be a raw identifier 0..6",
                "- `_` cannot be a raw identifier 7..10",
                "- `self` cannot be a raw lifetime 11..18",
                "- lifetimes cannot start with a number 19..22",
                "- prefix `'a` is unknown 23..25",
            ]
        );
        assert_eq!(
            diagnostics("r#~\"abc\"#"),
            ["- found invalid character; only `#` is allowed in raw string delimitation: ~ 0..3"]
        );
        assert_eq!(
            diagnostics("/// a\rb\r\n//! c\r\n"),
            ["- bare CR not allowed in doc-comment 5..6"]
        );
        assert_eq!(
            diagnostics("x \0"),
            ["- unknown start of token: \\u{0} 2..3"]
        );
    }

    #[test]
    fn categories() {
        let lexed = lex("fn f() -> u8 { \"s\" } // c");
        let cats: Vec<_> = lexed
            .tokens
            .iter()
            .filter(|t| t.kind != TokenKind::Whitespace)
            .map(|t| t.category.as_str())
            .collect();
        assert_eq!(
            cats,
            [
                "keyword",
                "identifier",
                "delimiter",
                "delimiter",
                "operator",
                "operator",
                "type",
                "delimiter",
                "literal",
                "delimiter",
                "comment"
            ]
        );
        assert_eq!(lex("\"abc").tokens[0].category, TokenCategory::Error);
        assert_eq!(lex(" ").tokens[0].category, TokenCategory::Trivia);
    }
}
