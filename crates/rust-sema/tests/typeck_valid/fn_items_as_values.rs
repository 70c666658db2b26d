//! Type checker regression program (rustc 1.95 accepts it): fn items coerced to fn pointers.
fn add(a: i32, b: i32) -> i32 { a + b }
fn sub(a: i32, b: i32) -> i32 { a - b }
fn main() {
    let c = "ab".len() > 5;
    let f = if c { add } else { sub };
    let ops = [add, sub];
    let g = match c { true => add, false => sub };
    println!("{} {} {}", f(1, 2), ops[1](3, 1), g(2, 2));
}
