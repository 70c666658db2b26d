use std::fmt::Display;

fn show<T: Display>(item: T) -> String {
    format!("<{}>", item)
}

struct Secret;

fn main() {
    println!("{}", show(5));
    println!("{}", show(Secret));
}
