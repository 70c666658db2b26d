#! /* a comment */ [allow(unused)]
fn main() {}
