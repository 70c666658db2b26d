//! Format strings: parsing `"{} {x:>8.3} {:?}"` as `format_args!` does, and rustc 1.95's template.
//!
//! [`parse`] splits a format string into literal pieces and placeholders (argument, format
//! trait, fill, alignment, sign, `#`, `0`, width, precision), reporting rustc's
//! `invalid format string` errors with the offset of the problem inside the string.
//! [`template_bytes`] encodes the placeholders the way rustc 1.95's `format_args!` lowering
//! does for `format_arguments::new(b"…", &args)`, so the HIR printer can show the same bytes.

/// A reference to a formatting argument.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArgRef {
    /// `{}`: the next argument.
    Next,
    /// `{0}`.
    Index(usize),
    /// `{name}`: a named argument, or a variable captured from the scope.
    Name(String, usize),
}

/// A width or precision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Count {
    Is(u16),
    /// `1$`: taken from an argument.
    Arg(ArgRef),
    /// `.*`: the precision is the next argument.
    Star,
}

/// The format traits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trait {
    Display,
    Debug,
    LowerHex,
    UpperHex,
    Octal,
    Binary,
    LowerExp,
    UpperExp,
    Pointer,
}

impl Trait {
    /// The constructor rustc calls: `new_display`, `new_debug`, …
    pub fn constructor(self) -> &'static str {
        match self {
            Trait::Display => "new_display",
            Trait::Debug => "new_debug",
            Trait::LowerHex => "new_lower_hex",
            Trait::UpperHex => "new_upper_hex",
            Trait::Octal => "new_octal",
            Trait::Binary => "new_binary",
            Trait::LowerExp => "new_lower_exp",
            Trait::UpperExp => "new_upper_exp",
            Trait::Pointer => "new_pointer",
        }
    }
}

/// Alignment of a placeholder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    Unknown,
}

/// One `{…}` of a format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placeholder {
    pub arg: ArgRef,
    /// The argument's index after resolution (filled in by lowering).
    pub index: usize,
    pub trait_: Trait,
    pub fill: Option<char>,
    pub align: Align,
    pub plus: bool,
    pub minus: bool,
    pub alternate: bool,
    pub zero: bool,
    /// `x?` / `X?`: debug with hexadecimal integers.
    pub debug_hex: Option<bool>,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    /// The argument indices of a width or precision taken from an argument (filled in by
    /// lowering).
    pub width_index: Option<usize>,
    pub precision_index: Option<usize>,
    /// Byte offsets of the placeholder inside the string (from `{` to after `}`).
    pub start: usize,
    pub end: usize,
}

/// A piece of a format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Lit(String),
    Placeholder(Placeholder),
}

/// A format string error: the message, the label, and the byte range inside the string.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatError {
    pub message: String,
    pub label: String,
    pub start: usize,
    pub end: usize,
    /// A second place in the string with its label (rustc's `secondary_label`).
    pub secondary: Option<Box<(usize, usize, &'static str)>>,
    /// rustc's note under the error.
    pub note: Option<&'static str>,
}

/// Parses a format string (its cooked value).
pub fn parse(s: &str) -> Result<Vec<Piece>, FormatError> {
    let b = s.as_bytes();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'{' if b.get(i + 1) == Some(&b'{') => {
                lit.push('{');
                i += 2;
            }
            b'}' if b.get(i + 1) == Some(&b'}') => {
                lit.push('}');
                i += 2;
            }
            b'}' => {
                return Err(FormatError {
                    message: "invalid format string: unmatched `}` found".into(),
                    label: "unmatched `}` in format string".into(),
                    start: i,
                    end: i + 1,
                    ..FormatError::default()
                })
            }
            b'{' => {
                if !lit.is_empty() {
                    pieces.push(Piece::Lit(std::mem::take(&mut lit)));
                }
                let (p, next) = placeholder(s, i)?;
                pieces.push(Piece::Placeholder(p));
                i = next;
            }
            _ => {
                let c = s[i..].chars().next().unwrap_or('\0');
                lit.push(c);
                i += c.len_utf8().max(1);
            }
        }
    }
    if !lit.is_empty() {
        pieces.push(Piece::Lit(lit));
    }
    Ok(pieces)
}

