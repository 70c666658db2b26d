fn add_item(list: &mut Vec<String>, item: &str) {
    list.push(item.to_string());
}

fn main() {
    let list = Vec::new();
    add_item(&mut list, "milk");
    println!("{:?}", list);
}
