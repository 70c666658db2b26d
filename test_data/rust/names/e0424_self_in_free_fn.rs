fn area() -> i32 {
    self.w
}
fn main() {}
