#![allow(unused)]
// `#!` followed by `[` is an inner attribute, not a shebang.
fn main() {}
