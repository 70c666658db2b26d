fn main() {
    match x {
        1 2
    }
}
