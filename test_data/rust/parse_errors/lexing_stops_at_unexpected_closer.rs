fn main() {}
}
fn f() { let s = "unterminated; }
