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
    /// Notes with spans of their own and suggestions (boxed: most diagnostics have none).
    pub more: Option<Box<More>>,
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
    ///
    /// then the sub-diagnostics with spans (`note: … defined here` and its own snippet), the
    /// `= note: …` lines, and the suggestions (`help: …` with the changed source lines).
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
        // The gutter is as wide as the largest line number shown anywhere in the report.
        let mut last_line = 1;
        let spans = self
            .labels
            .iter()
            .chain(self.children().iter().flat_map(|c| &c.labels))
            .map(|l| l.span);
        for span in spans {
            last_line = last_line.max(index.line_col(span.start).line);
        }
        let rendered: Vec<Vec<SuggestionLine>> =
            self.suggestions().iter().map(|s| s.lines(index)).collect();
        for line in rendered.iter().flatten() {
            last_line = last_line.max(line.number);
        }
        let gutter = last_line.to_string().len();
        let pad = " ".repeat(gutter);
        let at = index.line_col(self.primary_span().start);
        let _ = writeln!(out, "{pad}--> {file_name}:{}:{}", at.line, at.col);
        let _ = writeln!(out, "{pad} |");
        render_snippet(&mut out, &self.labels, index, gutter);
        if self.children().is_empty() && self.notes.is_empty() && self.suggestions().is_empty() {
            return out;
        }
        let _ = writeln!(out, "{pad} |");
        for child in self.children() {
            if child.labels.is_empty() {
                let _ = writeln!(out, "{pad} = {}: {}", child.level, child.message);
                continue;
            }
            let _ = writeln!(out, "{}: {}", child.level, child.message);
            if let Some(first) = child
                .labels
                .iter()
                .find(|l| l.primary)
                .or(child.labels.first())
            {
                let at = index.line_col(first.span.start);
                let _ = writeln!(out, "{pad}--> {file_name}:{}:{}", at.line, at.col);
                let _ = writeln!(out, "{pad} |");
                render_snippet(&mut out, &child.labels, index, gutter);
            }
        }
        for note in &self.notes {
            let _ = writeln!(out, "{pad} = {note}");
        }
        for (suggestion, lines) in self.suggestions().iter().zip(&rendered) {
            let _ = writeln!(out, "help: {}", suggestion.message);
            let _ = writeln!(out, "{pad} |");
            for line in lines {
                let text = format!("{:>gutter$} {} {}", line.number, line.marker, line.text);
                let _ = writeln!(out, "{}", text.trim_end());
                if let Some(marks) = &line.underline {
                    let _ = writeln!(out, "{}", format!("{pad} | {marks}").trim_end());
                }
            }
            if lines.iter().all(|l| l.underline.is_none()) {
                let _ = writeln!(out, "{pad} |");
            }
        }
        out
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

/// One line of a rendered suggestion.
struct SuggestionLine {
    number: u32,
    /// `|` (unchanged, or with an underline of the insertions below), `~` (a changed line of
    /// a multi-line change), `+` (a new line, or the line after a removal), `-` (the line
    /// before a removal).
    marker: char,
    text: String,
    underline: Option<String>,
}

impl Suggestion {
    /// The lines rustc shows for the suggestion. As rustc's emitter chooses: a change on one
    /// line that removes text is shown as a diff (`-` old, `+` new); one that only inserts is
    /// the new line with `+` under each insertion; a change spreading over several lines is
    /// the new lines marked `~`.
    fn lines(&self, index: &LineIndex) -> Vec<SuggestionLine> {
        let mut edits = self.edits.clone();
        edits.sort_by_key(|(span, _)| span.start);
        let (Some(first), Some(last)) = (edits.first(), edits.last()) else {
            return Vec::new();
        };
        let first_line = index.line_col(first.0.start).line;
        let last_line = index.line_col(last.0.end).line;
        let (Some(start), Some(_)) = (index.line_start(first_line), index.line_start(last_line))
        else {
            return Vec::new();
        };
        // The original lines, and the same lines with the edits applied.
        let original: Vec<String> = (first_line..=last_line)
            .map(|l| index.line_text(l))
            .collect();
        let old = original.join("\n");
        let mut new = String::new();
        let mut at = 0usize;
        // (byte offset in `new`, inserted text, whether nothing was replaced)
        let mut insertions = Vec::new();
        let mut removes = false;
        for (span, text) in &edits {
            let from = (span.start - start) as usize;
            let to = (span.end - start) as usize;
            if from < at
                || to > old.len()
                || !old.is_char_boundary(from)
                || !old.is_char_boundary(to)
            {
                return Vec::new();
            }
            new.push_str(&old[at..from]);
            let replaced = &old[from..to];
            if !replaced.trim().is_empty() && !text.contains(replaced.trim()) {
                removes = true;
            }
            insertions.push((new.len(), text.clone(), span.is_empty()));
            new.push_str(text);
            at = to;
        }
        new.push_str(&old[at..]);
        let multiline = new.lines().count() > 1;
        if removes && !multiline {
            return vec![
                SuggestionLine {
                    number: first_line,
                    marker: '-',
                    text: old,
                    underline: None,
                },
                SuggestionLine {
                    number: first_line,
                    marker: '+',
                    text: new,
                    underline: None,
                },
            ];
        }
        if !multiline {
            // `+` under every inserted character, leading and trailing spaces left out.
            let mut marks = String::new();
            for (offset, text, _) in &insertions {
                let lead = text.len() - text.trim_start().len();
                let col = new[..offset + lead].chars().count();
                let width = text.trim().chars().count();
                while marks.chars().count() < col {
                    marks.push(' ');
                }
                marks.push_str(&"+".repeat(width));
            }
            return vec![SuggestionLine {
                number: first_line,
                marker: '|',
                text: new,
                underline: Some(marks),
            }];
        }
        // A line wholly inside an inserted text is new (`+`); one an edit begins or ends on is
        // changed (`~`); the others are shown as they were (`|`).
        let line_of = |offset: usize| new[..offset].matches('\n').count();
        let edits: Vec<(usize, usize, usize, usize, bool)> = insertions
            .iter()
            .map(|(at, text, pure)| {
                let end = at + text.len();
                (line_of(*at), line_of(end), *at, end, *pure)
            })
            .collect();
        let mut line_start = 0;
        new.lines()
            .enumerate()
            .map(|(i, text)| {
                let (from, to) = (line_start, line_start + text.len());
                line_start = to + 1;
                let inside = edits.iter().any(|&(a, b, ..)| a < i && i < b);
                let covered = edits
                    .iter()
                    .any(|&(_, _, at, end, pure)| pure && from < to && at <= from && to <= end);
                let touched = edits.iter().any(|&(a, b, ..)| a == i || b == i);
                SuggestionLine {
                    number: first_line + i as u32,
                    marker: if inside || covered {
                        '+'
                    } else if touched {
                        '~'
                    } else {
                        '|'
                    },
                    text: text.to_string(),
                    underline: None,
                }
            })
            .collect()
    }
}

