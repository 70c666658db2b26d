const LIMIT: u32 = 10;
fn main() {
    let x = LIMT + 1;
    println!("{}", x);
}
