fn grade(score: u32) -> char {
    if score >= 90 {
        'A'
    } else if score >= 80 {
        'B'
    } else if score >= 70 {
        'C'
    } else if score >= 60 {
        'D'
    } else {
        'F'
    }
}

fn fizzbuzz(n: u32) -> String {
    if n % 15 == 0 {
        "FizzBuzz".to_string()
    } else if n % 3 == 0 {
        "Fizz".to_string()
    } else if n % 5 == 0 {
        "Buzz".to_string()
    } else {
        n.to_string()
    }
}

fn main() {
    for s in [95, 85, 75, 65, 30] {
        println!("{} -> {}", s, grade(s));
    }
    let mut line = Vec::new();
    for n in 1..=15 {
        line.push(fizzbuzz(n));
    }
    println!("{}", line.join(" "));
    let temperature = -3;
    let state = if temperature < 0 { "ice" } else if temperature < 100 { "water" } else { "steam" };
    println!("at {} degrees: {}", temperature, state);
    let abs = if temperature < 0 { -temperature } else { temperature };
    println!("abs = {}", abs);
}
