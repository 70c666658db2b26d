//! Type objects: classes defined in Python and the built-in types, their method resolution
//! order (C3, as `type.mro()` computes it) and attribute lookup along it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::dict::Dict;
use crate::value::{Builtin, NativeFn, PyStr, Value};

/// What an instance of a type is made of: the built-in layout a class derives from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Object,
    NoneType,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Type,
    Module,
    Cell,
    Code,
    Generator,
    Iterator,
    BaseException,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    Ellipsis,
    NotImplemented,
    /// A type provided by a module (file, lock, deque...).
    Native,
}

/// A class.
pub struct Type {
    pub name: String,
    pub qualname: RefCell<String>,
    pub module: RefCell<String>,
    pub bases: RefCell<Vec<Rc<Type>>>,
    /// The method resolution order without the class itself.
    pub mro: RefCell<Vec<Rc<Type>>>,
    pub dict: Rc<Dict>,
    pub kind: Kind,
    /// True for types written in Rust: their attributes cannot be set.
    pub builtin: bool,
    /// The names of `__slots__`, when the class (or a base) defines them and has no `__dict__`.
    pub slots: Option<Vec<Rc<PyStr>>>,
    /// The metaclass, when it is not `type`.
    pub metaclass: RefCell<Option<Rc<Type>>>,
    /// Attribute lookups along the MRO, by name object, valid while no dict of the MRO has
    /// been written to (3.11's type version tags serve the same end).
    pub cache: RefCell<hashbrown::HashMap<usize, CachedLookup>>,
    /// The same for names given as string literals (special methods), by the literal.
    pub static_cache: RefCell<hashbrown::HashMap<usize, (u64, Option<Value>)>>,
    /// For a call of the class: the `__init__` that `object.__new__` then a Python `__init__`
    /// would run (None when the call is not that plain), valid for the MRO version beside it.
    pub plain_init: RefCell<Option<(u64, Option<Rc<crate::value::Function>>)>>,
    /// `mro_version` as computed at a class epoch: (epoch, version).
    pub version_memo: Cell<(u64, u64)>,
}

thread_local! {
    /// Advanced by every write to the dict of any class (`Dict::watched`). A class's
    /// memoised MRO version holds while the epoch is the one it was computed at; as no class
    /// is written to in most programs' hot loops, attribute caches then check one number
    /// instead of every dict along the MRO.
    static CLASS_EPOCH: Cell<u64> = const { Cell::new(0) };
}

/// The current class epoch.
#[inline]
fn class_epoch() -> u64 {
    CLASS_EPOCH.with(Cell::get)
}

/// Marks every memoised MRO version stale (a class's dict was written to).
pub fn advance_class_epoch() {
    CLASS_EPOCH.with(|e| e.set(e.get().wrapping_add(1)));
}

/// The dict of a new class: watched, so that writes to it advance the class epoch.
pub fn class_dict(dict: Rc<Dict>) -> Rc<Dict> {
    dict.watched.set(true);
    advance_class_epoch();
    dict
}

/// One remembered attribute lookup.
pub struct CachedLookup {
    /// The name looked up, kept alive so its address stays its identity.
    name: Rc<PyStr>,
    version: u64,
    value: Option<Value>,
}

impl Type {
    /// A built-in type.
    pub fn builtin(name: &str, base: Option<&Rc<Type>>, kind: Kind) -> Rc<Type> {
        let bases: Vec<Rc<Type>> = base.into_iter().cloned().collect();
        let mut mro = Vec::new();
        if let Some(b) = base {
            mro.push(b.clone());
            mro.extend(b.mro.borrow().iter().cloned());
        }
        Rc::new(Type {
            name: name.to_string(),
            qualname: RefCell::new(name.to_string()),
            module: RefCell::new("builtins".to_string()),
            bases: RefCell::new(bases),
            mro: RefCell::new(mro),
            dict: class_dict(Rc::new(Dict::new())),
            kind,
            builtin: true,
            slots: None,
            metaclass: RefCell::new(None),
            cache: RefCell::new(hashbrown::HashMap::new()),
            static_cache: RefCell::new(hashbrown::HashMap::new()),
            plain_init: RefCell::new(None),
            version_memo: Cell::new((u64::MAX, 0)),
        })
    }

