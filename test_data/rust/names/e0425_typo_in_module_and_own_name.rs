mod geo {
    pub fn volume() -> u32 { 1 }
}
fn main() {
    let y = geo::volum();
    let z = mian;
}
