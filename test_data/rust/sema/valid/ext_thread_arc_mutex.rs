use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let log = Arc::new(Mutex::new(Vec::new()));
    let mut handles = vec![];
    for id in 0..8 {
        let counter = Arc::clone(&counter);
        let log = Arc::clone(&log);
        handles.push(thread::spawn(move || {
            for _ in 0..1000 {
                *counter.lock().unwrap() += 1;
            }
            log.lock().unwrap().push(id);
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("counter = {}", *counter.lock().unwrap());
    let mut ids = log.lock().unwrap().clone();
    ids.sort();
    println!("finished ids (sorted) = {:?}", ids);
    println!("strong count after joins = {}", Arc::strong_count(&counter));
}
