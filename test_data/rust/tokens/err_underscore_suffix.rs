fn main() {
    let a = "a"_;
    let b = 'b'_;
}
