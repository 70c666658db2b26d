//! Checks the inside of quoted literals: escapes such as `\n`, `\x7f` and `\u{1F980}`, and the
//! characters each kind of literal may hold, with rustc's messages.
//!
//! The raw lexer only finds where a literal ends. Whether `"\q"` is valid is decided here, when
//! [`crate::lex`] "cooks" the tokens, as rustc does in `rustc_parse` (using its
//! `rustc_literal_escaper` crate). The rules:
//!
//! - Character and byte literals hold exactly one character or escape.
//! - `\n \r \t \\ \0 \' \"` are valid everywhere; `\x` takes two hex digits (at most `\x7f`,
//!   except in byte and C strings, which take any byte); `\u{…}` takes 1 to 6 hex digits naming a
//!   Unicode scalar value and is not allowed in byte literals.
//! - In strings a backslash before a line break skips the break and the whitespace after it.
//! - A carriage return that does not start a `\r\n` line break must be written `\r`.
//! - Byte literals hold ASCII only; C strings may not contain NUL.
//! - Raw strings have no escapes, but the carriage return, ASCII and NUL rules still apply.
//!
//! rustc reads files with `\r\n` already turned into `\n`; here the text is the user's own, so a
//! `\r` directly before `\n` is treated as part of the line break.

use source::{Diagnostic, Label, Span};

/// Which literal is being checked: it decides which escapes and characters are allowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mode {
    /// `'c'`
    Char,
    /// `b'c'`
    Byte,
    /// `"…"`
    Str,
    /// `b"…"`
    ByteStr,
    /// `c"…"`
    CStr,
    /// `r"…"`
    RawStr,
    /// `br"…"`
    RawByteStr,
    /// `cr"…"`
    RawCStr,
}

impl Mode {
    fn is_byte(self) -> bool {
        matches!(self, Mode::Byte | Mode::ByteStr | Mode::RawByteStr)
    }

    fn is_raw(self) -> bool {
        matches!(self, Mode::RawStr | Mode::RawByteStr | Mode::RawCStr)
    }

    fn is_c_str(self) -> bool {
        matches!(self, Mode::CStr | Mode::RawCStr)
    }

    /// True where `\x80`…`\xff` are allowed: everything that is bytes rather than characters.
    fn allows_high_bytes(self) -> bool {
        matches!(self, Mode::Byte | Mode::ByteStr | Mode::CStr)
    }
}

/// Checks the contents of a terminated literal and appends a diagnostic for each problem.
///
/// `content` is the text between the quotes, `content_start` its offset in the file, and
/// `literal` the span of the whole literal without its suffix (some messages point at it).
pub(crate) fn check(
    mode: Mode,
    content: &str,
    content_start: u32,
    literal: Span,
    out: &mut Vec<Diagnostic>,
) {
    let mut checker = Checker {
        mode,
        content,
        base: content_start,
        literal,
        out,
    };
    match mode {
        Mode::Char | Mode::Byte => checker.single_unit(),
        _ if mode.is_raw() => checker.raw_string(),
        _ => checker.string(),
    }
}

/// A problem inside a literal, before it is turned into a diagnostic.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Problem {
    /// `\` at the very end.
    LoneSlash,
    /// `\q`.
    InvalidEscape,
    /// `\x4`.
    TooShortHexEscape,
    /// `\xg0`.
    InvalidCharInHexEscape,
    /// `\x80` in a character or string.
    OutOfRangeHexEscape,
    /// `\u12`.
    NoBraceInUnicodeEscape,
    /// `\u{_1}`.
    LeadingUnderscoreUnicodeEscape,
    /// `\u{}`.
    EmptyUnicodeEscape,
    /// `\u{12g}`.
    InvalidCharInUnicodeEscape,
    /// `\u{12` at the end.
    UnclosedUnicodeEscape,
    /// `\u{1234567}`.
    OverlongUnicodeEscape,
    /// `\u{D800}`.
    LoneSurrogateUnicodeEscape,
    /// `\u{110000}`.
    OutOfRangeUnicodeEscape,
    /// `b'\u{41}'`.
    UnicodeEscapeInByte,
    /// `c"\0"`.
    NulInCStr,
}

/// Walks one literal's content.
struct Checker<'a, 'o> {
    mode: Mode,
    content: &'a str,
    /// File offset of `content`.
    base: u32,
    /// The whole literal, quotes and prefix included.
    literal: Span,
    out: &'o mut Vec<Diagnostic>,
}

