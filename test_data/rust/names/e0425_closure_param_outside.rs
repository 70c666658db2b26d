fn main() {
    let f = |n: i32| n + 1;
    println!("{}", f(1) + n);
}
