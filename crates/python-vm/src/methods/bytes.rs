//! The methods of `bytes`, with CPython 3.11's semantics and error messages: decoding,
//! `hex`/`fromhex`, searching, splitting, stripping, padding and the ASCII case methods.

use std::rc::Rc;

use crate::exceptions::ExcKind;
use crate::interp::Vm;
use crate::value::*;
use crate::PyResult;

/// Installs the methods of bytes.
pub fn install(vm: &mut Vm) {
    vm.types.bytes.add_methods(&[
        ("decode", decode),
        ("hex", hex),
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
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("islower", islower),
        ("isupper", isupper),
        ("isascii", isascii),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("partition", partition),
        ("rpartition", rpartition),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("__len__", len),
        ("__contains__", dunder_contains),
        ("__getitem__", getitem),
        ("__mod__", mod_),
        ("__hash__", hash),
    ]);
    let fromhex = Value::Builtin(Rc::new(Builtin::new(
        "fromhex",
        fromhex,
        Some("bytes"),
        Value::None,
    )));
    vm.types.bytes.dict.set_by_name(
        "fromhex",
        Value::Other(Rc::new(Other {
            kind: OtherKind::ClassMethod(fromhex),
        })),
    );
}

fn new_bytes(b: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes { b }))
}

/// The receiver and the positional arguments after it, with the arity checked.
fn params<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<(Rc<PyBytes>, &'a [Value])> {
    let b = match args.args.first().map(super::receiver) {
        Some(Value::Bytes(b)) => b,
        Some(other) => {
            return Err(vm.type_error(format!(
                "descriptor '{name}' for 'bytes' objects doesn't apply to a '{}' object",
                vm.type_name(&other)
            )))
        }
        None => {
            return Err(vm.type_error(format!("unbound method bytes.{name}() needs an argument")))
        }
    };
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let rest = &args.args[1..];
    let n = rest.len();
    if n < min || n > max {
        let msg = if max == 0 {
            format!("bytes.{name}() takes no arguments ({n} given)")
        } else if n < min {
            format!(
                "{name}() takes at least {min} argument{} ({n} given)",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name}() takes at most {max} argument{} ({n} given)",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok((b, rest))
}

/// Keyword-capable parameters: the values in parameter order.
fn kw_params<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
    names: &[&str],
) -> PyResult<(Rc<PyBytes>, Vec<Option<&'a Value>>)> {
    let plain = Args {
        args: &args.args[..args.args.len() - args.kwnames.len()],
        kwnames: &[],
    };
    let (b, pos) = params(vm, &plain, name, 0, names.len())?;
    let mut out: Vec<Option<&Value>> = vec![None; names.len()];
    for (i, v) in pos.iter().enumerate() {
        out[i] = Some(v);
    }
    for (k, v) in args.keywords() {
        match names.iter().position(|n| *n == k) {
            Some(i) if out[i].is_none() => out[i] = Some(v),
            Some(i) => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            None => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"))
                )
            }
        }
    }
    Ok((b, out))
}

