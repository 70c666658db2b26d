fn main() {
    let r = r##"abc"#;
}
