//! The methods of `str`, with CPython 3.11's semantics and error messages: searching and
//! splitting in code points, the case and character-class predicates, padding, encoding,
//! `format`, `maketrans`/`translate`, and the special methods as attributes of the type (so
//! `str.upper("x")` and subclasses work).

use std::rc::Rc;

use crate::exceptions::ExcKind;
use crate::interp::Vm;
use crate::value::*;
use crate::PyResult;

/// Installs the methods of str (and `__format__` of int, float and bool).
pub fn install(vm: &mut Vm) {
    vm.types.str.add_methods(&[
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("replace", replace),
        ("startswith", startswith),
        ("endswith", endswith),
        ("upper", upper),
        ("lower", lower),
        ("capitalize", capitalize),
        ("title", title),
        ("swapcase", swapcase),
        ("casefold", casefold),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("isidentifier", isidentifier),
        ("isnumeric", isnumeric),
        ("isdecimal", isdecimal),
        ("istitle", istitle),
        ("isascii", isascii),
        ("isprintable", isprintable),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("partition", partition),
        ("rpartition", rpartition),
        ("expandtabs", expandtabs),
        ("encode", encode),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("format", format),
        ("format_map", format_map),
        ("translate", translate),
        ("__getitem__", getitem),
        ("__contains__", contains),
        ("__add__", add),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__mod__", mod_),
        ("__iter__", iter),
        ("__len__", len),
        ("__hash__", hash),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__str__", str_),
        ("__repr__", repr),
        ("__format__", dunder_format),
    ]);
    let maketrans = Value::Builtin(Rc::new(Builtin::new(
        "maketrans",
        maketrans,
        Some("str"),
        Value::None,
    )));
    vm.types.str.dict.set_by_name(
        "maketrans",
        Value::Other(Rc::new(Other {
            kind: OtherKind::StaticMethod(maketrans),
        })),
    );
    vm.types.int.add_methods(&[("__format__", number_format)]);
    vm.types.float.add_methods(&[("__format__", number_format)]);
    vm.types.bool.add_methods(&[("__format__", number_format)]);
}

// ---------------------------------------------------------------------------------------
// Arguments.

/// How a method checks its argument count (the message differs with CPython's calling
/// convention for the method).
#[derive(Clone, Copy, PartialEq)]
enum Style {
    /// METH_NOARGS: "str.upper() takes no arguments (1 given)".
    NoArgs,
    /// METH_O: "str.join() takes exactly one argument (0 given)".
    One,
    /// Argument Clinic, positional only: "replace expected at least 2 arguments, got 1".
    Clinic,
    /// The search methods: "find() takes at least 1 argument (0 given)".
    Finds,
}

/// The receiver of a str method, unwrapped from a subclass instance.
fn this(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Rc<PyStr>> {
    if let Some(Value::Str(s)) = args.args.first() {
        return Ok(s.clone());
    }
    match args.args.first().map(super::receiver) {
        Some(Value::Str(s)) => Ok(s),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            vm.type_name(&other)
        ))),
        None => Err(vm.type_error(format!("unbound method str.{name}() needs an argument"))),
    }
}

/// The receiver and the positional arguments after it, checked.
fn params<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
    style: Style,
) -> PyResult<(Rc<PyStr>, &'a [Value])> {
    let s = this(vm, args, name)?;
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let rest = &args.args[1..];
    let n = rest.len();
    if n < min || n > max {
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        let msg = match style {
            Style::NoArgs => format!("str.{name}() takes no arguments ({n} given)"),
            Style::One => format!("str.{name}() takes exactly one argument ({n} given)"),
            Style::Clinic => {
                if min == max {
                    format!("{name} expected {min} argument{}, got {n}", plural(min))
                } else if n < min {
                    format!(
                        "{name} expected at least {min} argument{}, got {n}",
                        plural(min)
                    )
                } else {
                    format!(
                        "{name} expected at most {max} argument{}, got {n}",
                        plural(max)
                    )
                }
            }
            Style::Finds => {
                if n < min {
                    format!(
                        "{name}() takes at least {min} argument{} ({n} given)",
                        plural(min)
                    )
                } else {
                    format!(
                        "{name}() takes at most {max} argument{} ({n} given)",
                        plural(max)
                    )
                }
            }
        };
        return Err(vm.type_error(msg));
    }
    Ok((s, rest))
}

/// Positional-or-keyword parameters (Argument Clinic with keywords): the values in
/// parameter order.
fn kw_params<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    names: &[&str],
) -> PyResult<(Rc<PyStr>, Vec<Option<&'a Value>>)> {
    let s = this(vm, args, name)?;
    let pos = &args.positional()[1..];
    if pos.len() > names.len() {
        return Err(vm.type_error(format!(
            "{name}() takes at most {} argument{} ({} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" },
            pos.len() + args.kwnames.len()
        )));
    }
    let mut out: Vec<Option<&Value>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v);
    }
    for (k, v) in args.keywords() {
        match names.iter().position(|n| *n == k) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {name}() given by name ('{k}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = Some(v);
            }
            None => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                )
            }
        }
    }
    Ok((s, out))
}

