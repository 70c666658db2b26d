fn main() {
    println!("total", 1, 2);
}
