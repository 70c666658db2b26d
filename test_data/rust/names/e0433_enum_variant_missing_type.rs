fn main() {
    let s = Shape::Circle(1.0);
}
