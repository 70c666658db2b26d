//! The methods of `str` and `bytes`.

use std::rc::Rc;

use crate::builtins::check;
use crate::interp::Vm;
use crate::value::*;
use crate::PyResult;

/// Installs the methods of str and bytes.
pub fn install(vm: &mut Vm) {
    vm.types.str.add_methods(&[
        ("join", join),
        ("split", split),
        ("strip", strip),
        ("upper", upper),
        ("lower", lower),
        ("replace", replace),
        ("startswith", startswith),
        ("endswith", endswith),
        ("format", format),
        ("__len__", len),
    ]);
}

fn this(vm: &mut Vm, v: &Value) -> PyResult<Rc<PyStr>> {
    match super::receiver(v) {
        Value::Str(s) => Ok(s),
        other => Err(vm.type_error(format!(
            "descriptor requires a 'str' object but received a '{}'",
            vm.type_name(&other)
        ))),
    }
}

fn str_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(vm.type_error(format!("{what} must be str, not {}", vm.type_name(other)))),
    }
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "join", &args, 2, 2)?;
    let sep = this(vm, &a[0])?;
    let items = vm.to_vec(&a[1])?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep.s);
        }
        match item {
            Value::Str(s) => out.push_str(&s.s),
            other => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(other)
                )))
            }
        }
    }
    Ok(Value::str(out))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    let s = this(vm, &pos[0])?;
    let sep = pos
        .get(1)
        .cloned()
        .or_else(|| args.kw("sep").cloned())
        .unwrap_or(Value::None);
    let maxsplit = match pos.get(2).or_else(|| args.kw("maxsplit")) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let parts: Vec<Value> = match sep {
        Value::None => {
            let mut out = Vec::new();
            let mut rest = s.s.trim_start();
            while !rest.is_empty() {
                if maxsplit >= 0 && out.len() as i64 == maxsplit {
                    out.push(Value::str(rest));
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(Value::str(&rest[..end]));
                rest = rest[end..].trim_start();
            }
            out
        }
        Value::Str(sep) => {
            if sep.s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if maxsplit >= 0 {
                s.s.splitn(maxsplit as usize + 1, sep.s.as_str())
                    .map(Value::str)
                    .collect()
            } else {
                s.s.split(sep.s.as_str()).map(Value::str).collect()
            }
        }
        other => {
            return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(&other))))
        }
    };
    Ok(Value::list(parts))
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "strip", &args, 1, 2)?;
    let s = this(vm, &a[0])?;
    match a.get(1) {
        None | Some(Value::None) => Ok(Value::str(s.s.trim())),
        Some(chars) => {
            let chars = str_arg(vm, chars, "strip arg")?;
            Ok(Value::str(s.s.trim_matches(|c| chars.s.contains(c))))
        }
    }
}

fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "upper", &args, 1, 1)?;
    let s = this(vm, &a[0])?;
    Ok(Value::str(s.s.to_uppercase()))
}

fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "lower", &args, 1, 1)?;
    let s = this(vm, &a[0])?;
    Ok(Value::str(s.s.to_lowercase()))
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "replace", &args, 3, 4)?;
    let s = this(vm, &a[0])?;
    let old = str_arg(vm, &a[1], "replace() argument 1")?;
    let new = str_arg(vm, &a[2], "replace() argument 2")?;
    let count = super::opt_int(vm, a.get(3), -1)?;
    if count < 0 {
        return Ok(Value::str(s.s.replace(old.s.as_str(), &new.s)));
    }
    Ok(Value::str(s.s.replacen(
        old.s.as_str(),
        &new.s,
        count as usize,
    )))
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "startswith", &args, 2, 2)?;
    let s = this(vm, &a[0])?;
    match &a[1] {
        Value::Str(p) => Ok(Value::Bool(s.s.starts_with(p.s.as_str()))),
        Value::Tuple(t) => Ok(Value::Bool(
            t.items
                .iter()
                .any(|p| p.as_str().is_some_and(|p| s.s.starts_with(p))),
        )),
        other => Err(vm.type_error(format!(
            "startswith first arg must be str or a tuple of str, not {}",
            vm.type_name(other)
        ))),
    }
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "endswith", &args, 2, 2)?;
    let s = this(vm, &a[0])?;
    match &a[1] {
        Value::Str(p) => Ok(Value::Bool(s.s.ends_with(p.s.as_str()))),
        Value::Tuple(t) => Ok(Value::Bool(
            t.items
                .iter()
                .any(|p| p.as_str().is_some_and(|p| s.s.ends_with(p))),
        )),
        other => Err(vm.type_error(format!(
            "endswith first arg must be str or a tuple of str, not {}",
            vm.type_name(other)
        ))),
    }
}

fn format(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.value_error("deepdive does not support str.format yet"))
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__len__", &args, 1, 1)?;
    let s = this(vm, &a[0])?;
    Ok(Value::Int(s.chars as i64))
}

/// `bytes(...)`.
pub fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.positional();
    let b = match a.first() {
        None => Vec::new(),
        Some(Value::Str(s)) => s.s.as_bytes().to_vec(),
        Some(Value::Int(n)) => vec![0; (*n).max(0) as usize],
        Some(v) => {
            let items = vm.to_vec(v)?;
            let mut out = Vec::with_capacity(items.len());
            for i in items {
                let n = vm.index_value(&i)?;
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
