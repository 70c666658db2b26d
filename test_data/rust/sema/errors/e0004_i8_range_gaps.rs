fn classify(t: i8) -> &'static str {
    match t {
        -100..=-1 => "below",
        0 => "zero",
        1..=100 => "above",
    }
}

fn main() {
    println!("{}", classify(-5));
}
