//! The object model: `Value`, the one type every Python object is seen through, and the
//! structures behind its reference-counted variants.
//!
//! Small things (None, bools, ints that fit in 64 bits, floats) live inline in the value;
//! everything else is an `Rc`, whose strong count is the object's reference count, as
//! `sys.getrefcount` reports it. Mutable objects keep their contents in a `RefCell`.

use std::cell::{Cell as StdCell, RefCell};
use std::rc::Rc;

use num_bigint::BigInt;

use crate::dict::Dict;
use crate::interp::Code;
use crate::set::Set;
use crate::types::Type;

/// Evaluates `$e` with `$r` bound to the `Rc` of whichever heap variant `$v` is, or `$inline`
/// for the values kept inline.
macro_rules! on_heap {
    ($v:expr, $r:ident => $e:expr, $inline:expr) => {
        match $v {
            Value::Long($r) => $e,
            Value::Str($r) => $e,
            Value::Bytes($r) => $e,
            Value::Tuple($r) => $e,
            Value::List($r) => $e,
            Value::Dict($r) => $e,
            Value::Set($r) => $e,
            Value::Range($r) => $e,
            Value::Slice($r) => $e,
            Value::Function($r) => $e,
            Value::Builtin($r) => $e,
            Value::Method($r) => $e,
            Value::Type($r) => $e,
            Value::Instance($r) => $e,
            Value::Module($r) => $e,
            Value::Cell($r) => $e,
            Value::Code($r) => $e,
            Value::Generator($r) => $e,
            Value::Iter($r) => $e,
            Value::Other($r) => $e,
            Value::Null
            | Value::None
            | Value::Ellipsis
            | Value::NotImplemented
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_) => $inline,
        }
    };
}

/// A Python object, or one of the interpreter's internal markers.
///
/// The tag is a whole `u64` (`repr(u64)`) and every payload is one 64-bit integer or pointer
/// (a bool and a float are kept as such, see [`PyBool`] and [`PyFloat`]): a value is then a
/// pair of scalars to the compiler, passed in two registers and copied as two words. With a
/// one-byte tag, or a `bool` or `f64` payload, it is a 16-byte blob instead, copied with one
/// vector load; and a blob just written as two words (a new int, a comparison's bool) and
/// then read that way stalls the processor on every push (the load cannot be forwarded from
/// the two smaller stores). The variants without a reference count come first, so one
/// comparison of the tag tells them from heap objects (`Value::is_inline`).
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    /// CPython's NULL: an unbound local, or the marker `PUSH_NULL` leaves below a callable.
    /// Programs never see it.
    #[default]
    Null,
    None,
    Ellipsis,
    NotImplemented,
    Bool(PyBool),
    /// An int that fits in 64 bits.
    Int(i64),
    Float(PyFloat),
    /// An int that does not fit in 64 bits (never one that does).
    Long(Rc<BigInt>),
    Str(Rc<PyStr>),
    Bytes(Rc<PyBytes>),
    Tuple(Rc<Tuple>),
    List(Rc<List>),
    Dict(Rc<Dict>),
    Set(Rc<Set>),
    Range(Rc<Range>),
    Slice(Rc<Slice>),
    Function(Rc<Function>),
    /// A function written in Rust, or a method descriptor of a built-in type.
    Builtin(Rc<Builtin>),
    /// A bound method: a callable with its first argument fixed.
    Method(Rc<Method>),
    Type(Rc<Type>),
    /// An instance of a class defined in Python (and of the built-in exception classes).
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Cell(Rc<Cell>),
    Code(Rc<Code>),
    Generator(Rc<crate::generator::Generator>),
    /// The built-in iterators (over lists, ranges, dicts, `enumerate`, `zip`, `map`...).
    Iter(Rc<crate::iter::Iter>),
    /// Everything else the runtime provides: properties, static and class methods, `super`
    /// objects, files, locks, threads, `functools.partial`, `collections.deque`...
    Other(Rc<Other>),
}

