#[derive(Clone, Copy)]
enum Suit {
    Clubs,
    Diamonds,
    Hearts,
    Spades,
}

fn color(s: Suit, face_up: bool) -> &'static str {
    match (s, face_up) {
        (Suit::Clubs | Suit::Spades, true) => "black",
        (Suit::Diamonds | Suit::Hearts, true) => "red",
        (_, false) => "hidden",
    }
}

fn pick(v: Option<Result<u8, bool>>) -> u32 {
    match v {
        Some(Ok(0 | 1) | Err(true)) => 1,
        Some(Ok(2..=255)) => 2,
        Some(Err(false)) | None => 3,
    }
}

fn main() {
    println!("{}", color(Suit::Hearts, true));
    println!("{}", color(Suit::Spades, true));
    println!("{}", color(Suit::Clubs, false));
    println!("{} {} {}", pick(Some(Ok(1))), pick(Some(Ok(9))), pick(None));
    println!("{}", pick(Some(Err(true))));
    let d = Suit::Diamonds;
    match d {
        Suit::Clubs => println!("clubs"),
        Suit::Diamonds => println!("diamonds"),
        Suit::Hearts | Suit::Spades => println!("other"),
    }
}
