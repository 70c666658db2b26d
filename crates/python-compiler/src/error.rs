//! Compile-time errors: the `SyntaxError`s CPython's symbol table and compiler raise after the
//! parser has accepted the file, and the text `python3 FILE` prints for them.

use python_syntax::ast::Pos;
use python_syntax::parser::{render_syntax_error, ErrorLocation};
use source::{Diagnostic, Span};

/// A `SyntaxError` raised by the symbol table or the code generator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// The exception class: `SyntaxError`, or `RecursionError` when the tree is too deep.
    pub kind: &'static str,
    /// `msg`.
    pub message: String,
    /// `lineno` (1-based).
    pub lineno: u32,
    /// `offset`: the 1-based UTF-8 byte column CPython reports (it does not convert it).
    pub offset: i32,
    /// `end_lineno`.
    pub end_lineno: u32,
    /// `end_offset`.
    pub end_offset: i32,
    /// The bytes of the input the error points at.
    pub span: Span,
    /// The source line (filled in by [`crate::compile`] from the source).
    pub text: Option<String>,
}

impl CompileError {
    /// An error at a node's position, as `PyErr_RangedSyntaxLocationObject` reports it.
    pub fn at(message: impl Into<String>, pos: &Pos) -> CompileError {
        CompileError {
            kind: "SyntaxError",
            message: message.into(),
            lineno: pos.lineno,
            offset: pos.col_offset as i32 + 1,
            end_lineno: pos.end_lineno,
            end_offset: pos.end_col_offset as i32 + 1,
            span: pos.span,
            text: None,
        }
    }

    /// An error at explicit coordinates (columns 0-based, -1 for none).
    pub fn at_location(message: impl Into<String>, loc: &crate::ir::Location) -> CompileError {
        CompileError {
            kind: "SyntaxError",
            message: message.into(),
            lineno: loc.lineno.max(0) as u32,
            offset: loc.col + 1,
            end_lineno: loc.end_lineno.max(0) as u32,
            end_offset: loc.end_col + 1,
            span: loc.span,
            text: None,
        }
    }

    /// Exactly what `python3 FILE` prints on standard error for this error.
    pub fn render(&self, file_name: &str) -> String {
        if self.kind == "RecursionError" {
            return format!("RecursionError: {}\n", self.message);
        }
        let location = ErrorLocation {
            lineno: self.lineno,
            text: self.text.as_deref(),
            offset: self.offset as i64,
            end_lineno: self.end_lineno,
            end_offset: self.end_offset as i64,
        };
        render_syntax_error(file_name, self.kind, &self.message, location)
    }

    /// The error as a diagnostic whose code is the exception class.
    pub fn to_diagnostic(&self) -> Diagnostic {
        Diagnostic::error(self.message.clone(), self.span).with_code(self.kind)
    }
}
