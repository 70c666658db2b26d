enum Color { Red }
use Color::Blue;
fn main() {}
