struct Point { x: i32 }
fn main() {
    let p = Pointt { x: 1 };
}
