fn pick<'a>(x: &'a str, y: &'a str) -> &str {
    if x < y {
        x
    } else {
        y
    }
}

fn main() {
    println!("{}", pick("a", "b"));
}
