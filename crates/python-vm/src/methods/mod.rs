//! The behaviour of the built-in types: their methods (one file per type), their
//! constructors, their `repr`, their special attributes, slicing, and class creation.

pub mod bytes;
pub mod dict;
pub mod float;
pub mod int;
pub mod list;
pub mod object;
pub mod range;
pub mod set;
pub mod str;

use std::rc::Rc;

use crate::dict::Dict;
use crate::exceptions::ExcKind;
use crate::interp::Vm;
use crate::types::{Kind, Type};
use crate::value::*;
use crate::PyResult;

pub use set::set_binary;

/// Installs the methods of every built-in type.
pub fn install(vm: &mut Vm) {
    list::install(vm);
    dict::install(vm);
    str::install(vm);
    bytes::install(vm);
    set::install(vm);
    int::install(vm);
    float::install(vm);
    range::install(vm);
    object::install(vm);
    crate::generator::install(vm);
    // The built-in containers' own __repr__, so that instances of their subclasses print as
    // the built-in value does.
    let types = [
        vm.types.list.clone(),
        vm.types.tuple.clone(),
        vm.types.dict.clone(),
        vm.types.set.clone(),
        vm.types.frozenset.clone(),
    ];
    for t in types {
        if t.dict.get_by_name("__repr__").is_none() {
            t.add_methods(&[("__repr__", builtin_value_repr)]);
        }
    }
}

/// `__repr__` of the built-in containers: the repr of the built-in value.
fn builtin_value_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "__repr__", &args, 1, 1)?;
    let v = receiver(&a[0]);
    Ok(Value::str(repr_builtin(vm, &v)?))
}

/// The `self` of a method of a built-in type, unwrapped from a subclass instance.
pub fn receiver(v: &Value) -> Value {
    Vm::builtin_payload(v).unwrap_or_else(|| v.clone())
}

