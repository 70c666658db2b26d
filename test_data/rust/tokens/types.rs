use std::collections::HashMap;

struct Point<T> {
    x: T,
    y: Option<Box<T>>,
}

enum Shape {
    Circle { radius: f64 },
    Square(f64),
}

fn area(s: &Shape, cache: &mut HashMap<String, Vec<(u8, f64)>>) -> Result<f64, String> {
    let p = Point { x: 1, y: None };
    let r: f64 = match s {
        Shape::Circle { radius } => *radius,
        Shape::Square(side) => *side,
    };
    let _ = (p.x, p.y, cache.len());
    Ok(r * r as f64)
}

fn main() {
    let _ = area(&Shape::Circle { radius: 1.0 }, &mut HashMap::new());
}
