use std::collections::HashMapp;

fn main() {
    let mut m = HashMapp::new();
    m.insert(1, "one");
    println!("{:?}", m.get(&1));
}
