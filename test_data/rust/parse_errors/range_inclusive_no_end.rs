fn main() {
    let b = 1..=;
}
