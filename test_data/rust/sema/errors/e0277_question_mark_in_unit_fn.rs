fn main() {
    let text = "42";
    let n: i32 = text.parse()?;
    println!("{}", n);
}