/// A bytes-like argument, or "a bytes-like object is required, not 'str'".
fn need_bytes(vm: &mut Vm, v: &Value) -> PyResult<Rc<PyBytes>> {
    match super::receiver(v) {
        Value::Bytes(b) => Ok(b),
        _ => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// The needle of the search methods: bytes or an int in range(256).
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match super::receiver(v) {
        Value::Bytes(b) => Ok(b.b.clone()),
        Value::Int(n) => {
            if (0..256).contains(&n) {
                Ok(vec![n as u8])
            } else {
                Err(vm.value_error("byte must be in range(0, 256)"))
            }
        }
        Value::Bool(x) => Ok(vec![x.get() as u8]),
        _ => Err(vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn slice_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(b.get() as i64)),
        Some(v @ Value::Instance(_)) => vm.index_value(v).map(Some),
        Some(_) => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

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

fn find_sub(hay: &[u8], sub: &[u8], reverse: bool) -> Option<usize> {
    if sub.len() > hay.len() {
        return None;
    }
    if sub.is_empty() {
        return Some(if reverse { hay.len() } else { 0 });
    }
    let last = hay.len() - sub.len();
    if reverse {
        (0..=last).rev().find(|&i| &hay[i..i + sub.len()] == sub)
    } else {
        (0..=last).find(|&i| &hay[i..i + sub.len()] == sub)
    }
}

fn count_sub(hay: &[u8], sub: &[u8]) -> usize {
    if sub.is_empty() {
        return hay.len() + 1;
    }
    let mut n = 0;
    let mut i = 0;
    while i + sub.len() <= hay.len() {
        if &hay[i..i + sub.len()] == sub {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    n
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

// ---------------------------------------------------------------------------------------

fn decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, p) = kw_params(vm, &args, "decode", &["encoding", "errors"])?;
    let mut names = ["utf-8".to_string(), "strict".to_string()];
    for (i, what) in ["encoding", "errors"].iter().enumerate() {
        if let Some(v) = p[i] {
            match v {
                Value::Str(s) => names[i] = s.s.clone(),
                other => {
                    return Err(vm.type_error(format!(
                        "decode() argument '{what}' must be str, not {}",
                        vm.type_name(other)
                    )))
                }
            }
        }
    }
    Ok(Value::str(decode_bytes(vm, &b.b, &names[0], &names[1])?))
}

/// Decodes bytes with a codec and an error handler, with CPython's error messages.
pub fn decode_bytes(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let Some(codec) = super::str::codec_name(encoding) else {
        return Err(vm.new_error(
            ExcKind::LookupError,
            format!("unknown encoding: {encoding}"),
        ));
    };
    match codec {
        "latin-1" => return Ok(b.iter().map(|&c| c as char).collect()),
        "ascii" => {
            if b.is_ascii() {
                return Ok(String::from_utf8_lossy(b).into_owned());
            }
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    out.push(c as char);
                    continue;
                }
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{FFFD}'),
                    "backslashreplace" => out.push_str(&format!("\\x{c:02x}")),
                    "strict" => {
                        return Err(vm.new_error(
                            ExcKind::UnicodeDecodeError,
                            format!(
                                "'ascii' codec can't decode byte 0x{c:02x} in position {i}: ordinal not in range(128)"
                            ),
                        ))
                    }
                    other => return Err(unknown_handler(vm, other)),
                }
            }
            return Ok(out);
        }
        _ => {}
    }
    let mut out = String::with_capacity(b.len());
    let mut rest = b;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                let bad_len = e.error_len().unwrap_or(rest.len() - good);
                let pos = offset + good;
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{FFFD}'),
                    "backslashreplace" => {
                        for c in &rest[good..good + bad_len] {
                            out.push_str(&format!("\\x{c:02x}"));
                        }
                    }
                    "strict" => {
                        let first = rest[good];
                        let msg = match e.error_len() {
                            None if bad_len > 1 => format!(
                                "'utf-8' codec can't decode bytes in position {}-{}: unexpected end of data",
                                pos,
                                pos + bad_len - 1
                            ),
                            None => format!(
                                "'utf-8' codec can't decode byte 0x{first:02x} in position {pos}: unexpected end of data"
                            ),
                            Some(_) => {
                                let reason = if (0x80..0xc2).contains(&first) || first >= 0xf5 {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                };
                                format!(
                                    "'utf-8' codec can't decode byte 0x{first:02x} in position {pos}: {reason}"
                                )
                            }
                        };
                        return Err(vm.new_error(ExcKind::UnicodeDecodeError, msg));
                    }
                    other => return Err(unknown_handler(vm, other)),
                }
                offset += good + bad_len;
                rest = &rest[good + bad_len..];
            }
        }
    }
}

