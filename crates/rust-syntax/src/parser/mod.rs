//! The Rust 2021 parser: recursive descent with precedence climbing, over the lexed tokens.
//!
//! The parser reads the non-trivia tokens of [`crate::lex`], one punctuation character per
//! token, each with a `joint` flag (nothing between it and the next token). Operators of
//! several characters are recognised by looking at joint runs (`-` `>` is `->`), so `>>` in
//! `Vec<Vec<u8>>` never has to be split as rustc splits its glued tokens.
//!
//! Before parsing, delimiters are matched as rustc's token-tree builder does; an unmatched one
//! is reported (`unexpected closing delimiter`, `this file contains an unclosed delimiter`) and
//! nothing is parsed, as in rustc. With balanced delimiters, error recovery skips whole groups:
//! a failed statement skips to the next `;` of its block, a failed item to the next item
//! keyword, a failed match arm to the next `,`.
//!
//! Nesting is bounded: past [`MAX_DEPTH`] levels (parentheses, blocks, operator chains, types,
//! patterns), the parser reports `deepdive: nesting too deep (more than 256 levels)` and stops,
//! so deep input can neither overflow the stack here nor in the stages that walk the tree.

mod expr;
mod item;
mod pat;
mod ty;

use source::{Diagnostic, Label, Span};

use crate::ast::*;
use crate::{lex, DocStyle, Lexed, LiteralKind, TokenKind};

/// How deeply constructs may nest before the parser gives up.
pub const MAX_DEPTH: u32 = 256;

/// Stack left before a nested rule runs; below it `stacker` continues on a new segment.
const RED_ZONE: usize = 64 * 1024;
/// The size of each new stack segment.
const STACK_CHUNK: usize = 1024 * 1024;

/// The Rust edition the source is parsed as. deepdive's language is Rust 2021; the others
/// exist so the conformance tests can parse every crate of the dependency tree in its own
/// edition. What differs here: `async`, `await`, `dyn` and `try` are identifiers in 2015;
/// `gen` is reserved and let chains (`if let A = b && c`) are allowed from 2024.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Edition {
    E2015,
    E2018,
    E2021,
    E2024,
}

/// The output of the parsing stage.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    /// The file's AST (with `Err` nodes where the parser recovered).
    pub krate: Crate,
    /// The lexer's and the parser's diagnostics, in the order they were found.
    pub diagnostics: Vec<Diagnostic>,
    /// Where rustc would have stopped lexing: at an unexpected closing delimiter, rustc gives
    /// up, so it never reports the lexer errors from this byte offset on. Consumers showing
    /// the lexer's diagnostics beside the parser's leave those out (see [`Parsed::lexer_reports`]).
    pub lexing_stopped_at: Option<u32>,
}

impl Parsed {
    /// True when rustc would report the lexer diagnostic `d` for this parse.
    pub fn lexer_reports(&self, d: &Diagnostic) -> bool {
        self.lexing_stopped_at
            .is_none_or(|stop| d.primary_span().start < stop)
    }
}

/// Parses `src` as a Rust 2021 source file: lexes it, then parses the tokens. The diagnostics
/// are the lexer's followed by the parser's.
pub fn parse(src: &str) -> Parsed {
    parse_with_edition(src, Edition::E2021)
}

/// Parses `src` as a source file of the given edition (lexer and parser diagnostics).
pub fn parse_with_edition(src: &str, edition: Edition) -> Parsed {
    let lexed = lex(src);
    let mut parsed = parse_lexed(src, &lexed, edition);
    let mut diagnostics: Vec<Diagnostic> = lexed
        .diagnostics
        .into_iter()
        .filter(|d| parsed.lexer_reports(d))
        .collect();
    diagnostics.append(&mut parsed.diagnostics);
    parsed.diagnostics = diagnostics;
    parsed
}

/// The parsing stage proper: parses the tokens `lexed` from `src`. The diagnostics are the
/// parser's only (the lexer's stay in `lexed`).
pub fn parse_lexed(src: &str, lexed: &Lexed, edition: Edition) -> Parsed {
    let toks = significant_tokens(&lexed.tokens);
    let mut p = Parser::new(src, toks, edition);
    let krate = if p.match_delimiters() {
        p.parse_crate()
    } else {
        Crate {
            attrs: Vec::new(),
            items: Vec::new(),
            span: Span::new(0, src.len() as u32),
        }
    };
    Parsed {
        krate,
        diagnostics: p.diags,
        lexing_stopped_at: p.lexing_stopped_at,
    }
}

/// Parses the arguments of a function-like macro call as expressions separated by commas, as
/// `println!`, `vec!` and `assert_eq!` take them (`vec![x; n]` gives the two expressions).
pub fn parse_macro_args(src: &str, mac: &MacCall) -> (Vec<Expr>, Vec<Diagnostic>) {
    let toks = mac.args.flat_tokens();
    let mut p = Parser::new(src, toks, Edition::E2021);
    if !p.match_delimiters() {
        return (Vec::new(), p.diags);
    }
    let mut exprs = Vec::new();
    while !p.at_eof() {
        match p.parse_expr() {
            Ok(e) => exprs.push(e),
            Err(()) => break,
        }
        if !p.eat(TokenKind::Comma) && !p.eat(TokenKind::Semi) {
            if !p.at_eof() {
                let _ = p.unexpected::<()>();
            }
            break;
        }
    }
    (exprs, p.diags)
}

/// The non-trivia tokens of `tokens`, with joint flags. Unknown characters are left out (the
/// lexer has reported them), as rustc's lexer skips them.
fn significant_tokens(tokens: &[crate::Token]) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::with_capacity(tokens.len() / 2);
    for t in tokens {
        if t.kind.is_trivia() || t.kind == TokenKind::Unknown {
            continue;
        }
        if let Some(last) = out.last_mut() {
            last.joint = last.span.end == t.span.start;
        }
        out.push(Tok {
            kind: t.kind,
            span: t.span,
            joint: false,
        });
    }
    out
}

