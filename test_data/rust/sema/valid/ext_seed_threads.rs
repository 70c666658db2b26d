// The seed page's thread example. There each thread prints, so the order of the lines
// depends on the scheduler; here each thread returns its line and main prints them in
// join order, so the output is deterministic.
use std::thread;

fn main() {
    let mut handles = vec![];
    for i in 0..4 {
        handles.push(thread::spawn(move || {
            format!("Thread {} running", i)
        }));
    }
    for h in handles {
        let line = h.join().unwrap();
        println!("{}", line);
    }
}
