fn main() {
    let a = (1, 2);
    let b = (3, 4);
    let c = a * b;
    println!("{:?}", c);
}
