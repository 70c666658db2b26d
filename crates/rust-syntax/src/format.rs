//! The text form of the token stream: what `deepdive rust FILE --emit tokens` prints.

use std::fmt::Write;

use crate::cook::Lexed;
use crate::lexer::TokenKind;

/// Formats the tokens of `lexed` (lexed from `src`), one a line, whitespace left out:
///
/// ```text
/// Ident "fn" 1:1
/// Ident "fib" 1:4
/// OpenParen "(" 1:7
/// ```
///
/// Each line holds the kind's [`TokenKind::name`], the token's text as a Rust debug string
/// (quotes, `\n`, `\"` and `\u{…}` escapes as `{:?}` writes them), and the 1-based line and
/// column of its first character. Columns count characters (Unicode scalar values), not bytes,
/// as rustc's do; lines end at `\n`; a byte order mark at the start takes no column.
pub fn format_tokens(src: &str, lexed: &Lexed) -> String {
    let mut out = String::new();
    let mut position = Position::start_of(src);
    for token in &lexed.tokens {
        let (start, end) = (token.span.start as usize, token.span.end as usize);
        let (line, col) = position.advance_to(start);
        if token.kind == TokenKind::Whitespace {
            continue;
        }
        let _ = writeln!(
            out,
            "{} {:?} {}:{}",
            token.kind.name(),
            &src[start..end],
            line,
            col
        );
    }
    out
}

/// Walks forward through the text keeping the line and column, so that positioning every token
/// costs time proportional to the text, however long its lines.
struct Position<'a> {
    src: &'a str,
    offset: usize,
    line: u32,
    col: u32,
}

impl<'a> Position<'a> {
    fn start_of(src: &'a str) -> Position<'a> {
        Position {
            src,
            offset: if src.starts_with('\u{feff}') { 3 } else { 0 },
            line: 1,
            col: 1,
        }
    }

    /// Moves to byte `offset` (not before the current one) and returns its line and column.
    fn advance_to(&mut self, offset: usize) -> (u32, u32) {
        if offset > self.offset {
            for c in self.src[self.offset..offset].chars() {
                if c == '\n' {
                    self.line += 1;
                    self.col = 1;
                } else {
                    self.col += 1;
                }
            }
            self.offset = offset;
        }
        (self.line, self.col)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex;

    #[test]
    fn formats_like_the_contract() {
        let src = "fn fib(n: u32) -> u32 {\n    n // é\n}\n";
        let text = format_tokens(src, &lex(src));
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "Ident \"fn\" 1:1");
        assert_eq!(lines[1], "Ident \"fib\" 1:4");
        assert_eq!(lines[7], "Minus \"-\" 1:16");
        assert_eq!(lines[11], "Ident \"n\" 2:5");
        assert_eq!(lines[12], "LineComment \"// é\" 2:7");
        assert_eq!(lines[13], "CloseBrace \"}\" 3:1");
        assert_eq!(lines.len(), 14);
    }

    #[test]
    fn escapes_text_and_skips_the_bom() {
        let src = "\u{feff}\"a\tb\"";
        assert_eq!(
            format_tokens(src, &lex(src)),
            "Literal(Str) \"\\\"a\\tb\\\"\" 1:1\n"
        );
    }
}
