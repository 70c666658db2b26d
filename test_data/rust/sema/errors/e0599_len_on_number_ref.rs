fn main() {
    let v = vec![3, 1, 2];
    let total: i32 = v.iter().map(|x| x.len()).sum();
    println!("{}", total);
}
