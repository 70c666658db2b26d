enum Token {
    Word(&str),
    Number(i64),
}

fn main() {
    let toks = [Token::Word("let"), Token::Number(5)];
    for t in &toks {
        match t {
            Token::Word(w) => println!("word {}", w),
            Token::Number(n) => println!("number {}", n),
        }
    }
}
