//! The Python 3.11 parser: bytes in, CPython's `ast` tree or CPython's `SyntaxError` out.
//!
//! The pipeline is the one CPython runs for `ast.parse(source_bytes)`:
//!
//! 1. `decode` picks the encoding (byte order mark, PEP 263 cookie) and decodes the bytes;
//! 2. `lexer` produces the tokens CPython's C tokenizer produces (see its module comment for
//!    why this is not the crate's `tokenizer`, which reproduces `Lib/tokenize.py`);
//! 3. a hand-written recursive-descent parser (`stmt`, `expr`, `pattern`, `targets`,
//!    `strings`) builds the tree, following the rules of `Grammar/python.gram` for 3.11 and
//!    giving every node the position CPython's generated parser gives it;
//! 4. on failure, the error is chosen the way `_PyPegen_set_syntax_error` chooses it:
//!    tokenizer errors first, then the parser's specific messages, then `invalid syntax` at
//!    the furthest token read; `limits` adds CPython's depth errors.

mod core;
mod decode;
mod error;
mod expr;
mod lexer;
mod limits;
mod pattern;
mod stmt;
mod strings;
mod targets;

pub use error::{render_syntax_error, ErrorLocation, SyntaxError, SyntaxErrorKind};

use self::core::{PError, Parser, BASE_LEVEL};
use self::lexer::T;
use crate::ast::Module;
use source::Span;

/// The result of parsing: the module, or the error that stopped parsing.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    /// The tree, when the source is valid.
    pub module: Option<Module>,
    /// The error, when it is not.
    pub error: Option<SyntaxError>,
}

/// Parses a file's bytes as `ast.parse(source_bytes)` does in CPython 3.11.
pub fn parse(source: &[u8]) -> Parsed {
    let decoded = match decode::decode(source) {
        Ok(d) => d,
        Err(e) => {
            // CPython raises these before reading any line: no line, offset -1.
            let error = SyntaxError {
                kind: SyntaxErrorKind::SyntaxError,
                message: e.message,
                lineno: e.lineno,
                offset: -1,
                end_lineno: e.lineno,
                end_offset: -1,
                text: None,
                span: Span::empty(0),
                file_offset: None,
            };
            return Parsed {
                module: None,
                error: Some(error),
            };
        }
    };
    let text: &[u8] = &decoded.text;
    if text.contains(&0) {
        // CPython refuses NUL bytes before tokenizing (`ValueError` from `ast.parse`; the
        // `SyntaxError` below is what `python3 FILE` reports).
        let at = text.iter().position(|&b| b == 0).unwrap_or(0) as u32;
        let lineno = text[..at as usize].iter().filter(|&&b| b == b'\n').count() as u32 + 1;
        let error = SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            message: "source code cannot contain null bytes".into(),
            lineno,
            offset: 0,
            end_lineno: lineno,
            end_offset: 0,
            text: None,
            span: Span::new(decoded.input_offset(at), decoded.input_offset(at + 1)),
            file_offset: None,
        };
        return Parsed {
            module: None,
            error: Some(error),
        };
    }
    let lexed = lexer::lex(text);
    let mut parser = Parser {
        text,
        toks: lexed.tokens,
        pos: 0,
        fill: 0,
        level: BASE_LEVEL,
        open_brackets: lexed.open_brackets,
        error: None,
        lex_error: lexed.error,
        lex_error_hit: false,
        decoded: &decoded,
        span_origin: 0,
        too_deep: false,
        no_invalid: false,
    };
    let result = parser.file();
    let error = match result {
        Ok(body) => {
            if parser.too_deep || limits::module_depth(&body) > limits::AST_DEPTH_LIMIT {
                limits::dismantle_body(body);
                PError {
                    kind: SyntaxErrorKind::RecursionError,
                    message: "maximum recursion depth exceeded during ast construction".into(),
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
                }
            } else {
                return Parsed {
                    module: Some(Module { body }),
                    error: None,
                };
            }
        }
        Err(_) => parser.final_error(),
    };
    Parsed {
        module: None,
        error: Some(make_error(&decoded, error)),
    }
}

