fn main() {
    let a = b--c;
    ++j;
}
