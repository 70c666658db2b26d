fn main() {}
42
