fn count(a: [bool; 2]) -> u8 {
    match a {
        [true, true] => 2,
        [false, false] => 0,
        [true, false] => 1,
    }
}

fn main() {
    println!("{}", count([true, false]));
}
