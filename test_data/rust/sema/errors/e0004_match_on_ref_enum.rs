enum Shape {
    Circle(f64),
    Square(f64),
    Triangle(f64, f64),
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.14 * r * r,
        Shape::Square(a) => a * a,
    }
}

fn main() {
    println!("{}", area(&Shape::Square(2.0)));
}
