fn main() {
    let a = 0x;
    let b = 0b_;
    let c = 0b1012;
    let d = 0o19;
    let e = 1e;
    let f = 2.5E+;
    let g = 0x1.5;
    let h = 0b101.1;
    let i = 0o1.5;
    let j = "s"_;
}
