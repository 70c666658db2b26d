fn consume(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let data = vec![1, 2, 3];
    let n = consume(data);
    println!("{} {:?}", n, data);
}
