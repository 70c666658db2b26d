use std::fmt::Display;

trait Area {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Circle {
    r: f64,
}

struct Rect {
    w: f64,
    h: f64,
}

impl Area for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
    fn name(&self) -> String {
        String::from("circle")
    }
}

impl Area for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> String {
        String::from("rect")
    }
}

fn describe<T>(shape: &T) -> String
where
    T: Area,
{
    format!("{} with area {:.2}", shape.name(), shape.area())
}

fn total_area<T: Area>(shapes: &[T]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn show_all<T: Display, U: Display>(a: T, b: U) -> String {
    format!("[{}] [{}]", a, b)
}

fn main() {
    let c = Circle { r: 1.0 };
    let r = Rect { w: 2.0, h: 3.5 };
    println!("{}", describe(&c));
    println!("{}", describe(&r));
    let rects = vec![Rect { w: 1.0, h: 1.0 }, Rect { w: 2.0, h: 2.0 }];
    println!("{:.1}", total_area(&rects));
    println!("{}", show_all(1, "two"));
    println!("{}", show_all(c.area() > r.area(), 'x'));
}
