//! Literals: numbers, strings, bytes, implicit concatenation, and f-strings parsed into
//! `JoinedStr`/`FormattedValue` the way CPython 3.11 does it (`Parser/string_parser.c`).
//!
//! In 3.11 an f-string is one STRING token. Its text is split into literal parts and
//! replacement fields; each field's expression is cut out, wrapped in parentheses and parsed by
//! a fresh parser whose token positions are shifted to where the expression is in the file.
//! Literal parts, conversions and format specs get the position of the whole (concatenated)
//! string, except that a format spec's own `JoinedStr` spans just the token it is in.

use num_bigint::BigInt;

use super::core::{PResult, Parser};
use super::error::ErrorKind;
use super::lexer::{self, Token, T};
use crate::ast::*;

/// The most digits CPython converts from a decimal string to an int
/// (`sys.int_info.default_max_str_digits`).
pub(crate) const MAX_STR_DIGITS: usize = 4300;

/// The digit count of a decimal integer literal with more than [`MAX_STR_DIGITS`] digits
/// (underscores do not count), or `None` for every other number.
pub(crate) fn excess_decimal_digits(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let is_decimal_int = bytes.iter().all(|&b| b.is_ascii_digit() || b == b'_');
    let digits = bytes.iter().filter(|b| b.is_ascii_digit()).count();
    (is_decimal_int && digits > MAX_STR_DIGITS).then_some(digits)
}

/// The value of a NUMBER token.
pub(crate) fn number_value(text: &str) -> Constant {
    let owned;
    let text = if text.contains('_') {
        owned = text.replace('_', "");
        owned.as_str()
    } else {
        text
    };
    let lower = text.as_bytes();
    if let Some(imag) = text.strip_suffix(['j', 'J']) {
        return Constant::Complex(imag.parse().unwrap_or(0.0));
    }
    if lower.len() > 2 && lower[0] == b'0' && lower[1].is_ascii_alphabetic() {
        let radix = match lower[1].to_ascii_lowercase() {
            b'x' => 16,
            b'o' => 8,
            _ => 2,
        };
        let digits = &text[2..];
        return match i64::from_str_radix(digits, radix) {
            Ok(n) => Constant::Int(n),
            Err(_) => BigInt::parse_bytes(digits.as_bytes(), radix)
                .map(|b| Constant::BigInt(Box::new(b)))
                .unwrap_or(Constant::Int(0)),
        };
    }
    if text.contains(['.', 'e', 'E']) {
        return Constant::Float(text.parse().unwrap_or(0.0));
    }
    match text.parse::<i64>() {
        Ok(n) => Constant::Int(n),
        Err(_) => BigInt::parse_bytes(text.as_bytes(), 10)
            .map(|b| Constant::BigInt(Box::new(b)))
            .unwrap_or(Constant::Int(0)),
    }
}

/// A string value being built; it switches to code points if a lone surrogate appears.
#[derive(Default)]
pub(crate) struct StrBuf {
    s: String,
    cps: Option<Vec<u32>>,
}

impl StrBuf {
    fn push(&mut self, c: char) {
        match &mut self.cps {
            Some(cps) => cps.push(c as u32),
            None => self.s.push(c),
        }
    }

    fn push_cp(&mut self, cp: u32) {
        match char::from_u32(cp) {
            Some(c) => self.push(c),
            None => {
                let cps = self
                    .cps
                    .get_or_insert_with(|| self.s.chars().map(|c| c as u32).collect());
                cps.push(cp);
            }
        }
    }

    fn push_str(&mut self, s: &str) {
        match &mut self.cps {
            Some(cps) => cps.extend(s.chars().map(|c| c as u32)),
            None => self.s.push_str(s),
        }
    }

    fn append(&mut self, other: StrBuf) {
        match other.cps {
            Some(cps) => {
                for cp in cps {
                    self.push_cp(cp);
                }
            }
            None => self.push_str(&other.s),
        }
    }

