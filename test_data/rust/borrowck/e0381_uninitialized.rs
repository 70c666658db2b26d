fn sign(n: i32) -> i32 {
    let result: i32;
    if n > 0 {
        result = 1;
    } else if n < 0 {
        result = -1;
    }
    result
}

fn main() {
    println!("{}", sign(-4));
}
