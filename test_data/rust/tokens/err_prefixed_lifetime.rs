macro_rules! eat { ($($t:tt)*) => {} }
fn main() {
    eat!('a#);
}
