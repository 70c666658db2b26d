use std::thread;

fn main() {
    let mut handles = vec![];
    for i in 0..4 {
        handles.push(thread::spawn(move || {
            println!("Thread {} running", i);
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
}