/// Parses one placeholder starting at the `{` at `open`; returns it and the offset after `}`.
fn placeholder(s: &str, open: usize) -> Result<(Placeholder, usize), FormatError> {
    let close = match s[open + 1..].find('}') {
        Some(k) => open + 1 + k,
        None => {
            return Err(FormatError {
                message: "invalid format string: expected `}` but string was terminated".into(),
                label: "expected `}` in format string".into(),
                // rustc points at the end of the string.
                start: s.len(),
                end: s.len(),
                secondary: Some(Box::new((open, open + 1, "because of this opening brace"))),
                note: Some("if you intended to print `{`, you can escape it using `{{`"),
            });
        }
    };
    let inner = &s[open + 1..close];
    let (arg_text, spec) = match inner.find(':') {
        Some(k) => (&inner[..k], Some(&inner[k + 1..])),
        None => (inner, None),
    };
    let arg_text = arg_text.trim();
    let bad = |message: String, label: &str| FormatError {
        message,
        label: label.to_string(),
        start: open,
        end: close + 1,
        ..FormatError::default()
    };
    let arg = if arg_text.is_empty() {
        ArgRef::Next
    } else if let Ok(n) = arg_text.parse::<usize>() {
        ArgRef::Index(n)
    } else if is_ident(arg_text) {
        ArgRef::Name(arg_text.to_string(), 0)
    } else {
        return Err(bad(
            format!("invalid format string: invalid argument name `{arg_text}`"),
            "invalid argument name in format string",
        ));
    };
    let mut p = Placeholder {
        arg,
        index: 0,
        trait_: Trait::Display,
        fill: None,
        align: Align::Unknown,
        plus: false,
        minus: false,
        alternate: false,
        zero: false,
        debug_hex: None,
        width: None,
        precision: None,
        width_index: None,
        precision_index: None,
        start: open,
        end: close + 1,
    };
    if let Some(spec) = spec {
        let chars: Vec<char> = spec.chars().collect();
        let mut k = 0;
        let align_of = |c: char| match c {
            '<' => Some(Align::Left),
            '>' => Some(Align::Right),
            '^' => Some(Align::Center),
            _ => None,
        };
        if chars.len() >= 2 && align_of(chars[1]).is_some() {
            p.fill = Some(chars[0]);
            p.align = align_of(chars[1]).unwrap_or(Align::Unknown);
            k = 2;
        } else if let Some(a) = chars.first().and_then(|&c| align_of(c)) {
            p.align = a;
            k = 1;
        }
        if chars.get(k) == Some(&'+') {
            p.plus = true;
            k += 1;
        } else if chars.get(k) == Some(&'-') {
            p.minus = true;
            k += 1;
        }
        if chars.get(k) == Some(&'#') {
            p.alternate = true;
            k += 1;
        }
        if chars.get(k) == Some(&'0') && !matches!(chars.get(k + 1), Some('$')) {
            p.zero = true;
            k += 1;
        }
        let (width, next) = count(&chars, k);
        p.width = width;
        k = next;
        if chars.get(k) == Some(&'.') {
            k += 1;
            if chars.get(k) == Some(&'*') {
                p.precision = Some(Count::Star);
                k += 1;
            } else {
                let (prec, next) = count(&chars, k);
                if prec.is_none() {
                    return Err(bad(
                        "invalid format string: expected `}`, found `.`".into(),
                        "expected `}` in format string",
                    ));
                }
                p.precision = prec;
                k = next;
            }
        }
        let rest: String = chars[k..].iter().collect();
        p.trait_ = match rest.trim() {
            "" => Trait::Display,
            "?" => Trait::Debug,
            "x?" => {
                p.debug_hex = Some(false);
                Trait::Debug
            }
            "X?" => {
                p.debug_hex = Some(true);
                Trait::Debug
            }
            "x" => Trait::LowerHex,
            "X" => Trait::UpperHex,
            "o" => Trait::Octal,
            "b" => Trait::Binary,
            "e" => Trait::LowerExp,
            "E" => Trait::UpperExp,
            "p" => Trait::Pointer,
            other => {
                return Err(bad(
                    format!("unknown format trait `{other}`"),
                    "unknown format trait",
                ))
            }
        };
    }
    Ok((p, close + 1))
}

