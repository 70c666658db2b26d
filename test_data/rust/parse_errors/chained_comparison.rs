fn main() {
    let b = 1 < 2 < 3;
}
