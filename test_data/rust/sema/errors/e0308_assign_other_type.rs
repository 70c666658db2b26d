fn main() {
    let mut total = 0;
    for i in 0..3 {
        total += i;
    }
    total = "done";
    println!("{}", total);
}