/// A width or precision starting at `k`: digits, `N$` or `name$`.
fn count(chars: &[char], k: usize) -> (Option<Count>, usize) {
    let mut j = k;
    while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
        j += 1;
    }
    let word: String = chars[k..j].iter().collect();
    if word.is_empty() {
        return (None, k);
    }
    if chars.get(j) == Some(&'$') {
        let arg = match word.parse::<usize>() {
            Ok(n) => ArgRef::Index(n),
            Err(_) => ArgRef::Name(word, 0),
        };
        return (Some(Count::Arg(arg)), j + 1);
    }
    let digits: String = chars[k..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    match digits.parse::<u16>() {
        Ok(n) => (Some(Count::Is(n)), k + digits.len()),
        Err(_) => (None, k),
    }
}

/// True when `s` is an identifier.
fn is_ident(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || rust_syntax::is_id_start(c))
        && chars.all(rust_syntax::is_id_continue)
        && s != "_"
}

/// The bytes of rustc 1.95's format template for `pieces`, where `arg_slot(p)` gives the
/// index of a placeholder's entry in the `args` array. Literal pieces are a length byte and
/// the bytes; a placeholder is a byte with the high bit set whose low bits say which fields
/// follow (flags, width, precision, argument index); the template ends with a zero byte.
/// The entries of the `args` array rustc builds for `pieces`: one per argument and format trait
/// (`None`: a width or precision read with `from_usize`), in order of first use.
pub fn slots(pieces: &[Piece]) -> Vec<(usize, Option<Trait>)> {
    let mut out: Vec<(usize, Option<Trait>)> = Vec::new();
    let mut add = |s: (usize, Option<Trait>)| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    for piece in pieces {
        if let Piece::Placeholder(p) = piece {
            add((p.index, Some(p.trait_)));
            if let Some(w) = p.width_index {
                add((w, None));
            }
            if let Some(pr) = p.precision_index {
                add((pr, None));
            }
        }
    }
    out
}

/// The template bytes with the slots of [`slots`].
pub fn template_bytes_for(pieces: &[Piece]) -> Vec<u8> {
    let slots = slots(pieces);
    let find = |s: (usize, Option<Trait>)| slots.iter().position(|x| *x == s).unwrap_or(0);
    template_bytes(pieces, &|p| find((p.index, Some(p.trait_))), &|i| {
        find((i, None))
    })
}