/// A short repr for traces (never runs Python code, never fails).
pub fn short_repr(vm: &Vm, v: &Value) -> String {
    match v {
        Value::Null => "NULL".into(),
        Value::None => "None".into(),
        Value::Bool(b) => if b.get() { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::Long(b) => b.to_string(),
        Value::Float(f) => python_compiler::value::float_repr(f.get()),
        Value::Str(s) => {
            // Only the first characters are escaped: a string may be megabytes long.
            let r = python_syntax::python_repr_prefix(&s.s, 60);
            if r.len() > 60 {
                let cut: String = r.chars().take(57).collect();
                format!("{cut}...")
            } else {
                r
            }
        }
        Value::Function(f) => format!("<function {}>", f.qualname.borrow().s),
        Value::Builtin(b) => format!("<built-in function {}>", b.name),
        Value::Type(t) => format!("<class '{}'>", t.name),
        Value::Code(c) => format!("<code object {}>", c.name.s),
        Value::List(l) => format!("<list of {}>", l.items.borrow().len()),
        Value::Tuple(t) => format!("<tuple of {}>", t.items.len()),
        Value::Dict(d) => format!("<dict of {}>", d.len()),
        other => format!("<{} object>", vm.type_name(other)),
    }
}

/// The `repr` of the built-in kinds of objects.
pub fn repr_builtin(vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Null | Value::None => "None".into(),
        Value::Ellipsis => "Ellipsis".into(),
        Value::NotImplemented => "NotImplemented".into(),
        Value::Bool(b) => if b.get() { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::Long(b) => vm.int_to_string(b)?,
        Value::Float(f) => python_compiler::value::float_repr(f.get()),
        Value::Str(s) => python_syntax::python_repr(&s.s),
        Value::Bytes(b) => python_compiler::value::Constant::Bytes(Rc::from(b.b.as_slice())).repr(),
        Value::Tuple(t) => {
            let items = t.items.clone();
            if !vm.repr_enter(v) {
                return Ok("(...)".into());
            }
            let r = repr_items(vm, &items);
            vm.repr_leave(v);
            let inner = r?;
            if items.len() == 1 {
                format!("({inner},)")
            } else {
                format!("({inner})")
            }
        }
        Value::List(l) => {
            let items = l.items.borrow().clone();
            if !vm.repr_enter(v) {
                return Ok("[...]".into());
            }
            let r = repr_items(vm, &items);
            vm.repr_leave(v);
            format!("[{}]", r?)
        }
        Value::Dict(d) => {
            if !vm.repr_enter(v) {
                return Ok("{...}".into());
            }
            let r = dict::repr_dict(vm, d);
            vm.repr_leave(v);
            r?
        }
        Value::Set(s) => {
            let items = s.items();
            let name = if s.frozen { "frozenset" } else { "set" };
            if items.is_empty() {
                return Ok(format!("{name}()"));
            }
            if !vm.repr_enter(v) {
                return Ok(format!("{name}(...)"));
            }
            let r = repr_items(vm, &items);
            vm.repr_leave(v);
            if s.frozen {
                format!("frozenset({{{}}})", r?)
            } else {
                format!("{{{}}}", r?)
            }
        }
        Value::Range(r) => {
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        Value::Slice(s) => {
            let a = vm.repr(&s.start)?;
            let b = vm.repr(&s.stop)?;
            let c = vm.repr(&s.step)?;
            format!("slice({a}, {b}, {c})")
        }
        Value::Function(f) => format!(
            "<function {} at {:#x}>",
            f.qualname.borrow().s,
            crate::builtins::id_of(v)
        ),
        Value::Builtin(b) => match b.owner {
            Some(owner) => format!("<method '{}' of '{}' objects>", b.name, owner),
            None => format!("<built-in function {}>", b.name),
        },
        Value::Method(m) => match &m.func {
            Value::Builtin(b) => format!(
                "<built-in method {} of {} object at {:#x}>",
                b.name,
                vm.type_name(&m.receiver),
                crate::builtins::id_of(&m.receiver)
            ),
            Value::Function(f) => {
                let r = vm.repr(&m.receiver)?;
                format!("<bound method {} of {}>", f.qualname.borrow().s, r)
            }
            other => {
                let r = vm.repr(other)?;
                format!("<bound method {r}>")
            }
        },
        Value::Type(t) => {
            let module = t.module.borrow().clone();
            if module == "builtins" {
                format!("<class '{}'>", t.qualname.borrow())
            } else {
                format!("<class '{}.{}'>", module, t.qualname.borrow())
            }
        }
        Value::Instance(i) => {
            if crate::exceptions::data(i).is_some() {
                let args = crate::exceptions::data(i)
                    .map(|d| d.borrow().args.clone())
                    .unwrap_or_default();
                let name = i.class.borrow().name.clone();
                let inner = repr_items(vm, &args)?;
                return Ok(format!("{name}({inner})"));
            }
            if let Some(p) = Vm::builtin_payload(v) {
                return vm.repr(&p);
            }
            let class = i.class.borrow().clone();
            let module = class.module.borrow().clone();
            format!(
                "<{}.{} object at {:#x}>",
                module,
                class.qualname.borrow(),
                crate::builtins::id_of(v)
            )
        }
        Value::Module(m) => {
            if m.name == "builtins" || m.name == "sys" {
                format!("<module '{}' (built-in)>", m.name)
            } else {
                format!("<module '{}'>", m.name)
            }
        }
        Value::Cell(_) => format!("<cell at {:#x}>", crate::builtins::id_of(v)),
        Value::Code(c) => format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            c.name.s,
            crate::builtins::id_of(v),
            c.co.filename,
            c.co.first_line
        ),
        Value::Generator(g) => format!(
            "<generator object {} at {:#x}>",
            g.qualname.s,
            crate::builtins::id_of(v)
        ),
        Value::Iter(it) => format!(
            "<{} object at {:#x}>",
            it.class.name,
            crate::builtins::id_of(v)
        ),
        Value::Other(o) => match &o.kind {
            OtherKind::Native(n) => match n.repr(vm)? {
                Some(r) => r,
                None => {
                    let t = n.class(vm);
                    format!(
                        "<{}.{} object at {:#x}>",
                        t.module.borrow(),
                        t.name,
                        crate::builtins::id_of(v)
                    )
                }
            },
            OtherKind::Super { class, obj } => {
                let r = vm.repr(obj)?;
                format!("<super: <class '{}'>, <{} object>>", class.name, r)
            }
            _ => format!(
                "<{} object at {:#x}>",
                vm.type_name(v),
                crate::builtins::id_of(v)
            ),
        },
    })
}

