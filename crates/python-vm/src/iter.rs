//! Iteration: the built-in iterator objects (over lists, tuples, strings, ranges, dicts and
//! sets; `enumerate`, `zip`, `map`, `filter`, `reversed`, `iter(f, sentinel)`), and `iter()`
//! and `next()` over any object, including classes with `__iter__`/`__next__`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::dict::Dict;
use crate::exceptions::ExcKind;
use crate::interp::Vm;
use crate::set::Set;
use crate::types::Type;
use crate::value::*;
use crate::PyResult;

/// The names of the built-in iterator types.
pub const ITERATOR_TYPES: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "bytes_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "list_reverseiterator",
    "callable_iterator",
    "iterator",
];

/// What a dict iterator yields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

/// The state of a built-in iterator.
pub enum IterState {
    /// Over a list, tuple, str or bytes, by index.
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        remaining: i64,
        step: i64,
    },
    Dict {
        dict: Rc<Dict>,
        pos: usize,
        len: usize,
        part: DictPart,
    },
    Set {
        set: Rc<Set>,
        pos: usize,
        len: usize,
    },
    Enumerate {
        it: Value,
        count: i64,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    /// Backwards over a sequence.
    Reversed {
        seq: Value,
        index: usize,
    },
    /// `iter(func, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// Over an object with `__getitem__`, by index until IndexError.
    GetItem {
        obj: Value,
        index: i64,
    },
    Done,
}

/// A built-in iterator.
pub struct Iter {
    pub class: Rc<Type>,
    pub state: RefCell<IterState>,
}

/// A new iterator value of the named built-in type.
pub fn new_iter(vm: &Vm, type_name: &str, state: IterState) -> Value {
    let class = vm
        .types
        .iterators
        .get(type_name)
        .cloned()
        .unwrap_or_else(|| vm.types.iterators["iterator"].clone());
    Value::Iter(Rc::new(Iter {
        class,
        state: RefCell::new(state),
    }))
}

/// `iter(v)`.
pub fn make_iter(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::List(_) => new_iter(
            vm,
            "list_iterator",
            IterState::Seq {
                seq: v.clone(),
                index: 0,
            },
        ),
        Value::Tuple(_) => new_iter(
            vm,
            "tuple_iterator",
            IterState::Seq {
                seq: v.clone(),
                index: 0,
            },
        ),
        Value::Str(s) => {
            let name = if s.is_ascii() {
                "str_ascii_iterator"
            } else {
                "str_iterator"
            };
            new_iter(
                vm,
                name,
                IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                },
            )
        }
        Value::Bytes(_) => new_iter(
            vm,
            "bytes_iterator",
            IterState::Seq {
                seq: v.clone(),
                index: 0,
            },
        ),
        Value::Range(r) => new_iter(
            vm,
            "range_iterator",
            IterState::Range {
                next: r.start,
                remaining: r.len(),
                step: r.step,
            },
        ),
        Value::Dict(d) => dict_iter(vm, d, DictPart::Keys),
        Value::Set(s) => new_iter(
            vm,
            "set_iterator",
            IterState::Set {
                set: s.clone(),
                pos: 0,
                len: s.len(),
            },
        ),
        Value::Generator(_) | Value::Iter(_) => v.clone(),
        Value::Instance(_) | Value::Other(_) => {
            if let Some(r) = vm.call_special(v, "__iter__", &[])? {
                if !is_iterator(vm, &r) {
                    return Err(vm.type_error(format!(
                        "iter() returned non-iterator of type '{}'",
                        vm.type_name(&r)
                    )));
                }
                return Ok(r);
            }
            if let Some(p) = Vm::builtin_payload(v) {
                return make_iter(vm, &p);
            }
            if vm.type_of(v).lookup_name("__getitem__").is_some() {
                return Ok(new_iter(
                    vm,
                    "iterator",
                    IterState::GetItem {
                        obj: v.clone(),
                        index: 0,
                    },
                ));
            }
            return Err(vm.type_error(format!("'{}' object is not iterable", vm.type_name(v))));
        }
        Value::Type(t) if t.metaclass.borrow().is_some() => {
            // A class whose metaclass defines __iter__ (enum classes).
            match vm.call_special(v, "__iter__", &[])? {
                Some(r) => return Ok(r),
                None => {
                    return Err(
                        vm.type_error(format!("'{}' object is not iterable", vm.type_name(v)))
                    )
                }
            }
        }
        _ => return Err(vm.type_error(format!("'{}' object is not iterable", vm.type_name(v)))),
    })
}

/// An iterator over a dict's keys, values or items.
pub fn dict_iter(vm: &Vm, d: &Rc<Dict>, part: DictPart) -> Value {
    let name = match part {
        DictPart::Keys => "dict_keyiterator",
        DictPart::Values => "dict_valueiterator",
        DictPart::Items => "dict_itemiterator",
    };
    new_iter(
        vm,
        name,
        IterState::Dict {
            dict: d.clone(),
            pos: 0,
            len: d.len(),
            part,
        },
    )
}

