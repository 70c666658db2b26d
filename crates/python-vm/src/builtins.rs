//! The built-in types and functions: the `builtins` module, type construction (`int(x)`,
//! `list(it)`, calling a class), `__build_class__`, and the default `repr` and special
//! attributes of every kind of object.

use std::cell::RefCell;
use std::rc::Rc;

use crate::dict::Dict;
use crate::exceptions::ExcKind;
use crate::interp::{Code, Vm};
use crate::num::{self, BinOp};
use crate::ops::CmpOp;
use crate::set::Set;
use crate::types::{Kind, Type};
use crate::value::*;
use crate::{PyErr, PyResult};

/// The built-in types, made once per run.
pub struct Types {
    pub object: Rc<Type>,
    pub type_: Rc<Type>,
    pub none: Rc<Type>,
    pub ellipsis: Rc<Type>,
    pub not_implemented: Rc<Type>,
    pub int: Rc<Type>,
    pub bool: Rc<Type>,
    pub float: Rc<Type>,
    pub complex: Rc<Type>,
    pub str: Rc<Type>,
    pub bytes: Rc<Type>,
    pub tuple: Rc<Type>,
    pub list: Rc<Type>,
    pub dict: Rc<Type>,
    pub set: Rc<Type>,
    pub frozenset: Rc<Type>,
    pub range: Rc<Type>,
    pub slice: Rc<Type>,
    pub function: Rc<Type>,
    pub builtin_function: Rc<Type>,
    pub method_descriptor: Rc<Type>,
    pub method: Rc<Type>,
    pub module: Rc<Type>,
    pub cell: Rc<Type>,
    pub code: Rc<Type>,
    pub generator: Rc<Type>,
    pub property: Rc<Type>,
    pub staticmethod: Rc<Type>,
    pub classmethod: Rc<Type>,
    pub super_: Rc<Type>,
    /// Iterator types by name (`list_iterator`, `enumerate`, `zip`...).
    pub iterators: hashbrown::HashMap<&'static str, Rc<Type>>,
    /// Types that modules define (`deque`, `Lock`...), by name.
    pub natives: RefCell<hashbrown::HashMap<&'static str, Rc<Type>>>,
    exceptions: Vec<Rc<Type>>,
    /// An empty code object, for placeholder frames.
    pub empty_code: Rc<Code>,
}

impl Types {
    /// Makes the built-in types.
    pub fn new() -> Types {
        let object = Type::builtin("object", None, Kind::Object);
        let b = |name: &str, kind: Kind| Type::builtin(name, Some(&object), kind);
        let int = b("int", Kind::Int);
        let bool_ = Type::builtin("bool", Some(&int), Kind::Bool);
        let mut iterators = hashbrown::HashMap::new();
        for name in crate::iter::ITERATOR_TYPES {
            iterators.insert(*name, b(name, Kind::Iterator));
        }
        let base_exception = b("BaseException", Kind::BaseException);
        let mut exceptions: Vec<Rc<Type>> = Vec::new();
        for kind in ExcKind::ALL {
            let t = match kind.parent() {
                None => base_exception.clone(),
                Some(parent) => {
                    let p = exceptions[ExcKind::ALL.iter().position(|k| *k == parent).unwrap_or(0)]
                        .clone();
                    Type::builtin(kind.name(), Some(&p), Kind::BaseException)
                }
            };
            exceptions.push(t);
        }
        let empty = python_compiler::CodeObject {
            name: String::new(),
            qualname: String::new(),
            filename: String::new(),
            first_line: 0,
            flags: 0,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            nlocals: 0,
            stacksize: 0,
            instructions: Vec::new(),
            code: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames: Vec::new(),
            freevars: Vec::new(),
            cellvars: Vec::new(),
            localsplusnames: Vec::new(),
            exception_table: Vec::new(),
            linetable: Vec::new(),
        };
        let empty_name = Rc::new(PyStr::new(String::new()));
        let empty_code = Rc::new(Code {
            co: empty,
            instrs: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            localsplus: Vec::new(),
            handlers: Vec::new(),
            name: empty_name.clone(),
            qualname: empty_name,
            global_cache: RefCell::new(Vec::new()),
            attr_cache: RefCell::new(Vec::new()),
            name_cache: Vec::new(),
            warmup: std::cell::Cell::new(0),
        });
        Types {
            type_: b("type", Kind::Type),
            none: b("NoneType", Kind::NoneType),
            ellipsis: b("ellipsis", Kind::Ellipsis),
            not_implemented: b("NotImplementedType", Kind::NotImplemented),
            bool: bool_,
            float: b("float", Kind::Float),
            complex: b("complex", Kind::Complex),
            str: b("str", Kind::Str),
            bytes: b("bytes", Kind::Bytes),
            tuple: b("tuple", Kind::Tuple),
            list: b("list", Kind::List),
            dict: b("dict", Kind::Dict),
            set: b("set", Kind::Set),
            frozenset: b("frozenset", Kind::FrozenSet),
            range: b("range", Kind::Range),
            slice: b("slice", Kind::Slice),
            function: b("function", Kind::Function),
            builtin_function: b("builtin_function_or_method", Kind::BuiltinFunction),
            method_descriptor: b("method_descriptor", Kind::BuiltinFunction),
            method: b("method", Kind::Method),
            module: b("module", Kind::Module),
            cell: b("cell", Kind::Cell),
            code: b("code", Kind::Code),
            generator: b("generator", Kind::Generator),
            property: b("property", Kind::Property),
            staticmethod: b("staticmethod", Kind::StaticMethod),
            classmethod: b("classmethod", Kind::ClassMethod),
            super_: b("super", Kind::Super),
            int,
            iterators,
            natives: RefCell::new(hashbrown::HashMap::new()),
            exceptions,
            empty_code,
            object,
        }
    }

