//! The object protocols: truth, repr and str, hashing, comparison, the arithmetic operators
//! with their dunder dispatch, attribute access with descriptors, subscripting, iteration and
//! calling. Each follows the corresponding `abstract.c`/`object.c`/`typeobject.c` logic of
//! CPython, including its error messages.

use std::cmp::Ordering;
use std::rc::Rc;

use crate::dict::Dict;
use crate::exceptions::ExcKind;
use crate::interp::Vm;
use crate::num::{self, BinOp};
use crate::types::{Kind, Type};
use crate::value::*;
use crate::{PyErr, PyResult};

/// The unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unary {
    Pos,
    Neg,
    Invert,
}

/// The comparison operators of `COMPARE_OP`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    /// The operator of `COMPARE_OP arg`.
    pub fn from_arg(arg: u32) -> CmpOp {
        [
            CmpOp::Lt,
            CmpOp::Le,
            CmpOp::Eq,
            CmpOp::Ne,
            CmpOp::Gt,
            CmpOp::Ge,
        ][arg as usize % 6]
    }

    fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }

    fn dunder(self) -> &'static str {
        ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"][self as usize]
    }

    fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }

    pub fn test(self, o: Ordering) -> bool {
        match self {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        }
    }
}

/// True for the special methods CPython implements as slots (bound, they are
/// `method-wrapper`s); the dunders defined as ordinary methods are not.
fn is_slot_wrapper(name: &str) -> bool {
    name.starts_with("__")
        && name.ends_with("__")
        && !matches!(
            name,
            "__format__"
                | "__reduce__"
                | "__reduce_ex__"
                | "__sizeof__"
                | "__dir__"
                | "__getstate__"
                | "__reversed__"
                | "__class_getitem__"
                | "__init_subclass__"
                | "__subclasshook__"
                | "__round__"
                | "__trunc__"
                | "__floor__"
                | "__ceil__"
                | "__getitem__"
                | "__missing__"
                | "__contains__"
        )
}

impl Vm {
    /// `type(v)`.
    pub fn type_of(&self, v: &Value) -> Rc<Type> {
        let t = &self.types;
        match v {
            Value::Null | Value::None => t.none.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Bool(_) => t.bool.clone(),
            Value::Int(_) | Value::Long(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(s) => {
                if s.frozen {
                    t.frozenset.clone()
                } else {
                    t.set.clone()
                }
            }
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(b) => {
                if b.owner.is_some() {
                    t.method_descriptor.clone()
                } else {
                    t.builtin_function.clone()
                }
            }
            Value::Method(m) => match &m.func {
                // A special method of a built-in type, bound: CPython's slot wrappers make
                // it a `method-wrapper` (the dunders that are plain methods excepted).
                Value::Builtin(b) if b.owner.is_some() && is_slot_wrapper(b.name) => t
                    .native("method-wrapper", |t| {
                        Type::builtin("method-wrapper", Some(&t.object), Kind::BuiltinFunction)
                    }),
                Value::Builtin(_) => t.builtin_function.clone(),
                _ => t.method.clone(),
            },
            Value::Type(ty) => ty
                .metaclass
                .borrow()
                .clone()
                .unwrap_or_else(|| t.type_.clone()),
            Value::Instance(i) => i.class.borrow().clone(),
            Value::Module(_) => t.module.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Generator(_) => t.generator.clone(),
            Value::Iter(it) => it.class.clone(),
            Value::Other(o) => match &o.kind {
                OtherKind::Property { .. } => t.property.clone(),
                OtherKind::StaticMethod(_) => t.staticmethod.clone(),
                OtherKind::ClassMethod(_) => t.classmethod.clone(),
                OtherKind::Super { .. } => t.super_.clone(),
                OtherKind::Native(n) => n.class(self),
            },
        }
    }

    /// The name of `type(v)`.
    pub fn type_name(&self, v: &Value) -> String {
        self.type_of(v).name.clone()
    }

    /// The built-in value inside an instance of a subclass of a built-in type.
    pub fn builtin_payload(v: &Value) -> Option<Value> {
        match v {
            Value::Instance(i) => match &i.payload {
                Payload::Builtin(b) => Some(b.borrow().clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Looks up a special method on the *type* of `v` (as CPython does for dunders) and binds
    /// it to `v`.
    pub fn special_method(&mut self, v: &Value, name: &'static str) -> PyResult<Option<Value>> {
        let ty = self.type_of(v);
        match ty.lookup_name(name) {
            Some(f) => Ok(Some(self.bind_descriptor(f, v, &ty)?)),
            None => Ok(None),
        }
    }

    /// Calls a special method of `v` if its type defines one: `None` when it does not.
    pub fn call_special(
        &mut self,
        v: &Value,
        name: &'static str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        let ty = self.type_of(v);
        let Some(f) = ty.lookup_name(name) else {
            return Ok(None);
        };
        match &f {
            Value::Function(_) | Value::Builtin(_) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(v.clone());
                all.extend_from_slice(args);
                Ok(Some(self.call(&f, &all)?))
            }
            _ => {
                let bound = self.bind_descriptor(f, v, &ty)?;
                Ok(Some(self.call(&bound, args)?))
            }
        }
    }

    /// True when `v`'s class is defined in Python (so its dunders may be overridden).
    fn is_user_object(&self, v: &Value) -> bool {
        match v {
            Value::Instance(_) => true,
            Value::Type(t) => t.metaclass.borrow().is_some(),
            _ => false,
        }
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Bool(b) => b.get(),
            Value::None | Value::Null => false,
            Value::Int(i) => *i != 0,
            Value::Long(_) => true,
            Value::Float(f) => f.get() != 0.0,
            Value::Str(s) => !s.s.is_empty(),
            Value::Bytes(b) => !b.b.is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::List(l) => !l.items.borrow().is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(_) | Value::Other(_) => {
                if let Some(r) = self.call_special(v, "__bool__", &[])? {
                    return match r {
                        Value::Bool(b) => Ok(b.get()),
                        other => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                if let Some(r) = self.call_special(v, "__len__", &[])? {
                    return Ok(self.index_value(&r)? != 0);
                }
                if let Some(p) = Self::builtin_payload(v) {
                    return self.truthy(&p);
                }
                true
            }
            _ => true,
        })
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        // `PyObject_Repr` counts against the recursion limit, whatever the object.
        self.c_level(" while getting the repr of an object", |vm| {
            vm.repr_unchecked(v)
        })
    }

    /// `tp_repr` itself, without `PyObject_Repr`'s recursion check (`object.__str__`).
    pub fn repr_unchecked(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(python_syntax::python_repr(&s.s)),
            Value::Int(i) => Ok(i.to_string()),
            Value::Bool(PyBool::TRUE) => Ok("True".into()),
            Value::Bool(PyBool::FALSE) => Ok("False".into()),
            Value::None | Value::Null => Ok("None".into()),
            Value::Float(f) => Ok(python_compiler::value::float_repr(f.get())),
            Value::Long(b) => self.int_to_string(b),
            Value::Instance(_) | Value::Other(_) | Value::Type(_) => {
                if let Some(p) = self.payload_if_default(v, "__repr__") {
                    // A subclass of a built-in type without its own __repr__ shows as the
                    // built-in value (`class L(list)` prints `[1, 2]`).
                    return self.repr(&p);
                }
                if !matches!(v, Value::Type(_)) || self.is_user_object(v) {
                    if let Some(r) = self.call_special(v, "__repr__", &[])? {
                        return match r {
                            Value::Str(s) => Ok(s.s.clone()),
                            other => Err(self.type_error(format!(
                                "__repr__ returned non-string (type {})",
                                self.type_name(&other)
                            ))),
                        };
                    }
                }
                crate::methods::repr_builtin(self, v)
            }
            _ => crate::methods::repr_builtin(self, v),
        }
    }

    /// The decimal text of a big int, refusing CPython's 4300-digit limit.
    pub fn int_to_string(&mut self, b: &num_bigint::BigInt) -> PyResult<String> {
        if b.bits() > 14_300 {
            let s = b.to_string();
            let digits = s.trim_start_matches('-').len();
            if digits > 4300 {
                return Err(self.value_error(
                    "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                ));
            }
            return Ok(s);
        }
        Ok(b.to_string())
    }

    /// `str(v)`.
    /// The built-in value of an instance of a subclass of a built-in type whose `name`
    /// method is still `object`'s (the built-in type's own method, which deepdive does not
    /// keep in the type's dict, would have come first in CPython).
    fn payload_if_default(&self, v: &Value, name: &'static str) -> Option<Value> {
        let p = Self::builtin_payload(v)?;
        match self.type_of(v).lookup_name(name) {
            Some(Value::Builtin(b)) if b.owner == Some("object") => Some(p),
            None => Some(p),
            _ => None,
        }
    }

    /// `str(v)` as a value: the same object for an exact str, as CPython returns it.
    pub fn str_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Str(_) => Ok(v.clone()),
            // The recursion check `PyObject_Str` makes still applies (see `str_of`).
            Value::Int(i) if self.depth < self.recursion_limit => Ok(Value::int_str(*i)),
            _ => Ok(Value::str(self.str_of(v)?)),
        }
    }

    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.s.clone()),
            // `PyObject_Str` counts against the recursion limit (but for an exact str).
            _ => self.c_level(" while getting the str of an object", |vm| {
                vm.str_unchecked(v)
            }),
        }
    }

