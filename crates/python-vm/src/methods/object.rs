//! `object`, `type` and the constructors of the built-in types: calling `int`, `str`,
//! `list`..., instance creation for classes defined in Python, class creation with its MRO,
//! `__slots__` and `__init_subclass__`, and the descriptor types (property, staticmethod,
//! classmethod, super).

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::Num as _;

use crate::builtins::check;
use crate::dict::Dict;
use crate::exceptions::ExcKind;
use crate::interp::Vm;
use crate::iter::IterState;
use crate::num;
use crate::types::{c3_mro, Kind, Type};
use crate::value::*;
use crate::PyResult;

/// Installs the methods of `object`, the exceptions and the descriptor types.
pub fn install(vm: &mut Vm) {
    vm.types.object.add_methods(&[
        ("__init__", object_init),
        ("__new__", object_new),
        ("__repr__", object_repr),
        ("__str__", object_str),
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__hash__", object_hash),
        ("__setattr__", object_setattr),
        ("__getattribute__", object_getattribute),
        ("__delattr__", object_delattr),
        ("__init_subclass__", object_init_subclass),
        ("__format__", object_format),
    ]);
    let base = vm.types.exc(ExcKind::BaseException);
    base.add_methods(&[
        ("__init__", exception_init),
        ("__str__", exception_str),
        ("__repr__", exception_repr),
        ("with_traceback", exception_with_traceback),
        ("add_note", exception_add_note),
    ]);
    vm.types.property.add_methods(&[
        ("getter", property_getter),
        ("setter", property_setter),
        ("deleter", property_deleter),
        ("__get__", property_get),
    ]);
    vm.types.type_.add_methods(&[
        ("mro", type_mro),
        ("__new__", type_new),
        ("__init__", type_init),
        ("__call__", type_call),
        ("__repr__", type_repr),
    ]);
}

/// `type.__repr__(cls)`: `<class 'module.Name'>` (for classes made by a metaclass).
fn type_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__repr__", &args, 1, 1)?;
    Ok(Value::str(crate::methods::repr_builtin(vm, &a[0])?))
}

/// `type.__call__(cls, *args, **kwargs)`: makes an instance (`__new__`, then `__init__`),
/// for metaclasses whose `__call__` calls `super().__call__(...)`.
fn type_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Type(t)) = args.args.first() else {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object"));
    };
    let t = t.clone();
    crate::methods::construct(
        vm,
        &t,
        Args {
            args: &args.args[1..],
            kwnames: args.kwnames,
        },
    )
}

fn object_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Type(t)) = args.args.first() else {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    };
    let t = t.clone();
    let rest = Args {
        args: &args.args[1..],
        kwnames: args.kwnames,
    };
    new_instance(vm, &t, rest)
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__repr__", &args, 1, 1)?;
    let v = &a[0];
    let t = vm.type_of(v);
    Ok(Value::str(format!(
        "<{}.{} object at {:#x}>",
        t.module.borrow(),
        t.qualname.borrow(),
        crate::builtins::id_of(v)
    )))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__str__", &args, 1, 1)?;
    // `object_str` calls `tp_repr` directly: no recursion check of its own.
    Ok(Value::str(vm.repr_unchecked(&a[0])?))
}

