fn main() {
    let scores = vec![10, 20, 30];
    let first: i32 = scores.first();
    println!("{}", first);
}
