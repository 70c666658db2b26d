//! Diagnostics: what went wrong, where, and the rustc-style text form of it.

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
    /// Notes and helps that point at code of their own (`note: function defined here` with
    /// the function's name), each rendered as rustc renders such a sub-diagnostic.
    pub children: Vec<Child>,
    /// Suggested edits, each shown as rustc shows a `help:` with the code it would write.
    pub suggestions: Vec<Suggestion>,
}

/// A `note:` or `help:` with a span of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Child {
    /// `note` or `help`.
    pub level: &'static str,
    pub message: String,
    pub span: Span,
}

/// A `help:` that proposes code: the message, and the edits (a span and its replacement text;
/// an empty span inserts).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub message: String,
    pub edits: Vec<(Span, String)>,
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
            children: Vec::new(),
            suggestions: Vec::new(),
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

    /// Adds a secondary label (drawn with `-`).
    pub fn with_secondary(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        self.labels.push(Label {
            span,
            message: message.into(),
            primary: false,
        });
        self
    }

    /// Adds a `note:` that points at `span` (rendered with its own snippet).
    pub fn with_note_at(mut self, message: impl Into<String>, span: Span) -> Diagnostic {
        self.children.push(Child {
            level: "note",
            message: message.into(),
            span,
        });
        self
    }

    /// Adds a suggested edit, rendered as rustc renders a `help:` with code.
    pub fn with_suggestion(
        mut self,
        message: impl Into<String>,
        edits: Vec<(Span, String)>,
    ) -> Diagnostic {
        self.suggestions.push(Suggestion {
            message: message.into(),
            edits,
        });
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
        use annotate_snippets::{AnnotationKind, Group, Level, Patch, Renderer, Snippet};
        let text = String::from_utf8_lossy(index.text());
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let mut title = level.primary_title(self.message.as_str());
        if let Some(code) = &self.code {
            title = title.id(code.as_str());
        }
        let mut group = Group::with_title(title);
        if !self.labels.is_empty() {
            let mut snippet = Snippet::source(text.as_ref()).path(file_name);
            for label in &self.labels {
                let kind = if label.primary {
                    AnnotationKind::Primary
                } else {
                    AnnotationKind::Context
                };
                let mut annotation = kind.span(char_range(&text, label.span));
                if !label.message.is_empty() {
                    annotation = annotation.label(label.message.as_str());
                }
                snippet = snippet.annotation(annotation);
            }
            group = group.element(snippet);
        }
        for note in &self.notes {
            let message = match note.split_once(": ") {
                Some(("note", rest)) => Level::NOTE.message(rest),
                Some(("help", rest)) => Level::HELP.message(rest),
                _ => Level::NOTE.no_name().message(note.as_str()),
            };
            group = group.element(message);
        }
        let mut report = vec![group];
        for child in &self.children {
            let level = if child.level == "help" {
                Level::HELP
            } else {
                Level::NOTE
            };
            report.push(
                level.secondary_title(child.message.as_str()).element(
                    Snippet::source(text.as_ref())
                        .path(file_name)
                        .annotation(AnnotationKind::Primary.span(char_range(&text, child.span))),
                ),
            );
        }
        for suggestion in &self.suggestions {
            let mut snippet = Snippet::source(text.as_ref()).path(file_name);
            for (span, replacement) in &suggestion.edits {
                snippet = snippet.patch(Patch::new(char_range(&text, *span), replacement.as_str()));
            }
            report.push(
                Level::HELP
                    .secondary_title(suggestion.message.as_str())
                    .element(snippet),
            );
        }
        let mut out = Renderer::plain().render(&report);
        out.push('\n');
        out
    }
}

/// `span` as a byte range of `text`, moved onto character boundaries (a span never splits a
/// character, but the renderer must not be handed one that does).
fn char_range(text: &str, span: Span) -> std::ops::Range<usize> {
    let fix = |mut at: usize| {
        at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let start = fix(span.start as usize);
    start..fix(span.end as usize).max(start)
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
    fn renders_secondary_labels_notes_at_spans_and_suggestions_as_rustc() {
        // rustc 1.95's text for this program (E0061), byte for byte.
        let src = "fn greet(name: &str) {}\nfn main() {\n    greet(\"a\", \"b\");\n}\n";
        let index = LineIndex::new(src.as_bytes());
        let call = src.find("greet(\"").unwrap() as u32;
        let extra = src.find("\"b\"").unwrap() as u32;
        let d = Diagnostic::error(
            "this function takes 1 argument but 2 arguments were supplied",
            Span::new(call, call + 5),
        )
        .with_code("E0061")
        .with_secondary(
            Span::new(extra, extra + 3),
            "unexpected argument #2 of type `&'static str`",
        )
        .with_note_at("function defined here", Span::new(3, 8))
        .with_suggestion(
            "remove the extra argument",
            vec![(Span::new(extra - 2, extra + 3), String::new())],
        );
        assert_eq!(
            d.render_rustc("m.rs", &index),
            "error[E0061]: this function takes 1 argument but 2 arguments were supplied\n \
             --> m.rs:3:5\n  |\n3 |     greet(\"a\", \"b\");\n  \
             |     ^^^^^      --- unexpected argument #2 of type `&'static str`\n  |\n\
             note: function defined here\n --> m.rs:1:4\n  |\n1 | fn greet(name: &str) {}\n  \
             |    ^^^^^\nhelp: remove the extra argument\n  |\n3 -     greet(\"a\", \"b\");\n\
             3 +     greet(\"a\");\n  |\n"
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
