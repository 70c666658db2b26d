// The seed page's ownership example with the commented-out line put back.
fn main() {
    let s1 = String::from("hello");
    let s2 = s1; // s1 is MOVED to s2
    println!("{}", s1); // ERROR: s1 no longer valid
    println!("{}", s2);
}
