use std::fmt;

struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn new(input: &'a str) -> Parser<'a> {
        Parser { input, pos: 0 }
    }

    fn rest(&self) -> &str {
        &self.input[self.pos..]
    }

    fn peek_with(&self, prefix: &str) -> &str {
        if self.rest().starts_with(prefix) {
            &self.rest()[..prefix.len()]
        } else {
            self.rest()
        }
    }
}

struct Label<'a>(&'a str);

impl fmt::Display for Label<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "<{}>", self.0)
    }
}

const GREETING: &str = "hello";
static NAMES: [&str; 2] = ["ada", "grace"];

fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() {
        x
    } else {
        y
    }
}

fn greeting() -> &'static str {
    GREETING
}

fn parser_of(s: &str) -> Parser {
    Parser::new(s)
}

fn pick_static(x: &'static str, n: usize) -> &str {
    &x[..n]
}

fn get_input<'a>(p: &Parser<'a>) -> &'a str {
    p.input
}

fn main() {
    let text = String::from("one two three");
    let p = Parser::new(&text);
    println!("{}", p.rest());
    println!("{}", p.peek_with("one"));
    println!("{}", Label("x"));
    println!("{}", first_word(&text));
    println!("{}", longest("ab", "abc"));
    println!("{} {}", greeting(), NAMES[1]);
    println!("{}", parser_of("q r").rest());
    println!("{}", pick_static("static", 3));
    println!("{}", get_input(&p));
}
