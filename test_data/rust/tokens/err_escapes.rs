fn main() {
    let a = "\q \x80 \u{110000} \u{D800} \u{} \u{_1} \u12 \u{1234567} \x1";
    let b = '\x';
    let c = '\u{12g}';
    let d = "\uzz";
}
