fn reset(counter: &Vec<u32>) {
    counter.clear();
}

fn main() {
    let mut c = vec![1, 2];
    reset(&c);
    c.push(3);
    println!("{:?}", c);
}
