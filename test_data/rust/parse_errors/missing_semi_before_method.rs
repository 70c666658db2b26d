fn main() {
    let s = String::from("x")
    s.push_str("y");
}
