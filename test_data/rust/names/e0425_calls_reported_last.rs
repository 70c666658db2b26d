fn main() {
    let a = foo();
    let b = bar;
    let c = Baz(1);
    let d = qux;
    let e: Quux = 1;
}
