use std::collections::HashMap;

fn memo_fib(n: u64, cache: &mut HashMap<u64, u64>) -> u64 {
    if n <= 1 {
        return n;
    }
    if let Some(&v) = cache.get(&n) {
        return v;
    }
    let v = memo_fib(n - 1, cache) + memo_fib(n - 2, cache);
    cache.insert(n, v);
    v
}

fn main() {
    let mut cache = HashMap::new();
    println!("fib(80) = {}", memo_fib(80, &mut cache));
    println!("cache size = {}", cache.len());
    let mut people = vec![("eve", 31), ("dan", 25), ("bea", 31), ("cal", 19)];
    people.sort_by_key(|&(_, age)| age);
    println!("{:?}", people);
    people.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    println!("{:?}", people);
    let threshold = 24;
    let adults: Vec<&str> = people.iter().filter(|p| p.1 > threshold).map(|p| p.0).collect();
    println!("older than {}: {:?}", threshold, adults);
}
