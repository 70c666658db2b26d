struct Rgb(u8, u8, u8);

fn main() {
    let c = Rgb(255, 128);
    println!("{} {} {}", c.0, c.1, c.2);
}
