struct Inner {
    n: i32,
}

struct Outer {
    inner: Inner,
}

fn main() {
    let o = Outer { inner: Inner { n: 1 } };
    println!("{:?} {}", o, o.inner.n);
}
