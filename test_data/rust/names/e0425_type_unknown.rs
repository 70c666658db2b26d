fn area(p: &Pointt) -> i32 { 0 }
struct Point;
fn main() {}
