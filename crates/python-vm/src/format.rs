//! String formatting exactly as CPython 3.11 does it: `format(value, spec)` with the
//! format-spec mini-language (Python/formatter_unicode.c), the `%` operator
//! (PyUnicode_Format), and `str.format` / `str.format_map` (Objects/stringlib/unicode_format.h).
//!
//! Floats are rounded half-even on their exact binary value: Rust's `{:.N}` and `{:.Ne}`
//! formatting is correctly rounded, so the digits come from it and the layout from here.

use std::fmt::Write;

use num_bigint::BigInt;
use num_traits::Signed;

use crate::exceptions::ExcKind;
use crate::interp::Vm;
use crate::value::{Args, Value};
use crate::PyResult;

/// `format(v, spec)`: `__format__` of the value's type.
pub fn format_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => {
            if spec.is_empty() {
                return Ok(s.s.clone());
            }
            format_str(vm, &s.s, s.chars, spec)
        }
        Value::Int(i) => {
            if spec.is_empty() {
                return Ok(i.to_string());
            }
            format_int(vm, &IntRef::Small(*i), spec, "int")
        }
        Value::Bool(b) => {
            if spec.is_empty() {
                return Ok(if b.get() { "True" } else { "False" }.into());
            }
            format_int(vm, &IntRef::Small(b.get() as i64), spec, "bool")
        }
        Value::Long(b) => {
            if spec.is_empty() {
                return vm.int_to_string(b);
            }
            format_int(vm, &IntRef::Big(b), spec, "int")
        }
        Value::Float(f) => {
            if spec.is_empty() {
                return Ok(python_compiler::value::float_repr(f.get()));
            }
            format_float(vm, f.get(), spec, "float")
        }
        Value::Instance(_) | Value::Other(_) => {
            if let Some(r) = vm.call_special(v, "__format__", &[Value::str(spec)])? {
                return match r {
                    Value::Str(s) => Ok(s.s.clone()),
                    Value::Instance(_)
                        if matches!(Vm::builtin_payload(&r), Some(Value::Str(_))) =>
                    {
                        match Vm::builtin_payload(&r) {
                            Some(Value::Str(s)) => Ok(s.s.clone()),
                            _ => Ok(String::new()),
                        }
                    }
                    other => Err(vm.type_error(format!(
                        "__format__ must return a str, not {}",
                        vm.type_name(&other)
                    ))),
                };
            }
            if let Some(p) = Vm::builtin_payload(v) {
                if spec.is_empty() {
                    return vm.str_of(v);
                }
                return format_value(vm, &p, spec);
            }
            if spec.is_empty() {
                return vm.str_of(v);
            }
            Err(vm.type_error(format!(
                "unsupported format string passed to {}.__format__",
                vm.type_name(v)
            )))
        }
        _ if spec.is_empty() => vm.str_of(v),
        _ => Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(v)
        ))),
    }
}

// ---------------------------------------------------------------------------------------
// The format-spec mini-language.

