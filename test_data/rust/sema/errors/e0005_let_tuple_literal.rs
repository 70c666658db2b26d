fn main() {
    let pair = (1u8, 2);
    let (1, second) = pair;
    println!("{}", second);
}
