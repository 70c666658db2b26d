fn main() {
    let small: u32 = 40;
    let big: i64 = small;
    println!("{}", big);
}
