//! The colour family of each token: keyword, identifier, literal, type name, and so on.
//!
//! Most families follow from the token alone (see [`base_category`]). Two need more:
//!
//! - **Keywords.** The lexer reads `fn` as an identifier, as rustc does. Every strict and
//!   reserved keyword of Rust 2021 is a keyword here; `true` and `false` are literals; weak
//!   keywords such as `union` and `macro_rules` are identifiers, since they are keywords only in
//!   some places.
//! - **Types.** Until the parser exists, a *heuristic* marks names in type position:
//!   - the primitive types (`u8` … `u128`, `i8` … `i128`, `usize`, `isize`, `f32`, `f64`,
//!     `bool`, `char`, `str`) wherever they appear;
//!   - the identifier that comes next (ignoring whitespace and comments) after a single `:`
//!     (not half of `::`, and not after a label `'a:`), after `->`, or after the keywords `as`,
//!     `impl` and `dyn`; on the way to it `&`, `*`, `mut`, `const`, `dyn`, `impl` and lifetimes
//!     are stepped over, so `x: &'a mut Foo` marks `Foo`;
//!   - inside `<…>` right after such a type, and inside `(…)` and `[…]` in type position, the
//!     identifier after `<`, `(`, `[`, `,` or `=` (as in `HashMap<K, V>`, `(A, B)`,
//!     `Iterator<Item = T>`), nested to any depth.
//!
//!   A `:` directly inside the braces of a struct literal or struct pattern (`Point { x: a }`)
//!   introduces a value, not a type; braces right after a path that follows `=`, `(`, `[`, `,`,
//!   `{`, `;`, `=>`, `|`, `@`, `let`, `return` or `break` count as such, except in the body of an
//!   `enum`, where `Variant { x: T }` declares fields.

use source::{Span, TokenCategory};

use crate::lexer::{LiteralKind, TokenKind};

/// The strict and reserved keywords of Rust 2021, except `true` and `false`.
const KEYWORDS: &[&str] = &[
    // Strict keywords.
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "type", "unsafe", "use",
    "where", "while", // Reserved for future use.
    "abstract", "become", "box", "do", "final", "macro", "override", "priv", "try", "typeof",
    "unsized", "virtual", "yield",
];

/// The primitive types, always shown as types.
const PRIMITIVE_TYPES: &[&str] = &[
    "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize", "f32",
    "f64", "bool", "char", "str",
];

/// True if `word` is a Rust 2021 keyword (strict or reserved, not `true`/`false`).
pub fn is_keyword(word: &str) -> bool {
    KEYWORDS.contains(&word)
}

/// An open bracket seen while walking the tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Group {
    /// `<…>` after a type: commas separate types.
    Angle,
    /// `(…)` or `[…]` in type position: commas separate types too.
    TypeList,
    /// `{…}` of a struct literal or pattern: `:` introduces a value.
    ValueFields,
    /// `{…}` of an `enum`: `Variant { … }` inside declares fields.
    EnumBody,
    /// Any other bracket.
    Other,
}

