enum Shape { Circle(f64) }
use Shape::*;
fn main() {
    let s = Circle(1.0);
    match s { Circel(r) => {} }
}
