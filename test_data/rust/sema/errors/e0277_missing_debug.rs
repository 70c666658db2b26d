struct Token {
    kind: u8,
}

fn main() {
    let t = Token { kind: 3 };
    println!("{} {:?}", t.kind, t);
}