/// The text of line `lineno` (1-based) of the decoded text, with its line break.
fn line_text(text: &[u8], lineno: u32) -> Option<(usize, &[u8])> {
    let mut start = 0;
    let mut line = 1;
    while line < lineno {
        let nl = text[start..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')?;
        start += nl + 1;
        if text.get(start - 1) == Some(&b'\r') && text.get(start) == Some(&b'\n') {
            start += 1;
        }
        line += 1;
    }
    if start > text.len() {
        return None;
    }
    let end = text[start..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(text.len(), |i| start + i + 1);
    Some((start, &text[start..end]))
}

/// CPython's `_PyPegen_byte_offset_to_character_offset`.
fn byte_to_char(line: &[u8], offset: i64) -> i64 {
    let offset = offset.clamp(0, line.len() as i64 + 1) as usize;
    String::from_utf8_lossy(&line[..offset.min(line.len())])
        .chars()
        .count() as i64
        + (offset > line.len()) as i64
}

/// Turns a parser error into the exception CPython raises.
fn make_error(decoded: &decode::Decoded<'_>, e: PError) -> SyntaxError {
    let text: &[u8] = &decoded.text;
    if matches!(
        e.kind,
        SyntaxErrorKind::MemoryError | SyntaxErrorKind::RecursionError
    ) {
        return SyntaxError {
            kind: e.kind,
            message: e.message,
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
            span: Span::empty(0),
            file_offset: None,
        };
    }
    let line = line_text(text, e.lineno);
    let (mut offset, mut end_offset) = (e.offset, e.end_offset);
    if e.convert && decoded.declared {
        if let Some((_, l)) = line {
            offset = byte_to_char(l, offset);
            if end_offset > 0 {
                end_offset = byte_to_char(l, end_offset);
            }
        }
    }
    let line_string = match e.text {
        Some(text) => Some(text),
        None => line.map(|(_, l)| String::from_utf8_lossy(l).into_owned()),
    };
    let start = decoded.input_offset(e.start);
    let end = decoded.input_offset(e.end.max(e.start));
    SyntaxError {
        kind: e.kind,
        message: e.message,
        lineno: e.lineno,
        offset: offset as i32,
        end_lineno: e.end_lineno,
        end_offset: end_offset as i32,
        text: line_string,
        span: Span::new(start, end),
        file_offset: e.at_end_of_input.then_some(0),
    }
}

impl Parser<'_> {
    /// The error to report after the parser failed, chosen as CPython chooses it.
    pub(crate) fn final_error(&mut self) -> PError {
        let last = self.fill.saturating_sub(1).min(self.toks.len() - 1);
        let last_tok = self.toks[last];
        if last_tok.kind == T::Error || self.lex_error_hit {
            if let Some(e) = self.lexer_error() {
                return e;
            }
        }
        let specific = self.error.take();
        let error = match specific {
            Some(e) if e.kind == SyntaxErrorKind::MemoryError => return e,
            Some(e) => e,
            None => {
                let (kind, message) = match last_tok.kind {
                    T::Indent => (SyntaxErrorKind::IndentationError, "unexpected indent"),
                    T::Dedent => (SyntaxErrorKind::IndentationError, "unexpected unindent"),
                    _ => (SyntaxErrorKind::SyntaxError, "invalid syntax"),
                };
                let _ = self.error_tokens::<()>(kind, message, last, last);
                let e = self.error.take().expect("just recorded");
                if matches!(last_tok.kind, T::Indent | T::Dedent) {
                    return e;
                }
                e
            }
        };
        // Errors the tokenizer finds further on take precedence (CPython tokenizes the rest
        // of the file before reporting); an unclosed bracket only if it opened on an earlier
        // line than the error.
        if let Some(lex) = &self.lex_error {
            if lex.raised {
                if let Some(e) = self.lexer_error() {
                    return e;
                }
            } else if !lex.eof_in_brackets {
                // Reported only when the parser reaches it.
            } else if let Some(&(_, line, _)) = self.open_brackets.last() {
                if last_tok.lineno > line {
                    if let Some(e) = self.lexer_error() {
                        return e;
                    }
                }
            }
        }
        error
    }

    /// The tokenizer's error as CPython reports it.
    fn lexer_error(&self) -> Option<PError> {
        let lex = self.lex_error.as_ref()?;
        if lex.eof_in_brackets {
            let &(c, line, col) = self.open_brackets.last()?;
            let start = line_text(self.text, line).map_or(0, |(s, _)| s) as u32 + col;
            return Some(PError {
                kind: SyntaxErrorKind::SyntaxError,
                message: format!("'{}' was never closed", c as char),
                lineno: line,
                offset: col as i64 + 1,
                end_lineno: line,
                end_offset: 0,
                start,
                end: start + 1,
                convert: true,
                at_end_of_input: false,
                text: None,
                from_lexer: true,
                hard: false,
            });
        }
        // The error's place in the text: its character offset within the line, in bytes.
        let line = &self.text[lex.line_start as usize..];
        let chars = (lex.offset - 1).max(0) as usize;
        let column: usize = String::from_utf8_lossy(line)
            .chars()
            .take(chars)
            .map(char::len_utf8)
            .sum();
        let start = lex.line_start + column.min(line.len()) as u32;
        Some(PError {
            kind: lex.kind,
            message: lex.message.clone(),
            lineno: lex.lineno,
            offset: lex.offset,
            end_lineno: lex.end_lineno,
            end_offset: lex.end_offset,
            start,
            end: start,
            convert: false,
            at_end_of_input: false,
            text: None,
            from_lexer: true,
            hard: false,
        })
    }
}