fn unknown_handler(vm: &mut Vm, name: &str) -> crate::PyErr {
    vm.new_error(
        ExcKind::LookupError,
        format!("unknown error handler name '{name}'"),
    )
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, p) = kw_params(vm, &args, "hex", &["sep", "bytes_per_sep"])?;
    let sep = match p[0] {
        None => None,
        Some(Value::Str(s)) if s.chars == 1 && s.is_ascii() => Some(s.s.as_bytes()[0]),
        Some(Value::Bytes(s)) if s.b.len() == 1 => Some(s.b[0]),
        Some(Value::Str(_) | Value::Bytes(_)) => {
            return Err(vm.value_error("sep must be length 1."))
        }
        Some(other) => {
            return Err(vm.type_error(format!(
                "object of type '{}' has no len()",
                vm.type_name(other)
            )))
        }
    };
    let per = match p[1] {
        None => 1,
        Some(v) => vm.index_value(v)?,
    };
    let digits: Vec<String> = b.b.iter().map(|c| format!("{c:02x}")).collect();
    let Some(sep) = sep else {
        return Ok(Value::str(digits.concat()));
    };
    if per == 0 || digits.is_empty() {
        return Ok(Value::str(digits.concat()));
    }
    let n = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        // Groups counted from the right.
        let first = digits.len() % n;
        if first > 0 {
            groups.push(digits[..first].concat());
        }
        for chunk in digits[first..].chunks(n) {
            groups.push(chunk.concat());
        }
    } else {
        for chunk in digits.chunks(n) {
            groups.push(chunk.concat());
        }
    }
    Ok(Value::str(groups.join(&(sep as char).to_string())))
}

fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.positional();
    let Some(Value::Str(s)) = a.get(1) else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            a.get(1).map_or("nothing".to_string(), |v| vm.type_name(v))
        )));
    };
    let text = s.s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let hexval = |c: u8| (c as char).to_digit(16);
    while i < text.len() {
        if is_space(text[i]) {
            i += 1;
            continue;
        }
        let hi = hexval(text[i]);
        let lo = text.get(i + 1).and_then(|c| hexval(*c));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )))
            }
            (Some(_), None) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
        }
        i += 2;
    }
    Ok(new_bytes(out))
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (sep, a) = params(vm, &args, "join", 1, 1)?;
    if !vm.is_iterable(&a[0]) {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = vm.to_vec(&a[0])?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep.b);
        }
        match super::receiver(item) {
            Value::Bytes(b) => out.extend_from_slice(&b.b),
            _ => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(item)
                )))
            }
        }
    }
    Ok(new_bytes(out))
}