fn object_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__eq__", &args, 2, 2)?;
    Ok(if a[0].is(&a[1]) {
        Value::TRUE
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__ne__", &args, 2, 2)?;
    let r = vm.rich_compare(&a[0], &a[1], crate::ops::CmpOp::Eq)?;
    let t = vm.truthy(&r)?;
    Ok(Value::bool(!t))
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__hash__", &args, 1, 1)?;
    Ok(Value::Int(crate::hash::pointer_hash(
        a[0].ptr().unwrap_or(0),
    )))
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__setattr__", &args, 3, 3)?;
    let Value::Str(name) = &a[1] else {
        return Err(vm.type_error("attribute name must be string"));
    };
    match &a[0] {
        Value::Instance(inst) => {
            let ty = inst.class.borrow().clone();
            vm.generic_setattr(inst, &ty, name, a[2].clone())?;
        }
        Value::Type(t) => vm.set_type_attr(t, name, a[2].clone())?,
        other => vm.setattr(other, name, a[2].clone())?,
    }
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__getattribute__", &args, 2, 2)?;
    let Value::Str(name) = &a[1] else {
        return Err(vm.type_error("attribute name must be string"));
    };
    match vm.getattr_opt(&a[0], name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(&a[0], &name.s)),
    }
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__delattr__", &args, 2, 2)?;
    let Value::Str(name) = &a[1] else {
        return Err(vm.type_error("attribute name must be string"));
    };
    vm.delattr(&a[0], name)?;
    Ok(Value::None)
}

fn object_init_subclass(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__format__", &args, 2, 2)?;
    if let Value::Str(s) = &a[1] {
        if !s.s.is_empty() {
            return Err(vm.type_error(format!(
                "unsupported format string passed to {}.__format__",
                vm.type_name(&a[0])
            )));
        }
    }
    Ok(Value::str(vm.str_of(&a[0])?))
}

fn exception_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.args.first() else {
        return Ok(Value::None);
    };
    if let Some(d) = crate::exceptions::data(inst) {
        let mut exc_args = args.positional()[1..].to_vec();
        let class = inst.class.borrow().clone();
        let (_, filename) = vm.os_error_parts(class, &mut exc_args);
        let mut d = d.borrow_mut();
        d.args = exc_args;
        if !filename.is_none() {
            d.filename = filename;
        }
    }
    Ok(Value::None)
}

fn exception_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__str__", &args, 1, 1)?;
    match &a[0] {
        Value::Instance(i) => Ok(Value::str(vm.exception_str(i)?)),
        other => Ok(Value::str(vm.repr(other)?)),
    }
}

fn exception_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__repr__", &args, 1, 1)?;
    Ok(Value::str(crate::methods::repr_builtin(vm, &a[0])?))
}

fn exception_with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "with_traceback", &args, 2, 2)?;
    if let Value::Instance(i) = &a[0] {
        crate::exceptions::set_attribute(vm, i, "__traceback__", &a[1])?;
    }
    Ok(a[0].clone())
}

fn exception_add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "add_note", &args, 2, 2)?;
    if !matches!(a[1], Value::Str(_)) {
        let msg = format!("note must be a str, not '{}'", vm.type_name(&a[1]));
        return Err(vm.type_error(msg));
    }
    if let Value::Instance(i) = &a[0] {
        if let Some(d) = &i.dict {
            let notes = match d.get_by_name("__notes__") {
                Some(n) => n,
                None => {
                    let l = Value::list(Vec::new());
                    d.set_by_name("__notes__", l.clone());
                    l
                }
            };
            if let Value::List(l) = notes {
                l.items.borrow_mut().push(a[1].clone());
            }
        }
    }
    Ok(Value::None)
}

fn property_with(vm: &mut Vm, args: Args, which: usize) -> PyResult<Value> {
    let a = check(vm, "property", &args, 2, 2)?;
    let Value::Other(o) = &a[0] else {
        return Err(vm.type_error("descriptor requires a property"));
    };
    let OtherKind::Property {
        fget,
        fset,
        fdel,
        doc,
    } = &o.kind
    else {
        return Err(vm.type_error("descriptor requires a property"));
    };
    let mut parts = [fget.clone(), fset.borrow().clone(), fdel.borrow().clone()];
    parts[which] = a[1].clone();
    let [g, s, d] = parts;
    Ok(Value::Other(Rc::new(Other {
        kind: OtherKind::Property {
            fget: g,
            fset: RefCell::new(s),
            fdel: RefCell::new(d),
            doc: doc.clone(),
        },
    })))
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 0)
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 1)
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_with(vm, args, 2)
}

fn property_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__get__", &args, 2, 3)?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    let ty = vm.type_of(&a[1]);
    vm.bind_descriptor(a[0].clone(), &a[1], &ty)
}

