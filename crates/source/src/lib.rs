//! Source text, byte spans, line/column positions and diagnostics: the vocabulary every stage shares.
//!
//! Nothing here knows either language. Stages speak of places in the source as [`Span`]s (byte
//! offsets into the original input) and report problems as [`Diagnostic`]s; turning those into
//! lines and columns, or into the text the real tools print, happens here once.

mod diagnostic;
mod line_index;

pub use diagnostic::{Diagnostic, Emission, Label, More, Severity, SubDiagnostic, Suggestion};
pub use line_index::{LineCol, LineIndex};

/// A half-open range of byte offsets `[start, end)` into one source input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// Offset of the first byte.
    pub start: u32,
    /// Offset one past the last byte.
    pub end: u32,
}

impl Span {
    /// The span from `start` to `end`; `end` is clamped so the span is never inverted.
    pub fn new(start: u32, end: u32) -> Span {
        Span {
            start,
            end: end.max(start),
        }
    }

    /// An empty span at `offset`, used for positions such as "end of file".
    pub fn empty(offset: u32) -> Span {
        Span {
            start: offset,
            end: offset,
        }
    }

    /// Number of bytes covered.
    pub fn len(self) -> u32 {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// True when `offset` lies inside the span (an empty span contains its own offset).
    pub fn contains(self, offset: u32) -> bool {
        (self.start <= offset && offset < self.end) || (self.is_empty() && offset == self.start)
    }
}

/// The colour families of the seed page's token table, shared by both languages' token panels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenCategory {
    /// `fn`, `let`, `def`, `return`…
    Keyword,
    /// Names of variables, functions and modules.
    Identifier,
    /// Numbers, strings, characters, `true`/`false`/`None`.
    Literal,
    /// `+`, `-`, `<=`, `->`, `**`…
    Operator,
    /// `{ } ( ) ; :` and, in Python, `NEWLINE`, `INDENT`, `DEDENT`.
    Delimiter,
    /// Names in type position: `u64`, `String`, or a Python annotation such as `int`.
    TypeAnnotation,
    /// Comments, including doc comments.
    Comment,
    /// Whitespace and the other tokens that only carry layout (Python's `NL`, `ENCODING`, `ENDMARKER`).
    Trivia,
    /// Text the lexer could not make sense of.
    Error,
}

impl TokenCategory {
    /// The lower-case name used in JSON and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenCategory::Keyword => "keyword",
            TokenCategory::Identifier => "identifier",
            TokenCategory::Literal => "literal",
            TokenCategory::Operator => "operator",
            TokenCategory::Delimiter => "delimiter",
            TokenCategory::TypeAnnotation => "type",
            TokenCategory::Comment => "comment",
            TokenCategory::Trivia => "trivia",
            TokenCategory::Error => "error",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_basics() {
        let a = Span::new(2, 5);
        assert_eq!(a.len(), 3);
        assert!(a.contains(2) && a.contains(4) && !a.contains(5));
        assert_eq!(a.to(Span::new(7, 9)), Span::new(2, 9));
        assert_eq!(Span::new(5, 2), Span::empty(5));
        assert!(Span::empty(3).contains(3));
    }
}
