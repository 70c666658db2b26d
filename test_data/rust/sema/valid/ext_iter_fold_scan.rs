fn main() {
    let values = [3, 1, 4, 1, 5, 9, 2, 6];
    let sum = values.iter().fold(0, |acc, x| acc + x);
    let max = values.iter().fold(i32::MIN, |acc, &x| acc.max(x));
    println!("sum = {}, max = {}", sum, max);
    let digits = values.iter().fold(String::new(), |mut s, d| {
        s.push_str(&d.to_string());
        s
    });
    println!("digits = {}", digits);
    let running: Vec<i32> = values
        .iter()
        .scan(0, |state, &x| {
            *state += x;
            Some(*state)
        })
        .collect();
    println!("running totals = {:?}", running);
    println!("any > 8: {}, all > 0: {}", values.iter().any(|&x| x > 8), values.iter().all(|&x| x > 0));
    println!("position of 5: {:?}", values.iter().position(|&x| x == 5));
    println!("find even: {:?}", values.iter().find(|&&x| x % 2 == 0));
    let words = ["tiny", "enormous", "mid"];
    println!("longest: {:?}", words.iter().max_by_key(|w| w.len()));
    println!("shortest: {:?}", words.iter().min_by_key(|w| w.len()));
    let reduced = (1..=5).reduce(|a, b| a * b);
    println!("reduce product: {:?}", reduced);
}
