fn main() {
    let values = [3, 1, 2];
    let m = maximum(&values);
    println!("{}", m);
}
