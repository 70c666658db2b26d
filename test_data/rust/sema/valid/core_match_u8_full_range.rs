fn band(b: u8) -> &'static str {
    match b {
        0 => "zero",
        1..=127 => "low",
        128..=254 => "high",
        255 => "max",
    }
}

fn sign(n: i8) -> i32 {
    match n {
        i8::MIN..=-1 => -1,
        0 => 0,
        1..=i8::MAX => 1,
    }
}

fn main() {
    for b in [0u8, 5, 128, 255] {
        println!("{} {}", b, band(b));
    }
    println!("{} {} {}", sign(-128), sign(0), sign(127));
}
