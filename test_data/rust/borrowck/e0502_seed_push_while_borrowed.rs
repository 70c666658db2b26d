// The seed page's borrow-check example: this fails borrow checking.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0]; // immutable borrow
    v.push(4); // mutable borrow ERROR!
    println!("{}", first);
}
