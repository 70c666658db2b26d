//! Python 3.11 tokenizer (and later parser and AST), faithful to CPython.
