fn main() {
    let x: i32 = 5;
    let y: String = "hello".to_string();
    // Compile-time error:
    let z = x + y;
    println!("{}", z);
}
