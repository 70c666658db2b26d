fn main() {
    let s = String::create("text");
    println!("{}", s);
}
