fn class(c: char) -> u8 {
    match c {
        '\0'..='/' => 0,
        '0'..='9' => 1,
        ':'..='\u{D7FF}' => 2,
        '\u{E000}'..='\u{10FFFF}' => 3,
    }
}

fn both(a: bool, b: bool) -> u8 {
    match (a, b) {
        (true, true) => 3,
        (true, false) => 2,
        (false, true) => 1,
        (false, false) => 0,
    }
}

fn main() {
    println!("{} {} {} {}", class(' '), class('7'), class('x'), class('\u{E000}'));
    println!("{} {}", both(true, false), both(false, false));
    let t = (1u8, &Some(true));
    match t {
        (0, _) => println!("zero"),
        (_, Some(true)) => println!("yes"),
        (_, Some(false)) => println!("no"),
        (1..=u8::MAX, None) => println!("none"),
    }
}
