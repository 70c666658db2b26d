mod geo {
    pub fn volume() -> u32 { 1 }
    pub struct Cube;
}
fn main() {
    let v = volume();
    let c: Cube = geo::Cube;
}
