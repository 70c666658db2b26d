fn main() {
    let mut scores = vec![1, 2, 3];
    let a = &mut scores;
    let b = &mut scores;
    a.push(4);
    b.push(5);
    println!("{:?}", scores);
}
