struct S { n: u32 }
impl S {
    fn b(&self) -> u32 { self.n }
    fn a(&self) -> u32 { b() }
}
fn main() {}
