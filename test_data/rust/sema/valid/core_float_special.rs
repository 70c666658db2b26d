fn main() {
    let zero = 0.0f64;
    let inf = 1.0 / zero;
    let neg_inf = -1.0 / zero;
    let nan = zero / zero;
    println!("inf = {}, -inf = {}, nan = {}", inf, neg_inf, nan);
    println!("nan == nan: {}", nan == nan);
    println!("nan.is_nan(): {}", nan.is_nan());
    println!("inf > f64::MAX: {}", inf > f64::MAX);
    println!("is_finite: {} {}", 1.0f64.is_finite(), inf.is_finite());
    println!("f64::EPSILON = {:e}", f64::EPSILON);
    println!("MIN_POSITIVE = {:e}", f64::MIN_POSITIVE);
    println!("-0.0 == 0.0: {}", -0.0f64 == 0.0);
    println!("1e300 * 1e10 = {}", 1e300f64 * 1e10);
    println!("debug formats: {:?} {:?} {:?}", 1.0f64, 0.1f64, 1e21f64);
    println!("display formats: {} {} {}", 1.0f64, 0.1f64, 1e21f64);
}
