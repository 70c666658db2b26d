fn describe(words: &[&str]) -> String {
    match words {
        [] => String::from("none"),
        [one] => one.to_string(),
        [a, b] => format!("{} and {}", a, b),
    }
}

fn main() {
    println!("{}", describe(&["x", "y"]));
}