    /// The class of a built-in exception.
    pub fn exc(&self, kind: ExcKind) -> Rc<Type> {
        let i = ExcKind::ALL.iter().position(|k| *k == kind).unwrap_or(0);
        self.exceptions[i].clone()
    }

    /// The type a module defines, made on first use.
    pub fn native(&self, name: &'static str, make: impl FnOnce(&Types) -> Rc<Type>) -> Rc<Type> {
        if let Some(t) = self.natives.borrow().get(name) {
            return t.clone();
        }
        let t = make(self);
        self.natives.borrow_mut().insert(name, t.clone());
        t
    }

    /// A built-in type by its Python name (for `builtins`).
    fn by_name(&self) -> Vec<(&'static str, Rc<Type>)> {
        vec![
            ("object", self.object.clone()),
            ("type", self.type_.clone()),
            ("int", self.int.clone()),
            ("bool", self.bool.clone()),
            ("float", self.float.clone()),
            ("complex", self.complex.clone()),
            ("str", self.str.clone()),
            ("bytes", self.bytes.clone()),
            ("tuple", self.tuple.clone()),
            ("list", self.list.clone()),
            ("dict", self.dict.clone()),
            ("set", self.set.clone()),
            ("frozenset", self.frozenset.clone()),
            ("range", self.range.clone()),
            ("slice", self.slice.clone()),
            ("property", self.property.clone()),
            ("staticmethod", self.staticmethod.clone()),
            ("classmethod", self.classmethod.clone()),
            ("super", self.super_.clone()),
            ("enumerate", self.iterators["enumerate"].clone()),
            ("zip", self.iterators["zip"].clone()),
            ("map", self.iterators["map"].clone()),
            ("filter", self.iterators["filter"].clone()),
            ("reversed", self.iterators["reversed"].clone()),
        ]
    }
}

impl Default for Types {
    fn default() -> Types {
        Types::new()
    }
}

/// Makes a builtin function value.
pub fn builtin(name: &'static str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin::new(name, func, None, Value::None)))
}

/// Fills the `builtins` namespace and the methods of the built-in types.
pub fn install(vm: &mut Vm) {
    crate::methods::install(vm);
    let b = vm.builtins.clone();
    for (name, t) in vm.types.by_name() {
        b.set_by_name(name, Value::Type(t));
    }
    for kind in ExcKind::ALL {
        b.set_by_name(kind.name(), Value::Type(vm.types.exc(*kind)));
    }
    b.set_by_name(
        "EnvironmentError",
        Value::Type(vm.types.exc(ExcKind::OSError)),
    );
    b.set_by_name("IOError", Value::Type(vm.types.exc(ExcKind::OSError)));
    b.set_by_name("None", Value::None);
    b.set_by_name("Ellipsis", Value::Ellipsis);
    b.set_by_name("NotImplemented", Value::NotImplemented);
    b.set_by_name("True", Value::TRUE);
    b.set_by_name("False", Value::FALSE);
    b.set_by_name("__name__", Value::str("builtins"));
    b.set_by_name("__debug__", Value::TRUE);
    let functions: &[(&'static str, NativeFn)] = &[
        ("print", bi_print),
        ("len", bi_len),
        ("repr", bi_repr),
        ("ascii", bi_ascii),
        ("isinstance", bi_isinstance),
        ("issubclass", bi_issubclass),
        ("abs", bi_abs),
        ("min", bi_min),
        ("max", bi_max),
        ("sum", bi_sum),
        ("sorted", bi_sorted),
        ("any", bi_any),
        ("all", bi_all),
        ("iter", bi_iter),
        ("next", bi_next),
        ("hasattr", bi_hasattr),
        ("getattr", bi_getattr),
        ("setattr", bi_setattr),
        ("delattr", bi_delattr),
        ("id", bi_id),
        ("hash", bi_hash),
        ("chr", bi_chr),
        ("ord", bi_ord),
        ("round", bi_round),
        ("divmod", bi_divmod),
        ("pow", bi_pow),
        ("hex", bi_hex),
        ("oct", bi_oct),
        ("bin", bi_bin),
        ("callable", bi_callable),
        ("format", bi_format),
        ("open", crate::modules::io::open),
        ("input", bi_input),
        ("__build_class__", crate::methods::build_class),
        ("exit", bi_exit),
        ("quit", bi_exit),
        ("globals", bi_frame_only),
        ("locals", bi_frame_only),
        ("vars", bi_vars),
        ("dir", bi_dir),
        ("__import__", bi_import),
        ("ExceptionGroup", crate::exceptions::exception_group),
        ("BaseExceptionGroup", crate::exceptions::exception_group),
    ];
    for (name, f) in functions {
        b.set_by_name(name, builtin(name, *f));
    }
}

/// The `builtins` module object.
impl Vm {
    pub fn builtins_module(&mut self) -> Rc<Module> {
        Rc::new(Module {
            name: "builtins".into(),
            dict: self.builtins.clone(),
        })
    }
}

/// Checks a builtin's positional argument count and refuses keywords, with CPython's
/// messages; returns the positional arguments.
/// `check` for a method of a built-in type, whose `args` start with `self`: the counts in
/// its messages leave `self` out, as CPython's do.
pub fn check_method<'a>(
    vm: &mut Vm,
    name: &str,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let n = args.args.len();
    if args.kwnames.is_empty() && n >= 1 && (n < min || n > max) {
        let rest = Args {
            args: &args.args[1..],
            kwnames: args.kwnames,
        };
        let (min, max) = (min.saturating_sub(1), max.saturating_sub(1));
        // METH_NOARGS and METH_O methods name themselves with their type.
        let qualified = if min == max && min <= 1 && !name.contains('.') {
            let this = Vm::builtin_payload(&args.args[0]).unwrap_or_else(|| args.args[0].clone());
            format!("{}.{name}", vm.type_name(&this))
        } else {
            name.to_string()
        };
        check(vm, &qualified, &rest, min, max)?;
    }
    check(vm, name, args, min, max)
}

