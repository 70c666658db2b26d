//! Type checker regression program (rustc 1.95 accepts it): `Box::new` and `Rc::new` of different types where an annotation or a signature makes them trait objects.
use std::collections::HashMap;
use std::rc::Rc;
trait Shape { fn area(&self) -> f64; }
struct A;
struct B(f64);
impl Shape for A { fn area(&self) -> f64 { 1.0 } }
impl Shape for B { fn area(&self) -> f64 { self.0 } }
struct Scene { main: Box<dyn Shape>, extra: Vec<Box<dyn Shape>> }
fn pick(k: u8) -> Box<dyn Shape> { if k == 0 { Box::new(A) } else { Box::new(B(2.0)) } }
fn total(items: &[Box<dyn Shape>]) -> f64 { items.iter().map(|s| s.area()).sum() }
fn main() {
    let v: Vec<Box<dyn Shape>> = vec![Box::new(A), Box::new(B(3.0))];
    let mut m: HashMap<&str, Box<dyn Shape>> = HashMap::new();
    m.insert("a", Box::new(A));
    m.insert("b", Box::new(B(1.5)));
    let s = Scene { main: Box::new(B(4.0)), extra: vec![pick(0), pick(1)] };
    let chosen = match s.extra.len() { 0 => Box::new(A) as Box<dyn Shape>, _ => Box::new(B(9.0)) };
    let f: Box<dyn Fn(i32) -> i32> = if v.len() > 1 { Box::new(|x| x + 1) } else { Box::new(|x| x * 2) };
    let shared: Vec<Rc<dyn Shape>> = vec![Rc::new(A), Rc::new(B(0.5))];
    let boxed_num = Box::new(5);
    let doubled: i32 = *boxed_num * 2;
    println!("{} {} {} {} {} {}", total(&v), m.len(), s.main.area(), chosen.area(), f(1), shared.len());
    println!("{} {}", doubled, total(&s.extra));
    let list: Option<Box<(i32, Option<Box<i32>>)>> = Some(Box::new((1, Some(Box::new(2)))));
    if let Some(b) = list { println!("{} {:?}", b.0, b.1); }
}
