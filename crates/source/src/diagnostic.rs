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
    /// Notes with spans of their own and suggestions (boxed: most diagnostics have none).
    pub more: Option<Box<More>>,
    /// When rustc emits it among the errors of its stage; printers order by this, then by
    /// position.
    pub emission: Emission,
}

/// When rustc emits a diagnostic among those of its stage.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Emission {
    /// At once, before the ones it collects (name resolution's E0106).
    Early,
    /// In its turn.
    #[default]
    Normal,
    /// Held back (stashed) and emitted after the others, such as a callee that was not found.
    Stashed,
}

/// The parts of a diagnostic most do not have.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct More {
    /// Notes and helps with spans of their own, rendered before the `notes`.
    pub children: Vec<SubDiagnostic>,
    /// Suggested changes of the source, rendered last.
    pub suggestions: Vec<Suggestion>,
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
            more: None,
            emission: Emission::Normal,
        }
    }

    /// The notes with spans of their own.
    pub fn children(&self) -> &[SubDiagnostic] {
        self.more.as_ref().map_or(&[], |m| &m.children)
    }

    /// The suggested changes.
    pub fn suggestions(&self) -> &[Suggestion] {
        self.more.as_ref().map_or(&[], |m| &m.suggestions)
    }

    /// Sets the error code.
    pub fn with_code(mut self, code: impl Into<String>) -> Diagnostic {
        self.code = Some(code.into());
        self
    }

    /// Sets when rustc emits it among the errors of its stage.
    pub fn emitted(mut self, emission: Emission) -> Diagnostic {
        self.emission = emission;
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

    /// Renders the diagnostic as rustc does in its human-readable format, with the
    /// annotate-snippets library (the renderer rustc's own layout is ported to):
    ///
    /// ```text
    /// error[E0425]: cannot find value `x` in this scope
    ///  --> main.rs:2:5
    ///   |
    /// 2 |     x
    ///   |     ^ not found in this scope
    /// ```
    ///
    /// then the sub-diagnostics (`note: … defined here` with a snippet of its own, or a
    /// `= note: …` line where it has no span), the `notes`, and the suggestions (`help: …` with
    /// the changed source lines).
    pub fn render_rustc(&self, file_name: &str, index: &LineIndex) -> String {
        use annotate_snippets::{AnnotationKind, Group, Level, Patch, Renderer, Snippet};
        let text = String::from_utf8_lossy(index.text());
        let level = |name: &str| match name {
            "help" => Level::HELP,
            "warning" => Level::WARNING,
            "error" => Level::ERROR,
            _ => Level::NOTE,
        };
        fn snippet<'a>(
            text: &'a str,
            file_name: &'a str,
            labels: &'a [Label],
        ) -> Snippet<'a, annotate_snippets::Annotation<'a>> {
            let mut snippet = Snippet::source(text).path(file_name);
            for label in labels {
                let kind = if label.primary {
                    AnnotationKind::Primary
                } else {
                    AnnotationKind::Context
                };
                let mut annotation = kind.span(char_range(text, label.span));
                if !label.message.is_empty() {
                    annotation = annotation.label(label.message.as_str());
                }
                snippet = snippet.annotation(annotation);
            }
            snippet
        }
        let mut title = level(self.severity.as_str()).primary_title(self.message.as_str());
        if let Some(code) = &self.code {
            title = title.id(code.as_str());
        }
        let mut group = Group::with_title(title);
        if !self.labels.is_empty() {
            group = group.element(snippet(&text, file_name, &self.labels));
        }
        // A sub-diagnostic with spans is a section of its own; one without is a `= note:`
        // line under the section before it.
        let mut report = Vec::new();
        for child in self.children() {
            if child.labels.is_empty() {
                group = group.element(level(child.level).message(child.message.as_str()));
            } else {
                report.push(group);
                group = level(child.level)
                    .secondary_title(child.message.as_str())
                    .element(snippet(&text, file_name, &child.labels));
            }
        }
        for note in &self.notes {
            let message = match note.split_once(": ") {
                Some(("note", rest)) => Level::NOTE.message(rest),
                Some(("help", rest)) => Level::HELP.message(rest),
                _ => Level::NOTE.no_name().message(note.as_str()),
            };
            group = group.element(message);
        }
        report.push(group);
        for suggestion in self.suggestions() {
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
        for suggestion in self.suggestions() {
            out = show_line_after_attribute(out, suggestion, index, &text);
        }
        out.push('\n');
        out
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

    /// Adds a `note:` that points at `span` with a snippet of its own.
    pub fn with_note_at(self, message: impl Into<String>, span: Span) -> Diagnostic {
        let label = Label {
            span,
            message: String::new(),
            primary: true,
        };
        self.with_child("note", message, vec![label])
    }

    /// Adds a sub-diagnostic with its own snippet (rustc's `span_note`): `level` is `note`
    /// or `help`, and the labels say where (a primary one gives the ` --> ` position).
    pub fn with_child(
        mut self,
        level: &'static str,
        message: impl Into<String>,
        labels: Vec<Label>,
    ) -> Diagnostic {
        self.more
            .get_or_insert_with(Default::default)
            .children
            .push(SubDiagnostic {
                level,
                message: message.into(),
                labels,
            });
        self
    }

    /// Adds a suggestion: the message and the edits (each a span of the source and the text
    /// that replaces it; an empty span inserts).
    pub fn with_suggestion(
        mut self,
        message: impl Into<String>,
        edits: Vec<(Span, String)>,
    ) -> Diagnostic {
        if !edits.is_empty() {
            self.more
                .get_or_insert_with(Default::default)
                .suggestions
                .push(Suggestion {
                    message: message.into(),
                    edits,
                });
        }
        self
    }
}

/// A note or help attached to a diagnostic with spans of its own (rendered with its own
/// ` --> ` line and snippet, as rustc renders a `span_note`), or without (a `= note: …` line
/// in its place among the children, where the order of notes matters).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubDiagnostic {
    /// `note` or `help`.
    pub level: &'static str,
    pub message: String,
    pub labels: Vec<Label>,
}

