crate fn main() {}
