//! The values of literals: escapes interpreted, integers in their base, as rustc's `LitKind`.
//!
//! The lexer has already checked every literal (bad escapes are diagnostics there), so cooking
//! here assumes well-formed text; a literal the lexer reported gives [`LitValue::Err`].

use super::{Lit, LitKind};

/// The value a literal denotes (the suffix, such as `u8`, stays in [`Lit::suffix`]).
#[derive(Clone, Debug, PartialEq)]
pub enum LitValue {
    Bool(bool),
    /// The integer, or `None` when it does not fit in 128 bits (rustc: "integer literal is too
    /// large"). `1f32` is an integer literal with the suffix `f32`, as in rustc's lexer: its
    /// type, a float, is the type checker's business.
    Int(Option<u128>),
    /// The float's text without underscores and suffix (as rustc keeps a symbol), and its value.
    Float(String, f64),
    Char(char),
    Byte(u8),
    /// A string, raw or not, escapes interpreted and `\r\n` read as `\n`.
    Str(String),
    /// A byte string, raw or not.
    ByteStr(Vec<u8>),
    /// A C string's bytes, without the NUL rustc adds.
    CStr(Vec<u8>),
    Err,
}

impl Lit {
    /// The literal's value.
    pub fn value(&self) -> LitValue {
        let body = match &self.suffix {
            Some(s) => &self.text[..self.text.len() - s.len()],
            None => &self.text[..],
        };
        match self.kind {
            LitKind::Bool => LitValue::Bool(body == "true"),
            LitKind::Int => LitValue::Int(int_value(body)),
            LitKind::Float => {
                let text: String = body.chars().filter(|&c| c != '_').collect();
                match text.parse::<f64>() {
                    Ok(v) => LitValue::Float(text, v),
                    Err(_) => LitValue::Err,
                }
            }
            LitKind::Char => match unescape(quoted(body), false).as_deref() {
                Some([Unit::Char(c)]) => LitValue::Char(*c),
                _ => LitValue::Err,
            },
            LitKind::Byte => match unescape(quoted(body), true).as_deref() {
                Some([Unit::Byte(b)]) => LitValue::Byte(*b),
                Some([Unit::Char(c)]) if c.is_ascii() => LitValue::Byte(*c as u8),
                _ => LitValue::Err,
            },
            LitKind::Str => match unescape(quoted(body), false) {
                Some(units) => LitValue::Str(units.iter().filter_map(Unit::as_char).collect()),
                None => LitValue::Err,
            },
            LitKind::ByteStr | LitKind::CStr => match unescape(quoted(body), true) {
                Some(units) => {
                    let bytes = units.iter().flat_map(Unit::bytes).collect();
                    if self.kind == LitKind::CStr {
                        LitValue::CStr(bytes)
                    } else {
                        LitValue::ByteStr(bytes)
                    }
                }
                None => LitValue::Err,
            },
            LitKind::RawStr => LitValue::Str(normalize_newlines(raw_quoted(body))),
            LitKind::RawByteStr => {
                LitValue::ByteStr(normalize_newlines(raw_quoted(body)).into_bytes())
            }
            LitKind::RawCStr => LitValue::CStr(normalize_newlines(raw_quoted(body)).into_bytes()),
            LitKind::Err => LitValue::Err,
        }
    }
}

/// The value of an integer literal without suffix: `0x_ff`, `1_000`, `0b1010`.
fn int_value(body: &str) -> Option<u128> {
    let (radix, digits) = match body.get(..2) {
        Some("0x") => (16, &body[2..]),
        Some("0o") => (8, &body[2..]),
        Some("0b") => (2, &body[2..]),
        _ => (10, body),
    };
    let mut value: u128 = 0;
    let mut any = false;
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        let d = c.to_digit(radix)?;
        value = value
            .checked_mul(u128::from(radix))?
            .checked_add(u128::from(d))?;
        any = true;
    }
    any.then_some(value)
}

/// The text between the quotes of `'…'`, `"…"`, `b'…'`, `b"…"` or `c"…"`.
fn quoted(body: &str) -> &str {
    let start = body.find(['\'', '"']).map_or(body.len(), |i| i + 1);
    let end = body.len().saturating_sub(1).max(start);
    body.get(start..end).unwrap_or("")
}

/// The text between the quotes of `r#"…"#` and its byte and C forms.
fn raw_quoted(body: &str) -> &str {
    let Some(open) = body.find('"') else {
        return "";
    };
    let hashes = body[..open].chars().filter(|&c| c == '#').count();
    let end = body.len().saturating_sub(1 + hashes).max(open + 1);
    body.get(open + 1..end).unwrap_or("")
}

fn normalize_newlines(s: &str) -> String {
    s.replace("\r\n", "\n")
}

/// One unit of a cooked literal: a character, or a byte written as `\xHH` in a byte literal.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Unit {
    Char(char),
    Byte(u8),
}

impl Unit {
    fn as_char(&self) -> Option<char> {
        match *self {
            Unit::Char(c) => Some(c),
            Unit::Byte(b) => Some(char::from(b)),
        }
    }

    fn bytes(&self) -> Vec<u8> {
        match *self {
            Unit::Char(c) => c.to_string().into_bytes(),
            Unit::Byte(b) => vec![b],
        }
    }
}