/// A bool payload: a whole word, 0 or 1, so that every payload of [`Value`] is a 64-bit
/// integer or pointer (see there). `Value::Bool(b)` binds one; `b.get()` is the `bool`.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct PyBool(u64);

impl PyBool {
    pub const FALSE: PyBool = PyBool(0);
    pub const TRUE: PyBool = PyBool(1);

    #[inline(always)]
    pub const fn new(b: bool) -> PyBool {
        PyBool(b as u64)
    }

    #[inline(always)]
    pub const fn get(self) -> bool {
        self.0 != 0
    }
}

impl std::fmt::Debug for PyBool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

/// A float payload: the bits of an `f64` in a `u64`, for the same reason as [`PyBool`].
/// `Value::Float(x)` binds one; `x.get()` is the `f64`.
#[derive(Clone, Copy)]
#[repr(transparent)]
pub struct PyFloat(u64);

impl PyFloat {
    #[inline(always)]
    pub const fn new(x: f64) -> PyFloat {
        PyFloat(x.to_bits())
    }

    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

impl std::fmt::Debug for PyFloat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.get().fmt(f)
    }
}

impl Clone for Value {
    /// Copies inline values without a call; a heap object's copy raises its reference count
    /// in line, the one increment CPython's `Py_INCREF` is.
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Some(rc) = self.counted() {
            std::mem::forget(Rc::clone(rc));
        }
        // SAFETY: an inline value owns nothing, and a heap value's count was raised above, so
        // the bitwise copy is a value in its own right (what `Rc::clone` returns, bit for bit).
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// The tag of `Float`, the last variant without a reference count.
    const LAST_INLINE: u64 = 6;

    /// The discriminant: `repr(u64)` puts it in the first word.
    #[inline(always)]
    fn tag(&self) -> u64 {
        // SAFETY: a `repr(u64)` enum starts with its `u64` discriminant.
        unsafe { *(self as *const Value as *const u64) }
    }

    /// True for the values without a reference count (NULL, None, Ellipsis, NotImplemented,
    /// bools, small ints, floats): the variants declared before `Long`.
    #[inline(always)]
    pub fn is_inline(&self) -> bool {
        self.tag() <= Value::LAST_INLINE
    }

    /// A heap value's `Rc`, seen as an `Rc` of one fixed type, for its reference count only.
    ///
    /// Every heap variant holds a thin `Rc` in the word after the tag, and an `Rc` keeps its
    /// counts at the start of its allocation whatever it points to, so raising or lowering
    /// a count through this view is raising or lowering the object's. Going through the
    /// variant's own `Rc` instead is a jump over the variants on every copy (the compiler
    /// does not merge the identical arms). Only `Rc::clone` and a drop that cannot be the
    /// last (see `release`) may be applied to it.
    #[inline(always)]
    fn counted(&self) -> Option<&std::mem::ManuallyDrop<Rc<u64>>> {
        if self.is_inline() {
            return None;
        }
        // SAFETY: as above; the view lives no longer than `self`, which keeps the object.
        Some(unsafe {
            &*((self as *const Value as *const u64).add(1)
                as *const std::mem::ManuallyDrop<Rc<u64>>)
        })
    }

    /// Lets the value go: for a heap object that is not its last reference, the count is
    /// lowered in line (CPython's `Py_DECREF` when the count stays above zero); only the last
    /// reference goes through the object's destructor.
    #[inline(always)]
    pub fn release(self) {
        match self.counted() {
            None => std::mem::forget(self),
            Some(rc) if Rc::strong_count(rc) > 1 => {
                // SAFETY: a copy of the view is the reference `self` holds; it is not the last
                // strong one, so dropping it only lowers the count, and `self` is forgotten,
                // so the reference is let go exactly once.
                drop(unsafe { std::ptr::read(&**rc) });
                std::mem::forget(self);
            }
            Some(_) => drop(self),
        }
    }

    pub const TRUE: Value = Value::Bool(PyBool::TRUE);
    pub const FALSE: Value = Value::Bool(PyBool::FALSE);

