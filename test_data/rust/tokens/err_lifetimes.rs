fn f<'1a>() {}
fn main() {}
