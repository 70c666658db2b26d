struct Pair<'a> {
    first: &'a str,
    second: &str,
}

fn main() {
    let p = Pair { first: "a", second: "b" };
    println!("{} {}", p.first, p.second);
}