    /// A bool value.
    #[inline(always)]
    pub const fn bool(b: bool) -> Value {
        Value::Bool(PyBool::new(b))
    }

    /// A float value.
    #[inline(always)]
    pub const fn float(x: f64) -> Value {
        Value::Float(PyFloat::new(x))
    }

    /// A new string value.
    pub fn str(s: impl Into<String>) -> Value {
        Value::Str(Rc::new(PyStr::new(s.into())))
    }

    /// The decimal text of a small int as a new string value: what `str(i)` gives, written
    /// digit by digit rather than through the formatting machinery (CPython's
    /// `long_to_decimal_string` fast path for one-digit ints does the same).
    pub fn int_str(i: i64) -> Value {
        let mut text = [0u8; 20];
        let mut n = i.unsigned_abs();
        let mut start = text.len();
        loop {
            start -= 1;
            text[start] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        if i < 0 {
            start -= 1;
            text[start] = b'-';
        }
        // SAFETY: `text[start..]` holds only ASCII digits and a minus sign.
        let s = unsafe { std::str::from_utf8_unchecked(&text[start..]) };
        Value::Str(Rc::new(PyStr::new(s.to_string())))
    }

    /// A new tuple value.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(Tuple { items }))
    }

    /// A new list value.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(List::new(items)))
    }

    /// An int value from a big integer, kept inline when it fits.
    pub fn from_bigint(i: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match i.to_i64() {
            Some(small) => Value::Int(small),
            None => Value::Long(Rc::new(i)),
        }
    }

    /// True for the NULL marker.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// True for None.
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// `a is b`: the same object (equal inline values count as the same object, as CPython's
    /// cached small ints and singletons do).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null) | (None, None) | (Ellipsis, Ellipsis) => true,
            (NotImplemented, NotImplemented) => true,
            (Bool(a), Bool(b)) => a.get() == b.get(),
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.get().to_bits() == b.get().to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of a heap object, its identity; `None` for inline values.
    pub fn ptr(&self) -> Option<usize> {
        on_heap!(self, r => Some(Rc::as_ptr(r) as *const u8 as usize), None)
    }

    /// The reference count of a heap object (the `Rc`'s strong count).
    pub fn refcount(&self) -> Option<usize> {
        on_heap!(self, r => Some(Rc::strong_count(r)), None)
    }

    /// The string inside a str value.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(&s.s),
            _ => None,
        }
    }
}

/// A str: its text, its length in code points, and its hash once computed.
pub struct PyStr {
    pub s: String,
    /// The number of code points (equal to `s.len()` for ASCII text).
    pub chars: usize,
    hash: StdCell<i64>,
}

impl PyStr {
    /// Appends `other` (for the in-place `+=` of a string nothing else refers to).
    pub fn append(&mut self, other: &PyStr) {
        crate::heap::track_alloc(other.s.len());
        self.s.push_str(&other.s);
        self.chars += other.chars;
        self.hash.set(-1);
    }

    /// A new string.
    pub fn new(s: String) -> PyStr {
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        crate::heap::track_alloc(s.len());
        PyStr {
            s,
            chars,
            hash: StdCell::new(-1),
        }
    }

    /// True when every character is ASCII (so byte and character indices agree).
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// Python's `hash(str)` (with hash randomisation off, as under `PYTHONHASHSEED=0`).
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = crate::hash::str_hash(&self.s);
        self.hash.set(h);
        h
    }
}

impl Drop for PyStr {
    fn drop(&mut self) {
        crate::heap::track_free(self.s.len());
    }
}

/// A bytes object.
pub struct PyBytes {
    pub b: Vec<u8>,
}

/// A tuple.
pub struct Tuple {
    pub items: Vec<Value>,
}

/// A list.
pub struct List {
    pub items: RefCell<Vec<Value>>,
}

impl List {
    /// A new list holding `items`.
    pub fn new(items: Vec<Value>) -> List {
        crate::heap::track_alloc(items.capacity() * std::mem::size_of::<Value>());
        List {
            items: RefCell::new(items),
        }
    }
}

