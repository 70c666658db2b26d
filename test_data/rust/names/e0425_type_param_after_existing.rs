struct Pair<A> { a: A, b: B }
fn main() {}
