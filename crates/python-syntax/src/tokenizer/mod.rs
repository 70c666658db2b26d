//! The Python 3.11 tokenizer: a faithful port of CPython's pure-Python `Lib/tokenize.py`, the
//! tokenizer behind `python3 -m tokenize`.
//!
//! It works in the same three steps as CPython:
//!
//! 1. `encoding` finds the source encoding (`detect_encoding`: a UTF-8 byte order mark or a
//!    PEP 263 coding cookie) and decodes the input one physical line at a time;
//! 2. `scanner` runs the line loop of `_tokenize`: indentation, continuation lines, strings that
//!    span lines, and the choice of token type;
//! 3. `pseudo` matches one token inside a line, by hand, the way tokenize's regular expressions
//!    (`PseudoToken`, `endpats`) do.
//!
//! Then `category` colours the tokens for the explorer, and `report` prints them exactly as
//! `python3 -m tokenize` does. Positions are reported twice: as CPython's (line, column) pairs,
//! columns counted in characters, and as byte spans into the original input.

mod category;
mod codec_tables;
mod cursor;
pub(crate) mod encoding;
mod pseudo;
mod report;
mod scanner;
mod unicode;
mod unicode_tables;

use source::{Diagnostic, Span, TokenCategory};

pub use report::{python_repr, python_repr_prefix, tokenize_report, Report};

use encoding::DetectError;
use scanner::{RawError, RawToken, Scanner};

/// The token types `tokenize` produces, named as in CPython's `token.tok_name`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A name: an identifier or a keyword.
    Name,
    /// An operator or delimiter (and, as in `tokenize`, a word that cannot start a name).
    Op,
    /// A number literal.
    Number,
    /// A string literal, f-strings included, with its prefix and quotes.
    String,
    /// A comment, from `#` to the end of the line.
    Comment,
    /// The end of a logical line.
    Newline,
    /// A line break that does not end a logical line (blank lines, comments, inside brackets).
    Nl,
    /// The start of an indented block; its text is the indentation.
    Indent,
    /// The end of an indented block.
    Dedent,
    /// The first token: the name of the source encoding.
    Encoding,
    /// The last token.
    EndMarker,
    /// A character that starts no token.
    ErrorToken,
}

impl TokenKind {
    /// The name `tokenize` prints: `tok_name[type]`.
    pub fn name(self) -> &'static str {
        match self {
            TokenKind::Name => "NAME",
            TokenKind::Op => "OP",
            TokenKind::Number => "NUMBER",
            TokenKind::String => "STRING",
            TokenKind::Comment => "COMMENT",
            TokenKind::Newline => "NEWLINE",
            TokenKind::Nl => "NL",
            TokenKind::Indent => "INDENT",
            TokenKind::Dedent => "DEDENT",
            TokenKind::Encoding => "ENCODING",
            TokenKind::EndMarker => "ENDMARKER",
            TokenKind::ErrorToken => "ERRORTOKEN",
        }
    }
}

/// One token, as `tokenize` reports it, with its span in the input and its colour family.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The token type.
    pub kind: TokenKind,
    /// The token's `string`, exactly as `tokenize` gives it.
    pub text: String,
    /// Byte offsets into the original input (empty for ENCODING, DEDENT, ENDMARKER and the
    /// NEWLINE added at the end of a file that lacks one).
    pub span: Span,
    /// (line, column) where the token starts, as `tokenize` reports it: lines from 1, columns
    /// from 0 counted in characters.
    pub start: (u32, u32),
    /// (line, column) where the token ends.
    pub end: (u32, u32),
    /// The colour family for the token panel.
    pub category: TokenCategory,
}

