//! The token stream the parser reads, produced the way CPython's C tokenizer
//! (`Parser/tokenizer.c`) produces it, not the way `Lib/tokenize.py` does.
//!
//! The crate's `tokenizer` module reproduces `python3 -m tokenize`, which is a different program:
//! it reports comments and blank lines, accepts some inputs the parser rejects, and raises
//! different errors. The parser must see what CPython's parser sees (no comments, no blank
//! lines, `INDENT`/`DEDENT` computed with tab stops of 8 and checked against tab stops of 1,
//! nesting limits) and must fail with the C tokenizer's messages (`unterminated string literal
//! (detected at line N)`, `unmatched ')'`, `too many nested parentheses`, `invalid decimal
//! literal`…), so this scanner follows the C tokenizer's state machine instead.
//!
//! It scans the whole (decoded) text up front into a vector. The C tokenizer is lazy, and a
//! tokenizer error stops the parser only when the parser reaches it; we keep that behaviour by
//! ending the vector with an `Error` token at the place where the error happened.

use super::error::ErrorKind;

/// Token kinds. Keywords get their own kinds; soft keywords (`match`, `case`, `_`) stay names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum T {
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,
    EndMarker,
    /// Where a tokenizer error stopped the scan.
    Error,
    LPar,
    RPar,
    LSqb,
    RSqb,
    Colon,
    Comma,
    Semi,
    Plus,
    Minus,
    Star,
    Slash,
    VBar,
    Amper,
    Less,
    Greater,
    Equal,
    Dot,
    Percent,
    LBrace,
    RBrace,
    EqEqual,
    NotEqual,
    /// `<>`, which CPython tokenizes but the parser never accepts (outside of Barry mode).
    LtGt,
    LessEqual,
    GreaterEqual,
    Tilde,
    Circumflex,
    LeftShift,
    RightShift,
    DoubleStar,
    PlusEqual,
    MinEqual,
    StarEqual,
    SlashEqual,
    PercentEqual,
    AmperEqual,
    VBarEqual,
    CircumflexEqual,
    LeftShiftEqual,
    RightShiftEqual,
    DoubleStarEqual,
    DoubleSlash,
    DoubleSlashEqual,
    At,
    AtEqual,
    RArrow,
    Ellipsis,
    ColonEqual,
    /// A character that is no Python operator (`$`, `?`, `!`, a backquote).
    Op,
    KwFalse,
    KwNone,
    KwTrue,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
}

/// One token: its kind, its bytes in the decoded text and CPython's positions for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub kind: T,
    /// Byte offset of the first byte in the decoded text.
    pub start: u32,
    /// Byte offset one past the last byte.
    pub end: u32,
    pub lineno: u32,
    /// UTF-8 byte column of the start.
    pub col: u32,
    pub end_lineno: u32,
    pub end_col: u32,
}

/// An error found by the tokenizer, positioned as CPython positions it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct LexError {
    pub kind: ErrorKind,
    pub message: String,
    /// Line of the error.
    pub lineno: u32,
    /// Byte offset (in the decoded text) of the start of the line the error is reported on.
    pub line_start: u32,
    /// `SyntaxError.offset` as CPython reports it (1-based, in characters).
    pub offset: i64,
    pub end_lineno: u32,
    pub end_offset: i64,
    /// The tokenizer stopped at the end of the input with brackets open: this is not an
    /// exception in CPython's tokenizer but an error token the parser turns into
    /// `'(' was never closed`.
    pub eof_in_brackets: bool,
    /// Whether CPython's tokenizer raises this error itself (`syntaxerror`), so that it
    /// overrides a parser error found earlier in the file. The indentation errors, a bad line
    /// continuation and an end of input after one are only reported when the parser reads
    /// that far.
    pub raised: bool,
}

/// The most brackets that may be open at once (CPython's `MAXLEVEL`).
pub(crate) const MAX_LEVEL: usize = 200;
/// The most indentation levels (CPython's `MAXINDENT`).
pub(crate) const MAX_INDENT: usize = 100;

