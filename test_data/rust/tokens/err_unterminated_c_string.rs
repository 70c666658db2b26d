fn main() {
    let c = c"abc;
}