impl Drop for List {
    fn drop(&mut self) {
        let items = std::mem::take(self.items.get_mut());
        crate::heap::track_free(items.capacity() * std::mem::size_of::<Value>());
        if !items.is_empty() {
            crate::trashcan::dispose(items);
        }
    }
}

impl Drop for Tuple {
    fn drop(&mut self) {
        let items = std::mem::take(&mut self.items);
        if !items.is_empty() {
            crate::trashcan::dispose(items);
        }
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        let dict = self.dict.take();
        let slots = std::mem::take(self.slots.get_mut());
        let payload = std::mem::replace(&mut self.payload, Payload::None);
        crate::trashcan::dispose((dict, slots, payload));
    }
}

/// A range object: `range(start, stop, step)` over 64-bit ints.
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    /// The number of items.
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = if self.step > 0 {
            (self.start as i128, self.stop as i128, self.step as i128)
        } else {
            (self.stop as i128, self.start as i128, -(self.step as i128))
        };
        if lo >= hi {
            0
        } else {
            ((hi - lo - 1) / step + 1) as i64
        }
    }

    /// True when the range is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A slice object.
pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Slice {
    /// True when the bounds are small ints or None: reading them runs no Python code (no
    /// `__index__`), so a sequence can be sliced without guarding against it changing.
    pub fn is_plain(&self) -> bool {
        [&self.start, &self.stop, &self.step]
            .iter()
            .all(|v| matches!(v, Value::Int(_) | Value::None))
    }
}

/// A function defined in Python.
pub struct Function {
    pub code: Rc<Code>,
    pub globals: Rc<Dict>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    /// Positional defaults, for the last parameters.
    pub defaults: RefCell<Vec<Value>>,
    /// Keyword-only defaults.
    pub kwdefaults: RefCell<Option<Rc<Dict>>>,
    /// The cells of the free variables.
    pub closure: Vec<Rc<Cell>>,
    pub annotations: RefCell<Value>,
    /// `__dict__`: attributes set on the function, created on first use.
    pub dict: RefCell<Option<Rc<Dict>>>,
    pub doc: RefCell<Value>,
    pub module: Value,
}

/// What the keyword arguments of a call look like to a built-in function: the names of the
/// last `kwnames.len()` values of `args`.
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub args: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    /// Positional arguments only.
    pub fn new(args: &'a [Value]) -> Args<'a> {
        Args { args, kwnames: &[] }
    }

    /// The positional arguments.
    pub fn positional(&self) -> &'a [Value] {
        &self.args[..self.args.len() - self.kwnames.len()]
    }

    /// The keyword arguments as (name, value) pairs.
    pub fn keywords(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        let values = &self.args[self.args.len() - self.kwnames.len()..];
        self.kwnames
            .iter()
            .map(|n| n.as_str().unwrap_or(""))
            .zip(values.iter())
    }

    /// The keyword argument called `name`, if given.
    pub fn kw(&self, name: &str) -> Option<&'a Value> {
        self.keywords().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

/// The signature of every function written in Rust.
pub type NativeFn = fn(&mut crate::interp::Vm, Args) -> crate::PyResult<Value>;

/// A function written in Rust: a builtin, a module function, or a method of a built-in type.
pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// For methods of built-in types, the type's name (for repr and error messages).
    pub owner: Option<&'static str>,
    /// Data the function was made with (`functools.partial` and similar keep theirs elsewhere).
    pub data: Value,
    /// The C-level recursion checks a call of it makes in CPython 3.11, before and after the
    /// calling code is quickened (see `Vm::c_levels`), worked out once by name.
    pub levels: [u8; 2],
    /// True for `list.append`, which quickened code calls without a C call (3.11's
    /// `PRECALL_NO_KW_LIST_APPEND`).
    pub list_append: bool,
}

