fn second((1, x): (u8, u8)) -> u8 {
    x
}

fn main() {
    println!("{}", second((1, 2)));
}
