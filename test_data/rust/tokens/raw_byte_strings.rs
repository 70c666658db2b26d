fn main() {
    let a = br"\x00 is four bytes";
    let b = br#"quote " inside"#;
    let c = br##""#"##;
    let _ = (a, b, c);
}