/// A parsed format spec: `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
#[derive(Clone, Debug)]
struct Spec {
    fill: char,
    align: char,
    sign: Option<char>,
    z: bool,
    alt: bool,
    width: usize,
    grouping: Option<char>,
    precision: Option<usize>,
    ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// `parse_internal_render_format_spec`: `default_align` is '>' for numbers, '<' for str.
fn parse_spec(vm: &mut Vm, spec: &str, type_name: &str, default_align: char) -> PyResult<Spec> {
    // Strings default to presentation type 's' (for the grouping check below).
    let default_type = if type_name == "str" { Some('s') } else { None };
    // Specs are short: decode into a buffer on the stack.
    let mut buf = ['\0'; 24];
    let owned: Vec<char>;
    let chars: &[char] = if spec.len() <= buf.len() {
        let mut n = 0;
        for c in spec.chars() {
            buf[n] = c;
            n += 1;
        }
        &buf[..n]
    } else {
        owned = spec.chars().collect();
        &owned
    };
    let mut pos = 0;
    let mut out = Spec {
        fill: ' ',
        align: default_align,
        sign: None,
        z: false,
        alt: false,
        width: 0,
        grouping: None,
        precision: None,
        ty: None,
    };
    let mut fill_specified = false;
    let mut align_specified = false;
    if chars.len() >= 2 && is_align(chars[1]) {
        out.fill = chars[0];
        out.align = chars[1];
        fill_specified = true;
        align_specified = true;
        pos = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        out.align = chars[0];
        align_specified = true;
        pos = 1;
    }
    if pos < chars.len() && matches!(chars[pos], '+' | '-' | ' ') {
        out.sign = Some(chars[pos]);
        pos += 1;
    }
    if pos < chars.len() && chars[pos] == 'z' {
        out.z = true;
        pos += 1;
    }
    if pos < chars.len() && chars[pos] == '#' {
        out.alt = true;
        pos += 1;
    }
    if !fill_specified && pos < chars.len() && chars[pos] == '0' {
        out.fill = '0';
        if !align_specified && default_align == '>' {
            out.align = '=';
        }
        pos += 1;
    }
    let too_many = "Too many decimal digits in format string";
    let start = pos;
    let mut width: u64 = 0;
    while pos < chars.len() && chars[pos].is_ascii_digit() {
        width = match width
            .checked_mul(10)
            .and_then(|w| w.checked_add(chars[pos] as u64 - '0' as u64))
        {
            Some(w) if w <= isize::MAX as u64 => w,
            _ => return Err(vm.value_error(too_many)),
        };
        pos += 1;
    }
    if pos > start {
        out.width = width as usize;
    }
    let both = "Cannot specify both ',' and '_'.";
    if pos < chars.len() && chars[pos] == ',' {
        out.grouping = Some(',');
        pos += 1;
    }
    if pos < chars.len() && chars[pos] == '_' {
        if out.grouping.is_some() {
            return Err(vm.value_error(both));
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if pos < chars.len() && chars[pos] == ',' && out.grouping == Some('_') {
        return Err(vm.value_error(both));
    }
    if pos < chars.len() && chars[pos] == '.' {
        pos += 1;
        let start = pos;
        let mut p: u64 = 0;
        while pos < chars.len() && chars[pos].is_ascii_digit() {
            p = match p
                .checked_mul(10)
                .and_then(|w| w.checked_add(chars[pos] as u64 - '0' as u64))
            {
                Some(w) if w <= isize::MAX as u64 => w,
                _ => return Err(vm.value_error(too_many)),
            };
            pos += 1;
        }
        if pos == start {
            return Err(vm.value_error("Format specifier missing precision"));
        }
        out.precision = Some(p as usize);
    }
    if chars.len() - pos > 1 {
        return Err(vm.value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if pos < chars.len() {
        out.ty = Some(chars[pos]);
    }
    if let Some(g) = out.grouping {
        let ok = match out.ty.or(default_type) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => g == '_',
            _ => false,
        };
        if !ok {
            let c = out.ty.or(default_type).unwrap_or('\0');
            return Err(vm.value_error(if c as u32 > 32 && (c as u32) < 128 {
                format!("Cannot specify '{g}' with '{c}'.")
            } else {
                format!("Cannot specify '{g}' with '\\x{:x}'.", c as u32)
            }));
        }
    }
    Ok(out)
}

fn unknown_code(vm: &mut Vm, c: char, type_name: &str) -> crate::PyErr {
    let n = c as u32;
    vm.value_error(if n > 32 && n < 128 {
        format!("Unknown format code '{c}' for object of type '{type_name}'")
    } else {
        format!("Unknown format code '\\x{n:x}' for object of type '{type_name}'")
    })
}

/// Pads `body` (of `len` code points) to the spec's width with its fill and alignment.
fn pad(out: &mut String, body: &str, len: usize, fill: char, align: char, width: usize) {
    if width <= len {
        out.push_str(body);
        return;
    }
    let n = width - len;
    let (left, right) = match align {
        '<' => (0, n),
        '^' => (n / 2, n - n / 2),
        _ => (n, 0),
    };
    out.reserve(body.len() + n * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(body);
    out.extend(std::iter::repeat_n(fill, right));
}

/// `str.__format__`.
fn format_str(vm: &mut Vm, s: &str, chars: usize, spec: &str) -> PyResult<String> {
    let sp = parse_spec(vm, spec, "str", '<')?;
    match sp.ty {
        None | Some('s') => {}
        Some(c) => return Err(unknown_code(vm, c, "str")),
    }
    match sp.sign {
        Some(' ') => return Err(vm.value_error("Space not allowed in string format specifier")),
        Some(_) => return Err(vm.value_error("Sign not allowed in string format specifier")),
        None => {}
    }
    if sp.z {
        return Err(
            vm.value_error("Negative zero coercion (z) not allowed in string format specifier")
        );
    }
    if sp.alt {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if sp.align == '=' {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
    }
    let (body, len) = match sp.precision {
        Some(p) if p < chars => {
            let end = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            (&s[..end], p)
        }
        _ => (s, chars),
    };
    let mut out = String::new();
    pad(&mut out, body, len, sp.fill, sp.align, sp.width);
    Ok(out)
}

/// An int to format, without copying a big one.
enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

/// Inserts `sep` every `group` digits from the right (digits are ASCII), padding with
/// zeros to at least `min_width` characters as CPython's
/// `_PyUnicode_InsertThousandsGrouping` does.
fn group_digits(digits: &str, sep: char, group: usize, min_width: isize) -> String {
    // Build from the right.
    let d = digits.as_bytes();
    let mut remaining = d.len() as isize;
    let mut min_width = min_width;
    let mut pieces: Vec<u8> = Vec::with_capacity(d.len() + d.len() / group + 8);
    let mut use_sep = false;
    let mut end = d.len();
    loop {
        let l = (group as isize).min(remaining.max(min_width).max(1));
        let zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        if use_sep {
            pieces.push(sep as u8);
        }
        for i in 0..n_chars as usize {
            pieces.push(d[end - 1 - i]);
        }
        pieces.extend(std::iter::repeat_n(b'0', zeros as usize));
        end -= n_chars as usize;
        use_sep = true;
        remaining -= n_chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    pieces.reverse();
    String::from_utf8(pieces).unwrap_or_default()
}

/// Lays out a number: sign, prefix, integer digits (grouped), and the rest (decimal point,
/// fraction, exponent, `%`), padded to the width.
fn render_number(sp: &Spec, negative: bool, prefix: &str, digits: &str, rest: &str) -> String {
    let sign = if negative {
        "-"
    } else {
        match sp.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let rest_len = if rest.is_ascii() {
        rest.len()
    } else {
        rest.chars().count()
    };
    let fixed = sign.len() + prefix.len() + rest_len;
    let grouped;
    let digits = match sp.grouping {
        Some(g) => {
            let group = if matches!(sp.ty, Some('b' | 'o' | 'x' | 'X')) {
                4
            } else {
                3
            };
            let min_width = if sp.fill == '0' && sp.align == '=' {
                sp.width as isize - fixed as isize
            } else {
                0
            };
            if digits.is_empty() {
                digits
            } else {
                grouped = group_digits(digits, g, group, min_width);
                &grouped
            }
        }
        None => digits,
    };
    let len = fixed + digits.len();
    let mut out = String::with_capacity(len.max(sp.width));
    if sp.width > len && sp.align == '=' {
        out.push_str(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n(sp.fill, sp.width - len));
        out.push_str(digits);
        out.push_str(rest);
        return out;
    }
    if sp.width <= len {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(digits);
        out.push_str(rest);
        return out;
    }
    let mut body = String::with_capacity(len);
    body.push_str(sign);
    body.push_str(prefix);
    body.push_str(digits);
    body.push_str(rest);
    pad(&mut out, &body, len, sp.fill, sp.align, sp.width);
    out
}

/// `int.__format__` (and bool's, with a non-empty spec).
fn format_int(vm: &mut Vm, v: &IntRef, spec: &str, type_name: &str) -> PyResult<String> {
    let sp = parse_spec(vm, spec, type_name, '>')?;
    let ty = sp.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = match v {
                IntRef::Small(i) => *i as f64,
                IntRef::Big(b) => crate::num::bigint_to_f64(vm, b)?,
            };
            return format_float_spec(vm, f, &sp, type_name);
        }
        c => return Err(unknown_code(vm, c, type_name)),
    }
    if sp.precision.is_some() {
        return Err(vm.value_error("Precision not allowed in integer format specifier"));
    }
    if sp.z {
        return Err(
            vm.value_error("Negative zero coercion (z) not allowed in integer format specifier")
        );
    }
    if ty == 'c' {
        if sp.sign.is_some() {
            return Err(vm.value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if sp.alt {
            return Err(
                vm.value_error("Alternate form (#) not allowed with integer format specifier 'c'")
            );
        }
        let n = match v {
            IntRef::Small(i) => *i,
            IntRef::Big(_) => {
                return Err(vm.new_error(
                    ExcKind::OverflowError,
                    "Python int too large to convert to C long",
                ))
            }
        };
        let c = match u32::try_from(n).ok().and_then(char::from_u32) {
            Some(c) => c,
            None if (0..0x110000).contains(&n) => '\u{FFFD}',
            None => {
                return Err(vm.new_error(ExcKind::OverflowError, "%c arg not in range(0x110000)"))
            }
        };
        let mut buf = [0u8; 4];
        let s = c.encode_utf8(&mut buf);
        return Ok(render_number(&sp, false, "", "", s));
    }
    let (negative, digits) = int_digits(vm, v, ty)?;
    let prefix = if sp.alt {
        match ty {
            'b' => "0b",
            'o' => "0o",
            'x' => "0x",
            'X' => "0X",
            _ => "",
        }
    } else {
        ""
    };
    Ok(render_number(&sp, negative, prefix, &digits, ""))
}

/// The sign and the digits of the absolute value of an int in the radix of `ty`.
fn int_digits(vm: &mut Vm, v: &IntRef, ty: char) -> PyResult<(bool, String)> {
    Ok(match v {
        IntRef::Small(i) => {
            let a = i.unsigned_abs();
            let mut s = String::with_capacity(24);
            let _ = match ty {
                'b' => write!(s, "{a:b}"),
                'o' => write!(s, "{a:o}"),
                'x' => write!(s, "{a:x}"),
                'X' => write!(s, "{a:X}"),
                _ => write!(s, "{a}"),
            };
            (*i < 0, s)
        }
        IntRef::Big(b) => {
            let a = b.abs();
            let s = match ty {
                'b' => a.to_str_radix(2),
                'o' => a.to_str_radix(8),
                'x' => a.to_str_radix(16),
                'X' => a.to_str_radix(16).to_uppercase(),
                _ => vm.int_to_string(&a)?,
            };
            (b.is_negative(), s)
        }
    })
}

/// `float.__format__`.
fn format_float(vm: &mut Vm, f: f64, spec: &str, type_name: &str) -> PyResult<String> {
    let sp = parse_spec(vm, spec, type_name, '>')?;
    format_float_spec(vm, f, &sp, type_name)
}

fn format_float_spec(vm: &mut Vm, f: f64, sp: &Spec, type_name: &str) -> PyResult<String> {
    let ty = match sp.ty {
        None => None,
        Some(c @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => Some(c),
        Some('n') => Some('g'),
        Some(c) => return Err(unknown_code(vm, c, type_name)),
    };
    let (ty, add_dot_0) = match (ty, sp.precision) {
        (None, None) => ('r', true),
        (None, Some(_)) => ('g', true),
        (Some(c), _) => (c, false),
    };
    let precision = sp.precision.unwrap_or(6);
    let mut negative = f.is_sign_negative() && !f.is_nan();
    let body = float_body(f.abs(), ty, precision, sp.alt, add_dot_0);
    if negative && sp.z && body.bytes().all(|b| matches!(b, b'0' | b'.' | b'%')) {
        negative = false;
    }
    if negative && sp.z && (ty == 'e' || ty == 'E' || ty == 'g' || ty == 'G') {
        let mant = body.split(['e', 'E']).next().unwrap_or("");
        if mant.bytes().all(|b| matches!(b, b'0' | b'.')) {
            negative = false;
        }
    }
    let split = body
        .bytes()
        .position(|b| !b.is_ascii_digit())
        .unwrap_or(body.len());
    Ok(render_number(
        sp,
        negative,
        "",
        &body[..split],
        &body[split..],
    ))
}

/// The text of a non-negative float (no sign) in presentation type `ty` ('r' for repr).
pub fn float_body(x: f64, ty: char, precision: usize, alt: bool, add_dot_0: bool) -> String {
    let upper = matches!(ty, 'E' | 'F' | 'G');
    if !x.is_finite() {
        let s = if x.is_nan() { "nan" } else { "inf" };
        let mut s = if upper {
            s.to_uppercase()
        } else {
            s.to_string()
        };
        if ty == '%' {
            s.push('%');
        }
        return s;
    }
    let mut s = match ty {
        'r' => {
            let mut r = python_compiler::value::float_repr(x);
            if alt && !r.contains('.') {
                let at = r.find('e').unwrap_or(r.len());
                r.insert(at, '.');
            }
            r
        }
        'f' | 'F' => {
            let mut r = format!("{:.*}", precision, x);
            if alt && precision == 0 {
                r.push('.');
            }
            r
        }
        '%' => {
            let mut r = format!("{:.*}", precision, x * 100.0);
            if alt && precision == 0 {
                r.push('.');
            }
            r.push('%');
            r
        }
        'e' | 'E' => {
            let r = format!("{:.*e}", precision, x);
            sci(&r, alt && precision == 0)
        }
        _ => {
            // 'g' / 'G'
            let p = precision.max(1);
            let r = format!("{:.*e}", p - 1, x);
            let exp: i64 = r[r.find('e').unwrap_or(0) + 1..].parse().unwrap_or(0);
            // With ADD_DOT_0 (no presentation type) CPython switches to exponent notation
            // one digit earlier.
            let limit = if add_dot_0 { p as i64 - 1 } else { p as i64 };
            let mut out = if -4 <= exp && exp < limit {
                format!("{:.*}", (p as i64 - 1 - exp) as usize, x)
            } else {
                sci(&r, false)
            };
            let at = out.find('e').unwrap_or(out.len());
            let (mant, tail) = out.split_at(at);
            let mut mant = mant.to_string();
            if alt {
                if !mant.contains('.') {
                    mant.push('.');
                }
            } else if mant.contains('.') {
                let trimmed = mant.trim_end_matches('0').trim_end_matches('.');
                mant.truncate(trimmed.len());
            }
            if add_dot_0 && !mant.contains('.') && tail.is_empty() {
                mant.push_str(".0");
            }
            mant.push_str(tail);
            out = mant;
            out
        }
    };
    if upper {
        s.make_ascii_uppercase();
    }
    s
}

/// Rust's `1.5e3` / `1.5e-7` as CPython's `1.5e+03` / `1.5e-07`.
fn sci(r: &str, add_dot: bool) -> String {
    let at = r.find('e').unwrap_or(r.len());
    let (mant, exp) = (&r[..at], &r[(at + 1).min(r.len())..]);
    let (sign, digits) = match exp.strip_prefix('-') {
        Some(d) => ('-', d),
        None => ('+', exp),
    };
    let mut out = String::with_capacity(mant.len() + 6);
    out.push_str(mant);
    if add_dot {
        out.push('.');
    }
    out.push('e');
    out.push(sign);
    if digits.len() < 2 {
        out.push('0');
    }
    out.push_str(digits);
    out
}

// ---------------------------------------------------------------------------------------
// The `%` operator.

/// `fmt % args`.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<String> {
    let fmt = match fmt {
        Value::Str(s) => s.clone(),
        other => match Vm::builtin_payload(other) {
            Some(Value::Str(s)) => s,
            _ => return Err(vm.type_error("format requires a str")),
        },
    };
    percent_impl(vm, &fmt.s, args, false)
}

/// `b % args` for bytes: the text is handled as Latin-1, one character per byte.
pub fn bytes_percent_format(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&c| c as char).collect();
    let out = percent_impl(vm, &text, args, true)?;
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

fn percent_impl(vm: &mut Vm, f: &str, args: &Value, bytes_mode: bool) -> PyResult<String> {
    let args_payload = Vm::builtin_payload(args);
    let plain = args_payload.as_ref().unwrap_or(args);
    let items: Vec<Value> = match plain {
        Value::Tuple(t) => t.items.clone(),
        _ => vec![args.clone()],
    };
    let is_mapping = !matches!(plain, Value::Tuple(_) | Value::Str(_))
        && (matches!(plain, Value::Dict(_))
            || (matches!(args, Value::Instance(_))
                && vm.type_of(args).lookup_name("__getitem__").is_some()));
    let dict = if is_mapping { Some(args.clone()) } else { None };
    let b = f.as_bytes();
    let mut out = String::with_capacity(f.len() + 16);
    let mut argidx = 0usize;
    let mut i = 0usize;
    // Character index of a byte position, for error messages.
    let char_index = |pos: usize| f[..pos].chars().count();
    while i < b.len() {
        let start = i;
        while i < b.len() && b[i] != b'%' {
            i += 1;
        }
        out.push_str(&f[start..i]);
        if i >= b.len() {
            break;
        }
        // b[i] == '%'
        let percent_at = i;
        i += 1;
        let mut key_arg: Option<Value> = None;
        if i < b.len() && b[i] == b'(' {
            let Some(d) = &dict else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let d = d.clone();
            i += 1;
            let kstart = i;
            let mut depth = 1;
            while i < b.len() {
                match b[i] {
                    b'(' => depth += 1,
                    b')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            if i >= b.len() {
                return Err(vm.value_error("incomplete format key"));
            }
            let key = Value::str(&f[kstart..i]);
            i += 1;
            key_arg = Some(vm.getitem(&d, &key)?);
            // CPython's formatter has used up its single argument once a key is used.
            argidx = items.len();
        }
        let mut left = false;
        let mut sign: Option<char> = None;
        let mut alt = false;
        let mut zero = false;
        while i < b.len() {
            match b[i] {
                b'-' => left = true,
                b'+' => sign = Some('+'),
                b' ' => {
                    if sign.is_none() {
                        sign = Some(' ')
                    }
                }
                b'#' => alt = true,
                b'0' => zero = true,
                _ => break,
            }
            i += 1;
        }
        let next_arg = |vm: &mut Vm, argidx: &mut usize| -> PyResult<Value> {
            if *argidx < items.len() {
                *argidx += 1;
                Ok(items[*argidx - 1].clone())
            } else {
                Err(vm.type_error("not enough arguments for format string"))
            }
        };
        let mut width = 0usize;
        if i < b.len() && b[i] == b'*' {
            let w = next_arg(vm, &mut argidx)?;
            let w = match w {
                Value::Int(n) => n,
                Value::Bool(x) => x.get() as i64,
                _ => return Err(vm.type_error("* wants int")),
            };
            if w < 0 {
                left = true;
            }
            width = w.unsigned_abs() as usize;
            i += 1;
        } else {
            while i < b.len() && b[i].is_ascii_digit() {
                width = width
                    .checked_mul(10)
                    .and_then(|w| w.checked_add((b[i] - b'0') as usize))
                    .ok_or_else(|| vm.value_error("width too big"))?;
                i += 1;
            }
        }
        let mut precision: Option<usize> = None;
        if i < b.len() && b[i] == b'.' {
            i += 1;
            if i < b.len() && b[i] == b'*' {
                let p = next_arg(vm, &mut argidx)?;
                let p = match p {
                    Value::Int(n) => n,
                    Value::Bool(x) => x.get() as i64,
                    _ => return Err(vm.type_error("* wants int")),
                };
                precision = Some(p.max(0) as usize);
                i += 1;
            } else {
                let mut p = 0usize;
                while i < b.len() && b[i].is_ascii_digit() {
                    p = p
                        .checked_mul(10)
                        .and_then(|w| w.checked_add((b[i] - b'0') as usize))
                        .ok_or_else(|| vm.value_error("precision too big"))?;
                    i += 1;
                }
                precision = Some(p);
            }
        }
        while i < b.len() && matches!(b[i], b'h' | b'l' | b'L') {
            i += 1;
        }
        if i >= b.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let c = f[i..].chars().next().unwrap_or('%');
        let conv_at = i;
        i += c.len_utf8();
        if c == '%' && conv_at == percent_at + 1 {
            out.push('%');
            continue;
        }
        let arg = match key_arg {
            Some(a) => a,
            None => next_arg(vm, &mut argidx)?,
        };
        match c {
            's' | 'b' if bytes_mode => {
                let s: String = match Vm::builtin_payload(&arg).unwrap_or_else(|| arg.clone()) {
                    Value::Bytes(x) => x.b.iter().map(|&c| c as char).collect(),
                    _ => {
                        return Err(vm.type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            vm.type_name(&arg)
                        )))
                    }
                };
                let (body, len) = match precision {
                    Some(p) if p < s.chars().count() => {
                        let end = s.char_indices().nth(p).map_or(s.len(), |(k, _)| k);
                        (&s[..end], p)
                    }
                    _ => (&s[..], s.chars().count()),
                };
                pad(
                    &mut out,
                    body,
                    len,
                    ' ',
                    if left { '<' } else { '>' },
                    width,
                );
            }
            'c' if bytes_mode => {
                let ch = match &arg {
                    Value::Bytes(x) if x.b.len() == 1 => x.b[0] as char,
                    Value::Int(n) => {
                        if !(0..256).contains(n) {
                            return Err(
                                vm.new_error(ExcKind::OverflowError, "%c arg not in range(256)")
                            );
                        }
                        *n as u8 as char
                    }
                    _ => {
                        return Err(
                            vm.type_error("%c requires an integer in range(256) or a single byte")
                        )
                    }
                };
                let mut buf = [0u8; 4];
                pad(
                    &mut out,
                    ch.encode_utf8(&mut buf),
                    1,
                    ' ',
                    if left { '<' } else { '>' },
                    width,
                );
            }
            's' | 'r' | 'a' => {
                let s = match c {
                    's' => vm.str_of(&arg)?,
                    'r' if bytes_mode => {
                        let r = vm.repr(&arg)?;
                        crate::builtins::ascii_of(&r)
                    }
                    'r' => vm.repr(&arg)?,
                    _ => {
                        let r = vm.repr(&arg)?;
                        crate::builtins::ascii_of(&r)
                    }
                };
                let (body, len) = match precision {
                    Some(p) => {
                        let end = s.char_indices().nth(p).map_or(s.len(), |(k, _)| k);
                        let len = s[..end].chars().count();
                        (&s[..end], len)
                    }
                    None => (&s[..], s.chars().count()),
                };
                pad(
                    &mut out,
                    body,
                    len,
                    ' ',
                    if left { '<' } else { '>' },
                    width,
                );
            }
            'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                let int = percent_int(vm, &arg, c)?;
                let ty = match c {
                    'd' | 'i' | 'u' => 'd',
                    t => t,
                };
                let (negative, mut digits) = int_digits(
                    vm,
                    &match &int {
                        Value::Int(n) => IntRef::Small(*n),
                        Value::Long(b) => IntRef::Big(b),
                        _ => IntRef::Small(0),
                    },
                    ty,
                )?;
                if let Some(p) = precision {
                    if digits.len() < p {
                        digits.insert_str(0, &"0".repeat(p - digits.len()));
                    }
                }
                let prefix = if alt {
                    match c {
                        'x' => "0x",
                        'X' => "0X",
                        'o' => "0o",
                        _ => "",
                    }
                } else {
                    ""
                };
                percent_number(&mut out, negative, sign, prefix, &digits, width, left, zero);
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match &arg {
                    Value::Float(x) => x.get(),
                    Value::Int(n) => *n as f64,
                    Value::Bool(x) => x.get() as i64 as f64,
                    Value::Long(b) => crate::num::bigint_to_f64(vm, b)?,
                    other => {
                        let r = vm.call_special(other, "__float__", &[])?;
                        match r {
                            Some(Value::Float(x)) => x.get(),
                            _ => match Vm::builtin_payload(other) {
                                Some(Value::Float(x)) => x.get(),
                                Some(Value::Int(n)) => n as f64,
                                _ => {
                                    return Err(vm.type_error(format!(
                                        "must be real number, not {}",
                                        vm.type_name(other)
                                    )))
                                }
                            },
                        }
                    }
                };
                let negative = x.is_sign_negative() && !x.is_nan();
                let body = float_body(x.abs(), c, precision.unwrap_or(6), alt, false);
                percent_number(&mut out, negative, sign, "", &body, width, left, zero);
            }
            'c' => {
                let ch = match &arg {
                    Value::Str(s) if s.chars == 1 => s.s.clone(),
                    Value::Int(_) | Value::Bool(_) | Value::Long(_) => {
                        let n = match &arg {
                            Value::Int(n) => *n,
                            Value::Bool(x) => x.get() as i64,
                            _ => -1,
                        };
                        match u32::try_from(n).ok().filter(|n| *n < 0x110000) {
                            Some(n) => char::from_u32(n).unwrap_or('\u{FFFD}').to_string(),
                            None => {
                                return Err(vm.new_error(
                                    ExcKind::OverflowError,
                                    "%c arg not in range(0x110000)",
                                ))
                            }
                        }
                    }
                    _ => return Err(vm.type_error("%c requires int or char")),
                };
                pad(&mut out, &ch, 1, ' ', if left { '<' } else { '>' }, width);
            }
            _ => {
                let n = c as u32;
                let shown = if (32..127).contains(&n) { c } else { '?' };
                return Err(vm.value_error(format!(
                    "unsupported format character '{shown}' (0x{n:x}) at index {}",
                    char_index(conv_at)
                )));
            }
        }
    }
    if argidx < items.len() && dict.is_none() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

/// The int a `%d`/`%x`/`%o` conversion formats.
fn percent_int(vm: &mut Vm, arg: &Value, c: char) -> PyResult<Value> {
    match arg {
        Value::Int(_) | Value::Long(_) => Ok(arg.clone()),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Float(x) if matches!(c, 'd' | 'i' | 'u') => {
            let x = x.get();
            if !x.is_finite() {
                return Err(vm.new_error(
                    if x.is_nan() {
                        ExcKind::ValueError
                    } else {
                        ExcKind::OverflowError
                    },
                    if x.is_nan() {
                        "cannot convert float NaN to integer"
                    } else {
                        "cannot convert float infinity to integer"
                    },
                ));
            }
            Ok(Value::from_bigint(
                crate::num::float_to_bigint(x.trunc()).unwrap_or_default(),
            ))
        }
        Value::Instance(_) => {
            if let Some(r) = vm.call_special(arg, "__index__", &[])? {
                return Ok(r);
            }
            if matches!(c, 'd' | 'i' | 'u') {
                if let Some(r) = vm.call_special(arg, "__int__", &[])? {
                    return Ok(r);
                }
            }
            if let Some(p) = Vm::builtin_payload(arg) {
                return percent_int(vm, &p, c);
            }
            Err(percent_int_error(vm, arg, c))
        }
        _ => Err(percent_int_error(vm, arg, c)),
    }
}

fn percent_int_error(vm: &mut Vm, arg: &Value, c: char) -> crate::PyErr {
    let t = vm.type_name(arg);
    if matches!(c, 'd' | 'i' | 'u') {
        vm.type_error(format!("%{c} format: a real number is required, not {t}"))
    } else {
        vm.type_error(format!("%{c} format: an integer is required, not {t}"))
    }
}

/// Lays out a `%`-formatted number.
#[allow(clippy::too_many_arguments)]
fn percent_number(
    out: &mut String,
    negative: bool,
    sign: Option<char>,
    prefix: &str,
    body: &str,
    width: usize,
    left: bool,
    zero: bool,
) {
    let sign = if negative {
        "-"
    } else {
        match sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    };
    let len = sign.len() + prefix.len() + body.len();
    if width <= len {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
    } else if left {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', width - len));
    } else if zero {
        out.push_str(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n('0', width - len));
        out.push_str(body);
    } else {
        out.extend(std::iter::repeat_n(' ', width - len));
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
}

// ---------------------------------------------------------------------------------------
// `str.format` and `str.format_map`.

/// Where `str.format` finds its named fields.
enum Kwargs<'a> {
    Call(Args<'a>),
    Mapping(Value),
}

/// `fmt.format(*args, **kwargs)`: `args` are the positional arguments after `self`.
pub fn str_format(vm: &mut Vm, fmt: &str, args: Args) -> PyResult<String> {
    let pos = &args.positional()[1..];
    let mut auto = AutoNumber::default();
    render_format(vm, fmt, pos, &Kwargs::Call(args), 2, &mut auto)
}

/// `fmt.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, fmt: &str, mapping: Value) -> PyResult<String> {
    let mut auto = AutoNumber::default();
    render_format(vm, fmt, &[], &Kwargs::Mapping(mapping), 2, &mut auto)
}

#[derive(Default)]
struct AutoNumber {
    /// 0: undecided, 1: automatic, 2: manual.
    state: u8,
    next: usize,
}

fn render_format(
    vm: &mut Vm,
    fmt: &str,
    pos: &[Value],
    kw: &Kwargs,
    depth: usize,
    auto: &mut AutoNumber,
) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let b = fmt.as_bytes();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    while i < b.len() {
        // Literal text up to '{' or '}'.
        let start = i;
        while i < b.len() && b[i] != b'{' && b[i] != b'}' {
            i += 1;
        }
        out.push_str(&fmt[start..i]);
        if i >= b.len() {
            break;
        }
        let c = b[i];
        i += 1;
        if c == b'}' {
            if i < b.len() && b[i] == b'}' {
                out.push('}');
                i += 1;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        // c == '{'
        if i < b.len() && b[i] == b'{' {
            out.push('{');
            i += 1;
            continue;
        }
        if i >= b.len() {
            return Err(vm.value_error("Single '{' encountered in format string"));
        }
        // The field name runs to '}', ':' or '!' ('[' ... ']' may hold any of them).
        let fstart = i;
        let mut c = 0u8;
        while i < b.len() {
            c = b[i];
            i += 1;
            match c {
                b'{' => return Err(vm.value_error("unexpected '{' in field name")),
                b'[' => {
                    while i < b.len() && b[i] != b']' {
                        i += 1;
                    }
                    c = 0;
                    continue;
                }
                b'}' | b':' | b'!' => break,
                _ => {
                    c = 0;
                    continue;
                }
            }
        }
        let name_end = if c == 0 { i } else { i - 1 };
        let name = &fmt[fstart..name_end];
        let mut conv: Option<char> = None;
        let mut spec = "";
        if c == b'!' || c == b':' {
            let mut done = false;
            if c == b'!' {
                let Some(ch) = fmt[i..].chars().next() else {
                    return Err(
                        vm.value_error("end of string while looking for conversion specifier")
                    );
                };
                conv = Some(ch);
                i += ch.len_utf8();
                if i < b.len() {
                    let c2 = b[i];
                    i += 1;
                    if c2 == b'}' {
                        done = true;
                    } else if c2 != b':' {
                        return Err(vm.value_error("expected ':' after conversion specifier"));
                    }
                }
            }
            if !done {
                let sstart = i;
                let mut count = 1;
                let mut closed = false;
                while i < b.len() {
                    let d = b[i];
                    i += 1;
                    if d == b'{' {
                        count += 1;
                    } else if d == b'}' {
                        count -= 1;
                        if count == 0 {
                            spec = &fmt[sstart..i - 1];
                            closed = true;
                            break;
                        }
                    }
                }
                if !closed {
                    return Err(vm.value_error("unmatched '{' in format spec"));
                }
            }
        } else if c != b'}' {
            return Err(vm.value_error("expected '}' before end of string"));
        }
        render_field(vm, name, conv, spec, pos, kw, depth, auto, &mut out)?;
    }
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
fn render_field(
    vm: &mut Vm,
    name: &str,
    conv: Option<char>,
    spec: &str,
    pos: &[Value],
    kw: &Kwargs,
    depth: usize,
    auto: &mut AutoNumber,
    out: &mut String,
) -> PyResult<()> {
    let obj = field_value(vm, name, pos, kw, auto)?;
    let obj = match conv {
        None => obj,
        Some('r') => Value::str(vm.repr(&obj)?),
        Some('s') => Value::str(vm.str_of(&obj)?),
        Some('a') => {
            let r = vm.repr(&obj)?;
            Value::str(crate::builtins::ascii_of(&r))
        }
        Some(c) => {
            let n = c as u32;
            return Err(vm.value_error(if n > 32 && n < 128 {
                format!("Unknown conversion specifier {c}")
            } else {
                format!("Unknown conversion specifier \\x{n:x}")
            }));
        }
    };
    let spec_owned;
    let spec = if spec.contains('{') || spec.contains('}') {
        spec_owned = render_format(vm, spec, pos, kw, depth - 1, auto)?;
        spec_owned.as_str()
    } else {
        spec
    };
    match (&obj, spec.is_empty()) {
        (Value::Str(s), true) => out.push_str(&s.s),
        (Value::Int(n), true) => {
            let _ = write!(out, "{n}");
        }
        _ => out.push_str(&format_value(vm, &obj, spec)?),
    }
    Ok(())
}

/// The object a field name names: an argument, then `.attr` and `[key]` lookups.
fn field_value(
    vm: &mut Vm,
    name: &str,
    pos: &[Value],
    kw: &Kwargs,
    auto: &mut AutoNumber,
) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut obj = if first.is_empty() {
        if auto.state == 2 {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        auto.state = 1;
        let n = auto.next;
        auto.next += 1;
        positional(vm, pos, kw, n)?
    } else if let Some(n) = parse_index(first) {
        if auto.state == 1 {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        auto.state = 2;
        positional(vm, pos, kw, n)?
    } else {
        match kw {
            Kwargs::Call(args) => match args.kw(first) {
                Some(v) => v.clone(),
                None => return Err(vm.new_error_args(ExcKind::KeyError, vec![Value::str(first)])),
            },
            Kwargs::Mapping(m) => {
                let m = m.clone();
                vm.getitem(&m, &Value::str(first))?
            }
        }
    };
    let rest = &name[first_end..];
    let rb = rest.as_bytes();
    let mut k = 0;
    while k < rb.len() {
        if rb[k] == b'.' {
            k += 1;
            let s = k;
            while k < rb.len() && rb[k] != b'.' && rb[k] != b'[' {
                k += 1;
            }
            if s == k {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let attr = vm.intern(&rest[s..k]);
            obj = vm.getattr(&obj, &attr)?;
        } else if rb[k] == b'[' {
            k += 1;
            let s = k;
            while k < rb.len() && rb[k] != b']' {
                k += 1;
            }
            if k >= rb.len() {
                return Err(vm.value_error("Missing ']' in format string"));
            }
            if s == k {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let key_text = &rest[s..k];
            k += 1;
            let key = match parse_index(key_text) {
                Some(n) => Value::Int(n as i64),
                None => Value::str(key_text),
            };
            obj = vm.getitem(&obj, &key)?;
            if k < rb.len() && rb[k] != b'.' && rb[k] != b'[' {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(obj)
}

fn positional(vm: &mut Vm, pos: &[Value], kw: &Kwargs, n: usize) -> PyResult<Value> {
    if let Kwargs::Mapping(_) = kw {
        return Err(vm.value_error("Format string contains positional fields"));
    }
    match pos.get(n) {
        Some(v) => Ok(v.clone()),
        None => Err(vm.new_error(
            ExcKind::IndexError,
            format!("Replacement index {n} out of range for positional args tuple"),
        )),
    }
}

/// A field name or key made only of decimal digits, as an index.
fn parse_index(s: &str) -> Option<usize> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}
