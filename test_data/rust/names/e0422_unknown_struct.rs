fn main() {
    let p = Pointt { x: 1 };
}
