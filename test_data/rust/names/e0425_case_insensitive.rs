fn main() {
    let value = 3;
    let Value = 4;
    println!("{}", VALUE + Value);
}