/// A str argument (str subclasses included).
fn str_arg(v: &Value) -> Option<Rc<PyStr>> {
    match v {
        Value::Str(s) => Some(s.clone()),
        Value::Instance(_) => match Vm::builtin_payload(v) {
            Some(Value::Str(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// A str argument, or "must be str, not int".
fn need_str(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Rc<PyStr>> {
    match str_arg(v) {
        Some(s) => Ok(s),
        None => {
            // Argument Clinic names None itself; the older parsers name its type.
            let t = if v.is_none() && !what.is_empty() {
                "None".to_string()
            } else {
                vm.type_name(v)
            };
            Err(vm.type_error(format!("{what}must be str, not {t}")))
        }
    }
}

/// An int argument (`__index__`), with CPython's overflow message for huge ints.
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Long(_) => Err(vm.new_error(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        Value::Float(_) | Value::Str(_) | Value::None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        ))),
        _ => vm.index_value(v),
    }
}

/// A start or end argument of the search methods (None for absent).
fn slice_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(b.get() as i64)),
        Some(Value::Long(b)) => Ok(Some(if num_traits::Signed::is_negative(&**b) {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        })),
        Some(v @ Value::Instance(_)) => vm.index_value(v).map(Some),
        Some(_) => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// CPython's ADJUST_INDICES: start and end clamped into `0..=len`.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// The number of code points in `s`.
fn cp_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// The byte range of the code points `start..end` (already adjusted, start <= end).
fn byte_range(s: &PyStr, start: i64, end: i64) -> (usize, usize) {
    if s.is_ascii() {
        return (start as usize, end as usize);
    }
    let mut a = s.s.len();
    let mut b = s.s.len();
    for (k, (i, _)) in s.s.char_indices().enumerate() {
        if k == start as usize {
            a = i;
        }
        if k == end as usize {
            b = i;
            break;
        }
    }
    (a, b)
}

fn new_str(s: String) -> Value {
    Value::str(s)
}

/// The same string object when nothing changed, as CPython returns it.
fn same_or_new(orig: &Rc<PyStr>, args0: &Value, out: &str) -> Value {
    if out.len() == orig.s.len() && matches!(args0, Value::Str(_)) {
        Value::Str(orig.clone())
    } else {
        Value::str(out)
    }
}

// ---------------------------------------------------------------------------------------
// Character classes, as CPython's unicodectype.c has them (approximated outside ASCII with
// Rust's Unicode tables).

/// `str.isspace` of one character (Rust's White_Space plus the ASCII separators
/// \x1c-\x1f, which CPython counts as whitespace).
pub fn py_isspace(c: char) -> bool {
    if c.is_ascii() {
        matches!(
            c,
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f'
        )
    } else {
        c.is_whitespace()
    }
}

/// The first code points of Unicode's runs of ten decimal digits (category Nd).
const DECIMAL_RUNS: &[u32] = &[
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0,
    0x11730, 0x118E0, 0x16A60, 0x16B50, 0x1E950, 0x1FBF0,
];

fn py_isdecimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    let n = c as u32;
    if (0x1D7CE..=0x1D7FF).contains(&n) {
        return true;
    }
    DECIMAL_RUNS.iter().any(|&s| n >= s && n < s + 10)
}

/// The value of a decimal digit (category Nd).
fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let n = c as u32;
    if (0x1D7CE..=0x1D7FF).contains(&n) {
        return Some((n - 0x1D7CE) % 10);
    }
    DECIMAL_RUNS
        .iter()
        .find(|&&s| n >= s && n < s + 10)
        .map(|&s| n - s)
}

/// Text with its Unicode decimal digits and spaces replaced by ASCII ones, as `int()` and
/// `float()` read numbers (`_PyUnicode_TransformDecimalAndSpaceToASCII`).
pub fn ascii_decimal(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if py_isspace(c) {
                ' '
            } else {
                decimal_value(c).map_or(c, |d| char::from(b'0' + d as u8))
            }
        })
        .collect()
}

fn py_isdigit(c: char) -> bool {
    if py_isdecimal(c) {
        return true;
    }
    let n = c as u32;
    matches!(n,
        0xB2 | 0xB3 | 0xB9 | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089 | 0x2460..=0x2468
        | 0x2474..=0x247C | 0x2488..=0x2490 | 0x24EA | 0x24F5..=0x24FD | 0x24FF
        | 0x2776..=0x277E | 0x2780..=0x2788 | 0x278A..=0x2792 | 0x1369..=0x1371 | 0x19DA)
}

fn py_isnumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    py_isdigit(c)
        || c.is_numeric()
        || matches!(
            c,
            '一' | '二'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
                | '百'
                | '千'
                | '万'
                | '萬'
                | '億'
                | '兆'
                | '零'
                | '〇'
                | '壹'
                | '貳'
                | '參'
                | '拾'
                | '佰'
                | '仟'
        )
}

fn py_isalpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        c.is_alphabetic() && !c.is_numeric()
    }
}

fn py_isalnum(c: char) -> bool {
    py_isalpha(c) || py_isdecimal(c) || py_isdigit(c) || py_isnumeric(c)
}

/// True for the titlecase letters (category Lt).
fn is_titlecase(c: char) -> bool {
    matches!(c as u32,
        0x01C5 | 0x01C8 | 0x01CB | 0x01F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F
        | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// The titlecase mapping of a character.
fn push_title(out: &mut String, c: char) {
    match c as u32 {
        0x01C4..=0x01C6 => out.push('\u{01C5}'),
        0x01C7..=0x01C9 => out.push('\u{01C8}'),
        0x01CA..=0x01CC => out.push('\u{01CB}'),
        0x01F1..=0x01F3 => out.push('\u{01F2}'),
        0xDF => out.push_str("Ss"),
        0xFB00 => out.push_str("Ff"),
        0xFB01 => out.push_str("Fi"),
        0xFB02 => out.push_str("Fl"),
        0xFB03 => out.push_str("Ffi"),
        0xFB04 => out.push_str("Ffl"),
        _ if is_titlecase(c) => out.push(c),
        _ => out.extend(c.to_uppercase()),
    }
}

/// The lowercase mapping of the character at `i` of `chars`, with the final sigma rule.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == 'Σ' {
        // Final sigma: preceded by a cased letter and not followed by one (skipping
        // case-ignorable characters).
        let before = chars[..i]
            .iter()
            .rev()
            .find(|c| !is_case_ignorable(**c))
            .is_some_and(|c| is_cased(*c));
        let after = chars[i + 1..]
            .iter()
            .find(|c| !is_case_ignorable(**c))
            .is_some_and(|c| is_cased(*c));
        out.push(if before && !after { 'ς' } else { 'σ' });
        return;
    }
    out.extend(c.to_lowercase());
}

fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{AD}' | '\u{B7}' | '\u{2019}'
    ) || matches!(c as u32, 0x300..=0x36F)
}

// ---------------------------------------------------------------------------------------
// join and split.

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, a) = params(vm, &args, "join", 1, 1, Style::One)?;
    let iterable = &a[0];
    let owned;
    let borrowed;
    // No Python code runs while the pieces are joined, so a list is read in place.
    let items: &[Value] = match iterable {
        Value::List(l) => {
            borrowed = l.items.borrow();
            &borrowed
        }
        Value::Tuple(t) => &t.items,
        other => {
            if !vm.is_iterable(other) {
                return Err(vm.type_error("can only join an iterable"));
            }
            owned = vm.to_vec(other)?;
            &owned
        }
    };
    if items.len() == 1 {
        if let Value::Str(s) = &items[0] {
            return Ok(Value::Str(s.clone()));
        }
    }
    let mut total = sep.s.len() * items.len().saturating_sub(1);
    for (i, item) in items.iter().enumerate() {
        match item {
            Value::Str(s) => total += s.s.len(),
            other => match str_arg(other) {
                Some(s) => total += s.s.len(),
                None => {
                    return Err(vm.type_error(format!(
                        "sequence item {i}: expected str instance, {} found",
                        vm.type_name(other)
                    )))
                }
            },
        }
    }
    if !crate::heap::fits(total, vm.heap_cap) {
        return Err(vm.new_error_args(ExcKind::MemoryError, vec![]));
    }
    let mut out = String::with_capacity(total);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep.s);
        }
        match item {
            Value::Str(s) => out.push_str(&s.s),
            other => {
                if let Some(s) = str_arg(other) {
                    out.push_str(&s.s);
                }
            }
        }
    }
    Ok(new_str(out))
}

/// The separator and maxsplit of split/rsplit.
fn split_args(
    vm: &mut Vm,
    args: &Args,
    name: &str,
) -> PyResult<(Rc<PyStr>, Option<Rc<PyStr>>, i64)> {
    let (s, p) = kw_params(vm, args, name, &["sep", "maxsplit"])?;
    // maxsplit is converted first, as Argument Clinic does.
    let maxsplit = match p[1] {
        None => -1,
        Some(v) => ssize_arg(vm, v)?,
    };
    let sep = match p[0] {
        None | Some(Value::None) => None,
        Some(v) => match str_arg(v) {
            Some(x) => Some(x),
            None => {
                return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(v))))
            }
        },
    };
    if let Some(sep) = &sep {
        if sep.s.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
    }
    Ok((s, sep, maxsplit))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sep, maxsplit) = split_args(vm, &args, "split")?;
    let maxsplit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out: Vec<Value> = Vec::new();
    match sep {
        None => {
            let text = s.s.as_str();
            if s.is_ascii() {
                let b = text.as_bytes();
                let ws =
                    |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c | 0x1c..=0x1f);
                let mut i = 0;
                while i < b.len() {
                    while i < b.len() && ws(b[i]) {
                        i += 1;
                    }
                    if i == b.len() {
                        break;
                    }
                    if out.len() == maxsplit {
                        out.push(Value::str(&text[i..]));
                        break;
                    }
                    let start = i;
                    while i < b.len() && !ws(b[i]) {
                        i += 1;
                    }
                    out.push(Value::str(&text[start..i]));
                }
            } else {
                let mut rest = text.trim_start_matches(py_isspace);
                while !rest.is_empty() {
                    if out.len() == maxsplit {
                        out.push(Value::str(rest));
                        break;
                    }
                    let end = rest.find(py_isspace).unwrap_or(rest.len());
                    out.push(Value::str(&rest[..end]));
                    rest = rest[end..].trim_start_matches(py_isspace);
                }
            }
        }
        Some(sep) => {
            if maxsplit == usize::MAX {
                for part in s.s.split(sep.s.as_str()) {
                    out.push(Value::str(part));
                }
            } else {
                for part in s.s.splitn(maxsplit.saturating_add(1), sep.s.as_str()) {
                    out.push(Value::str(part));
                }
            }
            if out.len() == 1 && matches!(args.args[0], Value::Str(_)) {
                out[0] = Value::Str(s.clone());
            }
        }
    }
    Ok(Value::list(out))
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sep, maxsplit) = split_args(vm, &args, "rsplit")?;
    let maxsplit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out: Vec<Value> = Vec::new();
    match sep {
        None => {
            let mut rest = s.s.trim_end_matches(py_isspace);
            while !rest.is_empty() {
                if out.len() == maxsplit {
                    out.push(Value::str(rest));
                    break;
                }
                let start = rest
                    .char_indices()
                    .rev()
                    .find(|(_, c)| py_isspace(*c))
                    .map_or(0, |(i, c)| i + c.len_utf8());
                out.push(Value::str(&rest[start..]));
                rest = rest[..start].trim_end_matches(py_isspace);
            }
        }
        Some(sep) => {
            if maxsplit == usize::MAX {
                for part in s.s.rsplit(sep.s.as_str()) {
                    out.push(Value::str(part));
                }
            } else {
                for part in s.s.rsplitn(maxsplit.saturating_add(1), sep.s.as_str()) {
                    out.push(Value::str(part));
                }
            }
        }
    }
    out.reverse();
    Ok(Value::list(out))
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, p) = kw_params(vm, &args, "splitlines", &["keepends"])?;
    let keepends = match p[0] {
        None => false,
        Some(v @ Value::Float(_)) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
        Some(v) => vm.truthy(v)?,
    };
    let text = s.s.as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if is_line_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some((_, '\n')) = iter.peek() {
                    iter.next();
                    end += 1;
                }
            }
            out.push(Value::str(if keepends {
                &text[start..end]
            } else {
                &text[start..i]
            }));
            start = end;
        }
    }
    if start < text.len() {
        out.push(Value::str(&text[start..]));
    }
    Ok(Value::list(out))
}