pub fn check<'a>(
    vm: &mut Vm,
    name: &str,
    args: &Args<'a>,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = args.args.len();
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(args.args)
}

fn bi_print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    for (k, v) in args.keywords() {
        match k {
            "sep" => {
                if let Value::Str(s) = v {
                    sep = s.s.clone();
                } else if !v.is_none() {
                    return Err(vm.type_error(format!(
                        "sep must be None or a string, not {}",
                        vm.type_name(v)
                    )));
                }
            }
            "end" => {
                if let Value::Str(s) = v {
                    end = s.s.clone();
                } else if !v.is_none() {
                    return Err(vm.type_error(format!(
                        "end must be None or a string, not {}",
                        vm.type_name(v)
                    )));
                }
            }
            "file" => file = v.clone(),
            "flush" => {}
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                )))
            }
        }
    }
    let mut out = String::new();
    for (i, v) in args.positional().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str_of(v)?);
    }
    out.push_str(&end);
    crate::modules::sys::write_to(vm, &file, &out)?;
    Ok(Value::None)
}

fn bi_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "len", &args, 1, 1)?;
    Ok(Value::Int(vm.len(&a[0])? as i64))
}

fn bi_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "repr", &args, 1, 1)?;
    Ok(Value::str(vm.repr(&a[0])?))
}

/// `ascii()` of a repr: non-ASCII characters escaped.
pub fn ascii_of(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

fn bi_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "ascii", &args, 1, 1)?;
    let r = vm.repr(&a[0])?;
    Ok(Value::str(ascii_of(&r)))
}

/// `isinstance(obj, cls)` with tuples of classes.
pub fn isinstance(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Type(t) => {
            if let Some(check) = t
                .metaclass
                .borrow()
                .clone()
                .and_then(|m| m.lookup_name("__instancecheck__"))
            {
                let r = vm.call(&check, &[cls.clone(), obj.clone()])?;
                return vm.truthy(&r);
            }
            Ok(vm.type_of(obj).is_subtype(t))
        }
        Value::Tuple(items) => {
            for item in &items.items {
                if isinstance(vm, obj, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
    }
}

fn bi_isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "isinstance", &args, 2, 2)?;
    Ok(Value::bool(isinstance(vm, &a[0], &a[1])?))
}

fn issubclass(vm: &mut Vm, sub: &Value, cls: &Value) -> PyResult<bool> {
    let Value::Type(s) = sub else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    match cls {
        Value::Type(t) => {
            if let Some(check) = t
                .metaclass
                .borrow()
                .clone()
                .and_then(|m| m.lookup_name("__subclasscheck__"))
            {
                let r = vm.call(&check, &[cls.clone(), sub.clone()])?;
                return vm.truthy(&r);
            }
            Ok(s.is_subtype(t))
        }
        Value::Tuple(items) => {
            for item in &items.items {
                if issubclass(vm, sub, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            Err(vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"))
        }
    }
}

fn bi_issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "issubclass", &args, 2, 2)?;
    Ok(Value::bool(issubclass(vm, &a[0], &a[1])?))
}

fn bi_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "abs", &args, 1, 1)?;
    match &a[0] {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(x) => Value::Int(x),
            None => Value::from_bigint(-num_bigint::BigInt::from(*i)),
        }),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Long(b) => Ok(Value::from_bigint(num_traits::Signed::abs(&**b))),
        Value::Float(f) => Ok(Value::float(f.get().abs())),
        v => match vm.call_special(v, "__abs__", &[])? {
            Some(r) => Ok(r),
            None => {
                Err(vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v))))
            }
        },
    }
}