fn split_args(
    vm: &mut Vm,
    args: &Args,
    name: &str,
) -> PyResult<(Rc<PyBytes>, Option<Rc<PyBytes>>, usize)> {
    let (b, p) = kw_params(vm, args, name, &["sep", "maxsplit"])?;
    // maxsplit is converted first, as Argument Clinic does.
    let max = match p[1] {
        None => -1,
        Some(v) => vm.index_value(v)?,
    };
    let sep = match p[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(need_bytes(vm, v)?),
    };
    if sep.as_ref().is_some_and(|s| s.b.is_empty()) {
        return Err(vm.value_error("empty separator"));
    }
    Ok((b, sep, if max < 0 { usize::MAX } else { max as usize }))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, sep, max) = split_args(vm, &args, "split")?;
    let s = &b.b;
    let mut out = Vec::new();
    match sep {
        None => {
            let mut i = 0;
            while i < s.len() {
                while i < s.len() && is_space(s[i]) {
                    i += 1;
                }
                if i == s.len() {
                    break;
                }
                if out.len() == max {
                    out.push(new_bytes(s[i..].to_vec()));
                    break;
                }
                let start = i;
                while i < s.len() && !is_space(s[i]) {
                    i += 1;
                }
                out.push(new_bytes(s[start..i].to_vec()));
            }
        }
        Some(sep) => {
            let mut start = 0;
            while out.len() < max {
                match find_sub(&s[start..], &sep.b, false) {
                    Some(i) => {
                        out.push(new_bytes(s[start..start + i].to_vec()));
                        start += i + sep.b.len();
                    }
                    None => break,
                }
            }
            out.push(new_bytes(s[start..].to_vec()));
        }
    }
    Ok(Value::list(out))
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, sep, max) = split_args(vm, &args, "rsplit")?;
    let s = &b.b;
    let mut out = Vec::new();
    match sep {
        None => {
            let mut end = s.len();
            while end > 0 {
                while end > 0 && is_space(s[end - 1]) {
                    end -= 1;
                }
                if end == 0 {
                    break;
                }
                if out.len() == max {
                    out.push(new_bytes(s[..end].to_vec()));
                    break;
                }
                let stop = end;
                while end > 0 && !is_space(s[end - 1]) {
                    end -= 1;
                }
                out.push(new_bytes(s[end..stop].to_vec()));
            }
        }
        Some(sep) => {
            let mut end = s.len();
            while out.len() < max {
                match find_sub(&s[..end], &sep.b, true) {
                    Some(i) => {
                        out.push(new_bytes(s[i + sep.b.len()..end].to_vec()));
                        end = i;
                    }
                    None => break,
                }
            }
            out.push(new_bytes(s[..end].to_vec()));
        }
    }
    out.reverse();
    Ok(Value::list(out))
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, p) = kw_params(vm, &args, "splitlines", &["keepends"])?;
    let keep = match p[0] {
        None => false,
        Some(v) => vm.truthy(v)?,
    };
    let s = &b.b;
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < s.len() {
        if s[i] == b'\n' || s[i] == b'\r' {
            let mut end = i + 1;
            if s[i] == b'\r' && s.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(new_bytes(s[start..if keep { end } else { i }].to_vec()));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < s.len() {
        out.push(new_bytes(s[start..].to_vec()));
    }
    Ok(Value::list(out))
}

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let (b, a) = params(vm, &args, name, 0, 1)?;
    let set: Option<Vec<u8>> = match a.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(need_bytes(vm, v)?.b.clone()),
    };
    let strip = |c: u8| match &set {
        None => is_space(c),
        Some(s) => s.contains(&c),
    };
    let s = &b.b;
    let mut i = 0;
    let mut j = s.len();
    if left {
        while i < j && strip(s[i]) {
            i += 1;
        }
    }
    if right {
        while j > i && strip(s[j - 1]) {
            j -= 1;
        }
    }
    Ok(new_bytes(s[i..j].to_vec()))
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

fn find_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<i64> {
    let (b, a) = params(vm, &args, name, 1, 3)?;
    let sub = needle(vm, &a[0])?;
    let start = slice_arg(vm, a.get(1))?;
    let end = slice_arg(vm, a.get(2))?;
    let (start, end) = adjust(start, end, b.b.len());
    if start > b.b.len() as i64 || end < start {
        return Ok(-1);
    }
    let hay = &b.b[start as usize..end as usize];
    Ok(find_sub(hay, &sub, reverse).map_or(-1, |i| start + i as i64))
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "find", false).map(Value::Int)
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "rfind", true).map(Value::Int)
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, a) = params(vm, &args, "count", 1, 3)?;
    let sub = needle(vm, &a[0])?;
    let start = slice_arg(vm, a.get(1))?;
    let end = slice_arg(vm, a.get(2))?;
    let (start, end) = adjust(start, end, b.b.len());
    if start > b.b.len() as i64 || end < start {
        return Ok(Value::Int(0));
    }
    Ok(Value::Int(
        count_sub(&b.b[start as usize..end as usize], &sub) as i64,
    ))
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, a) = params(vm, &args, "replace", 2, 3)?;
    let old = need_bytes(vm, &a[0])?;
    let new = need_bytes(vm, &a[1])?;
    let max = match a.get(2) {
        None => usize::MAX,
        Some(v) => {
            let n = vm.index_value(v)?;
            if n < 0 {
                usize::MAX
            } else {
                n as usize
            }
        }
    };
    let s = &b.b;
    let mut out = Vec::with_capacity(s.len());
    let mut n = 0;
    if old.b.is_empty() {
        for (i, c) in s.iter().enumerate() {
            if n < max {
                out.extend_from_slice(&new.b);
                n += 1;
            }
            let _ = i;
            out.push(*c);
        }
        if n < max {
            out.extend_from_slice(&new.b);
        }
        return Ok(new_bytes(out));
    }
    let mut i = 0;
    while i < s.len() {
        if n < max && s[i..].starts_with(&old.b) {
            out.extend_from_slice(&new.b);
            i += old.b.len();
            n += 1;
        } else {
            out.push(s[i]);
            i += 1;
        }
    }
    Ok(new_bytes(out))
}

