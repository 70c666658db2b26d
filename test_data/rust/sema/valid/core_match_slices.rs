fn sum(v: &[i32]) -> i32 {
    match v {
        [] => 0,
        [x] => *x,
        [x, y] => x + y,
        [x, .., y] => x + y + sum(&v[1..v.len() - 1]),
    }
}

fn ends(v: &[u8]) -> String {
    match v {
        [] => String::from("empty"),
        [only] => format!("one {}", only),
        [first, .., last] => format!("{}..{}", first, last),
    }
}

fn corners(a: [bool; 3]) -> u8 {
    match a {
        [true, _, true] => 2,
        [true, ..] | [.., true] => 1,
        [false, _, false] => 0,
    }
}

fn main() {
    println!("{}", sum(&[1, 2, 3, 4]));
    println!("{}", ends(&[7]));
    println!("{}", ends(&[1, 2, 3]));
    println!("{}", ends(&[]));
    println!("{} {}", corners([true, false, true]), corners([false, false, true]));
}