/// `a, b, c` of the reprs of the items.
pub fn repr_items(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr(item)?);
    }
    Ok(out)
}

impl Vm {
    /// Marks a container as being printed (for `[...]` on recursion); false when it already is.
    pub fn repr_enter(&mut self, v: &Value) -> bool {
        let p = v.ptr().unwrap_or(0);
        if self.repr_stack.contains(&p) {
            return false;
        }
        self.repr_stack.push(p);
        true
    }

    /// Ends [`Vm::repr_enter`].
    pub fn repr_leave(&mut self, v: &Value) {
        let p = v.ptr().unwrap_or(0);
        if let Some(i) = self.repr_stack.iter().rposition(|x| *x == p) {
            self.repr_stack.remove(i);
        }
    }
}

/// The attributes every object of a kind has.
pub fn special_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(Value::Type(vm.type_of(obj))));
    }
    Ok(match obj {
        Value::Type(t)
            if t.slots
                .as_ref()
                .is_some_and(|s| s.iter().any(|x| x.s == name)) =>
        {
            Some(crate::native::wrap(MemberDescriptor {
                name: name.to_string(),
                owner: t.name.clone(),
            }))
        }
        Value::Type(t) => match name {
            "__name__" => Some(Value::str(t.name.clone())),
            "__qualname__" => Some(Value::str(t.qualname.borrow().clone())),
            "__module__" => Some(Value::str(t.module.borrow().clone())),
            "__dict__" => Some(Value::Dict(t.dict.clone())),
            "__doc__" => Some(t.dict.get_by_name("__doc__").unwrap_or(Value::None)),
            "__bases__" => Some(Value::tuple(
                t.bases
                    .borrow()
                    .iter()
                    .map(|b| Value::Type(b.clone()))
                    .collect(),
            )),
            "__base__" => Some(
                t.bases
                    .borrow()
                    .first()
                    .map_or(Value::None, |b| Value::Type(b.clone())),
            ),
            "__mro__" => Some(Value::tuple(
                t.full_mro().into_iter().map(Value::Type).collect(),
            )),
            "mro" => Some(Value::Method(Rc::new(Method {
                func: crate::builtins::builtin("mro", object::type_mro),
                receiver: obj.clone(),
            }))),
            "__subclasses__" => None,
            _ => None,
        },
        Value::Function(f) => match name {
            "__name__" => Some(Value::Str(f.name.borrow().clone())),
            "__qualname__" => Some(Value::Str(f.qualname.borrow().clone())),
            "__doc__" => Some(f.doc.borrow().clone()),
            "__module__" => Some(f.module.clone()),
            "__defaults__" => {
                let d = f.defaults.borrow();
                Some(if d.is_empty() {
                    Value::None
                } else {
                    Value::tuple(d.clone())
                })
            }
            "__kwdefaults__" => Some(
                f.kwdefaults
                    .borrow()
                    .as_ref()
                    .map_or(Value::None, |d| Value::Dict(d.clone())),
            ),
            "__code__" => Some(Value::Code(f.code.clone())),
            "__globals__" => Some(Value::Dict(f.globals.clone())),
            "__annotations__" => {
                let a = f.annotations.borrow().clone();
                Some(if a.is_none() {
                    let d = Value::Dict(Rc::new(Dict::new()));
                    *f.annotations.borrow_mut() = d.clone();
                    d
                } else {
                    a
                })
            }
            "__closure__" => Some(if f.closure.is_empty() {
                Value::None
            } else {
                Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
            }),
            "__dict__" => {
                let mut d = f.dict.borrow_mut();
                Some(Value::Dict(
                    d.get_or_insert_with(|| Rc::new(Dict::new())).clone(),
                ))
            }
            _ => None,
        },
        Value::Builtin(b) => match name {
            "__name__" => Some(Value::str(b.name)),
            "__qualname__" => Some(Value::str(match b.owner {
                Some(o) => format!("{o}.{}", b.name),
                None => b.name.to_string(),
            })),
            "__doc__" => Some(Value::None),
            _ => None,
        },
        Value::Method(m) => match name {
            "__self__" => Some(m.receiver.clone()),
            "__func__" => Some(m.func.clone()),
            _ => {
                let f = m.func.clone();
                let n = vm.intern(name);
                return vm.getattr_opt(&f, &n);
            }
        },
        Value::Code(c) => match name {
            "co_name" => Some(Value::Str(c.name.clone())),
            "co_qualname" => Some(Value::Str(c.qualname.clone())),
            "co_filename" => Some(Value::str(c.co.filename.clone())),
            "co_firstlineno" => Some(Value::Int(c.co.first_line as i64)),
            "co_argcount" => Some(Value::Int(c.co.argcount as i64)),
            "co_kwonlyargcount" => Some(Value::Int(c.co.kwonlyargcount as i64)),
            "co_posonlyargcount" => Some(Value::Int(c.co.posonlyargcount as i64)),
            "co_cellvars" => Some(Value::tuple(
                c.co.cellvars
                    .iter()
                    .map(|s| Value::str(s.clone()))
                    .collect(),
            )),
            "co_freevars" => Some(Value::tuple(
                c.co.freevars
                    .iter()
                    .map(|s| Value::str(s.clone()))
                    .collect(),
            )),
            "co_varnames" => Some(Value::tuple(
                c.co.varnames
                    .iter()
                    .map(|s| Value::str(s.clone()))
                    .collect(),
            )),
            "co_names" => Some(Value::tuple(
                c.co.names.iter().map(|s| Value::str(s.clone())).collect(),
            )),
            "co_consts" => Some(Value::tuple(c.consts.clone())),
            "co_flags" => Some(Value::Int(c.co.flags as i64)),
            "co_nlocals" => Some(Value::Int(c.co.nlocals as i64)),
            "co_stacksize" => Some(Value::Int(c.co.stacksize as i64)),
            _ => None,
        },
        Value::Int(_) | Value::Bool(_) | Value::Long(_) => match name {
            "real" | "numerator" => Some(match obj {
                Value::Bool(b) => Value::Int(b.get() as i64),
                o => o.clone(),
            }),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        },
        Value::Float(f) => match name {
            "real" => Some(Value::float(f.get())),
            "imag" => Some(Value::float(0.0)),
            _ => None,
        },
        Value::Range(r) => match name {
            "start" => Some(Value::Int(r.start)),
            "stop" => Some(Value::Int(r.stop)),
            "step" => Some(Value::Int(r.step)),
            _ => None,
        },
        Value::Other(o) => match (&o.kind, name) {
            (OtherKind::Property { fget, .. }, "fget") => Some(fget.clone()),
            (OtherKind::Property { fset, .. }, "fset") => Some(fset.borrow().clone()),
            (OtherKind::Property { fdel, .. }, "fdel") => Some(fdel.borrow().clone()),
            (OtherKind::Property { doc, fget, .. }, "__doc__") => Some(if doc.is_none() {
                let fget = fget.clone();
                let n = vm.intern("__doc__");
                vm.getattr_opt(&fget, &n)?.unwrap_or(Value::None)
            } else {
                doc.clone()
            }),
            (OtherKind::StaticMethod(f) | OtherKind::ClassMethod(f), "__func__") => Some(f.clone()),
            _ => None,
        },
        Value::Slice(s) => match name {
            "indices" => Some(Value::Method(Rc::new(Method {
                func: crate::builtins::builtin("indices", slice_indices_method),
                receiver: obj.clone(),
            }))),
            "start" => Some(s.start.clone()),
            "stop" => Some(s.stop.clone()),
            "step" => Some(s.step.clone()),
            _ => None,
        },
        Value::Generator(g) => match name {
            "__name__" => Some(Value::Str(g.name.clone())),
            "__qualname__" => Some(Value::Str(g.qualname.clone())),
            "gi_running" => Some(Value::bool(g.running.get())),
            "gi_code" => Some(Value::Code(g.code.clone())),
            _ => None,
        },
        Value::Module(m) => match name {
            "__dict__" => Some(Value::Dict(m.dict.clone())),
            _ => None,
        },
        Value::Cell(c) => match name {
            "cell_contents" => {
                let v = c.value.borrow().clone();
                if v.is_null() {
                    return Err(vm.value_error("Cell is empty"));
                }
                Some(v)
            }
            _ => None,
        },
        Value::Instance(i) => {
            if name == "__traceback__" && crate::exceptions::data(i).is_some() {
                return Ok(Some(crate::exceptions::traceback_of(vm, i)));
            }
            if let Some(d) = crate::exceptions::data(i) {
                let d = d.borrow();
                let v = match name {
                    "args" => Some(Value::tuple(d.args.clone())),
                    "__cause__" => Some(d.cause.clone()),
                    "__context__" => Some(d.context.clone()),
                    "__suppress_context__" => Some(Value::bool(d.suppress_context)),
                    "__traceback__" => Some(if d.traceback.is_empty() {
                        Value::None
                    } else {
                        Value::Ellipsis
                    }),
                    _ => None,
                };
                if v.is_some() {
                    return Ok(v);
                }
                let args = d.args.clone();
                drop(d);
                let class = i.class.borrow().clone();
                let is = |k: ExcKind| class.is_subtype(&vm.types.exc(k));
                if is(ExcKind::StopIteration) && name == "value" {
                    return Ok(Some(args.first().cloned().unwrap_or(Value::None)));
                }
                if is(ExcKind::SystemExit) && name == "code" {
                    return Ok(Some(match args.len() {
                        0 => Value::None,
                        1 => args[0].clone(),
                        _ => Value::tuple(args),
                    }));
                }
                if is(ExcKind::OSError) {
                    let get = |n: usize| args.get(n).cloned().unwrap_or(Value::None);
                    let multi = args.len() >= 2;
                    match name {
                        "errno" => return Ok(Some(if multi { get(0) } else { Value::None })),
                        "strerror" => return Ok(Some(if multi { get(1) } else { Value::None })),
                        "filename" => {
                            let d = crate::exceptions::data(i).map(|d| d.borrow().filename.clone());
                            return Ok(Some(d.unwrap_or(Value::None)));
                        }
                        _ => {}
                    }
                }
                if is(ExcKind::KeyError) && name == "key" {
                    return Ok(None);
                }
                if (is(ExcKind::AttributeError) || is(ExcKind::NameError))
                    && (name == "name" || name == "obj")
                {
                    return Ok(Some(Value::None));
                }
            }
            match name {
                "__dict__" => i.dict.as_ref().map(|d| Value::Dict(d.clone())),
                "__doc__" => Some(Value::None),
                "__module__" => Some(Value::str(i.class.borrow().module.borrow().clone())),
                _ => None,
            }
        }
        _ => None,
    })
}

