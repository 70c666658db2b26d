fn main() {
    let a = 1；
    let b = 1 ➖ 2;
    let c = 3;
}
