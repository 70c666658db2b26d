//! Syntax errors as CPython 3.11 reports them: the exception's attributes, and the text
//! `python3 FILE` prints for an uncaught one.

use source::{Diagnostic, Span};

/// The exception class of an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// `SyntaxError`.
    SyntaxError,
    /// `IndentationError` (a subclass of `SyntaxError`).
    IndentationError,
    /// `TabError` (a subclass of `IndentationError`).
    TabError,
    /// `RecursionError`: the tree is deeper than CPython can turn into Python objects.
    RecursionError,
    /// `MemoryError`: the parser's own stack limit was reached.
    MemoryError,
}

impl SyntaxErrorKind {
    /// The class name as Python prints it.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
            SyntaxErrorKind::MemoryError => "MemoryError",
        }
    }
}

pub(crate) type ErrorKind = SyntaxErrorKind;

/// The error that stopped parsing, with the attributes of CPython's exception.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The exception class.
    pub kind: SyntaxErrorKind,
    /// `msg`.
    pub message: String,
    /// `lineno` (1-based; 0 for the errors without a location).
    pub lineno: u32,
    /// `offset`: 1-based, in characters (in bytes when the file declares no encoding, as
    /// CPython reports it); CPython sometimes reports 0 or -1.
    pub offset: i32,
    /// `end_lineno`.
    pub end_lineno: u32,
    /// `end_offset` (CPython sometimes reports 0 or -1 here; -1 is stored as 0).
    pub end_offset: i32,
    /// `text`: the source line the error is on.
    pub text: Option<String>,
    /// The bytes of the original input the error points at.
    pub span: Span,
    /// Where `python3 FILE` puts the caret when it differs from `offset` (CPython's file
    /// reader is at another place than its string reader for errors at the end of input).
    pub(crate) file_offset: Option<i64>,
}

/// The line as `python3 FILE` shows it: CPython re-reads the file to print the line, with
/// `fgets` into a 1000-byte buffer (`err_programtext`), so of a line longer than 999 bytes only
/// its last 999-byte piece is shown.
fn reread_from_file(text: &str) -> &str {
    const PIECE: usize = 999;
    if text.len() <= PIECE {
        return text;
    }
    let mut start = (text.len() - 1) / PIECE * PIECE;
    // A piece that starts inside a character cannot be decoded by CPython either; we show the
    // piece from the next whole character.
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..]
}

/// Where a syntax error is, as CPython's `SyntaxError` attributes give it: `offset` and
/// `end_offset` are 1-based (0 or -1 when CPython has none), `text` is the source line.
#[derive(Clone, Copy, Debug)]
pub struct ErrorLocation<'a> {
    pub lineno: u32,
    pub text: Option<&'a str>,
    pub offset: i64,
    pub end_lineno: u32,
    pub end_offset: i64,
}

/// What `python3 FILE` prints for a `SyntaxError` (or subclass `kind`) raised while compiling
/// the file, by the parser or by the compiler: the file and line, the source line as CPython
/// re-reads it, the carets, and `kind: message`.
pub fn render_syntax_error(
    file_name: &str,
    kind: &str,
    message: &str,
    at: ErrorLocation<'_>,
) -> String {
    let mut out = format!("  File \"{}\", line {}\n", file_name, at.lineno);
    if let Some(text) = at.text {
        let text = reread_from_file(text);
        let size = text.len() as i64;
        let mut end_offset = at.end_offset;
        if at.end_lineno > at.lineno {
            end_offset = size;
        }
        if end_offset > size + 1 {
            end_offset = size + 1;
        }
        // Only `SyntaxError` itself underlines a range; its subclasses get one caret.
        let ranged = kind == "SyntaxError";
        print_error_text(&mut out, at.offset, end_offset, text, ranged);
    }
    out.push_str(kind);
    out.push_str(": ");
    out.push_str(message);
    out.push('\n');
    out
}

impl SyntaxError {
    /// Exactly what `python3 FILE` prints on standard error for this error.
    pub fn render(&self, file_name: &str) -> String {
        let mut out = String::new();
        match self.kind {
            SyntaxErrorKind::MemoryError => {
                out.push_str("MemoryError\n");
                return out;
            }
            SyntaxErrorKind::RecursionError => {
                // Compiling a file reports the depth at the compiler, not at `ast` construction.
                out.push_str(
                    "RecursionError: maximum recursion depth exceeded during compilation\n",
                );
                return out;
            }
            _ => {}
        }
        let location = ErrorLocation {
            lineno: self.lineno,
            text: self.text.as_deref(),
            offset: self.file_offset.unwrap_or(self.offset as i64),
            end_lineno: self.end_lineno,
            end_offset: self.end_offset as i64,
        };
        out.push_str(&render_syntax_error(
            file_name,
            self.kind.name(),
            &self.message,
            location,
        ));
        out
    }

    /// The error as a diagnostic whose code is the exception class.
    pub fn to_diagnostic(&self) -> Diagnostic {
        Diagnostic::error(self.message.clone(), self.span).with_code(self.kind.name())
    }
}

/// CPython's `print_error_text`: the source line without its indentation, then spaces and
/// carets under the error. The offsets are used as they are against the line's UTF-8 bytes,
/// so on lines with non-ASCII characters the caret lands where `python3` puts it, which is not
/// always under the character.
fn print_error_text(out: &mut String, offset: i64, end_offset: i64, text: &str, ranged: bool) {
    let carets = if ranged && end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    let mut offset = offset - 1;
    let mut text = text.as_bytes();
    while let [b' ' | b'\t' | b'\x0c', rest @ ..] = text {
        text = rest;
        offset -= 1;
    }
    let mut len = text.len() as i64;
    if len > 0 && text[len as usize - 1] == b'\n' {
        len -= 1;
    }
    if offset > len {
        offset = len;
    }
    while let Some(nl) = text.iter().position(|&b| b == b'\n') {
        let inl = nl as i64;
        if inl >= offset {
            break;
        }
        text = &text[nl + 1..];
        len -= inl + 1;
        offset -= inl + 1;
    }
    out.push_str("    ");
    out.push_str(&String::from_utf8_lossy(text));
    if text.get(len.max(0) as usize) != Some(&b'\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    for _ in 0..offset {
        out.push(' ');
    }
    for _ in 0..carets {
        out.push('^');
    }
    out.push('\n');
}
