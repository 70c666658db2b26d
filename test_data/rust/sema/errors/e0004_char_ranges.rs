fn kind(c: char) -> u8 {
    match c {
        'a'..='z' => 1,
        'A'..='Z' => 2,
        '0'..='9' => 3,
    }
}

fn main() {
    println!("{}", kind('q'));
}
