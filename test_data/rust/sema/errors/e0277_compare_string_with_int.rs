fn main() {
    let answer = String::from("42");
    if answer == 42 {
        println!("correct");
    }
}
