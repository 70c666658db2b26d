fn main() {
    let a = true;
    let b = false;
    match (a, b) {
        (true, true) => println!("both"),
        (false, false) => println!("neither"),
        (true, false) => println!("only a"),
    }
}
