//! The type checker's types and its unification table, with rustc's integer and float literal
//! defaulting (`{integer}` becomes `i32`, `{float}` becomes `f64`).
//!
//! [`Ty`] is a plain enum: inference variables are ids into an [`InferTable`], which binds them
//! as unification proceeds. [`Ty::Error`] stands for anything the checker cannot type yet (std
//! methods without a signature, trait objects, fn pointers): it unifies with every type
//! silently, as rustc's `ty::Error` does, so that valid programs never get a false error.
//! Generic parameters are [`Ty::Param`] (rigid inside the generic item, replaced by fresh
//! variables at each use with [`subst`]); closures are [`Ty::Closure`], whose signature the
//! checker keeps per body.

use std::fmt::Write as _;

use crate::hir::{ItemId, Mutability};

/// The integer types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntTy {
    I8,
    I16,
    I32,
    I64,
    I128,
    Isize,
    U8,
    U16,
    U32,
    U64,
    U128,
    Usize,
}

impl IntTy {
    /// The type's name as written.
    pub fn name(self) -> &'static str {
        use IntTy::*;
        match self {
            I8 => "i8",
            I16 => "i16",
            I32 => "i32",
            I64 => "i64",
            I128 => "i128",
            Isize => "isize",
            U8 => "u8",
            U16 => "u16",
            U32 => "u32",
            U64 => "u64",
            U128 => "u128",
            Usize => "usize",
        }
    }

    /// The integer type with this name, if any.
    pub fn from_name(name: &str) -> Option<IntTy> {
        use IntTy::*;
        Some(match name {
            "i8" => I8,
            "i16" => I16,
            "i32" => I32,
            "i64" => I64,
            "i128" => I128,
            "isize" => Isize,
            "u8" => U8,
            "u16" => U16,
            "u32" => U32,
            "u64" => U64,
            "u128" => U128,
            "usize" => Usize,
            _ => return None,
        })
    }
}

/// The float types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FloatTy {
    F32,
    F64,
}

impl FloatTy {
    /// The type's name as written.
    pub fn name(self) -> &'static str {
        match self {
            FloatTy::F32 => "f32",
            FloatTy::F64 => "f64",
        }
    }
}

/// A struct or enum: one of the crate's, or one of the std types the checker knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Adt {
    /// A struct or enum item of the crate.
    Local(ItemId),
    String,
    Vec,
    Box,
    Option,
    Result,
    /// `std::collections::HashMap<K, V>`.
    HashMap,
    /// `std::rc::Rc<T>` (not `Send`).
    Rc,
    /// Some std iterator yielding its one type argument (`Iter<'_, T>`, `Map<I, F>`, …): the
    /// checker does not tell the adapter types apart, so it never names one in a diagnostic.
    Iter,
}

/// A type.
#[derive(Clone, Debug, PartialEq)]
pub enum Ty {
    Int(IntTy),
    Float(FloatTy),
    Bool,
    Char,
    /// `str` (unsized; seen behind a reference).
    Str,
    /// `!`.
    Never,
    /// A tuple; `()` is the empty tuple.
    Tuple(Vec<Ty>),
    /// `[T; N]`, with the length when it is known.
    Array(Box<Ty>, Option<u64>),
    Slice(Box<Ty>),
    Ref(Mutability, Box<Ty>),
    /// A struct or enum with its type arguments.
    Adt(Adt, Vec<Ty>),
    /// The type of a function item of the crate.
    FnDef(ItemId),
    /// A generic type parameter by name (`T`, or `Self` inside a trait).
    Param(String),
    /// A closure, by its index in the body's table of closure signatures.
    Closure(u32),
    /// An inference variable (its kind is in the [`InferTable`]).
    Infer(u32),
    /// A type the checker does not know; unifies with everything.
    Error,
}

impl Ty {
    /// `()`.
    pub fn unit() -> Ty {
        Ty::Tuple(Vec::new())
    }

    /// True when the type contains [`Ty::Error`] anywhere, or a type the checker cannot
    /// print as rustc does (a closure, a std iterator): no diagnostic may mention it.
    pub fn has_error(&self) -> bool {
        match self {
            Ty::Error | Ty::Closure(_) | Ty::Adt(Adt::Iter, _) => true,
            Ty::Tuple(v) | Ty::Adt(_, v) => v.iter().any(Ty::has_error),
            Ty::Array(t, _) | Ty::Slice(t) | Ty::Ref(_, t) => t.has_error(),
            _ => false,
        }
    }

