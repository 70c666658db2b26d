fn main() {
    let n: i32 = 12345;
    println!("{}", n.len());
}
