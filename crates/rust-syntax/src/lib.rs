//! Rust 2021 lexer (and later parser and AST), in the spirit of rustc_lexer.
