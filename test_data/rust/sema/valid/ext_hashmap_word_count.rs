use std::collections::HashMap;

fn main() {
    let text = "one fish two fish red fish blue fish one more fish";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    // HashMap iteration order is random: sort before printing.
    let mut pairs: Vec<(&&str, &usize)> = counts.iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (word, n) in &pairs {
        println!("{:<5} {}", word, n);
    }
    println!("distinct words: {}", counts.len());
    println!("fish: {:?}, cat: {:?}", counts.get("fish"), counts.get("cat"));
    println!("contains 'red': {}", counts.contains_key("red"));
    if let Some(n) = counts.remove("blue") {
        println!("removed blue ({})", n);
    }
    let mut keys: Vec<_> = counts.keys().copied().collect();
    keys.sort();
    println!("{:?}", keys);
    let total: usize = counts.values().sum();
    println!("total after removal: {}", total);
}
