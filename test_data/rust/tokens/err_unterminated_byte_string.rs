fn main() {
    let b = b"abc;
}
