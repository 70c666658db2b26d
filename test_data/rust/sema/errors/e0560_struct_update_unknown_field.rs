#[derive(Clone)]
struct Settings {
    volume: u8,
    muted: bool,
}

fn main() {
    let base = Settings { volume: 50, muted: false };
    let loud = Settings { volume: 100, brightness: 80, ..base.clone() };
    println!("{} {} {}", loud.volume, loud.muted, base.volume);
}