/// Normalises `seq[key]` for a slice: (start, stop, step) clamped to `len`, as
/// `PySlice_GetIndicesEx` computes them.
pub fn slice_indices(vm: &mut Vm, s: &Slice, len: i64) -> PyResult<(i64, i64, i64)> {
    let step = if s.step.is_none() {
        1
    } else {
        slice_int(vm, &s.step)?
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let fix = |v: i64| -> i64 {
        if v < 0 {
            (v + len).max(lower)
        } else {
            v.min(upper)
        }
    };
    let start = if s.start.is_none() {
        if step < 0 {
            upper
        } else {
            lower
        }
    } else {
        fix(slice_int(vm, &s.start)?)
    };
    let stop = if s.stop.is_none() {
        if step < 0 {
            lower
        } else {
            upper
        }
    } else {
        fix(slice_int(vm, &s.stop)?)
    };
    Ok((start, stop, step))
}

fn slice_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(b.get() as i64),
        Value::Long(b) => Ok(if num_traits::Signed::is_negative(&**b) {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        }),
        Value::Instance(_) => vm.index_value(v),
        _ => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// What a class shows for one of its `__slots__` (`Point.x`).
struct MemberDescriptor {
    name: String,
    owner: String,
}

impl crate::native::NativeObject for MemberDescriptor {
    fn class(&self, vm: &Vm) -> Rc<Type> {
        vm.types.native("member_descriptor", |t| {
            Type::builtin("member_descriptor", Some(&t.object), Kind::Native)
        })
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "__name__" => Some(Value::str(self.name.clone())),
            _ => None,
        })
    }

    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(Some(format!(
            "<member '{}' of '{}' objects>",
            self.name, self.owner
        )))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `slice.indices(length)`.
