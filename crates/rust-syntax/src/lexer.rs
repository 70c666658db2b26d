//! The raw lexer: splits Rust 2021 source text into tokens, each a kind and a length in bytes.
//!
//! This is the first stage of the Rust pipeline and follows the design of rustc's own
//! `rustc_lexer` crate: it works on a `&str`, never fails, and never allocates. Problems such as an
//! unterminated string are not reported here; they are recorded as flags on the token kind
//! (`Str { terminated: false }`), and the next stage ([`crate::lex`]) turns the flags into
//! diagnostics. Keeping the two apart makes the lexer small, fast and easy to test against the
//! real one.
//!
//! Punctuation is lexed one character at a time, as `rustc_lexer` does: `->` is `Minus` followed
//! by `Gt`, and `::` is two `Colon`s. Gluing them into multi-character operators is the parser's
//! job.
//!
//! Two places where the published `rustc_lexer` knows more than the Rust 2021 language are
//! resolved the way rustc does for edition 2021: `#"` and `##` (reserved for "guarded strings"
//! in Rust 2024) are a plain `#` followed by whatever comes next, and `k#ident` (a forced
//! keyword, unstable) is the unknown prefix `k` followed by `#` and the identifier. Frontmatter
//! (`---` blocks at the top of a cargo script) is not recognised: it is not part of stable Rust.
//!
//! The target is rustc 1.95, the compiler the project compares itself with. Where later
//! versions of `rustc_lexer` changed behaviour, 1.95 wins: a lifetime ends before an emoji
//! (`'a🦀` is the lifetime `'a` and the invalid identifier `🦀`), and `'🦀` is a character
//! literal, not a lifetime.

use unicode_properties::UnicodeEmoji;

use crate::cursor::{Cursor, EOF_CHAR};

/// One token of the raw token stream: what it is and how many bytes of source it covers.
///
/// Tokens follow each other without gaps, so the offset of a token is the sum of the lengths
/// of the tokens before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RawToken {
    /// What kind of token this is, with any error flags.
    pub kind: TokenKind,
    /// Length in bytes.
    pub len: u32,
}

/// The kinds of raw tokens, named as in `rustc_lexer`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// `// comment`, `/// outer doc`, `//! inner doc`. The token stops before the newline.
    LineComment {
        /// Whether this is a doc comment, and of which kind.
        doc_style: Option<DocStyle>,
    },
    /// `/* comment */`, `/** outer doc */`, `/*! inner doc */`. Block comments nest, so
    /// `/* /* */` is unterminated.
    BlockComment {
        /// Whether this is a doc comment, and of which kind.
        doc_style: Option<DocStyle>,
        /// False when the input ended before the comment was closed.
        terminated: bool,
    },
    /// A run of whitespace characters (Unicode `Pattern_White_Space`).
    Whitespace,
    /// The `#!…` line at the very start of a file. [`tokenize`] never produces it; [`crate::lex`]
    /// does, after [`strip_shebang`] recognised one.
    Shebang,
    /// An identifier or a keyword: `x`, `fn`, `_`, `ünïcödé`.
    Ident,
    /// An identifier containing emoji, such as `a🦀`; lexed only to report it well.
    InvalidIdent,
    /// A raw identifier: `r#match`.
    RawIdent,
    /// An identifier directly followed by `#`, `"` or `'`, such as `foo` in `foo"x"` or `foo#`.
    /// Since Rust 2021 these prefixes are reserved. Only the prefix is in the token.
    UnknownPrefix,
    /// A lifetime directly followed by `#`, such as `'a` in `'a#`. Only `'a` is in the token.
    UnknownPrefixLifetime,
    /// A raw lifetime: `'r#a`.
    RawLifetime,
    /// A literal: `12u8`, `1.0e-40`, `'c'`, `b"bytes"`, `r#"raw"#`. The suffix (`u8` in `12u8`)
    /// starts `suffix_start` bytes into the token; it equals the length when there is none.
    Literal {
        /// Which literal, with its error flags.
        kind: LiteralKind,
        /// Offset of the suffix within the token.
        suffix_start: u32,
    },
    /// A lifetime or label: `'a`, `'static`, `'_`.
    Lifetime {
        /// True for an invalid lifetime such as `'1a`.
        starts_with_number: bool,
    },
    /// `;`
    Semi,
    /// `,`
    Comma,
    /// `.`
    Dot,
    /// `(`
    OpenParen,
    /// `)`
    CloseParen,
    /// `{`
    OpenBrace,
    /// `}`
    CloseBrace,
    /// `[`
    OpenBracket,
    /// `]`
    CloseBracket,
    /// `@`
    At,
    /// `#`
    Pound,
    /// `~`
    Tilde,
    /// `?`
    Question,
    /// `:`
    Colon,
    /// `$`
    Dollar,
    /// `=`
    Eq,
    /// `!`
    Bang,
    /// `<`
    Lt,
    /// `>`
    Gt,
    /// `-`
    Minus,
    /// `&`
    And,
    /// `|`
    Or,
    /// `+`
    Plus,
    /// `*`
    Star,
    /// `/`
    Slash,
    /// `^`
    Caret,
    /// `%`
    Percent,
    /// A character that cannot start any token, such as `№` or a NUL byte.
    Unknown,
}