impl Builtin {
    pub fn new(
        name: &'static str,
        func: NativeFn,
        owner: Option<&'static str>,
        data: Value,
    ) -> Builtin {
        let levels = [
            crate::interp::builtin_c_levels(name, owner, false),
            crate::interp::builtin_c_levels(name, owner, true),
        ];
        Builtin {
            name,
            func,
            owner,
            data,
            levels,
            list_append: name == "append" && owner == Some("list"),
        }
    }
}

/// A bound method.
pub struct Method {
    pub func: Value,
    pub receiver: Value,
}

/// An instance of a class defined in Python, or of a built-in exception class.
pub struct Instance {
    pub class: RefCell<Rc<Type>>,
    /// `__dict__`; absent for classes with `__slots__`.
    pub dict: Option<Rc<Dict>>,
    /// The values of `__slots__`, in the class's slot order.
    pub slots: RefCell<Vec<Value>>,
    /// What the built-in base class keeps (the exception's state, the list of a list subclass...).
    pub payload: Payload,
}

/// What an instance keeps for the built-in class it derives from.
pub enum Payload {
    None,
    /// Boxed: an exception's state is large, and every instance would carry its size.
    Exception(Box<RefCell<crate::exceptions::ExcData>>),
    /// A subclass of a built-in type (int, str, list, dict...): the built-in value itself.
    Builtin(RefCell<Value>),
}

/// A module object.
pub struct Module {
    pub name: String,
    pub dict: Rc<Dict>,
}

/// A cell, holding a variable shared between a function and its closures.
pub struct Cell {
    pub value: RefCell<Value>,
}

impl Cell {
    /// A new cell holding `value` (NULL for an empty cell).
    pub fn new(value: Value) -> Cell {
        Cell {
            value: RefCell::new(value),
        }
    }
}

/// Runtime objects that are neither containers nor functions.
pub struct Other {
    pub kind: OtherKind,
}

/// The kinds of [`Other`] objects.
pub enum OtherKind {
    Property {
        fget: Value,
        fset: RefCell<Value>,
        fdel: RefCell<Value>,
        doc: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super(cls, obj)`.
    Super {
        class: Rc<Type>,
        obj: Value,
    },
    /// Anything a module defines (files, locks, threads, partials, deques, counters...): the
    /// module's own state behind a trait object.
    Native(Box<dyn crate::native::NativeObject>),
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `is_inline` compares the tag with `Float`'s: the variants before it own nothing, the
    /// ones after it are heap objects.
    #[test]
    fn inline_variants_come_first() {
        assert_eq!(Value::float(0.0).tag(), Value::LAST_INLINE);
        for v in [
            Value::Null,
            Value::None,
            Value::Ellipsis,
            Value::NotImplemented,
        ] {
            assert!(v.is_inline());
        }
        assert!(Value::TRUE.is_inline() && Value::Int(-1).is_inline());
        let s = Value::str("x");
        assert!(!s.is_inline());
        let copy = s.clone();
        assert_eq!(s.refcount(), Some(2));
        drop(copy);
        assert_eq!(s.refcount(), Some(1));
    }

    /// `clone` and `release` change the count of whichever heap variant they are given
    /// through one fixed view of its `Rc`; the last `release` runs the destructor.
    #[test]
    fn clone_and_release_count_every_kind() {
        let dict = Value::Dict(Rc::new(Dict::new()));
        let long = Value::Long(Rc::new(BigInt::from(1u8) << 100));
        for v in [
            Value::str("x"),
            Value::list(vec![Value::Int(1)]),
            Value::tuple(vec![Value::str("y")]),
            dict,
            long,
        ] {
            assert_eq!(v.refcount(), Some(1));
            let a = v.clone();
            let b = a.clone();
            assert_eq!(v.refcount(), Some(3));
            a.release();
            assert_eq!(v.refcount(), Some(2));
            b.release();
            assert_eq!(v.refcount(), Some(1));
        }
        // The last reference: the object is freed (its contents let go).
        let inner = Value::str("inner");
        let list = Value::list(vec![inner.clone()]);
        assert_eq!(inner.refcount(), Some(2));
        list.release();
        assert_eq!(inner.refcount(), Some(1));
        Value::Int(5).release();
    }
}
