//! Type checker regression program (rustc 1.95 accepts it): impls through a type alias and in a module.
use std::fmt;
struct P { x: i32 }
type Q = P;
impl fmt::Display for Q { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{}", self.x) } }
impl Q { fn get(&self) -> i32 { self.x } }
mod m { pub struct R; impl std::fmt::Debug for R { fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { write!(f, "R") } } }
fn main() {
    let p = P { x: 1 };
    println!("{} {} {:?}", p, p.get(), m::R);
    let a: [i32; 3] = [1, 2, 3];
    let i: i32 = 1;
    println!("{}", a[i as usize]);
    let r = &&p;
    println!("{}", r.x);
}