fn starts_ends(vm: &mut Vm, args: Args, name: &str, ends: bool) -> PyResult<Value> {
    let (b, a) = params(vm, &args, name, 1, 3)?;
    let start = slice_arg(vm, a.get(1))?;
    let end = slice_arg(vm, a.get(2))?;
    let (start, end) = adjust(start, end, b.b.len());
    let test = |p: &[u8]| -> bool {
        if start > b.b.len() as i64 || end - start < p.len() as i64 {
            return false;
        }
        let hay = &b.b[start as usize..end as usize];
        if ends {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    match super::receiver(&a[0]) {
        Value::Bytes(p) => Ok(Value::bool(test(&p.b))),
        Value::Tuple(t) => {
            for item in &t.items {
                match super::receiver(item) {
                    Value::Bytes(p) => {
                        if test(&p.b) {
                            return Ok(Value::TRUE);
                        }
                    }
                    _ => {
                        return Err(vm.type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            vm.type_name(item)
                        )))
                    }
                }
            }
            Ok(Value::FALSE)
        }
        other => Err(vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name(&other)
        ))),
    }
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "endswith", true)
}

fn map_bytes(vm: &mut Vm, args: Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (b, _) = params(vm, &args, name, 0, 0)?;
    Ok(new_bytes(f(&b.b)))
}

fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "upper", |s| s.to_ascii_uppercase())
}

fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "lower", |s| s.to_ascii_lowercase())
}

fn capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "capitalize", |s| {
        let mut out = s.to_ascii_lowercase();
        if let Some(c) = out.first_mut() {
            c.make_ascii_uppercase();
        }
        out
    })
}

fn title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "title", |s| {
        let mut prev = false;
        s.iter()
            .map(|&c| {
                let r = if prev {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_bytes(vm, args, "swapcase", |s| {
        s.iter()
            .map(|&c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

fn pred(vm: &mut Vm, args: Args, name: &str, f: fn(u8) -> bool) -> PyResult<Value> {
    let (b, _) = params(vm, &args, name, 0, 0)?;
    Ok(Value::bool(!b.b.is_empty() && b.b.iter().all(|c| f(*c))))
}

fn isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isdigit", |c| c.is_ascii_digit())
}

fn isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isalpha", |c| c.is_ascii_alphabetic())
}

fn isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isalnum", |c| c.is_ascii_alphanumeric())
}

fn isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pred(vm, args, "isspace", is_space)
}

fn isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = params(vm, &args, "isascii", 0, 0)?;
    Ok(Value::bool(b.b.is_ascii()))
}

fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = params(vm, &args, "islower", 0, 0)?;
    Ok(Value::bool(
        b.b.iter().any(|c| c.is_ascii_lowercase()) && !b.b.iter().any(|c| c.is_ascii_uppercase()),
    ))
}

fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = params(vm, &args, "isupper", 0, 0)?;
    Ok(Value::bool(
        b.b.iter().any(|c| c.is_ascii_uppercase()) && !b.b.iter().any(|c| c.is_ascii_lowercase()),
    ))
}

