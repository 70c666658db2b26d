struct Counter { n: u32 }
impl Counter {
    fn new() -> Counter { Counter { n: 0 } }
    fn get() -> u32 {
        self.n
    }
}
fn main() { let _ = Counter::new(); }
