// Every strict keyword of Rust 2021 in use, and the reserved ones as raw identifiers.
pub mod m {
    pub(crate) struct S;
    pub enum E { A }
    pub union U { x: u32 }
    pub trait T where Self: Sized { type Out; const N: usize; }
    impl T for S { type Out = (); const N: usize = 0; }
    pub static X: i32 = 1;
    pub unsafe fn f() {}
    pub async fn g() { async {}.await; }
    extern "C" {}
    pub fn h(v: &mut Vec<u8>) -> bool {
        let mut i = 0;
        'outer: loop {
            while i < 10 { i += 1; if i == 5 { continue 'outer; } else { break 'outer; } }
        }
        for x in v.iter() { match *x { 0 => return true, ref _y => {} } }
        let c = move || i;
        let _d: &dyn Fn() -> i32 = &c;
        let _e = i as u8;
        use super::*;
        let _ = crate::m::S;
        false
    }
    pub fn reserved() { let (r#abstract, r#become, r#box, r#do, r#final, r#macro, r#override, r#priv, r#try, r#typeof, r#unsized, r#virtual, r#yield) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0); }
}
fn main() {}
