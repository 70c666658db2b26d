fn main() {
    let a = 17;
    let b = 5;
    println!("{} + {} = {}", a, b, a + b);
    println!("{} - {} = {}", a, b, a - b);
    println!("{} * {} = {}", a, b, a * b);
    println!("{} / {} = {}", a, b, a / b);
    println!("{} % {} = {}", a, b, a % b);
    println!("-{} / {} = {}", a, b, -a / b);
    println!("-{} % {} = {}", a, b, -a % b);
    println!("2^10 = {}", 2i32.pow(10));
    println!("precedence: {}", 2 + 3 * 4 - 8 / 2);
    println!("parens: {}", (2 + 3) * (4 - 8) / 2);
    println!("bits: {} {} {} {} {}", 0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, 1 << 5, 256 >> 3);
    println!("not: {} {}", !0u8, !5i32);
    let mut x = 100;
    x += 5;
    x -= 3;
    x *= 2;
    x /= 4;
    x %= 7;
    x <<= 3;
    x |= 1;
    println!("compound result = {}", x);
    let f = 7.0 / 2.0;
    println!("7.0 / 2.0 = {}, 7.5 % 2.0 = {}", f, 7.5 % 2.0);
}