fn slice_indices_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "indices", &args, 2, 2)?;
    let Value::Slice(s) = &a[0] else {
        return Err(vm.type_error("descriptor 'indices' requires a 'slice' object"));
    };
    let len = vm.index_value(&a[1])?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step) = slice_indices(vm, s, len)?;
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

/// The indices a slice selects.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = start;
    if step > 0 {
        while i < stop {
            out.push(i as usize);
            i += step;
        }
    } else {
        while i > stop {
            out.push(i as usize);
            i += step;
        }
    }
    out
}

fn index_of(vm: &mut Vm, key: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => b.get() as i64,
        Value::Long(_) => {
            return Err(vm.new_error(
                ExcKind::IndexError,
                "cannot fit 'int' into an index-sized integer",
            ))
        }
        Value::Instance(_) => vm.index_value(key)?,
        _ => {
            return Err(vm.type_error(format!(
                "{what} indices must be integers or slices, not {}",
                vm.type_name(key)
            )))
        }
    };
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.new_error(ExcKind::IndexError, format!("{what} index out of range")));
    }
    Ok(j as usize)
}

/// `seq[key]` for the built-in sequences.
pub fn sequence_getitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<Value> {
    match container {
        Value::List(l) => {
            if let Value::Slice(s) = key {
                if s.is_plain() {
                    // No `__index__` to run: the list is read where it is, not copied first.
                    let items = l.items.borrow();
                    let (a, b, c) = slice_indices(vm, s, items.len() as i64)?;
                    if c == 1 {
                        let range = a as usize..(b.max(a)) as usize;
                        return Ok(Value::list(items[range].to_vec()));
                    }
                    let picked = slice_positions(a, b, c).into_iter();
                    return Ok(Value::list(picked.map(|i| items[i].clone()).collect()));
                }
                let items = l.items.borrow().clone();
                let (a, b, c) = slice_indices(vm, s, items.len() as i64)?;
                return Ok(Value::list(
                    slice_positions(a, b, c)
                        .into_iter()
                        .map(|i| items[i].clone())
                        .collect(),
                ));
            }
            let n = l.items.borrow().len();
            let i = index_of(vm, key, n, "list")?;
            Ok(l.items.borrow()[i].clone())
        }
        Value::Tuple(t) => {
            if let Value::Slice(s) = key {
                let (a, b, c) = slice_indices(vm, s, t.items.len() as i64)?;
                return Ok(Value::tuple(
                    slice_positions(a, b, c)
                        .into_iter()
                        .map(|i| t.items[i].clone())
                        .collect(),
                ));
            }
            let i = index_of(vm, key, t.items.len(), "tuple")?;
            Ok(t.items[i].clone())
        }
        Value::Str(s) => {
            if let Value::Slice(sl) = key {
                let (a, b, c) = slice_indices(vm, sl, s.chars as i64)?;
                if s.is_ascii() {
                    if c == 1 {
                        return Ok(Value::str(if a < b {
                            &s.s[a as usize..b as usize]
                        } else {
                            ""
                        }));
                    }
                    let bytes = s.s.as_bytes();
                    let out: String = slice_positions(a, b, c)
                        .into_iter()
                        .map(|i| bytes[i] as char)
                        .collect();
                    return Ok(Value::str(out));
                }
                let chars: Vec<char> = s.s.chars().collect();
                let out: String = slice_positions(a, b, c)
                    .into_iter()
                    .map(|i| chars[i])
                    .collect();
                return Ok(Value::str(out));
            }
            let i = match key {
                Value::Int(_) | Value::Bool(_) | Value::Long(_) | Value::Instance(_) => {
                    index_of(vm, key, s.chars, "string")?
                }
                _ => {
                    return Err(vm.type_error(format!(
                        "string indices must be integers, not '{}'",
                        vm.type_name(key)
                    )))
                }
            };
            if s.is_ascii() {
                return Ok(Value::str(&s.s[i..i + 1]));
            }
            Ok(Value::str(
                s.s.chars().nth(i).map(String::from).unwrap_or_default(),
            ))
        }
        Value::Bytes(b) => {
            if let Value::Slice(sl) = key {
                let (x, y, z) = slice_indices(vm, sl, b.b.len() as i64)?;
                let out: Vec<u8> = slice_positions(x, y, z)
                    .into_iter()
                    .map(|i| b.b[i])
                    .collect();
                return Ok(Value::Bytes(Rc::new(PyBytes { b: out })));
            }
            let i = index_of(vm, key, b.b.len(), "index")?;
            Ok(Value::Int(b.b[i] as i64))
        }
        Value::Range(r) => {
            if let Value::Slice(sl) = key {
                let (a, b, c) = slice_indices(vm, sl, r.len())?;
                return Ok(Value::Range(Rc::new(Range {
                    start: r.start + a * r.step,
                    stop: r.start + b * r.step,
                    step: r.step * c,
                })));
            }
            let i = index_of(vm, key, r.len() as usize, "range object")?;
            Ok(Value::Int(r.start + r.step * i as i64))
        }
        _ => Err(vm.type_error(format!(
            "'{}' object is not subscriptable",
            vm.type_name(container)
        ))),
    }
}

