struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Parser<'a> {
        Parser { input, pos: 0 }
    }

    fn skip_spaces(&mut self) {
        while self.pos < self.input.len() && self.input.as_bytes()[self.pos] == b' ' {
            self.pos += 1;
        }
    }

    fn next_token(&mut self) -> Option<&'a str> {
        self.skip_spaces();
        if self.pos >= self.input.len() {
            return None;
        }
        let start = self.pos;
        while self.pos < self.input.len() && self.input.as_bytes()[self.pos] != b' ' {
            self.pos += 1;
        }
        Some(&self.input[start..self.pos])
    }
}

struct Highlight<'t> {
    text: &'t str,
    word: &'t str,
}

impl<'t> Highlight<'t> {
    fn render(&self) -> String {
        self.text.replace(self.word, &format!("[{}]", self.word))
    }
}

fn main() {
    let source = String::from("let  x = 42 ;");
    let mut p = Parser::new(&source);
    let mut tokens = Vec::new();
    while let Some(t) = p.next_token() {
        tokens.push(t);
    }
    println!("{:?}", tokens);
    let h = Highlight { text: "to be or not to be", word: "be" };
    println!("{}", h.render());
}
