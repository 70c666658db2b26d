//! deepdive's Rust middle end: the HIR stage (lowering with rustc's desugarings, and name
//! resolution) and type checking.
//!
//! [`lower`] takes rust-syntax's AST and produces the [`hir::Hir`]: items, bodies, expressions,
//! patterns and locals in typed vectors indexed by `u32` ids, every node with its source span
//! and an [`hir::Origin`] saying whether a desugaring introduced it. Lowering does what
//! rustc's `rustc_resolve` and `rustc_ast_lowering` do for the subset of DESIGN §4:
//!
//! - `for`, `while`, `while let`, `?` and ranges are desugared as rustc 1.95 does (`for` into
//!   `match into_iter(e) { mut iter => loop { match next(&mut iter) { … } } }`, `?` into a
//!   `match` on `branch(e)`); `if let` stays a `let` condition; `a += b` stays an assign-op;
//!   method calls stay method calls (the type checker resolves them);
//! - `#[derive(Debug, Clone, Copy, PartialEq)]` becomes the impls rustc generates, as HIR
//!   items of their own (module `derive`, `Item::derived`);
//! - `println!`, `print!`, `eprintln!`, `eprint!`, `format!`, `panic!`, `assert!`,
//!   `assert_eq!`, `assert_ne!`, `vec!`, `write!`, `writeln!`, `matches!`, `unreachable!`, `todo!` and
//!   `unimplemented!` are expanded (module `expand`), with the format string parsed (module
//!   [`mod@format`]) and its errors reported as rustc reports them;
//! - every path is resolved ([`hir::Res`]): locals with shadowing and scopes, items of the
//!   crate, nested modules and blocks, `use` declarations, enum variants, the 2021 prelude and
//!   the table of supported std paths (module [`std_paths`]); a path whose tail is looked up on
//!   a type (`Point::new`, `Vec::new`) resolves to [`hir::Res::TypeRelative`], left to the type
//!   checker. Name errors carry rustc's codes and messages (E0425, E0412, E0433, E0432,
//!   E0423, E0422, E0531, E0405, E0426), and so do the lifetimes that elision cannot supply
//!   (E0106, module `elision`).
//!
//! Anything outside the subset is reported as `deepdive does not support X yet`, with its span.
//! [`print::print`] renders the HIR as `rustc -Zunpretty=hir` does (see its module docs for the
//! differences), with a [`print::Mark`] per node linking the text to the source;
//! [`verify::verify`] checks the HIR's invariants.
//!
//! [`typeck::check`] type-checks the bodies: the types are in [`ty`] (with the unification
//! table and rustc's literal defaulting); generics, crate traits, closures and method calls are
//! typed, with the signatures of `Option`'s and `Result`'s methods taken from [`prelude`]
//! (library code written in the subset and compiled by this crate) and those of the common std
//! methods from Rust declarations beside it. Type errors carry rustc's codes (E0308, E0061,
//! E0063, E0560, E0599, E0369, E0277). Whatever it cannot type is [`ty::Ty::Error`], which
//! never produces an error, so that valid programs type-check cleanly.
//! [`exhaustive::check`] then checks that every `match` covers all values of its scrutinee's
//! type and that every `let` pattern is irrefutable (E0004, E0005), with Maranget's usefulness
//! algorithm as rustc's `rustc_pattern_analysis` runs it; [`check`] runs both.

mod derive;
mod elision;
pub mod exhaustive;
mod expand;
pub mod format;
pub mod hir;
pub mod hover;
mod lower;
mod lower_body;
pub mod prelude;
pub mod print;
mod scope;
pub mod std_paths;
pub mod ty;
pub mod typeck;
pub mod verify;

pub use lower::{lower, Lowered};

/// The checks after name resolution, in rustc's order: type checking ([`typeck::check`]),
/// then, when it found no error, the exhaustiveness of `match` ([`exhaustive::check`]). Its
/// diagnostics are the type checker's followed by the exhaustiveness errors.
pub fn check(src: &str, hir: &hir::Hir) -> typeck::Typeck {
    let mut checked = typeck::check(src, hir);
    if checked.diagnostics.is_empty() {
        let errors = exhaustive::check(src, hir, &checked);
        checked.diagnostics.extend(errors);
    }
    checked
}