fn min_max(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let pos = args.positional();
    let mut key = None;
    let mut default = None;
    for (k, v) in args.keywords() {
        match k {
            "key" => {
                if !v.is_none() {
                    key = Some(v.clone())
                }
            }
            "default" => default = Some(v.clone()),
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    let items = match pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.to_vec(&pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        match &best {
            None => best = Some((k, item)),
            Some((bk, _)) => {
                let r = vm.rich_compare(&k, bk, op)?;
                if vm.truthy(&r)? {
                    best = Some((k, item));
                }
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn bi_min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", CmpOp::Lt)
}

fn bi_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", CmpOp::Gt)
}

fn bi_sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let mut acc = match (pos.get(1), args.kw("start")) {
        (Some(s), _) | (None, Some(s)) => s.clone(),
        _ => Value::Int(0),
    };
    if let Value::Str(_) = acc {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.iter(&pos[0])?;
    while let Some(x) = vm.next(&it)? {
        // Small ints (and bools) add without the generic dispatch.
        if let (Value::Int(a), Value::Int(_) | Value::Bool(_)) = (&acc, &x) {
            let b = match x {
                Value::Int(b) => b,
                Value::Bool(b) => b.get() as i64,
                _ => 0,
            };
            if let Some(r) = a.checked_add(b) {
                acc = Value::Int(r);
                continue;
            }
        }
        acc = vm.binary_op(&acc, &x, 0)?;
    }
    Ok(acc)
}

/// Sorts values in place with an optional key and reverse flag, stably, as `list.sort` does.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(vm.call(f, std::slice::from_ref(it))?);
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    if reverse {
        idx.reverse();
    }
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        // Keys that compare without Python code and without failing (CPython's
        // `unsafe_long_compare`, `unsafe_latin_compare`, `unsafe_tuple_compare`): any stable
        // sort gives the order timsort gives, so the library's is used, on the keys
        // themselves rather than through the indices.
        let mut pairs: Vec<(i64, usize)> = idx
            .iter()
            .map(|&i| match keys[i] {
                Value::Int(k) => (k, i),
                _ => (0, i),
            })
            .collect();
        pairs.sort_by_key(|p| p.0);
        idx = pairs.into_iter().map(|p| p.1).collect();
    } else if totally_ordered(&keys) {
        let mut pairs: Vec<(&Value, usize)> = idx.iter().map(|&i| (&keys[i], i)).collect();
        pairs.sort_by(|a, b| total_cmp(a.0, b.0));
        idx = pairs.into_iter().map(|p| p.1).collect();
    } else {
        sort_by_rich_compare(vm, &mut idx, &keys)?;
    }
    if reverse {
        idx.reverse();
    }
    let old = std::mem::take(items);
    let mut slots: Vec<Option<Value>> = old.into_iter().map(Some).collect();
    *items = idx
        .iter()
        .map(|&i| slots[i].take().unwrap_or_default())
        .collect();
    Ok(())
}

/// What a sort key is, for [`totally_ordered`]: the kinds whose `<` is a total order.
#[derive(Clone, Copy, PartialEq)]
enum KeyKind {
    Int,
    Float,
    Str,
}

impl KeyKind {
    /// The kind of a key that is a small int, a float other than NaN, or a str.
    fn of(v: &Value) -> Option<KeyKind> {
        match v {
            Value::Int(_) => Some(KeyKind::Int),
            Value::Float(f) if !f.get().is_nan() => Some(KeyKind::Float),
            Value::Str(_) => Some(KeyKind::Str),
            _ => None,
        }
    }
}

/// True when every key is of one [`KeyKind`], or every key is a tuple whose items at each
/// position are of one kind: then [`total_cmp`] is a total order that agrees with Python's
/// `<` and `==` on the keys, and comparing them can neither fail nor run Python code.
fn totally_ordered(keys: &[Value]) -> bool {
    let Some(first) = keys.first() else {
        return true;
    };
    if let Some(kind) = KeyKind::of(first) {
        return keys.iter().all(|k| KeyKind::of(k) == Some(kind));
    }
    let mut positions: Vec<KeyKind> = Vec::new();
    for k in keys {
        let Value::Tuple(t) = k else {
            return false;
        };
        for (i, item) in t.items.iter().enumerate() {
            let Some(kind) = KeyKind::of(item) else {
                return false;
            };
            match positions.get(i) {
                Some(&seen) if seen != kind => return false,
                Some(_) => {}
                None => positions.push(kind),
            }
        }
    }
    true
}

/// The order of two keys that [`totally_ordered`] accepted (tuples lexicographically, as
/// CPython compares them: the first unequal items decide, then the lengths).
fn total_cmp(a: &Value, b: &Value) -> std::cmp::Ordering {
    if let (Value::Tuple(x), Value::Tuple(y)) = (a, b) {
        for (p, q) in x.items.iter().zip(&y.items) {
            match scalar_cmp(p, q) {
                std::cmp::Ordering::Equal => {}
                other => return other,
            }
        }
        return x.items.len().cmp(&y.items.len());
    }
    scalar_cmp(a, b)
}

/// The order of two keys (or tuple items) of one [`KeyKind`].
#[inline(always)]
fn scalar_cmp(a: &Value, b: &Value) -> std::cmp::Ordering {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Float(x), Value::Float(y)) => x
            .get()
            .partial_cmp(&y.get())
            .unwrap_or(std::cmp::Ordering::Equal),
        (Value::Str(x), Value::Str(y)) => x.s.cmp(&y.s),
        _ => std::cmp::Ordering::Equal,
    }
}

/// Sorts the indices `idx` of `keys` stably with Python's `<`, which may run Python code and
/// fail: the first error stops the sort and is returned.
fn sort_by_rich_compare(vm: &mut Vm, idx: &mut Vec<usize>, keys: &[Value]) -> PyResult<()> {
    // A merge sort whose comparisons can fail: the first error stops the sort.
    let mut error: Option<PyErr> = None;
    let mut less = |a: &usize, b: &usize| -> bool {
        if error.is_some() {
            return false;
        }
        match fast_lt(&keys[*a], &keys[*b]) {
            Some(r) => r,
            None => match vm.rich_compare(&keys[*a], &keys[*b], CmpOp::Lt) {
                Ok(v) => match vm.truthy(&v) {
                    Ok(t) => t,
                    Err(e) => {
                        error = Some(e);
                        false
                    }
                },
                Err(e) => {
                    error = Some(e);
                    false
                }
            },
        }
    };
    merge_sort(idx, &mut less);
    match error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// `a < b` for the values that compare without Python code (ints, floats, strs, and tuples
/// of them); `None` otherwise.
fn fast_lt(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x < y),
        (Value::Float(x), Value::Float(y)) => Some(x.get() < y.get()),
        (Value::Str(x), Value::Str(y)) => Some(x.s < y.s),
        (Value::Tuple(x), Value::Tuple(y)) => {
            for (p, q) in x.items.iter().zip(&y.items) {
                if !crate::dict::fast_eq(p, q)? {
                    return fast_lt(p, q);
                }
            }
            Some(x.items.len() < y.items.len())
        }
        _ => None,
    }
}

