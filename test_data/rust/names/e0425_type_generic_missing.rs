fn id(x: T) -> T { x }
fn main() {}