    fn is_empty(&self) -> bool {
        match &self.cps {
            Some(c) => c.is_empty(),
            None => self.s.is_empty(),
        }
    }

    fn into_constant(self) -> Constant {
        match self.cps {
            Some(cps) => Constant::StrCodePoints(cps.into_boxed_slice()),
            None => Constant::Str(self.s.into_boxed_str()),
        }
    }
}

/// A string token's prefix.
struct Prefix {
    bytes: bool,
    raw: bool,
    fstring: bool,
    /// Where the body starts and ends within the token text.
    body: (usize, usize),
}

fn split_token(text: &str) -> Prefix {
    let b = text.as_bytes();
    let mut p = Prefix {
        bytes: false,
        raw: false,
        fstring: false,
        body: (0, 0),
    };
    let mut i = 0;
    while i < b.len() && b[i] != b'\'' && b[i] != b'"' {
        match b[i].to_ascii_lowercase() {
            b'b' => p.bytes = true,
            b'r' => p.raw = true,
            b'f' => p.fstring = true,
            _ => {}
        }
        i += 1;
    }
    let quote = b.get(i).copied().unwrap_or(b'\'');
    let q = if b.len() >= i + 6 && b[i + 1] == quote && b[i + 2] == quote {
        3
    } else {
        1
    };
    p.body = (i + q, b.len().saturating_sub(q).max(i + q));
    p
}

/// An error while decoding a literal.
pub(crate) struct LiteralError(pub String);

/// Decodes the escapes of a (non-raw) string body, CPython's `decode_unicode_with_escapes`.
pub(crate) fn decode_str(body: &str, raw: bool, out: &mut StrBuf) -> Result<(), LiteralError> {
    if !body.contains(['\\', '\r']) {
        out.push_str(body);
        return Ok(());
    }
    let b = body.as_bytes();
    let mut i = 0;
    let mut plain = 0;
    let flush = |out: &mut StrBuf, from: usize, to: usize| {
        if to > from {
            out.push_str(&body[from..to]);
        }
    };
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            flush(out, plain, i);
            out.push('\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            plain = i;
            continue;
        }
        if c != b'\\' || raw {
            i += 1;
            continue;
        }
        flush(out, plain, i);
        let Some(&e) = b.get(i + 1) else {
            out.push('\\');
            i += 1;
            plain = i;
            continue;
        };
        i += 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push_cp(v);
            }
            b'x' | b'u' | b'U' => {
                let len = match e {
                    b'x' => 2,
                    b'u' => 4,
                    _ => 8,
                };
                let digits = body.get(i..i + len).unwrap_or("");
                let valid = digits.len() == len && digits.bytes().all(|d| d.is_ascii_hexdigit());
                if !valid {
                    let what = match e {
                        b'x' => "truncated \\xXX escape",
                        b'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    return Err(LiteralError(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {what}",
                        i - 2,
                        (i + digits.bytes().take_while(|d| d.is_ascii_hexdigit()).count()).saturating_sub(1)
                    )));
                }
                let v = u32::from_str_radix(digits, 16).unwrap_or(0);
                if v > 0x10ffff {
                    return Err(LiteralError(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character",
                        i - 2,
                        i + len - 1
                    )));
                }
                i += len;
                out.push_cp(v);
            }
            b'N' => {
                let rest = &body[i..];
                let name = rest
                    .strip_prefix('{')
                    .and_then(|r| r.find('}').map(|end| &r[..end]));
                match name.and_then(unicode_names2::character) {
                    Some(ch) => {
                        i += name.map_or(0, |n| n.len()) + 2;
                        out.push(ch);
                    }
                    None => {
                        return Err(LiteralError(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
                            i - 2,
                            i - 1 + name.map_or(0, |n| n.len() + 2),
                            if name.is_some() { "unknown Unicode character name" } else { "malformed \\N character escape" }
                        )))
                    }
                }
            }
            _ => {
                // An unknown escape keeps its backslash (CPython only warns).
                out.push('\\');
                i -= 1;
            }
        }
        plain = i;
    }
    flush(out, plain, b.len());
    Ok(())
}