/// A stable merge sort with a fallible-by-side-channel comparison (`less`).
fn merge_sort(v: &mut Vec<usize>, less: &mut dyn FnMut(&usize, &usize) -> bool) {
    let n = v.len();
    if n <= 1 {
        return;
    }
    // Insertion sort for short runs, then bottom-up merges.
    const RUN: usize = 16;
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && less(&v[j], &v[j - 1]) {
                v.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    let mut width = RUN;
    let mut buf = v.clone();
    while width < n {
        let mut i = 0;
        while i < n {
            let mid = (i + width).min(n);
            let end = (i + 2 * width).min(n);
            let (mut l, mut r, mut k) = (i, mid, i);
            while l < mid && r < end {
                if less(&v[r], &v[l]) {
                    buf[k] = v[r];
                    r += 1;
                } else {
                    buf[k] = v[l];
                    l += 1;
                }
                k += 1;
            }
            while l < mid {
                buf[k] = v[l];
                l += 1;
                k += 1;
            }
            while r < end {
                buf[k] = v[r];
                r += 1;
                k += 1;
            }
            i += 2 * width;
        }
        std::mem::swap(v, &mut buf);
        width *= 2;
    }
}

/// The `key=` and `reverse=` keywords of `sorted` and `list.sort`.
pub fn sort_options(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Option<Value>, bool)> {
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.keywords() {
        match k {
            "key" => {
                if !v.is_none() {
                    key = Some(v.clone())
                }
            }
            "reverse" => reverse = vm.truthy(v)?,
            other => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    Ok((key, reverse))
}

fn bi_sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", pos.len())));
    }
    let (key, reverse) = sort_options(vm, &args, "sort")?;
    let mut items = vm.to_vec(&pos[0])?;
    sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

fn bi_any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "any", &args, 1, 1)?;
    let it = vm.iter(&a[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn bi_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "all", &args, 1, 1)?;
    let it = vm.iter(&a[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn bi_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "iter", &args, 1, 2)?;
    if a.len() == 2 {
        return crate::iter::callable_iter(vm, a[0].clone(), a[1].clone());
    }
    vm.iter(&a[0])
}

fn bi_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "next", &args, 1, 2)?;
    if !crate::iter::is_iterator(vm, &a[0]) {
        return Err(vm.type_error(format!(
            "'{}' object is not an iterator",
            vm.type_name(&a[0])
        )));
    }
    match crate::iter::next_raw(vm, &a[0]) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.new_error_args(ExcKind::StopIteration, vec![])),
        },
        Err(e) => {
            if a.len() == 2 && vm.is_exc_kind(&e, ExcKind::StopIteration) {
                return Ok(a[1].clone());
            }
            Err(e)
        }
    }
}

fn attr_name(vm: &mut Vm, v: &Value, func: &str) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        _ => Err(vm.type_error(format!("{func}(): attribute name must be string"))),
    }
}

fn bi_hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "hasattr", &args, 2, 2)?;
    let name = attr_name(vm, &a[1], "hasattr")?;
    match vm.getattr(&a[0], &name) {
        Ok(_) => Ok(Value::TRUE),
        Err(e) if vm.is_exc_kind(&e, ExcKind::AttributeError) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn bi_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "getattr", &args, 2, 3)?;
    let name = attr_name(vm, &a[1], "getattr")?;
    match vm.getattr(&a[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if a.len() == 3 && vm.is_exc_kind(&e, ExcKind::AttributeError) => Ok(a[2].clone()),
        Err(e) => Err(e),
    }
}

fn bi_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "setattr", &args, 3, 3)?;
    let name = attr_name(vm, &a[1], "setattr")?;
    vm.setattr(&a[0], &name, a[2].clone())?;
    Ok(Value::None)
}

fn bi_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "delattr", &args, 2, 2)?;
    let name = attr_name(vm, &a[1], "delattr")?;
    vm.delattr(&a[0], &name)?;
    Ok(Value::None)
}

/// `id(v)`: the object's address; inline values get a stable made-up one.
pub fn id_of(v: &Value) -> i64 {
    match v.ptr() {
        Some(p) => p as i64,
        None => match v {
            Value::None => 0x9a_0000,
            Value::Bool(b) => 0x9a_1000 + b.get() as i64,
            Value::Int(i) => 0x7f00_0000_0000i64.wrapping_add(i.wrapping_mul(32)),
            Value::Float(f) => 0x7e00_0000_0000i64 ^ (f.get().to_bits() as i64 & 0xffff_ffff),
            _ => 0x9a_2000,
        },
    }
}

fn bi_id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "id", &args, 1, 1)?;
    Ok(Value::Int(id_of(&a[0])))
}

fn bi_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "hash", &args, 1, 1)?;
    Ok(Value::Int(vm.hash(&a[0])?))
}

fn bi_chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "chr", &args, 1, 1)?;
    let i = match &a[0] {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        Value::Long(_) => {
            return Err(vm.new_error(
                ExcKind::OverflowError,
                "Python int too large to convert to C int",
            ))
        }
        other => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )))
        }
    };
    if !(0..=0x10ffff).contains(&i) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(Value::str(c.to_string())),
        None => Err(vm.value_error("deepdive does not support lone surrogates in strings yet")),
    }
}

fn bi_ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "ord", &args, 1, 1)?;
    match &a[0] {
        Value::Str(s) => {
            if s.chars != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars
                )));
            }
            Ok(Value::Int(s.s.chars().next().map_or(0, |c| c as i64)))
        }
        Value::Bytes(b) if b.b.len() == 1 => Ok(Value::Int(b.b[0] as i64)),
        other => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(other)
        ))),
    }
}

