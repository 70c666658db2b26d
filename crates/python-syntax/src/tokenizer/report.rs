//! What `python3 -m tokenize FILE` prints: one line per token on standard output, or an error
//! on standard error, with its exit code.
//!
//! `tokenize.main()` collects every token with `list(tokenize(f.readline))` before printing any,
//! so when tokenizing fails nothing at all reaches standard output.

use std::fmt::Write;

use super::unicode::is_printable;
use super::{tokenize, TokenizeError, TokenizeErrorKind};

/// The three results of running `python3 -m tokenize FILE`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// Everything printed on standard output.
    pub stdout: String,
    /// Everything printed on standard error.
    pub stderr: String,
    /// The exit status: 0 on success, 1 on any error.
    pub exit_code: i32,
}

/// The location of `tokenize.py` in the oracle's installation, which its tracebacks quote.
const TOKENIZE_PY: &str = "/root/.pyenv/versions/3.11.7/lib/python3.11/tokenize.py";

/// Exactly what `python3 -m tokenize FILE` prints for a file named `file_name` holding `source`.
///
/// Each token is printed as `print("%-20s%-15s%-15r" % (range, name, string))`. Errors print
/// `FILE:LINE:COL: error: MESSAGE` (indentation errors and `TokenError`s), `FILE: error: MESSAGE`
/// (a bad encoding declaration), or `unexpected error: …` and a traceback (an exception that
/// `main` does not expect, such as a `UnicodeDecodeError`), and exit with status 1.
pub fn tokenize_report(source: &[u8], file_name: &str) -> Report {
    let tokenized = tokenize(source);
    let Some(error) = tokenized.error else {
        let mut stdout = String::new();
        for token in &tokenized.tokens {
            let range = format!(
                "{},{}-{},{}:",
                token.start.0, token.start.1, token.end.0, token.end.1
            );
            let _ = writeln!(
                stdout,
                "{range:<20}{:<15}{:<15}",
                token.kind.name(),
                python_repr(&token.text)
            );
        }
        return Report {
            stdout,
            stderr: String::new(),
            exit_code: 0,
        };
    };
    let stderr = error.render(file_name);
    Report {
        stdout: String::new(),
        stderr,
        exit_code: 1,
    }
}

/// What `main()` prints when `line.decode(encoding)` raises: its own line, then the traceback of
/// the exception it re-raises, which is always the same chain of calls, ending in the codec's
/// own `frame` for a codec written in Python.
fn traceback(exception: &str, frame: &str, message: &str) -> String {
    format!(
        "unexpected error: {message}\n\
         Traceback (most recent call last):\n  \
         File \"<frozen runpy>\", line 198, in _run_module_as_main\n  \
         File \"<frozen runpy>\", line 88, in _run_code\n  \
         File \"{TOKENIZE_PY}\", line 694, in <module>\n    \
         main()\n  \
         File \"{TOKENIZE_PY}\", line 656, in main\n    \
         tokens = list(tokenize(f.readline))\n             \
         ^^^^^^^^^^^^^^^^^^^^^^^^^^\n  \
         File \"{TOKENIZE_PY}\", line 459, in _tokenize\n    \
         line = line.decode(encoding)\n           \
         ^^^^^^^^^^^^^^^^^^^^^\n\
         {frame}{exception}: {message}\n"
    )
}

/// `repr()` of a `str`, as CPython 3.11 writes it.
///
/// The quote is `'` unless the text contains `'` and no `"`. Backslashes and that quote are
/// escaped; tab, newline and carriage return are written `\t`, `\n`, `\r`; other characters
/// below space and DEL are written `\xhh`; characters above ASCII are kept when
/// `str.isprintable()` says so and otherwise written `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn python_repr(text: &str) -> String {
    let mut out = python_repr_start(text, text.len());
    out.push(out.as_bytes()[0] as char);
    out
}

/// The beginning of `repr()` of a long `str`: the opening quote and the first `max_chars`
/// characters escaped, then `…`, so that a preview of a huge string costs what its first
/// characters cost. The quote is CPython's choice for the first [`PREVIEW_QUOTE_SCAN`] bytes
/// (for the whole text when it is shorter): a preview shown step after step must not scan
/// megabytes each time.
pub fn python_repr_prefix(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((end, _)) => {
            let mut scan = text.len().min(PREVIEW_QUOTE_SCAN.max(end));
            while !text.is_char_boundary(scan) {
                scan -= 1;
            }
            let mut out = python_repr_start(&text[..scan], end);
            out.push('…');
            out
        }
        None => python_repr(text),
    }
}

