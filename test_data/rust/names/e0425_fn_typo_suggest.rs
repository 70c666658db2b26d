fn compute_total(x: i32) -> i32 { x }
fn main() {
    let t = compute_totl(3);
}
