fn main() {
    let a = c"a\0b";
    let b = c"\x00";
    let c = c"\u{0}";
}