    /// True for the integer and float types.
    pub fn is_numeric(&self) -> bool {
        matches!(self, Ty::Int(_) | Ty::Float(_))
    }
}

/// What an inference variable may become.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarKind {
    /// Any type.
    General,
    /// An integer type (`{integer}`, from an unsuffixed integer literal).
    Int,
    /// A float type (`{float}`, from an unsuffixed float literal).
    Float,
}

/// The unification table: the kind of every inference variable and what it is bound to, with
/// an undo log of the bindings so that a failed trial can be rolled back in time proportional
/// to what it did ([`InferTable::snapshot`], [`InferTable::rollback_to`]).
#[derive(Clone, Debug, Default)]
pub struct InferTable {
    vars: Vec<(VarKind, Option<Ty>)>,
    /// Every binding made, with the variable's previous value.
    undo: Vec<(u32, Option<Ty>)>,
}

/// A point in an [`InferTable`]'s history to roll back to.
#[derive(Clone, Copy, Debug)]
pub struct Snapshot {
    vars: usize,
    undo: usize,
}

/// How deep [`InferTable::resolve`] and the occurs check go before giving up with an error type
/// (types the checker builds are shallow; this only guards against runaway input).
const MAX_DEPTH: u32 = 64;

impl InferTable {
    /// A new variable of the given kind.
    pub fn new_var(&mut self, kind: VarKind) -> Ty {
        self.vars.push((kind, None));
        Ty::Infer(self.vars.len() as u32 - 1)
    }