fn bi_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    let ndigits = pos.get(1).cloned().or_else(|| args.kw("ndigits").cloned());
    let Some(x) = pos.first() else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let ndigits = match ndigits {
        None | Some(Value::None) => None,
        Some(n) => Some(vm.index_value(&n)?),
    };
    match (x, ndigits) {
        (Value::Float(f), None) => {
            let r = f.get().round_ties_even();
            if !r.is_finite() {
                return Err(if r.is_nan() {
                    vm.value_error("cannot convert float NaN to integer")
                } else {
                    vm.new_error(
                        ExcKind::OverflowError,
                        "cannot convert float infinity to integer",
                    )
                });
            }
            Ok(num::float_to_bigint(r).map_or(Value::Int(0), Value::from_bigint))
        }
        (Value::Float(f), Some(n)) => Ok(Value::float(num::round_float(f.get(), n))),
        (Value::Int(_) | Value::Bool(_) | Value::Long(_), None) => Ok(match x {
            Value::Bool(b) => Value::Int(b.get() as i64),
            _ => x.clone(),
        }),
        (Value::Int(i), Some(n)) => {
            if n >= 0 {
                return Ok(Value::Int(*i));
            }
            let p = 10i128.checked_pow((-n) as u32).unwrap_or(i128::MAX);
            let v = *i as i128;
            let q = v.div_euclid(p);
            let r = v.rem_euclid(p);
            let twice = 2 * r;
            let q = if twice > p || (twice == p && q % 2 != 0) {
                q + 1
            } else {
                q
            };
            Ok(Value::Int((q * p) as i64))
        }
        _ => match vm.call_special(x, "__round__", &pos[1..])? {
            Some(r) => Ok(r),
            None => Err(vm.type_error(format!(
                "type {} doesn't define __round__ method",
                vm.type_name(x)
            ))),
        },
    }
}

fn bi_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "divmod", &args, 2, 2)?;
    if let (Value::Float(_), _) | (_, Value::Float(_)) = (&a[0], &a[1]) {
        let x = match num::to_num(&a[0]) {
            Some(num::Num::Float(f)) => f,
            Some(num::Num::Int(i)) => i as f64,
            Some(num::Num::Big(b)) => num::bigint_to_f64(vm, &b)?,
            _ => return vm.binary_dispatch(&a[0], &a[1], BinOp::FloorDiv, false),
        };
        let y = match num::to_num(&a[1]) {
            Some(num::Num::Float(f)) => f,
            Some(num::Num::Int(i)) => i as f64,
            Some(num::Num::Big(b)) => num::bigint_to_f64(vm, &b)?,
            _ => return vm.binary_dispatch(&a[0], &a[1], BinOp::FloorDiv, false),
        };
        if y == 0.0 {
            return Err(vm.new_error(ExcKind::ZeroDivisionError, "float divmod()"));
        }
        let (d, m) = num::float_divmod(x, y);
        return Ok(Value::tuple(vec![Value::float(d), Value::float(m)]));
    }
    if num::to_num(&a[0]).is_none() || num::to_num(&a[1]).is_none() {
        if let Some(r) = vm.call_special(&a[0], "__divmod__", &a[1..2])? {
            return Ok(r);
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(&a[0]),
            vm.type_name(&a[1])
        )));
    }
    let d = vm.binary_op(&a[0], &a[1], 2)?;
    let m = vm.binary_op(&a[0], &a[1], 6)?;
    Ok(Value::tuple(vec![d, m]))
}

fn bi_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "pow", &args, 2, 3)?;
    if a.len() == 3 && !a[2].is_none() {
        let (Some(b), Some(e), Some(m)) = (
            num::to_bigint(&a[0]),
            num::to_bigint(&a[1]),
            num::to_bigint(&a[2]),
        ) else {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        };
        if num_traits::Zero::is_zero(&m) {
            return Err(vm.value_error("pow() 3rd argument cannot be 0"));
        }
        let (b, e) = if num_traits::Signed::is_negative(&e) {
            // Python 3.8+: a negative exponent with a modulus uses the modular inverse.
            let am = num_traits::Signed::abs(&m);
            let g =
                num_integer::Integer::extended_gcd(&num_integer::Integer::mod_floor(&b, &am), &am);
            if !num_traits::One::is_one(&g.gcd) {
                return Err(vm.value_error("base is not invertible for the given modulus"));
            }
            (g.x, -e)
        } else {
            (b, e)
        };
        let r = b.modpow(&e, &m);
        let r = if num_traits::Signed::is_negative(&r) != num_traits::Signed::is_negative(&m)
            && !num_traits::Zero::is_zero(&r)
        {
            r + m
        } else {
            r
        };
        return Ok(Value::from_bigint(r));
    }
    vm.binary_op(&a[0], &a[1], 8)
}

fn int_text(vm: &mut Vm, v: &Value, radix: u32, prefix: &str, func: &str) -> PyResult<Value> {
    let Some(b) = num::to_bigint(v) else {
        if let Some(r) = vm.call_special(v, "__index__", &[])? {
            return int_text(vm, &r, radix, prefix, func);
        }
        let _ = func;
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(v)
        )));
    };
    let neg = num_traits::Signed::is_negative(&b);
    let digits = num_traits::Signed::abs(&b).to_str_radix(radix);
    Ok(Value::str(format!(
        "{}{prefix}{digits}",
        if neg { "-" } else { "" }
    )))
}

fn bi_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "hex", &args, 1, 1)?;
    int_text(vm, &a[0], 16, "0x", "hex")
}

fn bi_oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "oct", &args, 1, 1)?;
    int_text(vm, &a[0], 8, "0o", "oct")
}

fn bi_bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "bin", &args, 1, 1)?;
    int_text(vm, &a[0], 2, "0b", "bin")
}

/// `callable(v)`.
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Type(_) => true,
        Value::Instance(_) | Value::Other(_) => {
            vm.type_of(v).lookup_name("__call__").is_some()
                || matches!(v, Value::Other(o) if matches!(&o.kind, OtherKind::Native(n) if n.callable()))
        }
        _ => false,
    }
}

fn bi_callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "callable", &args, 1, 1)?;
    Ok(Value::bool(is_callable(vm, &a[0])))
}

fn bi_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "format", &args, 1, 2)?;
    let spec = match a.get(1) {
        Some(Value::Str(s)) => s.s.clone(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(other)
            )))
        }
        None => String::new(),
    };
    Ok(Value::str(vm.format(&a[0], &spec)?))
}

