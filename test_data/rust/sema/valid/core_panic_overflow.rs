fn add_bonus(score: u8, bonus: u8) -> u8 {
    score + bonus
}

fn main() {
    let mut score: u8 = 200;
    for bonus in [20, 30, 40] {
        println!("score {} + bonus {}", score, bonus);
        score = add_bonus(score, bonus);
    }
    println!("unreachable: {}", score);
}
