use std::collections::{HashMap, HashSet};
use std::fmt::{self, Display};
mod shapes {
    pub mod circle { pub fn area(r: f64) -> f64 { r * r * 3.0 } }
    pub fn twice(x: f64) -> f64 { super::helper(x) * 2.0 }
}
fn helper(x: f64) -> f64 { x }
use shapes::circle;
#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir { Up, Down }
use Dir::*;
struct W(i32);
impl Display for W { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{}", self.0) } }
fn main() {
    fn inner() -> i32 { CONST }
    const CONST: i32 = 3;
    let m: HashMap<i32, i32> = HashMap::new();
    let s: HashSet<i32> = HashSet::new();
    let d = Up;
    match d { Up => println!("up"), Down => println!("down") }
    let x = circle::area(1.0) + shapes::twice(2.0) + crate::helper(1.0);
    let t = std::cmp::max(1, 2);
    let o = std::cmp::Ordering::Less;
    match o { std::cmp::Ordering::Less => {}, _ => {} }
    println!("{} {} {} {} {} {}", m.len(), s.len(), x, t, inner(), W(1));
    let v: Vec<i32> = (0..3).map(|i| i * 2).collect();
    let total: i32 = v.iter().sum();
    let r = Some(total).map(|t| t + 1).unwrap_or(0);
    let p = std::f64::consts::PI;
    let q = i32::MAX;
    println!("{r} {p} {q} {:?}", d);
}
