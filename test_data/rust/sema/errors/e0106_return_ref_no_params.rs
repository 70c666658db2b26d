fn default_name() -> &String {
    let s = String::from("anonymous");
    &s
}

fn main() {
    println!("{}", default_name());
}
