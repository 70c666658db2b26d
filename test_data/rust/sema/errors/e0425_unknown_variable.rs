fn main() {
    let width = 10;
    let area = width * height;
    println!("{}", area);
}
