fn main() {
    let x = Some(5);
    if let Some(v) = x {
        println!("{}", v);
    } else {
        println!("none");
    }
}