/// `seq[key] = value` for lists (with slice assignment).
pub fn sequence_setitem(vm: &mut Vm, container: &Value, key: Value, value: Value) -> PyResult<()> {
    match container {
        Value::List(l) => {
            if let Value::Slice(s) = &key {
                let new = vm.to_vec(&value)?;
                let len = l.items.borrow().len() as i64;
                let (a, b, c) = slice_indices(vm, s, len)?;
                if c == 1 {
                    let b = b.max(a);
                    let old: Vec<Value> = l
                        .items
                        .borrow_mut()
                        .splice(a as usize..b as usize, new)
                        .collect();
                    drop(old);
                    return Ok(());
                }
                let pos = slice_positions(a, b, c);
                if pos.len() != new.len() {
                    return Err(vm.value_error(format!(
                        "attempt to assign sequence of size {} to extended slice of size {}",
                        new.len(),
                        pos.len()
                    )));
                }
                let mut items = l.items.borrow_mut();
                for (i, v) in pos.into_iter().zip(new) {
                    items[i] = v;
                }
                return Ok(());
            }
            let n = l.items.borrow().len();
            let i = match index_of(vm, &key, n, "list") {
                Ok(i) => i,
                Err(e) => {
                    if vm.is_exc_kind(&e, ExcKind::IndexError) {
                        return Err(
                            vm.new_error(ExcKind::IndexError, "list assignment index out of range")
                        );
                    }
                    return Err(e);
                }
            };
            let old = std::mem::replace(&mut l.items.borrow_mut()[i], value);
            drop(old);
            Ok(())
        }
        _ => Err(vm.type_error(format!(
            "'{}' object does not support item assignment",
            vm.type_name(container)
        ))),
    }
}

