fn main() {
    let a = b'\q';
    let b = b"\u{41}";
    let c = b'é';
    let d = b"é";
    let e = br"é";
    let f = b'🦀';
}
