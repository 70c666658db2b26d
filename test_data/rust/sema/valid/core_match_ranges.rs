fn kind(c: char) -> &'static str {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        'A'..='Z' => "capital",
        '0'..='9' => "digit",
        _ => "symbol",
    }
}

fn bracket(income: u32) -> u32 {
    match income {
        0..=9_999 => 0,
        10_000..=39_999 => 10,
        40_000..=99_999 => 25,
        100_000.. => 40,
    }
}

fn main() {
    for c in "Hi 2u!".chars() {
        println!("{:?} is a {}", c, kind(c));
    }
    for income in [5_000, 25_000, 60_000, 250_000] {
        println!("income {:>7}: {}%", income, bracket(income));
    }
    let byte: u8 = 200;
    let class = match byte {
        0..=127 => "ascii",
        128..=191 => "continuation",
        192..=255 => "lead",
    };
    println!("{} is a {} byte", byte, class);
}
