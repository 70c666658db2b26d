//! The line loop of `tokenize._tokenize`: indentation, continuation lines, strings that span
//! lines, and the dispatch from a matched piece of text to a token type.
//!
//! This is a close port of CPython 3.11's `Lib/tokenize.py`, the pure-Python tokenizer behind
//! `python3 -m tokenize`. It keeps that function's variables (`lnum`, `parenlev`, `continued`,
//! `contstr`, `needcont`, `indents`) and its order of tests, because its output, quirks
//! included, is what deepdive must reproduce: for example, a `)` with no `(` makes `parenlev`
//! negative, and an unterminated one-line string leaves `needcont` set, which changes how a later
//! triple-quoted string is read.

use source::Span;

use super::encoding::{DecodeError, Detected, Line, LineReader};
use super::pseudo::{is_valid_prefix, match_string_end, Matcher, StringEnd};
use super::unicode::{is_identifier_start, is_space};
use super::{TokenKind, TokenizeErrorKind};

/// `tokenize.tabsize`: tabs move the indentation column to the next multiple of 8.
const TAB_SIZE: u32 = 8;

/// A token before it gets its category.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RawToken {
    pub(crate) kind: TokenKind,
    pub(crate) text: String,
    pub(crate) span: Span,
    pub(crate) start: (u32, u32),
    pub(crate) end: (u32, u32),
}

/// An error that ends tokenizing, before it gets its public form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RawError {
    pub(crate) kind: TokenizeErrorKind,
    pub(crate) message: String,
    pub(crate) line: u32,
    pub(crate) col: u32,
    pub(crate) span: Span,
}

/// A string whose closing quote has not been seen yet (`contstr` and friends).
struct OpenString {
    /// `contstr`: the text so far, from the prefix to the end of the last line read.
    text: String,
    /// `strstart`: where the string began.
    start: (u32, u32),
    /// Byte offset where the string began.
    start_byte: u32,
    /// `endprog`: what ends it.
    end: StringEnd,
}

/// The state of `_tokenize` between lines.
pub(crate) struct Scanner<'a> {
    reader: LineReader<'a>,
    tokens: Vec<RawToken>,
    /// `lnum`: number of the line being read, from 1.
    lnum: u32,
    /// `parenlev`: open brackets minus closed ones; negative after a stray closer.
    parenlev: i64,
    /// `continued`: the previous line ended with a backslash.
    continued: bool,
    /// `indents`: the columns of the open indentation levels, strictly increasing from 0.
    indents: Vec<u32>,
    /// `contstr`, `strstart`, `endprog`.
    open_string: Option<OpenString>,
    /// `needcont`: the open string is a one-line string continued by a backslash. It is cleared
    /// when a string ends normally but not when an unterminated one is given up (as in CPython).
    needcont: bool,
    /// `line`: the current line.
    line: Line,
    /// `last_line`: the line before it.
    last_line: Line,
}

