//! Type checker regression program (rustc 1.95 accepts it): type parameters bounded by crate traits with std supertraits: their std methods are not E0599.
use std::fmt::Display;
trait Walker: Iterator<Item = u32> { fn total(&mut self) -> u32 { let mut t = 0; while let Some(x) = self.next() { t += x; } t } }
trait Named: Display { fn label(&self) -> String { format!("<{}>", self) } }
struct C(u32);
impl Iterator for C { type Item = u32; fn next(&mut self) -> Option<u32> { if self.0 > 0 { self.0 -= 1; Some(self.0) } else { None } } }
impl Walker for C {}
fn use_walker<W: Walker>(mut w: W) -> u32 { let first = w.next(); w.total() + first.unwrap_or(0) + w.count() as u32 }
fn twice<T: Named>(x: &T) -> String { x.label() + &x.to_string() }
struct N;
impl Display for N { fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { write!(f, "n") } }
impl Named for N {}
fn main() {
    println!("{}", use_walker(C(4)));
    println!("{}", twice(&N));
}
