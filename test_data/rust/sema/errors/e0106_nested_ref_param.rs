fn first(x: &&str) -> &str {
    x
}

fn main() {
    let s = "hello";
    println!("{}", first(&s));
}
