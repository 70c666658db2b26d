fn parse_age(s: &str) -> Result<u8, String> {
    match s.parse::<u8>() {
        Ok(n) => Ok(n as i32),
        Err(e) => Err(e.to_string()),
    }
}

fn main() {
    println!("{:?}", parse_age("42"));
}