/// `type.mro(cls)`.
pub fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "mro", &args, 1, 1)?;
    let Value::Type(t) = &a[0] else {
        return Err(vm.type_error("descriptor 'mro' requires a 'type' object"));
    };
    Ok(Value::list(
        t.full_mro().into_iter().map(Value::Type).collect(),
    ))
}

/// `type.__new__(mcs, name, bases, ns)`: a class whose metaclass is `mcs`.
fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() != 4 {
        return Err(vm.type_error("type.__new__() takes exactly 3 arguments"));
    }
    let (Value::Type(mcs), Value::Str(name), bases, Value::Dict(ns)) =
        (&pos[0], &pos[1], &pos[2], &pos[3])
    else {
        return Err(vm.type_error("type.__new__() argument types are wrong"));
    };
    let mut base_types = Vec::new();
    for b in vm.to_vec(bases)? {
        if let Value::Type(t) = b {
            base_types.push(t);
        }
    }
    let meta = if Rc::ptr_eq(mcs, &vm.types.type_) {
        None
    } else {
        Some(mcs.clone())
    };
    let c = make_class(vm, &name.s, base_types, ns, meta)?;
    let kwargs: Vec<(Value, Value)> = args
        .keywords()
        .map(|(k, v)| (Value::str(k), v.clone()))
        .collect();
    init_subclass(vm, &c, &kwargs)?;
    Ok(Value::Type(c))
}

fn type_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// Makes a class from its name, bases and namespace.
pub fn make_class(
    vm: &mut Vm,
    name: &str,
    bases: Vec<Rc<Type>>,
    ns: &Rc<Dict>,
    metaclass: Option<Rc<Type>>,
) -> PyResult<Rc<Type>> {
    // Finalizers would run when the last reference goes, which this VM does not do yet:
    // rather than never calling them, a class that defines one is refused.
    if ns.get_by_name("__del__").is_some() {
        return Err(vm.new_error(
            ExcKind::NotImplementedError,
            "deepdive does not support __del__ (finalizers) yet",
        ));
    }
    let bases = if bases.is_empty() {
        vec![vm.types.object.clone()]
    } else {
        bases
    };
    for b in &bases {
        if b.builtin
            && matches!(
                b.kind,
                Kind::Bool
                    | Kind::Range
                    | Kind::Slice
                    | Kind::Function
                    | Kind::Generator
                    | Kind::NoneType
            )
        {
            return Err(vm.type_error(format!("type '{}' is not an acceptable base type", b.name)));
        }
    }
    let mro = match c3_mro(&bases) {
        Ok(m) => m,
        Err(msg) => return Err(vm.type_error(msg)),
    };
    // The built-in layout comes from the most derived built-in base.
    let kind = mro
        .iter()
        .find(|t| t.builtin && t.kind != Kind::Object)
        .map_or(Kind::Object, |t| t.kind);
    // __slots__: only when every class in the MRO has slots (or is object).
    let own_slots = match ns.get_by_name("__slots__") {
        Some(Value::Str(s)) => Some(vec![s.s.clone()]),
        Some(v) => Some(
            vm.to_vec(&v)?
                .iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect(),
        ),
        None => None,
    };
    let slots = match own_slots {
        Some(own) if !own.iter().any(|s| s == "__dict__") => {
            let mut all: Vec<Rc<PyStr>> = Vec::new();
            let mut ok = true;
            for b in &bases {
                if let Some(s) = &b.slots {
                    all.extend(s.iter().cloned());
                } else if !(b.builtin && b.kind != Kind::BaseException) {
                    // Built-in types have no __dict__ (exceptions do), so `__slots__ = ()`
                    // on a tuple or int subclass leaves instances without one.
                    ok = false;
                }
            }
            for s in own {
                all.push(vm.intern(&s));
            }
            if ok {
                Some(all)
            } else {
                None
            }
        }
        _ => None,
    };
    let qualname = match ns.get_by_name("__qualname__") {
        Some(Value::Str(s)) => s.s.clone(),
        _ => name.to_string(),
    };
    let module = match ns.get_by_name("__module__") {
        Some(Value::Str(s)) => s.s.clone(),
        _ => "__main__".to_string(),
    };
    let dict = Rc::new(Dict::new());
    for (k, v) in ns.items() {
        let v = match (k.as_str(), &v) {
            (Some("__new__"), Value::Function(_)) => Value::Other(Rc::new(Other {
                kind: OtherKind::StaticMethod(v.clone()),
            })),
            (Some("__init_subclass__" | "__class_getitem__"), Value::Function(_)) => {
                Value::Other(Rc::new(Other {
                    kind: OtherKind::ClassMethod(v.clone()),
                }))
            }
            _ => v.clone(),
        };
        dict.set(vm, k, v)?;
    }
    // A class that defines __eq__ without __hash__ is unhashable.
    if dict.get_by_name("__eq__").is_some() && dict.get_by_name("__hash__").is_none() {
        dict.set_by_name("__hash__", Value::None);
    }
    if dict.get_by_name("__doc__").is_none() {
        dict.set_by_name("__doc__", Value::None);
    }
    let metaclass = metaclass.or_else(|| bases.iter().find_map(|b| b.metaclass.borrow().clone()));
    let class = Rc::new(Type {
        name: name.to_string(),
        qualname: RefCell::new(qualname),
        module: RefCell::new(module),
        bases: RefCell::new(bases),
        mro: RefCell::new(mro),
        dict: crate::types::class_dict(dict),
        kind,
        builtin: false,
        slots,
        metaclass: RefCell::new(metaclass),
        cache: RefCell::new(hashbrown::HashMap::new()),
        static_cache: RefCell::new(hashbrown::HashMap::new()),
        plain_init: RefCell::new(None),
        version_memo: std::cell::Cell::new((u64::MAX, 0)),
    });
    // __set_name__ on the attributes that want it.
    for (k, v) in class.dict.items() {
        if let Value::Instance(_) = &v {
            if let Some(set_name) = vm.type_of(&v).lookup_name("__set_name__") {
                vm.call(&set_name, &[v.clone(), Value::Type(class.clone()), k])?;
            }
        }
    }
    Ok(class)
}

