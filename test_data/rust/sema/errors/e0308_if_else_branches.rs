fn main() {
    let n = 7;
    let label = if n % 2 == 0 { 0 } else { "odd" };
    println!("{}", label);
}
