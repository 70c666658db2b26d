fn main() {
    let nums = vec![1, 2, 3];
    let first: Option<String> = nums.first().map(|n| n * 10);
    println!("{:?}", first);
}
