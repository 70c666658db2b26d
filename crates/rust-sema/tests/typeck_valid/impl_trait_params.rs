//! Type checker regression program (rustc 1.95 accepts it): `impl Trait` parameters (closures get their `Fn` bound's signature) in fns and trait methods.
fn apply(f: impl Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}
fn each(items: &[String], mut visit: impl FnMut(&str, usize)) {
    for (i, s) in items.iter().enumerate() {
        visit(s.as_str(), i);
    }
}
trait Shape { fn area(&self) -> f64; fn scaled(&self, k: impl Into<f64>) -> f64 { self.area() * k.into() } }
struct Sq(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } }
fn main() {
    println!("{}", apply(|x| x * 3, 2));
    let mut total = 0;
    each(&["ab".to_string(), "c".to_string()], |s, i| total += s.len() + i);
    println!("{} {}", total, Sq(2.0).scaled(2));
    let v: Vec<String> = vec![1, 2].iter().map(|n: &i32| n.to_string()).collect();
    println!("{:?}", v);
}
