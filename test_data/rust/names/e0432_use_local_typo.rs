mod geo {
    pub fn volume() -> u32 { 1 }
}
use geo::volum;
fn main() {}
