fn main() {
    let f = |a, | a;
    let g = |a b| a;
}
