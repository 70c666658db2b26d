fn main() {
    let a = 1.0;
    let b = 1.;
    let c = 1e10;
    let d = 2.5E-3;
    let e = 6.02e+23f64;
    let f = 1f32;
    let g = 0.1_f32;
    let h = 1_000.000_1;
    let i = 3e-7_f64;
    let _ = (a, b, c, d, e, f, g, h, i);
}
