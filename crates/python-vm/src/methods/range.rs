//! The methods of `range`: `index` and `count`, computed arithmetically for ints as CPython's
//! `range_index` and `range_count` do, by comparison for other values.

use crate::builtins::check;
use crate::interp::Vm;
use crate::value::*;
use crate::PyResult;

/// Installs the methods of range.
pub fn install(vm: &mut Vm) {
    vm.types
        .range
        .add_methods(&[("index", index), ("count", count)]);
}

fn this(vm: &mut Vm, v: &Value, method: &str) -> PyResult<std::rc::Rc<Range>> {
    match v {
        Value::Range(r) => Ok(r.clone()),
        other => Err(vm.type_error(format!(
            "descriptor '{method}' for 'range' objects doesn't apply to a '{}' object",
            vm.type_name(other)
        ))),
    }
}

/// The position of `x` in `r` when `x` is an int (or an integral float) that `r` holds.
pub fn position(r: &Range, x: &Value) -> Option<Option<i64>> {
    let i = match x {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        Value::Long(_) => return Some(None),
        Value::Float(f) => {
            let f = f.get();
            if f.fract() != 0.0 || !f.is_finite() || f.abs() > 9.2e18 {
                return Some(None);
            }
            f as i64
        }
        _ => return None,
    };
    let inside = if r.step > 0 {
        i >= r.start && i < r.stop
    } else {
        i <= r.start && i > r.stop
    };
    let off = i as i128 - r.start as i128;
    if inside && off % r.step as i128 == 0 {
        Some(Some((off / r.step as i128) as i64))
    } else {
        Some(None)
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "index", &args, 2, 2)?;
    let r = this(vm, &a[0], "index")?;
    let found = match position(&r, &a[1]) {
        Some(p) => p,
        None => {
            let mut found = None;
            for k in 0..r.len() {
                if vm.eq(&Value::Int(r.start + r.step * k), &a[1])? {
                    found = Some(k);
                    break;
                }
            }
            found
        }
    };
    match found {
        Some(k) => Ok(Value::Int(k)),
        None => {
            let shown = vm.repr(&a[1])?;
            Err(vm.value_error(format!("{shown} is not in range")))
        }
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "count", &args, 2, 2)?;
    let r = this(vm, &a[0], "count")?;
    if let Some(p) = position(&r, &a[1]) {
        return Ok(Value::Int(p.is_some() as i64));
    }
    let mut n = 0;
    for k in 0..r.len() {
        if vm.eq(&Value::Int(r.start + r.step * k), &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}
