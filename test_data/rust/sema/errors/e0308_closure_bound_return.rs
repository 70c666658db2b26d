fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn main() {
    let r = apply(|x| x > 1, 5);
    println!("{}", r);
}
