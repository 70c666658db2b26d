fn big(n: u128) -> u8 {
    match n {
        0 => 0,
        1..=1000 => 1,
    }
}

fn main() {
    println!("{}", big(5));
}
