fn main() {
    let maybe: Option<i32> = Some(3);
    match maybe {
        Some(n) if n > 0 => println!("positive {}", n),
        Some(n) => println!("other {}", n),
    }
}
