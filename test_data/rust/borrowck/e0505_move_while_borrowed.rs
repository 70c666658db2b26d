fn take(s: String) {
    println!("took {}", s);
}

fn main() {
    let name = String::from("ferris");
    let r = &name;
    take(name);
    println!("{}", r);
}