/// Calls the nearest `__init_subclass__` of the bases.
pub fn init_subclass(vm: &mut Vm, class: &Rc<Type>, kwargs: &[(Value, Value)]) -> PyResult<()> {
    let mro = class.mro.borrow().clone();
    for t in &mro {
        if let Some(v) = t.dict.get_by_name("__init_subclass__") {
            let f = match &v {
                Value::Other(o) => match &o.kind {
                    OtherKind::ClassMethod(f) => f.clone(),
                    _ => v.clone(),
                },
                _ => v.clone(),
            };
            if let Value::Builtin(_) = f {
                if !kwargs.is_empty() {
                    return Err(vm.type_error(format!(
                        "{}.__init_subclass__() takes no keyword arguments",
                        class.name
                    )));
                }
                return Ok(());
            }
            let mut all = vec![Value::Type(class.clone())];
            let mut names = Vec::new();
            for (k, v) in kwargs {
                names.push(k.clone());
                all.push(v.clone());
            }
            vm.call_with(&f, &all, &names)?;
            return Ok(());
        }
    }
    Ok(())
}

/// `object.__new__(cls)`: an empty instance with the built-in layout of its class.
pub fn new_instance(vm: &mut Vm, t: &Rc<Type>, args: Args) -> PyResult<Value> {
    let base = t.builtin_base();
    if base.kind == Kind::Type && !t.builtin && args.positional().len() == 3 {
        // A metaclass without its own __new__ makes classes (`type.__new__(t, ...)`).
        let mut all = vec![Value::Type(t.clone())];
        all.extend_from_slice(args.args);
        return type_new(
            vm,
            Args {
                args: &all,
                kwnames: args.kwnames,
            },
        );
    }
    let mut t = t.clone();
    let payload = match base.kind {
        Kind::BaseException => {
            let mut exc_args = args.positional().to_vec();
            let (class, filename) = vm.os_error_parts(t.clone(), &mut exc_args);
            t = class;
            Payload::Exception(Box::new(RefCell::new(crate::exceptions::ExcData {
                args: exc_args,
                filename,
                ..Default::default()
            })))
        }
        Kind::Object => Payload::None,
        Kind::List | Kind::Dict | Kind::Set
            if matches!(t.lookup_name("__init__"), Some(Value::Function(_))) =>
        {
            // list, dict and set make an empty object in __new__ and fill it in __init__:
            // a subclass's own __init__ decides what its arguments mean.
            let v = construct_builtin(vm, &base, Args::new(&[]))?;
            Payload::Builtin(RefCell::new(v))
        }
        _ => {
            // A subclass of a built-in type: the built-in value made from the arguments.
            let v = construct_builtin(vm, &base, args)?;
            Payload::Builtin(RefCell::new(v))
        }
    };
    let dict = if t.slots.is_some() {
        None
    } else {
        Some(Rc::new(Dict::new()))
    };
    let inst = Rc::new(Instance {
        class: RefCell::new(t.clone()),
        dict,
        slots: RefCell::new(Vec::new()),
        payload,
    });
    // An exception's `__context__` is set when it is raised, not when it is made.
    Ok(Value::Instance(inst))
}

