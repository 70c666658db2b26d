fn middle(x: &str, y: &str, z: &str) -> &str {
    if x < y && y < z {
        y
    } else {
        x
    }
}

fn main() {
    println!("{}", middle("a", "b", "c"));
}
