fn lookup(keys: &[&str], wanted: &str) -> Option<usize> {
    for (i, k) in keys.iter().enumerate() {
        if *k == wanted {
            return Some(i);
        }
    }
    None
}

fn main() {
    let keys = ["red", "green", "blue"];
    for wanted in ["green", "blue", "purple"] {
        let i = lookup(&keys, wanted).unwrap();
        println!("{} at {}", wanted, i);
    }
}
