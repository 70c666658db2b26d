fn main() {
    let name = 1;
    println!("{nme}");
}
