fn main() {
    let a🦀 = 1;
    let _b = a🦀 + a🦀;
}