/// `del seq[key]` for lists.
pub fn sequence_delitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<()> {
    match container {
        Value::List(l) => {
            if let Value::Slice(s) = key {
                let len = l.items.borrow().len() as i64;
                let (a, b, c) = slice_indices(vm, s, len)?;
                let mut pos = slice_positions(a, b, c);
                pos.sort_unstable();
                let mut items = l.items.borrow_mut();
                for i in pos.into_iter().rev() {
                    items.remove(i);
                }
                return Ok(());
            }
            let n = l.items.borrow().len();
            let i = match index_of(vm, key, n, "list") {
                Ok(i) => i,
                Err(e) => {
                    if vm.is_exc_kind(&e, ExcKind::IndexError) {
                        return Err(
                            vm.new_error(ExcKind::IndexError, "list assignment index out of range")
                        );
                    }
                    return Err(e);
                }
            };
            let old = l.items.borrow_mut().remove(i);
            drop(old);
            Ok(())
        }
        _ => Err(vm.type_error(format!(
            "'{}' object doesn't support item deletion",
            vm.type_name(container)
        ))),
    }
}

/// Calls a class.
pub fn construct(vm: &mut Vm, t: &Rc<Type>, args: Args) -> PyResult<Value> {
    if t.builtin {
        return object::construct_builtin(vm, t, args);
    }
    // A class defined in Python: __new__, then __init__.
    let new = t.lookup_name("__new__");
    let obj = match &new {
        Some(Value::Other(o)) if matches!(o.kind, OtherKind::StaticMethod(_)) => {
            let OtherKind::StaticMethod(f) = &o.kind else {
                unreachable!()
            };
            let mut all = Vec::with_capacity(args.args.len() + 1);
            all.push(Value::Type(t.clone()));
            all.extend_from_slice(args.args);
            let f = f.clone();
            vm.call_with(&f, &all, args.kwnames)?
        }
        Some(f @ Value::Function(_)) => {
            let mut all = Vec::with_capacity(args.args.len() + 1);
            all.push(Value::Type(t.clone()));
            all.extend_from_slice(args.args);
            vm.call_with(f, &all, args.kwnames)?
        }
        _ => {
            let init = t.lookup_name("__init__");
            let has_init = matches!(init, Some(Value::Function(_)));
            let base = t.builtin_base();
            if !has_init && (!args.args.is_empty()) && matches!(base.kind, Kind::Object) {
                return Err(vm.type_error(format!("{}() takes no arguments", t.name)));
            }
            object::new_instance(vm, t, args)?
        }
    };
    if !vm.type_of(&obj).is_subtype(t) {
        return Ok(obj);
    }
    if let Some(init) = t.lookup_name("__init__") {
        if let Value::Function(_) = init {
            let mut all = Vec::with_capacity(args.args.len() + 1);
            all.push(obj.clone());
            all.extend_from_slice(args.args);
            let r = vm.call_with(&init, &all, args.kwnames)?;
            if !r.is_none() {
                return Err(vm.type_error(format!(
                    "__init__() should return None, not '{}'",
                    vm.type_name(&r)
                )));
            }
        }
    }
    Ok(obj)
}

