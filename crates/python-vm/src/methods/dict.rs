//! The methods of `dict`, its constructor and its repr.

use std::rc::Rc;

use crate::builtins::check;
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
fn fill(vm: &mut Vm, d: &Rc<Dict>, args: Args) -> PyResult<()> {
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
    let d = this(vm, &a[0], "get")?;
    Ok(d.get(vm, &a[1])?
        .unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
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
            d.version.set(d.version.get() + 1);
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
    Ok(Value::Bool(d.contains(vm, &a[1])?))
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
            ]);
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
            Ok(Value::Bool(d.contains(vm, &a[1])?))
        }
        _ => {
            let items = view_items(v);
            for x in &items {
                if vm.eq(x, &a[1])? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
    }
}
