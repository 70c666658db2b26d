//! The colour family of each token for the explorer's token panel, including a small heuristic
//! that recognises names in annotation position as types.
//!
//! `tokenize` itself only knows token types (NAME, OP, …). The categories split them further:
//! hard keywords, literals (numbers, strings, `True`, `False`, `None`), operators, delimiters
//! (brackets, `,`, `:`, `;` and the layout tokens NEWLINE, INDENT and DEDENT), comments, trivia
//! (NL, ENCODING, ENDMARKER) and errors (ERRORTOKEN, and the OP that `tokenize` makes of a word
//! starting with a character that cannot start a name, such as `²`).
//!
//! A NAME is in type position (category `TypeAnnotation`) when it is part of an annotation,
//! which this heuristic recognises without parsing:
//!
//! - after `->`, up to the `:` (or any `,`, `=`, `;`) at the same bracket depth;
//! - after a `:` directly inside the parentheses of a `def` parameter list, up to the next `,`,
//!   `=` or `)` at that depth, unless the `:` belongs to a `lambda` in that parameter;
//! - after the `:` of an annotated assignment whose target is a name or a dotted name at the
//!   start of a statement (`x: int = 0`, `self.count: int`), up to `=`, `;` or the end of the
//!   statement.
//!
//! Names inside brackets of an annotation (`dict[str, int]`) are types too; keywords inside it
//! (`None`) keep their own category.

use source::TokenCategory;

use super::scanner::RawToken;
use super::TokenKind;

/// True when `text` is one of CPython 3.11's `keyword.kwlist`, the hard keywords.
pub(crate) fn is_keyword(text: &str) -> bool {
    matches!(
        text,
        "False"
            | "None"
            | "True"
            | "and"
            | "as"
            | "assert"
            | "async"
            | "await"
            | "break"
            | "class"
            | "continue"
            | "def"
            | "del"
            | "elif"
            | "else"
            | "except"
            | "finally"
            | "for"
            | "from"
            | "global"
            | "if"
            | "import"
            | "in"
            | "is"
            | "lambda"
            | "nonlocal"
            | "not"
            | "or"
            | "pass"
            | "raise"
            | "return"
            | "try"
            | "while"
            | "with"
            | "yield"
    )
}

/// Where the heuristic is in a `def` header.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DefHeader {
    /// Not in a `def` header.
    None,
    /// Just after `def`.
    Def,
    /// Just after `def NAME`.
    Name,
}

/// What the current statement looks like so far, to spot `target: annotation`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Target {
    /// At the start of a statement.
    Start,
    /// After a name or a dotted name that began the statement.
    Name,
    /// After such a name and a `.`.
    Dot,
    /// Anything else.
    Other,
}

/// The state of the annotation heuristic while walking the tokens in order.
struct Annotations {
    /// Bracket depth: open brackets minus closed ones, never below zero.
    depth: u32,
    /// The depth an annotation started at, while one is open.
    annotation: Option<u32>,
    def_header: DefHeader,
    /// The depth just inside the parentheses of the `def` parameter list being read.
    parameters: Option<u32>,
    /// True when the current parameter contains a `lambda`, whose `:` is not an annotation.
    lambda_in_parameter: bool,
    target: Target,
}

impl Annotations {
    fn new() -> Annotations {
        Annotations {
            depth: 0,
            annotation: None,
            def_header: DefHeader::None,
            parameters: None,
            lambda_in_parameter: false,
            target: Target::Start,
        }
    }

    /// Updates the state for `token` and says whether it is a NAME in annotation position.
    fn step(&mut self, token: &RawToken) -> bool {
        let text = token.text.as_str();
        match token.kind {
            TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent => {
                *self = Annotations::new();
                false
            }
            TokenKind::Name => {
                let in_annotation = self.annotation.is_some();
                self.def_header = match (self.def_header, text) {
                    (_, "def") => DefHeader::Def,
                    (DefHeader::Def, _) => DefHeader::Name,
                    _ => DefHeader::None,
                };
                if text == "lambda" && self.parameters == Some(self.depth) {
                    self.lambda_in_parameter = true;
                }
                self.target = match self.target {
                    Target::Start | Target::Dot if !is_keyword(text) => Target::Name,
                    _ => Target::Other,
                };
                in_annotation
            }
            TokenKind::Op => {
                self.operator(text);
                false
            }
            _ => {
                self.def_header = DefHeader::None;
                self.target = Target::Other;
                false
            }
        }
    }

    /// Updates the state for an operator or delimiter.
    fn operator(&mut self, text: &str) {
        let def_name = self.def_header == DefHeader::Name;
        self.def_header = DefHeader::None;
        let target = std::mem::replace(&mut self.target, Target::Other);
        if self.annotation == Some(self.depth) && matches!(text, "," | "=" | ":" | ";") {
            self.annotation = None;
        }
        match text {
            "(" | "[" | "{" => {
                self.depth += 1;
                if text == "(" && def_name {
                    self.parameters = Some(self.depth);
                    self.lambda_in_parameter = false;
                }
            }
            ")" | "]" | "}" => {
                if self.annotation == Some(self.depth) {
                    self.annotation = None;
                }
                if self.parameters == Some(self.depth) {
                    self.parameters = None;
                }
                self.depth = self.depth.saturating_sub(1);
            }
            "->" => self.annotation = Some(self.depth),
            "," if self.parameters == Some(self.depth) => self.lambda_in_parameter = false,
            ":" if self.parameters == Some(self.depth) && !self.lambda_in_parameter => {
                self.annotation = Some(self.depth);
            }
            ":" if self.depth == 0 && target == Target::Name => self.annotation = Some(0),
            "." if target == Target::Name => self.target = Target::Dot,
            ";" if self.depth == 0 => self.target = Target::Start,
            _ => {}
        }
    }
}

