// `1.` is a float, but `1..2` is a range and `1.foo()` a method call.
trait Foo { fn foo(&self) -> i32; }
impl Foo for i32 { fn foo(&self) -> i32 { *self } }

fn main() {
    let t = ((1, 2), 3);
    let _a = 1..2;
    let _b = 1..=2;
    let _c = 1.foo();
    let _d = t.0.1;
    let _e = 1.0.max(2.0);
    let _f = ..5;
    let _g = 0. ;
}
