enum Shape {
    Circle(f64),
    Square(f64),
}

fn main() {
    let a = Shape::Circle(1.0);
    let b = Shape::Square(2.0);
    if a != b {
        println!("different");
    }
}
