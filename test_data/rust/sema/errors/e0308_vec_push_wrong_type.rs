fn main() {
    let mut ids: Vec<u64> = Vec::new();
    ids.push(1);
    ids.push("two");
    println!("{:?}", ids);
}
