fn nth_even(values: &[i32], n: usize) -> i32 {
    let mut evens = Vec::new();
    for &v in values {
        if v % 2 == 0 {
            evens.push(v);
        }
    }
    evens[n]
}

fn main() {
    let data = vec![1, 2, 3, 4, 5, 6];
    for n in 0..5 {
        println!("even #{} = {}", n, nth_even(&data, n));
    }
}
