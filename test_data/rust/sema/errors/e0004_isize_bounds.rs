fn sign(n: isize) -> i8 {
    match n {
        isize::MIN..=-1 => -1,
        0 => 0,
        1..=isize::MAX => 1,
    }
}

fn main() {
    println!("{}", sign(-7));
}
