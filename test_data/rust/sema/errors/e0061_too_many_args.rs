fn greet(name: &str) -> String {
    format!("hi {}", name)
}

fn main() {
    println!("{}", greet("ann", "bob"));
}
