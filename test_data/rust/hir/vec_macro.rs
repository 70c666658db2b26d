fn main() {
    let a = vec![1, 2, 3];
    let b = vec![0; 4];
    let c: Vec<i32> = vec![];
    println!("{} {} {}", a.len(), b.len(), c.len());
}