/// Which item a doc comment documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocStyle {
    /// `///` and `/** */` document the item that follows.
    Outer,
    /// `//!` and `/*! */` document the item they are inside.
    Inner,
}

/// The kinds of literals.
///
/// The suffix does not decide the kind: `1f32` is an `Int` here, exactly as in `rustc_lexer`;
/// the type checker gives it its float type later.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LiteralKind {
    /// `12_u8`, `0o100`, `0b120i99`, `1f32`.
    Int {
        /// The base, from the `0b`/`0o`/`0x` prefix.
        base: Base,
        /// True when the prefix has no digit after it, as in `0x` or `0b_`.
        empty_int: bool,
    },
    /// `12.34f32`, `1e3`, `1.`, but not `1f32`.
    Float {
        /// The base (anything but decimal is an error reported later).
        base: Base,
        /// True when an `e` has no digit after it, as in `1e` or `2.5E+`.
        empty_exponent: bool,
    },
    /// `'a'`, `'\\'`, `'''`, `';`.
    Char {
        /// False when the closing quote is missing.
        terminated: bool,
    },
    /// `b'a'`, `b'\\'`.
    Byte {
        /// False when the closing quote is missing.
        terminated: bool,
    },
    /// `"abc"`.
    Str {
        /// False when the input ended inside the string.
        terminated: bool,
    },
    /// `b"abc"`.
    ByteStr {
        /// False when the input ended inside the string.
        terminated: bool,
    },
    /// `c"abc"`.
    CStr {
        /// False when the input ended inside the string.
        terminated: bool,
    },
    /// `r"abc"`, `r#"abc"#`. `n_hashes` is `None` for an invalid raw string; see
    /// [`validate_raw_str`] for why.
    RawStr {
        /// The number of `#` around the quotes.
        n_hashes: Option<u8>,
    },
    /// `br"abc"`, `br#"abc"#`.
    RawByteStr {
        /// The number of `#` around the quotes, `None` when invalid.
        n_hashes: Option<u8>,
    },
    /// `cr"abc"`, `cr#"abc"#`.
    RawCStr {
        /// The number of `#` around the quotes, `None` when invalid.
        n_hashes: Option<u8>,
    },
}

/// The base of an integer or float literal, from its prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Base {
    /// `0b…`
    Binary = 2,
    /// `0o…`
    Octal = 8,
    /// No prefix.
    Decimal = 10,
    /// `0x…`
    Hexadecimal = 16,
}

/// Why a raw string literal is invalid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RawStrError {
    /// Something other than `#` between the `r` and the opening quote, as in `r#~"x"#`.
    InvalidStarter {
        /// The offending character (`'\0'` when the input ended there).
        bad_char: char,
    },
    /// The closing quote with enough hashes was never found.
    NoTerminator {
        /// How many `#` the literal opened with.
        expected: u32,
        /// The most `#` seen after any quote inside it.
        found: u32,
        /// Offset, from the start of the token, of the `#`s that came closest to closing it.
        possible_terminator_offset: Option<u32>,
    },
    /// More than 255 `#`.
    TooManyDelimiters {
        /// How many there were.
        found: u32,
    },
}

impl TokenKind {
    /// The short display name of the kind: `Ident`, `Semi`, `Literal(Int)`, `BlockComment`…
    ///
    /// These are `rustc_lexer`'s variant names; literals show their literal kind in parentheses.
    /// Error flags are not part of the name (they show as diagnostics and as the token category).
    pub fn name(&self) -> String {
        match self {
            TokenKind::Literal { kind, .. } => format!("Literal({})", kind.name()),
            other => other.simple_name().to_string(),
        }
    }

