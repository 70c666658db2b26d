mod shapes {
    pub fn area() -> u32 { 1 }
}
fn main() {
    let a = shape::area();
    println!("{}", a);
}
