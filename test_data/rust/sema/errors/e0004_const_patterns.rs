const LOW: u8 = 10;
const HIGH: u8 = 200;
const TOP: u8 = HIGH;

fn level(n: u8) -> &'static str {
    match n {
        0..=LOW => "low",
        TOP..=u8::MAX => "high",
    }
}

fn main() {
    println!("{}", level(50));
}