    /// Adds Rust functions as methods of a built-in type.
    pub fn add_methods(self: &Rc<Type>, methods: &[(&'static str, NativeFn)]) {
        let owner: &'static str = Box::leak(self.name.clone().into_boxed_str());
        for (name, func) in methods {
            self.dict.set_by_name(
                name,
                Value::Builtin(Rc::new(Builtin::new(name, *func, Some(owner), Value::None))),
            );
        }
    }

    /// The sum of the write versions of the dicts along the MRO: it changes whenever any of
    /// them is written to.
    pub(crate) fn mro_version(&self) -> u64 {
        // The sum stays valid until some class's dict is written to: until then, the one
        // computed last is the answer, without walking the MRO.
        let epoch = class_epoch();
        let (memo_epoch, memo) = self.version_memo.get();
        if memo_epoch == epoch {
            return memo;
        }
        let mut v = self.dict.version.get();
        for base in self.mro.borrow().iter() {
            v = v.wrapping_add(base.dict.version.get());
        }
        self.version_memo.set((epoch, v));
        v
    }

    /// Looks an attribute up along the MRO (`_PyType_Lookup`), through the lookup cache.
    pub fn lookup(&self, name: &Rc<PyStr>) -> Option<Value> {
        let version = self.mro_version();
        let key = Rc::as_ptr(name) as usize;
        if let Some(e) = self.cache.borrow().get(&key) {
            if e.version == version && Rc::ptr_eq(&e.name, name) {
                return e.value.clone();
            }
        }
        let value = self.lookup_uncached(name);
        let mut cache = self.cache.borrow_mut();
        if cache.len() < 4096 {
            cache.insert(
                key,
                CachedLookup {
                    name: name.clone(),
                    version,
                    value: value.clone(),
                },
            );
        }
        value
    }

    /// Looks an attribute up along the MRO without the cache.
    pub fn lookup_uncached(&self, name: &PyStr) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for base in self.mro.borrow().iter() {
            if let Some(v) = base.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// Looks an attribute named by a string literal up along the MRO, through the cache.
    pub fn lookup_name(&self, name: &'static str) -> Option<Value> {
        // Keyed by the literal's address (stable and unique for a `'static` str).
        let key = name.as_ptr() as usize ^ (name.len() << 56);
        let version = self.mro_version();
        if let Some((v, value)) = self.static_cache.borrow().get(&key) {
            if *v == version {
                return value.clone();
            }
        }
        let value = self.lookup_uncached(&static_name(name));
        self.static_cache
            .borrow_mut()
            .insert(key, (version, value.clone()));
        value
    }

    /// True when `self` is `other` or derives from it.
    pub fn is_subtype(self: &Rc<Type>, other: &Rc<Type>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.borrow().iter().any(|t| Rc::ptr_eq(t, other))
    }

    /// The full MRO, the class first.
    pub fn full_mro(self: &Rc<Type>) -> Vec<Rc<Type>> {
        let mut out = vec![self.clone()];
        out.extend(self.mro.borrow().iter().cloned());
        out
    }

    /// The nearest built-in class in the MRO (for a built-in type, itself).
    pub fn builtin_base(self: &Rc<Type>) -> Rc<Type> {
        if self.builtin {
            return self.clone();
        }
        self.mro
            .borrow()
            .iter()
            .find(|t| t.builtin)
            .cloned()
            .unwrap_or_else(|| self.clone())
    }
}

/// The string object of a name literal, made once per thread (so that lookups of special
/// methods by name hit the lookup cache).
pub fn static_name(name: &'static str) -> Rc<PyStr> {
    thread_local! {
        static NAMES: RefCell<hashbrown::HashMap<(usize, usize), Rc<PyStr>>> =
            RefCell::new(hashbrown::HashMap::new());
    }
    let key = (name.as_ptr() as usize, name.len());
    NAMES.with(|n| {
        if let Some(s) = n.borrow().get(&key) {
            return s.clone();
        }
        let s = Rc::new(PyStr::new(name.to_string()));
        n.borrow_mut().insert(key, s.clone());
        s
    })
}

/// The C3 linearisation of a new class with `bases`, without the class itself; `Err` with
/// CPython's message when no consistent order exists.
pub fn c3_mro(bases: &[Rc<Type>]) -> Result<Vec<Rc<Type>>, String> {
    let mut seqs: Vec<Vec<Rc<Type>>> = bases.iter().map(|b| b.full_mro()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Type>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut candidate = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, head)));
            if !in_tail {
                candidate = Some(head.clone());
                break;
            }
        }
        let Some(next) = candidate else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = s[0].name.clone();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}
