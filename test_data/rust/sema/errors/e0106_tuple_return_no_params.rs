fn pair() -> (&str, &str) {
    ("left", "right")
}

fn main() {
    let (a, b) = pair();
    println!("{} {}", a, b);
}
