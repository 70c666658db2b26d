//! Type checker regression program (rustc 1.95 accepts it): methods on trait objects and on impls for unknown types are not taken from an unrelated type's impl.
trait Shape { fn name(&self) -> String; fn area(&self) -> f64; }
struct Circle(f64);
struct Label;
impl Label { fn name(&self) -> i32 { 7 } }
impl Shape for Circle { fn name(&self) -> String { "circle".into() } fn area(&self) -> f64 { 3.0 * self.0 * self.0 } }
trait Draw { fn draw(&self) -> String; }
impl Draw for Box<dyn Shape> { fn draw(&self) -> String { format!("<{}>", self.name()) } }
fn show(s: &dyn Shape) -> String { let n: String = s.name(); n }
fn main() {
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Circle(1.0))];
    for s in shapes.iter() {
        let n: String = s.name();
        println!("{} {} {}", n, s.area(), s.draw());
    }
    println!("{} {}", show(&Circle(2.0)), Label.name());
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("{}", total);
}