/// `int(x, base)`.
pub fn int_from(vm: &mut Vm, a: &[Value]) -> PyResult<Value> {
    let Some(x) = a.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(b) = a.get(1) {
        let base = vm.index_value(b)?;
        let Value::Str(s) = x else {
            return Err(vm.type_error("int() can't convert non-string with explicit base"));
        };
        return parse_int(vm, &s.s, base as u32);
    }
    match x {
        Value::Int(_) | Value::Long(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Float(f) => {
            let f = f.get();
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.new_error(
                    ExcKind::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            Ok(num::float_to_bigint(f).map_or(Value::Int(0), Value::from_bigint))
        }
        Value::Str(s) => parse_int(vm, &s.s, 10),
        Value::Bytes(b) => {
            let s = String::from_utf8_lossy(&b.b).into_owned();
            parse_int(vm, &s, 10)
        }
        _ => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(r) = vm.call_special(x, name, &[])? {
                    return Ok(r);
                }
            }
            if let Some(p) = Vm::builtin_payload(x) {
                return int_from(vm, &[p]);
            }
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(x)
            )))
        }
    }
}

/// Parses an int literal as `int(s, base)` does.
pub fn parse_int(vm: &mut Vm, text: &str, base: u32) -> PyResult<Value> {
    let invalid = |vm: &mut Vm| {
        vm.value_error(format!(
            "invalid literal for int() with base {}: {}",
            base,
            python_syntax::python_repr(text)
        ))
    };
    if base != 0 && !(2..=36).contains(&base) {
        return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    // Unicode decimal digits and spaces count as their ASCII forms.
    let ascii;
    let text_digits = if text.is_ascii() {
        text
    } else {
        ascii = crate::methods::str::ascii_decimal(text);
        ascii.as_str()
    };
    let t = text_digits.trim_matches(|c: char| c.is_whitespace());
    let (neg, digits) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = digits.to_ascii_lowercase();
    let (mut base, mut body) = (base, lower.as_str());
    for (prefix, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if (base == b || base == 0) && body.starts_with(prefix) {
            base = b;
            body = &body[2..];
            body = body.strip_prefix('_').unwrap_or(body);
            break;
        }
    }
    if base == 0 {
        if body.len() > 1 && body.starts_with('0') && body.chars().any(|c| c != '0' && c != '_') {
            return Err(invalid(vm));
        }
        base = 10;
    }
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return Err(invalid(vm));
    }
    let clean: String = body.chars().filter(|c| *c != '_').collect();
    if base == 10 && clean.len() > 4300 {
        return Err(vm.value_error(format!(
            "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            clean.len()
        )));
    }
    match BigInt::from_str_radix(&clean, base) {
        Ok(v) => Ok(Value::from_bigint(if neg { -v } else { v })),
        Err(_) => Err(invalid(vm)),
    }
}

