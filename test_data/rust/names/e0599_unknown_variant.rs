enum Shape { Circle }
fn main() {
    let s = Shape::Squre;
}