/// A failed parse: the diagnostic is already recorded, the caller recovers.
pub(crate) type PResult<T> = Result<T, ()>;

/// Restrictions on what an expression may contain, as in rustc.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub(crate) struct Restrictions {
    /// The expression is a statement: a block-like expression ends it.
    pub stmt_expr: bool,
    /// No struct literal here (the scrutinee of `if`, `while`, `match`, `for`).
    pub no_struct_literal: bool,
    /// A `let` expression may appear here: the condition of `if` and `while`, and the operands
    /// of `&&` in it.
    pub let_ok: bool,
}

/// The parser state.
pub(crate) struct Parser<'a> {
    src: &'a str,
    toks: Vec<Tok>,
    /// For each opening delimiter, the index of its closing one (and the other way round).
    matching: Vec<u32>,
    /// For each token, the index of the closing delimiter of the innermost group around it.
    enclosing: Vec<u32>,
    pos: usize,
    pub(crate) diags: Vec<Diagnostic>,
    /// The tokens tried at the current position, for `expected one of …`.
    expected: Vec<&'static str>,
    depth: u32,
    /// Set once nesting went too deep: the parser then stops.
    fatal: bool,
    edition: Edition,
    res: Restrictions,
    /// Inside a trait or an extern block, where functions may end with `;`.
    fn_body_optional: bool,
    /// The end of the unexpected closing delimiter rustc's lexer would have stopped at.
    lexing_stopped_at: Option<u32>,
}

/// The end-of-input sentinel's kind.
const EOF: TokenKind = TokenKind::Unknown;

impl<'a> Parser<'a> {
    fn new(src: &'a str, mut toks: Vec<Tok>, edition: Edition) -> Parser<'a> {
        let end = src.len() as u32;
        let end = toks
            .last()
            .map_or(end, |t| t.span.end.max(end.min(t.span.end)));
        let eof = src.len() as u32;
        let eof = if toks.is_empty() { eof } else { eof.max(end) };
        toks.push(Tok {
            kind: EOF,
            span: Span::empty(eof),
            joint: false,
        });
        let n = toks.len();
        Parser {
            src,
            toks,
            matching: vec![u32::MAX; n],
            enclosing: vec![(n - 1) as u32; n],
            pos: 0,
            diags: Vec::new(),
            expected: Vec::new(),
            depth: 0,
            fatal: false,
            edition,
            res: Restrictions::default(),
            fn_body_optional: false,
            lexing_stopped_at: None,
        }
    }

    /// Matches delimiters as rustc's token-tree builder does, with its errors. Returns false
    /// when a delimiter is unmatched (then nothing is parsed, as in rustc).
    ///
    /// rustc's rules: a closing delimiter that does not match the innermost open one closes it
    /// anyway and is remembered as a mismatch; if it matches an outer open delimiter it is then
    /// used again to close that one. A closing delimiter with nothing open stops everything
    /// (`unexpected closing delimiter`), and takes the mismatched `)` and `]` as its labels; the
    /// other mismatches are reported first (`mismatched closing delimiter`). Open delimiters
    /// left at the end give `this file contains an unclosed delimiter`.
    fn match_delimiters(&mut self) -> bool {
        // (closing delimiter, the open one it did not match, an outer one it may be meant for)
        let mut mismatches: Vec<(usize, usize, Option<usize>)> = Vec::new();
        let mut stack: Vec<usize> = Vec::new();
        let mut last: Option<Diagnostic> = None;
        let label = |span, message: &str, primary| Label {
            span,
            message: message.to_string(),
            primary,
        };
        let mut i = 0;
        while i < self.toks.len() - 1 {
            let kind = self.toks[i].kind;
            if is_open(kind) {
                stack.push(i);
                i += 1;
                continue;
            }
            if !is_close(kind) {
                i += 1;
                continue;
            }
            let open = opener_of(kind);
            match stack.last() {
                Some(&top) if self.toks[top].kind == open => {
                    stack.pop();
                    self.matching[top] = i as u32;
                    self.matching[i] = top as u32;
                    i += 1;
                }
                Some(&top) => {
                    if !mismatches.iter().any(|m| m.0 == i) {
                        let meant_for = stack
                            .iter()
                            .rev()
                            .find(|&&o| self.toks[o].kind == open)
                            .copied();
                        mismatches.push((i, top, meant_for));
                    }
                    stack.pop();
                    // Used again for an outer delimiter it matches; consumed otherwise.
                    if !stack.iter().any(|&o| self.toks[o].kind == open) {
                        i += 1;
                    }
                }
                None => {
                    let span = self.toks[i].span;
                    let mut d = Diagnostic::error(
                        format!("unexpected closing delimiter: `{}`", self.text(i)),
                        span,
                    )
                    .with_label_message("unexpected closing delimiter");
                    mismatches.retain(|&(c, o, _)| {
                        let ck = self.toks[c].kind;
                        if ck == TokenKind::CloseBrace {
                            return true;
                        }
                        d.labels.push(label(
                            self.toks[o].span,
                            "the nearest open delimiter",
                            false,
                        ));
                        let message =
                            format!("missing open `{}` for this delimiter", opener_text(ck));
                        d.labels.push(label(self.toks[c].span, &message, false));
                        false
                    });
                    last = Some(d);
                    self.lexing_stopped_at = Some(span.end);
                    stack.clear();
                    break;
                }
            }
        }
        if last.is_none() && !stack.is_empty() {
            let mut d =
                Diagnostic::error("this file contains an unclosed delimiter", self.eof_span());
            for &open in stack.iter().rev() {
                d.labels
                    .push(label(self.toks[open].span, "unclosed delimiter", false));
            }
            last = Some(d);
        }
        let ok = mismatches.is_empty() && last.is_none();
        for (c, o, meant_for) in mismatches {
            let mut d = Diagnostic::error(
                format!("mismatched closing delimiter: `{}`", self.text(c)),
                self.toks[o].span,
            )
            .with_label_message("unclosed delimiter");
            d.labels.push(label(
                self.toks[c].span,
                "mismatched closing delimiter",
                true,
            ));
            if let Some(m) = meant_for {
                d.labels.push(label(
                    self.toks[m].span,
                    "closing delimiter possibly meant for this",
                    false,
                ));
            }
            self.diags.push(d);
        }
        self.diags.extend(last);
        if ok {
            // Every delimiter matched: record the group around each token.
            let mut groups: Vec<u32> = Vec::new();
            for i in 0..self.toks.len() - 1 {
                let kind = self.toks[i].kind;
                if is_close(kind) {
                    groups.pop();
                }
                if let Some(&close) = groups.last() {
                    self.enclosing[i] = close;
                }
                if is_open(kind) {
                    groups.push(self.matching[i]);
                }
            }
        }
        ok
    }

    /// Where rustc points for the end of the file: after the last character, or before the
    /// final line break.
    fn eof_span(&self) -> Span {
        // The very end of the file, as rustc's: after a final newline it still counts as on
        // the last line (`LineIndex::line_col_rustc`), one column past that line's end.
        let end = self.toks[self.toks.len() - 1].span.end as usize;
        Span::empty(end.min(self.src.len()) as u32)
    }

    // ---- Token access ----

    pub(crate) fn text(&self, i: usize) -> &'a str {
        let span = self.toks[i].span;
        &self.src[span.start as usize..span.end as usize]
    }

