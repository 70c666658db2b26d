fn main() {
    let counter = 0;
    let next = countr + 1;
    println!("{} {}", counter, next);
}
