fn main() {
    let level: Option<u8> = Some(7);
    match level {
        Some(n) if n > 5 => println!("high {}", n),
        Some(n) if n <= 5 => println!("low {}", n),
        None => println!("unknown"),
    }
}
