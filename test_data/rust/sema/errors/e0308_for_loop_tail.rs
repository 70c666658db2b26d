fn total(values: &[u32]) -> u32 {
    let mut sum = 0;
    for v in values {
        sum += v;
    }
}

fn main() {
    println!("{}", total(&[1, 2, 3]));
}
