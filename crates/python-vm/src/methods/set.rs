//! The methods of `set` and `frozenset`, and the set operators.

use std::rc::Rc;

use crate::builtins::check;
use crate::exceptions::ExcKind;
use crate::interp::Vm;
use crate::num::BinOp;
use crate::set::Set;
use crate::value::*;
use crate::PyResult;

/// Installs the methods of set and frozenset.
pub fn install(vm: &mut Vm) {
    let common: &[(&'static str, NativeFn)] = &[
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
        ("copy", copy),
        ("__len__", len),
        ("__contains__", contains),
        ("__iter__", iter),
    ];
    vm.types.set.add_methods(common);
    vm.types.frozenset.add_methods(common);
    vm.types.set.add_methods(&[
        ("add", add),
        ("remove", remove),
        ("discard", discard),
        ("pop", pop),
        ("clear", clear),
        ("update", update),
        ("__init__", init),
    ]);
}

/// `set.__init__(self, iterable=())`: empties the set and adds the items (for subclasses
/// whose own `__init__` calls it).
fn init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "set", &args, 1, 2)?;
    let s = this(vm, &a[0])?;
    let items = match a.get(1) {
        Some(v) => vm.to_vec(v)?,
        None => Vec::new(),
    };
    s.clear();
    for item in items {
        s.add(vm, item)?;
    }
    Ok(Value::None)
}

fn this(vm: &mut Vm, v: &Value) -> PyResult<Rc<Set>> {
    match super::receiver(v) {
        Value::Set(s) => Ok(s),
        other => Err(vm.type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            vm.type_name(&other)
        ))),
    }
}

/// A set from any iterable, inserting in iteration order as `set(iterable)` does.
pub fn from_iterable(vm: &mut Vm, it: &Value, frozen: bool) -> PyResult<Rc<Set>> {
    let s = Set::new(frozen);
    if let Value::Set(src) = it {
        let items: Vec<(i64, Value)> = src
            .table
            .borrow()
            .entries()
            .map(|(h, v)| (h, v.clone()))
            .collect();
        for (h, v) in items {
            s.add_hashed(vm, h, v)?;
        }
        return Ok(Rc::new(s));
    }
    for item in vm.to_vec(it)? {
        s.add(vm, item)?;
    }
    Ok(Rc::new(s))
}

/// `a op b` for two sets; `None` when `b` is not a set.
pub fn set_binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (Value::Set(x), Value::Set(y)) = (a, b) else {
        return Ok(None);
    };
    let frozen = x.frozen;
    let out = Set::new(frozen);
    match op {
        BinOp::Or => {
            for (h, v) in entries(x) {
                out.add_hashed(vm, h, v)?;
            }
            for (h, v) in entries(y) {
                out.add_hashed(vm, h, v)?;
            }
        }
        BinOp::And => {
            let (small, big) = if x.len() > y.len() { (y, x) } else { (x, y) };
            for (h, v) in entries(small) {
                if big.contains(vm, &v)? {
                    out.add_hashed(vm, h, v)?;
                }
            }
        }
        BinOp::Sub => {
            for (h, v) in entries(x) {
                if !y.contains(vm, &v)? {
                    out.add_hashed(vm, h, v)?;
                }
            }
        }
        BinOp::Xor => {
            for (h, v) in entries(x) {
                if !y.contains(vm, &v)? {
                    out.add_hashed(vm, h, v)?;
                }
            }
            for (h, v) in entries(y) {
                if !x.contains(vm, &v)? {
                    out.add_hashed(vm, h, v)?;
                }
            }
        }
        _ => return Ok(None),
    }
    Ok(Some(Value::Set(Rc::new(out))))
}

fn entries(s: &Set) -> Vec<(i64, Value)> {
    s.table
        .borrow()
        .entries()
        .map(|(h, v)| (h, v.clone()))
        .collect()
}

fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Set(_) => Ok(v.clone()),
        _ => Ok(Value::Set(from_iterable(vm, v, false)?)),
    }
}

fn fold(vm: &mut Vm, args: Args, op: BinOp, name: &str) -> PyResult<Value> {
    let a = check(vm, name, &args, 1, usize::MAX)?;
    let s = this(vm, &a[0])?;
    let mut acc = Value::Set(Rc::new(s.copy(s.frozen)));
    for other in &a[1..] {
        let o = as_set(vm, other)?;
        acc = set_binary(vm, &acc, &o, op)?.unwrap_or(acc);
    }
    Ok(acc)
}

fn union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold(vm, args, BinOp::Or, "union")
}

fn intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold(vm, args, BinOp::And, "intersection")
}

fn difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold(vm, args, BinOp::Sub, "difference")
}

fn symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    fold(vm, args, BinOp::Xor, "symmetric_difference")
}

fn issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "issubset", &args, 2, 2)?;
    let s = this(vm, &a[0])?;
    let Value::Set(o) = as_set(vm, &a[1])? else {
        unreachable!()
    };
    Ok(Value::Bool(crate::builtins::set_compare(
        vm,
        &s,
        &o,
        crate::ops::CmpOp::Le,
    )?))
}

fn issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "issuperset", &args, 2, 2)?;
    let s = this(vm, &a[0])?;
    let Value::Set(o) = as_set(vm, &a[1])? else {
        unreachable!()
    };
    Ok(Value::Bool(crate::builtins::set_compare(
        vm,
        &s,
        &o,
        crate::ops::CmpOp::Ge,
    )?))
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "isdisjoint", &args, 2, 2)?;
    let s = this(vm, &a[0])?;
    for item in vm.to_vec(&a[1])? {
        if s.contains(vm, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "copy", &args, 1, 1)?;
    let s = this(vm, &a[0])?;
    Ok(Value::Set(Rc::new(s.copy(s.frozen))))
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__len__", &args, 1, 1)?;
    let s = this(vm, &a[0])?;
    Ok(Value::Int(s.len() as i64))
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__contains__", &args, 2, 2)?;
    let s = this(vm, &a[0])?;
    Ok(Value::Bool(s.contains(vm, &a[1])?))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__iter__", &args, 1, 1)?;
    let s = super::receiver(&a[0]);
    vm.iter(&s)
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "add", &args, 2, 2)?;
    let s = this(vm, &a[0])?;
    s.add(vm, a[1].clone())?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "remove", &args, 2, 2)?;
    let s = this(vm, &a[0])?;
    if !s.discard(vm, &a[1])? {
        return Err(vm.new_error_args(ExcKind::KeyError, vec![a[1].clone()]));
    }
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "discard", &args, 2, 2)?;
    let s = this(vm, &a[0])?;
    s.discard(vm, &a[1])?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "pop", &args, 1, 1)?;
    let s = this(vm, &a[0])?;
    match s.pop() {
        Some(v) => Ok(v),
        None => Err(vm.new_error(ExcKind::KeyError, "pop from an empty set")),
    }
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "clear", &args, 1, 1)?;
    let s = this(vm, &a[0])?;
    s.clear();
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "update", &args, 1, usize::MAX)?;
    let s = this(vm, &a[0])?;
    for other in &a[1..] {
        for item in vm.to_vec(other)? {
            s.add(vm, item)?;
        }
    }
    Ok(Value::None)
}
