fn main() {
    let n: u8 = 42;
    let size = match n {
        0 => "zero",
        1..=9 => "small",
        10..=99 => "medium",
    };
    println!("{}", size);
}
