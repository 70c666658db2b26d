fn main() {
    let a = c"hello";
    let b = c"\xff\u{1F980}";
    let c = cr"raw C string";
    let d = cr#"with "quotes""#;
    let _ = (a, b, c, d);
}
