//! The parser's state and the small tools every grammar rule uses: looking at tokens,
//! positions of new nodes, failure and error reporting, and the depth limits.
//!
//! Rules are methods returning `PResult<T>`. A rule that cannot continue returns `Err(Fail)`;
//! if it knows a better message than CPython's generic `invalid syntax` it records one with
//! [`Parser::error_at`] first. The first recorded error wins and parsing stops, except at the
//! few places where the grammar needs to back up (`with (…)`, soft keywords), which clear it.

use source::Span;

use super::decode::Decoded;
use super::error::ErrorKind;
use super::lexer::{Token, T};
use crate::ast::{Expr, ExprKind, Pos};

/// A rule failed; the reason, if known, is in `Parser::error`.
#[derive(Debug)]
pub(crate) struct Fail;

pub(crate) type PResult<T> = Result<T, Fail>;

/// An error found by the parser, with CPython's 1-based offsets: byte offsets, which are
/// turned into character offsets when the source declared its encoding (as CPython does only
/// then), unless `convert` is false.
#[derive(Clone, Debug)]
pub(crate) struct PError {
    pub kind: ErrorKind,
    pub message: String,
    pub lineno: u32,
    pub offset: i64,
    pub end_lineno: u32,
    pub end_offset: i64,
    /// Byte offsets in the text (for the span).
    pub start: u32,
    pub end: u32,
    /// Whether the offsets are bytes that may need converting to characters.
    pub convert: bool,
    /// Whether the error is at the end marker (where `python3 FILE` prints no caret).
    pub at_end_of_input: bool,
    /// Errors raised while building a node (decoding a literal) stop CPython's parser even
    /// inside an alternative it would otherwise give up and backtrack from.
    pub hard: bool,
    /// The line to report, when it is not a line of the file (errors inside an f-string
    /// expression report the parenthesised expression CPython parsed).
    pub text: Option<String>,
    /// Whether the tokenizer found the error (its line is counted from the text it read).
    pub from_lexer: bool,
}

/// CPython's parser gives up (with `MemoryError`) when its rule functions nest deeper than
/// this (`MAXSTACK` in `Parser/parser.c`).
pub(crate) const MAX_STACK: u32 = 6000;

/// How much stack must be left before a recursive rule runs; below this, `stacker` moves
/// the parser onto a new stack segment of `STACK_CHUNK` bytes on the heap.
pub(crate) const RED_ZONE: usize = 128 * 1024;
pub(crate) const STACK_CHUNK: usize = 4 * 1024 * 1024;

/// The levels CPython's rule chain descends from `atom` through a bracket back down to the
/// next `atom` (`group`, `named_expression`, `expression`, `disjunction`, …): measured, it is
/// between 23 and 28 depending on the nesting; we use one figure.
pub(crate) const BRACKET_COST: u32 = 27;

/// The levels CPython's generated parser is already down when it reaches the first
/// expression of an expression statement (file → statements → statement → … → factor),
/// measured: 5969 unary minus signs parse, 5970 do not.
pub(crate) const BASE_LEVEL: u32 = 31;

pub(crate) struct Parser<'s> {
    /// The decoded text the tokens point into.
    pub text: &'s [u8],
    pub toks: Vec<Token>,
    pub pos: usize,
    /// One past the furthest token the parser has looked at (CPython's `p->fill`).
    pub fill: usize,
    /// The simulated depth of CPython's rule functions.
    pub level: u32,
    /// The brackets still open where the tokenizer stopped (for "'(' was never closed").
    pub open_brackets: Vec<(u8, u32, u32)>,
    pub error: Option<PError>,
    /// The tokenizer's error, raised when the parser reaches the `Error` token.
    pub lex_error: Option<super::lexer::LexError>,
    pub lex_error_hit: bool,
    pub decoded: &'s Decoded<'s>,
    /// Added to text offsets before mapping them to input offsets (f-string sub-parsers).
    pub span_origin: i64,
    /// Set when the tree is certainly deeper than CPython can convert to Python objects.
    pub too_deep: bool,
    /// Set while reading the second expression of "Perhaps you forgot a comma?", where
    /// CPython's `expression_without_invalid` runs no error rules.
    pub no_invalid: bool,
}

