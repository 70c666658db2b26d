fn main() {
    let input: Option<i32> = "42".parse().ok();
    let Some(n) = input;
    println!("{}", n);
}