    fn kind(&self) -> TokenKind {
        self.toks[self.pos].kind
    }

    fn nth(&self, n: usize) -> TokenKind {
        self.toks.get(self.pos + n).map_or(EOF, |t| t.kind)
    }

    fn nth_text(&self, n: usize) -> &'a str {
        if self.pos + n < self.toks.len() {
            self.text(self.pos + n)
        } else {
            ""
        }
    }

    fn span(&self) -> Span {
        self.toks[self.pos].span
    }

    fn prev_span(&self) -> Span {
        if self.pos == 0 {
            Span::empty(0)
        } else {
            self.toks[self.pos - 1].span
        }
    }

    /// The span from `start` to the end of the last token consumed.
    fn span_from(&self, start: Span) -> Span {
        let end = self.prev_span().end.max(start.start);
        Span::new(start.start, end)
    }

    pub(crate) fn at_eof(&self) -> bool {
        self.pos >= self.toks.len() - 1
    }

    fn bump(&mut self) {
        if !self.at_eof() {
            self.pos += 1;
        }
        self.expected.clear();
    }

    fn check(&mut self, kind: TokenKind) -> bool {
        if self.kind() == kind {
            true
        } else {
            self.expected.push(kind_descr(kind));
            false
        }
    }

    fn eat(&mut self, kind: TokenKind) -> bool {
        if self.check(kind) {
            self.bump();
            true
        } else {
            false
        }
    }

    fn expect(&mut self, kind: TokenKind) -> PResult<Span> {
        if self.check(kind) {
            let span = self.span();
            self.bump();
            Ok(span)
        } else {
            self.unexpected()
        }
    }

    /// After an element of a comma-separated list that `close` ends, when no `,` followed:
    /// expects `close`, as [`Parser::expect`] does. When the error comes and what follows on
    /// the same line parses as one more element (tried, then undone), rustc's `help: missing
    /// `,`` joins it, at the end of the element before.
    fn expect_list_close<T>(
        &mut self,
        close: TokenKind,
        element: impl FnOnce(&mut Self) -> PResult<T>,
    ) -> PResult<Span> {
        if self.check(close) {
            return self.expect(close);
        }
        let prev = self.prev_span();
        let tok = self.span();
        let same_line = !self.src[prev.end as usize..tok.start as usize].contains('\n');
        let mark = self.diags.len();
        let another = same_line && !self.at_eof() && !self.fatal && {
            let (pos, depth, res, expected) =
                (self.pos, self.depth, self.res, self.expected.clone());
            let parsed = element(self).is_ok() && self.diags.len() == mark && !self.fatal;
            self.pos = pos;
            self.depth = depth;
            self.res = res;
            self.expected = expected;
            self.diags.truncate(mark);
            self.fatal = false;
            parsed
        };
        let result = self.expect(close);
        if another {
            self.label_since(mark, Span::empty(prev.end), "help: missing `,`");
        }
        result
    }

    /// True when the tokens from the current one spell `op` with nothing between them.
    fn is_op_at(&self, n: usize, op: &str) -> bool {
        let bytes = op.as_bytes();
        for (k, b) in bytes.iter().enumerate() {
            let i = self.pos + n + k;
            if i >= self.toks.len() - 1 {
                return false;
            }
            let t = self.toks[i];
            if self.text(i).as_bytes() != [*b] || !is_punct(t.kind) {
                return false;
            }
            if k + 1 < bytes.len() && !t.joint {
                return false;
            }
        }
        true
    }

    fn check_op(&mut self, op: &'static str) -> bool {
        if self.is_op_at(0, op) {
            true
        } else {
            self.expected.push(op_descr(op));
            false
        }
    }

    fn eat_op(&mut self, op: &'static str) -> bool {
        if self.check_op(op) {
            for _ in 0..op.len() {
                self.bump();
            }
            true
        } else {
            false
        }
    }

    fn expect_op(&mut self, op: &'static str) -> PResult<Span> {
        let start = self.span();
        if self.eat_op(op) {
            Ok(self.span_from(start))
        } else {
            self.unexpected()
        }
    }

    /// True when token `n` ahead is the word `kw` (not a raw identifier).
    fn is_kw_at(&self, n: usize, kw: &str) -> bool {
        self.nth(n) == TokenKind::Ident && self.nth_text(n) == kw
    }

    fn check_kw(&mut self, kw: &'static str) -> bool {
        if self.is_kw_at(0, kw) {
            true
        } else {
            self.expected.push(kw_descr(kw));
            false
        }
    }

    fn eat_kw(&mut self, kw: &'static str) -> bool {
        if self.check_kw(kw) {
            self.bump();
            true
        } else {
            false
        }
    }

    fn expect_kw(&mut self, kw: &'static str) -> PResult<Span> {
        let span = self.span();
        if self.eat_kw(kw) {
            Ok(span)
        } else {
            self.unexpected()
        }
    }

    /// True for a keyword of the parsed edition (strict or reserved).
    fn is_reserved(&self, word: &str) -> bool {
        match word {
            "as" | "break" | "const" | "continue" | "crate" | "else" | "enum" | "extern"
            | "false" | "fn" | "for" | "if" | "impl" | "in" | "let" | "loop" | "match" | "mod"
            | "move" | "mut" | "pub" | "ref" | "return" | "self" | "Self" | "static" | "struct"
            | "super" | "trait" | "true" | "type" | "unsafe" | "use" | "where" | "while"
            | "abstract" | "become" | "box" | "do" | "final" | "macro" | "override" | "priv"
            | "typeof" | "unsized" | "virtual" | "yield" | "_" => true,
            "async" | "await" | "dyn" | "try" => self.edition >= Edition::E2018,
            "gen" => self.edition >= Edition::E2024,
            _ => false,
        }
    }

    /// True when token `n` ahead is an identifier (not a keyword) or a raw identifier.
    fn is_ident_at(&self, n: usize) -> bool {
        match self.nth(n) {
            TokenKind::Ident => !self.is_reserved(self.nth_text(n)),
            TokenKind::RawIdent | TokenKind::InvalidIdent => true,
            _ => false,
        }
    }

    /// True when token `n` ahead can be a path segment: an identifier or `self`, `Self`,
    /// `super`, `crate`.
    fn is_path_segment_at(&self, n: usize) -> bool {
        self.is_ident_at(n)
            || (self.nth(n) == TokenKind::Ident
                && matches!(self.nth_text(n), "self" | "Self" | "super" | "crate"))
    }

    fn ident_here(&self) -> Ident {
        let text = self.nth_text(0);
        let raw = self.kind() == TokenKind::RawIdent;
        Ident {
            name: if raw {
                text.trim_start_matches("r#").to_string()
            } else {
                text.to_string()
            },
            raw,
            span: self.span(),
        }
    }

    fn parse_ident(&mut self) -> PResult<Ident> {
        if self.is_ident_at(0) {
            let id = self.ident_here();
            self.bump();
            Ok(id)
        } else {
            self.expected_what("identifier")
        }
    }

    /// An identifier or `_` (as in `const _: T` or `use x as _`).
    fn parse_ident_or_underscore(&mut self) -> PResult<Ident> {
        if self.is_kw_at(0, "_") {
            let id = self.ident_here();
            self.bump();
            Ok(id)
        } else {
            self.parse_ident()
        }
    }

    fn check_lifetime(&mut self) -> bool {
        if matches!(
            self.kind(),
            TokenKind::Lifetime { .. } | TokenKind::RawLifetime
        ) {
            true
        } else {
            self.expected.push("lifetime");
            false
        }
    }

    fn parse_lifetime(&mut self) -> PResult<Lifetime> {
        if self.check_lifetime() {
            let lt = Lifetime {
                name: self.nth_text(0).to_string(),
                span: self.span(),
            };
            self.bump();
            Ok(lt)
        } else {
            self.unexpected()
        }
    }

    // ---- Diagnostics ----

    /// Describes the current token as rustc does after `found`.
    fn token_descr(&self) -> String {
        // Joint punctuation reads as the operator rustc's lexer would have glued.
        const GLUED: &[&str] = &[
            "<<=", ">>=", "...", "..=", "::", "->", "=>", "==", "!=", "<=", ">=", "&&", "||", "+=",
            "-=", "*=", "/=", "%=", "^=", "&=", "|=", "<<", ">>", "..",
        ];
        if let Some(op) = GLUED.iter().find(|op| self.is_op_at(0, op)) {
            return format!("`{op}`");
        }
        describe_token(
            self.src,
            &self.toks[self.pos],
            self.is_reserved(self.nth_text(0)),
        )
    }

    /// Reports `expected one of …, found …` for the current token and fails.
    pub(crate) fn unexpected<T>(&mut self) -> PResult<T> {
        let mut expected: Vec<&str> = self.expected.clone();
        expected.sort_unstable();
        expected.dedup();
        // rustc's missing-semicolon recovery: `;` was possible, and what follows on the next
        // line closes the block or starts an expression or item.
        let prev = self.prev_span();
        let tok = self.span();
        if expected.contains(&"`;`")
            && !expected.contains(&"`,`")
            && self.pos > 0
            && !self.at_eof()
            && self.src[prev.end as usize..tok.start as usize].contains('\n')
            && !matches!(self.kind(), TokenKind::Semi | TokenKind::Pound)
            && (self.kind() == TokenKind::CloseBrace
                || self.can_begin_expr()
                || self.at_item_keyword())
        {
            let found = self.token_descr();
            let mut d = Diagnostic::error(
                format!("expected `;`, found {found}"),
                Span::empty(prev.end),
            )
            .with_label_message("help: add `;` here");
            d.labels.push(Label {
                span: tok,
                message: "unexpected token".into(),
                primary: false,
            });
            self.push_diag(d);
            return Err(());
        }
        let found = self.token_descr();
        // rustc's `tokens_to_string`: `a`, `a or b`, `a, b, or c`.
        let expect = match expected.len() {
            0 => String::new(),
            1 => expected[0].to_string(),
            2 => format!("{} or {}", expected[0], expected[1]),
            n => format!("{}, or {}", expected[..n - 1].join(", "), expected[n - 1]),
        };
        let list = match expected.len() {
            0 => format!("unexpected token: {found}"),
            1 => format!("expected {expect}, found {found}"),
            _ => format!("expected one of {expect}, found {found}"),
        };
        // The label lists the tokens too, unless there are more than six.
        let label = match expected.len() {
            0 => "unexpected token".to_string(),
            1 => format!("expected {expect}"),
            2..=6 => format!("expected one of {expect}"),
            n => format!("expected one of {n} possible tokens"),
        };
        self.error_at_token(list, label);
        Err(())
    }

    /// Reports `message` about the current token, as rustc's `expected one of …` errors do: at
    /// the token, with the label just after the previous token when the token is on a later
    /// line; at the end of the previous token when the input ended.
    fn error_at_token(&mut self, message: String, label: String) {
        let tok = self.span();
        let prev = self.prev_span();
        let line_break =
            self.pos > 0 && self.src[prev.end as usize..tok.start as usize].contains('\n');
        let d = if self.at_eof() && self.pos > 0 {
            Diagnostic::error(message, Span::empty(prev.end)).with_label_message(label)
        } else if line_break {
            let mut d = Diagnostic::error(message, tok).with_label_message("unexpected token");
            d.labels.push(Label {
                span: Span::empty(prev.end),
                message: label,
                primary: false,
            });
            d
        } else {
            Diagnostic::error(message, tok).with_label_message(label)
        };
        self.push_diag(d);
    }

    /// Reports `expected WHAT, found …` at the current token and fails: rustc's direct errors
    /// for a missing identifier, expression, pattern or type, which list nothing else.
    fn expected_what<T>(&mut self, what: &str) -> PResult<T> {
        let found = self.token_descr();
        let span = if self.at_eof() && self.pos > 0 {
            Span::empty(self.prev_span().end)
        } else {
            self.span()
        };
        self.expected.clear();
        let mut d = Diagnostic::error(format!("expected {what}, found {found}"), span);
        match found
            .strip_prefix("keyword `")
            .and_then(|k| k.strip_suffix('`'))
        {
            // A keyword where a name goes: rustc offers the raw identifier, which every
            // keyword but the path ones (and `_`) can be.
            Some(keyword) if what == "identifier" => {
                d = d.with_label_message("expected identifier, found keyword");
                if !matches!(keyword, "self" | "Self" | "super" | "crate" | "_") {
                    d = d.with_suggestion(
                        format!("escape `{keyword}` to use it as an identifier"),
                        vec![(Span::empty(span.start), "r#".to_string())],
                    );
                }
            }
            _ => d = d.with_label_message(format!("expected {what}")),
        }
        self.push_diag(d);
        Err(())
    }

    fn error(&mut self, message: impl Into<String>, span: Span) {
        self.push_diag(Diagnostic::error(message, span));
    }

    fn push_diag(&mut self, d: Diagnostic) {
        if !self.fatal {
            self.diags.push(d);
        }
    }

    /// Adds a secondary label to the first diagnostic reported since `mark` (a length of the
    /// diagnostics), as rustc adds `while parsing this struct` to an error inside one.
    fn label_since(&mut self, mark: usize, span: Span, message: &str) {
        if let Some(d) = self.diags.get_mut(mark) {
            d.labels.push(Label {
                span,
                message: message.into(),
                primary: false,
            });
        }
    }

    /// Adds a `note:` pointing at `span` (with a snippet of its own) to the first diagnostic
    /// reported since `mark`.
    fn child_since(&mut self, mark: usize, message: &str, span: Span) {
        if mark < self.diags.len() {
            let d = self.diags.remove(mark);
            self.diags.insert(mark, d.with_note_at(message, span));
        }
    }

    /// Adds a `help: …`/`note: …` line to the first diagnostic reported since `mark`.
    fn note_since(&mut self, mark: usize, note: &str) {
        if let Some(d) = self.diags.get_mut(mark) {
            d.notes.push(note.into());
        }
    }

    /// Runs a nested rule, failing (once, for the whole file) when nesting is too deep.
    fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        self.nested_by(1, f)
    }

    fn nested_by<T>(&mut self, cost: u32, f: impl FnOnce(&mut Self) -> PResult<T>) -> PResult<T> {
        if self.fatal {
            return Err(());
        }
        if self.depth + cost > MAX_DEPTH {
            self.too_deep();
            return Err(());
        }
        self.depth += cost;
        let r = stacker::maybe_grow(RED_ZONE, STACK_CHUNK, || f(self));
        self.depth -= cost;
        r
    }

    /// Reports the nesting limit and stops the parser.
    fn too_deep(&mut self) {
        if !self.fatal {
            let span = self.span();
            self.error(
                format!("deepdive: nesting too deep (more than {MAX_DEPTH} levels)"),
                span,
            );
            self.fatal = true;
            self.pos = self.toks.len() - 1;
        }
    }

    fn with_res<T>(&mut self, res: Restrictions, f: impl FnOnce(&mut Self) -> T) -> T {
        let old = std::mem::replace(&mut self.res, res);
        let r = f(self);
        self.res = old;
        r
    }

    // ---- Recovery ----

    /// The index of the closing delimiter of the innermost group around the current token (the
    /// end-of-input sentinel at the top level).
    fn enclosing_close(&self) -> usize {
        self.enclosing[self.pos.min(self.enclosing.len() - 1)] as usize
    }

    /// Skips to the end of the statement that failed: past the next `;` of the enclosing
    /// group, or to its closing delimiter.
    fn recover_to_group_stop(&mut self, group_close: usize, stops: &[TokenKind]) {
        if self.fatal {
            return;
        }
        // Leave any groups we are inside first.
        while self.pos < group_close {
            let k = self.kind();
            if is_open(k) {
                self.pos = self.matching[self.pos] as usize + 1;
                continue;
            }
            if is_close(k) {
                // The close of a group we were inside: step out.
                self.pos += 1;
                continue;
            }
            if stops.contains(&k) {
                self.pos += 1;
                break;
            }
            self.pos += 1;
        }
        self.expected.clear();
    }

    /// Skips a whole token tree at the current position.
    fn skip_tree(&mut self) {
        if is_open(self.kind()) {
            self.pos = self.matching[self.pos] as usize;
        }
        self.bump();
    }

    // ---- Token trees and attributes ----

    /// Parses a delimited token tree at the current `(`, `[` or `{`.
    fn parse_delim_args(&mut self) -> PResult<DelimArgs> {
        let delim = match self.kind() {
            TokenKind::OpenParen => Delimiter::Parenthesis,
            TokenKind::OpenBracket => Delimiter::Bracket,
            TokenKind::OpenBrace => Delimiter::Brace,
            _ => {
                self.expected.extend(["`(`", "`[`", "`{`"]);
                return self.unexpected();
            }
        };
        let open = self.pos;
        let close = self.matching[open] as usize;
        let trees = self.token_trees(open + 1, close);
        self.pos = close;
        self.bump();
        Ok(DelimArgs {
            delim,
            span: Span::new(self.toks[open].span.start, self.toks[close].span.end),
            trees,
        })
    }

    /// The token trees of `toks[from..to]`, built without recursion.
    fn token_trees(&self, from: usize, to: usize) -> Vec<TokenTree> {
        let mut stack: Vec<(usize, Vec<TokenTree>)> = vec![(from, Vec::new())];
        let mut i = from;
        while i < to {
            let t = self.toks[i];
            if is_open(t.kind) {
                stack.push((i, Vec::new()));
            } else if is_close(t.kind) && stack.len() > 1 {
                let (open, trees) = stack.pop().expect("a group is open");
                let delim = match self.toks[open].kind {
                    TokenKind::OpenParen => Delimiter::Parenthesis,
                    TokenKind::OpenBracket => Delimiter::Bracket,
                    _ => Delimiter::Brace,
                };
                let group = TokenTree::Delimited(DelimArgs {
                    delim,
                    span: Span::new(self.toks[open].span.start, t.span.end),
                    trees,
                });
                stack.last_mut().expect("outer group").1.push(group);
            } else {
                stack
                    .last_mut()
                    .expect("outer group")
                    .1
                    .push(TokenTree::Token(t));
            }
            i += 1;
        }
        stack.pop().map(|(_, trees)| trees).unwrap_or_default()
    }

    /// True at an outer attribute or outer doc comment.
    fn at_outer_attr(&self) -> bool {
        (self.kind() == TokenKind::Pound && self.nth(1) != TokenKind::Bang)
            || matches!(
                self.kind(),
                TokenKind::LineComment {
                    doc_style: Some(DocStyle::Outer)
                } | TokenKind::BlockComment {
                    doc_style: Some(DocStyle::Outer),
                    ..
                }
            )
    }

    /// True at an inner attribute or inner doc comment.
    fn at_inner_attr(&self) -> bool {
        (self.kind() == TokenKind::Pound
            && self.nth(1) == TokenKind::Bang
            && self.nth(2) == TokenKind::OpenBracket)
            || matches!(
                self.kind(),
                TokenKind::LineComment {
                    doc_style: Some(DocStyle::Inner)
                } | TokenKind::BlockComment {
                    doc_style: Some(DocStyle::Inner),
                    ..
                }
            )
    }

    fn parse_outer_attrs(&mut self) -> PResult<Vec<Attribute>> {
        let mut attrs = Vec::new();
        loop {
            if self.at_outer_attr() {
                attrs.push(self.parse_attr(AttrStyle::Outer)?);
            } else if self.at_inner_attr() {
                // An inner attribute where only outer ones may be: rustc's errors, then go on.
                let doc = self.kind() != TokenKind::Pound;
                let attr = self.parse_attr(AttrStyle::Inner)?;
                let d = if doc {
                    Diagnostic::error("expected outer doc comment", attr.span)
                        .with_code("E0753")
                        .with_note(
                            "note: inner doc comments like this (starting with `//!` or `/*!`) \
                             can only appear before items",
                        )
                } else {
                    Diagnostic::error("an inner attribute is not permitted in this context", attr.span)
                        .with_note(
                            "note: inner attributes, like `#![no_std]`, annotate the item \
                             enclosing them, and are usually found at the beginning of source files",
                        )
                };
                self.push_diag(d);
                attrs.push(attr);
            } else {
                return Ok(attrs);
            }
        }
    }

    fn parse_inner_attrs(&mut self) -> PResult<Vec<Attribute>> {
        let mut attrs = Vec::new();
        while self.at_inner_attr() {
            attrs.push(self.parse_attr(AttrStyle::Inner)?);
        }
        Ok(attrs)
    }

    fn parse_attr(&mut self, style: AttrStyle) -> PResult<Attribute> {
        let start = self.span();
        if matches!(
            self.kind(),
            TokenKind::LineComment { .. } | TokenKind::BlockComment { .. }
        ) {
            let text = self.nth_text(0);
            let rest = text.get(3..).unwrap_or("");
            let body = if text.starts_with("//") {
                rest
            } else {
                // An unterminated doc comment has no `*/` (the lexer has reported it).
                rest.strip_suffix("*/").unwrap_or(rest)
            };
            self.bump();
            return Ok(Attribute {
                style,
                kind: AttrKind::DocComment {
                    text: body.to_string(),
                },
                span: start,
            });
        }
        self.expect(TokenKind::Pound)?;
        if style == AttrStyle::Inner {
            self.expect(TokenKind::Bang)?;
        } else {
            self.expected.push("`!`");
        }
        let close = self.matching[self.pos] as usize;
        self.expect(TokenKind::OpenBracket)?;
        // `#[unsafe(no_mangle)]` wraps the attribute in `unsafe(…)`.
        let unsafe_wrapped = self.is_kw_at(0, "unsafe") && self.nth(1) == TokenKind::OpenParen;
        if unsafe_wrapped {
            self.bump();
            self.bump();
        }
        let path = self.parse_path(PathStyle::Mod)?;
        let args = if matches!(
            self.kind(),
            TokenKind::OpenParen | TokenKind::OpenBracket | TokenKind::OpenBrace
        ) {
            AttrArgs::Delimited(self.parse_delim_args()?)
        } else if self.eat(TokenKind::Eq) {
            AttrArgs::Eq(Box::new(self.parse_expr()?))
        } else {
            AttrArgs::Empty
        };
        if unsafe_wrapped {
            self.expect(TokenKind::CloseParen)?;
        }
        if self.pos != close {
            self.expect(TokenKind::CloseBracket)?;
        }
        self.pos = close;
        self.bump();
        Ok(Attribute {
            style,
            kind: AttrKind::Normal { path, args },
            span: self.span_from(start),
        })
    }

    // ---- The crate ----

    fn parse_crate(&mut self) -> Crate {
        let attrs = self.parse_inner_attrs().unwrap_or_default();
        let items = self.parse_items_until(self.toks.len() - 1);
        Crate {
            attrs,
            items,
            span: Span::new(0, self.src.len() as u32),
        }
    }
}

