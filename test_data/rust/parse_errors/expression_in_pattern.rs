fn main() {
    match x {
        a + 1 => {}
    }
}
