//! Python 3.11 tokenizer (and later parser and AST), faithful to CPython.
//!
//! [`tokenize`] turns source bytes into the tokens `python3 -m tokenize` reports, and
//! [`tokenize_report`] prints them the way that command does.

pub mod tokenizer;

pub use tokenizer::{
    python_repr, python_repr_prefix, tokenize, tokenize_report, Report, Token, TokenKind,
    TokenizeError, TokenizeErrorKind, Tokenized,
};

pub mod ast;
pub mod parser;

pub use parser::{parse, Parsed, SyntaxError};
