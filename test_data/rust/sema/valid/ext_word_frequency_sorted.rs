fn main() {
    let text = "the cat sat on the mat the cat ran";
    let mut words: Vec<&str> = text.split(' ').collect();
    words.sort();
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for w in words {
        match counts.last_mut() {
            Some((last, n)) if *last == w => *n += 1,
            _ => counts.push((w, 1)),
        }
    }
    for (w, n) in &counts {
        println!("{:<4} {}", w, n);
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("most frequent: {:?}", counts[0]);
}
