struct S { n: u32 }
impl S {
    fn b(&self) -> u32 { self.n }
    fn a(&self) -> u32 { b() }
    fn c() -> u32 { n }
    fn d(&self) -> u32 { new() }
    fn new() -> u32 { 0 }
}
fn main() {}