/// What kind of error stopped tokenizing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenizeErrorKind {
    /// `IndentationError`: a dedent to a column where no enclosing block started.
    Indentation,
    /// `tokenize.TokenError`: the input ends inside a string or a statement.
    UnexpectedEof,
    /// `SyntaxError`: line 1 or 2 is not UTF-8, so it cannot hold an encoding declaration.
    InvalidEncodingDeclaration,
    /// `SyntaxError`: the coding cookie names an unknown encoding.
    UnknownEncoding(String),
    /// `SyntaxError`: a UTF-8 byte order mark and a cookie naming another encoding.
    EncodingProblem,
    /// An exception `tokenize` does not handle, raised while decoding a line
    /// (`UnicodeDecodeError`, or `LookupError` for a codec that does not decode text).
    Decode {
        /// The exception's class name.
        exception: &'static str,
        /// The traceback lines of the codec's frame, for a codec written in Python.
        frame: &'static str,
    },
    /// The source uses an encoding deepdive cannot decode (where CPython could).
    UnsupportedEncoding,
}

/// The error that stopped tokenizing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenizeError {
    /// The message, as `str()` of the exception gives it when no file name is known.
    pub message: String,
    /// The line `tokenize` reports (for encoding and decoding errors, which carry no position in
    /// CPython, the line at fault).
    pub line: u32,
    /// The column `tokenize` reports (for decoding errors, the byte offset within the line).
    pub col: u32,
    /// The bytes at fault.
    pub span: Span,
    /// What went wrong.
    pub kind: TokenizeErrorKind,
}

impl TokenizeError {
    /// The exception class CPython raises for this error.
    pub fn exception(&self) -> &'static str {
        match &self.kind {
            TokenizeErrorKind::Indentation => "IndentationError",
            TokenizeErrorKind::UnexpectedEof => "TokenError",
            TokenizeErrorKind::InvalidEncodingDeclaration
            | TokenizeErrorKind::UnknownEncoding(_)
            | TokenizeErrorKind::EncodingProblem => "SyntaxError",
            TokenizeErrorKind::Decode { exception, .. } => exception,
            TokenizeErrorKind::UnsupportedEncoding => "SyntaxError",
        }
    }

    /// The error as a diagnostic whose code is the exception class.
    pub fn to_diagnostic(&self) -> Diagnostic {
        Diagnostic::error(self.message.clone(), self.span).with_code(self.exception())
    }
}

/// Everything tokenizing produced: the tokens, and the error that stopped it, if any. On an
/// error, `tokens` holds the tokens produced before it (which `python3 -m tokenize` does not
/// print).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tokenized {
    /// The tokens, starting with ENCODING and, without an error, ending with ENDMARKER.
    pub tokens: Vec<Token>,
    /// The error, if tokenizing stopped early.
    pub error: Option<TokenizeError>,
}

/// Tokenizes `source` exactly as `tokenize.tokenize(io.BytesIO(source).readline)` does in
/// CPython 3.11.
pub fn tokenize(source: &[u8]) -> Tokenized {
    let (raw_tokens, raw_error) = match encoding::detect_encoding(source) {
        Ok(detected) => {
            let mut tokens = vec![RawToken {
                kind: TokenKind::Encoding,
                text: detected.name.clone(),
                span: Span::empty(0),
                start: (0, 0),
                end: (0, 0),
            }];
            let (rest, mut error) = Scanner::new(source, &detected).run();
            tokens.extend(rest);
            if let Some(error) = error.as_mut() {
                if error.kind == TokenizeErrorKind::UnsupportedEncoding {
                    error.message = format!(
                        "deepdive does not support the source encoding {}",
                        python_repr(&detected.name)
                    );
                }
            }
            (tokens, error)
        }
        Err((error, line)) => (Vec::new(), Some(detect_error(source, error, line))),
    };
    let categories = category::categorize(&raw_tokens);
    let tokens = raw_tokens
        .into_iter()
        .zip(categories)
        .map(|(raw, category)| Token {
            kind: raw.kind,
            text: raw.text,
            span: raw.span,
            start: raw.start,
            end: raw.end,
            category,
        })
        .collect();
    let error = raw_error.map(|raw| TokenizeError {
        message: raw.message,
        line: raw.line,
        col: raw.col,
        span: raw.span,
        kind: raw.kind,
    });
    Tokenized { tokens, error }
}

