#[derive(Debug, Clone)]
struct Inventory {
    owner: String,
    items: Vec<String>,
}

fn main() {
    let original = Inventory { owner: String::from("kim"), items: vec![String::from("rope"), String::from("lamp")] };
    let mut copy = original.clone();
    copy.owner.push_str(" (copy)");
    copy.items.push(String::from("map"));
    println!("original: {:?}", original);
    println!("copy:     {:?}", copy);
    println!("{} has {} items, {} has {}", original.owner, original.items.len(), copy.owner, copy.items.len());
    let pairs = vec![(1, 'a'), (2, 'b')];
    let mut pairs2 = pairs.clone();
    pairs2[0].1 = 'z';
    println!("{:?} vs {:?}", pairs, pairs2);
}
