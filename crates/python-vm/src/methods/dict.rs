//! The methods of `dict`, its constructor and its repr.

use std::rc::Rc;

use crate::builtins::check_method as check;
use crate::dict::Dict;
use crate::exceptions::ExcKind;
use crate::interp::Vm;
use crate::iter::DictPart;
use crate::value::*;
use crate::PyResult;

/// Installs the methods of dict.
pub fn install(vm: &mut Vm) {
    vm.types.dict.add_methods(&[
        ("get", get),
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("pop", pop),
        ("popitem", popitem),
        ("setdefault", setdefault),
        ("update", update),
        ("copy", copy),
        ("clear", clear),
        ("__len__", len),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__init__", init),
        ("__repr__", repr),
    ]);
    let fromkeys = crate::builtins::builtin("fromkeys", fromkeys);
    vm.types.dict.dict.set_by_name(
        "fromkeys",
        Value::Other(Rc::new(Other {
            kind: OtherKind::ClassMethod(fromkeys),
        })),
    );
}

/// The dict behind a method's `self`.
pub fn this(vm: &mut Vm, v: &Value, method: &str) -> PyResult<Rc<Dict>> {
    match super::receiver(v) {
        Value::Dict(d) => Ok(d),
        other => Err(vm.type_error(format!(
            "descriptor '{method}' for 'dict' objects doesn't apply to a '{}' object",
            vm.type_name(&other)
        ))),
    }
}

/// `repr(dict)`.
pub fn repr_dict(vm: &mut Vm, d: &Rc<Dict>) -> PyResult<String> {
    let mut out = String::from("{");
    for (i, (k, v)) in d.items().iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr(k)?);
        out.push_str(": ");
        out.push_str(&vm.repr(v)?);
    }
    out.push('}');
    Ok(out)
}

/// `dict(...)`.
pub fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = Rc::new(Dict::new());
    fill(vm, &d, args)?;
    Ok(Value::Dict(d))
}

/// `dict.update` and the constructor: a mapping or iterable of pairs, then keywords.
pub fn fill(vm: &mut Vm, d: &Rc<Dict>, args: Args) -> PyResult<()> {
    let pos = args.positional();
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Some(src) = pos.first() {
        let is_mapping =
            matches!(src, Value::Dict(_)) || vm.type_of(src).lookup_name("keys").is_some();
        if is_mapping {
            for (k, v) in vm.mapping_items(src)? {
                d.set(vm, k, v)?;
            }
        } else {
            if !vm.is_iterable(src) {
                return Err(
                    vm.type_error(format!("'{}' object is not iterable", vm.type_name(src)))
                );
            }
            let it = vm.iter(src)?;
            let mut i = 0;
            while let Some(pair) = vm.next(&it)? {
                let items = match &pair {
                    Value::Tuple(_) | Value::List(_) => vm.to_vec(&pair)?,
                    _ if vm.is_iterable(&pair) => vm.to_vec(&pair)?,
                    _ => {
                        return Err(vm.type_error(format!(
                            "cannot convert dictionary update sequence element #{i} to a sequence"
                        )))
                    }
                };
                if items.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        items.len()
                    )));
                }
                let mut it2 = items.into_iter();
                let (k, v) = (
                    it2.next().unwrap_or_default(),
                    it2.next().unwrap_or_default(),
                );
                d.set(vm, k, v)?;
                i += 1;
            }
        }
    }
    for (k, v) in args.keywords() {
        d.set_by_name(k, v.clone());
    }
    Ok(())
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "get", &args, 2, 3)?;
    let found = match &a[0] {
        // An exact dict is used where it lies (`this` makes a new reference).
        Value::Dict(d) => d.get(vm, &a[1])?,
        other => this(vm, other, "get")?.get(vm, &a[1])?,
    };
    Ok(found.unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
}

fn view(vm: &mut Vm, args: Args, part: DictPart) -> PyResult<Value> {
    let a = check(vm, "keys", &args, 1, 1)?;
    let d = this(vm, &a[0], "keys")?;
    Ok(crate::native::wrap(DictView { dict: d, part }))
}

fn keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, DictPart::Keys)
}

