fn greeting(name: &str) -> String {
    if name.is_empty() {
        return "nobody";
    }
    format!("hello {}", name)
}

fn main() {
    println!("{}", greeting("ada"));
}