// ---------------------------------------------------------------------------------------
// strip.

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (s, a) = params(vm, &args, name, 0, 1, Style::Clinic)?;
    let out: &str = match a.first() {
        None | Some(Value::None) => {
            let mut t = s.s.as_str();
            if left {
                t = t.trim_start_matches(py_isspace);
            }
            if right {
                t = t.trim_end_matches(py_isspace);
            }
            t
        }
        Some(v) => {
            let Some(chars) = str_arg(v) else {
                return Err(vm.type_error(format!("{name} arg must be None or str")));
            };
            let set: Vec<char> = chars.s.chars().collect();
            let mut t = s.s.as_str();
            if left {
                t = t.trim_start_matches(|c| set.contains(&c));
            }
            if right {
                t = t.trim_end_matches(|c| set.contains(&c));
            }
            t
        }
    };
    Ok(same_or_new(&s, &args.args[0], out))
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

// ---------------------------------------------------------------------------------------
// Searching.

/// The parsed arguments of find/index/count: the string, the substring, and the adjusted
/// code point range.
fn find_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Rc<PyStr>, Rc<PyStr>, i64, i64)> {
    let (s, a) = params(vm, args, name, 1, 3, Style::Finds)?;
    let sub = need_str(vm, &a[0], "")?;
    let start = slice_arg(vm, a.get(1))?;
    let end = slice_arg(vm, a.get(2))?;
    let (start, end) = adjust(start, end, s.chars);
    Ok((s, sub, start, end))
}

/// The code point index of the first (or last) occurrence of `sub` in `s[start:end]`.
fn find_in(s: &PyStr, sub: &PyStr, start: i64, end: i64, reverse: bool) -> i64 {
    if start > s.chars as i64 || end - start < sub.chars as i64 {
        return -1;
    }
    let (a, b) = byte_range(s, start, end);
    let hay = &s.s[a..b];
    let found = if reverse {
        hay.rfind(sub.s.as_str())
    } else {
        hay.find(sub.s.as_str())
    };
    match found {
        None => -1,
        Some(i) => {
            if s.is_ascii() {
                start + i as i64
            } else {
                start + cp_len(&hay[..i]) as i64
            }
        }
    }
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, a, b) = find_args(vm, &args, "find")?;
    Ok(Value::Int(find_in(&s, &sub, a, b, false)))
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, a, b) = find_args(vm, &args, "rfind")?;
    Ok(Value::Int(find_in(&s, &sub, a, b, true)))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, a, b) = find_args(vm, &args, "index")?;
    match find_in(&s, &sub, a, b, false) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, a, b) = find_args(vm, &args, "rindex")?;
    match find_in(&s, &sub, a, b, true) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, sub, start, end) = find_args(vm, &args, "count")?;
    if start > s.chars as i64 || end < start {
        return Ok(Value::Int(0));
    }
    if sub.s.is_empty() {
        return Ok(Value::Int(end - start + 1));
    }
    let (a, b) = byte_range(&s, start, end);
    Ok(Value::Int(s.s[a..b].matches(sub.s.as_str()).count() as i64))
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, a) = params(vm, &args, "replace", 2, 3, Style::Clinic)?;
    let old = need_str(vm, &a[0], "replace() argument 1 ")?;
    let new = need_str(vm, &a[1], "replace() argument 2 ")?;
    let count = match a.get(2) {
        None => -1,
        Some(v) => ssize_arg(vm, v)?,
    };
    if count == 0 || (!old.s.is_empty() && !s.s.contains(old.s.as_str())) {
        return Ok(same_or_new(&s, &args.args[0], &s.s));
    }
    // Guard the size of the result.
    let n = if old.s.is_empty() {
        s.chars + 1
    } else {
        s.s.matches(old.s.as_str()).count()
    };
    let n = if count < 0 { n } else { n.min(count as usize) };
    let total = (s.s.len() as u128) + (n as u128) * (new.s.len() as u128);
    if total > vm.heap_cap as u128 || !crate::heap::fits(total as usize, vm.heap_cap) {
        return Err(vm.new_error_args(ExcKind::MemoryError, vec![]));
    }
    Ok(new_str(if count < 0 {
        s.s.replace(old.s.as_str(), &new.s)
    } else {
        s.s.replacen(old.s.as_str(), &new.s, count as usize)
    }))
}

