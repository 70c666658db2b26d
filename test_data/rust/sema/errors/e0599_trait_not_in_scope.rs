fn main() {
    let mut out = String::new();
    out.write_str("hello").unwrap();
    println!("{}", out);
}
