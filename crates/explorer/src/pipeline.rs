//! The two pipelines as chains of pure stages, run up to the last stage built so far.
//!
//! Both the CLI and the server call these, so the page and the command line always show the same
//! artifacts. Adding a stage means adding a field here and its view in `views`.

use source::LineIndex;

/// Every stage of the Python pipeline computed from one source.
pub struct PythonArtifacts {
    /// Line starts of the source, for turning spans into lines and columns.
    pub index: LineIndex,
    /// The tokenizer's output, exactly as CPython's `tokenize` would give it.
    pub tokens: python_syntax::Tokenized,
    /// The parser's output: the module, or CPython's `SyntaxError`.
    pub parsed: python_syntax::Parsed,
    /// The compiler's output, when the source parsed: the module's code object, or CPython's
    /// compile-time `SyntaxError`.
    pub compiled: Option<python_compiler::Compiled>,
}

/// Runs the Python pipeline on raw bytes (CPython reads bytes: coding cookies count).
pub fn python(source: &[u8], file_name: &str) -> PythonArtifacts {
    let parsed = python_syntax::parse(source);
    let compiled = parsed
        .module
        .as_ref()
        .map(|module| python_compiler::compile(module, source, file_name));
    PythonArtifacts {
        index: LineIndex::new(source),
        tokens: python_syntax::tokenize(source),
        parsed,
        compiled,
    }
}

/// Every stage of the Rust pipeline computed from one source.
pub struct RustArtifacts {
    /// Line starts of the source, for turning spans into lines and columns.
    pub index: LineIndex,
    /// The lexer's tokens and diagnostics.
    pub lexed: rust_syntax::Lexed,
    /// The parser's AST and diagnostics (the parser recovers, so there is always a tree; with
    /// errors in `parsed.diagnostics`, later stages must not run, as in rustc).
    pub parsed: rust_syntax::Parsed,
    /// The HIR and its diagnostics (name errors, unsupported constructs, type errors), when the source
    /// lexed and parsed without errors (rustc stops after parse errors too).
    pub hir: Option<rust_sema::Lowered>,
    /// The types of the source expressions the type checker knows (for hover in the editor);
    /// empty unless the program's names resolved.
    pub types: Vec<rust_sema::hover::TypeAt>,
}

/// Runs the Rust pipeline on a source text (rustc only reads UTF-8; see `cli` for other bytes).
pub fn rust(source: &str) -> RustArtifacts {
    let lexed = rust_syntax::lex(source);
    let parsed = rust_syntax::parse_lexed(source, &lexed, rust_syntax::Edition::E2021);
    let (hir, types) = match rust_hir(source, &lexed, &parsed) {
        Some((lowered, types)) => (Some(lowered), types),
        None => (None, Vec::new()),
    };
    RustArtifacts {
        index: LineIndex::new(source.as_bytes()),
        lexed,
        parsed,
        hir,
        types,
    }
}

/// The HIR stage: lowering, name resolution and type checking, run only on a source without
/// lexer or parser errors; with the HIR, the expression types the checker found.
fn rust_hir(
    source: &str,
    lexed: &rust_syntax::Lexed,
    parsed: &rust_syntax::Parsed,
) -> Option<(rust_sema::Lowered, Vec<rust_sema::hover::TypeAt>)> {
    if !lexed.diagnostics.is_empty() || !parsed.diagnostics.is_empty() {
        return None;
    }
    let mut lowered = rust_sema::lower(source, &parsed.krate);
    // Type checking (and then the exhaustiveness of matches) runs on a program whose names
    // resolved, as in rustc; its errors are reported with the name errors.
    let mut types = Vec::new();
    if lowered.diagnostics.is_empty() {
        let checked = rust_sema::check(source, &lowered.hir);
        types = rust_sema::hover::expr_types(&lowered.hir, &checked);
        lowered.diagnostics.extend(checked.diagnostics);
    }
    Some((lowered, types))
}