    fn str_unchecked(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.s.clone()),
            Value::Instance(_)
                if matches!(self.payload_if_default(v, "__str__"), Some(Value::Str(_))) =>
            {
                // `str.__str__` of a str subclass: the string itself.
                Ok(Self::builtin_payload(v)
                    .and_then(|p| p.as_str().map(String::from))
                    .unwrap_or_default())
            }
            Value::Instance(i) => {
                let ty = i.class.borrow().clone();
                if let Some(f) = ty.lookup_name("__str__") {
                    let r = match &f {
                        Value::Function(_) => self.call(&f, std::slice::from_ref(v))?,
                        _ => {
                            let bound = self.bind_descriptor(f, v, &ty)?;
                            self.call(&bound, &[])?
                        }
                    };
                    return match r {
                        Value::Str(s) => Ok(s.s.clone()),
                        other => Err(self.type_error(format!(
                            "__str__ returned non-string (type {})",
                            self.type_name(&other)
                        ))),
                    };
                }
                if crate::exceptions::data(i).is_some() {
                    return self.exception_str(i);
                }
                self.repr_unchecked(v)
            }
            Value::Other(_) => {
                if let Some(Value::Str(s)) = self.call_special(v, "__str__", &[])? {
                    return Ok(s.s.clone());
                }
                self.repr_unchecked(v)
            }
            _ => self.repr_unchecked(v),
        }
    }

    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Str(s) => s.hash(),
            Value::Int(i) => crate::hash::int_hash(*i),
            Value::Bool(b) => b.get() as i64,
            Value::Long(b) => crate::hash::bigint_hash(b),
            Value::Float(f) => crate::hash::float_hash(f.get()),
            Value::None => 0xfcf2_6a3e_9c70,
            Value::Tuple(t) => {
                let mut lanes = Vec::with_capacity(t.items.len());
                for item in &t.items {
                    lanes.push(self.hash(item)?);
                }
                crate::hash::tuple_hash(lanes.into_iter())
            }
            Value::Bytes(b) => crate::hash::bytes_hash(&b.b),
            Value::Range(r) => {
                // CPython's range_hash: the hash of (len, start, step), with None for what
                // does not matter (start and step of an empty range, the step of one item).
                let len = r.len();
                let none = self.hash(&Value::None)?;
                let int = crate::hash::int_hash;
                let lanes = match len {
                    0 => [int(0), none, none],
                    1 => [int(1), int(r.start), none],
                    _ => [int(len), int(r.start), int(r.step)],
                };
                crate::hash::tuple_hash(lanes.into_iter())
            }
            Value::Set(s) if s.frozen => crate::builtins::frozenset_hash(s),
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Value::Instance(i) => {
                let ty = i.class.borrow().clone();
                match ty.lookup_name("__hash__") {
                    Some(Value::None) => {
                        return Err(self.type_error(format!("unhashable type: '{}'", ty.name)))
                    }
                    Some(f @ Value::Function(_)) => {
                        let r = self.call(&f, std::slice::from_ref(v))?;
                        match r {
                            Value::Int(i) => {
                                if i == -1 {
                                    -2
                                } else {
                                    i
                                }
                            }
                            Value::Long(b) => crate::hash::bigint_hash(&b),
                            Value::Bool(b) => b.get() as i64,
                            _ => {
                                return Err(
                                    self.type_error("__hash__ method should return an integer")
                                )
                            }
                        }
                    }
                    _ => match Self::builtin_payload(v) {
                        Some(p) => self.hash(&p)?,
                        None => crate::hash::pointer_hash(v.ptr().unwrap_or(0)),
                    },
                }
            }
            _ => crate::hash::pointer_hash(v.ptr().unwrap_or(0)),
        })
    }

    /// `a == b` as a truth value.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::dict::fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.rich_compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// `COMPARE_OP`.
    pub fn compare(&mut self, a: &Value, b: &Value, arg: u32) -> PyResult<Value> {
        let op = CmpOp::from_arg(arg);
        // The fast path: two small ints.
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(Value::bool(op.test(x.cmp(y))));
        }
        self.rich_compare(a, b, op)
    }

    /// Compares two built-in values without dunder dispatch: `None` when the types do not
    /// compare with this operator.
    fn builtin_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (num::to_num(a), num::to_num(b)) {
            return Ok(Some(match num::compare(&x, &y) {
                Some(o) => op.test(o),
                None => op == CmpOp::Ne,
            }));
        }
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => Ok(Some(op.test(x.s.cmp(&y.s)))),
            (Value::Bytes(x), Value::Bytes(y)) => Ok(Some(op.test(x.b.cmp(&y.b)))),
            (Value::Tuple(x), Value::Tuple(y)) => {
                self.sequence_compare(&x.items, &y.items, op).map(Some)
            }
            (Value::List(x), Value::List(y)) => {
                let x = x.items.borrow().clone();
                let y = y.items.borrow().clone();
                self.sequence_compare(&x, &y, op).map(Some)
            }
            (Value::Slice(x), Value::Slice(y)) => {
                let (x, y) = (
                    vec![x.start.clone(), x.stop.clone(), x.step.clone()],
                    vec![y.start.clone(), y.stop.clone(), y.step.clone()],
                );
                self.sequence_compare(&x, &y, op).map(Some)
            }
            (Value::Dict(x), Value::Dict(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = self.dict_eq(x, y)?;
                Ok(Some(eq == (op == CmpOp::Eq)))
            }
            (Value::Set(x), Value::Set(y)) => {
                crate::builtins::set_compare(self, x, y, op).map(Some)
            }
            (Value::Range(x), Value::Range(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = (x.is_empty() && y.is_empty())
                    || (x.start == y.start
                        && x.len() == y.len()
                        && (x.len() == 1 || x.step == y.step));
                Ok(Some(eq == (op == CmpOp::Eq)))
            }
            _ => {
                if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                    let same = a.is(b);
                    if same || !matches!((a, b), (Value::Instance(_), _) | (_, Value::Instance(_)))
                    {
                        return Ok(Some(same == (op == CmpOp::Eq)));
                    }
                }
                Ok(None)
            }
        }
    }

    fn dict_eq(&mut self, x: &Rc<Dict>, y: &Rc<Dict>) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (k, v) in x.items() {
            match y.get(self, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// Lexicographic comparison of two sequences, as `tuple` and `list` do.
    fn sequence_compare(&mut self, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && x.len() != y.len() {
            return Ok(op == CmpOp::Ne);
        }
        for (p, q) in x.iter().zip(y) {
            if !self.eq(p, q)? {
                if op == CmpOp::Eq {
                    return Ok(false);
                }
                if op == CmpOp::Ne {
                    return Ok(true);
                }
                let r = self.rich_compare(p, q, op)?;
                return self.truthy(&r);
            }
        }
        Ok(op.test(x.len().cmp(&y.len())))
    }

    /// `a op b` for a comparison operator, with the reflected dunder and CPython's error.
    pub fn rich_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        let scalar = |v: &Value| {
            matches!(
                v,
                Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::Str(_) | Value::None
            )
        };
        if scalar(a) && scalar(b) {
            return self.rich_compare_unchecked(a, b, op);
        }
        // `PyObject_RichCompare` counts against the recursion limit.
        self.c_level(" in comparison", |vm| vm.rich_compare_unchecked(a, b, op))
    }

    fn rich_compare_unchecked(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        let a_user = matches!(a, Value::Instance(_) | Value::Other(_));
        let b_user = matches!(b, Value::Instance(_) | Value::Other(_));
        if !a_user && !b_user {
            if let Some(r) = self.builtin_compare(a, b, op)? {
                return Ok(Value::bool(r));
            }
        } else {
            let ta = self.type_of(a);
            let tb = self.type_of(b);
            let reflected_first = !Rc::ptr_eq(&ta, &tb) && tb.is_subtype(&ta) && b_user;
            if reflected_first {
                if let Some(r) = self.try_compare_dunder(b, a, op.swapped())? {
                    return Ok(r);
                }
            }
            if let Some(r) = self.try_compare_dunder(a, b, op)? {
                return Ok(r);
            }
            if !reflected_first {
                if let Some(r) = self.try_compare_dunder(b, a, op.swapped())? {
                    return Ok(r);
                }
            }
            // Subclasses of built-in types compare by their built-in value.
            let pa = Self::builtin_payload(a).unwrap_or_else(|| a.clone());
            let pb = Self::builtin_payload(b).unwrap_or_else(|| b.clone());
            if !matches!(pa, Value::Instance(_)) && !matches!(pb, Value::Instance(_)) {
                if let Some(r) = self.builtin_compare(&pa, &pb, op)? {
                    return Ok(Value::bool(r));
                }
            }
            if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Ok(Value::bool(a.is(b) == (op == CmpOp::Eq)));
            }
        }
        Err(self.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            self.type_name(a),
            self.type_name(b)
        )))
    }

    /// Calls `a.__op__(b)` when `a`'s class defines it in Python; `None` for NotImplemented.
    fn try_compare_dunder(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
        if !matches!(a, Value::Instance(_) | Value::Other(_)) {
            return Ok(None);
        }
        let ty = self.type_of(a);
        // Only methods written in Python count here (and the comparison methods of the
        // runtime's own objects); `object.__ne__` (a builtin) is the default, which inverts
        // __eq__.
        let found = ty.lookup_name(op.dunder());
        let native = matches!((&found, a), (Some(Value::Builtin(_)), Value::Other(_)));
        let Some(f) = found.filter(|f| native || matches!(f, Value::Function(_))) else {
            if op == CmpOp::Ne {
                if let Some(r) = self.try_compare_dunder(a, b, CmpOp::Eq)? {
                    let t = self.truthy(&r)?;
                    return Ok(Some(Value::bool(!t)));
                }
            }
            return Ok(None);
        };
        let r = self.call(&f, &[a.clone(), b.clone()])?;
        Ok(match r {
            Value::NotImplemented => None,
            r => Some(r),
        })
    }

    /// `BINARY_OP arg`.
    pub fn binary_op(&mut self, a: &Value, b: &Value, arg: u32) -> PyResult<Value> {
        let (op, inplace) = BinOp::from_arg(arg);
        if let Some(r) = num::binary(self, a, b, op) {
            return match r {
                Err(e) if op == BinOp::TrueDiv || op == BinOp::FloorDiv || op == BinOp::Mod => {
                    Err(e)
                }
                r => r,
            };
        }
        if inplace {
            if let Some(r) = self.inplace_builtin(a, b, op)? {
                return Ok(r);
            }
            if matches!(a, Value::Instance(_)) {
                let (_, _, idunder) = op.dunders();
                if let Some(r) = self.call_special(a, idunder, std::slice::from_ref(b))? {
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
        }
        self.binary_dispatch(a, b, op, inplace)
    }

    /// The binary operators with dunder dispatch (`binary_op1` in abstract.c).
    pub fn binary_dispatch(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
        inplace: bool,
    ) -> PyResult<Value> {
        let a_user = matches!(a, Value::Instance(_) | Value::Other(_));
        let b_user = matches!(b, Value::Instance(_) | Value::Other(_));
        if a_user || b_user {
            let (dunder, rdunder, _) = op.dunders();
            let ta = self.type_of(a);
            let tb = self.type_of(b);
            let different = !Rc::ptr_eq(&ta, &tb);
            let b_first =
                different && b_user && tb.is_subtype(&ta) && tb.lookup_name(rdunder).is_some();
            if b_first {
                if let Some(r) = self.call_special(b, rdunder, std::slice::from_ref(a))? {
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            if a_user {
                if let Some(r) = self.call_special(a, dunder, std::slice::from_ref(b))? {
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            if different && b_user && !b_first {
                if let Some(r) = self.call_special(b, rdunder, std::slice::from_ref(a))? {
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            // `"..." % obj` formats the object itself, not a built-in value inside it.
            if !a_user && op == BinOp::Mod && matches!(a, Value::Str(_)) {
                return Ok(Value::str(crate::format::percent_format(self, a, b)?));
            }
            // Subclasses of built-in types: the built-in operation on the payloads.
            let pa = Self::builtin_payload(a);
            let pb = Self::builtin_payload(b);
            if pa.is_some() || pb.is_some() {
                let pa = pa.unwrap_or_else(|| a.clone());
                let pb = pb.unwrap_or_else(|| b.clone());
                if !matches!(pa, Value::Instance(_)) && !matches!(pb, Value::Instance(_)) {
                    if let Some(r) = num::binary(self, &pa, &pb, op) {
                        return r;
                    }
                    if let Some(r) = crate::builtins::sequence_binary(self, &pa, &pb, op)? {
                        return Ok(r);
                    }
                }
            }
            // A built-in left operand with a user right operand that declined: the built-in
            // operation (`"%s" % obj`, and the messages of `"a" + obj`).
            if !a_user {
                if let Some(r) = crate::builtins::sequence_binary(self, a, b, op)? {
                    return Ok(r);
                }
            }
        } else if let Some(r) = crate::builtins::sequence_binary(self, a, b, op)? {
            return Ok(r);
        }
        if let Some(msg) = self.sequence_op_message(a, b, op) {
            return Err(self.type_error(msg));
        }
        let sym = if inplace {
            format!("{}=", op.symbol().split(' ').next().unwrap_or(""))
        } else {
            op.symbol().to_string()
        };
        Err(self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            self.type_name(a),
            self.type_name(b)
        )))
    }

    /// The messages of the sequences' own `+` and `*` (`sq_concat`, `sq_repeat`), which
    /// CPython tries after the numeric slots fail.
    fn sequence_op_message(&self, a: &Value, b: &Value, op: BinOp) -> Option<String> {
        let pa = Self::builtin_payload(a).unwrap_or_else(|| a.clone());
        let pb = Self::builtin_payload(b).unwrap_or_else(|| b.clone());
        let seq_name = |v: &Value| match v {
            Value::Str(_) => Some("str"),
            Value::List(_) => Some("list"),
            Value::Tuple(_) => Some("tuple"),
            Value::Bytes(_) => Some("bytes"),
            _ => None,
        };
        match op {
            BinOp::Add => match seq_name(&pa)? {
                "bytes" => Some(format!("can't concat {} to bytes", self.type_name(b))),
                name => Some(format!(
                    "can only concatenate {name} (not \"{}\") to {name}",
                    self.type_name(b)
                )),
            },
            BinOp::Mul => {
                let other = if seq_name(&pa).is_some() {
                    b
                } else if seq_name(&pb).is_some() {
                    a
                } else {
                    return None;
                };
                Some(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(other)
                ))
            }
            _ => None,
        }
    }

    /// The in-place operators of the built-in mutable types (`list += x`, `set |= x`...).
    fn inplace_builtin(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        match (a, op) {
            (Value::List(l), BinOp::Add) => {
                let items = match b {
                    Value::List(o) => o.items.borrow().clone(),
                    _ => self.to_vec(b)?,
                };
                l.items.borrow_mut().extend(items);
                Ok(Some(a.clone()))
            }
            (Value::List(l), BinOp::Mul) => {
                let n = self.index_value(b)?;
                let items = l.items.borrow().clone();
                let repeated = crate::builtins::repeat_items(self, &items, n)?;
                *l.items.borrow_mut() = repeated;
                Ok(Some(a.clone()))
            }
            (Value::Set(s), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
                if !s.frozen && matches!(b, Value::Set(_)) =>
            {
                crate::builtins::set_inplace(self, s, b, op)?;
                Ok(Some(a.clone()))
            }
            (Value::Dict(d), BinOp::Or) => {
                // `dict_ior`: any mapping or iterable of pairs, as `dict.update` takes.
                crate::methods::dict::fill(self, d, Args::new(std::slice::from_ref(b)))?;
                Ok(Some(a.clone()))
            }
            _ => Ok(None),
        }
    }

    /// The unary operators.
    pub fn unary_op(&mut self, v: &Value, op: Unary) -> PyResult<Value> {
        if let Some(r) = num::unary(v, op) {
            return Ok(r);
        }
        let (dunder, sym) = match op {
            Unary::Pos => ("__pos__", "+"),
            Unary::Neg => ("__neg__", "-"),
            Unary::Invert => ("__invert__", "~"),
        };
        if matches!(v, Value::Instance(_) | Value::Other(_)) {
            if let Some(r) = self.call_special(v, dunder, &[])? {
                return Ok(r);
            }
            if let Some(p) = Self::builtin_payload(v) {
                if let Some(r) = num::unary(&p, op) {
                    return Ok(r);
                }
            }
        }
        Err(self.type_error(format!(
            "bad operand type for unary {}: '{}'",
            sym,
            self.type_name(v)
        )))
    }

    /// An int from a value usable as an index (`__index__`), as i64.
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(b.get() as i64),
            Value::Long(_) => Err(self.new_error(
                ExcKind::IndexError,
                "cannot fit 'int' into an index-sized integer",
            )),
            Value::Instance(_) => {
                if let Some(r) = self.call_special(v, "__index__", &[])? {
                    return self.index_value(&r);
                }
                if let Some(p) = Self::builtin_payload(v) {
                    return self.index_value(&p);
                }
                Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                )))
            }
            _ => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }

    // ----- attributes -----

    /// Binds what a class attribute lookup found to the object it was looked up on (the
    /// descriptor protocol's `__get__`).
    pub fn bind_descriptor(&mut self, attr: Value, obj: &Value, ty: &Rc<Type>) -> PyResult<Value> {
        Ok(match &attr {
            Value::Function(_) | Value::Builtin(_) => Value::Method(Rc::new(Method {
                func: attr.clone(),
                receiver: obj.clone(),
            })),
            Value::Other(o) => match &o.kind {
                OtherKind::Property { fget, .. } => {
                    if fget.is_none() {
                        return Err(self.new_error(
                            ExcKind::AttributeError,
                            "property has no getter".to_string(),
                        ));
                    }
                    let fget = fget.clone();
                    self.call(&fget, std::slice::from_ref(obj))?
                }
                OtherKind::StaticMethod(f) => f.clone(),
                OtherKind::ClassMethod(f) => Value::Method(Rc::new(Method {
                    func: f.clone(),
                    receiver: Value::Type(ty.clone()),
                })),
                _ => attr.clone(),
            },
            Value::Instance(_) => {
                let dty = self.type_of(&attr);
                match dty.lookup_name("__get__") {
                    Some(get) => {
                        self.call(&get, &[attr.clone(), obj.clone(), Value::Type(ty.clone())])?
                    }
                    None => attr.clone(),
                }
            }
            _ => attr.clone(),
        })
    }

    /// True for data descriptors (which take precedence over the instance dict).
    fn is_data_descriptor(&self, attr: &Value) -> bool {
        match attr {
            Value::Other(o) => matches!(o.kind, OtherKind::Property { .. }),
            Value::Instance(i) => {
                let t = i.class.borrow();
                t.lookup_name("__set__").is_some() || t.lookup_name("__delete__").is_some()
            }
            _ => false,
        }
    }

    /// `obj.name`.
    pub fn getattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => {
                // `__getattr__` is the last resort of instances.
                if let Value::Instance(i) = obj {
                    let ty = i.class.borrow().clone();
                    if let Some(ga) = ty.lookup_name("__getattr__") {
                        return self.call(&ga, &[obj.clone(), Value::Str(name.clone())]);
                    }
                }
                Err(self.attribute_error(obj, &name.s))
            }
        }
    }

    /// `obj.name` given as Rust text.
    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let name = self.intern(name);
        self.getattr(obj, &name)
    }

    /// CPython's AttributeError for a missing attribute.
    pub fn attribute_error(&mut self, obj: &Value, name: &str) -> PyErr {
        let msg = match obj {
            Value::Module(m) => format!("module '{}' has no attribute '{}'", m.name, name),
            Value::Type(t) => format!("type object '{}' has no attribute '{}'", t.name, name),
            _ => format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name
            ),
        };
        let err = self.new_error(ExcKind::AttributeError, msg);
        if let Some(exc) = err.exception() {
            if let Some(d) = &exc.dict {
                d.set_by_name("name", Value::str(name));
                d.set_by_name("obj", obj.clone());
            }
        }
        err
    }

    /// `obj.name`, or `None` when there is no such attribute (other errors propagate).
    pub fn getattr_opt(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) => {
                let ty = inst.class.borrow().clone();
                let class_attr = ty.lookup(name);
                if let Some(attr) = &class_attr {
                    if self.is_data_descriptor(attr) {
                        return Ok(Some(self.bind_descriptor(attr.clone(), obj, &ty)?));
                    }
                }
                if let Some(d) = &inst.dict {
                    if let Some(v) = d.get_str(name) {
                        return Ok(Some(v));
                    }
                }
                if let Some(slots) = &ty.slots {
                    if let Some(pos) = slots.iter().position(|s| s.s == name.s) {
                        let v = inst.slots.borrow().get(pos).cloned().unwrap_or(Value::Null);
                        if !v.is_null() {
                            return Ok(Some(v));
                        }
                    }
                }
                if let Some(attr) = class_attr {
                    return Ok(Some(self.bind_descriptor(attr, obj, &ty)?));
                }
                crate::methods::special_attr(self, obj, &name.s)
            }
            Value::Type(t) => {
                if let Some(attr) = t.lookup(name) {
                    return Ok(Some(match &attr {
                        Value::Other(o) => match &o.kind {
                            OtherKind::StaticMethod(f) => f.clone(),
                            OtherKind::ClassMethod(f) => Value::Method(Rc::new(Method {
                                func: f.clone(),
                                receiver: obj.clone(),
                            })),
                            _ => attr.clone(),
                        },
                        _ => attr,
                    }));
                }
                if let Some(meta) = t.metaclass.borrow().clone() {
                    if let Some(attr) = meta.lookup(name) {
                        return Ok(Some(self.bind_descriptor(attr, obj, &meta)?));
                    }
                }
                crate::methods::special_attr(self, obj, &name.s)
            }
            Value::Module(m) => Ok(m.dict.get_str(name)),
            Value::Other(o) => {
                if let OtherKind::Super { class, obj: inner } = &o.kind {
                    return self.super_getattr(class, inner, name);
                }
                let ty = self.type_of(obj);
                if let Some(attr) = ty.lookup(name) {
                    return Ok(Some(self.bind_descriptor(attr, obj, &ty)?));
                }
                if let OtherKind::Native(n) = &o.kind {
                    if let Some(v) = n.getattr(self, &name.s)? {
                        return Ok(Some(v));
                    }
                }
                crate::methods::special_attr(self, obj, &name.s)
            }
            Value::Function(f) => {
                if let Some(d) = f.dict.borrow().as_ref() {
                    if let Some(v) = d.get_str(name) {
                        return Ok(Some(v));
                    }
                }
                crate::methods::special_attr(self, obj, &name.s)
            }
            _ => {
                let ty = self.type_of(obj);
                if let Some(attr) = ty.lookup(name) {
                    return Ok(Some(self.bind_descriptor(attr, obj, &ty)?));
                }
                crate::methods::special_attr(self, obj, &name.s)
            }
        }
    }

    /// Attribute lookup through `super()`: along the MRO of `obj`'s type, after `class`.
    fn super_getattr(
        &mut self,
        class: &Rc<Type>,
        obj: &Value,
        name: &Rc<PyStr>,
    ) -> PyResult<Option<Value>> {
        // As CPython's supercheck: a class that derives from `class` is where the lookup
        // starts (super() in a classmethod); otherwise the type of the object (which may be
        // a class itself, when super() is used in a metaclass).
        let class_ctx = matches!(obj, Value::Type(t) if t.is_subtype(class));
        let start_type = match obj {
            Value::Type(t) if class_ctx => t.clone(),
            _ => self.type_of(obj),
        };
        let mro = start_type.full_mro();
        let pos = mro
            .iter()
            .position(|t| Rc::ptr_eq(t, class))
            .map_or(mro.len(), |p| p + 1);
        for t in &mro[pos..] {
            if let Some(attr) = t.dict.get_str(name) {
                if name.s == "__new__" {
                    // `__new__` is a static method: `super().__new__(cls, ...)` is unbound.
                    return Ok(Some(match &attr {
                        Value::Other(o) => match &o.kind {
                            OtherKind::StaticMethod(f) => f.clone(),
                            _ => attr.clone(),
                        },
                        _ => attr,
                    }));
                }
                return Ok(Some(match (&attr, obj) {
                    (Value::Function(_), Value::Type(_)) if class_ctx => attr,
                    (Value::Other(o), _) if matches!(o.kind, OtherKind::ClassMethod(_)) => {
                        let OtherKind::ClassMethod(f) = &o.kind else {
                            unreachable!()
                        };
                        Value::Method(Rc::new(Method {
                            func: f.clone(),
                            receiver: Value::Type(start_type.clone()),
                        }))
                    }
                    _ => self.bind_descriptor(attr, obj, &start_type)?,
                }));
            }
        }
        if name.s == "__class__" {
            return Ok(Some(Value::Type(self.types.super_.clone())));
        }
        Ok(None)
    }

    /// For `LOAD_METHOD`: the plain function to call with `obj` as its first argument, when
    /// the attribute is a method found on the type and not shadowed; `None` otherwise.
    pub fn get_method(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) => {
                let ty = inst.class.borrow().clone();
                let Some(attr) = ty.lookup(name) else {
                    return Ok(None);
                };
                if !matches!(attr, Value::Function(_) | Value::Builtin(_)) {
                    return Ok(None);
                }
                if let Some(d) = &inst.dict {
                    if d.get_str(name).is_some() {
                        return Ok(None);
                    }
                }
                Ok(Some(attr))
            }
            Value::Module(_) | Value::Type(_) | Value::Function(_) => Ok(None),
            Value::Other(o) if matches!(o.kind, OtherKind::Super { .. }) => Ok(None),
            _ => {
                let ty = self.type_of(obj);
                match ty.lookup(name) {
                    Some(attr @ (Value::Builtin(_) | Value::Function(_))) => Ok(Some(attr)),
                    _ => Ok(None),
                }
            }
        }
    }

    /// `obj.name = value`.
    /// `type.__setattr__`: sets an attribute of a class defined in Python.
    pub fn set_type_attr(&mut self, t: &Rc<Type>, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
        if t.builtin {
            return Err(self.type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                name.s, t.name
            )));
        }
        t.dict.set_str(name.clone(), value);
        Ok(())
    }

    pub fn setattr(&mut self, obj: &Value, name: &Rc<PyStr>, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let ty = inst.class.borrow().clone();
                if name.s == "__class__" {
                    return self.set_class(inst, &ty, value);
                }
                if let Some(attr) = ty.lookup(name) {
                    if let Value::Other(o) = &attr {
                        if let OtherKind::Property { fset, .. } = &o.kind {
                            let fset = fset.borrow().clone();
                            if fset.is_none() {
                                return Err(self.new_error(
                                    ExcKind::AttributeError,
                                    format!(
                                        "property '{}' of '{}' object has no setter",
                                        name.s, ty.name
                                    ),
                                ));
                            }
                            self.call(&fset, &[obj.clone(), value])?;
                            return Ok(());
                        }
                    }
                    if let Value::Instance(_) = &attr {
                        let dty = self.type_of(&attr);
                        if let Some(set) = dty.lookup_name("__set__") {
                            self.call(&set, &[attr.clone(), obj.clone(), value])?;
                            return Ok(());
                        }
                    }
                }
                if let Some(sa) = ty.lookup_name("__setattr__") {
                    if matches!(sa, Value::Function(_)) {
                        self.call(&sa, &[obj.clone(), Value::Str(name.clone()), value])?;
                        return Ok(());
                    }
                }
                self.generic_setattr(inst, &ty, name, value)
            }
            Value::Type(t) => {
                // A metaclass's own __setattr__ (enum classes refuse to reassign members).
                if let Some(meta) = t.metaclass.borrow().clone() {
                    if let Some(sa @ Value::Function(_)) = meta.lookup_name("__setattr__") {
                        self.call(&sa, &[obj.clone(), Value::Str(name.clone()), value])?;
                        return Ok(());
                    }
                }
                self.set_type_attr(t, name, value)
            }
            Value::Function(f) => {
                match name.s.as_str() {
                    "__name__" => {
                        if let Value::Str(s) = value {
                            *f.name.borrow_mut() = s;
                        }
                        return Ok(());
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = value {
                            *f.qualname.borrow_mut() = s;
                        }
                        return Ok(());
                    }
                    "__doc__" => {
                        *f.doc.borrow_mut() = value;
                        return Ok(());
                    }
                    _ => {}
                }
                let mut d = f.dict.borrow_mut();
                d.get_or_insert_with(|| Rc::new(Dict::new()))
                    .set_str(name.clone(), value);
                Ok(())
            }
            Value::Module(m) => {
                m.dict.set_str(name.clone(), value);
                Ok(())
            }
            Value::Other(o) => {
                if let OtherKind::Native(n) = &o.kind {
                    if n.setattr(self, &name.s, value.clone())? {
                        return Ok(());
                    }
                }
                Err(self.attribute_error(obj, &name.s))
            }
            _ => {
                let ty = self.type_of(obj);
                if ty.lookup(name).is_some() {
                    Err(self.new_error(
                        ExcKind::AttributeError,
                        format!("'{}' object attribute '{}' is read-only", ty.name, name.s),
                    ))
                } else {
                    Err(self.attribute_error(obj, &name.s))
                }
            }
        }
    }

    /// `obj.__class__ = cls`, between classes defined in Python whose instances are laid out
    /// alike (the same built-in base, the same `__slots__`), as CPython allows.
    fn set_class(&mut self, inst: &Rc<Instance>, ty: &Rc<Type>, value: Value) -> PyResult<()> {
        let Value::Type(new) = &value else {
            return Err(self.type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                self.type_name(&value)
            )));
        };
        if new.builtin || ty.builtin {
            return Err(self.type_error(
                "__class__ assignment only supported for mutable types or ModuleType subclasses",
            ));
        }
        let same_slots = match (&new.slots, &ty.slots) {
            (None, None) => true,
            (Some(a), Some(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.s == y.s),
            _ => false,
        };
        if !same_slots || !Rc::ptr_eq(&new.builtin_base(), &ty.builtin_base()) {
            return Err(self.type_error(format!(
                "__class__ assignment: '{}' object layout differs from '{}'",
                new.name, ty.name
            )));
        }
        *inst.class.borrow_mut() = new.clone();
        Ok(())
    }

    /// `object.__setattr__`: the instance dict or a slot.
    pub fn generic_setattr(
        &mut self,
        inst: &Rc<Instance>,
        ty: &Rc<Type>,
        name: &Rc<PyStr>,
        value: Value,
    ) -> PyResult<()> {
        if crate::exceptions::data(inst).is_some()
            && crate::exceptions::set_attribute(self, inst, &name.s, &value)?
        {
            return Ok(());
        }
        if let Some(slots) = &ty.slots {
            if let Some(pos) = slots.iter().position(|s| s.s == name.s) {
                let mut s = inst.slots.borrow_mut();
                if s.len() <= pos {
                    s.resize(slots.len(), Value::Null);
                }
                s[pos] = value;
                return Ok(());
            }
        }
        match &inst.dict {
            Some(d) => {
                d.set_str(name.clone(), value);
                Ok(())
            }
            None => Err(self.new_error(
                ExcKind::AttributeError,
                format!("'{}' object has no attribute '{}'", ty.name, name.s),
            )),
        }
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let ty = inst.class.borrow().clone();
                if let Some(da @ Value::Function(_)) = ty.lookup_name("__delattr__") {
                    self.call(&da, &[obj.clone(), Value::Str(name.clone())])?;
                    return Ok(());
                }
                if let Some(Value::Other(o)) = ty.lookup(name) {
                    if let OtherKind::Property { fdel, .. } = &o.kind {
                        let fdel = fdel.borrow().clone();
                        if !fdel.is_none() {
                            self.call(&fdel, std::slice::from_ref(obj))?;
                            return Ok(());
                        }
                    }
                }
                if let Some(slots) = &ty.slots {
                    if let Some(pos) = slots.iter().position(|s| s.s == name.s) {
                        let mut s = inst.slots.borrow_mut();
                        if pos < s.len() && !s[pos].is_null() {
                            s[pos] = Value::Null;
                            return Ok(());
                        }
                    }
                }
                if let Some(d) = &inst.dict {
                    if d.remove_str(name).is_some() {
                        return Ok(());
                    }
                }
                Err(self.attribute_error(obj, &name.s))
            }
            Value::Type(t) if !t.builtin => {
                if t.dict.remove_str(name).is_some() {
                    Ok(())
                } else {
                    Err(self.attribute_error(obj, &name.s))
                }
            }
            Value::Module(m) => {
                if m.dict.remove_str(name).is_some() {
                    Ok(())
                } else {
                    Err(self.attribute_error(obj, &name.s))
                }
            }
            _ => Err(self.attribute_error(obj, &name.s)),
        }
    }

    // ----- containers -----

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.chars,
            Value::Bytes(b) => b.b.len(),
            Value::Tuple(t) => t.items.len(),
            Value::List(l) => l.items.borrow().len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) => s.len(),
            Value::Range(r) => r.len() as usize,
            Value::Type(t) if t.metaclass.borrow().is_some() => {
                // A class whose metaclass defines __len__ (enum classes).
                let Some(r) = self.call_special(v, "__len__", &[])? else {
                    return Err(self.type_error(format!(
                        "object of type '{}' has no len()",
                        self.type_name(v)
                    )));
                };
                let n = self.index_value(&r)?;
                if n < 0 {
                    return Err(self.value_error("__len__() should return >= 0"));
                }
                n as usize
            }
            Value::Instance(_) | Value::Other(_) => {
                if let Some(r) = self.call_special(v, "__len__", &[])? {
                    let n = self.index_value(&r)?;
                    if n < 0 {
                        return Err(self.value_error("__len__() should return >= 0"));
                    }
                    return Ok(n as usize);
                }
                if let Some(p) = Self::builtin_payload(v) {
                    return self.len(&p);
                }
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(v)
                )));
            }
            _ => {
                return Err(self.type_error(format!(
                    "object of type '{}' has no len()",
                    self.type_name(v)
                )))
            }
        })
    }

    /// `container[key]`.
    pub fn getitem(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        match (container, key) {
            (Value::List(l), Value::Int(i)) => {
                let items = l.items.borrow();
                let n = items.len() as i64;
                let j = if *i < 0 { i + n } else { *i };
                if j < 0 || j >= n {
                    drop(items);
                    return Err(self.new_error(ExcKind::IndexError, "list index out of range"));
                }
                Ok(items[j as usize].clone())
            }
            (Value::Tuple(t), Value::Int(i)) => {
                let n = t.items.len() as i64;
                let j = if *i < 0 { i + n } else { *i };
                if j < 0 || j >= n {
                    return Err(self.new_error(ExcKind::IndexError, "tuple index out of range"));
                }
                Ok(t.items[j as usize].clone())
            }
            (Value::Dict(d), _) => match d.get(self, key)? {
                Some(v) => Ok(v),
                None => Err(self.new_error_args(ExcKind::KeyError, vec![key.clone()])),
            },
            (Value::Instance(_) | Value::Other(_), _) => {
                if let Some(r) =
                    self.call_special(container, "__getitem__", std::slice::from_ref(key))?
                {
                    return Ok(r);
                }
                Err(self.type_error(format!(
                    "'{}' object is not subscriptable",
                    self.type_name(container)
                )))
            }
            (Value::Type(t), _) => {
                if t.metaclass.borrow().is_some() {
                    // A metaclass's __getitem__ comes first (`Color['RED']`).
                    if let Some(r) =
                        self.call_special(container, "__getitem__", std::slice::from_ref(key))?
                    {
                        return Ok(r);
                    }
                }
                if let Some(f) = t.lookup_name("__class_getitem__") {
                    let f = self.bind_descriptor(f, container, t)?;
                    let f = match f {
                        Value::Method(m) => m.func.clone(),
                        f => f,
                    };
                    return self.call(&f, &[container.clone(), key.clone()]);
                }
                if t.builtin {
                    // `list[int]` and friends: a generic alias; shown as the type itself.
                    return Ok(container.clone());
                }
                Err(self.type_error("'type' object is not subscriptable"))
            }
            _ => crate::methods::sequence_getitem(self, container, key),
        }
    }

    /// `container[key] = value`.
    pub fn setitem(&mut self, container: &Value, key: Value, value: Value) -> PyResult<()> {
        match (container, &key) {
            (Value::List(l), Value::Int(i)) => {
                let mut items = l.items.borrow_mut();
                let n = items.len() as i64;
                let j = if *i < 0 { i + n } else { *i };
                if j < 0 || j >= n {
                    drop(items);
                    return Err(
                        self.new_error(ExcKind::IndexError, "list assignment index out of range")
                    );
                }
                let old = std::mem::replace(&mut items[j as usize], value);
                drop(items);
                drop(old);
                Ok(())
            }
            (Value::Dict(d), _) => d.set(self, key, value),
            (Value::Instance(_) | Value::Other(_), _) => {
                if self
                    .call_special(container, "__setitem__", &[key, value])?
                    .is_some()
                {
                    return Ok(());
                }
                Err(self.type_error(format!(
                    "'{}' object does not support item assignment",
                    self.type_name(container)
                )))
            }
            _ => crate::methods::sequence_setitem(self, container, key, value),
        }
    }

    /// `del container[key]`.
    pub fn delitem(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        match container {
            Value::Dict(d) => match d.remove(self, key)? {
                Some(_) => Ok(()),
                None => Err(self.new_error_args(ExcKind::KeyError, vec![key.clone()])),
            },
            Value::Instance(_) | Value::Other(_) => {
                if self
                    .call_special(container, "__delitem__", std::slice::from_ref(key))?
                    .is_some()
                {
                    return Ok(());
                }
                Err(self.type_error(format!(
                    "'{}' object does not support item deletion",
                    self.type_name(container)
                )))
            }
            _ => crate::methods::sequence_delitem(self, container, key),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.s.contains(sub.s.as_str())),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Value::Bytes(b) => crate::methods::bytes::contains(self, b, item),
            Value::Dict(d) => d.contains(self, item),
            Value::Set(s) => s.contains(self, item),
            Value::List(l) => {
                let items = l.items.borrow().clone();
                for x in &items {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                for x in &t.items {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Range(r) => Ok(matches!(
                crate::methods::range::position(r, item),
                Some(Some(_))
            )),
            Value::Instance(_) | Value::Other(_) => {
                if let Some(r) =
                    self.call_special(container, "__contains__", std::slice::from_ref(item))?
                {
                    return self.truthy(&r);
                }
                if let Some(p) = Self::builtin_payload(container) {
                    return self.contains(&p, item);
                }
                self.contains_by_iter(container, item)
            }
            Value::Type(t) if t.metaclass.borrow().is_some() => {
                if let Some(r) =
                    self.call_special(container, "__contains__", std::slice::from_ref(item))?
                {
                    return self.truthy(&r);
                }
                self.contains_by_iter(container, item)
            }
            _ => self.contains_by_iter(container, item),
        }
    }

    fn contains_by_iter(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if !self.is_iterable(container) {
            return Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            )));
        }
        let it = self.iter(container)?;
        while let Some(x) = self.next(&it)? {
            if self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// True when `iter(v)` would succeed.
    pub fn is_iterable(&self, v: &Value) -> bool {
        match v {
            Value::Str(_)
            | Value::Bytes(_)
            | Value::Tuple(_)
            | Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Range(_)
            | Value::Generator(_)
            | Value::Iter(_) => true,
            Value::Instance(_) | Value::Other(_) => {
                let t = self.type_of(v);
                t.lookup_name("__iter__").is_some() || t.lookup_name("__getitem__").is_some()
            }
            _ => false,
        }
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        crate::iter::make_iter(self, v)
    }

    /// `next(it)`: `None` when the iterator is exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        crate::iter::next(self, it)
    }

    /// All the items of an iterable.
    pub fn to_vec(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.items.borrow().clone()),
            Value::Tuple(t) => Ok(t.items.clone()),
            _ => {
                let it = self.iter(v)?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    if out.len() == out.capacity()
                        && !crate::heap::fits(out.len() * 32, self.heap_cap)
                    {
                        return Err(self.new_error_args(ExcKind::MemoryError, vec![]));
                    }
                    out.push(x);
                }
                Ok(out)
            }
        }
    }

    /// `UNPACK_SEQUENCE n`: exactly `n` items, with CPython's messages.
    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Tuple(t) => t.items.clone(),
            Value::List(l) => l.items.borrow().clone(),
            _ => {
                if !self.is_iterable(v) {
                    return Err(self.type_error(format!(
                        "cannot unpack non-iterable {} object",
                        self.type_name(v)
                    )));
                }
                let it = self.iter(v)?;
                let mut out = Vec::new();
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                }
                out
            }
        };
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {}, got {})",
                n,
                items.len()
            )));
        }
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        Ok(items)
    }

    /// The (key, value) pairs of a mapping (for `**` and `dict.update`).
    pub fn mapping_items(&mut self, v: &Value) -> PyResult<Vec<(Value, Value)>> {
        match v {
            Value::Dict(d) => Ok(d.items()),
            _ => {
                if let Some(Value::Dict(d)) = Self::builtin_payload(v) {
                    return Ok(d.items());
                }
                let ty = self.type_of(v);
                if ty.lookup_name("keys").is_none() {
                    return Err(
                        self.type_error(format!("'{}' object is not a mapping", self.type_name(v)))
                    );
                }
                let keys_fn = self.getattr_str(v, "keys")?;
                let keys = self.call(&keys_fn, &[])?;
                let keys = self.to_vec(&keys)?;
                let mut out = Vec::with_capacity(keys.len());
                for k in keys {
                    let val = self.getitem(v, &k)?;
                    out.push((k, val));
                }
                Ok(out)
            }
        }
    }

    /// Calls a class: creates an instance (or, for built-in types, the built-in value).
    pub fn call_type(&mut self, t: &Rc<Type>, args: Args) -> PyResult<Value> {
        // A metaclass with __call__ overrides instance creation.
        if let Some(meta) = t.metaclass.borrow().clone() {
            if let Some(call) = meta.lookup_name("__call__") {
                if matches!(call, Value::Function(_)) {
                    let mut all = vec![Value::Type(t.clone())];
                    all.extend_from_slice(args.args);
                    return self.call_with(&call, &all, args.kwnames);
                }
            }
        }
        crate::methods::construct(self, t, args)
    }

    /// Calls an object with `__call__`.
    pub fn call_object(&mut self, obj: &Value, args: Args) -> PyResult<Value> {
        let ty = self.type_of(obj);
        if let Value::Other(o) = obj {
            if let OtherKind::Native(n) = &o.kind {
                if let Some(r) = n.call(self, args)? {
                    return Ok(r);
                }
            }
            if let OtherKind::StaticMethod(f) = &o.kind {
                let f = f.clone();
                return self.call_with(&f, args.args, args.kwnames);
            }
        }
        match ty.lookup_name("__call__") {
            Some(f) => {
                let mut all = vec![obj.clone()];
                all.extend_from_slice(args.args);
                self.call_with(&f, &all, args.kwnames)
            }
            None => {
                Err(self.type_error(format!("'{}' object is not callable", self.type_name(obj))))
            }
        }
    }

    /// The name of a function for call error messages (`f()`).
    pub fn func_display_name(&self, f: &Value) -> String {
        // `_PyObject_FunctionStr`: `module.qualname()`, without the module for builtins.
        match f {
            Value::Function(f) => {
                let qualname = f.qualname.borrow().s.clone();
                match &f.module {
                    Value::Str(m) if m.s != "builtins" => format!("{}.{}()", m.s, qualname),
                    _ => format!("{qualname}()"),
                }
            }
            Value::Builtin(b) => match b.owner {
                Some(owner) => format!("{owner}.{}()", b.name),
                None => format!("{}()", b.name),
            },
            Value::Method(m) => self.func_display_name(&m.func),
            Value::Type(t) => {
                let module = t.module.borrow().clone();
                let qualname = t.qualname.borrow().clone();
                if module == "builtins" {
                    format!("{qualname}()")
                } else {
                    format!("{module}.{qualname}()")
                }
            }
            other => format!("{} object", self.type_name(other)),
        }
    }

    /// The TypeError of `f(*x)` when `x` is not iterable (`check_args_iterable`); other
    /// errors pass unchanged.
    pub fn star_args_error(&mut self, err: PyErr, func: &Value, args: &Value) -> PyErr {
        let not_iterable = format!("'{}' object is not iterable", self.type_name(args));
        let matches = self.is_exc_kind(&err, ExcKind::TypeError)
            && err
                .exception()
                .and_then(|e| crate::exceptions::data(e).map(|d| d.borrow().args.clone()))
                .is_some_and(|a| a.len() == 1 && a[0].as_str() == Some(not_iterable.as_str()));
        if !matches {
            return err;
        }
        let msg = format!(
            "{} argument after * must be an iterable, not {}",
            self.func_display_name(func),
            self.type_name(args)
        );
        self.type_error(msg)
    }

    /// True for the values `case {...}` matches (mappings).
    pub fn is_mapping(&self, v: &Value) -> bool {
        match v {
            Value::Dict(_) => true,
            Value::Instance(i) => {
                matches!(&i.payload, Payload::Builtin(p) if matches!(*p.borrow(), Value::Dict(_)))
            }
            _ => false,
        }
    }

    /// True for the values `case [...]` matches (sequences other than str/bytes).
    pub fn is_sequence(&self, v: &Value) -> bool {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
            Value::Instance(i) => matches!(
                &i.payload,
                Payload::Builtin(p) if matches!(*p.borrow(), Value::List(_) | Value::Tuple(_))
            ),
            Value::Other(_) => self.type_of(v).name == "deque",
            _ => false,
        }
    }

    /// `MATCH_KEYS`: the values at `keys` in the mapping, as a tuple, or None.
    pub fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys = self.to_vec(keys)?;
        let mut values = Vec::with_capacity(keys.len());
        for k in &keys {
            let v = match subject {
                Value::Dict(d) => d.get(self, k)?,
                _ => match self.getitem(subject, k) {
                    Ok(v) => Some(v),
                    Err(e) if self.is_exc_kind(&e, ExcKind::KeyError) => None,
                    Err(e) => return Err(e),
                },
            };
            match v {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(values))
    }

    /// `MATCH_CLASS`: the matched attributes as a tuple, or None.
    pub fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        nargs: usize,
        names: &Value,
    ) -> PyResult<Value> {
        let Value::Type(t) = cls else {
            return Err(self.type_error("called match pattern must be a class"));
        };
        if !self.type_of(subject).is_subtype(t) {
            return Ok(Value::None);
        }
        let mut out = Vec::new();
        if nargs > 0 {
            let builtin_self = t.builtin
                && matches!(
                    t.kind,
                    Kind::Bool
                        | Kind::Int
                        | Kind::Float
                        | Kind::Str
                        | Kind::Bytes
                        | Kind::Tuple
                        | Kind::List
                        | Kind::Dict
                        | Kind::Set
                        | Kind::FrozenSet
                );
            if builtin_self {
                if nargs > 1 {
                    return Err(self.type_error(format!(
                        "{}() accepts 1 positional sub-pattern ({} given)",
                        t.name, nargs
                    )));
                }
                out.push(subject.clone());
            } else {
                let match_args = match t.lookup_name("__match_args__") {
                    Some(v) => self.to_vec(&v)?,
                    None => Vec::new(),
                };
                if nargs > match_args.len() {
                    return Err(self.type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        t.name,
                        match_args.len(),
                        if match_args.len() == 1 { "" } else { "s" },
                        nargs
                    )));
                }
                for name in &match_args[..nargs] {
                    let Value::Str(name) = name else {
                        return Err(self.type_error("__match_args__ elements must be strings"));
                    };
                    match self.getattr_opt(subject, name)? {
                        Some(v) => out.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        for name in self.to_vec(names)? {
            let Value::Str(name) = name else { continue };
            match self.getattr_opt(subject, &name)? {
                Some(v) => out.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(Value::tuple(out))
    }

    /// `IMPORT_NAME`: the supported modules.
    pub fn import(&mut self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.get_by_name(name) {
            return Ok(m);
        }
        let top = name.split('.').next().unwrap_or(name);
        match crate::modules::load(self, name)? {
            Some(m) => {
                self.modules.set_by_name(name, m.clone());
                if top != name {
                    // `import a.b`: the parent is imported too, and gets `b` as an attribute.
                    let (parent, child) = name.rsplit_once('.').unwrap_or((top, name));
                    let parent_module = self.import(parent)?;
                    if let Value::Module(pm) = &parent_module {
                        pm.dict.set_by_name(child, m);
                    }
                    return self.import(top);
                }
                Ok(m)
            }
            None => {
                let err = self.new_error(
                    ExcKind::ModuleNotFoundError,
                    format!("No module named '{name}'"),
                );
                Err(err)
            }
        }
    }

    /// `format(value, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        crate::format::format_value(self, v, spec)
    }

    /// Sends a value into a generator (or calls `next` on another iterator) for `SEND`.
    pub fn send(&mut self, receiver: &Value, v: Value) -> PyResult<crate::generator::Sent> {
        crate::generator::send_to(self, receiver, v)
    }
}
