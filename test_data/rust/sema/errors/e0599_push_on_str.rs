fn main() {
    let mut greeting = "hello";
    greeting.push('!');
    println!("{}", greeting);
}
