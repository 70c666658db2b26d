enum Shape {
    Circle(f64),
    Square(f64),
    Point,
}

fn main() {
    let s = Shape::Circle(1.0);
    let Shape::Circle(r) = s;
    println!("{}", r);
}
