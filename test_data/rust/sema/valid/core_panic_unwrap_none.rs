fn lookup(keys: &[&str], wanted: &str) -> Option<usize> {
    keys.iter().position(|k| *k == wanted)
}

fn main() {
    let keys = ["red", "green", "blue"];
    for wanted in ["green", "blue", "purple"] {
        let i = lookup(&keys, wanted).unwrap();
        println!("{} at {}", wanted, i);
    }
}
