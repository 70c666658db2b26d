fn main() {
    let x = undefined;
    let y = Foo::BAR;
    let z = Foo::bar();
}
struct S { r: &u8 }