/// The template bytes, with `arg_slot` giving a placeholder's entry in the `args` array and
/// `count_slot` the entry of a width or precision argument.
pub fn template_bytes(
    pieces: &[Piece],
    arg_slot: &dyn Fn(&Placeholder) -> usize,
    count_slot: &dyn Fn(usize) -> usize,
) -> Vec<u8> {
    let mut out = Vec::new();
    let mut next_slot = 0usize;
    for piece in pieces {
        match piece {
            Piece::Lit(s) => {
                for chunk in s.as_bytes().chunks(127) {
                    out.push(chunk.len() as u8);
                    out.extend_from_slice(chunk);
                }
            }
            Piece::Placeholder(p) => {
                let mut head = 0xc0u8;
                let default_flags = 0x6000_0020u32;
                let mut flags = p.fill.unwrap_or(' ') as u32;
                flags |= match p.align {
                    Align::Left => 0,
                    Align::Right => 1 << 29,
                    Align::Center => 2 << 29,
                    Align::Unknown => 3 << 29,
                };
                if p.plus {
                    flags |= 1 << 21;
                }
                if p.minus {
                    flags |= 1 << 22;
                }
                if p.alternate {
                    flags |= 1 << 23;
                }
                if p.zero {
                    flags |= 1 << 24;
                }
                match p.debug_hex {
                    Some(false) => flags |= 1 << 25,
                    Some(true) => flags |= 1 << 26,
                    None => {}
                }
                if p.width.is_some() {
                    flags |= 1 << 27;
                }
                if p.precision.is_some() {
                    flags |= 1 << 28;
                }
                let mut tail = Vec::new();
                if flags != default_flags {
                    head |= 1;
                    tail.extend_from_slice(&flags.to_le_bytes());
                }
                let count_bytes = |c: &Count,
                                   index: Option<usize>,
                                   head: &mut u8,
                                   bit: u8,
                                   tail: &mut Vec<u8>| {
                    let v = match c {
                        Count::Is(n) => *n,
                        Count::Arg(_) | Count::Star => {
                            *head |= bit;
                            count_slot(index.unwrap_or(0)) as u16
                        }
                    };
                    tail.extend_from_slice(&v.to_le_bytes());
                };
                if let Some(w) = &p.width {
                    head |= 2;
                    count_bytes(w, p.width_index, &mut head, 0x10, &mut tail);
                }
                if let Some(pr) = &p.precision {
                    head |= 4;
                    count_bytes(pr, p.precision_index, &mut head, 0x20, &mut tail);
                }
                let slot = arg_slot(p);
                if slot != next_slot {
                    head |= 8;
                    tail.extend_from_slice(&(slot as u16).to_le_bytes());
                }
                next_slot = slot + 1;
                out.push(head);
                out.extend_from_slice(&tail);
            }
        }
    }
    out.push(0);
    out
}

/// Prints bytes as a Rust byte string literal body, as rustc's pretty printer escapes them.
pub fn escape_bytes(bytes: &[u8]) -> String {
    let mut s = String::new();
    for &b in bytes {
        match b {
            b'\n' => s.push_str("\\n"),
            b'\t' => s.push_str("\\t"),
            b'\r' => s.push_str("\\r"),
            b'\\' => s.push_str("\\\\"),
            b'"' => s.push_str("\\\""),
            b'\'' => s.push_str("\\'"),
            0x20..=0x7e => s.push(b as char),
            _ => s.push_str(&format!("\\x{b:02x}")),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(s: &str) -> String {
        let pieces = parse(s).unwrap();
        escape_bytes(&template_bytes_for(&pieces))
    }

    #[test]
    fn templates_match_rustc() {
        // Expected bytes from `rustc -Zunpretty=hir` (1.95), one placeholder per argument.
        assert_eq!(enc("{}\n"), "\\xc0\\x01\\n\\x00");
        assert_eq!(enc("bye {}"), "\\x04bye \\xc0\\x00");
        assert_eq!(enc("{:5}\n"), "\\xc3 \\x00\\x00h\\x05\\x00\\x01\\n\\x00");
        assert_eq!(enc("{:<5}"), "\\xc3 \\x00\\x00\\x08\\x05\\x00\\x00");
        assert_eq!(enc("{:.2}\n"), "\\xc5 \\x00\\x00p\\x02\\x00\\x01\\n\\x00");
        assert_eq!(
            enc("{:08.3}\n"),
            "\\xc7 \\x00\\x00y\\x08\\x00\\x03\\x00\\x01\\n\\x00"
        );
        assert_eq!(enc("{:+}\n"), "\\xc1 \\x00 `\\x01\\n\\x00");
        assert_eq!(enc("{:#?}\n"), "\\xc1 \\x00\\x80`\\x01\\n\\x00");
        assert_eq!(enc("{:*^9}\n"), "\\xc3*\\x00\\x00H\\t\\x00\\x01\\n\\x00");
    }

    #[test]
    fn errors() {
        assert!(parse("{").unwrap_err().message.contains("expected `}`"));
        assert!(parse("}").unwrap_err().message.contains("unmatched `}`"));
        assert_eq!(parse("{{}}").unwrap(), vec![Piece::Lit("{}".into())]);
    }
}
