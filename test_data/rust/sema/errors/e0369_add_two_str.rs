fn main() {
    let first = "deep";
    let second = "dive";
    let name = first + second;
    println!("{}", name);
}
