fn main() {
    let r#self = 1;
    let r#_ = 2;
}
fn f<'r#self>() {}