/// Computes the category of each token of `tokens` (kinds and spans into `src`).
pub(crate) fn categorize(src: &str, tokens: &[(TokenKind, Span)]) -> Vec<TokenCategory> {
    let mut categories: Vec<TokenCategory> = tokens
        .iter()
        .map(|&(kind, _)| base_category(kind))
        .collect();
    let text = |i: usize| &src[tokens[i].1.start as usize..tokens[i].1.end as usize];
    // The tokens that matter for the heuristic: everything but whitespace and comments.
    let significant: Vec<usize> = (0..tokens.len())
        .filter(|&i| {
            categories[i] != TokenCategory::Trivia && categories[i] != TokenCategory::Comment
        })
        .collect();
    let kind = |j: usize| tokens[significant[j]].0;
    // True when significant tokens `j - 1` and `j` touch, as in `::` or `->`.
    let joined =
        |j: usize| j > 0 && tokens[significant[j - 1]].1.end == tokens[significant[j]].1.start;
    let is_word =
        |j: usize, word: &str| kind(j) == TokenKind::Ident && text(significant[j]) == word;

    let mut expect_type = false;
    let mut groups: Vec<Group> = Vec::new();
    // The token before the path being read (`Foo` in `= a::Foo {`), to classify braces.
    let mut before_path: Option<usize> = None;
    for j in 0..significant.len() {
        let i = significant[j];
        let k = kind(j);
        let was_expecting = expect_type;
        expect_type = false;
        match k {
            TokenKind::Ident | TokenKind::RawIdent => {
                let word = text(i);
                let continues_path = j >= 2
                    && kind(j - 1) == TokenKind::Colon
                    && kind(j - 2) == TokenKind::Colon
                    && joined(j - 1);
                if !continues_path {
                    before_path = j.checked_sub(1);
                }
                if k == TokenKind::Ident && (word == "true" || word == "false") {
                    categories[i] = TokenCategory::Literal;
                } else if k == TokenKind::Ident && is_keyword(word) {
                    categories[i] = TokenCategory::Keyword;
                    // `&mut T`, `*const T`, `dyn T`, `impl T`, `x as T` keep or start a type.
                    expect_type = match word {
                        "mut" | "const" => was_expecting,
                        "dyn" | "impl" | "as" => true,
                        _ => false,
                    };
                } else if (k == TokenKind::Ident && PRIMITIVE_TYPES.contains(&word))
                    || was_expecting
                {
                    categories[i] = TokenCategory::TypeAnnotation;
                }
            }
            TokenKind::Lifetime { .. }
            | TokenKind::RawLifetime
            | TokenKind::And
            | TokenKind::Star => {
                expect_type = was_expecting;
            }
            TokenKind::Colon => {
                let part_of_path = (j > 0 && kind(j - 1) == TokenKind::Colon && joined(j))
                    || (j + 1 < significant.len()
                        && kind(j + 1) == TokenKind::Colon
                        && joined(j + 1));
                let after_label = j > 0 && matches!(kind(j - 1), TokenKind::Lifetime { .. });
                let in_value_fields = groups.last() == Some(&Group::ValueFields);
                expect_type = !part_of_path && !after_label && !in_value_fields;
            }
            // `->`: a `>` glued to a `-`.
            TokenKind::Gt if j > 0 && kind(j - 1) == TokenKind::Minus && joined(j) => {
                expect_type = true;
            }
            // A `>` closes the innermost `<` of a type.
            TokenKind::Gt if groups.last() == Some(&Group::Angle) => {
                groups.pop();
            }
            // A `<` right after a type opens its generic arguments.
            TokenKind::Lt if previous_is_type_in(&categories, &significant, j) => {
                groups.push(Group::Angle);
                expect_type = true;
            }
            TokenKind::OpenParen | TokenKind::OpenBracket => {
                // `(A, B)` in type position, or the arguments of `Fn(A) -> B` in a type.
                let in_type = was_expecting
                    || (previous_is_type_in(&categories, &significant, j)
                        && matches!(groups.last(), Some(Group::Angle | Group::TypeList)));
                groups.push(if in_type {
                    Group::TypeList
                } else {
                    Group::Other
                });
                expect_type = in_type;
            }
            TokenKind::CloseParen | TokenKind::CloseBracket => {
                close_angles(&mut groups);
                groups.pop();
            }
            TokenKind::Comma | TokenKind::Eq => {
                expect_type = matches!(groups.last(), Some(Group::Angle | Group::TypeList));
            }
            TokenKind::OpenBrace => {
                close_angles(&mut groups);
                let group = brace_group(j, before_path, &groups, &kind, &joined, &is_word);
                groups.push(group);
            }
            TokenKind::CloseBrace => {
                close_angles(&mut groups);
                groups.pop();
            }
            TokenKind::Semi => close_angles(&mut groups),
            _ => {}
        }
    }
    categories
}

/// True if the significant token before significant token `j` was categorised as a type.
/// (A function rather than a closure, because `categories` changes during the walk.)
fn previous_is_type_in(categories: &[TokenCategory], significant: &[usize], j: usize) -> bool {
    j > 0 && categories[significant[j - 1]] == TokenCategory::TypeAnnotation
}

/// Drops the `<` groups left open at the top of `groups`: a bracket, brace or `;` closes them,
/// so they were comparisons, not generics.
fn close_angles(groups: &mut Vec<Group>) {
    while groups.last() == Some(&Group::Angle) {
        groups.pop();
    }
}

/// Decides what the `{` at significant index `j` opens.
fn brace_group(
    j: usize,
    before_path: Option<usize>,
    groups: &[Group],
    kind: &dyn Fn(usize) -> TokenKind,
    joined: &dyn Fn(usize) -> bool,
    is_word: &dyn Fn(usize, &str) -> bool,
) -> Group {
    let after_name = j > 0
        && (kind(j - 1) == TokenKind::Ident && !is_keyword_at(j - 1, is_word)
            || is_word(j - 1, "Self"));
    if !after_name {
        return Group::Other;
    }
    let Some(b) = before_path else {
        return Group::Other;
    };
    if is_word(b, "enum") {
        return Group::EnumBody;
    }
    let in_enum = groups.last() == Some(&Group::EnumBody);
    let starts_expression = match kind(b) {
        // A lone `=`, not part of `==`, `<=`, `!=`, `+=`…
        TokenKind::Eq => !(b > 0 && joined(b) && is_punct(kind(b - 1))),
        // `=>`, but not `->` or a closing `>`.
        TokenKind::Gt => b > 0 && joined(b) && kind(b - 1) == TokenKind::Eq,
        TokenKind::OpenParen
        | TokenKind::OpenBracket
        | TokenKind::Semi
        | TokenKind::Or
        | TokenKind::At => true,
        TokenKind::Comma | TokenKind::OpenBrace => !in_enum,
        TokenKind::Ident => ["let", "return", "break"].iter().any(|w| is_word(b, w)),
        _ => false,
    };
    if starts_expression {
        Group::ValueFields
    } else {
        Group::Other
    }
}

