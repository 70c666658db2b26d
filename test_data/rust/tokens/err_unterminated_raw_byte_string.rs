fn main() {
    let r = br#"abc;
}