/// The scanned input.
pub(crate) struct Lexed {
    pub tokens: Vec<Token>,
    pub error: Option<LexError>,
    /// The open brackets at the end of the scan (kind, line, byte column), innermost last.
    pub open_brackets: Vec<(u8, u32, u32)>,
}

struct Lexer<'a> {
    text: &'a [u8],
    pos: usize,
    lineno: u32,
    line_start: usize,
    tokens: Vec<Token>,
    indents: Vec<(u32, u32)>,
    /// Open brackets: the character, its line and its column.
    parens: Vec<(u8, u32, u32)>,
    at_bol: bool,
    /// The error that stopped the scan.
    error: Option<LexError>,
}

/// Keyword kinds by spelling.
fn keyword(word: &[u8]) -> Option<T> {
    Some(match word {
        b"False" => T::KwFalse,
        b"None" => T::KwNone,
        b"True" => T::KwTrue,
        b"and" => T::And,
        b"as" => T::As,
        b"assert" => T::Assert,
        b"async" => T::Async,
        b"await" => T::Await,
        b"break" => T::Break,
        b"class" => T::Class,
        b"continue" => T::Continue,
        b"def" => T::Def,
        b"del" => T::Del,
        b"elif" => T::Elif,
        b"else" => T::Else,
        b"except" => T::Except,
        b"finally" => T::Finally,
        b"for" => T::For,
        b"from" => T::From,
        b"global" => T::Global,
        b"if" => T::If,
        b"import" => T::Import,
        b"in" => T::In,
        b"is" => T::Is,
        b"lambda" => T::Lambda,
        b"nonlocal" => T::Nonlocal,
        b"not" => T::Not,
        b"or" => T::Or,
        b"pass" => T::Pass,
        b"raise" => T::Raise,
        b"return" => T::Return,
        b"try" => T::Try,
        b"while" => T::While,
        b"with" => T::With,
        b"yield" => T::Yield,
        _ => return None,
    })
}

fn is_id_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 128
}

fn is_id_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 128
}

/// Whether `c` is printable in Python's sense (`str.isprintable`).
pub(crate) fn is_printable(c: char) -> bool {
    if c == '\'' || c == '\\' {
        return true;
    }
    let repr = crate::python_repr(c.encode_utf8(&mut [0; 4]));
    repr.len() == c.len_utf8() + 2
}

/// A failed scan step: the error has been recorded.
struct Stop;

impl<'a> Lexer<'a> {
    fn peek(&self) -> u8 {
        self.text.get(self.pos).copied().unwrap_or(0)
    }

    fn at_eof(&self) -> bool {
        self.pos >= self.text.len()
    }

    fn peek_at(&self, n: usize) -> u8 {
        self.text.get(self.pos + n).copied().unwrap_or(0)
    }

    /// The length of the line break at `at` (`\n`, `\r\n` or a lone `\r`), or 0.
    fn newline_len(&self, at: usize) -> usize {
        match self.text.get(at) {
            Some(b'\n') => 1,
            Some(b'\r') => {
                if self.text.get(at + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                }
            }
            _ => 0,
        }
    }

    /// Steps over a line break at the current position and starts a new line.
    fn eat_newline(&mut self, len: usize) {
        self.pos += len;
        self.lineno += 1;
        self.line_start = self.pos;
    }

    /// Counts the characters of the current line from its start to `to` (a byte offset).
    fn chars_between(&self, from: usize, to: usize) -> u32 {
        let to = to.min(self.text.len());
        if from >= to {
            return 0;
        }
        String::from_utf8_lossy(&self.text[from..to])
            .chars()
            .count() as u32
    }

    fn push(&mut self, kind: T, start: usize, start_line: u32, start_line_start: usize) {
        self.tokens.push(Token {
            kind,
            start: start as u32,
            end: self.pos as u32,
            lineno: start_line,
            col: (start - start_line_start) as u32,
            end_lineno: self.lineno,
            end_col: (self.pos - self.line_start) as u32,
        });
    }