/// Decodes a bytes literal's body.
fn decode_bytes(body: &str, raw: bool, out: &mut Vec<u8>) -> Result<(), LiteralError> {
    let b = body.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            continue;
        }
        if c != b'\\' || raw || i + 1 >= b.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let e = b[i + 1];
        i += 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push(v as u8);
            }
            b'x' => {
                let digits = body.get(i..i + 2).unwrap_or("");
                if digits.len() != 2 || !digits.bytes().all(|d| d.is_ascii_hexdigit()) {
                    return Err(LiteralError(format!(
                        "(value error) invalid \\x escape at position {}",
                        i - 2
                    )));
                }
                out.push(u8::from_str_radix(digits, 16).unwrap_or(0));
                i += 2;
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(())
}

/// The state of CPython's `FstringParser`: the values so far and the pending literal.
struct FState {
    fmode: bool,
    last_str: Option<StrBuf>,
    values: Vec<Expr>,
}

impl FState {
    fn concat(&mut self, s: StrBuf) {
        if s.is_empty() {
            return;
        }
        match &mut self.last_str {
            Some(last) => last.append(s),
            None => self.last_str = Some(s),
        }
    }
}

impl<'s> Parser<'s> {
    /// A run of adjacent STRING tokens, concatenated. Its errors are hard: CPython raises
    /// them from the rule's action, which no backtracking undoes.
    pub fn strings(&mut self) -> PResult<Expr> {
        let result = self.strings_inner();
        if result.is_err() {
            if let Some(e) = self.error.as_mut() {
                e.hard = true;
            }
        }
        result
    }

    fn strings_inner(&mut self) -> PResult<Expr> {
        let first = self.pos;
        while self.peek() == T::String {
            self.bump();
        }
        let last = self.pos - 1;
        let mut state = FState {
            fmode: false,
            last_str: None,
            values: Vec::new(),
        };
        let mut bytes_mode = None;
        let mut bytes = Vec::new();
        for t in first..=last {
            let raw_bytes = self.bytes_of(t);
            if let Err(e) = std::str::from_utf8(raw_bytes) {
                // Invalid UTF-8 is found when the literal is decoded; CPython counts the
                // position from the start of the literal's body.
                let body = split_token(&String::from_utf8_lossy(raw_bytes)).body.0;
                let at = e.valid_up_to();
                let message =
                    super::decode::utf8_error(&raw_bytes[body.min(at)..]).unwrap_or_default();
                return self.error_last(&message);
            }
            let text = self.text_of(t);
            let p = split_token(text);
            if bytes_mode.is_some() && bytes_mode != Some(p.bytes) {
                return self.error_last("cannot mix bytes and nonbytes literals");
            }
            bytes_mode = Some(p.bytes);
            let body = &text[p.body.0..p.body.1];
            if p.bytes {
                if !body.is_ascii() {
                    let message = "bytes can only contain ASCII literal characters";
                    return self.error_tokens(ErrorKind::SyntaxError, message, t, t);
                }
                if let Err(LiteralError(m)) = decode_bytes(body, p.raw, &mut bytes) {
                    return self.error_last(&m);
                }
            } else if p.fstring {
                let end =
                    self.fstring_concat(t, p.body.0, p.body.1, p.raw, 0, first, last, &mut state)?;
                let _ = end;
            } else {
                let mut s = StrBuf::default();
                if let Err(LiteralError(m)) = decode_str(body, p.raw, &mut s) {
                    return self.error_last(&m);
                }
                state.concat(s);
            }
        }
        let pos = self.pos_between(first, last);
        if bytes_mode == Some(true) {
            return Ok(Expr::new(
                ExprKind::Constant {
                    value: Constant::Bytes(bytes.into_boxed_slice()),
                    kind: None,
                },
                pos,
            ));
        }
        Ok(self.fstring_finish(state, first, last))
    }

