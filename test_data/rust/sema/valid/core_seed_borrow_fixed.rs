// The seed page's borrow-check example, reordered so that it compiles:
// the shared borrow ends before the mutable one starts.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0]; // immutable borrow
    println!("{}", first); // last use of `first`
    v.push(4); // mutable borrow, fine now
    println!("{:?}", v);
}
