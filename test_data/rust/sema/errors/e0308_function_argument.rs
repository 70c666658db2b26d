fn square(x: i32) -> i32 {
    x * x
}

fn main() {
    let input = "12";
    println!("{}", square(input));
}