    /// The current point in the table's history.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            vars: self.vars.len(),
            undo: self.undo.len(),
        }
    }

    /// Undoes every binding and variable made since `s`.
    pub fn rollback_to(&mut self, s: Snapshot) {
        while self.undo.len() > s.undo {
            let Some((v, old)) = self.undo.pop() else {
                break;
            };
            if let Some(slot) = self.vars.get_mut(v as usize) {
                slot.1 = old;
            }
        }
        self.vars.truncate(s.vars);
    }

    /// Binds variable `v` (recording its previous value in the undo log).
    fn set(&mut self, v: u32, t: Ty) {
        let old = self.vars[v as usize].1.replace(t);
        self.undo.push((v, old));
    }

    /// The kind of a variable.
    pub fn kind(&self, v: u32) -> VarKind {
        self.vars[v as usize].0
    }

    /// Follows bound variables at the top of `t`.
    pub fn shallow(&self, t: &Ty) -> Ty {
        let mut t = t.clone();
        let mut steps = 0;
        while let Ty::Infer(v) = t {
            match &self.vars[v as usize].1 {
                Some(b) if steps < self.vars.len() => {
                    t = b.clone();
                    steps += 1;
                }
                _ => break,
            }
        }
        t
    }

    /// Replaces every bound variable in `t` by its value (unbound ones stay).
    pub fn resolve(&self, t: &Ty) -> Ty {
        self.resolve_at(t, 0)
    }

    fn resolve_at(&self, t: &Ty, depth: u32) -> Ty {
        if depth > MAX_DEPTH {
            return Ty::Error;
        }
        let d = depth + 1;
        match self.shallow(t) {
            Ty::Tuple(v) => Ty::Tuple(v.iter().map(|t| self.resolve_at(t, d)).collect()),
            Ty::Adt(a, v) => Ty::Adt(a, v.iter().map(|t| self.resolve_at(t, d)).collect()),
            Ty::Array(t, n) => Ty::Array(Box::new(self.resolve_at(&t, d)), n),
            Ty::Slice(t) => Ty::Slice(Box::new(self.resolve_at(&t, d))),
            Ty::Ref(m, t) => Ty::Ref(m, Box::new(self.resolve_at(&t, d))),
            other => other,
        }
    }

    /// Binds every unbound integer variable to `i32` and float variable to `f64`, as rustc's
    /// fallback does at the end of a body.
    pub fn apply_defaults(&mut self) {
        for (kind, value) in &mut self.vars {
            if value.is_none() {
                match kind {
                    VarKind::Int => *value = Some(Ty::Int(IntTy::I32)),
                    VarKind::Float => *value = Some(Ty::Float(FloatTy::F64)),
                    VarKind::General => {}
                }
            }
        }
    }

    /// Unifies `a` and `b`, binding variables; false when they cannot be equal (some
    /// variables may then be bound already: use [`InferTable::try_unify`] to roll back).
    pub fn unify(&mut self, a: &Ty, b: &Ty) -> bool {
        self.unify_at(a, b, 0)
    }

    /// Unifies `a` and `b`, leaving the table unchanged when they cannot be equal.
    pub fn try_unify(&mut self, a: &Ty, b: &Ty) -> bool {
        let saved = self.snapshot();
        let ok = self.unify(a, b);
        if !ok {
            self.rollback_to(saved);
        }
        ok
    }

    fn occurs(&self, v: u32, t: &Ty, depth: u32) -> bool {
        if depth > MAX_DEPTH {
            return true;
        }
        match self.shallow(t) {
            Ty::Infer(w) => w == v,
            Ty::Tuple(ts) | Ty::Adt(_, ts) => ts.iter().any(|t| self.occurs(v, t, depth + 1)),
            Ty::Array(t, _) | Ty::Slice(t) | Ty::Ref(_, t) => self.occurs(v, &t, depth + 1),
            _ => false,
        }
    }

    fn bind(&mut self, v: u32, t: Ty) -> bool {
        let ok = match (self.kind(v), &t) {
            (VarKind::General, _) => true,
            (VarKind::Int, Ty::Int(_)) | (VarKind::Float, Ty::Float(_)) => true,
            (_, Ty::Error) => true,
            (_, Ty::Infer(w)) => {
                // An integer or float variable meets a variable: the more specific kind wins.
                let wk = self.kind(*w);
                if wk == VarKind::General {
                    self.set(*w, Ty::Infer(v));
                    return true;
                }
                wk == self.kind(v)
            }
            _ => false,
        };
        if ok {
            if self.occurs(v, &t, 0) {
                // A cyclic type such as `T = Vec<T>`: give up on it silently.
                self.set(v, Ty::Error);
            } else {
                self.set(v, t);
            }
        }
        ok
    }

    fn unify_at(&mut self, a: &Ty, b: &Ty, depth: u32) -> bool {
        if depth > MAX_DEPTH {
            return true;
        }
        let a = self.shallow(a);
        let b = self.shallow(b);
        let d = depth + 1;
        match (&a, &b) {
            (Ty::Error, _) | (_, Ty::Error) => true,
            (Ty::Infer(x), Ty::Infer(y)) if x == y => true,
            (Ty::Infer(x), _) => self.bind(*x, b.clone()),
            (_, Ty::Infer(y)) => self.bind(*y, a.clone()),
            (Ty::Int(x), Ty::Int(y)) => x == y,
            (Ty::Float(x), Ty::Float(y)) => x == y,
            (Ty::Bool, Ty::Bool)
            | (Ty::Char, Ty::Char)
            | (Ty::Str, Ty::Str)
            | (Ty::Never, Ty::Never) => true,
            (Ty::Tuple(xs), Ty::Tuple(ys)) | (Ty::Adt(_, xs), Ty::Adt(_, ys)) => {
                if let (Ty::Adt(p, _), Ty::Adt(q, _)) = (&a, &b) {
                    if p != q {
                        return false;
                    }
                }
                xs.len() == ys.len()
                    && xs
                        .iter()
                        .zip(ys.iter())
                        .all(|(x, y)| self.unify_at(x, y, d))
            }
            (Ty::Array(x, n), Ty::Array(y, m)) => {
                (n.is_none() || m.is_none() || n == m) && self.unify_at(x, y, d)
            }
            (Ty::Slice(x), Ty::Slice(y)) => self.unify_at(x, y, d),
            (Ty::Ref(m1, x), Ty::Ref(m2, y)) => m1 == m2 && self.unify_at(x, y, d),
            (Ty::FnDef(x), Ty::FnDef(y)) => x == y,
            (Ty::Param(x), Ty::Param(y)) => x == y,
            (Ty::Closure(x), Ty::Closure(y)) => x == y,
            _ => false,
        }
    }

    /// The type as rustc prints it in diagnostics, with unbound integer variables as
    /// `{integer}`, float ones as `{float}` and others as `_`; `names` gives the name of a
    /// crate item.
    pub fn display(&self, t: &Ty, names: &dyn Fn(ItemId) -> String) -> String {
        let mut out = String::new();
        self.write(&mut out, t, names, 0);
        out
    }

    fn write(&self, out: &mut String, t: &Ty, names: &dyn Fn(ItemId) -> String, depth: u32) {
        if depth > MAX_DEPTH {
            out.push('_');
            return;
        }
        let d = depth + 1;
        let list = |out: &mut String, ts: &[Ty]| {
            for (i, t) in ts.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                self.write(out, t, names, d);
            }
        };
        match self.shallow(t) {
            Ty::Int(i) => out.push_str(i.name()),
            Ty::Float(f) => out.push_str(f.name()),
            Ty::Bool => out.push_str("bool"),
            Ty::Char => out.push_str("char"),
            Ty::Str => out.push_str("str"),
            Ty::Never => out.push('!'),
            Ty::Tuple(ts) => {
                out.push('(');
                list(out, &ts);
                if ts.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Ty::Array(t, n) => {
                out.push('[');
                self.write(out, &t, names, d);
                match n {
                    Some(n) => {
                        let _ = write!(out, "; {n}]");
                    }
                    None => out.push_str("; _]"),
                }
            }
            Ty::Slice(t) => {
                out.push('[');
                self.write(out, &t, names, d);
                out.push(']');
            }
            Ty::Ref(m, t) => {
                out.push_str(if m == Mutability::Mut { "&mut " } else { "&" });
                self.write(out, &t, names, d);
            }
            Ty::Adt(a, ts) => {
                out.push_str(&match a {
                    Adt::Local(id) => names(id),
                    Adt::String => "String".into(),
                    Adt::Vec => "Vec".into(),
                    Adt::Box => "Box".into(),
                    Adt::Option => "Option".into(),
                    Adt::Result => "Result".into(),
                    Adt::HashMap => "HashMap".into(),
                    Adt::Rc => "Rc".into(),
                    Adt::Iter => "impl Iterator<Item = ".into(),
                });
                if a == Adt::Iter {
                    list(out, &ts);
                    out.push('>');
                    return;
                }
                if !ts.is_empty() {
                    out.push('<');
                    list(out, &ts);
                    out.push('>');
                }
            }
            Ty::FnDef(id) => {
                let _ = write!(out, "fn item {{{}}}", names(id));
            }
            Ty::Infer(v) => out.push_str(match self.kind(v) {
                VarKind::General => "_",
                VarKind::Int => "{integer}",
                VarKind::Float => "{float}",
            }),
            Ty::Param(name) => out.push_str(&name),
            Ty::Closure(_) => out.push_str("{closure}"),
            Ty::Error => out.push_str("{type error}"),
        }
    }

    /// The type as rustc names it in a label: `` `i32` ``, or `integer` / `floating-point
    /// number` for a bare literal variable.
    pub fn describe(&self, t: &Ty, names: &dyn Fn(ItemId) -> String) -> String {
        match self.shallow(t) {
            Ty::Infer(v) if self.kind(v) == VarKind::Int => "integer".into(),
            Ty::Infer(v) if self.kind(v) == VarKind::Float => "floating-point number".into(),
            other => format!("`{}`", self.display(&other, names)),
        }
    }
}

