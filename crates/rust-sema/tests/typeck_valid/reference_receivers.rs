//! Type checker regression program (rustc 1.95 accepts it): methods found at a reference step (`into_iter` on `&Vec` is the reference's, `clone` on `&S` is `S`'s).
#[derive(Debug, Clone, PartialEq)]
struct S { v: i32 }
impl S { fn get(&self) -> i32 { self.v } fn bump(&mut self) { self.v += 1; } fn take(self) -> i32 { self.v } }
fn total(v: &Vec<i32>) -> Option<&i32> { v.into_iter().max() }
fn firsts(v: &Vec<String>) -> Vec<&String> { v.into_iter().collect() }
fn main() {
    let v = vec![1, 5, 2];
    let m: Option<&i32> = total(&v);
    let r: &Vec<i32> = &v;
    let c: Vec<i32> = r.clone();
    let n = r.len();
    let mut s = S { v: 1 };
    let rs = &s;
    let s2: S = rs.clone();
    println!("{} {}", rs.get(), rs == &s2);
    let ms = &mut s;
    ms.bump();
    let rr = &&s2;
    println!("{}", rr.get());
    let mx: Option<&i32> = r.iter().max();
    let sum: i32 = r.iter().sum();
    let strs = vec![String::from("a")];
    println!("{:?} {:?} {} {:?} {:?} {} {:?}", m, c, n, mx, firsts(&strs), sum, s.clone().take());
    let o = Some(3);
    let ro = &o;
    let d = ro.map(|x| x + 1);
    let e: Option<&i32> = ro.as_ref();
    println!("{:?} {:?}", d, e);
}
