fn main() {
    let flags = (true, false, true);
    match flags {
        (true, true | false, true) => println!("outer"),
        (false, false, _) | (false, true, false) => println!("left"),
        (true, _, false) => println!("right"),
    }
}