fn values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, DictPart::Values)
}

fn items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, DictPart::Items)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "pop", &args, 2, 3)?;
    let d = this(vm, &a[0], "pop")?;
    match d.remove(vm, &a[1])? {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.new_error_args(ExcKind::KeyError, vec![a[1].clone()])),
        },
    }
}

fn popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "popitem", &args, 1, 1)?;
    let d = this(vm, &a[0], "popitem")?;
    let e = d.table.borrow_mut().pop_last();
    match e {
        Some(e) => {
            d.bump();
            Ok(Value::tuple(vec![e.key, e.value]))
        }
        None => Err(vm.new_error(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "setdefault", &args, 2, 3)?;
    let d = this(vm, &a[0], "setdefault")?;
    if let Some(v) = d.get(vm, &a[1])? {
        return Ok(v);
    }
    let v = a.get(2).cloned().unwrap_or(Value::None);
    d.set(vm, a[1].clone(), v.clone())?;
    Ok(v)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(first) = args.args.first() else {
        return Err(vm.type_error("descriptor 'update' of 'dict' object needs an argument"));
    };
    let d = this(vm, first, "update")?;
    fill(
        vm,
        &d,
        Args {
            args: &args.args[1..],
            kwnames: args.kwnames,
        },
    )?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "copy", &args, 1, 1)?;
    let d = this(vm, &a[0], "copy")?;
    Ok(Value::Dict(Rc::new(d.copy())))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "clear", &args, 1, 1)?;
    let d = this(vm, &a[0], "clear")?;
    d.clear();
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__len__", &args, 1, 1)?;
    let d = this(vm, &a[0], "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__getitem__", &args, 2, 2)?;
    let d = this(vm, &a[0], "__getitem__")?;
    match d.get(vm, &a[1])? {
        Some(v) => Ok(v),
        None => {
            // Subclasses may define __missing__.
            if let Value::Instance(_) = &a[0] {
                if let Some(r) = vm.call_special(&a[0], "__missing__", &a[1..2])? {
                    return Ok(r);
                }
            }
            Err(vm.new_error_args(ExcKind::KeyError, vec![a[1].clone()]))
        }
    }
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__setitem__", &args, 3, 3)?;
    let d = this(vm, &a[0], "__setitem__")?;
    d.set(vm, a[1].clone(), a[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__delitem__", &args, 2, 2)?;
    let d = this(vm, &a[0], "__delitem__")?;
    match d.remove(vm, &a[1])? {
        Some(_) => Ok(Value::None),
        None => Err(vm.new_error_args(ExcKind::KeyError, vec![a[1].clone()])),
    }
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__contains__", &args, 2, 2)?;
    let d = this(vm, &a[0], "__contains__")?;
    Ok(Value::bool(d.contains(vm, &a[1])?))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__iter__", &args, 1, 1)?;
    let d = this(vm, &a[0], "__iter__")?;
    Ok(crate::iter::dict_iter(vm, &d, DictPart::Keys))
}

fn init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(first) = args.args.first() else {
        return Ok(Value::None);
    };
    let d = this(vm, first, "__init__")?;
    fill(
        vm,
        &d,
        Args {
            args: &args.args[1..],
            kwnames: args.kwnames,
        },
    )?;
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "fromkeys", &args, 2, 3)?;
    let d = Rc::new(Dict::new());
    let value = a.get(2).cloned().unwrap_or(Value::None);
    for k in vm.to_vec(&a[1])? {
        d.set(vm, k, value.clone())?;
    }
    Ok(Value::Dict(d))
}

/// `dict.keys()`, `dict.values()`, `dict.items()`: live views of a dict.
pub struct DictView {
    pub dict: Rc<Dict>,
    pub part: DictPart,
}