    /// The name of every kind but `Literal`.
    fn simple_name(&self) -> &'static str {
        use TokenKind::*;
        match self {
            LineComment { .. } => "LineComment",
            BlockComment { .. } => "BlockComment",
            Whitespace => "Whitespace",
            Shebang => "Shebang",
            Ident => "Ident",
            InvalidIdent => "InvalidIdent",
            RawIdent => "RawIdent",
            UnknownPrefix => "UnknownPrefix",
            UnknownPrefixLifetime => "UnknownPrefixLifetime",
            RawLifetime => "RawLifetime",
            Literal { .. } => "Literal",
            Lifetime { .. } => "Lifetime",
            Semi => "Semi",
            Comma => "Comma",
            Dot => "Dot",
            OpenParen => "OpenParen",
            CloseParen => "CloseParen",
            OpenBrace => "OpenBrace",
            CloseBrace => "CloseBrace",
            OpenBracket => "OpenBracket",
            CloseBracket => "CloseBracket",
            At => "At",
            Pound => "Pound",
            Tilde => "Tilde",
            Question => "Question",
            Colon => "Colon",
            Dollar => "Dollar",
            Eq => "Eq",
            Bang => "Bang",
            Lt => "Lt",
            Gt => "Gt",
            Minus => "Minus",
            And => "And",
            Or => "Or",
            Plus => "Plus",
            Star => "Star",
            Slash => "Slash",
            Caret => "Caret",
            Percent => "Percent",
            Unknown => "Unknown",
        }
    }

    /// True for whitespace and comments that are not doc comments: the tokens a parser skips.
    pub fn is_trivia(&self) -> bool {
        matches!(
            self,
            TokenKind::Whitespace
                | TokenKind::Shebang
                | TokenKind::LineComment { doc_style: None }
                | TokenKind::BlockComment {
                    doc_style: None,
                    ..
                }
        )
    }
}

impl LiteralKind {
    /// The variant name: `Int`, `Float`, `Str`, `RawByteStr`…
    pub fn name(&self) -> &'static str {
        match self {
            LiteralKind::Int { .. } => "Int",
            LiteralKind::Float { .. } => "Float",
            LiteralKind::Char { .. } => "Char",
            LiteralKind::Byte { .. } => "Byte",
            LiteralKind::Str { .. } => "Str",
            LiteralKind::ByteStr { .. } => "ByteStr",
            LiteralKind::CStr { .. } => "CStr",
            LiteralKind::RawStr { .. } => "RawStr",
            LiteralKind::RawByteStr { .. } => "RawByteStr",
            LiteralKind::RawCStr { .. } => "RawCStr",
        }
    }
}

/// Splits `src` into raw tokens, lazily.
///
/// Every byte of `src` belongs to exactly one token. A shebang line is not special here: use
/// [`strip_shebang`] first, as rustc does (or call [`crate::lex`], which does it for you).
pub fn tokenize(src: &str) -> impl Iterator<Item = RawToken> + '_ {
    let mut cursor = Cursor::new(src);
    std::iter::from_fn(move || cursor.next_token())
}

/// The length of the shebang line at the start of `src`, if it has one.
///
/// A file may start with `#!/usr/bin/env run-cargo-script`, which is not Rust. But `#![allow(x)]`
/// also starts with `#!` and is Rust (an inner attribute), so, as in rustc, `#!` starts a
/// shebang unless the next token that is not whitespace or a plain comment is `[`. The returned
/// length covers `#!` and the rest of the line, without the line break.
pub fn strip_shebang(src: &str) -> Option<usize> {
    let tail = src.strip_prefix("#!")?;
    let next_real_token = tokenize(tail).map(|t| t.kind).find(|k| {
        !matches!(
            k,
            TokenKind::Whitespace
                | TokenKind::LineComment { doc_style: None }
                | TokenKind::BlockComment {
                    doc_style: None,
                    ..
                }
        )
    });
    if next_real_token == Some(TokenKind::OpenBracket) {
        return None;
    }
    // The line ends at `\n`; a `\r` directly before it belongs to the line break.
    let line = match tail.find('\n') {
        Some(end) => tail[..end].strip_suffix('\r').unwrap_or(&tail[..end]),
        None => tail,
    };
    Some(2 + line.len())
}

/// Checks the raw string literal `text` (the whole token, starting with its `prefix_len`-byte
/// prefix `r`, `br` or `cr`), and says what is wrong with it.
///
/// The lexer only records that a raw string is invalid (`n_hashes: None`), so that the token
/// stays small; this recomputes the reason when a diagnostic needs it.
pub fn validate_raw_str(text: &str, prefix_len: u32) -> Result<(), RawStrError> {
    let mut cursor = Cursor::new(text);
    for _ in 0..prefix_len {
        cursor.bump();
    }
    cursor.raw_string().map(|_| ())
}

/// True for the characters Rust treats as whitespace: Unicode's `Pattern_White_Space`.
///
/// That set is fixed forever by Unicode, so it is spelled out here. Note that it does not
/// contain the no-break space `U+00A0`.
pub fn is_whitespace(c: char) -> bool {
    matches!(
        c,
        // Line breaks.
        '\n' | '\u{000B}' | '\u{000C}' | '\r' | '\u{0085}' | '\u{2028}' | '\u{2029}'
        // Invisible left-to-right and right-to-left marks.
        | '\u{200E}' | '\u{200F}'
        // Horizontal space.
        | '\t' | ' '
    )
}

/// True if `c` can start an identifier: `XID_Start` or `_`.
pub fn is_id_start(c: char) -> bool {
    c == '_' || unicode_ident::is_xid_start(c)
}

