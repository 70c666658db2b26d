mod geo { pub fn area() -> i32 { 1 } }
fn main() {
    let a = geo::volume();
}