impl Checker<'_, '_> {
    /// The character at byte `pos` of the content, if any.
    fn char_at(&self, pos: usize) -> Option<char> {
        self.content[pos..].chars().next()
    }

    /// The file span of content bytes `start..end`.
    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.base + start as u32, self.base + end as u32)
    }

    /// True when the `\r` at `pos` is the first half of a `\r\n` line break.
    fn is_crlf(&self, pos: usize) -> bool {
        self.content[pos..].starts_with("\r\n")
    }

    /// A character or byte literal: exactly one character or escape.
    fn single_unit(&mut self) {
        let Some(c) = self.char_at(0) else {
            let at = self.span(0, 0);
            self.out.push(
                Diagnostic::error("empty character literal", at)
                    .with_label_message("empty character literal"),
            );
            return;
        };
        let end = if c == '\\' {
            match self.escape(0) {
                Ok(end) => end,
                Err((problem, end)) => {
                    self.report(problem, 0, end);
                    return;
                }
            }
        } else {
            let end = c.len_utf8();
            if !self.plain_char(c, 0) {
                return;
            }
            end
        };
        if end < self.content.len() {
            let (message, help) = if self.mode == Mode::Byte {
                (
                    "character literal may only contain one codepoint",
                    "help: if you meant to write a byte string literal, use double quotes",
                )
            } else {
                (
                    "character literal may only contain one codepoint",
                    "help: if you meant to write a string literal, use double quotes",
                )
            };
            self.out
                .push(Diagnostic::error(message, self.literal).with_note(help));
        }
    }

    /// Checks an unescaped character of a character, byte or (non-raw) string literal at
    /// `pos`; reports and returns false if it is not allowed there.
    fn plain_char(&mut self, c: char, pos: usize) -> bool {
        let single = matches!(self.mode, Mode::Char | Mode::Byte);
        let span = self.span(pos, pos + c.len_utf8());
        let escaped = match c {
            '\r' if single || !self.is_crlf(pos) => Some(("\\r", true)),
            '\n' | '\t' | '\'' if single => Some((escape_only(c), false)),
            _ => None,
        };
        if let Some((escape, is_cr)) = escaped {
            let message = if is_cr && !single {
                "bare CR not allowed in string, use `\\r` instead".to_string()
            } else if is_cr || self.mode == Mode::Char {
                format!("character constant must be escaped: `{escape}`")
            } else {
                format!("byte constant must be escaped: `{escape}`")
            };
            self.out
                .push(Diagnostic::error(message, span).with_note("help: escape the character"));
            return false;
        }
        if self.mode.is_byte() && !c.is_ascii() {
            self.non_ascii(c, span);
            return false;
        }
        if self.mode.is_c_str() && c == '\0' {
            self.out.push(Diagnostic::error(
                "null characters in C string literals are not supported",
                span,
            ));
            return false;
        }
        true
    }

    /// Reports a non-ASCII character in a byte literal.
    fn non_ascii(&mut self, c: char, span: Span) {
        let what = match self.mode {
            Mode::Byte => "byte literal",
            Mode::ByteStr => "byte string literal",
            _ => "raw byte string literal",
        };
        let mut d = Diagnostic::error(format!("non-ASCII character in {what}"), span)
            .with_label_message("must be ASCII");
        if (c as u32) > 0xFF {
            d.labels.push(Label {
                span,
                message: "this multibyte character does not fit into a single byte".into(),
                primary: true,
            });
        } else if self.mode != Mode::RawByteStr {
            d = d.with_note(format!(
                "help: if you meant to use the unicode code point for {c:?}, use a \\xHH escape"
            ));
        }
        self.out.push(d);
    }

    /// A string, byte string or C string: any number of characters and escapes.
    fn string(&mut self) {
        let mut pos = 0;
        while let Some(c) = self.char_at(pos) {
            if c != '\\' {
                self.plain_char(c, pos);
                pos += c.len_utf8();
                continue;
            }
            // A backslash before a line break continues the string on the next line.
            let next = self.char_at(pos + 1);
            if next == Some('\n') || (next == Some('\r') && self.is_crlf(pos + 1)) {
                pos += 1;
                pos += self.content[pos..]
                    .find(|ch: char| !matches!(ch, ' ' | '\t' | '\n' | '\r'))
                    .unwrap_or(self.content.len() - pos);
                continue;
            }
            match self.escape(pos) {
                Ok(end) => pos = end,
                Err((problem, end)) => {
                    self.report(problem, pos, end);
                    pos = end.max(pos + 1);
                }
            }
        }
    }

    /// A raw string: no escapes, only the character rules.
    fn raw_string(&mut self) {
        for (pos, c) in self.content.char_indices() {
            let span = self.span(pos, pos + c.len_utf8());
            if c == '\r' && !self.is_crlf(pos) {
                self.out
                    .push(Diagnostic::error("bare CR not allowed in raw string", span));
            } else if self.mode == Mode::RawByteStr && !c.is_ascii() {
                self.non_ascii(c, span);
            } else if self.mode == Mode::RawCStr && c == '\0' {
                self.out.push(Diagnostic::error(
                    "null characters in C string literals are not supported",
                    span,
                ));
            }
        }
    }

    /// Reads the escape starting with the backslash at `start`. Returns the offset after it, or
    /// the problem and how far reading got.
    fn escape(&self, start: usize) -> Result<usize, (Problem, usize)> {
        let mut pos = start + 1;
        let Some(c) = self.char_at(pos) else {
            return Err((Problem::LoneSlash, pos));
        };
        pos += c.len_utf8();
        match c {
            '"' | '\'' | '\\' | 'n' | 'r' | 't' => Ok(pos),
            '0' if self.mode.is_c_str() => Err((Problem::NulInCStr, pos)),
            '0' => Ok(pos),
            'x' => self.hex_escape(pos),
            'u' => self.unicode_escape(pos),
            _ => Err((Problem::InvalidEscape, pos)),
        }
    }

    /// After `\x`: two hex digits.
    fn hex_escape(&self, mut pos: usize) -> Result<usize, (Problem, usize)> {
        let mut value = 0;
        for _ in 0..2 {
            let Some(c) = self.char_at(pos) else {
                return Err((Problem::TooShortHexEscape, pos));
            };
            pos += c.len_utf8();
            let Some(digit) = c.to_digit(16) else {
                return Err((Problem::InvalidCharInHexEscape, pos));
            };
            value = value * 16 + digit;
        }
        if value > 0x7F && !self.mode.allows_high_bytes() {
            Err((Problem::OutOfRangeHexEscape, pos))
        } else if value == 0 && self.mode.is_c_str() {
            Err((Problem::NulInCStr, pos))
        } else {
            Ok(pos)
        }
    }

    /// After `\u`: `{`, one to six hex digits (underscores allowed after the first), `}`.
    fn unicode_escape(&self, mut pos: usize) -> Result<usize, (Problem, usize)> {
        match self.char_at(pos) {
            Some('{') => pos += 1,
            Some(c) => return Err((Problem::NoBraceInUnicodeEscape, pos + c.len_utf8())),
            None => return Err((Problem::NoBraceInUnicodeEscape, pos)),
        }
        match self.char_at(pos) {
            None => return Err((Problem::UnclosedUnicodeEscape, pos)),
            Some('_') => return Err((Problem::LeadingUnderscoreUnicodeEscape, pos + 1)),
            Some('}') => return Err((Problem::EmptyUnicodeEscape, pos + 1)),
            Some(_) => {}
        }
        let mut value: u32 = 0;
        let mut digits = 0;
        loop {
            let Some(c) = self.char_at(pos) else {
                return Err((Problem::UnclosedUnicodeEscape, pos));
            };
            pos += c.len_utf8();
            match c {
                '_' => {}
                '}' => break,
                _ => {
                    let Some(digit) = c.to_digit(16) else {
                        return Err((Problem::InvalidCharInUnicodeEscape, pos));
                    };
                    digits += 1;
                    // Past six digits, keep reading to the closing brace so that the error
                    // covers the whole escape.
                    if digits <= 6 {
                        value = value * 16 + digit;
                    }
                }
            }
        }
        if digits > 6 {
            return Err((Problem::OverlongUnicodeEscape, pos));
        }
        if self.mode.is_byte() {
            Err((Problem::UnicodeEscapeInByte, pos))
        } else if value > 0x10FFFF {
            Err((Problem::OutOfRangeUnicodeEscape, pos))
        } else if (0xD800..0xE000).contains(&value) {
            Err((Problem::LoneSurrogateUnicodeEscape, pos))
        } else if value == 0 && self.mode.is_c_str() {
            Err((Problem::NulInCStr, pos))
        } else {
            Ok(pos)
        }
    }

    /// Turns a problem found in content bytes `start..end` into rustc's diagnostic.
    fn report(&mut self, problem: Problem, start: usize, end: usize) {
        let range = self.span(start, end);
        // Several messages point at the last character read.
        let last = self.content[start..end].chars().next_back().unwrap_or('\\');
        let last_span = self.span(end - last.len_utf8().min(end - start), end);
        let shown = escaped_char(last);
        let d = match problem {
            Problem::LoneSlash => Diagnostic::error("invalid trailing slash in literal", range)
                .with_label_message("invalid trailing slash in literal"),
            Problem::InvalidEscape => {
                let label = if self.mode.is_byte() {
                    "unknown byte escape"
                } else {
                    "unknown character escape"
                };
                let mut d = Diagnostic::error(format!("{label}: `{shown}`"), last_span)
                    .with_label_message(label);
                if last == '{' || last == '}' && self.mode == Mode::Str {
                    d = d.with_note(
                        "help: if used in a formatting string, curly braces are escaped with `{{` and `}}`",
                    );
                } else if last == '\r' {
                    d = d.with_note("help: this is an isolated carriage return; consider checking your editor and version control settings");
                } else {
                    d = d.with_note("help: for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>");
                    if matches!(self.mode, Mode::Str | Mode::Char) {
                        d = d.with_note("help: if you meant to write a literal backslash (perhaps escaping in a regular expression), consider a raw string literal");
                    }
                }
                d
            }
            Problem::TooShortHexEscape => {
                Diagnostic::error("numeric character escape is too short", range)
            }
            Problem::InvalidCharInHexEscape => Diagnostic::error(
                format!("invalid character in numeric character escape: `{shown}`"),
                last_span,
            )
            .with_label_message("invalid character in numeric character escape"),
            Problem::OutOfRangeHexEscape => Diagnostic::error("out of range hex escape", range)
                .with_label_message("must be a character in the range [\\x00-\\x7f]"),
            Problem::NoBraceInUnicodeEscape => {
                let after_u = &self.content[(start + 2).min(end)..];
                let digits = after_u
                    .find(|c: char| !c.is_ascii_hexdigit())
                    .unwrap_or(after_u.len());
                let d = Diagnostic::error("incorrect unicode escape sequence", range);
                if digits > 0 {
                    d.with_note(format!(
                        "help: format of unicode escape sequences uses braces: `\\u{{{}}}`",
                        &after_u[..digits]
                    ))
                } else {
                    d.with_label_message("incorrect unicode escape sequence")
                        .with_note("help: format of unicode escape sequences is `\\u{...}`")
                }
            }
            Problem::LeadingUnderscoreUnicodeEscape => Diagnostic::error(
                format!("invalid start of unicode escape: `{shown}`"),
                last_span,
            )
            .with_label_message("invalid start of unicode escape"),
            Problem::EmptyUnicodeEscape => Diagnostic::error("empty unicode escape", range)
                .with_label_message("this escape must have at least 1 hex digit"),
            Problem::InvalidCharInUnicodeEscape => Diagnostic::error(
                format!("invalid character in unicode escape: `{shown}`"),
                last_span,
            )
            .with_label_message("invalid character in unicode escape"),
            Problem::UnclosedUnicodeEscape => {
                Diagnostic::error("unterminated unicode escape", range)
                    .with_label_message("missing a closing `}`")
                    .with_note("help: terminate the unicode escape")
            }
            Problem::OverlongUnicodeEscape => Diagnostic::error("overlong unicode escape", range)
                .with_label_message("must have at most 6 hex digits"),
            Problem::LoneSurrogateUnicodeEscape => {
                Diagnostic::error("invalid unicode character escape", range)
                    .with_label_message("invalid escape")
                    .with_note("help: unicode escape must not be a surrogate")
            }
            Problem::OutOfRangeUnicodeEscape => {
                Diagnostic::error("invalid unicode character escape", range)
                    .with_label_message("invalid escape")
                    .with_note("help: unicode escape must be at most 10FFFF")
            }
            Problem::UnicodeEscapeInByte => Diagnostic::error(
                "unicode escape in byte string",
                range,
            )
            .with_label_message("unicode escape in byte string")
            .with_note(
                "help: unicode escape sequences cannot be used as a byte or in a byte string",
            ),
            Problem::NulInCStr => Diagnostic::error(
                "null characters in C string literals are not supported",
                range,
            ),
        };
        self.out.push(d);
    }
}

