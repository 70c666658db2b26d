fn classify(n: i32) -> &'static str {
    match n {
        x if x < 0 => "negative",
        0 => "zero",
        x if x % 2 == 0 && x > 100 => "big even",
        x if x % 2 == 0 => "small even",
        _ => "odd",
    }
}

fn fare(age: u32, student: bool) -> u32 {
    match (age, student) {
        (a, _) if a < 6 => 0,
        (a, true) if a < 27 => 150,
        (a, _) if a >= 65 => 120,
        _ => 300,
    }
}

fn main() {
    for n in [-7, 0, 4, 250, 13] {
        println!("{} is {}", n, classify(n));
    }
    for (age, student) in [(4, false), (20, true), (20, false), (70, true), (40, false)] {
        println!("age {} student {}: {} cents", age, student, fare(age, student));
    }
    let pair = (3, -3);
    match pair {
        (x, y) if x + y == 0 => println!("{} and {} cancel out", x, y),
        (x, _) if x % 2 == 1 => println!("first is odd"),
        _ => println!("nothing special"),
    }
}