fn pad_impl(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let (b, a) = params(vm, &args, name, 1, 2)?;
    let width = vm.index_value(&a[0])?;
    let fill = match a.get(1) {
        None => b' ',
        Some(v) => match super::receiver(v) {
            Value::Bytes(f) if f.b.len() == 1 => f.b[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(v)
                )))
            }
        },
    };
    let len = b.b.len();
    if width <= len as i64 {
        return Ok(Value::Bytes(b));
    }
    let n = width as usize - len;
    let (l, r) = match name {
        "ljust" => (0, n),
        "rjust" => (n, 0),
        _ => {
            let l = n / 2 + (n & width as usize & 1);
            (l, n - l)
        }
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(&b.b);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(new_bytes(out))
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
    let (b, a) = params(vm, &args, "zfill", 1, 1)?;
    let width = vm.index_value(&a[0])?;
    if width <= b.b.len() as i64 {
        return Ok(Value::Bytes(b));
    }
    let n = width as usize - b.b.len();
    let (sign, rest) = match b.b.first() {
        Some(b'+' | b'-') => b.b.split_at(1),
        _ => (&b.b[..0], &b.b[..]),
    };
    let mut out = sign.to_vec();
    out.extend(std::iter::repeat_n(b'0', n));
    out.extend_from_slice(rest);
    Ok(new_bytes(out))
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, p) = kw_params(vm, &args, "expandtabs", &["tabsize"])?;
    let size = match p[0] {
        None => 8,
        Some(v) => vm.index_value(v)?,
    };
    let mut out = Vec::with_capacity(b.b.len());
    let mut col: i64 = 0;
    for &c in &b.b {
        match c {
            b'\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_bytes(out))
}

fn partition_impl(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult<Value> {
    let (b, a) = params(vm, &args, name, 1, 1)?;
    let sep = need_bytes(vm, &a[0])?;
    if sep.b.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let e = || new_bytes(Vec::new());
    Ok(Value::tuple(match find_sub(&b.b, &sep.b, reverse) {
        Some(i) => vec![
            new_bytes(b.b[..i].to_vec()),
            Value::Bytes(sep.clone()),
            new_bytes(b.b[i + sep.b.len()..].to_vec()),
        ],
        None if reverse => vec![e(), e(), Value::Bytes(b.clone())],
        None => vec![Value::Bytes(b.clone()), e(), e()],
    }))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, a) = params(vm, &args, "removeprefix", 1, 1)?;
    let p = need_bytes(vm, &a[0])?;
    Ok(match b.b.strip_prefix(p.b.as_slice()) {
        Some(rest) => new_bytes(rest.to_vec()),
        None => Value::Bytes(b),
    })
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, a) = params(vm, &args, "removesuffix", 1, 1)?;
    let p = need_bytes(vm, &a[0])?;
    Ok(match b.b.strip_suffix(p.b.as_slice()) {
        Some(rest) => new_bytes(rest.to_vec()),
        None => Value::Bytes(b),
    })
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = params(vm, &args, "__len__", 0, 0)?;
    Ok(Value::Int(b.b.len() as i64))
}

/// `item in b`: a byte value or a subsequence.
pub fn contains(vm: &mut Vm, b: &PyBytes, item: &Value) -> PyResult<bool> {
    let sub = needle(vm, item)?;
    Ok(find_sub(&b.b, &sub, false).is_some())
}

fn dunder_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, a) = params(vm, &args, "__contains__", 1, 1)?;
    contains(vm, &b, &a[0]).map(Value::bool)
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, a) = params(vm, &args, "__getitem__", 1, 1)?;
    super::sequence_getitem(vm, &Value::Bytes(b), &a[0])
}

fn mod_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, a) = params(vm, &args, "__mod__", 1, 1)?;
    crate::format::bytes_percent_format(vm, &b.b, &a[0]).map(new_bytes)
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (b, _) = params(vm, &args, "__hash__", 0, 0)?;
    Ok(Value::Int(crate::hash::bytes_hash(&b.b)))
}
