use std::fmt;

#[derive(Debug, Clone, Copy)]
enum Suit {
    Hearts,
    Spades,
}

#[derive(Debug, Clone, Copy)]
struct Card {
    rank: u8,
    suit: Suit,
}

impl fmt::Display for Suit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Suit::Hearts => "♥",
            Suit::Spades => "♠",
        };
        write!(f, "{}", s)
    }
}

impl fmt::Display for Card {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rank = match self.rank {
            1 => "A".to_string(),
            11 => "J".to_string(),
            12 => "Q".to_string(),
            13 => "K".to_string(),
            n => n.to_string(),
        };
        write!(f, "{}{}", rank, self.suit)
    }
}

fn main() {
    let hand = [
        Card { rank: 1, suit: Suit::Spades },
        Card { rank: 10, suit: Suit::Hearts },
        Card { rank: 12, suit: Suit::Hearts },
    ];
    for c in hand {
        println!("{} (debug: {:?})", c, c);
    }
    let mut shown: Vec<String> = Vec::new();
    for c in &hand {
        shown.push(c.to_string());
    }
    println!("hand: {}", shown.join(" "));
}
