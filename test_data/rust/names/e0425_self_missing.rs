struct C { n: i32 }
impl C { fn get(&self) -> i32 { n } }
fn main() {}
