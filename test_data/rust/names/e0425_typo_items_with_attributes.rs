#[derive(Debug)]
pub struct Point(i32);
/// docs
fn compute() -> i32 { 1 }
fn main() {
    let p = Poin(1);
    let c = compte();
}
