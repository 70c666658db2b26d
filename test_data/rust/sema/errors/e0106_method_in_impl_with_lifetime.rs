struct W<'a>(&'a str);
impl<'a> W<'a> {
    fn get(x: &str, y: &str) -> &str { x }
}
fn main() {}
