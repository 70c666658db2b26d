#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect(f64, f64),
}

fn main() {
    let shapes = vec![Shape::Circle(1.0), Shape::Rect(2.0)];
    println!("{:?}", shapes);
}