/// True when `v` is an iterator (has `__next__`).
pub fn is_iterator(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Iter(_) | Value::Generator(_) => true,
        Value::Instance(_) | Value::Other(_) => vm.type_of(v).lookup_name("__next__").is_some(),
        _ => false,
    }
}

/// `iter(func, sentinel)`.
pub fn callable_iter(vm: &mut Vm, func: Value, sentinel: Value) -> PyResult<Value> {
    if !crate::builtins::is_callable(vm, &func) {
        return Err(vm.type_error("iter(v, w): v must be callable"));
    }
    Ok(new_iter(
        vm,
        "callable_iterator",
        IterState::Callable { func, sentinel },
    ))
}

/// `next(it)`, with exhaustion as `None` (a `StopIteration` from `__next__` counts as
/// exhaustion).
pub fn next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    match next_raw(vm, it) {
        Err(e) if vm.is_exc_kind(&e, ExcKind::StopIteration) => Ok(None),
        r => r,
    }
}

/// `next(it)` without turning a StopIteration raised by `__next__` into exhaustion.
pub fn next_raw(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    match it {
        Value::Iter(i) => step(vm, i),
        Value::Generator(g) => match crate::generator::resume(vm, g, Value::None, None)? {
            crate::generator::Sent::Yielded(v) => Ok(Some(v)),
            crate::generator::Sent::Returned(Value::None) => Ok(None),
            // A return value travels in the StopIteration (`StopIteration.value`).
            crate::generator::Sent::Returned(v) => {
                Err(vm.new_error_args(ExcKind::StopIteration, vec![v]))
            }
        },
        Value::Instance(_) | Value::Other(_) => match vm.call_special(it, "__next__", &[])? {
            Some(v) => Ok(Some(v)),
            None => Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it)))),
        },
        _ => Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it)))),
    }
}

