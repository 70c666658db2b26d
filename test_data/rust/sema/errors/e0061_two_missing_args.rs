fn area(w: f64, h: f64, scale: f64) -> f64 {
    w * h * scale
}

fn main() {
    println!("{}", area(2.0));
}
