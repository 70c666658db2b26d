// The seed page's static-typing example, with the offending line made explicit:
// the String is measured and converted before it meets the i32.
fn main() {
    let x: i32 = 5;
    let y: String = "hello".to_string();
    let z = x + y.len() as i32;
    println!("{} + len({:?}) = {}", x, y, z);
}
