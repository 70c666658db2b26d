fn c_to_f(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

fn f_to_c(f: f64) -> f64 {
    (f - 32.0) * 5.0 / 9.0
}

fn main() {
    println!("{:>8} {:>8}", "Celsius", "Fahr.");
    let mut c = -40.0;
    while c <= 100.0 {
        println!("{:>8.1} {:>8.1}", c, c_to_f(c));
        c += 20.0;
    }
    println!();
    println!("{:>8} {:>8}", "Fahr.", "Celsius");
    for f in (0..=212).step_by(53) {
        println!("{:>8} {:>8.2}", f, f_to_c(f as f64));
    }
    println!("round trip of 37.0: {}", f_to_c(c_to_f(37.0)));
}
