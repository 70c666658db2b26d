fn main() {
    let first_name = "a";
    println!("{}", name_first);
}
