//! The methods of `list` and `tuple`.

use std::rc::Rc;

use crate::builtins::check_method as check;
use crate::exceptions::ExcKind;
use crate::interp::Vm;
use crate::value::*;
use crate::PyResult;

/// Installs the methods of list and tuple.
pub fn install(vm: &mut Vm) {
    vm.types.list.add_methods(&[
        ("append", append),
        ("extend", extend),
        ("pop", pop),
        ("insert", insert),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("reverse", reverse),
        ("sort", sort),
        ("copy", copy),
        ("clear", clear),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__init__", init),
    ]);
    vm.types.tuple.add_methods(&[
        ("index", index),
        ("count", count),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__contains__", contains),
        ("__iter__", iter),
    ]);
}

/// The list behind a method's `self`.
fn this(vm: &mut Vm, v: &Value, method: &str) -> PyResult<Rc<List>> {
    match super::receiver(v) {
        Value::List(l) => Ok(l),
        other => Err(vm.type_error(format!(
            "descriptor '{method}' for 'list' objects doesn't apply to a '{}' object",
            vm.type_name(&other)
        ))),
    }
}

/// The items of a list or tuple `self`.
fn items(vm: &mut Vm, v: &Value, method: &str) -> PyResult<Vec<Value>> {
    match super::receiver(v) {
        Value::List(l) => Ok(l.items.borrow().clone()),
        Value::Tuple(t) => Ok(t.items.clone()),
        other => Err(vm.type_error(format!(
            "descriptor '{method}' doesn't apply to a '{}' object",
            vm.type_name(&other)
        ))),
    }
}

fn owner(v: &Value) -> &'static str {
    match super::receiver(v) {
        Value::Tuple(_) => "tuple",
        _ => "list",
    }
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "list.append", &args, 2, 2).map_err(|_| {
        vm.type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            args.args.len().saturating_sub(1)
        ))
    })?;
    let l = this(vm, &a[0], "append")?;
    push(vm, &l, a[1].clone())?;
    Ok(Value::None)
}

/// Appends `v` to `l`, growing it within the heap cap (a `MemoryError` beyond it).
#[inline]
pub fn push(vm: &mut Vm, l: &List, v: Value) -> PyResult<()> {
    let mut items = l.items.borrow_mut();
    if items.len() == items.capacity() {
        let more = items.capacity().max(4) * std::mem::size_of::<Value>();
        if !crate::heap::fits(more, vm.heap_cap) {
            drop(items);
            return Err(vm.new_error_args(ExcKind::MemoryError, vec![]));
        }
        crate::heap::track_alloc(more);
        let grow = items.capacity().max(4);
        items.reserve(grow);
    }
    items.push(v);
    Ok(())
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "list.extend", &args, 2, 2)?;
    let l = this(vm, &a[0], "extend")?;
    let new = vm.to_vec(&a[1])?;
    l.items.borrow_mut().extend(new);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "pop", &args, 1, 2)?;
    let l = this(vm, &a[0], "pop")?;
    let n = l.items.borrow().len() as i64;
    if n == 0 {
        return Err(vm.new_error(ExcKind::IndexError, "pop from empty list"));
    }
    let i = super::opt_int(vm, a.get(1), -1)?;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_error(ExcKind::IndexError, "pop index out of range"));
    }
    let v = l.items.borrow_mut().remove(j as usize);
    Ok(v)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "insert", &args, 3, 3)?;
    let l = this(vm, &a[0], "insert")?;
    let n = l.items.borrow().len() as i64;
    let i = vm.index_value(&a[1])?;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.items.borrow_mut().insert(j as usize, a[2].clone());
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "remove", &args, 2, 2)?;
    let l = this(vm, &a[0], "remove")?;
    let items = l.items.borrow().clone();
    for (i, x) in items.iter().enumerate() {
        if vm.eq(x, &a[1])? {
            let old = l.items.borrow_mut().remove(i);
            drop(old);
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "index", &args, 2, 4)?;
    let what = owner(&a[0]);
    let items = items(vm, &a[0], "index")?;
    let n = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = norm(super::opt_int(vm, a.get(2), 0)?);
    let stop = norm(super::opt_int(vm, a.get(3), n)?);
    for i in start..stop {
        if vm.eq(&items[i as usize], &a[1])? {
            return Ok(Value::Int(i));
        }
    }
    if what == "tuple" {
        return Err(vm.value_error("tuple.index(x): x not in tuple"));
    }
    let r = vm.repr(&a[1])?;
    Err(vm.value_error(format!("{r} is not in list")))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "count", &args, 2, 2)?;
    let items = items(vm, &a[0], "count")?;
    let mut n = 0;
    for x in &items {
        if vm.eq(x, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "reverse", &args, 1, 1)?;
    let l = this(vm, &a[0], "reverse")?;
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn sort(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() != 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let l = this(vm, &pos[0], "sort")?;
    let (key, reverse) = crate::builtins::sort_options(vm, &args, "sort")?;
    // CPython empties the list while sorting, so changes during the sort are detected.
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let r = crate::builtins::sort_values(vm, &mut items, key.as_ref(), reverse);
    let modified = !l.items.borrow().is_empty();
    *l.items.borrow_mut() = items;
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "copy", &args, 1, 1)?;
    let l = this(vm, &a[0], "copy")?;
    let items = l.items.borrow().clone();
    Ok(Value::list(items))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "clear", &args, 1, 1)?;
    let l = this(vm, &a[0], "clear")?;
    let old = std::mem::take(&mut *l.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__len__", &args, 1, 1)?;
    let items = items(vm, &a[0], "__len__")?;
    Ok(Value::Int(items.len() as i64))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__getitem__", &args, 2, 2)?;
    let s = super::receiver(&a[0]);
    super::sequence_getitem(vm, &s, &a[1])
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__setitem__", &args, 3, 3)?;
    let s = super::receiver(&a[0]);
    super::sequence_setitem(vm, &s, a[1].clone(), a[2].clone())?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__contains__", &args, 2, 2)?;
    let s = super::receiver(&a[0]);
    Ok(Value::bool(vm.contains(&s, &a[1])?))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__iter__", &args, 1, 1)?;
    let s = super::receiver(&a[0]);
    vm.iter(&s)
}

fn init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "list", &args, 1, 2)?;
    let l = this(vm, &a[0], "__init__")?;
    let items = match a.get(1) {
        Some(v) => vm.to_vec(v)?,
        None => Vec::new(),
    };
    *l.items.borrow_mut() = items;
    Ok(Value::None)
}