impl<'s> Parser<'s> {
    #[inline]
    pub fn peek(&mut self) -> T {
        if self.pos >= self.fill {
            self.fill = self.pos + 1;
        }
        self.toks[self.pos.min(self.toks.len() - 1)].kind
    }

    #[inline]
    pub fn peek_at(&mut self, n: usize) -> T {
        let i = (self.pos + n).min(self.toks.len() - 1);
        if i >= self.fill {
            self.fill = i + 1;
        }
        self.toks[i].kind
    }

    #[inline]
    pub fn tok(&self, i: usize) -> &Token {
        &self.toks[i.min(self.toks.len() - 1)]
    }

    #[inline]
    pub fn cur(&self) -> &Token {
        self.tok(self.pos)
    }

    /// Steps over the current token (never past the last one).
    #[inline]
    pub fn bump(&mut self) {
        if self.pos < self.toks.len() - 1 {
            self.pos += 1;
        }
    }

    #[inline]
    pub fn eat(&mut self, kind: T) -> bool {
        if self.peek() == kind {
            self.bump();
            true
        } else {
            false
        }
    }

    /// Requires a token of `kind`, failing (with the generic error) otherwise.
    #[inline]
    pub fn expect(&mut self, kind: T) -> PResult<()> {
        if self.eat(kind) {
            Ok(())
        } else {
            self.fail()
        }
    }

    /// Fails; if the current token is the tokenizer's error token, its error is the reason.
    pub fn fail<X>(&mut self) -> PResult<X> {
        if self.peek() == T::Error {
            self.lex_error_hit = true;
        }
        Err(Fail)
    }

