enum Shape { Circle(f64) }
fn main() {
    let s = Shap::Circle(1.0);
}
