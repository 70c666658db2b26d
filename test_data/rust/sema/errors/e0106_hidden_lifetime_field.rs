struct Token<'a> {
    text: &'a str,
}

struct Lexer<T> {
    items: Vec<T>,
    current: Token,
}

fn main() {
    let l = Lexer { items: vec![1], current: Token { text: "x" } };
    println!("{} {}", l.items.len(), l.current.text);
}
