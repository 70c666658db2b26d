fn make() -> Self {
    0
}
fn main() {}
