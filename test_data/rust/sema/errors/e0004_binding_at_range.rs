fn small(o: Option<u8>) -> u8 {
    match o {
        s @ Some(1..=5) => s.unwrap(),
        None => 0,
    }
}

fn main() {
    println!("{}", small(Some(3)));
}