    /// Records a `SyntaxError` whose offset counts the characters up to the current position
    /// (CPython's `syntaxerror`).
    fn error_here(&mut self, message: String) -> Stop {
        let offset = self.chars_between(self.line_start, self.pos) as i64;
        self.error_at(ErrorKind::SyntaxError, message, offset, offset)
    }

    fn error_at(&mut self, kind: ErrorKind, message: String, offset: i64, end_offset: i64) -> Stop {
        let error = LexError {
            kind,
            message,
            lineno: self.lineno,
            line_start: self.line_start as u32,
            offset,
            end_lineno: self.lineno,
            end_offset,
            eof_in_brackets: false,
            raised: true,
        };
        self.finish_error(error)
    }

    fn finish_error(&mut self, error: LexError) -> Stop {
        let at = self.pos.min(self.text.len()) as u32;
        self.tokens.push(Token {
            kind: T::Error,
            start: at,
            end: at,
            lineno: error.lineno,
            col: at - self.line_start.min(at as usize) as u32,
            end_lineno: error.lineno,
            end_col: at - self.line_start.min(at as usize) as u32,
        });
        self.error = Some(error);
        Stop
    }

    /// The errors CPython's parser reports for a tokenizer that stopped with `E_DEDENT`,
    /// `E_TABSPACE` or `E_TOODEEP`. The tokenizer has skipped to the end of the line; a
    /// dedent error is placed there, the others at the start of the line.
    fn indent_error(&mut self, kind: ErrorKind, message: &str) -> Stop {
        let mut end = self.pos;
        while end < self.text.len() && self.newline_len(end) == 0 {
            end += 1;
        }
        end += self.newline_len(end);
        self.pos = end;
        let (offset, end_offset) =
            if kind == ErrorKind::IndentationError && message.starts_with("unindent") {
                (self.chars_between(self.line_start, end) as i64, -1)
            } else {
                (1, 0)
            };
        let error = LexError {
            kind,
            message: message.to_string(),
            lineno: self.lineno,
            line_start: self.line_start as u32,
            offset,
            end_lineno: self.lineno,
            end_offset,
            eof_in_brackets: false,
            raised: false,
        };
        self.finish_error(error)
    }

    fn run(&mut self) -> Result<(), Stop> {
        loop {
            let mut blank = false;
            if self.at_bol {
                self.at_bol = false;
                blank = self.indentation()?;
            }
            // Skip spaces, and comments up to the end of their line.
            while matches!(self.peek(), b' ' | b'\t' | b'\x0c') {
                self.pos += 1;
            }
            let start = self.pos;
            if self.peek() == b'#' {
                while !self.at_eof() && self.newline_len(self.pos) == 0 {
                    self.pos += 1;
                }
            }
            if self.at_eof() {
                if !self.parens.is_empty() {
                    let error = LexError {
                        kind: ErrorKind::SyntaxError,
                        message: String::new(),
                        lineno: self.lineno,
                        line_start: self.line_start as u32,
                        offset: 0,
                        end_lineno: self.lineno,
                        end_offset: 0,
                        eof_in_brackets: true,
                        raised: false,
                    };
                    return Err(self.finish_error(error));
                }
                // The input always ends with a line break (see `decode`), so here only the
                // dedents and the end marker are left.
                // At the end of the input CPython's tokenizer is still on the last line, at
                // its end.
                let (line, ls) = if self.pos > 0 {
                    let last = self.text[..self.pos - 1]
                        .iter()
                        .rposition(|&b| b == b'\n' || b == b'\r')
                        .map_or(0, |i| i + 1);
                    (self.lineno.saturating_sub(1).max(1), last)
                } else {
                    (1, 0)
                };
                while self.indents.len() > 1 {
                    self.indents.pop();
                    self.push(T::Dedent, self.pos, line, ls);
                }
                self.push(T::EndMarker, self.pos, line, ls);
                return Ok(());
            }
            let nl = self.newline_len(self.pos);
            if nl > 0 {
                if blank || !self.parens.is_empty() {
                    self.eat_newline(nl);
                    self.at_bol = true;
                    continue;
                }
                // CPython's NEWLINE token starts at the comment before the line break, if
                // any, and leaves the line break itself out.
                let (line, ls) = (self.lineno, self.line_start);
                let at = self.pos;
                self.pos = start;
                self.push(T::Newline, start, line, ls);
                self.pos = at;
                self.eat_newline(nl);
                self.at_bol = true;
                continue;
            }
            self.token()?;
        }
    }