/// The escape a character must be written as inside a character literal.
fn escape_only(c: char) -> &'static str {
    match c {
        '\n' => "\\n",
        '\t' => "\\t",
        _ => "\\'",
    }
}

/// A character as rustc shows it in messages: printable ASCII as itself, anything else as an
/// escape such as `\n` or `\u{2116}`.
pub(crate) fn escaped_char(c: char) -> String {
    if (' '..='~').contains(&c) {
        c.to_string()
    } else {
        c.escape_default().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks `content` in `mode` (as if it started at offset 0) and returns each diagnostic as
    /// "message start..end".
    fn problems(mode: Mode, content: &str) -> Vec<String> {
        let mut out = Vec::new();
        check(
            mode,
            content,
            0,
            Span::new(0, content.len() as u32),
            &mut out,
        );
        out.iter()
            .map(|d| {
                let s = d.primary_span();
                format!("{} {}..{}", d.message, s.start, s.end)
            })
            .collect()
    }

    #[test]
    fn valid_literals() {
        for (mode, content) in [
            (Mode::Char, "a"),
            (Mode::Char, "\\n"),
            (Mode::Char, "\\u{1F980}"),
            (Mode::Char, "🦀"),
            (Mode::Byte, "\\xff"),
            (Mode::Str, "a\\\n   b\\x7f\\u{10_FFFF}\t\r\n"),
            (Mode::ByteStr, "\\xff\\0"),
            (Mode::CStr, "\\xff é"),
            (Mode::RawStr, "\\q"),
        ] {
            assert_eq!(problems(mode, content), Vec::<String>::new(), "{content:?}");
        }
    }

    #[test]
    fn character_literal_problems() {
        assert_eq!(problems(Mode::Char, ""), ["empty character literal 0..0"]);
        assert_eq!(
            problems(Mode::Char, "ab"),
            ["character literal may only contain one codepoint 0..2"]
        );
        assert_eq!(
            problems(Mode::Char, "\n"),
            ["character constant must be escaped: `\\n` 0..1"]
        );
        assert_eq!(
            problems(Mode::Byte, "\t"),
            ["byte constant must be escaped: `\\t` 0..1"]
        );
        assert_eq!(
            problems(Mode::Byte, "\r"),
            ["character constant must be escaped: `\\r` 0..1"]
        );
        assert_eq!(
            problems(Mode::Byte, "é"),
            ["non-ASCII character in byte literal 0..2"]
        );
        assert_eq!(
            problems(Mode::Char, "\\x4"),
            ["numeric character escape is too short 0..3"]
        );
    }

    #[test]
    fn escape_problems() {
        assert_eq!(
            problems(
                Mode::Str,
                "\\q\\x80\\u{110000}\\u{D800}\\u{}\\u{_1}\\u12\\u{1234567}\\x1"
            ),
            [
                "unknown character escape: `q` 1..2",
                "out of range hex escape 2..6",
                "invalid unicode character escape 6..16",
                "invalid unicode character escape 16..24",
                "empty unicode escape 24..28",
                "invalid start of unicode escape: `_` 31..32",
                "incorrect unicode escape sequence 34..37",
                "overlong unicode escape 38..49",
                "numeric character escape is too short 49..52",
            ]
        );
        assert_eq!(
            problems(Mode::ByteStr, "\\u{41}"),
            ["unicode escape in byte string 0..6"]
        );
        assert_eq!(
            problems(Mode::CStr, "a\\0\\x00\\u{0}\0"),
            [
                "null characters in C string literals are not supported 1..3",
                "null characters in C string literals are not supported 3..7",
                "null characters in C string literals are not supported 7..12",
                "null characters in C string literals are not supported 12..13",
            ]
        );
        assert_eq!(
            problems(Mode::Char, "\\u{"),
            ["unterminated unicode escape 0..3"]
        );
        assert_eq!(
            problems(Mode::Str, "a\rb"),
            ["bare CR not allowed in string, use `\\r` instead 1..2"]
        );
        assert_eq!(
            problems(Mode::RawByteStr, "é\r"),
            [
                "non-ASCII character in raw byte string literal 0..2",
                "bare CR not allowed in raw string 2..3"
            ]
        );
    }

    #[test]
    fn escaped_chars() {
        assert_eq!(escaped_char('a'), "a");
        assert_eq!(escaped_char('\0'), "\\u{0}");
        assert_eq!(escaped_char('\n'), "\\n");
        assert_eq!(escaped_char('№'), "\\u{2116}");
    }
}