/// How deep [`subst`] goes (signatures are shallow; this guards against runaway input).
const MAX_SUBST_DEPTH: u32 = 32;

/// `t` with every generic parameter replaced by what `map` gives for its name (parameters
/// `map` does not know stay).
pub fn subst(t: &Ty, map: &dyn Fn(&str) -> Option<Ty>) -> Ty {
    subst_at(t, map, 0)
}

fn subst_at(t: &Ty, map: &dyn Fn(&str) -> Option<Ty>, depth: u32) -> Ty {
    if depth > MAX_SUBST_DEPTH {
        return Ty::Error;
    }
    let d = depth + 1;
    match t {
        Ty::Param(name) => map(name).unwrap_or_else(|| t.clone()),
        Ty::Tuple(v) => Ty::Tuple(v.iter().map(|t| subst_at(t, map, d)).collect()),
        Ty::Adt(a, v) => Ty::Adt(*a, v.iter().map(|t| subst_at(t, map, d)).collect()),
        Ty::Array(t, n) => Ty::Array(Box::new(subst_at(t, map, d)), *n),
        Ty::Slice(t) => Ty::Slice(Box::new(subst_at(t, map, d))),
        Ty::Ref(m, t) => Ty::Ref(*m, Box::new(subst_at(t, map, d))),
        other => other.clone(),
    }
}