/// The error for a source `detect_encoding` rejects; its span covers the line at fault.
fn detect_error(source: &[u8], error: DetectError, line: u32) -> RawError {
    let mut start = 0;
    let mut lines = source.split_inclusive(|&b| b == b'\n');
    for _ in 1..line {
        start += lines.next().map_or(0, <[u8]>::len);
    }
    let end = start + lines.next().map_or(0, <[u8]>::len);
    let (kind, message) = match error {
        DetectError::InvalidDeclaration => (
            TokenizeErrorKind::InvalidEncodingDeclaration,
            "invalid or missing encoding declaration".to_string(),
        ),
        DetectError::UnknownEncoding(name) => (
            TokenizeErrorKind::UnknownEncoding(name.clone()),
            format!("unknown encoding: {name}"),
        ),
        DetectError::EncodingProblem => (
            TokenizeErrorKind::EncodingProblem,
            "encoding problem: utf-8".to_string(),
        ),
    };
    RawError {
        kind,
        message,
        line,
        col: 0,
        span: Span::new(start as u32, end as u32),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_carry_spans_into_the_original_bytes() {
        // The byte order mark is not part of line 1, but spans still count its three bytes.
        let tokenized = tokenize(b"\xef\xbb\xbfx = 1\n");
        let x = &tokenized.tokens[1];
        assert_eq!(
            (x.text.as_str(), x.start, x.span),
            ("x", (1, 0), Span::new(3, 4))
        );
        // In Latin-1 every character is one byte; in UTF-8 `é` is two.
        let latin = tokenize(b"# coding: latin-1\ns = '\xe9'\n");
        let s = &latin.tokens[5];
        assert_eq!((s.text.as_str(), s.span), ("'é'", Span::new(22, 25)));
        let utf8 = tokenize("s = 'é'\n".as_bytes());
        assert_eq!(utf8.tokens[3].span, Span::new(4, 8));
        // A string over several lines spans all of them.
        let multi = tokenize(b"s = '''a\nb'''\n");
        assert_eq!(
            (multi.tokens[3].span, multi.tokens[3].end),
            (Span::new(4, 13), (2, 4))
        );
    }

    #[test]
    fn errors_become_diagnostics() {
        let tokenized = tokenize(b"if x:\n        a\n    b\n");
        let error = tokenized.error.expect("an indentation error");
        assert_eq!(
            (error.line, error.col, error.kind.clone()),
            (3, 4, TokenizeErrorKind::Indentation)
        );
        let diagnostic = error.to_diagnostic();
        assert_eq!(diagnostic.code.as_deref(), Some("IndentationError"));
        assert_eq!(
            diagnostic.message,
            "unindent does not match any outer indentation level"
        );
        assert_eq!(diagnostic.primary_span(), Span::new(16, 20));
        // The tokens before the error are kept.
        assert_eq!(tokenized.tokens.last().map(|t| t.text.as_str()), Some("\n"));

        let eof = tokenize(b"s = '''abc\n").error.expect("an EOF error");
        assert_eq!(
            (eof.message.as_str(), eof.line, eof.col),
            ("EOF in multi-line string", 1, 4)
        );
        assert_eq!(eof.span, Span::new(4, 11));

        let unknown = tokenize(b"# coding: nope\n")
            .error
            .expect("an encoding error");
        assert_eq!(unknown.message, "unknown encoding: nope");
        assert_eq!(unknown.to_diagnostic().code.as_deref(), Some("SyntaxError"));

        let unsupported = tokenize(b"# coding: utf-16\nx\n")
            .error
            .expect("unsupported");
        assert_eq!(
            unsupported.message,
            "deepdive does not support the source encoding 'utf-16'"
        );
    }
}
