struct Index {
    words: Vec<&str>,
}

fn main() {
    let idx = Index { words: vec!["a", "b"] };
    println!("{}", idx.words.len());
}