/// How a path is parsed: which generic arguments may follow a segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PathStyle {
    /// In expressions and patterns: generic arguments need `::<`.
    Expr,
    /// In types: `<` starts generic arguments, and `Fn(A) -> B` is allowed.
    Type,
    /// In `use`, visibilities, attributes and macro paths: no generic arguments.
    Mod,
}

fn is_open(k: TokenKind) -> bool {
    matches!(
        k,
        TokenKind::OpenParen | TokenKind::OpenBracket | TokenKind::OpenBrace
    )
}

fn is_close(k: TokenKind) -> bool {
    matches!(
        k,
        TokenKind::CloseParen | TokenKind::CloseBracket | TokenKind::CloseBrace
    )
}

fn opener_text(k: TokenKind) -> &'static str {
    match k {
        TokenKind::CloseParen => "(",
        TokenKind::CloseBracket => "[",
        _ => "{",
    }
}

fn opener_of(k: TokenKind) -> TokenKind {
    match k {
        TokenKind::CloseParen => TokenKind::OpenParen,
        TokenKind::CloseBracket => TokenKind::OpenBracket,
        _ => TokenKind::OpenBrace,
    }
}

/// True for the one-character punctuation kinds.
fn is_punct(k: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        k,
        Semi | Comma
            | Dot
            | At
            | Pound
            | Tilde
            | Question
            | Colon
            | Dollar
            | Eq
            | Bang
            | Lt
            | Gt
            | Minus
            | And
            | Or
            | Plus
            | Star
            | Slash
            | Caret
            | Percent
    )
}