    /// The text of token `i`.
    pub fn text_of(&self, i: usize) -> &'s str {
        let t = self.tok(i);
        std::str::from_utf8(&self.text[t.start as usize..t.end as usize]).unwrap_or("")
    }

    /// The bytes of token `i`.
    pub fn bytes_of(&self, i: usize) -> &'s [u8] {
        let t = self.tok(i);
        &self.text[t.start as usize..t.end as usize]
    }

    /// Whether the current token is the name `word` (a soft keyword).
    pub fn at_name(&mut self, word: &str) -> bool {
        self.peek() == T::Name && self.text_of(self.pos) == word
    }

    /// The span in the original input of text bytes `start..end`.
    pub fn span(&self, start: u32, end: u32) -> Span {
        let map = |o: u32| {
            let o = (o as i64 + self.span_origin).max(0) as u32;
            self.decoded.input_offset(o)
        };
        Span::new(map(start), map(end))
    }

    /// The index of the last token before `pos` that is not NEWLINE, INDENT, DEDENT or
    /// ENDMARKER (CPython's `_PyPegen_get_last_nonnwhitespace_token`).
    pub fn last_real(&self) -> usize {
        let mut i = self.pos;
        while i > 0 {
            i -= 1;
            if !matches!(
                self.toks[i].kind,
                T::Newline | T::Indent | T::Dedent | T::EndMarker
            ) {
                return i;
            }
        }
        0
    }

    /// The position of a node whose first token is `start` and whose last is the last one
    /// consumed.
    pub fn pos_from(&self, start: usize) -> Pos {
        let end = self.last_real().max(start.min(self.toks.len() - 1));
        self.pos_between(start, end)
    }

    /// The position from the start of token `a` to the end of token `b`.
    pub fn pos_between(&self, a: usize, b: usize) -> Pos {
        let (a, b) = (self.tok(a), self.tok(b));
        Pos {
            lineno: a.lineno,
            col_offset: a.col,
            end_lineno: b.end_lineno,
            end_col_offset: b.end_col,
            span: self.span(a.start, b.end),
        }
    }

    /// A node spanning from token `start` to the last consumed token.
    pub fn expr(&self, kind: ExprKind, start: usize) -> Expr {
        Expr {
            kind,
            pos: self.pos_from(start),
        }
    }

    /// Records an error spanning tokens `a` to `b` (CPython's
    /// `RAISE_SYNTAX_ERROR_KNOWN_RANGE`) and fails. Tokens without a position of their own
    /// (INDENT, DEDENT, ENDMARKER) report the tokenizer's column and no end, as CPython does.
    pub fn error_tokens<X>(
        &mut self,
        kind: ErrorKind,
        message: &str,
        a: usize,
        b: usize,
    ) -> PResult<X> {
        let (ta, tb) = (*self.tok(a), *self.tok(b));
        if matches!(ta.kind, T::Indent | T::Dedent | T::EndMarker) {
            if self.error.is_none() {
                self.error = Some(PError {
                    kind,
                    message: message.to_string(),
                    lineno: ta.lineno,
                    offset: ta.col as i64,
                    end_lineno: ta.lineno,
                    end_offset: -1,
                    start: ta.start,
                    end: ta.end,
                    convert: true,
                    at_end_of_input: ta.kind == T::EndMarker,
                    text: None,
                    from_lexer: false,
                    hard: false,
                });
            }
            return Err(Fail);
        }
        self.error_at(
            kind,
            message,
            (ta.lineno, ta.col as i64, ta.start),
            (tb.end_lineno, tb.end_col as i64, tb.end),
        )
    }

    /// Records an error between two explicit places (line, 0-based byte column, text offset)
    /// and fails.
    pub fn error_at<X>(
        &mut self,
        kind: ErrorKind,
        message: &str,
        start: (u32, i64, u32),
        end: (u32, i64, u32),
    ) -> PResult<X> {
        if self.error.is_none() {
            self.error = Some(PError {
                kind,
                message: message.to_string(),
                lineno: start.0,
                offset: start.1 + 1,
                end_lineno: end.0,
                end_offset: end.1 + 1,
                start: start.2,
                end: end.2,
                convert: true,
                at_end_of_input: false,
                text: None,
                from_lexer: false,
                hard: false,
            });
        }
        Err(Fail)
    }

    /// Records a `SyntaxError` at node positions `a` to `b`.
    pub fn error_nodes<X>(&mut self, message: &str, a: &Pos, b: &Pos) -> PResult<X> {
        let (sa, sb) = (self.text_offset_of(a, true), self.text_offset_of(b, false));
        self.error_at(
            ErrorKind::SyntaxError,
            message,
            (a.lineno, a.col_offset as i64, sa),
            (b.end_lineno, b.end_col_offset as i64, sb),
        )
    }

    /// The text offset of a node's start or end, recovered from its span.
    fn text_offset_of(&self, p: &Pos, start: bool) -> u32 {
        // Spans are input offsets; for the common identity mapping this is exact.
        let o = if start { p.span.start } else { p.span.end };
        (o as i64 - self.decoded.skip as i64 - self.span_origin).max(0) as u32
    }

    /// Forgets the error of an alternative that is being abandoned, unless it is a hard
    /// error, which fails the parse.
    pub fn clear_soft_error(&mut self) -> PResult<()> {
        if self.error.as_ref().is_some_and(|e| e.hard) {
            return Err(Fail);
        }
        // The tokenizer raises its error as soon as its token is read, in any alternative.
        if self.lex_error_hit || self.tok(self.fill.saturating_sub(1)).kind == T::Error {
            self.lex_error_hit = true;
            return Err(Fail);
        }
        self.error = None;
        Ok(())
    }

    /// Enters a rule that CPython's parser would nest `cost` levels deeper for.
    #[inline]
    pub fn enter(&mut self, cost: u32) -> PResult<()> {
        self.level += cost;
        if self.level > MAX_STACK {
            if self.error.is_none() {
                self.error = Some(PError {
                    kind: ErrorKind::MemoryError,
                    message: String::new(),
                    lineno: 0,
                    offset: 0,
                    end_lineno: 0,
                    end_offset: 0,
                    start: 0,
                    end: 0,
                    convert: false,
                    at_end_of_input: false,
                    text: None,
                    from_lexer: false,
                    hard: false,
                });
            }
            return Err(Fail);
        }
        Ok(())
    }

    #[inline]
    pub fn leave(&mut self, cost: u32) {
        self.level -= cost;
    }

    /// Makes an identifier from a name token: non-ASCII names are NFKC-normalised, as
    /// CPython's parser does.
    pub fn ident(&self, i: usize) -> String {
        let text = self.text_of(i);
        if text.is_ascii() {
            text.to_string()
        } else {
            use unicode_normalization::UnicodeNormalization;
            text.nfkc().collect()
        }
    }
}
