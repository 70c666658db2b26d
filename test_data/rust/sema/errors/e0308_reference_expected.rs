fn total(values: &Vec<i32>) -> i32 {
    let mut t = 0;
    for v in values {
        t += v;
    }
    t
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{}", total(v));
}
