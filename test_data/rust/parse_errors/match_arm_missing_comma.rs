fn main() {
    match x {
        1 => "a"
        2 => "b"
    }
}
