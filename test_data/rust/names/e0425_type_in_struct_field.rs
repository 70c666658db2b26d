struct Wrapper {
    items: Vec<Strng>,
}
fn main() {}