/// Advances a built-in iterator.
fn step(vm: &mut Vm, it: &Rc<Iter>) -> PyResult<Option<Value>> {
    // Fast paths that need no Python code hold the borrow only briefly.
    let mut state = it.state.borrow_mut();
    match &mut *state {
        IterState::Seq { seq, index } => {
            let r = match seq {
                Value::List(l) => l.items.borrow().get(*index).cloned(),
                Value::Tuple(t) => t.items.get(*index).cloned(),
                Value::Str(s) => {
                    if s.is_ascii() {
                        s.s.get(*index..*index + 1).map(Value::str)
                    } else {
                        // Index counts bytes for non-ASCII strings.
                        let rest = &s.s[*index..];
                        rest.chars().next().map(|c| {
                            *index += c.len_utf8() - 1;
                            Value::str(c.to_string())
                        })
                    }
                }
                Value::Bytes(b) => b.b.get(*index).map(|x| Value::Int(*x as i64)),
                _ => None,
            };
            match r {
                Some(v) => {
                    *index += 1;
                    Ok(Some(v))
                }
                None => {
                    *state = IterState::Done;
                    Ok(None)
                }
            }
        }
        IterState::Range {
            next,
            remaining,
            step,
        } => {
            if *remaining <= 0 {
                return Ok(None);
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            Ok(Some(Value::Int(v)))
        }
        IterState::Dict {
            dict,
            pos,
            len,
            part,
        } => {
            if dict.len() != *len {
                *len = usize::MAX;
                drop(state);
                return Err(vm.new_error(
                    ExcKind::RuntimeError,
                    "dictionary changed size during iteration",
                ));
            }
            let table = dict.table.borrow();
            loop {
                match table.entry_at(*pos) {
                    None => return Ok(None),
                    Some(None) => *pos += 1,
                    Some(Some(e)) => {
                        *pos += 1;
                        return Ok(Some(match part {
                            DictPart::Keys => e.key.clone(),
                            DictPart::Values => e.value.clone(),
                            DictPart::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                        }));
                    }
                }
            }
        }
        IterState::Set { set, pos, len } => {
            if set.len() != *len {
                *len = usize::MAX;
                drop(state);
                return Err(
                    vm.new_error(ExcKind::RuntimeError, "Set changed size during iteration")
                );
            }
            let table = set.table.borrow();
            while *pos < table.slots.len() {
                let p = *pos;
                *pos += 1;
                if let crate::set::Slot::Active(_, v) = &table.slots[p] {
                    return Ok(Some(v.clone()));
                }
            }
            Ok(None)
        }
        IterState::Reversed { seq, index } => {
            if *index == 0 {
                return Ok(None);
            }
            *index -= 1;
            let r = match seq {
                Value::List(l) => l.items.borrow().get(*index).cloned(),
                Value::Tuple(t) => t.items.get(*index).cloned(),
                Value::Str(s) => s.s.chars().nth(*index).map(|c| Value::str(c.to_string())),
                Value::Range(r) => Some(Value::Int(r.start + r.step * *index as i64)),
                _ => None,
            };
            if r.is_none() {
                *index = 0;
            }
            Ok(r)
        }
        IterState::Done => Ok(None),
        _ => {
            // The rest call Python code: take the state out while they run.
            let mut taken = std::mem::replace(&mut *state, IterState::Done);
            drop(state);
            let r = step_slow(vm, &mut taken);
            let exhausted = matches!(r, Ok(None));
            if !exhausted {
                *it.state.borrow_mut() = taken;
            }
            r
        }
    }
}

fn step_slow(vm: &mut Vm, state: &mut IterState) -> PyResult<Option<Value>> {
    match state {
        IterState::Enumerate { it, count } => match vm.next(it)? {
            Some(v) => {
                let i = *count;
                *count += 1;
                Ok(Some(Value::tuple(vec![Value::Int(i), v])))
            }
            None => Ok(None),
        },
        IterState::Zip { its, strict } => {
            let mut items = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match vm.next(it)? {
                    Some(v) => items.push(v),
                    None => {
                        if *strict && (i > 0 || its.iter().skip(1).any(|_| true)) {
                            if i > 0 {
                                return Err(vm.value_error(format!(
                                    "zip() argument {} is shorter than argument{} {}",
                                    i + 1,
                                    if i == 1 { "" } else { "s" },
                                    if i == 1 {
                                        "1".to_string()
                                    } else {
                                        format!("1-{i}")
                                    }
                                )));
                            }
                            for (j, other) in its.iter().enumerate().skip(1) {
                                if vm.next(other)?.is_some() {
                                    return Err(vm.value_error(format!(
                                        "zip() argument {} is longer than argument{} {}",
                                        j + 1,
                                        if j == 1 { "" } else { "s" },
                                        if j == 1 {
                                            "1".to_string()
                                        } else {
                                            format!("1-{j}")
                                        }
                                    )));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            if items.is_empty() {
                return Ok(None);
            }
            Ok(Some(Value::tuple(items)))
        }
        IterState::Map { func, its } => {
            let mut args = Vec::with_capacity(its.len());
            for it in its.iter() {
                match vm.next(it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            let f = func.clone();
            vm.call(&f, &args).map(Some)
        }
        IterState::Filter { func, it } => loop {
            let Some(v) = vm.next(it)? else {
                return Ok(None);
            };
            let keep = if func.is_none() {
                vm.truthy(&v)?
            } else {
                let f = func.clone();
                let r = vm.call(&f, std::slice::from_ref(&v))?;
                vm.truthy(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        },
        IterState::Callable { func, sentinel } => {
            let f = func.clone();
            let v = vm.call(&f, &[])?;
            if vm.eq(&v, sentinel)? {
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::GetItem { obj, index } => {
            let o = obj.clone();
            match vm.getitem(&o, &Value::Int(*index)) {
                Ok(v) => {
                    *index += 1;
                    Ok(Some(v))
                }
                Err(e)
                    if vm.is_exc_kind(&e, ExcKind::IndexError)
                        || vm.is_exc_kind(&e, ExcKind::StopIteration) =>
                {
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        _ => Ok(None),
    }
}

/// `enumerate(iterable, start=0)`.
pub fn enumerate(vm: &mut Vm, iterable: &Value, start: i64) -> PyResult<Value> {
    let it = make_iter(vm, iterable)?;
    Ok(new_iter(
        vm,
        "enumerate",
        IterState::Enumerate { it, count: start },
    ))
}

/// `reversed(seq)`.
pub fn reversed(vm: &mut Vm, seq: &Value) -> PyResult<Value> {
    let (name, len) = match seq {
        Value::List(l) => ("list_reverseiterator", l.items.borrow().len()),
        Value::Tuple(t) => ("reversed", t.items.len()),
        Value::Str(s) => ("reversed", s.chars),
        Value::Range(r) => ("range_iterator", r.len() as usize),
        Value::Dict(d) => {
            let l = Value::list(d.keys());
            return reversed(vm, &l);
        }
        Value::Instance(_) | Value::Other(_) => {
            if let Some(r) = vm.call_special(seq, "__reversed__", &[])? {
                return Ok(r);
            }
            if let Some(p) = Vm::builtin_payload(seq) {
                return reversed(vm, &p);
            }
            let n = vm.len(seq)?;
            let mut items = Vec::with_capacity(n);
            for i in 0..n {
                items.push(vm.getitem(seq, &Value::Int(i as i64))?);
            }
            let l = Value::list(items);
            return reversed(vm, &l);
        }
        Value::Type(t) if t.metaclass.borrow().is_some() => {
            if let Some(r) = vm.call_special(seq, "__reversed__", &[])? {
                return Ok(r);
            }
            return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq))));
        }
        _ => return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(seq)))),
    };
    Ok(new_iter(
        vm,
        name,
        IterState::Reversed {
            seq: seq.clone(),
            index: len,
        },
    ))
}
