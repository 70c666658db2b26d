fn main() {
    let words = vec!["a", "b", "c"];
    let joined: i32 = words.iter().collect();
    println!("{}", joined);
}
