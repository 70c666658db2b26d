//! The methods of `set` and `frozenset`, and the set operators.

use std::rc::Rc;

use crate::builtins::check_method as check;
use crate::exceptions::ExcKind;
use crate::interp::Vm;
use crate::num::BinOp;
use crate::set::{self, Set};
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
        ("__repr__", repr),
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
        ("intersection_update", intersection_update),
        ("difference_update", difference_update),
        ("symmetric_difference_update", symmetric_difference_update),
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

/// A set from any iterable, as `set(iterable)` / `frozenset(iterable)` make it
/// (`frozenset(f)` of an exact frozenset is `f` itself).
pub fn from_iterable(vm: &mut Vm, it: &Value, frozen: bool) -> PyResult<Rc<Set>> {
    if let Value::Set(src) = it {
        if frozen && src.frozen {
            return Ok(src.clone());
        }
    }
    Ok(Rc::new(set::from_iterable(vm, it, frozen)?))
}

/// `a op b` for two sets (`set_or`, `set_and`, `set_sub`, `set_xor`); `None` when either
/// operand is not a set.
pub fn set_binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    let (Some(x), Some(_)) = (set::any_set(a), set::any_set(b)) else {
        return Ok(None);
    };
    let out = match op {
        BinOp::Or => set::union(vm, &x, std::slice::from_ref(b))?,
        BinOp::And => set::intersection(vm, &x, b)?,
        BinOp::Sub => set::difference(vm, &x, b)?,
        BinOp::Xor => set::symmetric_difference(vm, &x, b)?,
        _ => return Ok(None),
    };
    Ok(Some(Value::Set(Rc::new(out))))
}

/// The in-place set operators on a mutable set (`set_ior`, `set_iand`, `set_isub`,
/// `set_ixor`); `other` is a set.
pub fn set_inplace(vm: &mut Vm, s: &Rc<Set>, other: &Value, op: BinOp) -> PyResult<()> {
    match op {
        BinOp::Or => s.update_from(vm, other),
        BinOp::And => {
            let tmp = set::intersection(vm, s, other)?;
            s.take_table(tmp);
            Ok(())
        }
        BinOp::Sub => s.difference_update(vm, other),
        BinOp::Xor => s.symmetric_difference_update(vm, other),
        _ => Ok(()),
    }
}

fn union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "union", &args, 1, usize::MAX)?;
    let s = this(vm, &a[0])?;
    Ok(Value::Set(Rc::new(set::union(vm, &s, &a[1..])?)))
}

fn intersection_multi(vm: &mut Vm, s: &Rc<Set>, others: &[Value]) -> PyResult<Set> {
    if others.is_empty() {
        return Ok(s.copy(s.frozen));
    }
    let mut acc = s.clone();
    for other in others {
        acc = Rc::new(set::intersection(vm, &acc, other)?);
    }
    Ok(Rc::try_unwrap(acc).unwrap_or_else(|r| r.copy(r.frozen)))
}

fn intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "intersection", &args, 1, usize::MAX)?;
    let s = this(vm, &a[0])?;
    Ok(Value::Set(Rc::new(intersection_multi(vm, &s, &a[1..])?)))
}

fn intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "intersection_update", &args, 1, usize::MAX)?;
    let s = this(vm, &a[0])?;
    let tmp = intersection_multi(vm, &s, &a[1..])?;
    s.take_table(tmp);
    Ok(Value::None)
}

fn difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "difference", &args, 1, usize::MAX)?;
    let s = this(vm, &a[0])?;
    if a.len() == 1 {
        return Ok(Value::Set(Rc::new(s.copy(s.frozen))));
    }
    let result = Rc::new(set::difference(vm, &s, &a[1])?);
    for other in &a[2..] {
        result.difference_update(vm, other)?;
    }
    Ok(Value::Set(result))
}

fn difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "difference_update", &args, 1, usize::MAX)?;
    let s = this(vm, &a[0])?;
    for other in &a[1..] {
        s.difference_update(vm, other)?;
    }
    Ok(Value::None)
}

fn symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "symmetric_difference", &args, 2, 2)?;
    let s = this(vm, &a[0])?;
    Ok(Value::Set(Rc::new(set::symmetric_difference(
        vm, &s, &a[1],
    )?)))
}

fn symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "symmetric_difference_update", &args, 2, 2)?;
    let s = this(vm, &a[0])?;
    s.symmetric_difference_update(vm, &a[1])?;
    Ok(Value::None)
}

fn issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "issubset", &args, 2, 2)?;
    let s = this(vm, &a[0])?;
    let o = match set::any_set(&a[1]) {
        Some(o) => o,
        None => from_iterable(vm, &a[1], false)?,
    };
    Ok(Value::bool(crate::builtins::set_compare(
        vm,
        &s,
        &o,
        crate::ops::CmpOp::Le,
    )?))
}

fn issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "issuperset", &args, 2, 2)?;
    let s = this(vm, &a[0])?;
    let o = match set::any_set(&a[1]) {
        Some(o) => o,
        None => from_iterable(vm, &a[1], false)?,
    };
    Ok(Value::bool(crate::builtins::set_compare(
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
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "copy", &args, 1, 1)?;
    if let Value::Set(s) = &a[0] {
        if s.frozen {
            return Ok(a[0].clone());
        }
    }
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
    Ok(Value::bool(s.contains(vm, &a[1])?))
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
        s.update_from(vm, other)?;
    }
    Ok(Value::None)
}

/// `set_repr`: `{1, 2}`, `set()`, `frozenset({1})`; a subclass shows its name: `S({1})`.
fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__repr__", &args, 1, 1)?;
    let s = this(vm, &a[0])?;
    if !matches!(a[0], Value::Instance(_)) {
        return Ok(Value::str(vm.repr(&Value::Set(s))?));
    }
    let name = vm.type_name(&a[0]);
    if s.is_empty() {
        return Ok(Value::str(format!("{name}()")));
    }
    let mut parts = Vec::new();
    for item in s.items() {
        parts.push(vm.repr(&item)?);
    }
    Ok(Value::str(format!("{name}({{{}}})", parts.join(", "))))
}
