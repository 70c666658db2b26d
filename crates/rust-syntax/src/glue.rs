//! Gluing punctuation into the operators rustc's parser sees: `-` `>` becomes `->`.
//!
//! The raw lexer, like `rustc_lexer`, produces one token per punctuation character. rustc glues
//! them afterwards, while it builds token trees: two punctuation tokens with nothing between
//! them ("joint") become one token when they form an operator, so the parser reads `->` as
//! `RArrow` and `<=` as `Le`. The token panel shows this glued stream, because that is what the
//! seed's token table (and the parser) calls an operator.
//!
//! The set of operators is closed under prefixes (`<<=` starts with `<<`, which starts with
//! `<`), so gluing greedily from left to right gives the same tokens as rustc's pairwise rule.

use source::{Span, TokenCategory};

use crate::{Token, TokenKind};

/// Every multi-character operator, with the name rustc's parser gives its token.
const OPERATORS: &[(&str, &str)] = &[
    ("==", "EqEq"),
    ("=>", "FatArrow"),
    ("<=", "Le"),
    ("<<", "Shl"),
    ("<<=", "ShlEq"),
    (">=", "Ge"),
    (">>", "Shr"),
    (">>=", "ShrEq"),
    ("!=", "Ne"),
    ("+=", "PlusEq"),
    ("-=", "MinusEq"),
    ("*=", "StarEq"),
    ("/=", "SlashEq"),
    ("%=", "PercentEq"),
    ("^=", "CaretEq"),
    ("&=", "AndEq"),
    ("|=", "OrEq"),
    ("&&", "AndAnd"),
    ("||", "OrOr"),
    ("->", "RArrow"),
    ("..", "DotDot"),
    ("...", "DotDotDot"),
    ("..=", "DotDotEq"),
    ("::", "PathSep"),
];

/// A token of the glued stream: a lexer token, or an operator glued from several of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GluedToken {
    /// The lexer's kind name (`Ident`, `Literal(Int)`), or the operator's name (`RArrow`).
    pub name: String,
    /// The bytes the token covers.
    pub span: Span,
    /// The colour family: a glued operator is an operator, except `::`, which separates paths.
    pub category: TokenCategory,
}

/// The name of the operator spelled `text`, if there is one.
fn operator_name(text: &str) -> Option<&'static str> {
    OPERATORS
        .iter()
        .find(|(op, _)| *op == text)
        .map(|(_, name)| *name)
}

/// True for the one-character punctuation kinds that can start or continue an operator.
fn is_operator_char(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Eq | Lt
            | Gt
            | Bang
            | Plus
            | Minus
            | Star
            | Slash
            | Percent
            | Caret
            | And
            | Or
            | Dot
            | Colon
    )
}

/// Glues the joint punctuation of `tokens` (lexed from `src`) into operators.
pub fn glue(src: &str, tokens: &[Token]) -> Vec<GluedToken> {
    let mut out: Vec<GluedToken> = Vec::with_capacity(tokens.len());
    // The glued operator being built: its span, and whether it may still grow.
    let mut growing = false;
    for token in tokens {
        if growing && is_operator_char(token.kind) {
            let last = out.last_mut().expect("a growing operator was pushed");
            if last.span.end == token.span.start {
                let text = &src[last.span.start as usize..token.span.end as usize];
                if let Some(name) = operator_name(text) {
                    last.span.end = token.span.end;
                    last.name = name.to_string();
                    last.category = if name == "PathSep" {
                        TokenCategory::Delimiter
                    } else {
                        TokenCategory::Operator
                    };
                    continue;
                }
            }
        }
        growing = is_operator_char(token.kind);
        out.push(GluedToken {
            name: token.kind.name(),
            span: token.span,
            category: token.category,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex;

    fn glued(src: &str) -> Vec<(String, &str)> {
        glue(src, &lex(src).tokens)
            .into_iter()
            .filter(|t| t.name != "Whitespace")
            .map(|t| (t.name, &src[t.span.start as usize..t.span.end as usize]))
            .collect()
    }

    #[test]
    fn joint_punctuation_becomes_operators() {
        let names: Vec<String> = glued("a <<= b->c ..= d::e ... f && g != h")
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        assert_eq!(
            names,
            [
                "Ident",
                "ShlEq",
                "Ident",
                "RArrow",
                "Ident",
                "DotDotEq",
                "Ident",
                "PathSep",
                "Ident",
                "DotDotDot",
                "Ident",
                "AndAnd",
                "Ident",
                "Ne",
                "Ident"
            ]
        );
    }

    #[test]
    fn separated_or_unknown_sequences_stay_apart() {
        assert_eq!(
            glued("- > &&= ==="),
            [
                ("Minus".to_string(), "-"),
                ("Gt".to_string(), ">"),
                ("AndAnd".to_string(), "&&"),
                ("Eq".to_string(), "="),
                ("EqEq".to_string(), "=="),
                ("Eq".to_string(), "="),
            ]
        );
    }

    #[test]
    fn categories_follow_the_seed_table() {
        let src = "fn f() -> u64 { std::x }";
        let tokens = glue(src, &lex(src).tokens);
        let arrow = tokens.iter().find(|t| t.name == "RArrow").unwrap();
        assert_eq!(arrow.category, TokenCategory::Operator);
        let path = tokens.iter().find(|t| t.name == "PathSep").unwrap();
        assert_eq!(path.category, TokenCategory::Delimiter);
    }
}