/// `float(x)`.
pub fn float_from(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Int(i) => Ok(Value::float(*i as f64)),
        Value::Bool(b) => Ok(Value::float(b.get() as i64 as f64)),
        Value::Long(b) => Ok(Value::float(num::bigint_to_f64(vm, b)?)),
        Value::Str(s) => {
            let ascii;
            let text = if s.is_ascii() {
                s.s.as_str()
            } else {
                ascii = crate::methods::str::ascii_decimal(&s.s);
                ascii.as_str()
            };
            let t = text.trim();
            let clean = t.replace('_', "");
            let lower = clean.to_ascii_lowercase();
            let v = match lower.trim_start_matches(['+', '-']) {
                "inf" | "infinity" => Some(f64::INFINITY),
                "nan" => Some(f64::NAN),
                _ => None,
            };
            let v = match v {
                Some(v) => Some(if lower.starts_with('-') { -v } else { v }),
                None => {
                    let ok = !t.contains("__")
                        && !t.starts_with('_')
                        && !t.ends_with('_')
                        && clean
                            .chars()
                            .all(|c| c.is_ascii_digit() || "+-.eE".contains(c));
                    if ok {
                        clean.parse::<f64>().ok()
                    } else {
                        None
                    }
                }
            };
            match v {
                Some(f) => Ok(Value::float(f)),
                None => Err(vm.value_error(format!(
                    "could not convert string to float: {}",
                    python_syntax::python_repr(&s.s)
                ))),
            }
        }
        _ => {
            if let Some(r) = vm.call_special(x, "__float__", &[])? {
                return Ok(r);
            }
            if let Some(r) = vm.call_special(x, "__index__", &[])? {
                return float_from(vm, &r);
            }
            if let Some(p) = Vm::builtin_payload(x) {
                return float_from(vm, &p);
            }
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(x)
            )))
        }
    }
}

