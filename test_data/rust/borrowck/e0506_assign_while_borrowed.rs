fn main() {
    let mut level = 1;
    let r = &level;
    level = 2;
    println!("{} {}", r, level);
}