/// True if `c` can continue an identifier: `XID_Continue`.
pub fn is_id_continue(c: char) -> bool {
    unicode_ident::is_xid_continue(c)
}

/// True for non-ASCII emoji characters, which rustc lexes into (invalid) identifiers so it can
/// say "identifiers cannot contain emoji" instead of "unknown start of token".
pub(crate) fn is_emoji(c: char) -> bool {
    !c.is_ascii() && c.is_emoji_char()
}

impl Cursor<'_> {
    /// Lexes the next token, or returns `None` at the end of the input.
    fn next_token(&mut self) -> Option<RawToken> {
        self.start_token();
        let first = self.bump()?;
        let kind = match first {
            '/' => match self.first() {
                '/' => self.line_comment(),
                '*' => self.block_comment(),
                _ => TokenKind::Slash,
            },
            c if is_whitespace(c) => {
                self.eat_while(is_whitespace);
                TokenKind::Whitespace
            }
            // `r` may start a raw identifier, a raw string, or just an identifier.
            'r' => match (self.first(), self.second()) {
                ('#', c) if is_id_start(c) => {
                    self.bump();
                    self.eat_identifier();
                    TokenKind::RawIdent
                }
                ('#', _) | ('"', _) => {
                    self.raw_string_literal(|n_hashes| LiteralKind::RawStr { n_hashes })
                }
                _ => self.ident_or_unknown_prefix(),
            },
            'b' => self.prefixed_literal(
                |terminated| LiteralKind::ByteStr { terminated },
                |n_hashes| LiteralKind::RawByteStr { n_hashes },
                Some(|terminated| LiteralKind::Byte { terminated }),
            ),
            'c' => self.prefixed_literal(
                |terminated| LiteralKind::CStr { terminated },
                |n_hashes| LiteralKind::RawCStr { n_hashes },
                None,
            ),
            c if is_id_start(c) => self.ident_or_unknown_prefix(),
            c @ '0'..='9' => {
                let kind = self.number(c);
                let suffix_start = self.token_len();
                self.eat_identifier();
                TokenKind::Literal { kind, suffix_start }
            }
            '\'' => self.lifetime_or_char(),
            '"' => {
                let terminated = self.double_quoted_string();
                self.finish_quoted(LiteralKind::Str { terminated }, terminated)
            }
            ';' => TokenKind::Semi,
            ',' => TokenKind::Comma,
            '.' => TokenKind::Dot,
            '(' => TokenKind::OpenParen,
            ')' => TokenKind::CloseParen,
            '{' => TokenKind::OpenBrace,
            '}' => TokenKind::CloseBrace,
            '[' => TokenKind::OpenBracket,
            ']' => TokenKind::CloseBracket,
            '@' => TokenKind::At,
            '#' => TokenKind::Pound,
            '~' => TokenKind::Tilde,
            '?' => TokenKind::Question,
            ':' => TokenKind::Colon,
            '$' => TokenKind::Dollar,
            '=' => TokenKind::Eq,
            '!' => TokenKind::Bang,
            '<' => TokenKind::Lt,
            '>' => TokenKind::Gt,
            '-' => TokenKind::Minus,
            '&' => TokenKind::And,
            '|' => TokenKind::Or,
            '+' => TokenKind::Plus,
            '*' => TokenKind::Star,
            '^' => TokenKind::Caret,
            '%' => TokenKind::Percent,
            c if is_emoji(c) => self.invalid_ident(),
            _ => TokenKind::Unknown,
        };
        Some(RawToken {
            kind,
            len: self.token_len(),
        })
    }

    /// After `/`, with `/` next: a line comment, up to (not including) the end of the line.
    fn line_comment(&mut self) -> TokenKind {
        self.bump();
        let doc_style = match self.first() {
            '!' => Some(DocStyle::Inner),
            // Exactly three slashes make a doc comment; `////` is a plain comment again.
            '/' if self.second() != '/' => Some(DocStyle::Outer),
            _ => None,
        };
        self.eat_until('\n');
        TokenKind::LineComment { doc_style }
    }

    /// After `/`, with `*` next: a block comment, which may contain nested block comments.
    fn block_comment(&mut self) -> TokenKind {
        self.bump();
        let doc_style = match self.first() {
            '!' => Some(DocStyle::Inner),
            // `/**` starts a doc comment, but `/***` and the empty comment `/**/` do not.
            '*' if !matches!(self.second(), '*' | '/') => Some(DocStyle::Outer),
            _ => None,
        };
        // Nesting is counted, not recursed into, so any depth is fine.
        let mut depth: usize = 1;
        while let Some(c) = self.bump() {
            match c {
                '/' if self.first() == '*' => {
                    self.bump();
                    depth += 1;
                }
                '*' if self.first() == '/' => {
                    self.bump();
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
        }
        TokenKind::BlockComment {
            doc_style,
            terminated: depth == 0,
        }
    }

    /// After the first character of an identifier: the rest of it, and what follows decides
    /// whether it is an identifier or a reserved prefix.
    fn ident_or_unknown_prefix(&mut self) -> TokenKind {
        self.eat_while(is_id_continue);
        match self.first() {
            // The prefixes Rust knows (`r`, `b`, `br`, `c`, `cr`) were handled before we got
            // here, so any other identifier glued to one of these is a reserved prefix.
            '#' | '"' | '\'' => TokenKind::UnknownPrefix,
            c if is_emoji(c) => self.invalid_ident(),
            _ => TokenKind::Ident,
        }
    }

    /// The rest of an identifier that contains emoji.
    fn invalid_ident(&mut self) -> TokenKind {
        self.eat_while(|c| is_id_continue(c) || is_emoji(c));
        TokenKind::InvalidIdent
    }

    /// Eats an identifier if one starts here (used for literal suffixes and raw identifiers).
    fn eat_identifier(&mut self) {
        if is_id_start(self.first()) {
            self.bump();
            self.eat_while(is_id_continue);
        }
    }

    /// After `b` or `c`: a byte or C string (raw or not), a byte literal, or an identifier.
    /// `single_quoted` is `None` for `c`, which has no `c'…'` form.
    fn prefixed_literal(
        &mut self,
        quoted: fn(bool) -> LiteralKind,
        raw: fn(Option<u8>) -> LiteralKind,
        single_quoted: Option<fn(bool) -> LiteralKind>,
    ) -> TokenKind {
        match (self.first(), self.second(), single_quoted) {
            ('\'', _, Some(single_quoted)) => {
                self.bump();
                let terminated = self.single_quoted_string();
                self.finish_quoted(single_quoted(terminated), terminated)
            }
            ('"', _, _) => {
                self.bump();
                let terminated = self.double_quoted_string();
                self.finish_quoted(quoted(terminated), terminated)
            }
            ('r', '"', _) | ('r', '#', _) => {
                self.bump();
                self.raw_string_literal(raw)
            }
            _ => self.ident_or_unknown_prefix(),
        }
    }

    /// Completes a quoted literal: a terminated one may carry a suffix.
    fn finish_quoted(&mut self, kind: LiteralKind, terminated: bool) -> TokenKind {
        let suffix_start = self.token_len();
        if terminated {
            self.eat_identifier();
        }
        TokenKind::Literal { kind, suffix_start }
    }

    /// After the `r` of `r`, `br` or `cr`: a raw string and its suffix.
    fn raw_string_literal(&mut self, make: fn(Option<u8>) -> LiteralKind) -> TokenKind {
        let n_hashes = self.raw_string().ok();
        let suffix_start = self.token_len();
        if n_hashes.is_some() {
            self.eat_identifier();
        }
        TokenKind::Literal {
            kind: make(n_hashes),
            suffix_start,
        }
    }

    /// After the `r`: the hashes, the quoted text and the closing hashes of a raw string.
    /// Returns the number of hashes, or why the literal is invalid.
    fn raw_string(&mut self) -> Result<u8, RawStrError> {
        let mut n_hashes: u32 = 0;
        while self.first() == '#' {
            self.bump();
            n_hashes += 1;
        }
        match self.bump() {
            Some('"') => {}
            bad => {
                return Err(RawStrError::InvalidStarter {
                    bad_char: bad.unwrap_or(EOF_CHAR),
                })
            }
        }
        // Every quote inside might be the end: it is when enough hashes follow it.
        let mut most_hashes_seen = 0;
        let mut closest_terminator = None;
        loop {
            self.eat_until('"');
            if self.bump().is_none() {
                return Err(RawStrError::NoTerminator {
                    expected: n_hashes,
                    found: most_hashes_seen,
                    possible_terminator_offset: closest_terminator,
                });
            }
            let mut closing = 0;
            // Extra hashes (`r#"x"##`) are left for the next token.
            while closing < n_hashes && self.first() == '#' {
                self.bump();
                closing += 1;
            }
            if closing == n_hashes {
                break;
            }
            if closing > most_hashes_seen {
                most_hashes_seen = closing;
                closest_terminator = Some(self.token_len() - closing);
            }
        }
        u8::try_from(n_hashes).map_err(|_| RawStrError::TooManyDelimiters { found: n_hashes })
    }

    /// After the opening `"`: the string up to and including the closing `"`. Returns false if
    /// the input ended first. Escapes are skipped, not checked.
    fn double_quoted_string(&mut self) -> bool {
        while let Some(c) = self.bump() {
            match c {
                '"' => return true,
                // Only `\\` and `\"` matter for finding the end; other escapes are plain text.
                '\\' if matches!(self.first(), '\\' | '"') => {
                    self.bump();
                }
                _ => {}
            }
        }
        false
    }

    /// After the opening `'` of a character or byte literal: the rest of it. Returns false when
    /// it is not terminated.
    fn single_quoted_string(&mut self) -> bool {
        // The common case: one character and the closing quote.
        if self.second() == '\'' && self.first() != '\\' {
            self.bump();
            self.bump();
            return true;
        }
        loop {
            match self.first() {
                '\'' => {
                    self.bump();
                    return true;
                }
                // A `/` probably starts a comment that does not belong in the literal, and a
                // line break without a quote right after it ends the attempt: the literal is
                // unterminated, and the error should not swallow the rest of the file.
                '/' => return false,
                '\n' if self.second() != '\'' => return false,
                EOF_CHAR if self.is_eof() => return false,
                '\\' => {
                    self.bump();
                    self.bump();
                }
                _ => {
                    self.bump();
                }
            }
        }
    }

    /// After `'`: a lifetime (`'a`), a raw lifetime (`'r#a`) or a character literal (`'a'`).
    fn lifetime_or_char(&mut self) -> TokenKind {
        // A quote two characters on (`'a'`, `'''`) means a character literal. Otherwise, a
        // character that can start an identifier starts a lifetime, and so does a digit, so
        // that `'1` is reported as a bad lifetime rather than an unterminated character.
        let next = self.first();
        let starts_with_number = next.is_ascii_digit();
        let can_be_lifetime = self.second() != '\'' && (is_id_start(next) || starts_with_number);
        if !can_be_lifetime {
            let terminated = self.single_quoted_string();
            return self.finish_quoted(LiteralKind::Char { terminated }, terminated);
        }
        if next == 'r' && self.second() == '#' && is_id_start(self.third()) {
            self.bump();
            self.bump();
            self.bump();
            self.eat_while(is_id_continue);
            return TokenKind::RawLifetime;
        }
        self.bump();
        self.eat_while(is_id_continue);
        match self.first() {
            // `'ab'`: a character literal with too many characters, reported later.
            '\'' => {
                self.bump();
                TokenKind::Literal {
                    kind: LiteralKind::Char { terminated: true },
                    suffix_start: self.token_len(),
                }
            }
            '#' if !starts_with_number => TokenKind::UnknownPrefixLifetime,
            _ => TokenKind::Lifetime { starts_with_number },
        }
    }

    /// After the first digit: the rest of a number literal, without its suffix.
    fn number(&mut self, first_digit: char) -> LiteralKind {
        let mut base = Base::Decimal;
        if first_digit == '0' {
            let prefixed = match self.first() {
                'b' => Some(Base::Binary),
                'o' => Some(Base::Octal),
                'x' => Some(Base::Hexadecimal),
                '0'..='9' | '_' => {
                    self.eat_decimal_digits();
                    None
                }
                // `0.5` and `0e3` go on to the fraction and exponent below.
                '.' | 'e' | 'E' => None,
                // A lone `0`.
                _ => {
                    return LiteralKind::Int {
                        base,
                        empty_int: false,
                    }
                }
            };
            if let Some(prefix_base) = prefixed {
                base = prefix_base;
                self.bump();
                // Binary and octal literals accept every decimal digit here; the wrong ones
                // are reported later, with a better message than a split token would give.
                let has_digits = if base == Base::Hexadecimal {
                    self.eat_hexadecimal_digits()
                } else {
                    self.eat_decimal_digits()
                };
                if !has_digits {
                    return LiteralKind::Int {
                        base,
                        empty_int: true,
                    };
                }
            }
        } else {
            self.eat_decimal_digits();
        }
        match self.first() {
            // A dot makes a float unless it starts `..` (`1..2`) or a field or method access
            // (`1.foo()`, `x.0.1` is handled by the parser).
            '.' if self.second() != '.' && !is_id_start(self.second()) => {
                self.bump();
                let mut empty_exponent = false;
                if self.first().is_ascii_digit() {
                    self.eat_decimal_digits();
                    if matches!(self.first(), 'e' | 'E') {
                        self.bump();
                        empty_exponent = !self.eat_exponent();
                    }
                }
                LiteralKind::Float {
                    base,
                    empty_exponent,
                }
            }
            'e' | 'E' => {
                self.bump();
                let empty_exponent = !self.eat_exponent();
                LiteralKind::Float {
                    base,
                    empty_exponent,
                }
            }
            _ => LiteralKind::Int {
                base,
                empty_int: false,
            },
        }
    }

    /// Eats decimal digits and underscores; true if there was at least one digit.
    fn eat_decimal_digits(&mut self) -> bool {
        self.eat_digits(|c| c.is_ascii_digit())
    }

    /// Eats hexadecimal digits and underscores; true if there was at least one digit.
    fn eat_hexadecimal_digits(&mut self) -> bool {
        self.eat_digits(|c| c.is_ascii_hexdigit())
    }

    /// Eats digits accepted by `is_digit`, and underscores; true if there was a digit.
    fn eat_digits(&mut self, is_digit: fn(char) -> bool) -> bool {
        let mut has_digits = false;
        loop {
            let c = self.first();
            if c == '_' {
                self.bump();
            } else if is_digit(c) {
                has_digits = true;
                self.bump();
            } else {
                return has_digits;
            }
        }
    }

    /// After `e` or `E`: an optional sign and the digits. True if there was a digit.
    fn eat_exponent(&mut self) -> bool {
        if matches!(self.first(), '-' | '+') {
            self.bump();
        }
        self.eat_decimal_digits()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use LiteralKind::*;
    use TokenKind::*;

    /// The tokens of `src` as (kind, text) pairs.
    fn lex(src: &str) -> Vec<(TokenKind, &str)> {
        let mut offset = 0;
        tokenize(src)
            .map(|t| {
                let text = &src[offset..offset + t.len as usize];
                offset += t.len as usize;
                (t.kind, text)
            })
            .collect()
    }

    /// The names and texts of the tokens of `src`, whitespace left out.
    fn names(src: &str) -> Vec<String> {
        lex(src)
            .into_iter()
            .filter(|(k, _)| *k != Whitespace)
            .map(|(k, text)| format!("{} {}", k.name(), text))
            .collect()
    }

    fn lit(kind: LiteralKind, suffix_start: u32) -> TokenKind {
        Literal { kind, suffix_start }
    }

    const DEC_INT: LiteralKind = Int {
        base: Base::Decimal,
        empty_int: false,
    };
    const DEC_FLOAT: LiteralKind = Float {
        base: Base::Decimal,
        empty_exponent: false,
    };

    #[test]
    fn identifiers_and_keywords() {
        assert_eq!(
            names("fn r#match _x ünï"),
            ["Ident fn", "RawIdent r#match", "Ident _x", "Ident ünï"]
        );
        assert_eq!(names("a🦀b"), ["InvalidIdent a🦀b"]);
        assert_eq!(names("🦀"), ["InvalidIdent 🦀"]);
    }

    #[test]
    fn reserved_prefixes() {
        assert_eq!(
            names("foo\"x\" bar# z'a' k#fn"),
            [
                "UnknownPrefix foo",
                "Literal(Str) \"x\"",
                "UnknownPrefix bar",
                "Pound #",
                "UnknownPrefix z",
                "Literal(Char) 'a'",
                "UnknownPrefix k",
                "Pound #",
                "Ident fn",
            ]
        );
        assert_eq!(names("'a#"), ["UnknownPrefixLifetime 'a", "Pound #"]);
        // Guarded strings are Rust 2024: in 2021 `#"x"` is `#` and a string.
        assert_eq!(names("#\"x\""), ["Pound #", "Literal(Str) \"x\""]);
    }

    #[test]
    fn numbers() {
        assert_eq!(lex("1_000u32")[0].0, lit(DEC_INT, 5));
        assert_eq!(lex("1.5e-3f64")[0].0, lit(DEC_FLOAT, 6));
        assert_eq!(
            names("1. 1..2 1.foo() 0x_fF 0b102 0o7 1e3"),
            [
                "Literal(Float) 1.",
                "Literal(Int) 1",
                "Dot .",
                "Dot .",
                "Literal(Int) 2",
                "Literal(Int) 1",
                "Dot .",
                "Ident foo",
                "OpenParen (",
                "CloseParen )",
                "Literal(Int) 0x_fF",
                "Literal(Int) 0b102",
                "Literal(Int) 0o7",
                "Literal(Float) 1e3",
            ]
        );
        assert_eq!(
            lex("0x")[0].0,
            lit(
                Int {
                    base: Base::Hexadecimal,
                    empty_int: true
                },
                2
            )
        );
        assert_eq!(
            lex("1e+")[0].0,
            lit(
                Float {
                    base: Base::Decimal,
                    empty_exponent: true
                },
                3
            )
        );
        assert_eq!(
            lex("0b1.0")[0].0,
            lit(
                Float {
                    base: Base::Binary,
                    empty_exponent: false
                },
                5
            )
        );
        // A tuple index after a float-like number: `t.0.1` lexes `0.1` as one float.
        assert_eq!(names("t.0.1"), ["Ident t", "Dot .", "Literal(Float) 0.1"]);
    }

    #[test]
    fn chars_and_lifetimes() {
        assert_eq!(
            names("'a' '\\'' 'a 'static '_ 'r#a '1 'ab'"),
            [
                "Literal(Char) 'a'",
                "Literal(Char) '\\''",
                "Lifetime 'a",
                "Lifetime 'static",
                "Lifetime '_",
                "RawLifetime 'r#a",
                "Lifetime '1",
                "Literal(Char) 'ab'",
            ]
        );
        assert_eq!(
            lex("'1")[0].0,
            Lifetime {
                starts_with_number: true
            }
        );
        // An unterminated character literal stops at a line break or a `/`.
        assert_eq!(
            lex("'\\n\nx")[0],
            (lit(Char { terminated: false }, 3), "'\\n")
        );
        assert_eq!(lex("' //")[0], (lit(Char { terminated: false }, 2), "' "));
        assert_eq!(lex("b'x'")[0].0, lit(Byte { terminated: true }, 4));
    }

    #[test]
    fn strings() {
        assert_eq!(
            names(r#""a\"b" b"x" c"y" "s"suf"#),
            [
                "Literal(Str) \"a\\\"b\"",
                "Literal(ByteStr) b\"x\"",
                "Literal(CStr) c\"y\"",
                "Literal(Str) \"s\"suf",
            ]
        );
        assert_eq!(lex("\"abc")[0].0, lit(Str { terminated: false }, 4));
        assert_eq!(lex("b\"abc")[0].0, lit(ByteStr { terminated: false }, 5));
    }

    #[test]
    fn raw_strings() {
        assert_eq!(
            names(r###"r"a" r#"a"b"# br##"x"#"## cr"c" r#"x"##"###),
            [
                "Literal(RawStr) r\"a\"",
                "Literal(RawStr) r#\"a\"b\"#",
                "Literal(RawByteStr) br##\"x\"#\"##",
                "Literal(RawCStr) cr\"c\"",
                "Literal(RawStr) r#\"x\"#",
                "Pound #",
            ]
        );
        assert_eq!(
            lex("r#~\"x\"#")[0],
            (lit(RawStr { n_hashes: None }, 3), "r#~")
        );
        assert_eq!(
            validate_raw_str("r##\"a\"#b", 1),
            Err(RawStrError::NoTerminator {
                expected: 2,
                found: 1,
                possible_terminator_offset: Some(6),
            })
        );
        assert_eq!(
            validate_raw_str("br#~", 2),
            Err(RawStrError::InvalidStarter { bad_char: '~' })
        );
        let many = format!("r{0}\"x\"{0}", "#".repeat(256));
        assert_eq!(
            validate_raw_str(&many, 1),
            Err(RawStrError::TooManyDelimiters { found: 256 })
        );
        assert_eq!(lex(&many).len(), 1);
    }

    #[test]
    fn comments() {
        let doc = |d| LineComment { doc_style: d };
        assert_eq!(lex("// a\n")[0].0, doc(None));
        assert_eq!(lex("/// a")[0].0, doc(Some(DocStyle::Outer)));
        assert_eq!(lex("//// a")[0].0, doc(None));
        assert_eq!(lex("//! a")[0].0, doc(Some(DocStyle::Inner)));
        let block = |d, terminated| BlockComment {
            doc_style: d,
            terminated,
        };
        assert_eq!(lex("/* a /* b */ c */")[0].0, block(None, true));
        assert_eq!(lex("/* a /* b */")[0].0, block(None, false));
        assert_eq!(lex("/** a */")[0].0, block(Some(DocStyle::Outer), true));
        assert_eq!(lex("/**/")[0].0, block(None, true));
        assert_eq!(lex("/***/")[0].0, block(None, true));
        assert_eq!(lex("/*! a */")[0].0, block(Some(DocStyle::Inner), true));
        assert_eq!(
            names("/* */ */"),
            ["BlockComment /* */", "Star *", "Slash /"]
        );
    }

    #[test]
    fn punctuation_and_unknown() {
        assert_eq!(
            names("->::$№"),
            [
                "Minus -",
                "Gt >",
                "Colon :",
                "Colon :",
                "Dollar $",
                "Unknown №"
            ]
        );
        assert_eq!(lex("\u{a0}")[0].0, Unknown);
    }

    #[test]
    fn shebang() {
        assert_eq!(
            strip_shebang("#!/usr/bin/env run\r\nfn main() {}"),
            Some(18)
        );
        assert_eq!(strip_shebang("#!/bin/x"), Some(8));
        assert_eq!(strip_shebang("#![allow(x)]"), None);
        assert_eq!(strip_shebang("#! // c\n /* d */ [x]"), None);
        assert_eq!(strip_shebang("#! /// doc\n[x]"), Some(10));
        assert_eq!(strip_shebang("fn main() {}"), None);
    }

    #[test]
    fn names_of_kinds() {
        assert_eq!(
            lit(RawByteStr { n_hashes: Some(1) }, 0).name(),
            "Literal(RawByteStr)"
        );
        assert_eq!(OpenBrace.name(), "OpenBrace");
        assert!(LineComment { doc_style: None }.is_trivia());
        assert!(!LineComment {
            doc_style: Some(DocStyle::Outer)
        }
        .is_trivia());
    }
}