fn starts_ends(vm: &mut Vm, args: Args, name: &str, ends: bool) -> PyResult<Value> {
    let (s, a) = params(vm, &args, name, 1, 3, Style::Finds)?;
    let start = slice_arg(vm, a.get(1))?;
    let end = slice_arg(vm, a.get(2))?;
    let (start, end) = adjust(start, end, s.chars);
    let test = |p: &PyStr| -> bool {
        if start > s.chars as i64 {
            return false;
        }
        if end - start < p.chars as i64 {
            return false;
        }
        let (x, y) = byte_range(&s, start, end);
        let hay = &s.s[x..y];
        if ends {
            hay.ends_with(p.s.as_str())
        } else {
            hay.starts_with(p.s.as_str())
        }
    };
    match &a[0] {
        Value::Tuple(t) => {
            for item in &t.items {
                match str_arg(item) {
                    Some(p) => {
                        if test(&p) {
                            return Ok(Value::TRUE);
                        }
                    }
                    None => {
                        return Err(vm.type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            vm.type_name(item)
                        )))
                    }
                }
            }
            Ok(Value::FALSE)
        }
        other => match str_arg(other) {
            Some(p) => Ok(Value::bool(test(&p))),
            None => Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name(other)
            ))),
        },
    }
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "endswith", true)
}

fn partition_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let (s, a) = params(vm, &args, name, 1, 1, Style::One)?;
    let sep = need_str(vm, &a[0], "")?;
    if sep.s.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if reverse {
        s.s.rfind(sep.s.as_str())
    } else {
        s.s.find(sep.s.as_str())
    };
    let whole = match &args.args[0] {
        Value::Str(x) => Value::Str(x.clone()),
        _ => Value::str(s.s.as_str()),
    };
    Ok(Value::tuple(match found {
        Some(i) => vec![
            Value::str(&s.s[..i]),
            Value::Str(sep.clone()),
            Value::str(&s.s[i + sep.s.len()..]),
        ],
        None if reverse => vec![Value::str(""), Value::str(""), whole],
        None => vec![whole, Value::str(""), Value::str("")],
    }))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, a) = params(vm, &args, "removeprefix", 1, 1, Style::One)?;
    let p = need_str(vm, &a[0], "removeprefix() argument ")?;
    let out = s.s.strip_prefix(p.s.as_str()).unwrap_or(&s.s);
    Ok(same_or_new(&s, &args.args[0], out))
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, a) = params(vm, &args, "removesuffix", 1, 1, Style::One)?;
    let p = need_str(vm, &a[0], "removesuffix() argument ")?;
    let out = s.s.strip_suffix(p.s.as_str()).unwrap_or(&s.s);
    Ok(same_or_new(&s, &args.args[0], out))
}

// ---------------------------------------------------------------------------------------
// Case.

fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = params(vm, &args, "upper", 0, 0, Style::NoArgs)?;
    if s.is_ascii() {
        return Ok(new_str(s.s.to_ascii_uppercase()));
    }
    Ok(new_str(s.s.to_uppercase()))
}

fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = params(vm, &args, "lower", 0, 0, Style::NoArgs)?;
    if s.is_ascii() {
        return Ok(new_str(s.s.to_ascii_lowercase()));
    }
    Ok(new_str(s.s.to_lowercase()))
}

fn casefold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = params(vm, &args, "casefold", 0, 0, Style::NoArgs)?;
    if s.is_ascii() {
        return Ok(new_str(s.s.to_ascii_lowercase()));
    }
    let mut out = String::with_capacity(s.s.len());
    for c in s.s.chars() {
        match c {
            'ß' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'ſ' => out.push('s'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    Ok(new_str(out))
}

fn capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = params(vm, &args, "capitalize", 0, 0, Style::NoArgs)?;
    let chars: Vec<char> = s.s.chars().collect();
    let mut out = String::with_capacity(s.s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(&mut out, chars[0]);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    Ok(new_str(out))
}

fn title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = params(vm, &args, "title", 0, 0, Style::NoArgs)?;
    let chars: Vec<char> = s.s.chars().collect();
    let mut out = String::with_capacity(s.s.len());
    let mut prev_cased = false;
    for i in 0..chars.len() {
        let c = chars[i];
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    Ok(new_str(out))
}

fn swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = params(vm, &args, "swapcase", 0, 0, Style::NoArgs)?;
    let chars: Vec<char> = s.s.chars().collect();
    let mut out = String::with_capacity(s.s.len());
    for i in 0..chars.len() {
        let c = chars[i];
        if c.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(new_str(out))
}

// ---------------------------------------------------------------------------------------
// Predicates.

fn predicate(vm: &mut Vm, args: Args, name: &str, f: fn(char) -> bool) -> PyResult<Value> {
    let (s, _) = params(vm, &args, name, 0, 0, Style::NoArgs)?;
    Ok(Value::bool(!s.s.is_empty() && s.s.chars().all(f)))
}

fn isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isdigit", py_isdigit)
}

fn isdecimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isdecimal", py_isdecimal)
}

fn isnumeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isnumeric", py_isnumeric)
}

fn isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalpha", py_isalpha)
}

fn isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isalnum", py_isalnum)
}

fn isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    predicate(vm, args, "isspace", py_isspace)
}

fn isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = params(vm, &args, "isascii", 0, 0, Style::NoArgs)?;
    Ok(Value::bool(s.is_ascii()))
}

