fn main() {
    let scores = vec![3, 7, 5];
    let best = scores.iter().max();
    let doubled = best.abs() * 2;
    println!("{}", doubled);
}
