fn main() {
    let b: u8 = 200;
    match b {
        0..=4 => println!("low"),
        6..=255 => println!("high"),
    }
}
