fn main() {
    let x: i32 = -4;
    match x {
        n if n < 0 => println!("negative"),
        0 => println!("zero"),
        n if n > 0 => println!("positive"),
    }
}
