macro_rules! eat { ($($t:tt)*) => {} }

fn main() {
    let _ = (1u8, 2i64, 3usize, 4.5f32, 6e7f64, 0x1F_u16);
    // Any identifier lexes as a suffix; rustc rejects the unknown ones later, in the parser.
    eat!(1foo "str"suffix 'c'suffix b"b"x r"r"y 1.0bar);
}
