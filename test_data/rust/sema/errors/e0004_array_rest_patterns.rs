fn check(a: [bool; 4]) -> u8 {
    match a {
        [true, ..] => 1,
        [false, .., false] => 2,
    }
}

fn main() {
    println!("{}", check([false, true, true, false]));
}
