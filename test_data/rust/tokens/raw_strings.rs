fn main() {
    let a = r"C:\path\no\escapes";
    let b = r#"contains "quotes""#;
    let c = r##"contains "# too"##;
    let d = r###"a "## b"###;
    let e = r"";
    let f = r#""#;
    let g = r"multi
line";
    let _ = (a, b, c, d, e, f, g);
}
