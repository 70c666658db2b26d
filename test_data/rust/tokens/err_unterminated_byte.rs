fn main() {
    let b = b'ab;
}
