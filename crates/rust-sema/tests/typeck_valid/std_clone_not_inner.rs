//! Type checker regression program (rustc 1.95 accepts it): `clone` on std types (Box, Rc, Vec, Option, tuples) is theirs, not the inner type's.
use std::rc::Rc;
#[derive(Debug, Clone, PartialEq)]
struct S { v: i32 }
impl S { fn get(&self) -> i32 { self.v } }
fn main() {
    let b = Box::new(S { v: 1 });
    let b2: Box<S> = b.clone();
    let r = Rc::new(S { v: 2 });
    let r2: Rc<S> = r.clone();
    let v = vec![S { v: 3 }];
    let v2: Vec<S> = v.clone();
    let o = Some(S { v: 4 });
    let o2: Option<S> = o.clone();
    let s: &S = &v[0];
    let s2: S = s.clone();
    println!("{:?} {:?} {:?} {:?} {:?} {}", b2, r2, v2, o2, s2, r.get() + b.get());
    println!("{}", b == b2);
    let t = (1, 2);
    let t2: (i32, i32) = t.clone();
    let m = 3.max(4);
    let x: Option<&S> = v.iter().max_by_key(|s| s.v);
    println!("{:?} {} {:?}", t2, m, x);
}
