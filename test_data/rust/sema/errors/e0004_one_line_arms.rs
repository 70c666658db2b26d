fn main() {
    let pair = (1u8, false);
    let n = match pair { (0, _) => 0, (_, true) => 1 };
    println!("{}", n);
}