/// Interprets the escapes of `content`; `None` if one is malformed (the lexer reported it).
fn unescape(content: &str, bytes: bool) -> Option<Vec<Unit>> {
    let mut out = Vec::with_capacity(content.len());
    let mut chars = content.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            continue;
        }
        if c != '\\' {
            out.push(Unit::Char(c));
            continue;
        }
        let e = chars.next()?;
        let unit = match e {
            'n' => Unit::Char('\n'),
            'r' => Unit::Char('\r'),
            't' => Unit::Char('\t'),
            '\\' => Unit::Char('\\'),
            '0' => Unit::Char('\0'),
            '\'' => Unit::Char('\''),
            '"' => Unit::Char('"'),
            'x' => {
                let hi = chars.next()?.to_digit(16)?;
                let lo = chars.next()?.to_digit(16)?;
                let b = (hi * 16 + lo) as u8;
                if bytes {
                    Unit::Byte(b)
                } else {
                    Unit::Char(char::from(b))
                }
            }
            'u' => {
                if chars.next()? != '{' {
                    return None;
                }
                let mut v: u32 = 0;
                loop {
                    let d = chars.next()?;
                    if d == '}' {
                        break;
                    }
                    if d == '_' {
                        continue;
                    }
                    v = v.checked_mul(16)?.checked_add(d.to_digit(16)?)?;
                }
                Unit::Char(char::from_u32(v)?)
            }
            '\n' | '\r' => {
                // A line continuation: skip the break and the whitespace after it.
                while chars
                    .peek()
                    .is_some_and(|c| matches!(c, ' ' | '\t' | '\n' | '\r'))
                {
                    chars.next();
                }
                continue;
            }
            _ => return None,
        };
        out.push(unit);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ast::{ExprKind, ItemKind};

    /// The value of the literal initialising `const X: _ = LIT;`.
    fn value(lit: &str) -> LitValue {
        let src = format!("const X: u8 = {lit};");
        let parsed = crate::parse(&src);
        let ItemKind::Const { expr: Some(e), .. } = &parsed.krate.items[0].kind else {
            panic!("{src}")
        };
        match &e.kind {
            ExprKind::Lit(l) => l.value(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn literals_cook_like_rustc() {
        assert_eq!(value("1_000u32"), LitValue::Int(Some(1000)));
        assert_eq!(value("0xff"), LitValue::Int(Some(255)));
        assert_eq!(value("0o17"), LitValue::Int(Some(15)));
        assert_eq!(value("0b1010_1010"), LitValue::Int(Some(170)));
        assert_eq!(
            value("340282366920938463463374607431768211456"),
            LitValue::Int(None)
        );
        assert_eq!(value("2.5e3f64"), LitValue::Float("2.5e3".into(), 2500.0));
        assert_eq!(value("1."), LitValue::Float("1.".into(), 1.0));
        assert_eq!(value("1f32"), LitValue::Int(Some(1)));
        assert_eq!(value("1_0.0_5"), LitValue::Float("10.05".into(), 10.05));
        assert_eq!(value("'a'"), LitValue::Char('a'));
        assert_eq!(value("'\\u{1F980}'"), LitValue::Char('🦀'));
        assert_eq!(value("'\\''"), LitValue::Char('\''));
        assert_eq!(value("b'\\xff'"), LitValue::Byte(255));
        assert_eq!(value("b'A'"), LitValue::Byte(65));
        assert_eq!(value("true"), LitValue::Bool(true));
        assert_eq!(
            value("\"a\\n\\t\\\"b\\x41\\u{e9}\""),
            LitValue::Str("a\n\t\"bAé".into())
        );
        assert_eq!(
            value("\"one \\\n     two\""),
            LitValue::Str("one two".into())
        );
        assert_eq!(
            value("r#\"raw \\n \"q\"\"#"),
            LitValue::Str("raw \\n \"q\"".into())
        );
        assert_eq!(
            value("b\"\\x00\\xffA\""),
            LitValue::ByteStr(vec![0, 255, 65])
        );
        assert_eq!(value("br\"\\x\""), LitValue::ByteStr(b"\\x".to_vec()));
        assert_eq!(value("c\"hi\""), LitValue::CStr(b"hi".to_vec()));
        assert_eq!(value("\"a\r\nb\""), LitValue::Str("a\nb".into()));
    }

    #[test]
    fn odd_literals_never_panic() {
        // Every literal token of random text, cooked, whatever the lexer thought of it.
        let alphabet: Vec<char> = "'\"\\xu{}0a9é_rbc#\n\r ".chars().collect();
        let mut state = 0x1234_5678_9abc_def0u64;
        for _ in 0..3000 {
            let mut text = String::from("const X: u8 = ");
            for _ in 0..(state % 12) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push(alphabet[(state % alphabet.len() as u64) as usize]);
            }
            text.push(';');
            let parsed = crate::parse(&text);
            if let Some(ItemKind::Const { expr: Some(e), .. }) =
                parsed.krate.items.first().map(|i| &i.kind)
            {
                if let ExprKind::Lit(l) = &e.kind {
                    let _ = l.value();
                }
            }
        }
    }
}
