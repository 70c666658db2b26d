fn main() {
    let a = t.;
}
