fn main() {
    let m = HashMap::new();
}
