struct S;
impl Dispaly for S {}
fn main() {}