/// Calls a built-in type.
pub fn construct_builtin(vm: &mut Vm, t: &Rc<Type>, args: Args) -> PyResult<Value> {
    let a = args.positional();
    let name = t.name.as_str();
    match t.kind {
        Kind::Object => {
            if !a.is_empty() {
                return Err(vm.type_error("object() takes no arguments"));
            }
            new_instance(vm, t, args)
        }
        Kind::Int => {
            let mut all = a.to_vec();
            if let Some(b) = args.kw("base") {
                all.push(b.clone());
            }
            if all.len() > 2 {
                return Err(vm.type_error(format!(
                    "int() takes at most 2 arguments ({} given)",
                    all.len()
                )));
            }
            int_from(vm, &all)
        }
        Kind::Bool => {
            let a = check(vm, "bool", &args, 0, 1)?;
            match a.first() {
                Some(v) => Ok(Value::bool(vm.truthy(v)?)),
                None => Ok(Value::FALSE),
            }
        }
        Kind::Float => {
            let a = check(vm, "float", &args, 0, 1)?;
            match a.first() {
                Some(v) => float_from(vm, v),
                None => Ok(Value::float(0.0)),
            }
        }
        Kind::Str => {
            if a.is_empty() {
                return Ok(Value::str(""));
            }
            let encoding = a.get(1).or_else(|| args.kw("encoding"));
            let errors = a.get(2).or_else(|| args.kw("errors"));
            if let (Value::Bytes(b), true) = (&a[0], encoding.is_some() || errors.is_some()) {
                let text = |v: Option<&Value>, default: &str| match v {
                    Some(Value::Str(s)) => s.s.clone(),
                    _ => default.to_string(),
                };
                let (enc, err) = (text(encoding, "utf-8"), text(errors, "strict"));
                return Ok(Value::str(crate::methods::bytes::decode_bytes(
                    vm, &b.b, &enc, &err,
                )?));
            }
            if encoding.is_some() || errors.is_some() {
                return Err(vm.type_error(match &a[0] {
                    Value::Str(_) => "decoding str is not supported".to_string(),
                    other => format!(
                        "decoding to str: need a bytes-like object, {} found",
                        vm.type_name(other)
                    ),
                }));
            }
            if a.len() > 1 || !args.kwnames.is_empty() {
                return Ok(Value::str(vm.str_of(&a[0])?));
            }
            vm.str_value(&a[0])
        }
        Kind::Bytes => crate::methods::str::bytes_new(vm, args),
        Kind::Tuple => {
            let a = check(vm, "tuple", &args, 0, 1)?;
            match a.first() {
                Some(Value::Tuple(_)) => Ok(a[0].clone()),
                Some(v) => Ok(Value::tuple(vm.to_vec(v)?)),
                None => Ok(Value::tuple(Vec::new())),
            }
        }
        Kind::List => {
            let a = check(vm, "list", &args, 0, 1)?;
            match a.first() {
                Some(v) => Ok(Value::list(vm.to_vec(v)?)),
                None => Ok(Value::list(Vec::new())),
            }
        }
        Kind::Dict => crate::methods::dict::dict_new(vm, args),
        Kind::Set | Kind::FrozenSet => {
            let frozen = t.kind == Kind::FrozenSet;
            let a = check(vm, name, &args, 0, 1)?;
            match a.first() {
                Some(v) => Ok(Value::Set(crate::methods::set_from(vm, v, frozen)?)),
                None => Ok(Value::Set(Rc::new(crate::set::Set::new(frozen)))),
            }
        }
        Kind::Range => {
            if !args.kwnames.is_empty() {
                return Err(vm.type_error("range() takes no keyword arguments"));
            }
            let mut ints = Vec::new();
            for v in a {
                ints.push(match v {
                    Value::Int(i) => *i,
                    Value::Bool(b) => b.get() as i64,
                    Value::Long(_) => {
                        return Err(vm.new_error(
                            ExcKind::OverflowError,
                            "deepdive supports ranges of 64-bit ints only",
                        ))
                    }
                    Value::Instance(_) => vm.index_value(v)?,
                    other => {
                        return Err(vm.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            vm.type_name(other)
                        )))
                    }
                });
            }
            let (start, stop, step) = match ints.as_slice() {
                [stop] => (0, *stop, 1),
                [start, stop] => (*start, *stop, 1),
                [start, stop, step] => (*start, *stop, *step),
                [] => return Err(vm.type_error("range expected at least 1 argument, got 0")),
                _ => {
                    return Err(vm.type_error(format!(
                        "range expected at most 3 arguments, got {}",
                        ints.len()
                    )))
                }
            };
            if step == 0 {
                return Err(vm.value_error("range() arg 3 must not be zero"));
            }
            Ok(Value::Range(Rc::new(Range { start, stop, step })))
        }
        Kind::Slice => {
            let a = check(vm, "slice", &args, 1, 3)?;
            let (start, stop, step) = match a {
                [stop] => (Value::None, stop.clone(), Value::None),
                [start, stop] => (start.clone(), stop.clone(), Value::None),
                [start, stop, step] => (start.clone(), stop.clone(), step.clone()),
                _ => unreachable!(),
            };
            Ok(Value::Slice(Rc::new(Slice { start, stop, step })))
        }
        Kind::Type => {
            if a.len() == 1 && args.kwnames.is_empty() {
                return Ok(Value::Type(vm.type_of(&a[0])));
            }
            if a.len() != 3 {
                return Err(vm.type_error("type() takes 1 or 3 arguments"));
            }
            let mut all = vec![Value::Type(t.clone())];
            all.extend_from_slice(args.args);
            type_new(
                vm,
                Args {
                    args: &all,
                    kwnames: args.kwnames,
                },
            )
        }
        Kind::Property => {
            let get = |i: usize, k: &str| {
                a.get(i)
                    .cloned()
                    .or_else(|| args.kw(k).cloned())
                    .unwrap_or(Value::None)
            };
            let doc = get(3, "doc");
            Ok(Value::Other(Rc::new(Other {
                kind: OtherKind::Property {
                    fget: get(0, "fget"),
                    fset: RefCell::new(get(1, "fset")),
                    fdel: RefCell::new(get(2, "fdel")),
                    doc,
                },
            })))
        }
        Kind::StaticMethod => {
            let a = check(vm, "staticmethod", &args, 1, 1)?;
            Ok(Value::Other(Rc::new(Other {
                kind: OtherKind::StaticMethod(a[0].clone()),
            })))
        }
        Kind::ClassMethod => {
            let a = check(vm, "classmethod", &args, 1, 1)?;
            Ok(Value::Other(Rc::new(Other {
                kind: OtherKind::ClassMethod(a[0].clone()),
            })))
        }
        Kind::Super => {
            let a = check(vm, "super", &args, 1, 2)?;
            let Value::Type(class) = &a[0] else {
                return Err(vm.type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    vm.type_name(&a[0])
                )));
            };
            let obj = a.get(1).cloned().unwrap_or(Value::None);
            Ok(Value::Other(Rc::new(Other {
                kind: OtherKind::Super {
                    class: class.clone(),
                    obj,
                },
            })))
        }
        Kind::BaseException => {
            let exc = vm.new_exception(t.clone(), a.to_vec());
            Ok(Value::Instance(exc))
        }
        Kind::Iterator => match name {
            "enumerate" => {
                let it = a.first().cloned().or_else(|| args.kw("iterable").cloned());
                let Some(it) = it else {
                    return Err(
                        vm.type_error("enumerate() missing required argument 'iterable' (pos 1)")
                    );
                };
                let start = match a.get(1).or_else(|| args.kw("start")) {
                    Some(v) => vm.index_value(v)?,
                    None => 0,
                };
                crate::iter::enumerate(vm, &it, start)
            }
            "zip" => {
                let strict = match args.kw("strict") {
                    Some(v) => vm.truthy(v)?,
                    None => false,
                };
                let mut its = Vec::new();
                for (i, v) in a.iter().enumerate() {
                    if !vm.is_iterable(v) {
                        return Err(vm.type_error(format!(
                            "zip argument #{} must support iteration",
                            i + 1
                        )));
                    }
                    its.push(vm.iter(v)?);
                }
                Ok(crate::iter::new_iter(
                    vm,
                    "zip",
                    IterState::Zip { its, strict },
                ))
            }
            "map" => {
                if a.len() < 2 {
                    return Err(vm.type_error("map() must have at least two arguments."));
                }
                let mut its = Vec::new();
                for v in &a[1..] {
                    its.push(vm.iter(v)?);
                }
                Ok(crate::iter::new_iter(
                    vm,
                    "map",
                    IterState::Map {
                        func: a[0].clone(),
                        its,
                    },
                ))
            }
            "filter" => {
                let a = check(vm, "filter", &args, 2, 2)?;
                let it = vm.iter(&a[1])?;
                Ok(crate::iter::new_iter(
                    vm,
                    "filter",
                    IterState::Filter {
                        func: a[0].clone(),
                        it,
                    },
                ))
            }
            "reversed" => {
                let a = check(vm, "reversed", &args, 1, 1)?;
                crate::iter::reversed(vm, &a[0])
            }
            _ => Err(vm.type_error(format!("cannot create '{name}' instances"))),
        },
        Kind::NoneType => Ok(Value::None),
        Kind::Complex => Err(vm.new_error(
            ExcKind::NotImplementedError,
            "deepdive does not support complex numbers yet",
        )),
        _ => Err(vm.type_error(format!("cannot create '{name}' instances"))),
    }
}
