fn parse(s: &str) -> Option<Result<i32, String>> {
    if s.is_empty() {
        None
    } else {
        Some(Ok(s.len() as i32))
    }
}

fn main() {
    match parse("abc") {
        Some(Ok(n)) => println!("number {}", n),
        None => println!("nothing"),
    }
}
