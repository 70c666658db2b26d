fn classify(c: char) -> &'static str {
    if c.is_ascii_digit() {
        "digit"
    } else if c.is_alphabetic() {
        if c.is_uppercase() { "upper" } else { "lower" }
    } else if c.is_whitespace() {
        "space"
    } else {
        "other"
    }
}

fn main() {
    for c in ['a', 'Z', '7', ' ', '!', 'é', 'λ'] {
        println!("{:?} -> {} (U+{:04X}, {} bytes in UTF-8)", c, classify(c), c as u32, c.len_utf8());
    }
    println!("to_digit: {:?} {:?}", '7'.to_digit(10), 'f'.to_digit(16));
    println!("from_digit: {:?}", std::char::from_digit(9, 10));
    println!("from_u32: {:?} {:?}", char::from_u32(0x41), char::from_u32(0xD800));
    println!("upper: {}", 'q'.to_ascii_uppercase());
    let next = (b'a' + 1) as char;
    println!("after 'a' comes {}", next);
    println!("size_of::<char>() = {}", std::mem::size_of::<char>());
}
