//! Type checker regression program (rustc 1.95 accepts it): an operator implemented for a std type with a crate type on the right.
use std::ops::Mul;
use std::fmt::Debug;
#[derive(Debug, Clone, Copy)]
struct V(f64, f64);
impl Mul<V> for f64 { type Output = V; fn mul(self, v: V) -> V { V(self * v.0, self * v.1) } }
#[derive(Debug)]
struct I(V);
impl std::fmt::Display for I { fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { self.0.fmt(f) } }
fn main() {
    let v = 2.0 * V(1.0, 2.0);
    println!("{:?} {}", v, I(v));
}
