#[derive(Clone, Copy)]
enum Color { Red, Green, Blue, Rgb(u8, u8, u8), Named { name: &'static str } }
fn main() {
    let c = Color::Red;
    match c {
        Color::Red | Color::Green => {}
        Color::Rgb(0, _, _) => {}
    }
    let _ = (Color::Blue, Color::Named { name: "x" });
}
