use std::thread;

fn sum_range(from: u64, to: u64) -> u64 {
    let mut s = 0;
    for i in from..to {
        s += i;
    }
    s
}

fn main() {
    let chunks = 4;
    let n = 1_000_000u64;
    let mut handles = Vec::new();
    for c in 0..chunks {
        let from = c * n / chunks;
        let to = (c + 1) * n / chunks;
        handles.push(thread::spawn(move || (c, sum_range(from, to))));
    }
    let mut total = 0;
    for h in handles {
        let (c, part) = h.join().unwrap();
        println!("chunk {} -> {}", c, part);
        total += part;
    }
    println!("total = {} (formula: {})", total, n * (n - 1) / 2);
    let name = String::from("worker");
    let h = thread::spawn(move || format!("{} done", name));
    println!("{}", h.join().unwrap());
}
