use std::collections::HashMap;

fn main() {
    let nums = vec![3, 8, 1, 9, 4, 6];
    let evens: Vec<i32> = nums.iter().filter(|n| *n % 2 == 0).cloned().collect();
    println!("{:?}", evens);
    let squares = nums.iter().map(|n| n * n).collect::<Vec<i32>>();
    println!("{:?}", squares);
    let total: i32 = nums.iter().sum();
    let big = nums.iter().filter(|&&n| n > 4).count();
    println!("total {} big {}", total, big);
    let max = nums.iter().copied().max().unwrap();
    let pos = nums.iter().position(|&n| n == max);
    println!("max {} at {:?}", max, pos);
    let labels: Vec<String> = nums
        .iter()
        .enumerate()
        .map(|(i, n)| format!("{}:{}", i, n))
        .collect();
    println!("{}", labels.join(","));
    let text = "the quick brown fox jumps over the lazy dog the end";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w).or_insert(0) += 1;
    }
    let mut pairs: Vec<(&str, usize)> = counts.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{:?}", &pairs[..3]);
    let product = (1..=5).fold(1u64, |acc, x| acc * x);
    println!("5! = {}", product);
    let any_neg = nums.iter().any(|&n| n < 0);
    let all_small = nums.iter().all(|n| *n < 10);
    println!("{} {}", any_neg, all_small);
}