/// True when a generic parameter occurs in the type.
pub fn has_param(t: &Ty) -> bool {
    match t {
        Ty::Param(_) => true,
        Ty::Tuple(v) | Ty::Adt(_, v) => v.iter().any(has_param),
        Ty::Array(t, _) | Ty::Slice(t) | Ty::Ref(_, t) => has_param(t),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_names(_: ItemId) -> String {
        "S".into()
    }

    #[test]
    fn integer_variables_default_to_i32_and_floats_to_f64() {
        let mut t = InferTable::default();
        let i = t.new_var(VarKind::Int);
        let f = t.new_var(VarKind::Float);
        assert_eq!(t.display(&i, &no_names), "{integer}");
        t.apply_defaults();
        assert_eq!(t.resolve(&i), Ty::Int(IntTy::I32));
        assert_eq!(t.resolve(&f), Ty::Float(FloatTy::F64));
    }

    #[test]
    fn integer_variables_unify_only_with_integers() {
        let mut t = InferTable::default();
        let i = t.new_var(VarKind::Int);
        assert!(!t.try_unify(&i, &Ty::Float(FloatTy::F64)));
        assert!(!t.try_unify(&i, &Ty::Ref(Mutability::Not, Box::new(Ty::Str))));
        assert!(t.unify(&i, &Ty::Int(IntTy::U8)));
        assert_eq!(t.resolve(&i), Ty::Int(IntTy::U8));
        t.apply_defaults();
        assert_eq!(t.resolve(&i), Ty::Int(IntTy::U8));
    }

    #[test]
    fn general_variables_take_the_literal_kind() {
        let mut t = InferTable::default();
        let g = t.new_var(VarKind::General);
        let i = t.new_var(VarKind::Int);
        assert!(t.unify(&g, &i));
        assert!(!t.try_unify(&g, &Ty::Bool));
        t.apply_defaults();
        assert_eq!(t.resolve(&g), Ty::Int(IntTy::I32));
    }

    #[test]
    fn structural_unification_and_errors() {
        let mut t = InferTable::default();
        let g = t.new_var(VarKind::General);
        let a = Ty::Tuple(vec![g.clone(), Ty::Bool]);
        let b = Ty::Tuple(vec![Ty::Char, Ty::Bool]);
        assert!(t.unify(&a, &b));
        assert_eq!(t.resolve(&g), Ty::Char);
        assert!(!t.try_unify(&Ty::Tuple(vec![Ty::Bool]), &Ty::unit()));
        assert!(t.unify(&Ty::Error, &Ty::Bool));
        assert!(t.unify(
            &Ty::Adt(Adt::Vec, vec![Ty::Error]),
            &Ty::Adt(Adt::Vec, vec![Ty::Char])
        ));
        assert!(!t.try_unify(&Ty::Adt(Adt::Vec, vec![]), &Ty::Adt(Adt::String, vec![])));
    }

    #[test]
    fn cyclic_bindings_do_not_loop() {
        let mut t = InferTable::default();
        let g = t.new_var(VarKind::General);
        let v = Ty::Adt(Adt::Vec, vec![g.clone()]);
        assert!(t.unify(&g, &v));
        let _ = t.resolve(&g);
        let _ = t.display(&g, &no_names);
    }

    #[test]
    fn display_as_rustc() {
        let mut t = InferTable::default();
        let i = t.new_var(VarKind::Int);
        let tup = Ty::Tuple(vec![i.clone(), i.clone()]);
        assert_eq!(t.display(&tup, &no_names), "({integer}, {integer})");
        assert_eq!(t.describe(&i, &no_names), "integer");
        let r = Ty::Ref(Mutability::Not, Box::new(Ty::Str));
        assert_eq!(t.describe(&r, &no_names), "`&str`");
    }
}
