fn main() {
    let chars = ['a', 'é', '🦀', '\n', '\t', '\r', '\0', '\\', '\'', '"', '\x7f', '\u{1F980}', '\u{10_FFFF}', ' '];
    let _ = chars;
}