    /// An error at the furthest token read (CPython's `RAISE_SYNTAX_ERROR`).
    pub fn error_last<X>(&mut self, message: &str) -> PResult<X> {
        let at = self.fill.saturating_sub(1);
        self.error_tokens(ErrorKind::SyntaxError, message, at, at)
    }

    /// A `Constant` for a string literal spanning tokens `first` to `last`.
    fn str_node(&self, s: StrBuf, first: usize, last: usize) -> Expr {
        let kind = if self.text_of(first).starts_with('u') {
            Some("u")
        } else {
            None
        };
        Expr::new(
            ExprKind::Constant {
                value: s.into_constant(),
                kind,
            },
            self.pos_between(first, last),
        )
    }

    fn fstring_finish(&self, mut state: FState, first: usize, last: usize) -> Expr {
        if !state.fmode {
            let s = state.last_str.take().unwrap_or_default();
            return self.str_node(s, first, last);
        }
        if let Some(s) = state.last_str.take() {
            state.values.push(self.str_node(s, first, last));
        }
        Expr::new(
            ExprKind::JoinedStr {
                values: state.values,
            },
            self.pos_between(first, last),
        )
    }

    /// CPython's `_PyPegen_FstringParser_ConcatFstring`: parses token `t`'s text from byte
    /// `i` to `end` into `state`; returns where it stopped.
    #[allow(clippy::too_many_arguments)]
    fn fstring_concat(
        &mut self,
        t: usize,
        mut i: usize,
        end: usize,
        raw: bool,
        level: u32,
        first: usize,
        last: usize,
        state: &mut FState,
    ) -> PResult<usize> {
        state.fmode = true;
        let text = self.text_of(t);
        loop {
            let (lit_start, lit_end, next, doubled) =
                match find_literal(text.as_bytes(), i, end, raw, level) {
                    Ok(x) => x,
                    Err(m) => return self.error_last(m),
                };
            if lit_end > lit_start {
                let mut s = StrBuf::default();
                if let Err(LiteralError(m)) = decode_str(&text[lit_start..lit_end], raw, &mut s) {
                    return self.error_last(&m);
                }
                state.concat(s);
            }
            i = next;
            if doubled {
                continue;
            }
            if i >= end || text.as_bytes()[i] == b'}' {
                break;
            }
            let (expr_text, value, next) = self.fstring_expr(t, i, end, raw, level, first, last)?;
            i = next;
            if let Some(expr_text) = expr_text {
                state.concat(expr_text);
            }
            if let Some(s) = state.last_str.take() {
                state.values.push(self.str_node(s, first, last));
            }
            state.values.push(value);
        }
        if level != 0 && (i >= end || text.as_bytes()[i] != b'}') {
            return self.error_last("f-string: expecting '}'");
        }
        Ok(i)
    }

