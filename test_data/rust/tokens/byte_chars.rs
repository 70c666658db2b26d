fn main() {
    let bytes = [b'a', b'\n', b'\xff', b'\0', b'\'', b'"', b'\\', b' '];
    let _ = bytes;
}