fn bi_input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "input", &args, 0, 1)?;
    if let Some(prompt) = a.first() {
        let p = vm.str_of(prompt)?;
        vm.stdout.push_str(&p);
    }
    Err(vm.new_error(ExcKind::EOFError, "EOF when reading a line"))
}

fn bi_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "exit", &args, 0, 1)?;
    Err(vm.new_error_args(ExcKind::SystemExit, a.to_vec()))
}

fn bi_frame_only(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("deepdive supports globals() and locals() only when called directly"))
}

fn bi_vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "vars", &args, 1, 1)?;
    match &a[0] {
        Value::Instance(i) => match &i.dict {
            Some(d) => Ok(Value::Dict(d.clone())),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
        Value::Module(m) => Ok(Value::Dict(m.dict.clone())),
        Value::Type(t) => Ok(Value::Dict(t.dict.clone())),
        _ => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn bi_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "dir", &args, 1, 1)?;
    let mut names: Vec<String> = Vec::new();
    let mut add = |d: &Dict| {
        for k in d.keys() {
            if let Value::Str(s) = k {
                if !names.contains(&s.s) {
                    names.push(s.s.clone());
                }
            }
        }
    };
    match &a[0] {
        Value::Module(m) => add(&m.dict),
        Value::Instance(i) => {
            if let Some(d) = &i.dict {
                add(d);
            }
            for t in i.class.borrow().full_mro() {
                add(&t.dict);
            }
        }
        Value::Type(t) => {
            for t in t.full_mro() {
                add(&t.dict);
            }
        }
        v => {
            for t in vm.type_of(v).full_mro() {
                add(&t.dict);
            }
        }
    }
    names.sort();
    Ok(Value::list(names.into_iter().map(Value::str).collect()))
}

fn bi_import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = check(vm, "__import__", &args, 1, 5)?;
    let name = match &a[0] {
        Value::Str(s) => s.s.clone(),
        _ => return Err(vm.type_error("__import__() argument 1 must be str")),
    };
    vm.import(&name)
}

impl Vm {
    /// The builtins that need the calling frame (`super()`, `locals()`...), called with no
    /// arguments from `CALL`.
    pub fn frame_builtin(&mut self, name: &str, frame: &crate::interp::Frame) -> PyResult<Value> {
        match name {
            "globals" => Ok(Value::Dict(frame.globals.clone())),
            "locals" | "vars" => match &frame.locals {
                Some(l) => Ok(Value::Dict(l.clone())),
                None => {
                    let d = Dict::new();
                    let n = frame.code.localsplus.len();
                    for i in 0..n {
                        let v = match &frame.fast[i] {
                            Value::Cell(c) if i >= frame.code.co.varnames.len() => {
                                c.value.borrow().clone()
                            }
                            v => v.clone(),
                        };
                        if !v.is_null() {
                            d.set_str(frame.code.localsplus[i].clone(), v);
                        }
                    }
                    Ok(Value::Dict(Rc::new(d)))
                }
            },
            "dir" => {
                let d = match &frame.locals {
                    Some(l) => l.clone(),
                    None => frame.globals.clone(),
                };
                let mut names: Vec<String> = d
                    .keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(String::from))
                    .collect();
                names.sort();
                Ok(Value::list(names.into_iter().map(Value::str).collect()))
            }
            _ => {
                // super(): the class is the `__class__` cell, the object the first argument.
                let code = &frame.code;
                let class_index = code.localsplus.iter().position(|n| n.s == "__class__");
                let class = match class_index.map(|i| &frame.fast[i]) {
                    Some(Value::Cell(c)) => c.value.borrow().clone(),
                    _ => Value::Null,
                };
                let Value::Type(class) = class else {
                    return Err(
                        self.new_error(ExcKind::RuntimeError, "super(): __class__ cell not found")
                    );
                };
                if code.co.argcount == 0 {
                    return Err(self.new_error(ExcKind::RuntimeError, "super(): no arguments"));
                }
                let first = match &frame.fast[0] {
                    Value::Cell(c) => c.value.borrow().clone(),
                    v => v.clone(),
                };
                Ok(Value::Other(Rc::new(Other {
                    kind: OtherKind::Super { class, obj: first },
                })))
            }
        }
    }
}

