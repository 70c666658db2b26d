//! Rust 2021 lexer, parser and AST: the Tokens and AST stages of the Rust pipeline.
//!
//! The Rust pipeline starts here. Lexing happens in two layers, as in rustc:
//!
//! 1. [`tokenize`] is the *raw lexer* (modules `cursor` and `lexer`). It splits a `&str` into
//!    [`RawToken`]s, each a [`TokenKind`] and a length in bytes, never fails and never
//!    allocates. Problems are flags on the kinds: `Literal { kind: Str { terminated: false }, .. }`,
//!    `BlockComment { terminated: false, .. }`, `Unknown`. It produces the same tokens as
//!    rustc 1.95's `rustc_lexer` for Rust 2021 (checked by `tests/oracle.rs` against the
//!    published `ra-ap-rustc_lexer` over every `.rs` file of our dependency tree).
//! 2. [`lex`] (module `cook`) is the stage function: it skips a byte order mark, turns a shebang
//!    line into a [`TokenKind::Shebang`] token, gives every token a [`source::Span`] and a
//!    [`source::TokenCategory`], and turns the flags, bad escapes (module `escape`) and bad
//!    number literals into [`source::Diagnostic`]s with rustc's messages and error codes
//!    (`unterminated double quote string`, E0765, …).
//!
//! [`format_tokens`] prints the token stream as `deepdive rust FILE --emit tokens` shows it, one
//! token a line, whitespace left out: the kind name, the text as a Rust debug string, and the
//! 1-based `line:column` with the column counted in characters, e.g. `Ident "fib" 1:4`.
//!
//! Token categories (the colours of the token panel) are documented in module `category`:
//! keywords are every strict and reserved Rust 2021 keyword; `true`/`false` are literals; the
//! operators are `+ - * / % ^ ! & | = < > @ . ? ~ $`; the delimiters `{ } ( ) [ ] ; : , #`.
//! Punctuation stays one character per token, as in `rustc_lexer`: `->` is `Minus` then `Gt`;
//! [`glue`] joins joint punctuation into the operators rustc's parser sees (`RArrow`).
//! Names in type position are found by a heuristic.
//!
//! The AST stage: [`parse_lexed`] (or [`parse`], which lexes first) is a hand-written
//! recursive-descent parser with precedence climbing (module `parser`) that builds the [`ast`]:
//! plain enums and structs, every node with its exact byte span. It follows rustc's grammar and
//! restrictions (no struct literals in conditions, block-like statements, `a as u8 < b`, let
//! chains only from 2024), matches delimiters first as rustc does, recovers from errors with
//! rustc's messages (`expected one of …, found …`, `expected `;`, found keyword `let``), and
//! stops at [`MAX_DEPTH`] levels of nesting with `deepdive: nesting too deep`, so deep input
//! cannot overflow the stack here or in later stages. [`ast::print`] is the text of
//! `--emit ast`; [`ast::tree`] the generic tree the page's AST panel shows.
//! [`parse_macro_args`] re-parses the arguments of `println!`-like macros as expressions.
//! Its oracles: rustc's own parser (`-Zparse-crate-root-only`) for the error messages
//! (`tests/parse_errors.rs`), every file of the dependency tree (`tests/parse_conformance.rs`),
//! and `syn`, whose trees must match ours node for node (`tests/syn_oracle.rs`).

pub mod ast;
mod category;
mod confusables;
mod cook;
mod cursor;
mod escape;
mod format;
mod glue;
mod lexer;
mod parser;

pub use category::is_keyword;
pub use cook::{lex, Lexed, Token};
pub use format::format_tokens;
pub use glue::{glue, GluedToken};
pub use lexer::{
    is_id_continue, is_id_start, is_whitespace, strip_shebang, tokenize, validate_raw_str, Base,
    DocStyle, LiteralKind, RawStrError, RawToken, TokenKind,
};
pub use parser::{
    parse, parse_lexed, parse_macro_args, parse_with_edition, Edition, Parsed, MAX_DEPTH,
};
