use std::num::ParseIntError;

fn parse_pair(text: &str) -> Result<(i32, i32), ParseIntError> {
    let mut parts = text.split(',');
    let a = parts.next().unwrap_or("").trim().parse::<i32>()?;
    let b = parts.next().unwrap_or("").trim().parse::<i32>()?;
    Ok((a, b))
}

fn sum_pair(text: &str) -> Result<i32, ParseIntError> {
    let (a, b) = parse_pair(text)?;
    Ok(a + b)
}

fn main() {
    for input in ["3, 4", "10,-2", "7, x", "", "5"] {
        match sum_pair(input) {
            Ok(s) => println!("{:?} -> {}", input, s),
            Err(e) => println!("{:?} -> error: {}", input, e),
        }
    }
}
