fn level(x: u8) -> u8 {
    x / 2
}

fn main() {
    let big: u32 = 300;
    println!("{}", level(big));
}
