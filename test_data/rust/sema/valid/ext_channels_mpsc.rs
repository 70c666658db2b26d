use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let mut handles = Vec::new();
    for worker in 0..3 {
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            for job in 0..3 {
                tx.send((worker, job, worker * 10 + job)).unwrap();
            }
        }));
    }
    drop(tx);
    for h in handles {
        h.join().unwrap();
    }
    // Messages arrive in scheduler order; sort them so the output is deterministic.
    let mut received: Vec<(i32, i32, i32)> = rx.iter().collect();
    received.sort();
    for (w, j, v) in &received {
        println!("worker {} job {} -> {}", w, j, v);
    }
    println!("{} messages", received.len());
}
