fn main() {
    if x == S { a: 1 } {}
}
