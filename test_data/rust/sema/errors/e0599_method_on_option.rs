fn main() {
    let names = vec![String::from("ann"), String::from("bob")];
    let first = names.first();
    println!("{}", first.to_uppercase());
}
