struct S { n: u32 }
impl S {
    fn c() -> u32 { n }
}
fn main() {}
