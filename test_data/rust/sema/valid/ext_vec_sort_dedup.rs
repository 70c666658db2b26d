fn main() {
    let mut numbers = vec![5, 3, 8, 1, 9, 3, 5, 5, 2, 8];
    println!("original: {:?}", numbers);
    numbers.sort();
    println!("sorted:   {:?}", numbers);
    numbers.dedup();
    println!("dedup:    {:?}", numbers);
    match numbers.binary_search(&8) {
        Ok(i) => println!("8 found at {}", i),
        Err(i) => println!("8 would go at {}", i),
    }
    match numbers.binary_search(&4) {
        Ok(i) => println!("4 found at {}", i),
        Err(i) => println!("4 would go at {}", i),
    }
    let mut words = vec!["pear", "apple", "fig", "banana", "kiwi"];
    words.sort();
    println!("{:?}", words);
    words.sort_by_key(|w| w.len());
    println!("by length: {:?}", words);
    words.reverse();
    println!("reversed: {:?}", words);
    let mut floats = vec![2.5, -1.0, 3.75, 0.0];
    floats.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", floats);
    numbers.swap(0, 1);
    println!("swapped: {:?}", numbers);
}
