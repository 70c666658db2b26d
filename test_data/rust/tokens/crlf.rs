/// Doc comment with a Windows line ending.
fn main() {
    let s = "a
b";
    let _ = s;
}