fn isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = params(vm, &args, "isprintable", 0, 0, Style::NoArgs)?;
    let printable = |c: char| -> bool {
        if c.is_ascii() {
            return (' '..='~').contains(&c);
        }
        // repr() leaves exactly the printable characters unescaped.
        let r = python_syntax::python_repr(c.encode_utf8(&mut [0u8; 4]));
        !r.contains('\\')
    };
    Ok(Value::bool(s.s.chars().all(printable)))
}

fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = params(vm, &args, "isupper", 0, 0, Style::NoArgs)?;
    let mut cased = false;
    for c in s.s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return Ok(Value::FALSE);
        }
        if c.is_uppercase() {
            cased = true;
        }
    }
    Ok(Value::bool(cased))
}

fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = params(vm, &args, "islower", 0, 0, Style::NoArgs)?;
    let mut cased = false;
    for c in s.s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return Ok(Value::FALSE);
        }
        if c.is_lowercase() {
            cased = true;
        }
    }
    Ok(Value::bool(cased))
}

fn istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = params(vm, &args, "istitle", 0, 0, Style::NoArgs)?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(Value::FALSE);
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

fn isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = params(vm, &args, "isidentifier", 0, 0, Style::NoArgs)?;
    let mut it = s.s.chars();
    let ok = match it.next() {
        None => false,
        Some(c) => {
            (c == '_' || unicode_ident::is_xid_start(c)) && it.all(unicode_ident::is_xid_continue)
        }
    };
    Ok(Value::bool(ok))
}

// ---------------------------------------------------------------------------------------
// Padding.

fn fill_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(v) => match str_arg(v) {
            Some(s) if s.chars == 1 => Ok(s.s.chars().next().unwrap_or(' ')),
            Some(_) => Err(vm.type_error("The fill character must be exactly one character long")),
            None => Err(vm.type_error(format!(
                "The fill character must be a unicode character, not {}",
                vm.type_name(v)
            ))),
        },
    }
}

fn pad_impl(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let (s, a) = params(vm, &args, name, 1, 2, Style::Clinic)?;
    let width = ssize_arg(vm, &a[0])?;
    let fill = fill_arg(vm, a.get(1))?;
    if width <= s.chars as i64 {
        return Ok(same_or_new(&s, &args.args[0], &s.s));
    }
    let n = width as usize - s.chars;
    let total = s.s.len() as u128 + n as u128 * fill.len_utf8() as u128;
    if total > vm.heap_cap as u128 || !crate::heap::fits(total as usize, vm.heap_cap) {
        return Err(vm.new_error_args(ExcKind::MemoryError, vec![]));
    }
    let (left, right) = match name {
        "ljust" => (0, n),
        "rjust" => (n, 0),
        // CPython's center puts the odd pad on the left when the width is odd.
        _ => {
            let left = n / 2 + (n & width as usize & 1);
            (left, n - left)
        }
    };
    let mut out = String::with_capacity(total as usize);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(&s.s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(new_str(out))
}

fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "center")
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "ljust")
}

fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "rjust")
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, a) = params(vm, &args, "zfill", 1, 1, Style::One)?;
    let width = ssize_arg(vm, &a[0])?;
    if width <= s.chars as i64 {
        return Ok(same_or_new(&s, &args.args[0], &s.s));
    }
    let n = width as usize - s.chars;
    if !crate::heap::fits(n + s.s.len(), vm.heap_cap) {
        return Err(vm.new_error_args(ExcKind::MemoryError, vec![]));
    }
    let mut out = String::with_capacity(n + s.s.len());
    let (sign, rest) = match s.s.as_bytes().first() {
        Some(b'+' | b'-') => s.s.split_at(1),
        _ => ("", s.s.as_str()),
    };
    out.push_str(sign);
    out.extend(std::iter::repeat_n('0', n));
    out.push_str(rest);
    Ok(new_str(out))
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, p) = kw_params(vm, &args, "expandtabs", &["tabsize"])?;
    let tabsize = match p[0] {
        None => 8,
        Some(v) => ssize_arg(vm, v)?,
    };
    if !s.s.contains('\t') {
        return Ok(same_or_new(&s, &args.args[0], &s.s));
    }
    let mut out = String::with_capacity(s.s.len() + 16);
    let mut col: i64 = 0;
    for c in s.s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_str(out))
}

// ---------------------------------------------------------------------------------------
// Encoding.

/// The normalised name of a codec, or None for one deepdive does not know.
pub fn codec_name(name: &str) -> Option<&'static str> {
    let n = name.to_ascii_lowercase().replace(['-', ' '], "_");
    Some(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => "utf-8",
        "ascii" | "us_ascii" | "646" => "ascii",
        "latin_1" | "latin1" | "latin" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" | "l1" => {
            "latin-1"
        }
        _ => return None,
    })
}

fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, p) = kw_params(vm, &args, "encode", &["encoding", "errors"])?;
    let mut names = ["utf-8".to_string(), "strict".to_string()];
    for (i, what) in ["encoding", "errors"].iter().enumerate() {
        if let Some(v) = p[i] {
            match str_arg(v) {
                Some(x) => names[i] = x.s.clone(),
                None => {
                    return Err(vm.type_error(format!(
                        "encode() argument '{what}' must be str, not {}",
                        vm.type_name(v)
                    )))
                }
            }
        }
    }
    let Some(codec) = codec_name(&names[0]) else {
        return Err(vm.new_error(
            ExcKind::LookupError,
            format!("unknown encoding: {}", names[0]),
        ));
    };
    let b = encode_str(vm, &s.s, codec, &names[1])?;
    Ok(Value::Bytes(Rc::new(PyBytes { b })))
}