/// `__build_class__`.
pub fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let Value::Function(body) = &pos[0] else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let Value::Str(name) = &pos[1] else {
        return Err(vm.type_error("__build_class__: name is not a string"));
    };
    let mut bases: Vec<Rc<Type>> = Vec::new();
    for b in &pos[2..] {
        match b {
            Value::Type(t) => bases.push(t.clone()),
            other => {
                return Err(
                    vm.type_error(format!("bases must be types, not {}", vm.type_name(other)))
                )
            }
        }
    }
    let mut metaclass: Option<Value> = None;
    let mut kwargs: Vec<(Value, Value)> = Vec::new();
    for (k, v) in args.keywords() {
        if k == "metaclass" {
            metaclass = Some(v.clone());
        } else {
            kwargs.push((Value::str(k), v.clone()));
        }
    }
    if metaclass.is_none() {
        for b in &bases {
            if let Some(m) = b.metaclass.borrow().clone() {
                metaclass = Some(Value::Type(m));
                break;
            }
        }
    }
    // Run the body with a fresh namespace.
    let ns = Rc::new(Dict::new());
    let frame = vm.new_frame(
        body.code.clone(),
        body.globals.clone(),
        Some(ns.clone()),
        Some(body.clone()),
    );
    vm.run_nested(frame)?;
    let bases_value = Value::tuple(bases.iter().map(|b| Value::Type(b.clone())).collect());
    let class = match metaclass {
        Some(Value::Type(m)) if !Rc::ptr_eq(&m, &vm.types.type_) => {
            let mut all = vec![
                Value::Str(name.clone()),
                bases_value,
                Value::Dict(ns.clone()),
            ];
            let mut names = Vec::new();
            for (k, v) in kwargs {
                names.push(k);
                all.push(v);
            }
            vm.call_with(&Value::Type(m), &all, &names)?
        }
        _ => {
            let c = object::make_class(vm, &name.s, bases, &ns, None)?;
            object::init_subclass(vm, &c, &kwargs)?;
            Value::Type(c)
        }
    };
    // The class cell lets zero-argument super() find the class.
    if let Some(Value::Cell(cell)) = ns.get_by_name("__classcell__") {
        *cell.value.borrow_mut() = class.clone();
    }
    Ok(class)
}

/// A new `set` or `frozenset` from an iterable.
pub fn set_from(vm: &mut Vm, it: &Value, frozen: bool) -> PyResult<Rc<crate::set::Set>> {
    set::from_iterable(vm, it, frozen)
}

/// Numbers used by methods: an optional int argument, or a default.
pub fn opt_int(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(default),
        Some(v) => vm.index_value(v),
    }
}
