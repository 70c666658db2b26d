fn square(x: i64) -> i64 {
    x * x
}

fn sum_of_squares(a: i64, b: i64) -> i64 {
    square(a) + square(b)
}

fn sign(x: i32) -> &'static str {
    if x < 0 {
        return "negative";
    }
    if x == 0 {
        return "zero";
    }
    "positive"
}

fn greet(name: &str) {
    println!("Hello, {}!", name);
}

fn factorial(n: u32) -> u64 {
    if n == 0 { 1 } else { n as u64 * factorial(n - 1) }
}

fn main() {
    greet("deepdive");
    println!("square(7) = {}", square(7));
    println!("3^2 + 4^2 = {}", sum_of_squares(3, 4));
    for x in [-5, 0, 12] {
        println!("{} is {}", x, sign(x));
    }
    for n in 0..=10 {
        println!("{}! = {}", n, factorial(n));
    }
}