/// True for the operators that are delimiters in the seed page's colours.
fn is_delimiter(text: &str) -> bool {
    matches!(text, "(" | ")" | "[" | "]" | "{" | "}" | "," | ":" | ";")
}

/// True when `text` is an operator of `token.EXACT_TOKEN_TYPES`. `tokenize` also gives type OP
/// to a word that starts with a character that cannot start a name (such as `²` or `٣`); that is
/// a syntax error, shown as an error.
fn is_exact_operator(text: &str) -> bool {
    let mut chars = text.chars().chain(std::iter::repeat(' '));
    let (a, b, c) = (
        chars.next().unwrap_or(' '),
        chars.next().unwrap_or(' '),
        chars.next().unwrap_or(' '),
    );
    super::pseudo::operator_len(a, b, c) == Some(text.chars().count())
}

/// The category of every token, in order.
pub(crate) fn categorize(tokens: &[RawToken]) -> Vec<TokenCategory> {
    let mut annotations = Annotations::new();
    tokens
        .iter()
        .map(|token| {
            let in_annotation = match token.kind {
                TokenKind::Nl | TokenKind::Comment | TokenKind::Encoding => false,
                _ => annotations.step(token),
            };
            let text = token.text.as_str();
            match token.kind {
                TokenKind::Name => match text {
                    "True" | "False" | "None" => TokenCategory::Literal,
                    _ if is_keyword(text) => TokenCategory::Keyword,
                    _ if in_annotation => TokenCategory::TypeAnnotation,
                    _ => TokenCategory::Identifier,
                },
                TokenKind::Number | TokenKind::String => TokenCategory::Literal,
                TokenKind::Op if is_delimiter(text) => TokenCategory::Delimiter,
                TokenKind::Op if is_exact_operator(text) => TokenCategory::Operator,
                TokenKind::Op | TokenKind::ErrorToken => TokenCategory::Error,
                TokenKind::Comment => TokenCategory::Comment,
                TokenKind::Newline | TokenKind::Indent | TokenKind::Dedent => {
                    TokenCategory::Delimiter
                }
                TokenKind::Nl | TokenKind::Encoding | TokenKind::EndMarker => TokenCategory::Trivia,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use source::TokenCategory as C;

    use crate::tokenize;

    /// The (text, category) of every token with text, NEWLINE and INDENT excepted.
    fn categories(source: &str) -> Vec<(String, C)> {
        tokenize(source.as_bytes())
            .tokens
            .into_iter()
            .filter(|t| !t.text.trim().is_empty() && t.category != C::Trivia)
            .map(|t| (t.text, t.category))
            .collect()
    }

    /// The texts of the tokens in `category`.
    fn texts(source: &str, category: C) -> Vec<String> {
        categories(source)
            .into_iter()
            .filter(|(_, c)| *c == category)
            .map(|(text, _)| text)
            .collect()
    }

    #[test]
    fn families() {
        let all = categories("def f(a):\n    return a ** 2 == None  # done\n$\n");
        let expected = [
            ("def", C::Keyword),
            ("f", C::Identifier),
            ("(", C::Delimiter),
            ("a", C::Identifier),
            (")", C::Delimiter),
            (":", C::Delimiter),
            ("return", C::Keyword),
            ("a", C::Identifier),
            ("**", C::Operator),
            ("2", C::Literal),
            ("==", C::Operator),
            ("None", C::Literal),
            ("# done", C::Comment),
            ("$", C::Error),
        ];
        let expected: Vec<(String, C)> =
            expected.iter().map(|(t, c)| (t.to_string(), *c)).collect();
        assert_eq!(all, expected);
        assert_eq!(texts("x = ²\n", C::Error), ["²"]);
        assert_eq!(texts("match x:\n    case _: pass\n", C::Keyword), ["pass"]);
    }

    #[test]
    fn annotations_are_types() {
        let fib = "def fib(n: int) -> int:\n    return n\n";
        assert_eq!(texts(fib, C::TypeAnnotation), ["int", "int"]);
        let params = "def f(a: dict[str, int] = {}, *b: tuple, key=lambda x: x) -> List[T]: ...\n";
        assert_eq!(
            texts(params, C::TypeAnnotation),
            ["dict", "str", "int", "tuple", "List", "T"]
        );
        let variables = "x: int = 0\nself.y: Optional[str]\nd = {a: b}\nif a: b\n";
        assert_eq!(
            texts(variables, C::TypeAnnotation),
            ["int", "Optional", "str"]
        );
        let none = "def g() -> None:\n    pass\n";
        assert!(texts(none, C::TypeAnnotation).is_empty());
    }
}
