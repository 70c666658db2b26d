trait Shape {
    fn area(&self) -> f64;
}

struct Square(f64);

struct Circle(f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14 * self.0 * self.0
    }
}

fn print_area<T: Shape>(s: T) {
    println!("{}", s.area());
}

fn main() {
    print_area(Circle(1.0));
    print_area(Square(2.0));
}
