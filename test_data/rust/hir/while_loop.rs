fn main() {
    let mut n = 0;
    while n < 3 {
        n += 1;
    }
    println!("{}", n);
}
