trait Area { fn area(&self) -> f64; }
struct S;
impl Aera for S { fn area(&self) -> f64 { 0.0 } }
fn main() {}