/// How much of a long text `python_repr_prefix` reads to choose the quote.
pub const PREVIEW_QUOTE_SCAN: usize = 64 * 1024;

/// The opening quote (chosen by `text`, as CPython does) and the escaped characters of
/// `text[..end]`.
fn python_repr_start(text: &str, end: usize) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(end + 2);
    out.push(quote);
    for c in text[..end].chars() {
        match c {
            _ if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c < ' ' || c == '\x7f' => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            _ if c.is_ascii() || is_printable(c) => out.push(c),
            _ if (c as u32) <= 0xff => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            _ if (c as u32) <= 0xffff => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            _ => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out
}

impl TokenizeError {
    /// What `python3 -m tokenize` prints on stderr for this error in a file named `file_name`.
    pub fn render(&self, file_name: &str) -> String {
        let file = python_repr(file_name);
        match &self.kind {
            TokenizeErrorKind::Indentation | TokenizeErrorKind::UnexpectedEof => format!(
                "{file_name}:{}:{}: error: {}\n",
                self.line, self.col, self.message
            ),
            TokenizeErrorKind::InvalidEncodingDeclaration => {
                format!("{file_name}: error: invalid or missing encoding declaration for {file}\n")
            }
            TokenizeErrorKind::UnknownEncoding(name) => {
                format!("{file_name}: error: unknown encoding for {file}: {name}\n")
            }
            TokenizeErrorKind::EncodingProblem => {
                format!("{file_name}: error: encoding problem for {file}: utf-8\n")
            }
            TokenizeErrorKind::Decode { exception, frame } => {
                traceback(exception, frame, &self.message)
            }
            TokenizeErrorKind::UnsupportedEncoding => {
                format!("{file_name}: error: {}\n", self.message)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_like_python() {
        assert_eq!(python_repr("abc"), "'abc'");
        assert_eq!(python_repr("it's"), "\"it's\"");
        assert_eq!(python_repr("'\""), "'\\'\"'");
        assert_eq!(
            python_repr("a\\b\t\n\r\0\x7f"),
            "'a\\\\b\\t\\n\\r\\x00\\x7f'"
        );
        assert_eq!(
            python_repr("é\u{a0}\u{ad}\u{2028}中\u{10ffff}😀"),
            "'é\\xa0\\xad\\u2028中\\U0010ffff😀'"
        );
    }

    #[test]
    fn report_lines() {
        let report = tokenize_report(b"x = 1\n", "f.py");
        assert_eq!(report.exit_code, 0);
        assert_eq!(report.stderr, "");
        let lines: Vec<&str> = report.stdout.lines().collect();
        assert_eq!(
            lines[0],
            "0,0-0,0:            ENCODING       'utf-8'        "
        );
        assert_eq!(
            lines[1],
            "1,0-1,1:            NAME           'x'            "
        );
        assert_eq!(lines.len(), 6);
    }

    #[test]
    fn report_errors() {
        let report = tokenize_report(b"if x:\n    a\n  b\n", "f.py");
        assert_eq!((report.stdout.as_str(), report.exit_code), ("", 1));
        assert_eq!(
            report.stderr,
            "f.py:3:2: error: unindent does not match any outer indentation level\n"
        );
        let report = tokenize_report(b"\xff\n", "f.py");
        assert_eq!(
            report.stderr,
            "f.py: error: invalid or missing encoding declaration for 'f.py'\n"
        );
        let report = tokenize_report(b"x = 1\n'\xff'\n", "f.py");
        assert!(report
            .stderr
            .starts_with("unexpected error: 'utf-8' codec can't decode byte 0xff in position 1"));
        assert!(report.stderr.ends_with("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte\n"));
    }

    /// The prefix repr picks its quote from the whole text and escapes only the characters
    /// it shows.
    #[test]
    fn repr_prefix() {
        assert_eq!(python_repr_prefix("ab", 5), "'ab'");
        assert_eq!(python_repr_prefix("abcdef", 3), "'abc…");
        let text = format!("a\n{}'", "b".repeat(100));
        assert_eq!(python_repr_prefix(&text, 4), "\"a\\nbb…");
        assert!(python_repr(&text).starts_with(&python_repr_prefix(&text, 4)[..6]));
    }
}