/// The hash of a frozenset (`frozenset_hash` in setobject.c).
pub fn frozenset_hash(s: &Set) -> i64 {
    let t = s.table.borrow();
    let mut hash: u64 = 0;
    for (h, _) in t.entries() {
        let h = h as u64;
        hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    }
    hash ^= (t.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let h = hash as i64;
    if h == -1 {
        590923713
    } else {
        h
    }
}

/// Set comparisons: equality and the subset/superset orders.
pub fn set_compare(vm: &mut Vm, x: &Rc<Set>, y: &Rc<Set>, op: CmpOp) -> PyResult<bool> {
    let subset = |vm: &mut Vm, a: &Rc<Set>, b: &Rc<Set>| -> PyResult<bool> {
        if a.len() > b.len() {
            return Ok(false);
        }
        for item in a.items() {
            if !b.contains(vm, &item)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    Ok(match op {
        CmpOp::Eq => x.len() == y.len() && subset(vm, x, y)?,
        CmpOp::Ne => !(x.len() == y.len() && subset(vm, x, y)?),
        CmpOp::Le => subset(vm, x, y)?,
        CmpOp::Lt => x.len() < y.len() && subset(vm, x, y)?,
        CmpOp::Ge => subset(vm, y, x)?,
        CmpOp::Gt => y.len() < x.len() && subset(vm, y, x)?,
    })
}

/// The in-place set operators.
pub fn set_inplace(vm: &mut Vm, s: &Rc<Set>, other: &Value, op: BinOp) -> PyResult<()> {
    crate::methods::set::set_inplace(vm, s, other, op)
}

/// `items * n` with the heap cap.
pub fn repeat_items(vm: &mut Vm, items: &[Value], n: i64) -> PyResult<Vec<Value>> {
    if n <= 0 || items.is_empty() {
        return Ok(Vec::new());
    }
    let total = (items.len() as u128) * (n as u128);
    if total * std::mem::size_of::<Value>() as u128 > vm.heap_cap as u128
        || !crate::heap::fits(total as usize * std::mem::size_of::<Value>(), vm.heap_cap)
    {
        return Err(vm.new_error_args(ExcKind::MemoryError, vec![]));
    }
    if let [item] = items {
        return Ok(vec![item.clone(); total as usize]);
    }
    let mut out = Vec::with_capacity(total as usize);
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

/// The sequence operators of the built-in types: concatenation, repetition, and the set
/// and dict operators.
pub fn sequence_binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    Ok(Some(match (a, b, op) {
        (Value::Str(x), Value::Str(y), BinOp::Add) => {
            let len = x.s.len() + y.s.len();
            if !crate::heap::fits(len, vm.heap_cap) {
                return Err(vm.new_error_args(ExcKind::MemoryError, vec![]));
            }
            let mut s = String::with_capacity(len);
            s.push_str(&x.s);
            s.push_str(&y.s);
            Value::str(s)
        }
        (Value::List(x), Value::List(y), BinOp::Add) => {
            let mut v = x.items.borrow().clone();
            v.extend(y.items.borrow().iter().cloned());
            Value::list(v)
        }
        (Value::Tuple(x), Value::Tuple(y), BinOp::Add) => {
            let mut v = x.items.clone();
            v.extend(y.items.iter().cloned());
            Value::tuple(v)
        }
        (Value::Bytes(x), Value::Bytes(y), BinOp::Add) => {
            let mut v = x.b.clone();
            v.extend_from_slice(&y.b);
            Value::Bytes(Rc::new(PyBytes { b: v }))
        }
        (Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), n, BinOp::Mul)
            if matches!(n, Value::Int(_) | Value::Bool(_) | Value::Long(_)) =>
        {
            return repeat(vm, a, n).map(Some)
        }
        (n, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), BinOp::Mul)
            if matches!(n, Value::Int(_) | Value::Bool(_) | Value::Long(_)) =>
        {
            return repeat(vm, b, n).map(Some)
        }
        (Value::Str(_), _, BinOp::Mod) => Value::str(crate::format::percent_format(vm, a, b)?),
        (Value::Bytes(x), _, BinOp::Mod) => Value::Bytes(Rc::new(PyBytes {
            b: crate::format::bytes_percent_format(vm, &x.b, b)?,
        })),
        (Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), _, BinOp::Add)
            if vm.type_name(a) != vm.type_name(b) =>
        {
            let t = vm.type_name(a);
            let t = if t == "bytes" { "bytes".to_string() } else { t };
            return Err(vm.type_error(if t == "bytes" {
                format!("can't concat {} to bytes", vm.type_name(b))
            } else {
                format!(
                    "can only concatenate {t} (not \"{}\") to {t}",
                    vm.type_name(b)
                )
            }));
        }
        (Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), n, BinOp::Mul)
        | (n, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), BinOp::Mul)
            if !matches!(
                n,
                Value::Int(_) | Value::Bool(_) | Value::Long(_) | Value::Instance(_)
            ) =>
        {
            return Err(vm.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                vm.type_name(n)
            )));
        }
        (Value::Set(_), Value::Set(_), _) => return crate::methods::set_binary(vm, a, b, op),
        (Value::Dict(x), Value::Dict(y), BinOp::Or) => {
            let d = x.copy();
            for (k, v) in y.items() {
                d.set(vm, k, v)?;
            }
            Value::Dict(Rc::new(d))
        }
        (Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_), other, BinOp::Mul)
        | (other, Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_), BinOp::Mul)
            if !matches!(other, Value::Instance(_) | Value::Other(_)) =>
        {
            let tn = vm.type_name(other);
            return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")));
        }
        (Value::List(_) | Value::Tuple(_) | Value::Str(_), other, BinOp::Add)
            if !matches!(other, Value::Instance(_) | Value::Other(_)) =>
        {
            let (ta, tb) = (vm.type_name(a), vm.type_name(other));
            return Err(vm.type_error(format!("can only concatenate {ta} (not \"{tb}\") to {ta}")));
        }
        _ => return Ok(None),
    }))
}

fn repeat(vm: &mut Vm, seq: &Value, n: &Value) -> PyResult<Value> {
    let n = match n {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        _ => {
            return Err(vm.new_error(
                ExcKind::OverflowError,
                "cannot fit 'int' into an index-sized integer",
            ))
        }
    };
    Ok(match seq {
        Value::Str(s) => {
            if n <= 0 {
                return Ok(Value::str(""));
            }
            let total = (s.s.len() as u128) * (n as u128);
            if total > vm.heap_cap as u128 || !crate::heap::fits(total as usize, vm.heap_cap) {
                return Err(vm.new_error_args(ExcKind::MemoryError, vec![]));
            }
            Value::str(s.s.repeat(n as usize))
        }
        Value::List(l) => {
            let items = l.items.borrow().clone();
            Value::list(repeat_items(vm, &items, n)?)
        }
        Value::Tuple(t) => Value::tuple(repeat_items(vm, &t.items, n)?),
        Value::Bytes(b) => {
            if n <= 0 {
                return Ok(Value::Bytes(Rc::new(PyBytes { b: Vec::new() })));
            }
            let total = (b.b.len() as u128) * (n as u128);
            if total > vm.heap_cap as u128 {
                return Err(vm.new_error_args(ExcKind::MemoryError, vec![]));
            }
            Value::Bytes(Rc::new(PyBytes {
                b: b.b.repeat(n as usize),
            }))
        }
        _ => Value::None,
    })
}
