fn main() {}
/** never closed