/// Encodes text with a codec ("utf-8", "ascii", "latin-1") and an error handler.
pub fn encode_str(vm: &mut Vm, s: &str, codec: &str, errors: &str) -> PyResult<Vec<u8>> {
    if codec == "utf-8" {
        return Ok(s.as_bytes().to_vec());
    }
    let limit: u32 = if codec == "ascii" { 0x80 } else { 0x100 };
    if s.is_ascii() {
        return Ok(s.as_bytes().to_vec());
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j] as u32 >= limit {
            j += 1;
        }
        match errors {
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "backslashreplace" => {
                for &c in &chars[i..j] {
                    let n = c as u32;
                    let e = if n < 0x100 {
                        format!("\\x{n:02x}")
                    } else if n < 0x10000 {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    out.extend_from_slice(e.as_bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            "strict" => {
                let range = if j - i == 1 {
                    let n = c as u32;
                    let esc = if n < 0x100 {
                        format!("\\x{n:02x}")
                    } else if n < 0x10000 {
                        format!("\\u{n:04x}")
                    } else {
                        format!("\\U{n:08x}")
                    };
                    format!("character '{esc}' in position {i}")
                } else {
                    format!("characters in position {}-{}", i, j - 1)
                };
                return Err(vm.new_error(
                    ExcKind::UnicodeEncodeError,
                    format!("'{codec}' codec can't encode {range}: ordinal not in range({limit})"),
                ));
            }
            other => {
                return Err(vm.new_error(
                    ExcKind::LookupError,
                    format!("unknown error handler name '{other}'"),
                ))
            }
        }
        i = j;
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------
// format, maketrans, translate.

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "format")?;
    Ok(new_str(crate::format::str_format(vm, &s.s, args)?))
}

fn format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, a) = params(vm, &args, "format_map", 1, 1, Style::One)?;
    Ok(new_str(crate::format::str_format_map(
        vm,
        &s.s,
        a[0].clone(),
    )?))
}

fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // A static method: the receiver is never passed.
    let a = args.positional();
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("maketrans() takes no keyword arguments"));
    }
    let d = Rc::new(crate::dict::Dict::new());
    match a.len() {
        1 => {
            let Value::Dict(src) = &a[0] else {
                return Err(
                    vm.type_error("if you give only one argument to maketrans it must be a dict")
                );
            };
            for (k, v) in src.items() {
                let key =
                    match &k {
                        Value::Str(s) if s.chars == 1 => {
                            Value::Int(s.s.chars().next().unwrap_or('\0') as i64)
                        }
                        Value::Str(_) => {
                            return Err(vm
                                .value_error("string keys in translate table must be of length 1"))
                        }
                        Value::Int(_) | Value::Long(_) | Value::Bool(_) => k.clone(),
                        _ => {
                            return Err(vm
                                .type_error("keys in translate table must be strings or integers"))
                        }
                    };
                d.set(vm, key, v)?;
            }
        }
        2 | 3 => {
            let x = need_str(vm, &a[0], "maketrans() argument 1 ")?;
            let y = need_str(vm, &a[1], "maketrans() argument 2 ")?;
            if x.chars != y.chars {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (c, r) in x.s.chars().zip(y.s.chars()) {
                d.set(vm, Value::Int(c as i64), Value::Int(r as i64))?;
            }
            if let Some(z) = a.get(2) {
                let z = need_str(vm, z, "maketrans() argument 3 ")?;
                for c in z.s.chars() {
                    d.set(vm, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        0 => {
            return Err(vm.type_error("maketrans() missing required argument 'x' (pos 1)"));
        }
        n => return Err(vm.type_error(format!("maketrans expected at most 3 arguments, got {n}"))),
    }
    Ok(Value::Dict(d))
}

fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, a) = params(vm, &args, "translate", 1, 1, Style::One)?;
    let table = a[0].clone();
    let mut out = String::with_capacity(s.s.len());
    for c in s.s.chars() {
        let key = Value::Int(c as i64);
        let r = match vm.getitem(&table, &key) {
            Ok(v) => v,
            Err(e) if vm.is_exc_kind(&e, ExcKind::LookupError) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &r {
            Value::None => {}
            Value::Int(n) => match u32::try_from(*n).ok().and_then(char::from_u32) {
                Some(ch) if *n < 0x110000 => out.push(ch),
                _ => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            other => match str_arg(other) {
                Some(x) => out.push_str(&x.s),
                None => {
                    return Err(vm.type_error("character mapping must return integer, None or str"))
                }
            },
        }
    }
    Ok(new_str(out))
}

// ---------------------------------------------------------------------------------------
// Special methods.

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, a) = params(vm, &args, "__getitem__", 1, 1, Style::One)?;
    super::sequence_getitem(vm, &Value::Str(s), &a[0])
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, a) = params(vm, &args, "__contains__", 1, 1, Style::One)?;
    match str_arg(&a[0]) {
        Some(sub) => Ok(Value::bool(s.s.contains(sub.s.as_str()))),
        None => Err(vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(&a[0])
        ))),
    }
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, a) = params(vm, &args, "__add__", 1, 1, Style::One)?;
    match str_arg(&a[0]) {
        Some(o) => {
            let mut out = String::with_capacity(s.s.len() + o.s.len());
            out.push_str(&s.s);
            out.push_str(&o.s);
            Ok(new_str(out))
        }
        None => Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(&a[0])
        ))),
    }
}

