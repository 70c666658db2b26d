fn main() {
    let mut n = 5;
    while n {
        n -= 1;
    }
    println!("{}", n);
}