/// True if significant token `j` is a keyword other than `Self`.
fn is_keyword_at(j: usize, is_word: &dyn Fn(usize, &str) -> bool) -> bool {
    KEYWORDS.iter().any(|w| *w != "Self" && is_word(j, w))
}

/// True for single-character punctuation that can glue to a following `=`.
fn is_punct(kind: TokenKind) -> bool {
    use TokenKind::*;
    matches!(
        kind,
        Eq | Bang | Lt | Gt | Plus | Minus | Star | Slash | Percent | Caret | And | Or
    )
}

/// The colour family of a token on its own, before looking at its neighbours.
pub(crate) fn base_category(kind: TokenKind) -> TokenCategory {
    use TokenKind::*;
    match kind {
        LineComment { .. }
        | BlockComment {
            terminated: true, ..
        }
        | Shebang => TokenCategory::Comment,
        BlockComment {
            terminated: false, ..
        } => TokenCategory::Error,
        Whitespace => TokenCategory::Trivia,
        Ident
        | RawIdent
        | Lifetime {
            starts_with_number: false,
        }
        | RawLifetime => TokenCategory::Identifier,
        Literal { kind, .. } if literal_is_valid(kind) => TokenCategory::Literal,
        Literal { .. }
        | Lifetime { .. }
        | InvalidIdent
        | UnknownPrefix
        | UnknownPrefixLifetime
        | Unknown => TokenCategory::Error,
        OpenBrace | CloseBrace | OpenParen | CloseParen | OpenBracket | CloseBracket | Semi
        | Colon | Comma | Pound => TokenCategory::Delimiter,
        Plus | Minus | Star | Slash | Percent | Caret | Bang | And | Or | Eq | Lt | Gt | At
        | Dot | Question | Tilde | Dollar => TokenCategory::Operator,
    }
}

/// False for literals the lexer flagged as broken.
fn literal_is_valid(kind: LiteralKind) -> bool {
    use LiteralKind::*;
    match kind {
        Int { empty_int, .. } => !empty_int,
        Float { empty_exponent, .. } => !empty_exponent,
        Char { terminated }
        | Byte { terminated }
        | Str { terminated }
        | ByteStr { terminated }
        | CStr { terminated } => terminated,
        RawStr { n_hashes } | RawByteStr { n_hashes } | RawCStr { n_hashes } => n_hashes.is_some(),
    }
}

#[cfg(test)]
mod tests {
    use crate::lex;
    use source::TokenCategory;

    /// The texts of the tokens of `src` that were categorised as `category`.
    fn tokens_in(src: &str, category: TokenCategory) -> Vec<&str> {
        lex(src)
            .tokens
            .iter()
            .filter(|t| t.category == category)
            .map(|t| &src[t.span.start as usize..t.span.end as usize])
            .collect()
    }

    fn types(src: &str) -> Vec<&str> {
        tokens_in(src, TokenCategory::TypeAnnotation)
    }

    #[test]
    fn keywords_and_literals() {
        assert_eq!(
            tokens_in(
                "fn f() { let mut x = true; r#fn; union; try }",
                TokenCategory::Keyword
            ),
            ["fn", "let", "mut", "try"]
        );
        assert_eq!(
            tokens_in("true false 1 'c' \"s\"", TokenCategory::Literal),
            ["true", "false", "1", "'c'", "\"s\""]
        );
    }

    #[test]
    fn type_positions() {
        assert_eq!(
            types("fn f(a: Foo, b: &'a mut Bar) -> Result<Vec<u8>, Error> {}"),
            ["Foo", "Bar", "Result", "Vec", "u8", "Error"]
        );
        assert_eq!(
            types("let x: HashMap<K, V> = HashMap::new();"),
            ["HashMap", "K", "V"]
        );
        assert_eq!(
            types("let t: (A, [B; 3]) = y as usize;"),
            ["A", "B", "usize"]
        );
        assert_eq!(
            types("fn f() -> impl Iterator<Item = T> {}"),
            ["Iterator", "Item", "T"]
        );
        assert_eq!(
            types("let b: Box<dyn Fn(A) -> B>;"),
            ["Box", "Fn", "A", "B"]
        );
        // `::` is a path, and a label's colon is not a type annotation.
        assert_eq!(
            types("std::mem::swap(a, b); 'outer: loop {}"),
            Vec::<&str>::new()
        );
        // A type after `:` does not make a following comparison generic.
        assert_eq!(types("let a: T = 1; if a < b {}"), ["T"]);
    }

    #[test]
    fn struct_fields() {
        assert_eq!(types("struct P { x: Foo, y: i32 }"), ["Foo", "i32"]);
        assert_eq!(types("let p = P { x: a, y: b };"), Vec::<&str>::new());
        assert_eq!(types("match p { P { x: a } => {} }"), Vec::<&str>::new());
        assert_eq!(types("enum E { A { x: Foo }, B(Bar) }"), ["Foo"]);
        assert_eq!(
            types("if a == b { let v: Vec<T> = f(Q { x: y }); }"),
            ["Vec", "T"]
        );
        assert_eq!(types("fn f() -> Foo { Foo { x: y } }"), ["Foo"]);
    }
}