impl crate::native::NativeObject for DictView {
    fn class(&self, vm: &Vm) -> Rc<crate::types::Type> {
        let name: &'static str = match self.part {
            DictPart::Keys => "dict_keys",
            DictPart::Values => "dict_values",
            DictPart::Items => "dict_items",
        };
        vm.types.native(name, |t| {
            let ty = crate::types::Type::builtin(name, Some(&t.object), crate::types::Kind::Native);
            ty.add_methods(&[
                ("__iter__", view_iter),
                ("__len__", view_len),
                ("__contains__", view_contains),
                ("__repr__", view_repr),
                ("__reversed__", view_reversed),
            ]);
            if name != "dict_values" {
                ty.add_methods(&[
                    ("__and__", view_and),
                    ("__rand__", view_and),
                    ("__or__", view_or),
                    ("__ror__", view_ror),
                    ("__sub__", view_sub),
                    ("__rsub__", view_rsub),
                    ("__xor__", view_xor),
                    ("__rxor__", view_rxor),
                    ("__eq__", view_eq),
                    ("__ne__", view_ne),
                    ("__lt__", view_lt),
                    ("__le__", view_le),
                    ("__gt__", view_gt),
                    ("__ge__", view_ge),
                    ("isdisjoint", view_isdisjoint),
                ]);
            }
            ty
        })
    }

    fn repr(&self, vm: &mut Vm) -> PyResult<Option<String>> {
        let name = match self.part {
            DictPart::Keys => "dict_keys",
            DictPart::Values => "dict_values",
            DictPart::Items => "dict_items",
        };
        let items = view_items(self);
        let inner = super::repr_items(vm, &items)?;
        Ok(Some(format!("{name}([{inner}])")))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The items a view shows.
pub fn view_items(v: &DictView) -> Vec<Value> {
    match v.part {
        DictPart::Keys => v.dict.keys(),
        DictPart::Values => v.dict.values(),
        DictPart::Items => v
            .dict
            .items()
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    }
}

fn view_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a DictView> {
    crate::native::downcast::<DictView>(v).ok_or_else(|| vm.type_error("expected a dict view"))
}

fn view_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__iter__", &args, 1, 1)?;
    let v = view_of(vm, &a[0])?;
    Ok(crate::iter::dict_iter(vm, &v.dict, v.part))
}

fn view_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__len__", &args, 1, 1)?;
    let v = view_of(vm, &a[0])?;
    Ok(Value::Int(v.dict.len() as i64))
}

fn view_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__contains__", &args, 2, 2)?;
    let v = view_of(vm, &a[0])?;
    match v.part {
        DictPart::Keys => {
            let d = v.dict.clone();
            Ok(Value::bool(d.contains(vm, &a[1])?))
        }
        _ => {
            let items = view_items(v);
            for x in &items {
                if vm.eq(x, &a[1])? {
                    return Ok(Value::TRUE);
                }
            }
            Ok(Value::FALSE)
        }
    }
}

fn view_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__repr__", &args, 1, 1)?;
    let v = view_of(vm, &a[0])?;
    let text = crate::native::NativeObject::repr(v, vm)?.unwrap_or_default();
    Ok(Value::str(text))
}

fn view_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__reversed__", &args, 1, 1)?;
    let v = view_of(vm, &a[0])?;
    let items = Value::list(view_items(v));
    crate::iter::reversed(vm, &items)
}

/// `dictviews_to_set`: a new set from a view (a keys view merges its dict directly) or from
/// any iterable.
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<std::rc::Rc<crate::set::Set>> {
    let src = match crate::native::downcast::<DictView>(v) {
        Some(view) if matches!(view.part, DictPart::Keys) => Value::Dict(view.dict.clone()),
        _ => v.clone(),
    };
    Ok(std::rc::Rc::new(crate::set::from_iterable(
        vm, &src, false,
    )?))
}

/// True for the views that behave as sets (keys and items).
fn is_set_view(v: &Value) -> bool {
    crate::native::downcast::<DictView>(v).is_some_and(|d| !matches!(d.part, DictPart::Values))
}

/// `key in view` for a keys or items view.
fn view_has(vm: &mut Vm, v: &DictView, x: &Value) -> PyResult<bool> {
    match v.part {
        DictPart::Keys => {
            let d = v.dict.clone();
            d.contains(vm, x)
        }
        _ => {
            let Value::Tuple(t) = x else {
                return Ok(false);
            };
            if t.items.len() != 2 {
                return Ok(false);
            }
            let d = v.dict.clone();
            match d.get(vm, &t.items[0])? {
                Some(value) => vm.eq(&value, &t.items[1]),
                None => Ok(false),
            }
        }
    }
}

