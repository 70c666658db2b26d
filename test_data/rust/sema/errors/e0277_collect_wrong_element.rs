fn main() {
    let v = vec![1, 2, 3];
    let names: Vec<String> = v.iter().map(|x| x * 2).collect();
    println!("{:?}", names);
}
