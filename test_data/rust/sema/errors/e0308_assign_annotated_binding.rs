fn main() {
    let mut count: u64 = 0;
    count = "many";
    println!("{}", count);
}