fn mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, a) = params(vm, &args, "__mul__", 1, 1, Style::One)?;
    match &a[0] {
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => {
            crate::builtins::sequence_binary(vm, &Value::Str(s), &a[0], crate::num::BinOp::Mul)
                .map(|r| r.unwrap_or(Value::NotImplemented))
        }
        Value::Instance(_) => {
            let n = vm.index_value(&a[0])?;
            crate::builtins::sequence_binary(
                vm,
                &Value::Str(s),
                &Value::Int(n),
                crate::num::BinOp::Mul,
            )
            .map(|r| r.unwrap_or(Value::NotImplemented))
        }
        other => {
            let n = ssize_arg(vm, other)?;
            crate::builtins::sequence_binary(
                vm,
                &Value::Str(s),
                &Value::Int(n),
                crate::num::BinOp::Mul,
            )
            .map(|r| r.unwrap_or(Value::NotImplemented))
        }
    }
}

fn mod_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, a) = params(vm, &args, "__mod__", 1, 1, Style::One)?;
    Ok(new_str(crate::format::percent_format(
        vm,
        &Value::Str(s),
        &a[0],
    )?))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = params(vm, &args, "__iter__", 0, 0, Style::NoArgs)?;
    vm.iter(&Value::Str(s))
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = params(vm, &args, "__len__", 0, 0, Style::NoArgs)?;
    Ok(Value::Int(s.chars as i64))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = params(vm, &args, "__hash__", 0, 0, Style::NoArgs)?;
    Ok(Value::Int(s.hash()))
}

fn compare(
    vm: &mut Vm,
    args: Args,
    name: &str,
    test: fn(std::cmp::Ordering) -> bool,
) -> PyResult<Value> {
    let (s, a) = params(vm, &args, name, 1, 1, Style::One)?;
    match str_arg(&a[0]) {
        Some(o) => Ok(Value::bool(test(s.s.as_str().cmp(o.s.as_str())))),
        None => Ok(Value::NotImplemented),
    }
}

fn eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__eq__", |o| o.is_eq())
}

fn ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ne__", |o| o.is_ne())
}

fn lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__lt__", |o| o.is_lt())
}

fn le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__le__", |o| o.is_le())
}

fn gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__gt__", |o| o.is_gt())
}

fn ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    compare(vm, args, "__ge__", |o| o.is_ge())
}

fn str_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = params(vm, &args, "__str__", 0, 0, Style::NoArgs)?;
    Ok(Value::Str(s))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, _) = params(vm, &args, "__repr__", 0, 0, Style::NoArgs)?;
    Ok(new_str(python_syntax::python_repr(&s.s)))
}

fn dunder_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (s, a) = params(vm, &args, "__format__", 1, 1, Style::Clinic)?;
    let Some(spec) = str_arg(&a[0]) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&a[0])
        )));
    };
    Ok(new_str(crate::format::format_value(
        vm,
        &Value::Str(s),
        &spec.s,
    )?))
}

/// `int.__format__`, `float.__format__`, `bool.__format__`: formats the receiver (the
/// payload of a subclass instance).
fn number_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let crate::value::Args { args: all, .. } = args;
    if all.len() != 2 {
        return Err(vm.type_error(format!(
            "__format__ expected 1 argument, got {}",
            all.len().saturating_sub(1)
        )));
    }
    let v = super::receiver(&all[0]);
    let Some(spec) = str_arg(&all[1]) else {
        return Err(vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&all[1])
        )));
    };
    // An empty spec is `str(self)`, so a subclass's `__str__` shows (CPython's
    // `format_obj`).
    if spec.s.is_empty() {
        return vm.str_value(&all[0]);
    }
    Ok(new_str(crate::format::format_value(vm, &v, &spec.s)?))
}

/// `bytes(...)`.
pub fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.positional();
    let encoding = a.get(1).or_else(|| args.kw("encoding"));
    let errors = a.get(2).or_else(|| args.kw("errors"));
    let b = match a.first() {
        None => Vec::new(),
        Some(Value::Str(s)) => {
            let Some(enc) = encoding else {
                return Err(vm.type_error("string argument without an encoding"));
            };
            let enc = need_str(vm, enc, "bytes() argument 'encoding' ")?;
            let errors = match errors {
                Some(e) => need_str(vm, e, "bytes() argument 'errors' ")?.s.clone(),
                None => "strict".to_string(),
            };
            let Some(codec) = codec_name(&enc.s) else {
                return Err(
                    vm.new_error(ExcKind::LookupError, format!("unknown encoding: {}", enc.s))
                );
            };
            encode_str(vm, &s.s, codec, &errors)?
        }
        Some(_) if encoding.is_some() => {
            return Err(vm.type_error("encoding without a string argument"));
        }
        Some(Value::Int(n)) => {
            if *n < 0 {
                return Err(vm.value_error("negative count"));
            }
            if !crate::heap::fits(*n as usize, vm.heap_cap) {
                return Err(vm.new_error_args(ExcKind::MemoryError, vec![]));
            }
            vec![0; *n as usize]
        }
        Some(Value::Bytes(b)) => b.b.clone(),
        Some(v) => {
            if !vm.is_iterable(v) {
                return Err(vm.type_error(format!(
                    "cannot convert '{}' object to bytes",
                    vm.type_name(v)
                )));
            }
            let items = vm.to_vec(v)?;
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                let n = match &i {
                    Value::Int(_) | Value::Bool(_) | Value::Instance(_) => vm.index_value(&i)?,
                    other => {
                        return Err(vm.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            vm.type_name(other)
                        )))
                    }
                };
                if !(0..256).contains(&n) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(n as u8);
            }
            out
        }
    };
    Ok(Value::Bytes(Rc::new(PyBytes { b })))
}
