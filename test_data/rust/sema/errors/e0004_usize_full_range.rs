fn bucket(n: usize) -> u32 {
    match n {
        0 => 0,
        1..=9 => 1,
        10..=usize::MAX => 2,
    }
}

fn main() {
    println!("{}", bucket(42));
}
