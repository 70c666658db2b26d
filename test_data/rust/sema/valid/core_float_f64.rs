fn circle_area(r: f64) -> f64 {
    std::f64::consts::PI * r * r
}

fn mean(values: &[f64]) -> f64 {
    let mut sum = 0.0;
    for v in values {
        sum += v;
    }
    sum / values.len() as f64
}

fn main() {
    let radius = 2.5;
    println!("area = {}", circle_area(radius));
    println!("area = {:.3}", circle_area(radius));
    let data = [1.5, 2.25, 3.0, 4.75];
    let m = mean(&data);
    println!("mean = {}", m);
    let mut variance = 0.0;
    for x in data {
        variance += (x - m) * (x - m);
    }
    variance /= data.len() as f64;
    println!("std dev = {:.4}", variance.sqrt());
    println!("0.1 + 0.2 = {}", 0.1 + 0.2);
    println!("floor {} ceil {} round {} trunc {}", 2.7f64.floor(), 2.2f64.ceil(), 2.5f64.round(), -2.7f64.trunc());
    println!("powi {} powf {:.5}", 2.0f64.powi(10), 2.0f64.powf(0.5));
    println!("min {} max {}", 3.5f64.min(1.25), 3.5f64.max(1.25));
}