/// The source lines of `labels` with their marks, as rustc draws a snippet: one line of marks
/// per source line when the labels on it do not overlap (the rightmost label's text beside
/// its mark, the others' below, hanging from `|`), lines between two labelled lines shown when
/// only one is skipped and `...` for more.
fn render_snippet(out: &mut String, labels: &[Label], index: &LineIndex, gutter: usize) {
    let pad = " ".repeat(gutter);
    let mut labels: Vec<&Label> = labels.iter().collect();
    labels.sort_by_key(|l| (l.span.start, l.span.end));
    let mut by_line: Vec<(u32, Vec<&Label>)> = Vec::new();
    for l in labels {
        let line = index.line_col(l.span.start).line;
        match by_line.last_mut() {
            Some((n, v)) if *n == line => v.push(l),
            _ => by_line.push((line, vec![l])),
        }
    }
    let mut previous: Option<u32> = None;
    for (line, labels) in by_line {
        if let Some(p) = previous {
            if line == p + 2 {
                let text = format!("{:>gutter$} | {}", p + 1, index.line_text(p + 1));
                let _ = writeln!(out, "{}", text.trim_end());
            } else if line > p + 2 {
                let _ = writeln!(out, "...");
            }
        }
        previous = Some(line);
        let text = format!("{line:>gutter$} | {}", index.line_text(line));
        let _ = writeln!(out, "{}", text.trim_end());
        // (first column, width, mark, message) of each label on this line.
        let marks: Vec<(usize, usize, &str, &str)> = labels
            .iter()
            .map(|label| {
                let start = index.line_col(label.span.start);
                let end = index.line_col(label.span.end);
                // Labels spanning lines are drawn on their first line only, up to its end.
                let end_col = if end.line == start.line {
                    end.col
                } else {
                    index.line_text(start.line).chars().count() as u32 + 2
                };
                let width = end_col.saturating_sub(start.col).max(1) as usize;
                let mark = if label.primary { "^" } else { "-" };
                (start.col as usize - 1, width, mark, label.message.as_str())
            })
            .collect();
        let overlapping = marks.windows(2).any(|w| w[0].0 + w[0].1 > w[1].0);
        if overlapping {
            for (col, width, mark, message) in marks {
                let text = format!(
                    "{pad} | {}{} {message}",
                    " ".repeat(col),
                    mark.repeat(width)
                );
                let _ = writeln!(out, "{}", text.trim_end());
            }
            continue;
        }
        // Where each label's text goes, as rustc decides it: from the rightmost label leftwards,
        // a text stays beside its marks unless it would run into the label to its right, in
        // which case it and the labels further left hang one row lower, from a `|`.
        let chars = |m: &str| m.chars().count();
        let mut rows = vec![0usize; marks.len()];
        let mut row = 0;
        for i in (0..marks.len()).rev() {
            rows[i] = row;
            let (col, _, _, message) = marks[i];
            if message.is_empty() {
                continue;
            }
            let runs_into = marks[..i].iter().any(|&(left, width, _, text)| {
                !text.is_empty() && left + width + chars(text) + 2 > col
            });
            if runs_into {
                row += 1;
            }
        }
        // Row 0 holds the marks and the texts beside them; a text on row `r` > 0 is written on
        // line `r + 1`, with its `|` on the lines between.
        let lines = rows
            .iter()
            .max()
            .map_or(1, |r| if *r == 0 { 1 } else { r + 2 });
        let mut grid: Vec<Vec<char>> = vec![Vec::new(); lines];
        let put = |grid: &mut Vec<Vec<char>>, line: usize, col: usize, text: &str| {
            let cells = &mut grid[line];
            for (k, c) in text.chars().enumerate() {
                if cells.len() <= col + k {
                    cells.resize(col + k + 1, ' ');
                }
                cells[col + k] = c;
            }
        };
        for (i, &(col, width, mark, message)) in marks.iter().enumerate() {
            put(&mut grid, 0, col, &mark.repeat(width));
            if message.is_empty() {
                continue;
            }
            if rows[i] == 0 {
                put(&mut grid, 0, col + width + 1, message);
            } else {
                for line in 1..=rows[i] {
                    put(&mut grid, line, col, "|");
                }
                put(&mut grid, rows[i] + 1, col, message);
            }
        }
        for cells in grid {
            let text: String = cells.into_iter().collect();
            let _ = writeln!(out, "{}", format!("{pad} | {text}").trim_end());
        }
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
}
