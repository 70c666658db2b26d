enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Empty,
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.14 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Empty => 0.0,
    }
}

fn main() {
    let n = 7;
    let kind = match n {
        0 => "zero",
        1..=5 => "small",
        x if x % 2 == 0 => "even",
        _ => "odd",
    };
    println!("{} {}", kind, area(&Shape::Rect { w: 2.0, h: 3.0 }));
}
