let x: i32 = 5;
fn main() {}
