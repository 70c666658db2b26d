trait Named {
    fn name(x: &str, y: &str) -> &str;
}
fn main() {}
