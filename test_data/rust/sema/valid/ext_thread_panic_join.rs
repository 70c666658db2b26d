use std::thread;

fn risky(n: i32) -> i32 {
    if n == 3 {
        panic!("worker {} gave up", n);
    }
    n * 100
}

fn main() {
    let mut results = Vec::new();
    // One thread at a time, so that the panic message appears at a fixed point.
    for n in 1..=4 {
        let h = thread::spawn(move || risky(n));
        match h.join() {
            Ok(v) => results.push(format!("{} -> {}", n, v)),
            Err(_) => results.push(format!("{} -> panicked", n)),
        }
    }
    for r in &results {
        println!("{}", r);
    }
}