    /// Measures the indentation at the start of a line and queues INDENT or DEDENT tokens.
    /// Returns whether the line is blank (only spaces and maybe a comment).
    fn indentation(&mut self) -> Result<bool, Stop> {
        let (mut col, mut altcol) = (0u32, 0u32);
        let mut cont_line_col = 0u32;
        loop {
            match self.peek() {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                b'\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                b'\\' if !self.at_eof() => {
                    if cont_line_col == 0 {
                        cont_line_col = col;
                    }
                    self.continuation()?;
                    continue;
                }
                _ => break,
            }
            self.pos += 1;
        }
        let c = self.peek();
        let blank = c == b'#' || self.newline_len(self.pos) > 0;
        if blank || !self.parens.is_empty() {
            return Ok(blank);
        }
        if cont_line_col != 0 {
            col = cont_line_col;
            altcol = cont_line_col;
        }
        let (top, alttop) = *self.indents.last().unwrap_or(&(0, 0));
        let ls = self.line_start;
        let line = self.lineno;
        if col == top {
            if altcol != alttop {
                return Err(self.indent_error(
                    ErrorKind::TabError,
                    "inconsistent use of tabs and spaces in indentation",
                ));
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(self.indent_error(
                    ErrorKind::IndentationError,
                    "too many levels of indentation",
                ));
            }
            if altcol <= alttop {
                return Err(self.indent_error(
                    ErrorKind::TabError,
                    "inconsistent use of tabs and spaces in indentation",
                ));
            }
            self.indents.push((col, altcol));
            self.push(T::Indent, self.pos, line, ls);
        } else {
            let mut dedents = 0;
            while self.indents.len() > 1 && col < self.indents.last().map_or(0, |t| t.0) {
                self.indents.pop();
                dedents += 1;
            }
            let (top, alttop) = *self.indents.last().unwrap_or(&(0, 0));
            if col != top {
                return Err(self.indent_error(
                    ErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                ));
            }
            if altcol != alttop {
                return Err(self.indent_error(
                    ErrorKind::TabError,
                    "inconsistent use of tabs and spaces in indentation",
                ));
            }
            for _ in 0..dedents {
                self.push(T::Dedent, self.pos, line, ls);
            }
        }
        Ok(false)
    }

    /// Steps over a backslash that must be followed by a line break.
    fn continuation(&mut self) -> Result<(), Stop> {
        self.pos += 1;
        let nl = self.newline_len(self.pos);
        if nl == 0 {
            // CPython measures this offset from the start of the input, not of the line.
            let offset = (self.pos + 1).min(self.text.len()) as i64;
            let stop = self.error_at(
                ErrorKind::SyntaxError,
                "unexpected character after line continuation character".into(),
                offset,
                0,
            );
            if let Some(e) = self.error.as_mut() {
                e.raised = false;
            }
            return Err(stop);
        }
        let line_start = self.line_start;
        self.eat_newline(nl);
        if self.at_eof() {
            let offset = self.chars_between(line_start, self.pos) as i64;
            let error = LexError {
                kind: ErrorKind::SyntaxError,
                message: "unexpected EOF while parsing".into(),
                lineno: self.lineno - 1,
                line_start: line_start as u32,
                offset,
                end_lineno: self.lineno - 1,
                end_offset: -1,
                eof_in_brackets: false,
                raised: false,
            };
            return Err(self.finish_error(error));
        }
        Ok(())
    }

    fn token(&mut self) -> Result<(), Stop> {
        let start = self.pos;
        let line = self.lineno;
        let ls = self.line_start;
        let c = self.peek();
        if is_id_start(c) {
            // String prefixes first: any of the legal combinations of b, r, u and f.
            let (mut b, mut r, mut u, mut f) = (false, false, false, false);
            loop {
                let c = self.peek().to_ascii_lowercase();
                match c {
                    b'b' if !(b || u || f) => b = true,
                    b'u' if !(b || u || r || f) => u = true,
                    b'r' if !(r || u) => r = true,
                    b'f' if !(f || b || u) => f = true,
                    _ => break,
                }
                self.pos += 1;
                if matches!(self.peek(), b'\'' | b'"') {
                    return self.string(start);
                }
            }
            let mut nonascii = false;
            while is_id_char(self.peek()) {
                nonascii |= self.peek() >= 128;
                self.pos += 1;
            }
            if nonascii {
                self.verify_identifier(start)?;
            }
            let kind = keyword(&self.text[start..self.pos]).unwrap_or(T::Name);
            self.push(kind, start, line, ls);
            return Ok(());
        }
        if c == b'.' {
            if self.peek_at(1).is_ascii_digit() {
                return self.number(start);
            }
            if self.peek_at(1) == b'.' && self.peek_at(2) == b'.' {
                self.pos += 3;
                self.push(T::Ellipsis, start, line, ls);
            } else {
                self.pos += 1;
                self.push(T::Dot, start, line, ls);
            }
            return Ok(());
        }
        if c.is_ascii_digit() {
            return self.number(start);
        }
        if c == b'\'' || c == b'"' {
            return self.string(start);
        }
        if c == b'\\' {
            return self.continuation();
        }
        let (kind, len) = operator(c, self.peek_at(1), self.peek_at(2));
        self.pos += len;
        match c {
            b'(' | b'[' | b'{' if len == 1 => {
                if self.parens.len() >= MAX_LEVEL {
                    return Err(self.error_here("too many nested parentheses".into()));
                }
                self.parens.push((c, line, (start - ls) as u32));
            }
            b')' | b']' | b'}' if len == 1 => {
                let Some((open, open_line, _)) = self.parens.pop() else {
                    return Err(self.error_here(format!("unmatched '{}'", c as char)));
                };
                let expected = match open {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if c != expected {
                    let message = if open_line != self.lineno {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                            c as char, open as char, open_line
                        )
                    } else {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        )
                    };
                    return Err(self.error_here(message));
                }
            }
            _ => {}
        }
        if kind == T::Op {
            // A lone character that is no operator; a non-printable one is an error here.
            let ch = std::str::from_utf8(&self.text[start..])
                .ok()
                .and_then(|s| s.chars().next())
                .unwrap_or(c as char);
            if !is_printable(ch) {
                return Err(self.error_here(format!(
                    "invalid non-printable character U+{:04X}",
                    ch as u32
                )));
            }
        }
        self.push(kind, start, line, ls);
        Ok(())
    }

    /// CPython's `verify_identifier`: a name holding non-ASCII characters must be a valid
    /// identifier; otherwise the first bad character is reported.
    fn verify_identifier(&mut self, start: usize) -> Result<(), Stop> {
        if let Some(message) = super::decode::utf8_error(&self.text[start..self.pos]) {
            // CPython cannot decode the name at all; it reports the token's start.
            let offset = self.chars_between(self.line_start, start) as i64 + 1;
            return Err(self.error_at(ErrorKind::SyntaxError, message, offset, -1));
        }
        let word = String::from_utf8_lossy(&self.text[start..self.pos]).into_owned();
        let mut bad = None;
        for (i, (at, ch)) in word.char_indices().enumerate() {
            let ok = if i == 0 {
                ch == '_' || unicode_ident::is_xid_start(ch)
            } else {
                unicode_ident::is_xid_continue(ch)
            };
            if !ok {
                bad = Some((at, ch, i + 1 < word.chars().count()));
                break;
            }
        }
        let Some((at, ch, more)) = bad else {
            return Ok(());
        };
        if more {
            self.pos = start + at + ch.len_utf8();
        }
        let message = if is_printable(ch) {
            format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", ch as u32)
        };
        Err(self.error_here(message))
    }

    /// Consumes digits and single underscores between digits; an underscore not followed by a
    /// digit is an error (CPython's `tok_decimal_tail`).
    fn decimal_tail(&mut self) -> Result<(), Stop> {
        loop {
            while self.peek().is_ascii_digit() {
                self.pos += 1;
            }
            if self.peek() != b'_' {
                return Ok(());
            }
            self.pos += 1;
            if !self.peek().is_ascii_digit() {
                return Err(self.error_here("invalid decimal literal".into()));
            }
        }
    }

    /// CPython's `verify_end_of_number`: a number may not run into a name, except the keywords
    /// that can follow a number in valid code (which CPython only warns about).
    fn verify_end(&mut self, kind: &str) -> Result<(), Stop> {
        let c = self.peek();
        let rest = &self.text[self.pos..];
        let keyword_follows = match c {
            b'a' => rest.starts_with(b"and"),
            b'e' => rest.starts_with(b"else"),
            b'f' => rest.starts_with(b"for"),
            b'i' => matches!(rest.get(1), Some(b'f' | b'n' | b's')),
            b'o' => rest.starts_with(b"or"),
            b'n' => rest.starts_with(b"not"),
            _ => false,
        };
        if keyword_follows {
            return Ok(());
        }
        // Only ASCII letters make the literal invalid here; a non-ASCII character starts a
        // name of its own, which the parser then rejects.
        if c < 128 && is_id_char(c) {
            return Err(self.error_here(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    fn number(&mut self, start: usize) -> Result<(), Stop> {
        let line = self.lineno;
        let ls = self.line_start;
        let c = self.peek();
        if c == b'.' {
            self.pos += 1;
            return self.fraction(start, line, ls);
        }
        if c == b'0' {
            self.pos += 1;
            let c = self.peek().to_ascii_lowercase();
            if c == b'x' || c == b'o' || c == b'b' {
                self.pos += 1;
                let (name, is_digit): (&str, fn(u8) -> bool) = match c {
                    b'x' => ("hexadecimal", |d| d.is_ascii_hexdigit()),
                    b'o' => ("octal", |d| (b'0'..b'8').contains(&d)),
                    _ => ("binary", |d| d == b'0' || d == b'1'),
                };
                loop {
                    if self.peek() == b'_' {
                        self.pos += 1;
                    }
                    let d = self.peek();
                    if !is_digit(d) {
                        if c != b'x' && d.is_ascii_digit() {
                            self.pos += 1;
                            return Err(self.error_here(format!(
                                "invalid digit '{}' in {} literal",
                                d as char, name
                            )));
                        }
                        return Err(self.error_here(format!("invalid {name} literal")));
                    }
                    while is_digit(self.peek()) {
                        self.pos += 1;
                    }
                    if self.peek() != b'_' {
                        break;
                    }
                }
                if c != b'x' && self.peek().is_ascii_digit() {
                    let d = self.peek();
                    self.pos += 1;
                    return Err(self
                        .error_here(format!("invalid digit '{}' in {} literal", d as char, name)));
                }
                self.verify_end(name)?;
                self.push(T::Number, start, line, ls);
                return Ok(());
            }
            // Zeros, maybe an old-style octal (an error), maybe a float.
            let mut nonzero = false;
            loop {
                if self.peek() == b'_' {
                    self.pos += 1;
                    if !self.peek().is_ascii_digit() {
                        return Err(self.error_here("invalid decimal literal".into()));
                    }
                }
                if self.peek() != b'0' {
                    break;
                }
                self.pos += 1;
            }
            let zeros_end = self.pos;
            if self.peek().is_ascii_digit() {
                nonzero = true;
                self.decimal_tail()?;
            }
            match self.peek() {
                b'.' => {
                    self.pos += 1;
                    return self.fraction(start, line, ls);
                }
                b'e' | b'E' => return self.exponent(start, line, ls),
                b'j' | b'J' => return self.imaginary(start, line, ls),
                _ => {}
            }
            if nonzero {
                let offset = self.chars_between(ls, start) as i64 + 1;
                // CPython's tokenizer has already read the digit after the zeros.
                let end_offset = self.chars_between(ls, zeros_end + 1) as i64;
                return Err(self.error_at(
                    ErrorKind::SyntaxError,
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(),
                    offset,
                    end_offset,
                ));
            }
            self.verify_end("decimal")?;
            self.push(T::Number, start, line, ls);
            return Ok(());
        }
        self.decimal_tail()?;
        if self.peek() == b'.' {
            self.pos += 1;
            return self.fraction(start, line, ls);
        }
        self.after_fraction(start, line, ls)
    }

    fn fraction(&mut self, start: usize, line: u32, ls: usize) -> Result<(), Stop> {
        if self.peek().is_ascii_digit() {
            self.decimal_tail()?;
        }
        self.after_fraction(start, line, ls)
    }

    fn after_fraction(&mut self, start: usize, line: u32, ls: usize) -> Result<(), Stop> {
        match self.peek() {
            b'e' | b'E' => self.exponent(start, line, ls),
            b'j' | b'J' => self.imaginary(start, line, ls),
            _ => {
                self.verify_end("decimal")?;
                self.push(T::Number, start, line, ls);
                Ok(())
            }
        }
    }

    fn exponent(&mut self, start: usize, line: u32, ls: usize) -> Result<(), Stop> {
        let e = self.pos;
        self.pos += 1;
        let c = self.peek();
        if c == b'+' || c == b'-' {
            self.pos += 1;
            if !self.peek().is_ascii_digit() {
                return Err(self.error_here("invalid decimal literal".into()));
            }
        } else if !c.is_ascii_digit() {
            // `1e` followed by something else: the number ends before the `e`.
            self.pos = e;
            self.verify_end("decimal")?;
            self.push(T::Number, start, line, ls);
            return Ok(());
        }
        self.decimal_tail()?;
        if matches!(self.peek(), b'j' | b'J') {
            return self.imaginary(start, line, ls);
        }
        self.verify_end("decimal")?;
        self.push(T::Number, start, line, ls);
        Ok(())
    }

    fn imaginary(&mut self, start: usize, line: u32, ls: usize) -> Result<(), Stop> {
        self.pos += 1;
        self.verify_end("imaginary")?;
        self.push(T::Number, start, line, ls);
        Ok(())
    }

    /// Scans a string literal whose quote is at the current position (the prefix, if any, is
    /// behind it, from `start`).
    fn string(&mut self, start: usize) -> Result<(), Stop> {
        let line = self.lineno;
        let ls = self.line_start;
        let quote = self.peek();
        self.pos += 1;
        let mut quote_size = 1;
        if self.peek() == quote {
            if self.peek_at(1) == quote {
                quote_size = 3;
                self.pos += 2;
            } else {
                // The empty string.
                self.pos += 1;
                self.push(T::String, start, line, ls);
                return Ok(());
            }
        }
        let mut end_quotes = 0;
        while end_quotes != quote_size {
            let nl = self.newline_len(self.pos);
            if self.at_eof() || (quote_size == 1 && nl > 0) {
                // At the end of the input CPython's tokenizer is still on the last line.
                let detected = if self.at_eof() && self.line_start == self.pos && self.lineno > 1 {
                    self.lineno - 1
                } else {
                    self.lineno
                };
                let offset = self.chars_between(ls, start) as i64 + 1;
                let message = if quote_size == 3 {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {detected})"
                    )
                } else {
                    format!("unterminated string literal (detected at line {detected})")
                };
                let error = LexError {
                    kind: ErrorKind::SyntaxError,
                    message,
                    lineno: line,
                    line_start: ls as u32,
                    offset,
                    end_lineno: line,
                    end_offset: offset,
                    eof_in_brackets: false,
                    raised: true,
                };
                return Err(self.finish_error(error));
            }
            if nl > 0 {
                end_quotes = 0;
                self.eat_newline(nl);
                continue;
            }
            let c = self.peek();
            self.pos += 1;
            if c == quote {
                end_quotes += 1;
            } else {
                end_quotes = 0;
                if c == b'\\' {
                    let nl = self.newline_len(self.pos);
                    if nl > 0 {
                        self.eat_newline(nl);
                    } else if !self.at_eof() {
                        self.pos += 1;
                    }
                }
            }
        }
        self.push(T::String, start, line, ls);
        Ok(())
    }
}

/// The operator starting with `c`, `c2`, `c3` and its length (CPython's `PyToken_OneChar`,
/// `PyToken_TwoChars` and `PyToken_ThreeChars`).
fn operator(c: u8, c2: u8, c3: u8) -> (T, usize) {
    let three = match (c, c2, c3) {
        (b'*', b'*', b'=') => Some(T::DoubleStarEqual),
        (b'/', b'/', b'=') => Some(T::DoubleSlashEqual),
        (b'<', b'<', b'=') => Some(T::LeftShiftEqual),
        (b'>', b'>', b'=') => Some(T::RightShiftEqual),
        (b'.', b'.', b'.') => Some(T::Ellipsis),
        _ => None,
    };
    if let Some(t) = three {
        return (t, 3);
    }
    let two = match (c, c2) {
        (b'!', b'=') => Some(T::NotEqual),
        (b'%', b'=') => Some(T::PercentEqual),
        (b'&', b'=') => Some(T::AmperEqual),
        (b'*', b'*') => Some(T::DoubleStar),
        (b'*', b'=') => Some(T::StarEqual),
        (b'+', b'=') => Some(T::PlusEqual),
        (b'-', b'=') => Some(T::MinEqual),
        (b'-', b'>') => Some(T::RArrow),
        (b'/', b'/') => Some(T::DoubleSlash),
        (b'/', b'=') => Some(T::SlashEqual),
        (b':', b'=') => Some(T::ColonEqual),
        (b'<', b'<') => Some(T::LeftShift),
        (b'<', b'=') => Some(T::LessEqual),
        (b'<', b'>') => Some(T::LtGt),
        (b'=', b'=') => Some(T::EqEqual),
        (b'>', b'=') => Some(T::GreaterEqual),
        (b'>', b'>') => Some(T::RightShift),
        (b'@', b'=') => Some(T::AtEqual),
        (b'^', b'=') => Some(T::CircumflexEqual),
        (b'|', b'=') => Some(T::VBarEqual),
        _ => None,
    };
    if let Some(t) = two {
        return (t, 2);
    }
    let one = match c {
        b'%' => T::Percent,
        b'&' => T::Amper,
        b'(' => T::LPar,
        b')' => T::RPar,
        b'*' => T::Star,
        b'+' => T::Plus,
        b',' => T::Comma,
        b'-' => T::Minus,
        b'.' => T::Dot,
        b'/' => T::Slash,
        b':' => T::Colon,
        b';' => T::Semi,
        b'<' => T::Less,
        b'=' => T::Equal,
        b'>' => T::Greater,
        b'@' => T::At,
        b'[' => T::LSqb,
        b']' => T::RSqb,
        b'^' => T::Circumflex,
        b'{' => T::LBrace,
        b'|' => T::VBar,
        b'}' => T::RBrace,
        b'~' => T::Tilde,
        _ => T::Op,
    };
    (one, 1)
}

/// Scans `text` (decoded, ending with a line break) into tokens.
pub(crate) fn lex(text: &[u8]) -> Lexed {
    let mut lexer = Lexer {
        text,
        pos: 0,
        lineno: 1,
        line_start: 0,
        tokens: Vec::with_capacity(text.len() / 4 + 4),
        indents: vec![(0, 0)],
        parens: Vec::new(),
        at_bol: true,
        error: None,
    };
    // A failed scan has recorded its error; the tokens before it are kept either way.
    let _ = lexer.run();
    Lexed {
        tokens: lexer.tokens,
        error: lexer.error,
        open_brackets: lexer.parens,
    }
}