impl<'a> Scanner<'a> {
    /// A scanner of `source`, decoded as `detected` says.
    pub(crate) fn new(source: &'a [u8], detected: &Detected) -> Scanner<'a> {
        let mut line = Line::default();
        line.offsets.push(0);
        Scanner {
            reader: LineReader::new(source, detected),
            tokens: Vec::new(),
            lnum: 0,
            parenlev: 0,
            continued: false,
            indents: vec![0],
            open_string: None,
            needcont: false,
            last_line: line.clone(),
            line,
        }
    }

    /// Runs `_tokenize` after the ENCODING token: every token, and the error that stopped it.
    pub(crate) fn run(mut self) -> (Vec<RawToken>, Option<RawError>) {
        let error = self.scan_lines().err();
        if error.is_none() {
            self.finish();
        }
        (self.tokens, error)
    }

    /// Appends a token whose characters all lie on the current line.
    fn push_on_line(&mut self, kind: TokenKind, start: usize, end: usize) {
        let text = self.line.text(start, end);
        let span = Span::new(self.line.offsets[start], self.line.offsets[end]);
        let lnum = self.lnum;
        self.push(kind, text, span, (lnum, start as u32), (lnum, end as u32));
    }

    /// Appends a token.
    fn push(
        &mut self,
        kind: TokenKind,
        text: String,
        span: Span,
        start: (u32, u32),
        end: (u32, u32),
    ) {
        self.tokens.push(RawToken {
            kind,
            text,
            span,
            start,
            end,
        });
    }

    /// The `while True` loop over lines, up to the end of the input or an error.
    fn scan_lines(&mut self) -> Result<(), RawError> {
        loop {
            std::mem::swap(&mut self.last_line, &mut self.line);
            let line_start = self.reader.offset();
            if let Err(error) = self.reader.read_line(&mut self.line) {
                return Err(self.decode_error(error, line_start));
            }
            self.lnum += 1;
            let mut pos = 0;
            let max = self.line.len();

            if let Some(mut open) = self.open_string.take() {
                // A string that began on an earlier line.
                if self.line.is_empty() {
                    return Err(self.eof_error(
                        "EOF in multi-line string",
                        open.start,
                        open.start_byte,
                    ));
                }
                if let Some(end) = match_string_end(&self.line.chars, 0, open.end) {
                    pos = end;
                    open.text.push_str(&self.line.text(0, end));
                    let span = Span::new(open.start_byte, self.line.offsets[end]);
                    let end = (self.lnum, end as u32);
                    self.push(TokenKind::String, open.text, span, open.start, end);
                    self.needcont = false;
                } else if self.needcont
                    && !self.line.ends_with("\\\n")
                    && !self.line.ends_with("\\\r\n")
                {
                    // A one-line string continued with a backslash whose next line neither ends
                    // it nor continues it: the whole thing becomes an ERRORTOKEN, and the rest of
                    // this line is not tokenized.
                    open.text.push_str(&self.line.text(0, max));
                    let span = Span::new(open.start_byte, self.line.offsets[max]);
                    let end = (self.lnum, max as u32);
                    self.push(TokenKind::ErrorToken, open.text, span, open.start, end);
                    continue;
                } else {
                    open.text.push_str(&self.line.text(0, max));
                    self.open_string = Some(open);
                    continue;
                }
            } else if self.parenlev == 0 && !self.continued {
                // A new statement: measure the indentation.
                if self.line.is_empty() {
                    break;
                }
                let mut column = 0;
                while pos < max {
                    match self.line.chars[pos] {
                        ' ' => column += 1,
                        '\t' => column = (column / TAB_SIZE + 1) * TAB_SIZE,
                        '\x0c' => column = 0,
                        _ => break,
                    }
                    pos += 1;
                }
                if pos == max {
                    // Only blanks, and no newline after them (the last line of a file that does
                    // not end with one): `tokenize` stops here without looking at this line, so
                    // `last_line` is still the line before it.
                    break;
                }

                let first = self.line.chars[pos];
                if first == '#' || first == '\r' || first == '\n' {
                    // A comment or blank line: no INDENT, DEDENT or NEWLINE.
                    if first == '#' {
                        let mut end = max;
                        while end > pos && matches!(self.line.chars[end - 1], '\r' | '\n') {
                            end -= 1;
                        }
                        self.push_on_line(TokenKind::Comment, pos, end);
                        pos = end;
                    }
                    self.push_on_line(TokenKind::Nl, pos, max);
                    continue;
                }

                if column > *self.indents.last().unwrap_or(&0) {
                    self.indents.push(column);
                    self.push_on_line(TokenKind::Indent, 0, pos);
                }
                while column < *self.indents.last().unwrap_or(&0) {
                    if self.indents.binary_search(&column).is_err() {
                        let message = "unindent does not match any outer indentation level";
                        return Err(RawError {
                            kind: TokenizeErrorKind::Indentation,
                            message: message.to_string(),
                            line: self.lnum,
                            col: pos as u32,
                            span: Span::new(self.line.offsets[0], self.line.offsets[pos]),
                        });
                    }
                    self.indents.pop();
                    self.push_on_line(TokenKind::Dedent, pos, pos);
                }
            } else {
                // A continued statement: inside brackets or after a backslash.
                if self.line.is_empty() {
                    let at = self.line.offsets[0];
                    return Err(self.eof_error("EOF in multi-line statement", (self.lnum, 0), at));
                }
                self.continued = false;
            }

            self.scan_tokens(pos);
        }
        Ok(())
    }

    /// The inner `while pos < max` loop: the tokens of the current line from `pos`.
    fn scan_tokens(&mut self, mut pos: usize) {
        let max = self.line.len();
        let mut matcher = Matcher::new();
        while pos < max {
            let Some((start, end)) = matcher.pseudo_token(&self.line.chars, pos) else {
                // Nothing matches here: one character (perhaps a blank before the culprit)
                // becomes an ERRORTOKEN.
                self.push_on_line(TokenKind::ErrorToken, pos, pos + 1);
                pos += 1;
                continue;
            };
            pos = end;
            if start == end {
                continue;
            }
            let chars = &self.line.chars[start..end];
            let initial = chars[0];
            if initial.is_ascii_digit()
                || (initial == '.' && chars != ['.'] && chars != ['.', '.', '.'])
            {
                self.push_on_line(TokenKind::Number, start, end);
            } else if initial == '\r' || initial == '\n' {
                let kind = if self.parenlev > 0 {
                    TokenKind::Nl
                } else {
                    TokenKind::Newline
                };
                self.push_on_line(kind, start, end);
            } else if initial == '#' {
                self.push_on_line(TokenKind::Comment, start, end);
            } else if let Some(quote) = triple_quote(chars) {
                let string_end = StringEnd {
                    quote,
                    triple: true,
                };
                match match_string_end(&self.line.chars, pos, string_end) {
                    Some(end) => {
                        self.push_on_line(TokenKind::String, start, end);
                        pos = end;
                    }
                    None => {
                        self.open_string(start, string_end);
                        break;
                    }
                }
            } else if let Some(quote) = single_quote(chars) {
                if chars.last() == Some(&'\n') {
                    // The string goes on after a backslash and newline.
                    self.open_string(
                        start,
                        StringEnd {
                            quote,
                            triple: false,
                        },
                    );
                    self.needcont = true;
                    break;
                }
                self.push_on_line(TokenKind::String, start, end);
            } else if is_identifier_start(initial) {
                self.push_on_line(TokenKind::Name, start, end);
            } else if initial == '\\' {
                self.continued = true;
            } else {
                match initial {
                    '(' | '[' | '{' => self.parenlev += 1,
                    ')' | ']' | '}' => self.parenlev -= 1,
                    _ => {}
                }
                self.push_on_line(TokenKind::Op, start, end);
            }
        }
    }

    /// Starts a string that goes on past the current line, from index `start`.
    fn open_string(&mut self, start: usize, end: StringEnd) {
        self.open_string = Some(OpenString {
            text: self.line.text(start, self.line.len()),
            start: (self.lnum, start as u32),
            start_byte: self.line.offsets[start],
            end,
        });
    }

    /// The tokens after the last line: a NEWLINE if the input did not end with one, a DEDENT
    /// for every open indentation level, and the ENDMARKER.
    fn finish(&mut self) {
        let last = &self.last_line;
        if let Some(&last_char) = last.chars.last() {
            let stripped_starts_with_hash =
                last.chars.iter().find(|&&c| !is_space(c)) == Some(&'#');
            if last_char != '\r' && last_char != '\n' && !stripped_starts_with_hash {
                let len = last.len() as u32;
                let at = last.offsets[last.len()];
                let line = self.lnum - 1;
                self.push(
                    TokenKind::Newline,
                    String::new(),
                    Span::empty(at),
                    (line, len),
                    (line, len + 1),
                );
            }
        }
        let at = Span::empty(self.line.offsets[0]);
        let here = (self.lnum, 0);
        for _ in 1..self.indents.len() {
            self.push(TokenKind::Dedent, String::new(), at, here, here);
        }
        self.push(TokenKind::EndMarker, String::new(), at, here, here);
    }

    /// A `TokenError` at the end of the input.
    fn eof_error(&self, message: &str, (line, col): (u32, u32), start_byte: u32) -> RawError {
        RawError {
            kind: TokenizeErrorKind::UnexpectedEof,
            message: message.to_string(),
            line,
            col,
            span: Span::new(start_byte, self.line.offsets[0]),
        }
    }

    /// The error for a line that could not be decoded, which starts at byte `line_start`.
    fn decode_error(&self, error: DecodeError, line_start: usize) -> RawError {
        let line = self.lnum + 1;
        match error {
            DecodeError::Python {
                exception,
                message,
                bytes: (start, end),
                frame,
            } => RawError {
                kind: TokenizeErrorKind::Decode { exception, frame },
                message,
                line,
                col: start as u32,
                span: Span::new((line_start + start) as u32, (line_start + end) as u32),
            },
            DecodeError::Unsupported => RawError {
                kind: TokenizeErrorKind::UnsupportedEncoding,
                message: String::new(),
                line,
                col: 0,
                span: Span::empty(line_start as u32),
            },
        }
    }
}

/// The quote of `token` if it is in `triple_quoted` (a prefix and three quotes).
fn triple_quote(token: &[char]) -> Option<char> {
    let [prefix @ .., a, b, c] = token else {
        return None;
    };
    (matches!(a, '\'' | '"') && a == b && b == c && is_valid_prefix(prefix)).then_some(*a)
}

/// The quote of `token` if `initial`, `token[:2]` or `token[:3]` is in `single_quoted` (a
/// prefix and one quote): the token is a string, or the start of one.
fn single_quote(token: &[char]) -> Option<char> {
    (1..=token.len().min(3)).find_map(|len| {
        let [prefix @ .., quote] = &token[..len] else {
            return None;
        };
        (matches!(quote, '\'' | '"') && is_valid_prefix(prefix)).then_some(*quote)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    #[test]
    fn quote_sets() {
        assert_eq!(triple_quote(&chars("rb'''")), Some('\''));
        assert_eq!(triple_quote(&chars("\"\"\"")), Some('"'));
        assert_eq!(triple_quote(&chars("''")), None);
        assert_eq!(triple_quote(&chars("ub'''")), None);
        assert_eq!(single_quote(&chars("'a'")), Some('\''));
        assert_eq!(single_quote(&chars("Rb\"x\"")), Some('"'));
        assert_eq!(single_quote(&chars("rb")), None);
        assert_eq!(single_quote(&chars("abc")), None);
    }
}
