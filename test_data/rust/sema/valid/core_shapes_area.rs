use std::f64::consts::PI;

enum Shape {
    Circle(f64),
    Rectangle(f64, f64),
    Triangle { a: f64, b: f64, c: f64 },
}

impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle(r) => PI * r * r,
            Shape::Rectangle(w, h) => w * h,
            Shape::Triangle { a, b, c } => {
                let s = (a + b + c) / 2.0;
                (s * (s - a) * (s - b) * (s - c)).sqrt()
            }
        }
    }

    fn perimeter(&self) -> f64 {
        match *self {
            Shape::Circle(r) => 2.0 * PI * r,
            Shape::Rectangle(w, h) => 2.0 * (w + h),
            Shape::Triangle { a, b, c } => a + b + c,
        }
    }

    fn name(&self) -> &'static str {
        match self {
            Shape::Circle(_) => "circle",
            Shape::Rectangle(w, h) if w == h => "square",
            Shape::Rectangle(..) => "rectangle",
            Shape::Triangle { .. } => "triangle",
        }
    }
}

fn main() {
    let shapes = vec![
        Shape::Circle(1.0),
        Shape::Rectangle(3.0, 4.0),
        Shape::Rectangle(2.0, 2.0),
        Shape::Triangle { a: 3.0, b: 4.0, c: 5.0 },
    ];
    let mut total = 0.0;
    for s in &shapes {
        println!("{:<10} area {:>8.3} perimeter {:>8.3}", s.name(), s.area(), s.perimeter());
        total += s.area();
    }
    println!("total area {:.3}", total);
}
