fn main() {
    let a = b"bytes";
    let b = b"\x00\xff\n\\\"";
    let c = b"";
    let _ = (a, b, c);
}
