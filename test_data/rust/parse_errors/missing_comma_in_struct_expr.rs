fn main() {
    let p = P { x: 1 y: 2 };
}
