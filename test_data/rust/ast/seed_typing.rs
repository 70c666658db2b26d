fn main() {
    let x: i32 = 5;
    let y: String = "hello".to_string();
    // Compile-time error:
    let z = x + y; // ERROR: cannot add `String` to `i32`
}
