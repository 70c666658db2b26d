fn remaining(capacity: usize, used: usize) -> usize {
    capacity - used
}

fn main() {
    let capacity = 10;
    let mut used = 0;
    for request in [4, 5, 3] {
        used += request;
        println!("used {} of {}, remaining {}", used, capacity, remaining(capacity, used));
    }
}
