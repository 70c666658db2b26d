fn main() {
    let sizes = [1, 2, "3", 4];
    println!("{:?}", sizes);
}
