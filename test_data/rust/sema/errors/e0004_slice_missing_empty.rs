fn first_two(v: &[i32]) -> i32 {
    match v {
        [x] => *x,
        [x, y, ..] => x + y,
    }
}

fn main() {
    println!("{}", first_two(&[1, 2, 3]));
}
