// The seed page's HIR section: a for loop is a loop over Iterator::next.
fn main() {
    {
        let mut iter = IntoIterator::into_iter(0..10);
        loop {
            match Iterator::next(&mut iter) {
                Some(i) => {
                    println!("{}", i);
                }
                None => break,
            }
        }
    }
}
