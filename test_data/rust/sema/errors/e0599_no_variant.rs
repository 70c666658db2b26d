#[derive(Debug)]
enum Color {
    Red,
    Green,
    Blue,
}

fn main() {
    let all = [Color::Red, Color::Green, Color::Blue];
    let extra = Color::Purple;
    println!("{:?} {:?}", all, extra);
}
