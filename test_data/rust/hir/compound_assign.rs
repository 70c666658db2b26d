fn main() {
    let mut x = 10;
    x += 1;
    x -= 2;
    x *= 3;
    x /= 4;
    x %= 5;
    x <<= 1;
    println!("{}", x);
}
