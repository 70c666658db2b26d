fn helper() -> u32 { 1 }
mod inner {
    pub fn run() -> u32 { helper() }
}
fn main() {}
