#[derive(Debug, Clone, Copy, PartialEq)]
enum Hand {
    Rock,
    Paper,
    Scissors,
}

fn winner(a: Hand, b: Hand) -> &'static str {
    match (a, b) {
        (x, y) if x == y => "draw",
        (Hand::Rock, Hand::Scissors) | (Hand::Paper, Hand::Rock) | (Hand::Scissors, Hand::Paper) => "first",
        _ => "second",
    }
}

fn main() {
    let hands = [Hand::Rock, Hand::Paper, Hand::Scissors];
    for a in hands {
        for b in hands {
            println!("{:?} vs {:?}: {}", a, b, winner(a, b));
        }
    }
    for n in 1..=6 {
        let s = match (n % 2, n % 3) {
            (0, 0) => "divisible by 6",
            (0, _) => "even",
            (_, 0) => "multiple of 3",
            _ => "neither",
        };
        println!("{}: {}", n, s);
    }
}