/// `_PyDictView_Intersect`.
fn view_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__and__", &args, 2, 2)?;
    let (mut this, mut other) = (a[0].clone(), a[1].clone());
    let len_self = vm.len(&this)?;
    if let Value::Set(s) = &other {
        if !s.frozen && len_self <= s.len() {
            let s = s.clone();
            return Ok(Value::Set(std::rc::Rc::new(crate::set::intersection(
                vm, &s, &this,
            )?)));
        }
    }
    if is_set_view(&other) && vm.len(&other)? > len_self {
        std::mem::swap(&mut this, &mut other);
    }
    let result = crate::set::Set::new(false);
    let it = vm.iter(&other)?;
    while let Some(x) = vm.next(&it)? {
        let view = view_of(vm, &this)?;
        if view_has(vm, view, &x)? {
            result.add(vm, x)?;
        }
    }
    Ok(Value::Set(std::rc::Rc::new(result)))
}

fn view_setop(vm: &mut Vm, args: &Args, name: &str, reflected: bool, op: u8) -> PyResult<Value> {
    let a = check(vm, name, args, 2, 2)?;
    let (first, second) = if reflected {
        (&a[1], &a[0])
    } else {
        (&a[0], &a[1])
    };
    let result = to_set(vm, first)?;
    match op {
        b'|' => result.update_from(vm, second)?,
        b'-' => result.difference_update(vm, second)?,
        _ => result.symmetric_difference_update(vm, second)?,
    }
    Ok(Value::Set(result))
}

fn view_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, &args, "__or__", false, b'|')
}

fn view_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, &args, "__ror__", true, b'|')
}

fn view_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, &args, "__sub__", false, b'-')
}

fn view_rsub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, &args, "__rsub__", true, b'-')
}

fn view_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, &args, "__xor__", false, b'^')
}

fn view_rxor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, &args, "__rxor__", true, b'^')
}

/// True when every item of `a` is in `b` (a set or a view).
fn all_contained_in(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let it = vm.iter(a)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `dictview_richcompare`.
fn view_compare(vm: &mut Vm, args: &Args, name: &str, op: crate::ops::CmpOp) -> PyResult<Value> {
    use crate::ops::CmpOp;
    let a = check(vm, name, args, 2, 2)?;
    if !matches!(a[1], Value::Set(_)) && !is_set_view(&a[1]) {
        return Ok(Value::NotImplemented);
    }
    let (x, y) = (&a[0], &a[1]);
    let (lx, ly) = (vm.len(x)?, vm.len(y)?);
    let ok = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let eq = lx == ly && all_contained_in(vm, x, y)?;
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Lt => lx < ly && all_contained_in(vm, x, y)?,
        CmpOp::Le => lx <= ly && all_contained_in(vm, x, y)?,
        CmpOp::Gt => lx > ly && all_contained_in(vm, y, x)?,
        CmpOp::Ge => lx >= ly && all_contained_in(vm, y, x)?,
    };
    Ok(Value::bool(ok))
}

fn view_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, &args, "__eq__", crate::ops::CmpOp::Eq)
}

fn view_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, &args, "__ne__", crate::ops::CmpOp::Ne)
}

fn view_lt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, &args, "__lt__", crate::ops::CmpOp::Lt)
}

fn view_le(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, &args, "__le__", crate::ops::CmpOp::Le)
}

fn view_gt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, &args, "__gt__", crate::ops::CmpOp::Gt)
}

fn view_ge(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_compare(vm, &args, "__ge__", crate::ops::CmpOp::Ge)
}

fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "isdisjoint", &args, 2, 2)?;
    let it = vm.iter(&a[1])?;
    while let Some(x) = vm.next(&it)? {
        let view = view_of(vm, &a[0])?;
        if view_has(vm, view, &x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__repr__", &args, 1, 1)?;
    let d = this(vm, &a[0], "__repr__")?;
    Ok(Value::str(vm.repr(&Value::Dict(d))?))
}