    /// CPython's `fstring_find_expr`: one replacement field starting at the `{` at byte `i`.
    #[allow(clippy::too_many_arguments)]
    fn fstring_expr(
        &mut self,
        t: usize,
        mut i: usize,
        end: usize,
        raw: bool,
        level: u32,
        first: usize,
        last: usize,
    ) -> PResult<(Option<StrBuf>, Expr, usize)> {
        let text = self.text_of(t);
        let b = text.as_bytes();
        if level >= 2 {
            return self.error_last("f-string: expressions nested too deeply");
        }
        i += 1;
        let expr_start = i;
        let mut quote = 0u8;
        let mut triple = false;
        let mut stack: Vec<u8> = Vec::new();
        while i < end {
            let ch = b[i];
            if ch == b'\\' {
                return self.error_last("f-string expression part cannot include a backslash");
            }
            if quote != 0 {
                if ch == quote {
                    if triple {
                        if i + 2 < end && b[i + 1] == ch && b[i + 2] == ch {
                            i += 3;
                            quote = 0;
                            continue;
                        }
                    } else {
                        quote = 0;
                    }
                }
                i += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    if i + 2 < end && b[i + 1] == ch && b[i + 2] == ch {
                        triple = true;
                        i += 2;
                    } else {
                        triple = false;
                    }
                    quote = ch;
                }
                b'[' | b'{' | b'(' => {
                    if stack.len() >= lexer::MAX_LEVEL {
                        return self.error_last("f-string: too many nested parenthesis");
                    }
                    stack.push(ch);
                }
                b'#' => {
                    return self.error_last("f-string expression part cannot include '#'");
                }
                b'!' | b':' | b'}' | b'=' | b'>' | b'<' if stack.is_empty() => {
                    if i + 1 < end {
                        let next = b[i + 1];
                        if next == b'=' && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                            i += 2;
                            continue;
                        }
                    }
                    if ch == b'>' || ch == b'<' {
                        i += 1;
                        continue;
                    }
                    break;
                }
                b']' | b'}' | b')' => {
                    let Some(open) = stack.pop() else {
                        let m = format!("f-string: unmatched '{}'", ch as char);
                        return self.error_last(&m);
                    };
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if ch != expected {
                        let m = format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, open as char
                        );
                        return self.error_last(&m);
                    }
                }
                _ => {}
            }
            i += 1;
        }
        let expr_end = i;
        if quote != 0 {
            return self.error_last("f-string: unterminated string");
        }
        if let Some(&open) = stack.last() {
            let m = format!("f-string: unmatched '{}'", open as char);
            return self.error_last(&m);
        }
        if i >= end {
            return self.error_last("f-string: expecting '}'");
        }
        let value = self.fstring_compile(t, expr_start, expr_end)?;
        let text = self.text_of(t);
        let b = text.as_bytes();
        let mut expr_text = None;
        if b[i] == b'=' {
            i += 1;
            while i < end && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c') {
                i += 1;
            }
            if i >= end {
                return self.error_last("f-string: expecting '}'");
            }
            let mut s = StrBuf::default();
            s.push_str(&text[expr_start..i]);
            expr_text = Some(s);
        }
        let mut conversion = -1;
        if b[i] == b'!' {
            i += 1;
            if i >= end {
                return self.error_last("f-string: expecting '}'");
            }
            conversion = b[i] as i32;
            i += 1;
            if !matches!(conversion as u8, b's' | b'r' | b'a') {
                return self.error_last(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                );
            }
        }
        let mut format_spec = None;
        if i < end && b[i] == b':' {
            i += 1;
            if i >= end {
                return self.error_last("f-string: expecting '}'");
            }
            let mut spec = FState {
                fmode: false,
                last_str: None,
                values: Vec::new(),
            };
            i = self.fstring_concat(t, i, end, raw, level + 1, first, last, &mut spec)?;
            format_spec = Some(Box::new(self.fstring_finish(spec, t, t)));
        }
        if i >= end || b[i] != b'}' {
            return self.error_last("f-string: expecting '}'");
        }
        i += 1;
        if expr_text.is_some() && format_spec.is_none() && conversion == -1 {
            conversion = b'r' as i32;
        }
        let pos = self.pos_between(first, last);
        let fv = Expr::new(
            ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
            pos,
        );
        Ok((expr_text, fv, i))
    }

    /// CPython's `fstring_compile_expr`: parses the expression text between bytes `a` and `b`
    /// of token `t` with a parser of its own, positioned where the text is.
    fn fstring_compile(&mut self, t: usize, a: usize, b: usize) -> PResult<Expr> {
        let text = self.text_of(t).as_bytes();
        let inner = &text[a..b];
        if inner
            .iter()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\x0c'))
        {
            let terminator = text.get(b).copied().unwrap_or(b'}');
            if matches!(terminator, b'!' | b':' | b'=') {
                let message = format!(
                    "f-string: expression required before '{}'",
                    terminator as char
                );
                return self.error_last(&message);
            }
            return self.error_last("f-string: empty expression not allowed");
        }
        // Where the sub-parser's first line starts (CPython's `fstring_find_expr_location`).
        let brace = a - 1;
        let mut newline_after_brace = true;
        for &c in &text[a..] {
            if c == b'}' || c == b'\n' {
                break;
            }
            if !matches!(c, b' ' | b'\t' | b'\x0c') {
                newline_after_brace = false;
                break;
            }
        }
        let lines = text[..brace].iter().filter(|&&c| c == b'\n').count() as u32;
        let mut cols = 0u32;
        if !newline_after_brace {
            match text[..brace].iter().rposition(|&c| c == b'\n') {
                Some(nl) => cols = (brace - nl - 1) as u32,
                None => cols = brace as u32,
            }
        }
        let tok = *self.tok(t);
        let start_line = tok.lineno + lines;
        let start_col = if lines == 0 { tok.col + cols } else { cols };
        let mut source = Vec::with_capacity(inner.len() + 3);
        source.push(b'(');
        source.extend_from_slice(inner);
        source.extend_from_slice(b")\n");
        let lexed = lexer::lex(&source);
        let mut toks: Vec<Token> = lexed.tokens;
        for k in toks.iter_mut() {
            if k.end_lineno == 1 {
                k.col += start_col;
                k.end_col += start_col;
            }
            k.lineno += start_line - 1;
            k.end_lineno += start_line - 1;
        }
        let mut sub = Parser {
            text: &source,
            toks,
            pos: 0,
            fill: 0,
            level: 0,
            open_brackets: lexed.open_brackets,
            error: None,
            lex_error: lexed.error,
            lex_error_hit: false,
            decoded: self.decoded,
            span_origin: self.span_origin + tok.start as i64 + brace as i64,
            too_deep: false,
            no_invalid: false,
        };
        let result = sub.star_expressions();
        self.too_deep |= sub.too_deep;
        match result {
            Ok(e) => Ok(e),
            Err(_) => {
                let mut error = sub.final_error();
                if self.error.is_none() {
                    if !error.message.starts_with("f-string") {
                        error.message = format!("f-string: {}", error.message);
                    }
                    // CPython reports these errors in the coordinates of the parenthesised
                    // expression it parsed (columns from its start, that text as the line),
                    // on the file's line numbers.
                    let sub_line = if error.from_lexer {
                        let l = error.lineno;
                        error.lineno += start_line - 1;
                        error.end_lineno += start_line - 1;
                        l
                    } else {
                        if error.lineno == start_line {
                            error.offset -= start_col as i64;
                            if error.end_offset > 0 {
                                error.end_offset -= start_col as i64;
                            }
                        }
                        error.lineno + 1 - start_line
                    };
                    error.convert = false;
                    let text = String::from_utf8_lossy(&source);
                    error.text = text
                        .split_inclusive('\n')
                        .nth(sub_line as usize - 1)
                        .map(String::from);
                    self.error = Some(error);
                }
                Err(super::core::Fail)
            }
        }
    }
}

/// CPython's `fstring_find_literal`: the literal text from byte `i`, up to a `{` that starts
/// a field (or the `}` that ends a nested format spec). Returns the literal's range, where to
/// continue, and whether it stopped at a doubled brace.
fn find_literal(
    s: &[u8],
    mut i: usize,
    end: usize,
    raw: bool,
    level: u32,
) -> Result<(usize, usize, usize, bool), &'static str> {
    let start = i;
    while i < end {
        let mut ch = s[i];
        i += 1;
        if !raw && ch == b'\\' && i < end {
            ch = s[i];
            i += 1;
            if ch == b'N' {
                if i < end {
                    let c = s[i];
                    i += 1;
                    if c == b'{' {
                        while i < end {
                            let c = s[i];
                            i += 1;
                            if c == b'}' {
                                break;
                            }
                        }
                    }
                }
                continue;
            }
        }
        if ch == b'{' || ch == b'}' {
            if level == 0 {
                if i < end && s[i] == ch {
                    return Ok((start, i, i + 1, true));
                }
                if ch == b'}' {
                    return Err("f-string: single '}' is not allowed");
                }
            }
            i -= 1;
            break;
        }
    }
    Ok((start, i, i, false))
}
