mod geo {
    pub fn area() -> u32 { 1 }
}
fn aera() -> u32 { 2 }
fn main() {
    let a = area();
}
