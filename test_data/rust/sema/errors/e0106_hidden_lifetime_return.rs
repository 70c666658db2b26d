struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

fn make_parser() -> Parser {
    Parser { input: "1 + 2", pos: 0 }
}

fn main() {
    let p = make_parser();
    println!("{} {}", p.input, p.pos);
}
