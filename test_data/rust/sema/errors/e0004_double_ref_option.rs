fn show(v: &&Option<bool>) -> u8 {
    match v {
        Some(true) => 1,
        None => 3,
    }
}

fn main() {
    println!("{}", show(&&Some(true)));
}
