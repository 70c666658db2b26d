trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Circle {
    r: f64,
}

struct Square {
    side: f64,
}

struct Triangle {
    base: f64,
    height: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
    fn name(&self) -> String {
        format!("circle(r={})", self.r)
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
    fn name(&self) -> String {
        format!("square(side={})", self.side)
    }
}

impl Shape for Triangle {
    fn area(&self) -> f64 {
        0.5 * self.base * self.height
    }
    fn name(&self) -> String {
        String::from("triangle")
    }
}

fn biggest(shapes: &[Box<dyn Shape>]) -> &dyn Shape {
    let mut best = &shapes[0];
    for s in shapes {
        if s.area() > best.area() {
            best = s;
        }
    }
    best.as_ref()
}

fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Circle { r: 1.5 }),
        Box::new(Square { side: 2.5 }),
        Box::new(Triangle { base: 4.0, height: 3.5 }),
    ];
    for s in &shapes {
        println!("{:<18} {:>7.3}", s.name(), s.area());
    }
    println!("biggest: {}", biggest(&shapes).name());
    let borrowed: &dyn Shape = &Square { side: 1.0 };
    println!("via &dyn: {}", borrowed.area());
}
