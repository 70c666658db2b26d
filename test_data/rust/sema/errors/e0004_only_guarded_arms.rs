fn main() {
    let on = true;
    match on {
        x if x => println!("on"),
        x if !x => println!("off"),
    }
}
