//! Diagnostics: what went wrong, where, and the rustc-style text form of it.

use std::fmt::Write;

use crate::{LineIndex, Span};

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The input is rejected.
    Error,
    /// The input is accepted but suspicious.
    Warning,
}

impl Severity {
    /// `error` or `warning`, as the real tools print it.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A span with a message printed under it; the primary label marks where the problem is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    /// The bytes the label points at.
    pub span: Span,
    /// Text printed beside the carets (may be empty).
    pub message: String,
    /// Primary labels are drawn with `^`, secondary ones with `-`.
    pub primary: bool,
}

/// One problem found in the input, with every place it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The real tool's code, such as `E0308`, when it has one.
    pub code: Option<String>,
    /// The headline.
    pub message: String,
    /// Labelled spans; the first primary label gives the reported position.
    pub labels: Vec<Label>,
    /// Trailing lines such as `note: …` or `help: …`, each with its prefix.
    pub notes: Vec<String>,
}

impl Diagnostic {
    /// An error with a message and one primary label.
    pub fn error(message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic {
            severity: Severity::Error,
            code: None,
            message: message.into(),
            labels: vec![Label {
                span,
                message: String::new(),
                primary: true,
            }],
            notes: Vec::new(),
        }
    }

    /// Sets the error code.
    pub fn with_code(mut self, code: impl Into<String>) -> Diagnostic {
        self.code = Some(code.into());
        self
    }

    /// Sets the text of the primary label.
    pub fn with_label_message(mut self, message: impl Into<String>) -> Diagnostic {
        if let Some(label) = self.labels.iter_mut().find(|l| l.primary) {
            label.message = message.into();
        }
        self
    }

    /// Adds a trailing `note: …`/`help: …` line (the prefix is part of `note`).
    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    /// The span of the first primary label, or an empty span at 0.
    pub fn primary_span(&self) -> Span {
        self.labels
            .iter()
            .find(|l| l.primary)
            .or(self.labels.first())
            .map(|l| l.span)
            .unwrap_or_default()
    }

    /// Renders the diagnostic as rustc does in its human-readable format:
    ///
    /// ```text
    /// error[E0425]: cannot find value `x` in this scope
    ///  --> main.rs:2:5
    ///   |
    /// 2 |     x
    ///   |     ^ not found in this scope
    /// ```
    pub fn render_rustc(&self, file_name: &str, index: &LineIndex) -> String {
        let mut out = String::new();
        let code = self
            .code
            .as_ref()
            .map(|c| format!("[{c}]"))
            .unwrap_or_default();
        let _ = writeln!(out, "{}{}: {}", self.severity.as_str(), code, self.message);
        if self.labels.is_empty() {
            for note in &self.notes {
                let _ = writeln!(out, "  = {note}");
            }
            return out;
        }
        let mut labels: Vec<&Label> = self.labels.iter().collect();
        labels.sort_by_key(|l| l.span.start);
        let last_line = labels
            .iter()
            .map(|l| index.line_col(l.span.start).line)
            .max()
            .unwrap_or(1);
        let gutter = last_line.to_string().len();
        let pad = " ".repeat(gutter);
        let at = index.line_col(self.primary_span().start);
        let _ = writeln!(out, "{pad}--> {file_name}:{}:{}", at.line, at.col);
        let _ = writeln!(out, "{pad} |");
        let mut previous_line = None;
        for label in labels {
            let start = index.line_col(label.span.start);
            if previous_line != Some(start.line) {
                let text = index.line_text(start.line);
                let _ = writeln!(out, "{:>gutter$} | {}", start.line, text);
                previous_line = Some(start.line);
            }
            // Labels spanning lines are drawn on their first line only, up to its end.
            let end = index.line_col(label.span.end);
            let line_len = index.line_text(start.line).chars().count() as u32 + 1;
            let end_col = if end.line == start.line {
                end.col
            } else {
                line_len + 1
            };
            let width = end_col.saturating_sub(start.col).max(1) as usize;
            let mark = if label.primary { "^" } else { "-" };
            let text = if label.message.is_empty() {
                String::new()
            } else {
                format!(" {}", label.message)
            };
            let _ = writeln!(
                out,
                "{pad} | {}{}{}",
                " ".repeat(start.col as usize - 1),
                mark.repeat(width),
                text
            );
        }
        if !self.notes.is_empty() {
            let _ = writeln!(out, "{pad} |");
            for note in &self.notes {
                let _ = writeln!(out, "{pad} = {note}");
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_like_rustc() {
        let src = "fn main() {\n    x\n}\n";
        let index = LineIndex::new(src.as_bytes());
        let d = Diagnostic::error("cannot find value `x` in this scope", Span::new(16, 17))
            .with_code("E0425")
            .with_label_message("not found in this scope");
        assert_eq!(
            d.render_rustc("main.rs", &index),
            "error[E0425]: cannot find value `x` in this scope\n \
             --> main.rs:2:5\n  |\n2 |     x\n  |     ^ not found in this scope\n"
        );
    }

    #[test]
    fn renders_notes() {
        let src = "'a";
        let index = LineIndex::new(src.as_bytes());
        let d = Diagnostic::error("unterminated character literal", Span::new(0, 2))
            .with_note("help: if you meant to write a string literal, use double quotes");
        let text = d.render_rustc("m.rs", &index);
        assert!(text.ends_with(
            "  |\n  = help: if you meant to write a string literal, use double quotes\n"
        ));
        assert!(text.contains("1 | 'a\n  | ^^\n"));
    }
}
