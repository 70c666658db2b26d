#[derive(PartialEq)]
struct Score {
    points: u32,
}

fn main() {
    let a = Score { points: 10 };
    let b = Score { points: 20 };
    let better = if a < b { b.points } else { a.points };
    println!("{}", better);
}
