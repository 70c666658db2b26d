fn main() {
    let x = 1
    dyn y = x + 1;
}
