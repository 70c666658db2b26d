fn main() {
    let v = vecc![1, 2];
}
