trait Shape { fn area(&self) -> f64; }
struct Sq;
struct Canvas { total: f64 }
impl Canvas {
    fn add<T: Shape>(&mut self, s: T) { self.total += s.area(); }
}
fn main() {
    let mut c = Canvas { total: 0.0 };
    c.add(Sq);
    println!("{}", c.total);
}