/// How an expected token kind is named in `expected one of …`.
fn kind_descr(k: TokenKind) -> &'static str {
    use TokenKind::*;
    match k {
        Semi => "`;`",
        Comma => "`,`",
        Dot => "`.`",
        OpenParen => "`(`",
        CloseParen => "`)`",
        OpenBrace => "`{`",
        CloseBrace => "`}`",
        OpenBracket => "`[`",
        CloseBracket => "`]`",
        At => "`@`",
        Pound => "`#`",
        Tilde => "`~`",
        Question => "`?`",
        Colon => "`:`",
        Dollar => "`$`",
        Eq => "`=`",
        Bang => "`!`",
        Lt => "`<`",
        Gt => "`>`",
        Minus => "`-`",
        And => "`&`",
        Or => "`|`",
        Plus => "`+`",
        Star => "`*`",
        Slash => "`/`",
        Caret => "`^`",
        Percent => "`%`",
        Ident | RawIdent => "identifier",
        Lifetime { .. } => "lifetime",
        Literal { .. } => "literal",
        _ => "token",
    }
}

fn op_descr(op: &'static str) -> &'static str {
    match op {
        "->" => "`->`",
        "=>" => "`=>`",
        "::" => "`::`",
        ".." => "`..`",
        "..=" => "`..=`",
        "==" => "`==`",
        _ => "operator",
    }
}

fn kw_descr(kw: &'static str) -> &'static str {
    match kw {
        "as" => "`as`",
        "else" => "`else`",
        "fn" => "`fn`",
        "for" => "`for`",
        "if" => "`if`",
        "in" => "`in`",
        "mut" => "`mut`",
        "where" => "`where`",
        "const" => "`const`",
        "unsafe" => "`unsafe`",
        "extern" => "`extern`",
        "move" => "`move`",
        "async" => "`async`",
        _ => "keyword",
    }
}

/// Describes a token as rustc does after `found`: `` `x` ``, ``keyword `fn` ``, `` `<eof>` ``.
fn describe_token(src: &str, t: &Tok, reserved: bool) -> String {
    let text = &src[t.span.start as usize..t.span.end as usize];
    match t.kind {
        EOF if t.span.is_empty() => "`<eof>`".to_string(),
        TokenKind::Ident if text == "_" => "`_`".to_string(),
        TokenKind::Ident if reserved => format!("keyword `{text}`"),
        TokenKind::LineComment { .. } | TokenKind::BlockComment { .. } => {
            format!("doc comment `{text}`")
        }
        TokenKind::Lifetime { .. } => format!("lifetime `{text}`"),
        _ => format!("`{text}`"),
    }
}

/// The literal kind of a literal token.
fn lit_kind(kind: LiteralKind) -> LitKind {
    match kind {
        LiteralKind::Int {
            empty_int: true, ..
        } => LitKind::Err,
        LiteralKind::Int { .. } => LitKind::Int,
        LiteralKind::Float { .. } => LitKind::Float,
        LiteralKind::Char { terminated } => ok_or_err(terminated, LitKind::Char),
        LiteralKind::Byte { terminated } => ok_or_err(terminated, LitKind::Byte),
        LiteralKind::Str { terminated } => ok_or_err(terminated, LitKind::Str),
        LiteralKind::ByteStr { terminated } => ok_or_err(terminated, LitKind::ByteStr),
        LiteralKind::CStr { terminated } => ok_or_err(terminated, LitKind::CStr),
        LiteralKind::RawStr { n_hashes } => ok_or_err(n_hashes.is_some(), LitKind::RawStr),
        LiteralKind::RawByteStr { n_hashes } => ok_or_err(n_hashes.is_some(), LitKind::RawByteStr),
        LiteralKind::RawCStr { n_hashes } => ok_or_err(n_hashes.is_some(), LitKind::RawCStr),
    }
}

fn ok_or_err(ok: bool, kind: LitKind) -> LitKind {
    if ok {
        kind
    } else {
        LitKind::Err
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The macro call of the only statement of `fn main`.
    fn mac_of(src: &str) -> MacCall {
        let parsed = parse(src);
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
        let ItemKind::Fn(f) = &parsed.krate.items[0].kind else {
            panic!("not a fn")
        };
        match &f.body.as_ref().unwrap().stmts[0].kind {
            StmtKind::MacCall { mac, .. } => mac.clone(),
            StmtKind::Let(l) => match &l.init.as_ref().unwrap().kind {
                ExprKind::MacCall(m) => m.clone(),
                other => panic!("{other:?}"),
            },
            other => panic!("{other:?}"),
        }
    }

    fn arg_kinds(src: &str) -> Vec<String> {
        let mac = mac_of(src);
        let (args, diags) = parse_macro_args(src, &mac);
        assert!(diags.is_empty(), "{diags:?}");
        args.iter()
            .map(|e| {
                let text = &src[e.span.start as usize..e.span.end as usize];
                let kind = format!("{:?}", e.kind);
                format!("{} {text}", kind.split(['(', ' ']).next().unwrap())
            })
            .collect()
    }

    #[test]
    fn macro_arguments_parse_as_expressions() {
        assert_eq!(
            arg_kinds("fn main() { println!(\"{} {}\", a, b + 1); }"),
            ["Lit \"{} {}\"", "Path a", "Binary b + 1"]
        );
        assert_eq!(
            arg_kinds("fn main() { let v = vec![0; n * 2]; }"),
            ["Lit 0", "Binary n * 2"]
        );
        assert_eq!(
            arg_kinds("fn main() { assert_eq!(f(x), Point { x: 1, y: 2 }, \"m\"); }"),
            ["Call f(x)", "Struct Point { x: 1, y: 2 }", "Lit \"m\""]
        );
        assert_eq!(
            arg_kinds("fn main() { let s = format!(\"{x}\", x = 5,); }"),
            ["Lit \"{x}\"", "Assign x = 5"]
        );
    }

    #[test]
    fn macro_arguments_report_errors() {
        let src = "fn main() { println!(\"{}\", a b); }";
        let mac = mac_of(src);
        let (args, diags) = parse_macro_args(src, &mac);
        assert_eq!(args.len(), 2);
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].primary_span(), Span::new(29, 30));
    }

    #[test]
    fn spans_and_shapes_for_lowering() {
        let src = "fn f(&mut self, x: u8) -> u8 { let y = x + 1; y }";
        let parsed = parse(src);
        assert!(parsed.diagnostics.is_empty());
        let item = &parsed.krate.items[0];
        assert_eq!(item.span, Span::new(0, src.len() as u32));
        let ItemKind::Fn(f) = &item.kind else {
            panic!()
        };
        assert_eq!(f.ident.name, "f");
        assert_eq!(
            f.sig.self_param.as_ref().unwrap().kind,
            SelfKind::Ref(None, Mutability::Mut)
        );
        assert_eq!(f.sig.params.len(), 1);
        let body = f.body.as_ref().unwrap();
        assert!(matches!(body.stmts[0].kind, StmtKind::Let(_)));
        // The tail expression is the last statement, without a semicolon.
        assert!(
            matches!(&body.stmts[1].kind, StmtKind::Expr(e) if matches!(e.kind, ExprKind::Path(..)))
        );
    }

    #[test]
    fn editions_change_keywords() {
        let src = "fn f() { let async = 1; let dyn = 2; }";
        assert!(parse_with_edition(src, Edition::E2015)
            .diagnostics
            .is_empty());
        assert!(!parse_with_edition(src, Edition::E2021)
            .diagnostics
            .is_empty());
        let chain = "fn f() { if let Some(x) = a && x > 0 {} }";
        assert!(parse_with_edition(chain, Edition::E2024)
            .diagnostics
            .is_empty());
        assert_eq!(
            parse(chain).diagnostics[0].message,
            "let chains are only allowed in Rust 2024 or later"
        );
    }
}

#[cfg(test)]
mod attr_tests {
    use super::*;

    #[test]
    fn attribute_lists() {
        let src = "#[derive(Debug, Clone, std::cmp::PartialEq)]\n#[cfg(feature = \"x\")]\n#[allow(dead_code, unused(x))]\nstruct S;";
        let parsed = parse(src);
        let attrs = &parsed.krate.items[0].attrs;
        assert!(attrs[0].has_name("derive"));
        assert_eq!(
            attrs[0].list_paths(src),
            ["Debug", "Clone", "std::cmp::PartialEq"]
        );
        assert!(attrs[1].list_paths(src).is_empty());
        assert_eq!(attrs[2].list_paths(src), ["dead_code"]);
    }
}