/// A suggested change of the source: what to do (the `help:` line) and the edits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub message: String,
    /// Spans of the source and the text replacing each (an empty span inserts), in order.
    pub edits: Vec<(Span, String)>,
}

/// rustc's emitter shows the line after a suggested attribute (`#[derive(…)]\n` inserted
/// before an item), so that the added line is seen above the item it is for; the
/// annotate-snippets renderer does not, so the line is added to its output here.
fn show_line_after_attribute(
    out: String,
    suggestion: &Suggestion,
    index: &LineIndex,
    text: &str,
) -> String {
    let [(span, added)] = suggestion.edits.as_slice() else {
        return out;
    };
    if !span.is_empty() || !added.starts_with("#[") || !added.ends_with('\n') {
        return out;
    }
    let at = span.start as usize;
    if at > text.len() || (at > 0 && text.as_bytes()[at - 1] != b'\n') {
        return out;
    }
    let line = index.line_col(span.start).line;
    let following = text[at..].lines().next().unwrap_or("");
    let first_added = added.lines().next().unwrap_or("");
    let marker = format!("{line} + {first_added}");
    let mut result = String::with_capacity(out.len() + following.len() + 16);
    let mut done = false;
    for l in out.split_inclusive('\n') {
        result.push_str(l);
        if !done && l.trim_start().trim_end_matches('\n') == marker {
            let width = l.len() - l.trim_start().len() + line.to_string().len();
            result.push_str(&format!("{:>width$} | {following}\n", line + 1));
            done = true;
        }
    }
    result
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

    #[test]
    fn labels_on_one_line_share_it_and_texts_hang_below() {
        let src = "fn f(a: &str, b: &str) -> &str {}\n";
        let index = LineIndex::new(src.as_bytes());
        let secondary = |start, end, message: &str| Label {
            span: Span::new(start, end),
            message: message.into(),
            primary: false,
        };
        let mut d = Diagnostic::error("missing lifetime specifier", Span::new(26, 27))
            .with_label_message("expected named lifetime parameter");
        d.labels.push(secondary(8, 12, ""));
        d.labels.push(secondary(17, 21, ""));
        assert!(d.render_rustc("m.rs", &index).ends_with(
            "1 | fn f(a: &str, b: &str) -> &str {}\n  |         ----     ----     ^ expected named lifetime parameter\n"
        ));
        // Texts that fit stay beside their marks; one that would run into the next label
        // hangs below (rustc's borrow-checker report on `fn a(&self, x: &str) -> &str { x }`).
        let mut d = Diagnostic::error("e", Span::new(26, 27)).with_label_message("three");
        d.labels.push(secondary(8, 9, "one"));
        d.labels.push(secondary(17, 18, "two"));
        let text = d.render_rustc("m.rs", &index);
        assert!(
            text.ends_with("  |         - one    - two    ^ three\n"),
            "{text}"
        );
        let src = "    fn a(&self, x: &str) -> &str { x }\n";
        let index = LineIndex::new(src.as_bytes());
        let mut d = Diagnostic::error("lifetime may not live long enough", Span::new(35, 36))
            .with_label_message(
                "method was supposed to return data with lifetime `'2` but it is returning data \
                 with lifetime `'1`",
            );
        d.labels.push(secondary(
            9,
            10,
            "let's call the lifetime of this reference `'2`",
        ));
        d.labels.push(secondary(
            19,
            20,
            "let's call the lifetime of this reference `'1`",
        ));
        let text = d.render_rustc("m.rs", &index);
        assert!(
            text.ends_with(
                "  |          -         -               ^ method was supposed to return data \
                 with lifetime `'2` but it is returning data with lifetime `'1`\n  \
                 |          |         |\n  \
                 |          |         let's call the lifetime of this reference `'1`\n  \
                 |          let's call the lifetime of this reference `'2`\n"
            ),
            "{text}"
        );
    }

    #[test]
    fn suggestions_render_in_rustcs_three_styles() {
        let src = "fn f(x: &str) -> &String {\n    x\n}\n";
        let index = LineIndex::new(src.as_bytes());
        let d = Diagnostic::error("e", Span::new(17, 18))
            .with_suggestion("insert", vec![(Span::empty(18), "'static ".into())])
            .with_suggestion("remove", vec![(Span::new(17, 18), String::new())])
            .with_suggestion("lines", vec![(Span::empty(32), ",\n    y".into())]);
        let text = d.render_rustc("m.rs", &index);
        assert!(text.contains(
            "help: insert\n  |\n1 | fn f(x: &str) -> &'static String {\n  |                   +++++++\n"
        ), "{text}");
        assert!(text.contains(
            "help: remove\n  |\n1 - fn f(x: &str) -> &String {\n1 + fn f(x: &str) -> String {\n  |\n"
        ), "{text}");
        assert!(
            text.ends_with("help: lines\n  |\n2 ~     x,\n3 +     y\n  |\n"),
            "{text}"
        );
    }

    #[test]
    fn a_suggested_attribute_shows_the_line_after_it() {
        // rustc's emitter shows the item under a `#[derive(…)]` it suggests adding.
        let src = "struct Token {\n    id: u32,\n}\n";
        let index = LineIndex::new(src.as_bytes());
        let d = Diagnostic::error("e", Span::new(7, 12)).with_suggestion(
            "consider annotating `Token` with `#[derive(Clone)]`",
            vec![(Span::empty(0), "#[derive(Clone)]\n".into())],
        );
        let text = d.render_rustc("m.rs", &index);
        assert!(
            text.ends_with(
                "help: consider annotating `Token` with `#[derive(Clone)]`\n  |\n\
                 1 + #[derive(Clone)]\n2 | struct Token {\n  |\n"
            ),
            "{text}"
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
}
