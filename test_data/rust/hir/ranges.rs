fn main() {
    let a = 1..5;
    let b = 1..=5;
    let c = ..5;
    let d = 2..;
    let e = ..=3;
    let v = [1, 2, 3, 4];
    let s = &v[..];
    println!("{:?} {:?} {:?} {:?} {:?} {:?}", a, b, c, d, e, s);
}
