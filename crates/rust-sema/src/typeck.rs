//! Type checking of function bodies (after rustc's `rustc_hir_typeck`).
//!
//! [`check`] walks every body of the HIR with a fresh [`InferTable`], gives every expression
//! a [`Ty`], and reports type errors with rustc's codes and messages: E0308 (mismatched types,
//! `if`/`else` and `match` arms, arguments of generic calls), E0061 (wrong number of
//! arguments), E0063 and E0560 (struct literal fields), E0599 (unknown method, variant or
//! associated fn of a crate type, of `Vec`/`String`/`Option`/`Result`, or of a type parameter
//! without the bound), E0369 (operator missing on a crate type, `&str + &str`, tuples) and
//! E0277 (mixed numeric operands, a string compared with a number, indexing with a non-`usize`
//! integer, iterating a number, `?` in a fn returning neither `Result` nor `Option`, a crate
//! type formatted without `Display`/`Debug`, a trait bound of a generic fn (or of a method's
//! own type parameter) not satisfied at a call, `collect` into a type that cannot be built
//! from the items, an `Rc` captured by a
//! `move` closure given to `thread::spawn`). `e?` has the `Ok`/`Some` type of `e`. What it
//! cannot type (trait objects, fn pointers, associated types, operators of generic
//! parameters, std methods without a signature, macros' internals) gets [`Ty::Error`], which
//! unifies silently with everything: a valid program must never get an error from this
//! module.
//!
//! How it works: expected types flow down (`check_expect`) into block tails, `if`/`match`
//! branches and the arguments of `Some`/`Ok`/`Err`, so errors land where rustc puts them; the
//! rest is inferred bottom-up and coerced (`!` to anything, `&mut T` to `&T`, deref coercions
//! through references, `Box`, `String` and `Vec`).
//!
//! Generics: every fn, method and associated fn has a [`MethodSig`] generic over its impl's
//! (or trait's) and its own type parameters, which occur in it as [`Ty::Param`]. Inside a
//! generic body the parameters are rigid (a `T` is only equal to `T`) and their bounds are the
//! body's environment; at each call the parameters are instantiated with fresh inference
//! variables (or the turbofish's types), closures passed for a parameter with an `Fn*` bound
//! are checked against that bound's signature (so `map(|x| x + 1)` knows `x`; an `impl Fn(…)`
//! parameter is an anonymous type parameter with that bound), and the other trait bounds
//! become obligations checked when the body's types are known.
//!
//! Method calls follow rustc's probe: for each autoderef step of the receiver (through `&`,
//! `Box`, `String` to `str`, `Vec` and arrays to slices), the crate's inherent methods, then
//! the library's, then the crate's trait methods (with the defaults each impl inherits) whose
//! impl type unifies with the step's type (methods taking `&self`/`&mut self` apply by
//! autoref); a step that is a type parameter offers the methods of its crate-trait bounds. The
//! library is [`crate::prelude`]: `Option` and `Result` written in the subset (their methods'
//! signatures and bodies are ours, type-checked by this module) and the signatures of the
//! common std methods of `Vec`, slices, `str`, `String`, `HashMap` and iterators, read once
//! (`library_methods`). Errors are reported only between fully known types (no [`Ty::Error`]
//! inside), and E0599 on a std type only when std has no method of that name at all.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use source::{Diagnostic, Label, Span};

use crate::hir::{
    self, Block, BodyId, DefKind, ExprId, ExprKind, Hir, ItemId, ItemKind, LocalId, Mutability,
    PatId, PatKind, Res, StdKind, StmtKind, UnOp, VariantData,
};
use crate::ty::{self, Adt, FloatTy, InferTable, IntTy, Ty, VarKind};
use rust_syntax::ast::{BinOp, LitKind, LitValue};

/// The result of type checking: the type of every expression and of every pattern (after
/// defaulting; those not reached are [`Ty::Error`]) and the type errors.
pub struct Typeck {
    pub expr_tys: Vec<Ty>,
    /// The type each pattern is matched against (before match ergonomics peels references:
    /// `Some(x)` matched against a `&Option<i32>` has type `&Option<i32>`).
    pub pat_tys: Vec<Ty>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Type-checks every body of `hir`; `src` is the source its spans point into.
pub fn check(src: &str, hir: &Hir) -> Typeck {
    let mut cx = Cx::new(src, hir, HashMap::new());
    cx.lib_methods = library_methods();
    for (i, body) in hir.bodies.iter().enumerate() {
        let owner = hir.item(body.owner);
        if owner.origin != hir::Origin::Source {
            continue;
        }
        cx.check_body(BodyId(i as u32));
    }
    Typeck {
        expr_tys: cx.expr_tys,
        pat_tys: cx.pat_tys,
        diagnostics: cx.diags,
    }
}

/// A bound on a generic parameter.
#[derive(Clone, Debug)]
enum Bound {
    /// `T: Trait<Args>`: the trait's name, the crate trait it is (if it is one) and its type
    /// arguments.
    Trait {
        name: String,
        def: Option<ItemId>,
        args: Vec<Ty>,
    },
    /// `F: Fn(A, B) -> R` (or `FnMut`, `FnOnce`): the closure signature it asks for.
    Fn(Vec<Ty>, Ty),
}

/// The signature of a fn, method or associated fn, generic over its impl's and its own type
/// parameters (which occur in it as [`Ty::Param`] and are replaced by fresh inference
/// variables at each use).
#[derive(Clone, Debug)]
pub(crate) struct MethodSig {
    name: String,
    /// True for a signature read from the library (the prelude or the std signatures).
    from_library: bool,
    /// The name of the trait whose impl provides it (`None` for inherent fns and free fns).
    trait_name: Option<String>,
    impl_params: Vec<String>,
    own_params: Vec<String>,
    /// The anonymous parameters of `impl Trait` arguments (never given by a turbofish).
    anon_params: Vec<String>,
    /// The type the impl is for (`Vec<T>`, `Stack<T>`); `None` for a free fn.
    self_ty: Option<Ty>,
    /// How the method takes `self` (`None` for associated fns).
    self_kind: Option<Option<Mutability>>,
    /// The parameter types, `self` not included.
    inputs: Vec<Ty>,
    output: Ty,
    bounds: Vec<(String, Bound)>,
    /// The crate item a note "defined here" points at (the trait's declaration for a trait
    /// impl's method; `None` for the library's).
    def: Option<ItemId>,
}

/// A callee of the crate, for the note on its definition.
#[derive(Clone, Copy)]
enum Callee {
    Fn(ItemId),
    Struct(ItemId),
    Variant(ItemId, u32),
}

/// Which trait bounds of a signature a call must satisfy (checked as obligations).
#[derive(Clone, Copy, PartialEq, Eq)]
enum BoundsToCheck {
    None,
    /// All of them (calls of the crate's fns and associated fns).
    All,
    /// Those on the method's own parameters (a method call: rustc reports its impl's unmet
    /// bounds as E0599, not modelled).
    OwnParams,
}

/// A trait bound to check once the body's types are known (`T: Display` at a call of
/// `show<T: Display>`, `B: FromIterator<T>` at a `collect`).
struct Obligation {
    ty: Ty,
    trait_name: String,
    def: Option<ItemId>,
    args: Vec<Ty>,
    span: Span,
    /// For a bound of a crate fn's parameter blamed on an argument: the callee's span, the
    /// fn and the parameter.
    call: Option<(Span, ItemId, String)>,
}

/// The methods of the library (prelude and std signatures), read once.
fn library_methods() -> &'static [MethodSig] {
    static METHODS: std::sync::OnceLock<Vec<MethodSig>> = std::sync::OnceLock::new();
    METHODS.get_or_init(|| {
        let lib = crate::prelude::library();
        let map: HashMap<ItemId, Option<Adt>> = lib.std_types.iter().cloned().collect();
        let cx = Cx::new(&lib.source, &lib.lowered.hir, map);
        let mut methods = cx.user_methods;
        for m in &mut methods {
            m.from_library = true;
            m.def = None;
        }
        methods
    })
}

/// Nesting deeper than this is not type-checked (its type is unknown), so that no input can
/// exhaust the stack.
const MAX_DEPTH: u32 = 200;

/// A loop or labelled block that `break` can leave.
struct BreakFrame {
    label: Option<String>,
    /// Only `loop` (not `while`/`for`) and labelled blocks give `break` a value.
    takes_value: bool,
    is_block: bool,
    ty: Option<Ty>,
    /// The first `break` with a value (rustc's "expected because of this `break`").
    first: Option<Span>,
}

struct Cx<'a> {
    src: &'a str,
    hir: &'a Hir,
    diags: Vec<Diagnostic>,
    expr_tys: Vec<Ty>,
    pat_tys: Vec<Ty>,
    /// The impl or trait of every associated fn.
    impl_of: HashMap<ItemId, ItemId>,
    /// The inherent associated fns of each crate type, by name.
    inherent: HashMap<(ItemId, String), ItemId>,
    /// Inherent fns defined in more than one impl of a type (not typed).
    ambiguous: Vec<(ItemId, String)>,
    /// The trait names implemented (or derived) by each crate type.
    trait_impls: HashMap<ItemId, Vec<String>>,
    /// The names of all fns declared in the crate's traits.
    trait_fns: Vec<String>,
    /// The tail of the function body being checked against the return type.
    body_tail: Option<ExprId>,
    /// Whether the `?` being checked is applied to a `Result`.
    try_on_result: bool,
    /// The item whose generic parameters are in scope.
    env_owner: Option<ItemId>,
    // Per-body state.
    table: InferTable,
    locals: HashMap<LocalId, Ty>,
    ret: Ty,
    /// The declared return type's span (none in a trait's provided method).
    ret_span: Option<Span>,
    /// The binding of each `let` whose pattern is one binding: the pattern's, the type's and
    /// the initializer's spans.
    let_of: HashMap<LocalId, (Span, Option<Span>, Option<Span>)>,
    breaks: Vec<BreakFrame>,
    depth: u32,
    /// The expressions typed in the current body, resolved when it is done.
    touched: Vec<ExprId>,
    /// The patterns checked in the current body, resolved when it is done.
    touched_pats: Vec<PatId>,
    /// Whether the current body is a fn's (`?` needs a fn returning `Result` or `Option`).
    in_fn: bool,
    /// The library types of the HIR being read as std types (only when reading the library's
    /// signatures; `None` stands for the error type).
    local_map: HashMap<ItemId, Option<Adt>>,
    /// The signatures of the crate's methods and associated fns (inherent ones, trait impls'
    /// and the trait default methods each impl inherits).
    user_methods: Vec<MethodSig>,
    /// The library's method signatures (empty while the library itself is read).
    lib_methods: &'static [MethodSig],
    /// Whether the std method name lists may be used to report E0599 (not when some std
    /// trait is imported: it may bring more methods).
    lib_names: bool,
    /// The traits the crate implements for every type (`impl<T: Debug> Tr for T`).
    blanket_traits: Vec<String>,
    /// Cached signatures of free fns.
    fn_sigs: HashMap<ItemId, MethodSig>,
    /// The current body's generic parameters with their bounds.
    env: Vec<(String, Vec<Bound>)>,
    /// The signatures of the current body's closures (`Ty::Closure` indexes it).
    closures: Vec<(Vec<Ty>, Ty)>,
    /// The current body's trait bounds to check at its end.
    obligations: Vec<Obligation>,
}

/// Std trait methods, with the trait that provides them; `None` for blanket impls that every
/// type has.
const STD_METHODS: &[(&str, Option<&str>)] = &[
    ("clone", Some("Clone")),
    ("clone_from", Some("Clone")),
    ("to_owned", Some("Clone")),
    ("eq", Some("PartialEq")),
    ("ne", Some("PartialEq")),
    ("partial_cmp", Some("PartialOrd")),
    ("lt", Some("PartialOrd")),
    ("le", Some("PartialOrd")),
    ("gt", Some("PartialOrd")),
    ("ge", Some("PartialOrd")),
    ("cmp", Some("Ord")),
    ("max", Some("Ord")),
    ("min", Some("Ord")),
    ("clamp", Some("Ord")),
    ("hash", Some("Hash")),
    ("to_string", Some("Display")),
    ("into", None),
    ("try_into", None),
    ("borrow", None),
    ("borrow_mut", None),
    ("type_id", None),
    ("fmt", None),
    ("as_ref", None),
    ("as_mut", None),
];

impl<'a> Cx<'a> {
    fn new(src: &'a str, hir: &'a Hir, local_map: HashMap<ItemId, Option<Adt>>) -> Cx<'a> {
        let mut cx = Cx {
            src,
            hir,
            diags: Vec::new(),
            expr_tys: vec![Ty::Error; hir.exprs.len()],
            pat_tys: vec![Ty::Error; hir.pats.len()],
            impl_of: HashMap::new(),
            inherent: HashMap::new(),
            ambiguous: Vec::new(),
            trait_impls: HashMap::new(),
            trait_fns: Vec::new(),
            env_owner: None,
            try_on_result: false,
            body_tail: None,
            table: InferTable::default(),
            locals: HashMap::new(),
            ret: Ty::Error,
            ret_span: None,
            let_of: HashMap::new(),
            breaks: Vec::new(),
            depth: 0,
            touched: Vec::new(),
            touched_pats: Vec::new(),
            in_fn: false,
            local_map,
            user_methods: Vec::new(),
            lib_methods: &[],
            lib_names: true,
            blanket_traits: Vec::new(),
            fn_sigs: HashMap::new(),
            env: Vec::new(),
            closures: Vec::new(),
            obligations: Vec::new(),
        };
        for (i, item) in hir.items.iter().enumerate() {
            let id = ItemId(i as u32);
            match &item.kind {
                ItemKind::Impl {
                    of_trait,
                    self_ty,
                    items,
                    ..
                } => {
                    for m in items {
                        cx.impl_of.insert(*m, id);
                    }
                    if let (Some(path), hir::TyKind::Path(p)) = (of_trait, &self_ty.kind) {
                        if let (Res::GenericParam(_), Some(seg)) = (&p.res, path.segments.last()) {
                            cx.blanket_traits.push(seg.name.clone());
                        }
                    }
                    let Some(adt) = cx.local_adt_of(self_ty) else {
                        continue;
                    };
                    match of_trait {
                        Some(path) => {
                            if let Some(seg) = path.segments.last() {
                                cx.trait_impls
                                    .entry(adt)
                                    .or_default()
                                    .push(seg.name.clone());
                            }
                        }
                        None => {
                            for m in items {
                                let name = hir.item(*m).name.clone();
                                let key = (adt, name);
                                match cx.inherent.entry(key.clone()) {
                                    // Two impls (`impl W<i32>`, `impl W<f64>`) with one name:
                                    // which applies depends on types not modelled yet.
                                    Entry::Occupied(_) => cx.ambiguous.push(key),
                                    Entry::Vacant(v) => {
                                        v.insert(*m);
                                    }
                                }
                            }
                        }
                    }
                }
                ItemKind::Trait { items, .. } => {
                    for m in items {
                        cx.impl_of.insert(*m, id);
                        cx.trait_fns.push(hir.item(*m).name.clone());
                    }
                }
                ItemKind::Struct { .. } | ItemKind::Enum { .. } => {
                    for (d, _) in &item.derives {
                        cx.trait_impls.entry(id).or_default().push(d.clone());
                    }
                }
                // A std trait brought into scope may give the std types more methods; so may
                // a glob import of a std module.
                ItemKind::Use { path, glob, .. }
                    if matches!(path.res, Res::Std(StdKind::Trait, _))
                        || (*glob && matches!(path.res, Res::Std(..))) =>
                {
                    cx.lib_names = false;
                }
                _ => {}
            }
        }
        cx.collect_methods();
        cx
    }

    /// The crate type an impl's self type names, if any (through type aliases).
    fn local_adt_of(&self, t: &hir::Ty) -> Option<ItemId> {
        let mut t = t;
        for _ in 0..16 {
            let hir::TyKind::Path(p) = &t.kind else {
                return None;
            };
            match p.res {
                Res::Def(DefKind::Struct | DefKind::Enum, id) => return Some(id),
                Res::Def(DefKind::TyAlias, id) => match &self.hir.item(id).kind {
                    ItemKind::TyAlias {
                        ty: Some(aliased), ..
                    } => t = aliased,
                    _ => return None,
                },
                _ => return None,
            }
        }
        None
    }

    fn name_of(&self, id: ItemId) -> String {
        self.hir
            .items
            .get(id.index())
            .map(|i| i.name.clone())
            .unwrap_or_default()
    }

    fn display(&self, t: &Ty) -> String {
        let names = |id: ItemId| self.name_of(id);
        self.table.display(t, &names)
    }

    fn describe(&self, t: &Ty) -> String {
        let names = |id: ItemId| self.name_of(id);
        self.table.describe(t, &names)
    }

    fn has_type_params(&self, id: ItemId) -> bool {
        let generics = match &self.hir.item(id).kind {
            ItemKind::Struct { generics, .. } | ItemKind::Enum { generics, .. } => generics,
            ItemKind::Fn(f) => &f.generics,
            _ => return false,
        };
        generics
            .params
            .iter()
            .any(|p| !matches!(p.kind, hir::GenericParamKind::Lifetime))
    }

    fn type_param_count(&self, id: ItemId) -> usize {
        match &self.hir.item(id).kind {
            ItemKind::Struct { generics, .. } | ItemKind::Enum { generics, .. } => generics
                .params
                .iter()
                .filter(|p| matches!(p.kind, hir::GenericParamKind::Type(_)))
                .count(),
            _ => 0,
        }
    }

    /// A crate type with fresh variables for its type parameters.
    fn fresh_adt(&mut self, id: ItemId) -> Ty {
        let n = self.type_param_count(id);
        let args = (0..n)
            .map(|_| self.table.new_var(VarKind::General))
            .collect();
        Ty::Adt(Adt::Local(id), args)
    }

    // ---------------------------------------------------------------------------------------
    // Lowering of written types.

    /// The type a written type stands for; `infer` says whether `_` becomes a fresh variable
    /// (in a body) or an unknown type (in a signature).
    fn lower_ty(&mut self, t: &hir::Ty, infer: bool, depth: u32) -> Ty {
        if depth > 32 {
            return Ty::Error;
        }
        let d = depth + 1;
        match &t.kind {
            hir::TyKind::Path(p) => self.lower_path_ty(p, infer, d),
            hir::TyKind::Ref(_, m, inner) => Ty::Ref(*m, Box::new(self.lower_ty(inner, infer, d))),
            hir::TyKind::Slice(inner) => Ty::Slice(Box::new(self.lower_ty(inner, infer, d))),
            hir::TyKind::Array(inner, len) => {
                let n = self.const_len(*len);
                Ty::Array(Box::new(self.lower_ty(inner, infer, d)), n)
            }
            hir::TyKind::Tuple(ts) => {
                Ty::Tuple(ts.iter().map(|t| self.lower_ty(t, infer, d)).collect())
            }
            hir::TyKind::Never => Ty::Never,
            hir::TyKind::Infer if infer => self.table.new_var(VarKind::General),
            _ => Ty::Error,
        }
    }

    fn const_len(&self, e: ExprId) -> Option<u64> {
        match &self.hir.exprs.get(e.index())?.kind {
            ExprKind::Lit(hir::Lit {
                value: LitValue::Int(Some(n)),
                ..
            }) => u64::try_from(*n).ok(),
            _ => None,
        }
    }

    fn type_args(&mut self, p: &hir::Path, infer: bool, depth: u32) -> Vec<Ty> {
        let Some(seg) = p.segments.last() else {
            return Vec::new();
        };
        let args: Vec<hir::Ty> = seg
            .args
            .iter()
            .filter_map(|a| match a {
                hir::GenericArg::Type(t) => Some(t.clone()),
                _ => None,
            })
            .collect();
        args.iter()
            .map(|t| self.lower_ty(t, infer, depth))
            .collect()
    }

    fn lower_path_ty(&mut self, p: &hir::Path, infer: bool, depth: u32) -> Ty {
        match &p.res {
            Res::Prim(name) => prim_ty(name),
            Res::GenericParam(name) => Ty::Param(name.clone()),
            Res::Def(DefKind::Struct | DefKind::Enum, id) if self.local_map.contains_key(id) => {
                let Some(Some(adt)) = self.local_map.get(id).copied() else {
                    return Ty::Error;
                };
                Ty::Adt(adt, self.type_args(p, infer, depth))
            }
            Res::Def(DefKind::Struct | DefKind::Enum, id) => {
                let n = self.type_param_count(*id);
                let args = self.type_args(p, infer, depth);
                if args.len() == n {
                    Ty::Adt(Adt::Local(*id), args)
                } else {
                    Ty::Adt(Adt::Local(*id), vec![Ty::Error; n])
                }
            }
            Res::Def(DefKind::TyAlias, id) => match &self.hir.item(*id).kind {
                ItemKind::TyAlias {
                    generics,
                    ty: Some(t),
                } if generics.params.is_empty() => {
                    let t = t.clone();
                    self.lower_ty(&t, false, depth + 1)
                }
                _ => Ty::Error,
            },
            Res::SelfTy(impl_id) => match &self.hir.item(*impl_id).kind {
                ItemKind::Impl { self_ty, .. } => {
                    let t = self_ty.clone();
                    self.lower_ty(&t, false, depth + 1)
                }
                ItemKind::Trait { .. } => Ty::Param("Self".to_string()),
                _ => Ty::Error,
            },
            Res::Std(StdKind::Struct | StdKind::Enum, path) => {
                let (adt, n) = match *path {
                    "std::string::String" => (Adt::String, 0),
                    "std::vec::Vec" => (Adt::Vec, 1),
                    "std::boxed::Box" => (Adt::Box, 1),
                    "std::option::Option" => (Adt::Option, 1),
                    "std::result::Result" => (Adt::Result, 2),
                    "std::collections::HashMap" => (Adt::HashMap, 2),
                    "std::rc::Rc" => (Adt::Rc, 1),
                    _ => return Ty::Error,
                };
                let args = self.type_args(p, infer, depth);
                if args.len() == n {
                    Ty::Adt(adt, args)
                } else if args.is_empty() && infer {
                    let args = (0..n)
                        .map(|_| self.table.new_var(VarKind::General))
                        .collect();
                    Ty::Adt(adt, args)
                } else {
                    Ty::Error
                }
            }
            _ => Ty::Error,
        }
    }

    /// The parameter and return types of a fn item (generic fns and methods' `Self` included;
    /// what is not known is [`Ty::Error`]).
    fn fn_sig(&mut self, id: ItemId) -> Option<(Vec<Ty>, Ty, bool)> {
        let ItemKind::Fn(decl) = &self.hir.item(id).kind else {
            return None;
        };
        let decl = decl.clone();
        let inputs = decl
            .inputs
            .iter()
            .map(|t| self.lower_ty(t, false, 0))
            .collect();
        let output = match &decl.output {
            Some(t) => self.lower_ty(t, false, 0),
            None => Ty::unit(),
        };
        Some((inputs, output, decl.self_param.is_some()))
    }

    /// The fields of a struct, or of variant `variant` of an enum.
    fn fields(&self, adt: ItemId, variant: Option<u32>) -> Option<&'a VariantData> {
        let hir = self.hir;
        match (&hir.item(adt).kind, variant) {
            (ItemKind::Struct { data, .. }, None) => Some(data),
            (ItemKind::Enum { variants, .. }, Some(v)) => variants.get(v as usize).map(|v| &v.data),
            _ => None,
        }
    }

    /// The type of a field of crate type `adt` whose type arguments are `args` (the type of
    /// a `Stack<i32>`'s `items: Vec<T>` is `Vec<i32>`).
    fn field_ty_in(&mut self, adt: ItemId, args: &[Ty], f: &hir::FieldDef) -> Ty {
        let params = match &self.hir.item(adt).kind {
            ItemKind::Struct { generics, .. } | ItemKind::Enum { generics, .. } => {
                Self::type_params(generics)
            }
            _ => Vec::new(),
        };
        let t = f.ty.clone();
        let t = self.lower_ty(&t, false, 0);
        if params.len() != args.len() {
            return ty::subst(&t, &|_| Some(Ty::Error));
        }
        ty::subst(&t, &|n| {
            Some(
                params
                    .iter()
                    .position(|p| p == n)
                    .map(|i| args[i].clone())
                    .unwrap_or(Ty::Error),
            )
        })
    }

    // ---------------------------------------------------------------------------------------
    // Bodies.

    fn check_body(&mut self, id: BodyId) {
        let hir = self.hir;
        let body = &hir.bodies[id.index()];
        self.table = InferTable::default();
        self.locals.clear();
        self.breaks.clear();
        self.closures.clear();
        self.obligations.clear();
        self.depth = 0;
        self.set_env(body.owner);
        let owner = hir.item(body.owner);
        self.in_fn = matches!(owner.kind, ItemKind::Fn(_));
        let mut ret_span = None;
        let (params, ret) = match &owner.kind {
            ItemKind::Fn(decl) => {
                let (inputs, output, _) =
                    self.fn_sig(body.owner)
                        .unwrap_or((Vec::new(), Ty::Error, false));
                // rustc points at the declared return type, except for a trait's provided
                // method, where it points at the body.
                let in_trait = self
                    .impl_of
                    .get(&body.owner)
                    .is_some_and(|o| matches!(hir.item(*o).kind, ItemKind::Trait { .. }));
                if !in_trait {
                    ret_span = decl.output.as_ref().map(|t| t.span);
                }
                (inputs, output)
            }
            ItemKind::Const { ty, .. } | ItemKind::Static { ty, .. } => {
                let t = ty.clone();
                (Vec::new(), self.lower_ty(&t, false, 0))
            }
            _ => (Vec::new(), Ty::Error),
        };
        if let Some(self_local) = body.self_local {
            let t = self.self_param_ty(body.owner);
            self.locals.insert(self_local, t);
        }
        for (i, p) in body.params.iter().enumerate() {
            let t = params.get(i).cloned().unwrap_or(Ty::Error);
            self.check_pat(*p, &t, None);
        }
        self.ret = ret.clone();
        self.ret_span = ret_span;
        let value = hir.expr(body.value);
        match &value.kind {
            ExprKind::Block(b, _) if b.tail.is_none() => {
                // A body without a tail: rustc points at the declared return type.
                let t = self.infer(body.value);
                if !self.coerces(&t, &ret) {
                    let before = self.diags.len();
                    let at = ret_span.unwrap_or(value.span);
                    self.mismatch(at, &ret, &t);
                    if ret_span.is_some() {
                        self.label_no_tail(before, at, body.owner, b, &ret);
                    }
                }
            }
            _ => {
                let before = self.diags.len();
                self.body_tail = match &value.kind {
                    ExprKind::Block(b, _) => b.tail,
                    _ => None,
                };
                self.check_coerce(body.value, &ret);
                self.body_tail = None;
                if let ExprKind::Block(b, _) = &value.kind {
                    if let Some(tail) = b.tail {
                        self.label_return_mismatch(before, tail);
                    }
                }
            }
        }
        // `collect`'s bounds before the literal fallback, as rustc reports them (`{integer}`,
        // not `i32`), the others after it (`Rc<i32>`).
        self.check_obligations(true);
        self.table.apply_defaults();
        self.check_obligations(false);
        for e in std::mem::take(&mut self.touched) {
            if let Some(slot) = self.expr_tys.get(e.index()) {
                let t = self.table.resolve(slot);
                self.expr_tys[e.index()] = t;
            }
        }
        for p in std::mem::take(&mut self.touched_pats) {
            if let Some(slot) = self.pat_tys.get(p.index()) {
                let t = self.table.resolve(slot);
                self.pat_tys[p.index()] = t;
            }
        }
    }

    /// The type of `self` in a method.
    fn self_param_ty(&mut self, method: ItemId) -> Ty {
        let Some(&impl_id) = self.impl_of.get(&method) else {
            return Ty::Error;
        };
        let t = match &self.hir.item(impl_id).kind {
            ItemKind::Impl { self_ty, .. } => {
                let self_ty = self_ty.clone();
                self.lower_ty(&self_ty, false, 0)
            }
            // A trait's provided method: `Self` is the rigid type parameter bounded by the
            // trait.
            ItemKind::Trait { .. } => Ty::Param("Self".to_string()),
            _ => return Ty::Error,
        };
        match &self.hir.item(method).kind {
            ItemKind::Fn(decl) => match &decl.self_param {
                Some(hir::SelfParam::Value(_)) => t,
                Some(hir::SelfParam::Ref(_, m)) => Ty::Ref(*m, Box::new(t)),
                _ => Ty::Error,
            },
            _ => Ty::Error,
        }
    }

    /// Whether a value of type `found` can be used where `expected` is wanted (unification,
    /// plus the coercions of `!`, `&mut T` to `&T` and deref coercions such as `&String` to
    /// `&str`).
    fn coerces(&mut self, found: &Ty, expected: &Ty) -> bool {
        let f = self.table.shallow(found);
        let e = self.table.shallow(expected);
        if matches!(f, Ty::Never) {
            return true;
        }
        if let (Ty::Ref(fm, fi), Ty::Ref(em, ei)) = (&f, &e) {
            if *em == Mutability::Mut && *fm == Mutability::Not {
                return self.table.unify(&f, &e);
            }
            // Try the referent and each of its derefs.
            let mut cur = (**fi).clone();
            for _ in 0..8 {
                if self.table.try_unify(&cur, ei) {
                    return true;
                }
                match self.deref_once(&cur) {
                    Some(next) => cur = next,
                    None => break,
                }
            }
            return false;
        }
        if self.table.try_unify(&f, &e) {
            return true;
        }
        // References nested in arrays, tuples or std types may coerce in ways this checker
        // does not model (unsizing, trait objects): no error then.
        let (rf, re) = (self.table.resolve(&f), self.table.resolve(&e));
        nested_ref(&rf) && nested_ref(&re)
    }

    /// One step of (built-in or std `Deref`) dereferencing, for coercions and autoderef.
    fn deref_once(&self, t: &Ty) -> Option<Ty> {
        match self.table.shallow(t) {
            Ty::Ref(_, t) => Some(*t),
            Ty::Adt(Adt::Box | Adt::Rc, a) => a.first().cloned(),
            Ty::Adt(Adt::String, _) => Some(Ty::Str),
            Ty::Adt(Adt::Vec, a) => a.first().map(|t| Ty::Slice(Box::new(t.clone()))),
            Ty::Array(t, _) => Some(Ty::Slice(t)),
            Ty::Error => Some(Ty::Error),
            _ => None,
        }
    }

    /// Reports E0308 "mismatched types", unless either type is unknown.
    fn mismatch(&mut self, span: Span, expected: &Ty, found: &Ty) {
        self.incompatible("mismatched types", span, expected, found);
    }

    /// Checks that `e` has a type that coerces to `expected`, reporting E0308 at `e`.
    fn check_coerce(&mut self, e: ExprId, expected: &Ty) -> Ty {
        self.check_expect(e, expected, "mismatched types")
    }

    /// Infers `e` and coerces it to `expected`, reporting E0308 with `message` at `e`.
    fn coerce_expr(&mut self, e: ExprId, expected: &Ty, message: &str) -> Ty {
        let t = self.infer(e);
        if !self.coerces(&t, expected) {
            let span = self.hir.expr(e).span;
            let before = self.diags.len();
            self.incompatible(message, span, expected, &t);
            if self.diags.len() == before + 1 && message == "mismatched types" {
                self.coerce_suggestions(before, e, expected, &t);
            }
        }
        t
    }

    /// A `for` or `while` loop where a value is wanted: rustc notes that loops evaluate to
    /// `()` and, for the tail of a function's body, suggests a value after the loop
    /// (`suggest_returning_value_after_loop`; an enum gets a variant suggestion instead,
    /// not modelled).
    fn loop_tail_notes(&mut self, at: usize, e: ExprId, expected: &Ty) {
        let expr = self.hir.expr(e);
        // A `for` loop's value is the tail of the block it desugars to (`{ let _t = match
        // into_iter(…) { … }; _t }`).
        let kind = match &expr.kind {
            ExprKind::Path(_)
                if expr.origin == hir::Origin::Desugared(hir::Desugaring::ForLoop) =>
            {
                "`for` loops"
            }
            ExprKind::Loop(_, _, hir::Source::While) => "`while` loops",
            _ => return,
        };
        let in_tail = self.body_tail.is_some_and(|t| {
            t == e || matches!(&self.hir.expr(t).kind, ExprKind::Block(b, _) if b.tail == Some(e))
        });
        let span = expr.span;
        let exp = self.table.resolve(expected);
        let enum_expected = match &exp {
            Ty::Adt(Adt::Option | Adt::Result, _) => true,
            Ty::Adt(Adt::Local(id), _) => matches!(self.hir.item(*id).kind, ItemKind::Enum { .. }),
            _ => false,
        };
        let mut d = std::mem::replace(&mut self.diags[at], Diagnostic::error("", span));
        d = d.with_note(format!("note: {kind} evaluate to unit type `()`"));
        if in_tail && !enum_expected && !exp.has_error() && !self.display(&exp).contains('_') {
            let line_start = self.src[..span.start as usize]
                .rfind('\n')
                .map_or(0, |i| i + 1);
            let indent: String = self.src[line_start..span.start as usize]
                .chars()
                .take_while(|c| c.is_whitespace())
                .collect();
            let multiline = self.src[span.start as usize..span.end as usize].contains('\n');
            let sep = if multiline {
                format!("\n{indent}")
            } else {
                " ".into()
            };
            d = d.with_suggestion(
                "consider returning a value here",
                vec![(
                    Span::empty(span.end),
                    format!("{sep}/* `{}` value */", self.display(&exp)),
                )],
            );
        }
        self.diags[at] = d;
    }

    /// Whether `found` coerces to `expected`, without keeping what unification learnt.
    fn can_coerce(&mut self, found: &Ty, expected: &Ty) -> bool {
        let saved = self.table.snapshot();
        let ok = self.coerces(found, expected);
        self.table.rollback_to(saved);
        ok
    }

    /// Whether a method call may be appended to `e` without parentheses (rustc's
    /// `PREC_POSTFIX` and above).
    fn is_postfix(&self, e: ExprId) -> bool {
        matches!(
            self.hir.expr(e).kind,
            ExprKind::Path(_)
                | ExprKind::Lit(_)
                | ExprKind::Call(..)
                | ExprKind::MethodCall { .. }
                | ExprKind::Field(..)
                | ExprKind::Index(..)
                | ExprKind::Tuple(_)
                | ExprKind::Array(_)
        ) && self.hir.expr(e).origin == hir::Origin::Source
    }

    /// rustc's `emit_coerce_suggestions`, the ones this checker can decide: borrowing
    /// (`suggest_deref_or_ref`), `.to_string()` for a `&str` where a `String` is expected,
    /// and the numeric conversions of `check_for_cast`.
    fn coerce_suggestions(&mut self, at: usize, e: ExprId, expected: &Ty, found: &Ty) {
        self.loop_tail_notes(at, e, expected);
        if !self.is_postfix(e) {
            return;
        }
        let span = self.hir.expr(e).span;
        let exp = self.table.resolve(expected);
        let fnd = self.table.resolve(found);
        let mut suggestion: Option<(String, Vec<(Span, String)>)> = None;
        if let Ty::Ref(m, inner) = &exp {
            if !matches!(fnd, Ty::Ref(..)) && self.can_coerce(&fnd, inner) {
                let (message, amp) = match m {
                    Mutability::Mut => ("consider mutably borrowing here", "&mut "),
                    Mutability::Not => ("consider borrowing here", "&"),
                };
                suggestion = Some((message.into(), vec![(Span::empty(span.start), amp.into())]));
            }
        }
        if suggestion.is_none()
            && matches!(exp, Ty::Adt(Adt::String, _))
            && matches!(&fnd, Ty::Ref(Mutability::Not, t) if **t == Ty::Str)
        {
            suggestion = Some((
                "try using a conversion method".into(),
                vec![(Span::empty(span.end), ".to_string()".into())],
            ));
        }
        if suggestion.is_none() && self.in_fn {
            suggestion = self.cast_suggestion(e, &exp, &fnd);
        }
        if let Some((message, edits)) = suggestion {
            let d = std::mem::replace(&mut self.diags[at], Diagnostic::error("", span));
            self.diags[at] = d.with_suggestion(message, edits);
        }
    }

    /// rustc's `check_for_cast` between numeric types (never an `as` cast: rustc does not
    /// suggest those).
    fn cast_suggestion(
        &self,
        e: ExprId,
        expected: &Ty,
        found: &Ty,
    ) -> Option<(String, Vec<(Span, String)>)> {
        let (Ty::Int(_) | Ty::Float(_), Ty::Int(_) | Ty::Float(_)) = (expected, found) else {
            return None;
        };
        let span = self.hir.expr(e).span;
        let article = |t: &Ty| match t {
            Ty::Int(i) if i.name().starts_with('u') => "a",
            _ => "an",
        };
        let (en, fnm) = (self.display(expected), self.display(found));
        let msg = format!(
            "you can convert {} `{fnm}` to {} `{en}`",
            article(found),
            article(expected)
        );
        let into = vec![(Span::empty(span.end), ".into()".to_string())];
        // A suffixed literal: change its suffix.
        if let ExprKind::Lit(_) = &self.hir.expr(e).kind {
            let text = self.src.get(span.start as usize..span.end as usize)?;
            let rest = text.strip_suffix(fnm.as_str())?;
            let keep = match (expected, found) {
                (Ty::Int(_), Ty::Float(_)) => rest.split('.').next().unwrap_or(rest).len(),
                _ => rest.len(),
            };
            return Some((
                format!("change the type of the numeric literal from `{fnm}` to `{en}`"),
                vec![(Span::new(span.start + keep as u32, span.end), en)],
            ));
        }
        let width = |t: &Ty| -> Option<u32> {
            match t {
                Ty::Int(i) => i.name()[1..].parse::<u32>().ok(),
                Ty::Float(FloatTy::F32) => Some(32),
                Ty::Float(FloatTy::F64) => Some(64),
                _ => None,
            }
        };
        let signed = |t: &Ty| matches!(t, Ty::Int(i) if i.name().starts_with('i'));
        let (we, wf) = (width(expected), width(found));
        let fallible = match (expected, found) {
            (Ty::Int(_), Ty::Int(_)) if signed(expected) == signed(found) => {
                let (f2e, _) = match (we, wf) {
                    (Some(a), Some(b)) if a < b => (true, false),
                    (Some(a), Some(b)) if a > b => (false, true),
                    (None, Some(8 | 16)) => (false, true),
                    (Some(8 | 16), None) => (true, false),
                    (None, _) | (_, None) => (true, true),
                    _ => (false, false),
                };
                f2e
            }
            (Ty::Int(_), Ty::Int(_)) if signed(expected) => {
                !matches!((we, wf), (Some(a), Some(b)) if b < a)
                    && !matches!((we, wf), (None, Some(8)))
            }
            (Ty::Int(_), Ty::Int(_)) => true,
            (Ty::Float(_), Ty::Float(_)) => {
                return (wf < we).then_some((msg, into));
            }
            (Ty::Int(_), Ty::Float(_)) => return None,
            (Ty::Float(_), Ty::Int(_)) => {
                return match (we, wf) {
                    (Some(a), Some(b)) if a > b => Some((
                        format!(
                            "{msg}, producing the floating point representation of the integer"
                        ),
                        into,
                    )),
                    _ => Some((
                        format!(
                            "you can cast {} `{fnm}` to {} `{en}`, producing the floating point \
                             representation of the integer, rounded if necessary",
                            article(found),
                            article(expected)
                        ),
                        vec![(Span::empty(span.end), format!(" as {en}"))],
                    )),
                };
            }
            _ => return None,
        };
        if fallible {
            Some((
                format!("{msg} and panic if the converted value doesn't fit"),
                vec![(Span::empty(span.end), ".try_into().unwrap()".into())],
            ))
        } else {
            Some((msg, into))
        }
    }

    /// Checks `e` against an expected type, pushing the expectation into blocks' tails, the
    /// branches of `if` and `match` and the arguments of `Some`, `Ok` and `Err`, so that a
    /// mismatch is reported where rustc reports it.
    fn check_expect(&mut self, e: ExprId, expected: &Ty, message: &str) -> Ty {
        if self.depth > MAX_DEPTH {
            return Ty::Error;
        }
        self.depth += 1;
        let t = self.check_expect_inner(e, expected, message);
        self.depth -= 1;
        if let Some(slot) = self.expr_tys.get_mut(e.index()) {
            *slot = t.clone();
            self.touched.push(e);
        }
        t
    }

    fn check_expect_inner(&mut self, e: ExprId, expected: &Ty, message: &str) -> Ty {
        let hir = self.hir;
        let expr = hir.expr(e);
        match &expr.kind {
            ExprKind::Block(b, None) => {
                let (diverges, last_unknown) = self.check_stmts(b);
                match b.tail {
                    Some(t) => self.check_expect(t, expected, message),
                    None => {
                        let t = block_ty(diverges, last_unknown);
                        if !self.coerces(&t, expected) {
                            self.incompatible(message, expr.span, expected, &t);
                        }
                        t
                    }
                }
            }
            ExprKind::If(cond, then, Some(els)) => {
                self.check_cond(*cond);
                let tt = self.check_expect(*then, expected, message);
                let et =
                    self.check_expect(*els, expected, "`if` and `else` have incompatible types");
                if matches!(self.table.shallow(&tt), Ty::Never) {
                    et
                } else {
                    tt
                }
            }
            // An `if` without `else` where a value is wanted is rustc's E0317 (not reported
            // yet), not a mismatch.
            ExprKind::If(_, _, None) => self.infer(e),
            ExprKind::Match(scrut, arms, hir::Source::Normal) => {
                let st = self.infer(*scrut);
                let mut all_never = true;
                for (i, arm) in arms.iter().enumerate() {
                    let before = self.diags.len();
                    self.check_pat(arm.pat, &st, None);
                    self.label_pattern_origin(before, arm.pat, *scrut, &st);
                    if let Some(g) = arm.guard {
                        self.check_coerce(g, &Ty::Bool);
                    }
                    let msg = if i == 0 {
                        message
                    } else {
                        "`match` arms have incompatible types"
                    };
                    let t = self.check_expect(arm.body, expected, msg);
                    if !matches!(self.table.shallow(&t), Ty::Never) {
                        all_never = false;
                    }
                }
                if all_never {
                    Ty::Never
                } else {
                    expected.clone()
                }
            }
            ExprKind::Call(callee, args) if args.len() == 1 => {
                let inner = match &hir.expr(*callee).kind {
                    // (Written type arguments, `Ok::<u8, String>`, are read by `call`.)
                    ExprKind::Path(hir::Path {
                        res: Res::Std(StdKind::Variant, v),
                        segments,
                        ..
                    }) if segments.iter().all(|s| s.args.is_empty()) => {
                        match (*v, self.table.shallow(expected)) {
                            ("std::option::Option::Some", Ty::Adt(Adt::Option, a)) => {
                                a.first().cloned()
                            }
                            ("std::result::Result::Ok", Ty::Adt(Adt::Result, a)) => {
                                a.first().cloned()
                            }
                            ("std::result::Result::Err", Ty::Adt(Adt::Result, a)) => {
                                a.get(1).cloned()
                            }
                            _ => None,
                        }
                    }
                    _ => None,
                };
                match inner {
                    Some(inner) => {
                        self.check_expect(args[0], &inner, "mismatched types");
                        expected.clone()
                    }
                    None => self.coerce_expr(e, expected, message),
                }
            }
            _ => self.coerce_expr(e, expected, message),
        }
    }

    /// The type of `e?` (desugared into `match branch(e) { Break(r) => return
    /// from_residual(r), Continue(v) => v }`): the `Some` or `Ok` type of `e` when it is an
    /// `Option` or a `Result`, unknown otherwise.
    fn try_expr(&mut self, scrut: ExprId, arms: &[hir::Arm]) -> Ty {
        self.infer(scrut);
        let operand = match &self.hir.expr(scrut).kind {
            ExprKind::Call(_, args) if args.len() == 1 => Some(args[0]),
            _ => None,
        };
        let operand_ty = operand
            .map(|e| self.expr_tys[e.index()].clone())
            .unwrap_or(Ty::Error);
        let value = match self.table.shallow(&operand_ty) {
            Ty::Adt(Adt::Option, a) | Ty::Adt(Adt::Result, a) => {
                a.first().cloned().unwrap_or(Ty::Error)
            }
            _ => Ty::Error,
        };
        self.try_on_result = matches!(self.table.shallow(&operand_ty), Ty::Adt(Adt::Result, _));
        for arm in arms {
            let pat = self.hir.pat(arm.pat);
            match &pat.kind {
                PatKind::TupleStruct { path, pats, .. }
                    if path.segments.last().is_some_and(|s| s.name == "Continue")
                        && pats.len() == 1 =>
                {
                    self.check_pat(pats[0], &value, None);
                }
                _ => self.check_pat(arm.pat, &Ty::Error, None),
            }
            self.infer(arm.body);
        }
        value
    }

    /// Checks the condition of an `if` (a `let` condition or a `bool`).
    fn check_cond(&mut self, cond: ExprId) {
        if matches!(self.hir.expr(cond).kind, ExprKind::Let(..)) {
            self.infer(cond);
        } else {
            self.check_coerce(cond, &Ty::Bool);
        }
    }

    fn infer(&mut self, e: ExprId) -> Ty {
        if self.depth > MAX_DEPTH {
            return Ty::Error;
        }
        self.depth += 1;
        let t = self.infer_inner(e);
        self.depth -= 1;
        if let Some(slot) = self.expr_tys.get_mut(e.index()) {
            *slot = t.clone();
            self.touched.push(e);
        }
        t
    }

    fn infer_inner(&mut self, id: ExprId) -> Ty {
        let hir = self.hir;
        let expr = hir.expr(id);
        match &expr.kind {
            ExprKind::Lit(l) => self.lit_ty(l),
            ExprKind::Path(p) => self.path_value_ty(p),
            ExprKind::Unary(op, inner) => {
                let t = self.infer(*inner);
                let t = self.table.shallow(&t);
                match op {
                    UnOp::Deref => match t {
                        Ty::Ref(_, t) => *t,
                        Ty::Adt(Adt::Box, a) => a.first().cloned().unwrap_or(Ty::Error),
                        _ => Ty::Error,
                    },
                    UnOp::Not => match t {
                        Ty::Bool | Ty::Int(_) => t,
                        Ty::Infer(v) if self.table.kind(v) == VarKind::Int => t,
                        _ => Ty::Error,
                    },
                    UnOp::Neg => match t {
                        Ty::Int(_) | Ty::Float(_) => t,
                        Ty::Infer(v) if self.table.kind(v) != VarKind::General => t,
                        _ => Ty::Error,
                    },
                }
            }
            ExprKind::Binary(op, l, r) => self.binary(*op, *l, *r),
            ExprKind::AddrOf(m, inner) => {
                let t = self.infer(*inner);
                Ty::Ref(*m, Box::new(t))
            }
            ExprKind::Assign(l, r) => {
                let lt = self.infer(*l);
                let before = self.diags.len();
                self.check_coerce(*r, &lt);
                self.label_assign_mismatch(before, *l, *r);
                Ty::unit()
            }
            ExprKind::AssignOp(_, l, r) => {
                let lt = self.infer(*l);
                let rt = self.infer(*r);
                if self.numeric_like(&lt) && self.numeric_like(&rt) {
                    self.table.try_unify(&lt, &rt);
                }
                Ty::unit()
            }
            ExprKind::Cast(inner, t) => {
                self.infer(*inner);
                let t = t.clone();
                self.lower_ty(&t, true, 0)
            }
            ExprKind::Call(callee, args) => self.call(id, *callee, args),
            ExprKind::MethodCall {
                receiver,
                segment,
                args,
            } => self.method_call(id, *receiver, segment, args),
            ExprKind::Field(base, name) => {
                let t = self.infer(*base);
                self.field_access(&t, name)
            }
            ExprKind::Index(base, idx) => {
                let bt = self.infer(*base);
                let it = self.infer(*idx);
                // The element type of a `Vec`, array or slice behind references.
                let mut cur = bt;
                let mut elem = None;
                for _ in 0..8 {
                    match self.table.shallow(&cur) {
                        Ty::Array(t, _) | Ty::Slice(t) => {
                            elem = Some(*t);
                            break;
                        }
                        Ty::Adt(Adt::Vec, a) => {
                            elem = a.first().cloned();
                            break;
                        }
                        Ty::Ref(_, t) => cur = *t,
                        _ => break,
                    }
                }
                let Some(elem) = elem else {
                    return Ty::Error;
                };
                let it = self.table.shallow(&it);
                match it {
                    Ty::Int(IntTy::Usize) => elem,
                    Ty::Infer(v) if self.table.kind(v) == VarKind::Int => {
                        self.table.unify(&it, &Ty::Int(IntTy::Usize));
                        elem
                    }
                    Ty::Int(_) => {
                        let slice = Ty::Slice(Box::new(elem));
                        let message = format!(
                            "the type `{}` cannot be indexed by `{}`",
                            self.display(&slice),
                            self.display(&it)
                        );
                        if !self.table.resolve(&slice).has_error() {
                            self.diags.push(
                                Diagnostic::error(message, hir.expr(*idx).span)
                                    .with_code("E0277")
                                    .with_label_message(
                                        "slice indices are of type `usize` or ranges of `usize`",
                                    ),
                            );
                        }
                        Ty::Error
                    }
                    _ => Ty::Error,
                }
            }
            ExprKind::Closure(c) => self.closure(c, None),
            ExprKind::Block(b, label) => {
                if label.is_some() {
                    self.breaks.push(BreakFrame {
                        label: label.clone(),
                        takes_value: true,
                        is_block: true,
                        ty: None,
                        first: None,
                    });
                    self.check_block(b);
                    self.breaks.pop();
                    Ty::Error
                } else {
                    self.check_block(b)
                }
            }
            ExprKind::If(cond, then, els) => self.if_expr(*cond, *then, *els),
            ExprKind::Let(pat, scrut) => {
                let t = self.infer(*scrut);
                self.check_pat(*pat, &t, None);
                Ty::Bool
            }
            ExprKind::Match(scrut, arms, hir::Source::TryDesugar) => self.try_expr(*scrut, arms),
            ExprKind::Match(scrut, arms, _) => {
                let st = self.infer(*scrut);
                let mut result: Option<Ty> = None;
                let mut prior_arms = Vec::new();
                for arm in arms {
                    let before = self.diags.len();
                    self.check_pat(arm.pat, &st, None);
                    self.label_pattern_origin(before, arm.pat, *scrut, &st);
                    if let Some(g) = arm.guard {
                        self.check_coerce(g, &Ty::Bool);
                    }
                    let t = self.infer(arm.body);
                    if matches!(self.table.shallow(&t), Ty::Never) {
                        continue;
                    }
                    let span = self.value_span(arm.body);
                    match &result {
                        None => result = Some(t),
                        Some(prev) => {
                            let prev = prev.clone();
                            if !self.lub(&prev, &t) {
                                let before = self.diags.len();
                                self.incompatible(
                                    "`match` arms have incompatible types",
                                    span,
                                    &prev,
                                    &t,
                                );
                                let scrut_span = self.hir.expr(*scrut).span;
                                self.label_match_arms(
                                    before,
                                    (expr.span, scrut_span, span),
                                    &prior_arms,
                                    &prev,
                                );
                                result = Some(Ty::Error);
                            }
                        }
                    }
                    prior_arms.push(span);
                }
                result.unwrap_or(Ty::Never)
            }
            ExprKind::Loop(b, label, source) => {
                let takes_value = *source == hir::Source::Normal;
                self.breaks.push(BreakFrame {
                    label: label.clone(),
                    takes_value,
                    is_block: false,
                    ty: None,
                    first: None,
                });
                self.check_block(b);
                let frame = self.breaks.pop();
                if !takes_value {
                    return Ty::unit();
                }
                match frame.and_then(|f| f.ty) {
                    Some(t) => t,
                    None => Ty::Never,
                }
            }
            ExprKind::Break(label, value) => {
                let vt = value.map(|v| (v, self.infer(v)));
                let frame = match label {
                    Some(l) => self
                        .breaks
                        .iter()
                        .rposition(|f| f.label.as_deref() == Some(l.as_str())),
                    None => self.breaks.iter().rposition(|f| !f.is_block),
                };
                if let Some(i) = frame {
                    if self.breaks[i].takes_value {
                        let (vspan, vt) = match vt {
                            Some((v, t)) => (Some(self.hir.expr(v).span), t),
                            None => (None, Ty::unit()),
                        };
                        match self.breaks[i].ty.clone() {
                            None => {
                                self.breaks[i].ty = Some(vt);
                                self.breaks[i].first = Some(expr.span);
                            }
                            Some(prev) => {
                                if !self.coerces(&vt, &prev) {
                                    if let Some(span) = vspan {
                                        let before = self.diags.len();
                                        self.mismatch(span, &prev, &vt);
                                        if let Some(first) = self.breaks[i].first {
                                            self.label_mismatches(
                                                before,
                                                span,
                                                first,
                                                "expected because of this `break`".into(),
                                            );
                                        }
                                    }
                                    self.breaks[i].ty = Some(Ty::Error);
                                }
                            }
                        }
                    }
                }
                Ty::Never
            }
            ExprKind::Continue(_) => Ty::Never,
            ExprKind::Ret(value) => {
                let ret = self.ret.clone();
                match value {
                    Some(v) => {
                        let before = self.diags.len();
                        self.check_coerce(*v, &ret);
                        self.label_return_mismatch(before, *v);
                    }
                    None => {
                        if !self.coerces(&Ty::unit(), &ret) {
                            self.mismatch(expr.span, &ret, &Ty::unit());
                        }
                    }
                }
                Ty::Never
            }
            ExprKind::Struct { path, fields, base } => self.struct_lit(path, fields, *base),
            ExprKind::Tuple(es) => Ty::Tuple(es.iter().map(|e| self.infer(*e)).collect()),
            ExprKind::Array(es) => {
                let mut elem = self.table.new_var(VarKind::General);
                let mut first = true;
                for e in es {
                    let t = self.infer(*e);
                    if first {
                        self.table.unify(&elem, &t);
                        first = false;
                    } else if !self.coerces(&t, &elem) {
                        if self.lub(&elem, &t) {
                            // Pointers of different types may share an unsized type that an
                            // annotation gives (`[&[i32]; 2] = [&[1], &[1, 2]]`,
                            // `Vec<Box<dyn Shape>>`).
                            elem = Ty::Error;
                        } else {
                            let span = self.hir.expr(*e).span;
                            self.mismatch(span, &elem, &t);
                        }
                    }
                }
                Ty::Array(Box::new(elem), Some(es.len() as u64))
            }
            ExprKind::Repeat(e, n) => {
                let t = self.infer(*e);
                Ty::Array(Box::new(t), self.const_len(*n))
            }
            ExprKind::FormatArgs(fa) => {
                let before = self.diags.len();
                let tys: Vec<Ty> = fa.args.iter().map(|a| self.infer(*a)).collect();
                // As in rustc, an error inside the arguments silences the formatting traits'.
                if self.diags.len() == before {
                    self.check_format_traits(fa, &tys);
                }
                Ty::Error
            }
            ExprKind::Err => Ty::Error,
        }
    }

    /// Reports E0277 for a crate type formatted with `{}` or `{:?}` without implementing
    /// (or deriving) `Display` or `Debug`.
    fn check_format_traits(&mut self, fa: &hir::FormatArgs, tys: &[Ty]) {
        // rustc reports a type missing a formatting trait once per `format_args!`.
        let mut reported: Vec<(ItemId, &str)> = Vec::new();
        for piece in &fa.template {
            let crate::format::Piece::Placeholder(ph) = piece else {
                continue;
            };
            let (tr, message_tr) = match ph.trait_ {
                crate::format::Trait::Display => ("Display", "std::fmt::Display"),
                crate::format::Trait::Debug => ("Debug", "Debug"),
                _ => continue,
            };
            let (Some(t), Some(&arg)) = (tys.get(ph.index), fa.args.get(ph.index)) else {
                continue;
            };
            let mut cur = self.table.shallow(t);
            for _ in 0..8 {
                match cur {
                    Ty::Ref(_, inner) => cur = self.table.shallow(&inner),
                    _ => break,
                }
            }
            let Ty::Adt(Adt::Local(id), _) = cur else {
                continue;
            };
            let implemented = self
                .trait_impls
                .get(&id)
                .is_some_and(|impls| impls.iter().any(|i| i == tr));
            if implemented || self.has_type_params(id) || reported.contains(&(id, tr)) {
                continue;
            }
            reported.push((id, tr));
            let name = self.name_of(id);
            let label = match ph.trait_ {
                crate::format::Trait::Debug => format!(
                    "`{name}` cannot be formatted using `{{:?}}` because it doesn't implement `Debug`"
                ),
                _ => format!("`{name}` cannot be formatted with the default formatter"),
            };
            let mut d = Diagnostic::error(
                format!("`{name}` doesn't implement `{message_tr}`"),
                self.hir.expr(arg).span,
            )
            .with_code("E0277")
            .with_label_message(label);
            // The placeholder, when the string is written as its bytes are.
            let content = fa.template_span.start as usize + 1;
            let (start, end) = (content + ph.start, content + ph.end);
            let raw = self.src.get(fa.template_span.start as usize..content);
            let placeholder = self.src.get(start..end);
            if raw == Some("\"")
                && !self.src[content..start].contains('\\')
                && placeholder.is_some_and(|p| p.starts_with('{') && p.ends_with('}'))
            {
                d = d.with_secondary(
                    Span::new(start as u32, end as u32),
                    "required by this formatting parameter",
                );
            }
            d = self.unimplemented_notes(d, id, tr, message_tr, true);
            self.diags.push(d);
        }
    }

    /// rustc's notes on a crate type missing a trait with a label of its own (the format
    /// traits): the trait is not implemented (at the type's definition, unless a derive is
    /// suggested), and the trait's own notes.
    fn unimplemented_notes(
        &mut self,
        d: Diagnostic,
        adt: ItemId,
        tr: &str,
        shown: &str,
        from_format: bool,
    ) -> Diagnostic {
        let name = self.name_of(adt);
        let derivable = match self.derive_suggestable(adt, tr) {
            Some(d) => d,
            None => return d,
        };
        let help = format!("the trait `{shown}` is not implemented for `{name}`");
        let Some(at) = self.def_span(adt) else {
            return d;
        };
        if derivable {
            let mut d = d.with_child("help", help, Vec::new());
            if tr == "Debug" && from_format {
                d = d.with_child(
                    "note",
                    format!(
                        "add `#[derive(Debug)]` to `{name}` or manually `impl Debug for {name}`"
                    ),
                    Vec::new(),
                );
            }
            d.with_suggestion(
                format!("consider annotating `{name}` with `#[derive({tr})]`"),
                vec![(Span::empty(at.start), format!("#[derive({tr})]\n"))],
            )
        } else {
            let label = Label {
                span: at,
                message: String::new(),
                primary: true,
            };
            let mut d = d.with_child("help", help, vec![label]);
            if tr == "Debug" && from_format {
                d = d.with_child(
                    "note",
                    format!(
                        "add `#[derive(Debug)]` to `{name}` or manually `impl Debug for {name}`"
                    ),
                    Vec::new(),
                );
            }
            if tr == "Display" && from_format {
                d = d.with_child(
                    "note",
                    "in format strings you may be able to use `{:?}` (or {:#?} for pretty-print) instead",
                    Vec::new(),
                );
            }
            d
        }
    }

    /// The span rustc points at for a branch's value: the tail of a block.
    fn value_span(&self, e: ExprId) -> Span {
        let mut cur = e;
        for _ in 0..64 {
            match &self.hir.expr(cur).kind {
                ExprKind::Block(b, None) => match b.tail {
                    Some(t) => cur = t,
                    None => break,
                },
                _ => break,
            }
        }
        self.hir.expr(cur).span
    }

    /// Unifies the types of two branches; references, boxes and `Rc`s are left alone when
    /// they differ (rustc may find a common type through coercions this checker does not
    /// model, such as `Box<Circle>` and `Box<Square>` to `Box<dyn Shape>`).
    fn lub(&mut self, a: &Ty, b: &Ty) -> bool {
        if self.table.try_unify(a, b) {
            return true;
        }
        let ra = self.table.resolve(a);
        let rb = self.table.resolve(b);
        matches!(
            (&ra, &rb),
            (Ty::Ref(..), Ty::Ref(..))
                | (Ty::Adt(Adt::Box, _), Ty::Adt(Adt::Box, _))
                | (Ty::Adt(Adt::Rc, _), Ty::Adt(Adt::Rc, _))
        )
    }

    fn incompatible(&mut self, message: &str, span: Span, expected: &Ty, found: &Ty) {
        let e = self.table.resolve(expected);
        let f = self.table.resolve(found);
        if e.has_error() || f.has_error() {
            return;
        }
        let label = format!(
            "expected {}, found {}",
            self.describe(&e),
            self.describe(&f)
        );
        let d = Diagnostic::error(message, span)
            .with_code("E0308")
            .with_label_message(label);
        let d = self.note_expected_found(d, &e, &f);
        self.diags.push(d);
    }

    /// rustc's `note_type_err`: `= note: expected enum `…`` / `found struct `…``, unless both
    /// types are simple to read from the label.
    fn note_expected_found(&self, d: Diagnostic, e: &Ty, f: &Ty) -> Diagnostic {
        if self.is_simple_text(e) && self.is_simple_text(f) {
            return d;
        }
        let expected = format!("expected {}", self.prefix_string(e));
        let found = format!("found {}", self.prefix_string(f));
        let width = expected.len().max(found.len());
        let message = format!(
            "{:>width$} `{}`\n{:>width$} `{}`",
            expected,
            self.display(e),
            found,
            self.display(f)
        );
        d.with_child("note", message, Vec::new())
    }

    /// rustc's `Ty::is_simple_ty`.
    fn is_simple_ty(&self, t: &Ty) -> bool {
        match self.table.shallow(t) {
            Ty::Bool | Ty::Char | Ty::Str | Ty::Int(_) | Ty::Float(_) => true,
            Ty::Infer(v) => self.table.kind(v) != VarKind::General,
            Ty::Ref(_, x) | Ty::Array(x, _) | Ty::Slice(x) => {
                let mut x = *x;
                while let Ty::Ref(_, inner) = self.table.shallow(&x) {
                    x = *inner;
                }
                self.is_simple_ty(&x)
            }
            Ty::Tuple(v) => v.is_empty(),
            _ => false,
        }
    }

    /// rustc's `Ty::is_simple_text`.
    fn is_simple_text(&self, t: &Ty) -> bool {
        match self.table.shallow(t) {
            Ty::Adt(_, args) => args.is_empty(),
            Ty::Ref(_, x) => self.is_simple_text(&x),
            _ => self.is_simple_ty(t),
        }
    }

    /// rustc's `Ty::prefix_string`: what kind of type `t` is.
    fn prefix_string(&self, t: &Ty) -> &'static str {
        match self.table.shallow(t) {
            Ty::Tuple(v) if v.is_empty() => "unit type",
            Ty::Tuple(_) => "tuple",
            Ty::Array(..) => "array",
            Ty::Slice(_) => "slice",
            Ty::Ref(Mutability::Mut, _) => "mutable reference",
            Ty::Ref(..) => "reference",
            Ty::Adt(Adt::Option | Adt::Result, _) => "enum",
            Ty::Adt(Adt::Local(id), _) => match self.hir.item(id).kind {
                ItemKind::Enum { .. } => "enum",
                _ => "struct",
            },
            Ty::Adt(..) => "struct",
            Ty::FnDef(_) => "fn item",
            Ty::Param(_) => "type parameter",
            Ty::Closure(_) => "closure",
            Ty::Infer(v) => match self.table.kind(v) {
                VarKind::Int => "integer",
                VarKind::Float => "floating-point number",
                VarKind::General => "inferred type",
            },
            _ => "type",
        }
    }

    /// A function body without a tail where a value is wanted: rustc labels the function's
    /// name, and the semicolon of a last statement whose value would do.
    fn label_no_tail(&mut self, before: usize, at: Span, owner: ItemId, b: &Block, ret: &Ty) {
        let item = self.hir.item(owner);
        if let Some(name) = self.name_span_after(item.span, "fn", &item.name) {
            self.label_mismatches(
                before,
                at,
                name,
                "implicitly returns `()` as its body has no tail or `return` expression".into(),
            );
        }
        if let Some(last) = b.stmts.last() {
            if let StmtKind::Semi(e) = &last.kind {
                let t = self.expr_tys[e.index()].clone();
                let end = last.span.end;
                if !matches!(self.table.shallow(&t), Ty::Never | Ty::Error)
                    && self.src.as_bytes().get(end as usize - 1) == Some(&b';')
                    && self.can_coerce(&t, ret)
                {
                    self.label_mismatches(
                        before,
                        at,
                        Span::new(end - 1, end),
                        "help: remove this semicolon to return this value".into(),
                    );
                    return;
                }
            }
        }
        self.returning_binding(before, at, owner, b, ret);
    }

    /// rustc's `consider_returning_binding_diag`: the bindings of the body's `let`s (the
    /// last first) and of the parameters whose type is the return type; one is suggested
    /// as the tail, two are pointed at.
    fn returning_binding(&mut self, before: usize, at: Span, owner: ItemId, b: &Block, ret: &Ty) {
        let hir = self.hir;
        let ret = self.table.resolve(ret);
        if ret.has_error() {
            return;
        }
        let mut pats: Vec<PatId> = b
            .stmts
            .iter()
            .rev()
            .filter_map(|s| match &s.kind {
                StmtKind::Let { pat, .. } => Some(*pat),
                _ => None,
            })
            .collect();
        let mut seen: Vec<&str> = Vec::new();
        let mut candidates: Vec<(Span, &str)> = Vec::new();
        if let ItemKind::Fn(decl) = &hir.item(owner).kind {
            if let Some(body) = decl.body {
                let body = &hir.bodies[body.index()];
                pats.extend(body.params.iter().copied());
                // `self` is the first parameter.
                if let Some(sl) = body.self_local {
                    if let Some(t) = self.locals.get(&sl) {
                        let t = self.table.resolve(t);
                        if t.has_error() {
                            return;
                        }
                        if self.same_type_modulo_infer(&t, &ret) {
                            let local = &hir.locals[sl.index()];
                            seen.push(&local.name);
                            candidates.push((local.span, &local.name));
                        }
                    }
                }
            }
        }
        for pat in pats {
            let within = hir.pat(pat).span;
            let mut bound: Vec<(LocalId, &hir::Local)> = hir
                .locals
                .iter()
                .enumerate()
                .map(|(i, l)| (LocalId(i as u32), l))
                .filter(|(_, l)| l.span.start >= within.start && l.span.end <= within.end)
                .collect();
            bound.sort_by_key(|(_, l)| l.span.start);
            for (id, local) in bound {
                let Some(t) = self.locals.get(&id) else {
                    continue;
                };
                let t = self.table.resolve(t);
                // A binding whose type is unknown here might be one rustc counts.
                if t.has_error() || has_general_infer(&self.table, &t) {
                    return;
                }
                if !self.same_type_modulo_infer(&t, &ret) {
                    continue;
                }
                if seen.contains(&local.name.as_str()) {
                    continue;
                }
                seen.push(&local.name);
                candidates.push((local.span, &local.name));
            }
        }
        let indentation = |at: u32| -> String {
            let line_start = self.src[..at as usize].rfind('\n').map_or(0, |i| i + 1);
            self.src[line_start..at as usize]
                .chars()
                .take_while(|c| c.is_whitespace())
                .collect()
        };
        let multiline = self
            .src
            .get(b.span.start as usize..b.span.end as usize)
            .is_some_and(|t| t.contains('\n'));
        match candidates.as_slice() {
            [(_, name)] => {
                // After the last statement, or inside the empty block.
                let edit = match b.stmts.last() {
                    Some(last) if multiline => (
                        Span::empty(last.span.end),
                        format!("\n{}{name}", indentation(last.span.start)),
                    ),
                    Some(last) => (Span::empty(last.span.end), format!(" {name}")),
                    // The whitespace inside `{ }` is replaced.
                    None => {
                        let open = b.span.start + 1;
                        let inside = &self.src[open as usize..b.span.end as usize];
                        let ws = inside.len() - inside.trim_start().len();
                        let spacing = indentation(b.span.start);
                        let text = if multiline {
                            format!("\n{spacing}    {name}\n{spacing}")
                        } else {
                            format!(" {name} ")
                        };
                        (Span::new(open, open + ws as u32), text)
                    }
                };
                let message = format!("consider returning the local binding `{name}`");
                for d in &mut self.diags[before..] {
                    if d.code.as_deref() == Some("E0308") && d.primary_span() == at {
                        *d = std::mem::replace(d, Diagnostic::error("", at))
                            .with_suggestion(message.clone(), vec![edit.clone()]);
                    }
                }
            }
            [_, _] => {
                let labels: Vec<Label> = candidates
                    .iter()
                    .map(|(span, _)| Label {
                        span: *span,
                        message: String::new(),
                        primary: true,
                    })
                    .collect();
                for d in &mut self.diags[before..] {
                    if d.code.as_deref() == Some("E0308") && d.primary_span() == at {
                        *d = std::mem::replace(d, Diagnostic::error("", at)).with_child(
                            "note",
                            "consider returning one of these bindings",
                            labels.clone(),
                        );
                    }
                }
            }
            _ => {}
        }
    }

    /// rustc's `same_type_modulo_infer`: equal types, an integer or float variable standing
    /// for any integer or float type.
    fn same_type_modulo_infer(&self, a: &Ty, b: &Ty) -> bool {
        match (self.table.shallow(a), self.table.shallow(b)) {
            (Ty::Infer(v), Ty::Int(_)) | (Ty::Int(_), Ty::Infer(v)) => {
                self.table.kind(v) == VarKind::Int
            }
            (Ty::Infer(v), Ty::Float(_)) | (Ty::Float(_), Ty::Infer(v)) => {
                self.table.kind(v) == VarKind::Float
            }
            (Ty::Infer(v), Ty::Infer(w)) => self.table.kind(v) == self.table.kind(w),
            (Ty::Ref(m, x), Ty::Ref(n, y)) => m == n && self.same_type_modulo_infer(&x, &y),
            (Ty::Tuple(x), Ty::Tuple(y)) | (Ty::Adt(_, x), Ty::Adt(_, y))
                if x.len() == y.len() && {
                    let (sa, sb) = (self.table.shallow(a), self.table.shallow(b));
                    match (sa, sb) {
                        (Ty::Adt(p, _), Ty::Adt(q, _)) => p == q,
                        _ => true,
                    }
                } =>
            {
                x.iter()
                    .zip(&y)
                    .all(|(p, q)| self.same_type_modulo_infer(p, q))
            }
            (x, y) => x == y && !matches!(x, Ty::Infer(_)),
        }
    }

    /// rustc's note on a `MatchExpressionArm` cause: the prior arms' type, and the `match`
    /// (all of it, or `match scrutinee` when an arm spans lines or the match does not).
    fn label_match_arms(
        &mut self,
        before: usize,
        (match_span, scrut_span, arm_span): (Span, Span, Span),
        prior: &[Span],
        prior_ty: &Ty,
    ) {
        let multiline = |s: Span| {
            self.src
                .get(s.start as usize..s.end as usize)
                .is_some_and(|t| t.contains('\n'))
        };
        let t = self.display(&self.table.resolve(prior_ty));
        let mut any_multiline = multiline(arm_span);
        let mut labels = Vec::new();
        if prior.len() <= 4 {
            for sp in prior {
                any_multiline |= multiline(*sp);
                labels.push((*sp, format!("this is found to be of type `{t}`")));
            }
        } else if let Some(sp) = prior.last() {
            any_multiline |= multiline(*sp);
            labels.push((
                *sp,
                format!("this and all prior arms are found to be of type `{t}`"),
            ));
        }
        let outer = if any_multiline || !multiline(match_span) {
            Span::new(match_span.start, scrut_span.end)
        } else {
            match_span
        };
        labels.push((outer, "`match` arms have incompatible types".into()));
        for (sp, message) in labels {
            self.label_mismatches(before, arm_span, sp, message);
        }
    }

    /// rustc's note on a pattern's mismatch: "this expression has type `T`" at the
    /// expression the pattern is matched against.
    fn label_pattern_origin(&mut self, before: usize, pat: PatId, origin: ExprId, t: &Ty) {
        let pat_span = self.hir.pat(pat).span;
        let at = self.hir.expr(origin).span;
        if at.start < pat_span.end && pat_span.start < at.end {
            return;
        }
        let t = self.table.resolve(t);
        if t.has_error() {
            return;
        }
        let message = format!("this expression has type `{}`", self.display(&t));
        for d in &mut self.diags[before..] {
            let p = d.primary_span();
            if d.code.as_deref() == Some("E0308")
                && p.start >= pat_span.start
                && p.end <= pat_span.end
            {
                d.labels.push(Label {
                    span: at,
                    message: message.clone(),
                    primary: false,
                });
            }
        }
    }

    /// Adds `message` at `at` to the E0308 errors reported since `before` at `span` (where an
    /// expectation came from).
    fn label_mismatches(&mut self, before: usize, span: Span, at: Span, message: String) {
        for d in &mut self.diags[before..] {
            if d.code.as_deref() == Some("E0308") && d.primary_span() == span {
                d.labels.push(source::Label {
                    span: at,
                    message: message.clone(),
                    primary: false,
                });
            }
        }
    }

    /// "expected `T` because of return type", on a mismatch of a returned value.
    fn label_return_mismatch(&mut self, before: usize, value: ExprId) {
        if let Some(ret_span) = self.ret_span {
            // Types are shown without their lifetimes here; rustc shows named ones.
            let written = &self.src[ret_span.start as usize..ret_span.end as usize];
            if written.contains('\'') {
                return;
            }
            let ret = self.table.resolve(&self.ret);
            let shown = self.display(&ret);
            if shown.contains('_') {
                return;
            }
            let message = format!("expected `{shown}` because of return type");
            let span = self.hir.expr(value).span;
            self.label_mismatches(before, span, ret_span, message);
        }
    }

    /// rustc's `annotate_expected_due_to_let_ty` for an assignment: where the assigned
    /// binding's type comes from.
    fn label_assign_mismatch(&mut self, before: usize, lhs: ExprId, rhs: ExprId) {
        let hir = self.hir;
        let ExprKind::Path(p) = &hir.expr(lhs).kind else {
            return;
        };
        let Res::Local(l) = &p.res else {
            return;
        };
        let Some(&(pat, ty, init)) = self.let_of.get(l) else {
            return;
        };
        let (primary, post) = match (ty, init) {
            (Some(t), _) => (t, " type"),
            (None, Some(i)) => (i, " value"),
            (None, None) => (pat, ""),
        };
        let span = hir.expr(rhs).span;
        let between = &self.src[pat.end as usize..primary.start.max(pat.end) as usize];
        let binding = "expected due to the type of binding".to_string();
        if primary != pat && between.contains('\n') {
            self.label_mismatches(before, span, pat, binding);
            self.label_mismatches(before, span, primary, format!("expected due to this{post}"));
        } else if post.is_empty() {
            self.label_mismatches(before, span, primary, binding);
        } else {
            self.label_mismatches(before, span, primary, format!("expected due to this{post}"));
        }
    }

    fn if_expr(&mut self, cond: ExprId, then: ExprId, els: Option<ExprId>) -> Ty {
        self.check_cond(cond);
        let tt = self.infer(then);
        let Some(els) = els else {
            return Ty::unit();
        };
        let et = self.infer(els);
        if matches!(self.table.shallow(&tt), Ty::Never) {
            return et;
        }
        if matches!(self.table.shallow(&et), Ty::Never) {
            return tt;
        }
        if self.lub(&tt, &et) {
            return tt;
        }
        let span = self.value_span(els);
        let before = self.diags.len();
        self.incompatible("`if` and `else` have incompatible types", span, &tt, &et);
        if self.diags.len() > before {
            let then_span = self.value_span(then);
            if let Some(d) = self.diags.last_mut() {
                d.labels.push(Label {
                    span: then_span,
                    message: "expected because of this".into(),
                    primary: false,
                });
            }
        }
        Ty::Error
    }

    fn check_block(&mut self, b: &Block) -> Ty {
        let (diverges, last_unknown) = self.check_stmts(b);
        match b.tail {
            Some(t) => self.infer(t),
            None => block_ty(diverges, last_unknown),
        }
    }

    /// Checks a block's statements: whether one diverges, and whether the last has an unknown
    /// type (it may diverge).
    fn check_stmts(&mut self, b: &Block) -> (bool, bool) {
        let mut diverges = false;
        let mut last_unknown = false;
        for s in &b.stmts {
            last_unknown = false;
            match &s.kind {
                StmtKind::Let {
                    pat, ty, init, els, ..
                } => {
                    let declared = ty.as_ref().map(|t| {
                        let t = t.clone();
                        self.lower_ty(&t, true, 0)
                    });
                    if let hir::PatKind::Binding { local, .. } = &self.hir.pat(*pat).kind {
                        self.let_of.insert(
                            *local,
                            (
                                self.hir.pat(*pat).span,
                                ty.as_ref().map(|t| t.span),
                                init.map(|i| self.hir.expr(i).span),
                            ),
                        );
                    }
                    let t = match (&declared, init) {
                        (Some(d), Some(i)) => {
                            let before = self.diags.len();
                            let it = self.check_coerce(*i, d);
                            if let Some(ty) = ty {
                                let at = self.hir.expr(*i).span;
                                self.label_mismatches(
                                    before,
                                    at,
                                    ty.span,
                                    "expected due to this".into(),
                                );
                            }
                            if matches!(self.table.shallow(&it), Ty::Never) {
                                diverges = true;
                            }
                            d.clone()
                        }
                        (Some(d), None) => d.clone(),
                        (None, Some(i)) => {
                            let it = self.infer(*i);
                            if matches!(self.table.shallow(&it), Ty::Never) {
                                diverges = true;
                            }
                            it
                        }
                        (None, None) => self.table.new_var(VarKind::General),
                    };
                    let before = self.diags.len();
                    self.check_pat(*pat, &t, None);
                    if let Some(i) = init {
                        self.label_pattern_origin(before, *pat, *i, &t);
                    }
                    if let Some(els) = els {
                        self.check_block(els);
                    }
                }
                StmtKind::Item(_) => {}
                StmtKind::Expr(e) | StmtKind::Semi(e) => {
                    let t = self.infer(*e);
                    match self.table.shallow(&t) {
                        Ty::Never => diverges = true,
                        Ty::Error => last_unknown = true,
                        _ => {}
                    }
                }
            }
        }
        (diverges, last_unknown)
    }

    fn lit_ty(&mut self, l: &hir::Lit) -> Ty {
        let suffix = |text: &str| -> Option<Ty> {
            for name in [
                "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128",
                "usize",
            ] {
                if text.ends_with(name) {
                    return IntTy::from_name(name).map(Ty::Int);
                }
            }
            if text.ends_with("f32") {
                return Some(Ty::Float(FloatTy::F32));
            }
            if text.ends_with("f64") {
                return Some(Ty::Float(FloatTy::F64));
            }
            None
        };
        match l.kind {
            LitKind::Int => suffix(&l.text).unwrap_or_else(|| self.table.new_var(VarKind::Int)),
            LitKind::Float => suffix(&l.text).unwrap_or_else(|| self.table.new_var(VarKind::Float)),
            LitKind::Bool => Ty::Bool,
            LitKind::Char => Ty::Char,
            LitKind::Byte => Ty::Int(IntTy::U8),
            LitKind::Str | LitKind::RawStr => Ty::Ref(Mutability::Not, Box::new(Ty::Str)),
            _ => Ty::Error,
        }
    }

    fn path_value_ty(&mut self, p: &hir::Path) -> Ty {
        match &p.res {
            Res::Local(l) => self.locals.get(l).cloned().unwrap_or(Ty::Error),
            // A fn item used as a value may coerce to a fn pointer (`if c { add } else { sub
            // }`), which is not modelled yet: its type is unknown (calls are typed through
            // the callee's path).
            Res::Def(DefKind::Fn, _) => Ty::Error,
            Res::Def(DefKind::Const | DefKind::Static, id) => match &self.hir.item(*id).kind {
                ItemKind::Const { ty, .. } | ItemKind::Static { ty, .. } => {
                    let t = ty.clone();
                    self.lower_ty(&t, false, 0)
                }
                _ => Ty::Error,
            },
            Res::Def(DefKind::Struct, id) => match self.fields(*id, None) {
                Some(VariantData::Unit) => self.fresh_adt(*id),
                _ => Ty::Error,
            },
            Res::Variant(id, v) => match self.fields(*id, Some(*v)) {
                Some(VariantData::Unit) => self.fresh_adt(*id),
                _ => Ty::Error,
            },
            Res::TypeRelative(base) => {
                self.std_assoc_missing(base, p);
                if let (Some(adt), Some(seg)) = (self.type_relative_adt(base), p.segments.last()) {
                    let known = self.inherent.contains_key(&(adt, seg.name.clone()));
                    if !known && self.method_unknown(adt, &seg.name) {
                        let (kind, what) = match self.hir.item(adt).kind {
                            ItemKind::Enum { .. } => ("enum", "variant or associated item"),
                            _ => ("struct", "function or associated item"),
                        };
                        let (def, _) = self.def_form(adt);
                        let message = format!(
                            "no {what} named `{}` found for {kind} `{def}` in the current scope",
                            seg.name,
                        );
                        let mut diag = Diagnostic::error(message, seg.span).with_code("E0599");
                        // The label names the type as the path wrote it: `W<_>` for a generic
                        // type without arguments (one written with arguments is not shown).
                        let written_args = p.segments.len() >= 2
                            && !p.segments[p.segments.len() - 2].args.is_empty();
                        if !written_args {
                            let generics = match &self.hir.item(adt).kind {
                                ItemKind::Struct { generics, .. }
                                | ItemKind::Enum { generics, .. } => generics.params.clone(),
                                _ => Vec::new(),
                            };
                            let holes: Vec<&str> = generics
                                .iter()
                                .map(|g| match g.kind {
                                    hir::GenericParamKind::Lifetime => "'_",
                                    _ => "_",
                                })
                                .collect();
                            let shown = if holes.is_empty() {
                                self.name_of(adt)
                            } else {
                                format!("{}<{}>", self.name_of(adt), holes.join(", "))
                            };
                            diag =
                                diag.with_label_message(format!("{what} not found in `{shown}`"));
                        }
                        if let Some(at) = self.def_span(adt) {
                            diag = diag.with_secondary(
                                at,
                                format!("{what} `{}` not found for this {kind}", seg.name),
                            );
                        }
                        self.diags.push(diag);
                    }
                }
                Ty::Error
            }
            Res::Std(StdKind::Variant, "std::option::Option::None") => {
                let t = self.table.new_var(VarKind::General);
                Ty::Adt(Adt::Option, vec![t])
            }
            _ => Ty::Error,
        }
    }

    /// Reports E0599 for an associated fn that `String`, `Vec` or `HashMap` do not have
    /// (`String::create`), unless a std trait imported into scope may provide it.
    fn std_assoc_missing(&mut self, base: &Res, p: &hir::Path) {
        use crate::prelude::{ALL_METHODS, SLICE_METHODS, STR_METHODS, UNIVERSAL_METHODS};
        let (Some(seg), 2) = (p.segments.last(), p.segments.len()) else {
            return;
        };
        // The type as the message names it, as the label names it, and the methods of the
        // type it derefs to (callable by path too: `String::len(&s)`).
        let (adt, shown, in_label, deref_list): (Adt, &str, &str, &[&str]) = match base {
            Res::Std(StdKind::Struct, "std::string::String") => {
                (Adt::String, "String", "String", STR_METHODS)
            }
            Res::Std(StdKind::Struct, "std::vec::Vec") => {
                (Adt::Vec, "Vec<_, _>", "Vec<_, _>", SLICE_METHODS)
            }
            Res::Std(StdKind::Struct, "std::collections::HashMap") => (
                Adt::HashMap,
                "HashMap<K, V, S, A>",
                "HashMap<_, _, _, _>",
                &[],
            ),
            _ => return,
        };
        let name = seg.name.as_str();
        let own: &[&str] = match ALL_METHODS.iter().find(|(a, _)| *a == adt) {
            Some((_, list)) => list,
            // `HashMap`'s associated items beyond its methods' signatures are not listed.
            None if adt == Adt::HashMap => &["new", "with_capacity", "with_hasher"],
            None => return,
        };
        let sigs = self
            .lib_methods
            .iter()
            .any(|m| m.name == name && matches!(&m.self_ty, Some(Ty::Adt(a, _)) if *a == adt));
        if !self.lib_names
            || sigs
            || own.contains(&name)
            || deref_list.contains(&name)
            || UNIVERSAL_METHODS.contains(&name)
            || STD_METHODS.iter().any(|(m, _)| *m == name)
            || self.trait_fns.iter().any(|f| f == name)
        {
            return;
        }
        self.diags.push(
            Diagnostic::error(
                format!(
                    "no function or associated item named `{name}` found for struct `{shown}` \
                     in the current scope"
                ),
                seg.span,
            )
            .with_code("E0599")
            .with_label_message(format!(
                "function or associated item not found in `{in_label}`"
            )),
        );
    }

    /// Checks call arguments against parameter types, reporting E0061 when the count differs.
    #[allow(clippy::too_many_arguments)]
    fn check_args(
        &mut self,
        call: ExprId,
        callee_span: Span,
        what: &str,
        def: Option<Callee>,
        params: &[Ty],
        args: &[ExprId],
    ) {
        if params.len() != args.len() {
            self.wrong_arg_count(call, callee_span, what, def, params, args);
            return;
        }
        for (i, (a, p)) in args.iter().zip(params).enumerate() {
            let before = self.diags.len();
            self.check_coerce(*a, p);
            self.label_arg_mismatch(before, *a, i, callee_span, what, def);
        }
    }

    /// rustc's `report_arg_errors` for one incompatible argument: "arguments to this
    /// function are incorrect" on the callee and a note on the callee's definition.
    fn label_arg_mismatch(
        &mut self,
        before: usize,
        arg: ExprId,
        index: usize,
        callee_span: Span,
        what: &str,
        def: Option<Callee>,
    ) {
        let span = self.hir.expr(arg).span;
        let Some(d) = self.diags[before..]
            .iter()
            .position(|d| d.code.as_deref() == Some("E0308") && d.primary_span() == span)
        else {
            return;
        };
        let note = def.and_then(|c| self.defined_here(c, &[index]));
        let d = &mut self.diags[before + d];
        d.labels.push(Label {
            span: callee_span,
            message: format!("arguments to this {what} are incorrect"),
            primary: false,
        });
        if let Some((message, labels)) = note {
            *d = std::mem::replace(d, Diagnostic::error("", span))
                .with_child("note", message, labels);
        }
    }

    /// The note "function defined here" (or method, tuple struct…) on a callee of the
    /// crate: its name, and the parameters at `marked` (a constructor's fields are not
    /// marked).
    fn defined_here(&self, callee: Callee, marked: &[usize]) -> Option<(String, Vec<Label>)> {
        let hir = self.hir;
        let label = |span: Span, primary: bool| Label {
            span,
            message: String::new(),
            primary,
        };
        match callee {
            Callee::Fn(f) => {
                let item = hir.item(f);
                let ItemKind::Fn(decl) = &item.kind else {
                    return None;
                };
                let kind = if decl.self_param.is_some() {
                    "method"
                } else if self.impl_of.contains_key(&f) {
                    "associated function"
                } else {
                    "function"
                };
                let name = self.name_span_after(item.span, "fn", &item.name)?;
                let mut labels = vec![label(name, true)];
                for &i in marked {
                    if let Some(span) = self.param_span(decl, i) {
                        labels.push(label(span, false));
                    }
                }
                Some((format!("{kind} defined here"), labels))
            }
            Callee::Struct(s) => {
                let item = hir.item(s);
                let name = self.name_span_after(item.span, "struct", &item.name)?;
                Some(("tuple struct defined here".into(), vec![label(name, true)]))
            }
            Callee::Variant(e, v) => {
                let ItemKind::Enum { variants, .. } = &hir.item(e).kind else {
                    return None;
                };
                let v = variants.get(v as usize)?;
                let name = Span::new(v.span.start, v.span.start + v.name.len() as u32);
                (self.src.get(name.start as usize..name.end as usize) == Some(v.name.as_str()))
                    .then(|| ("tuple variant defined here".into(), vec![label(name, true)]))
            }
        }
    }

    /// The span of `name` after the keyword `kw` inside `within` (an item's name).
    fn name_span_after(&self, within: Span, kw: &str, name: &str) -> Option<Span> {
        let text = self.src.get(within.start as usize..within.end as usize)?;
        let ident = |c: char| c.is_alphanumeric() || c == '_';
        let mut from = 0;
        while let Some(at) = text[from..].find(kw) {
            let at = from + at;
            let rest = &text[at + kw.len()..];
            let before_ok = !text[..at].chars().next_back().is_some_and(ident);
            let trimmed = rest.trim_start();
            if before_ok
                && rest.len() > trimmed.len()
                && trimmed.starts_with(name)
                && !trimmed[name.len()..].chars().next().is_some_and(ident)
            {
                let start = within.start as usize + at + kw.len() + (rest.len() - trimmed.len());
                return Some(Span::new(start as u32, (start + name.len()) as u32));
            }
            from = at + kw.len();
        }
        None
    }

    /// The span of a function's parameter `i` (`self` not counted): its pattern to its type.
    fn param_span(&self, decl: &hir::FnDecl, i: usize) -> Option<Span> {
        let ty = decl.inputs.get(i)?.span;
        if let Some(body) = decl.body {
            let pat = *self.hir.bodies[body.index()].params.get(i)?;
            return Some(Span::new(self.hir.pat(pat).span.start, ty.end));
        }
        // A declaration without a body: the pattern as written before `: Type`.
        let name = decl.param_names.get(i)?;
        let before = self.src.get(..ty.start as usize)?.trim_end();
        let before = before.strip_suffix(':')?.trim_end();
        before
            .ends_with(name.as_str())
            .then(|| Span::new((before.len() - name.len()) as u32, ty.end))
    }

    /// A type as rustc names an argument's: a string literal is `&'static str`.
    fn arg_ty_text(&self, arg: ExprId, t: &Ty) -> String {
        match &self.hir.expr(arg).kind {
            ExprKind::Lit(l) if l.kind == LitKind::Str => "&'static str".into(),
            _ => self.display(t),
        }
    }

    /// E0061, with rustc's labels when the written arguments fit the first parameters
    /// (the extra ones are unexpected) or the parameters they are written for (the last
    /// ones are missing), its note on the callee's definition and its suggestion.
    fn wrong_arg_count(
        &mut self,
        call: ExprId,
        callee_span: Span,
        what: &str,
        def: Option<Callee>,
        params: &[Ty],
        args: &[ExprId],
    ) {
        let tys: Vec<Ty> = args.iter().map(|a| self.infer(*a)).collect();
        let plural = |n: usize| if n == 1 { "argument" } else { "arguments" };
        let verb = if args.len() == 1 { "was" } else { "were" };
        let message = format!(
            "this {what} takes {} {} but {} {} {verb} supplied",
            params.len(),
            plural(params.len()),
            args.len(),
            plural(args.len())
        );
        let mut d = Diagnostic::error(message, callee_span).with_code("E0061");
        let fits = tys
            .iter()
            .zip(params)
            .all(|(t, p)| !self.table.resolve(t).has_error() && self.coerces(t, p));
        let known = |cx: &Self, t: &Ty| {
            let t = cx.table.resolve(t);
            !t.has_error() && !has_general_infer(&cx.table, &t)
        };
        if fits && args.len() > params.len() {
            let mut edits = Vec::new();
            for i in params.len()..args.len() {
                let span = self.hir.expr(args[i]).span;
                let of_type = if known(self, &tys[i]) {
                    format!(" of type `{}`", self.arg_ty_text(args[i], &tys[i]))
                } else {
                    String::new()
                };
                d = d.with_secondary(span, format!("unexpected argument #{}{of_type}", i + 1));
                let start = match i {
                    0 => span.start,
                    _ => self.hir.expr(args[i - 1]).span.end,
                };
                let end = match (i, args.get(i + 1)) {
                    (0, Some(next)) => self.hir.expr(*next).span.start,
                    _ => span.end,
                };
                edits.push((Span::new(start, end), String::new()));
            }
            if let Some((message, labels)) = def.and_then(|c| self.defined_here(c, &[])) {
                d = d.with_child("note", message, labels);
            }
            let s = if args.len() - params.len() == 1 {
                ""
            } else {
                "s"
            };
            d = d.with_suggestion(format!("remove the extra argument{s}"), edits);
        } else if fits && args.len() < params.len() {
            // The arguments' parentheses: from the callee to the end of the call.
            let call_span = self.hir.expr(call).span;
            let parens = Span::new(callee_span.end, call_span.end);
            let missing: Vec<usize> = (args.len()..params.len()).collect();
            let names: Vec<String> = missing
                .iter()
                .map(|&i| self.display(&self.table.resolve(&params[i])))
                .collect();
            let all_known = missing.iter().all(|&i| known(self, &params[i]));
            let label = match (names.as_slice(), all_known) {
                ([a], true) => format!("argument #{} of type `{a}` is missing", missing[0] + 1),
                ([_], false) => format!("argument #{} is missing", missing[0] + 1),
                ([a, b], true) => format!("two arguments of type `{a}` and `{b}` are missing"),
                ([_, _], false) => "two arguments are missing".into(),
                ([a, b, c], true) => {
                    format!("three arguments of type `{a}`, `{b}`, and `{c}` are missing")
                }
                ([_, _, _], false) => "three arguments are missing".into(),
                _ => "multiple arguments are missing".into(),
            };
            d = d.with_secondary(parens, label);
            if let Some((message, labels)) = def.and_then(|c| self.defined_here(c, &missing)) {
                d = d.with_child("note", message, labels);
            }
            let placeholders: Vec<String> = names
                .iter()
                .zip(&missing)
                .map(|(n, &i)| {
                    if known(self, &params[i]) {
                        format!("/* {n} */")
                    } else {
                        "/* value */".into()
                    }
                })
                .collect();
            let edit = match args.last() {
                Some(last) => (
                    Span::empty(self.hir.expr(*last).span.end),
                    format!(", {}", placeholders.join(", ")),
                ),
                None => (Span::empty(parens.start + 1), placeholders.join(", ")),
            };
            let s = if missing.len() == 1 { "" } else { "s" };
            if parens.end > parens.start && self.src.as_bytes()[parens.start as usize] == b'(' {
                d = d.with_suggestion(format!("provide the argument{s}"), vec![edit]);
            }
        }
        self.diags.push(d);
    }

    fn call(&mut self, id: ExprId, callee: ExprId, args: &[ExprId]) -> Ty {
        let hir = self.hir;
        let callee_expr = hir.expr(callee);
        let span = callee_expr.span;
        if let ExprKind::Path(p) = &callee_expr.kind {
            match &p.res {
                Res::Def(DefKind::Fn, f) => {
                    self.expr_tys[callee.index()] = Ty::FnDef(*f);
                    self.touched.push(callee);
                    let sig = match self.fn_sigs.get(f) {
                        Some(sig) => Some(sig.clone()),
                        None => {
                            let sig = self.sig_of(*f);
                            if let Some(sig) = &sig {
                                self.fn_sigs.insert(*f, sig.clone());
                            }
                            sig
                        }
                    };
                    if let Some(sig) = sig.filter(|s| s.self_kind.is_none()) {
                        let own = match p.segments.last() {
                            Some(seg) => self.turbofish(seg),
                            None => Vec::new(),
                        };
                        return self.call_fn_sig(
                            id,
                            span,
                            &sig,
                            &own,
                            None,
                            args,
                            BoundsToCheck::All,
                        );
                    }
                }
                Res::Local(l) => {
                    let t = self.locals.get(l).cloned().unwrap_or(Ty::Error);
                    self.expr_tys[callee.index()] = t.clone();
                    self.touched.push(callee);
                    // A wrong argument count is rustc's E0057 for closures (not reported).
                    if let Some((inputs, output)) =
                        self.callable_sig(&t).filter(|(i, _)| i.len() == args.len())
                    {
                        for (a, p) in args.iter().zip(&inputs) {
                            self.check_coerce(*a, p);
                        }
                        return output;
                    }
                }
                Res::Def(DefKind::Struct, s) => {
                    if let Some(VariantData::Tuple(fields)) = self.fields(*s, None) {
                        let result = self.fresh_adt(*s);
                        let targs = adt_args(&result);
                        let tys: Vec<Ty> = fields
                            .iter()
                            .map(|f| self.field_ty_in(*s, &targs, f))
                            .collect();
                        self.check_args(id, span, "struct", Some(Callee::Struct(*s)), &tys, args);
                        return result;
                    }
                }
                Res::Variant(e, v) => {
                    if let Some(VariantData::Tuple(fields)) = self.fields(*e, Some(*v)) {
                        let result = self.fresh_adt(*e);
                        let targs = adt_args(&result);
                        let tys: Vec<Ty> = fields
                            .iter()
                            .map(|f| self.field_ty_in(*e, &targs, f))
                            .collect();
                        self.check_args(
                            id,
                            span,
                            "enum variant",
                            Some(Callee::Variant(*e, *v)),
                            &tys,
                            args,
                        );
                        return result;
                    }
                }
                Res::Std(StdKind::Variant, path) if args.len() == 1 => {
                    // `Ok::<u8, String>(1)`: the written type arguments give the type.
                    let written = match p.segments.iter().rev().find(|s| !s.args.is_empty()) {
                        Some(seg) => self.turbofish(seg),
                        None => Vec::new(),
                    };
                    let (adt, payload) = match (*path, written.len()) {
                        ("std::option::Option::Some", 1) => (Adt::Option, 0),
                        ("std::result::Result::Ok", 2) => (Adt::Result, 0),
                        ("std::result::Result::Err", 2) => (Adt::Result, 1),
                        _ => (Adt::Local(ItemId(u32::MAX)), usize::MAX),
                    };
                    if payload != usize::MAX {
                        self.check_coerce(args[0], &written[payload]);
                        return Ty::Adt(adt, written);
                    }
                    let inner = self.infer(args[0]);
                    match *path {
                        "std::option::Option::Some" => return Ty::Adt(Adt::Option, vec![inner]),
                        "std::result::Result::Ok" => {
                            let e = self.table.new_var(VarKind::General);
                            return Ty::Adt(Adt::Result, vec![inner, e]);
                        }
                        "std::result::Result::Err" => {
                            let o = self.table.new_var(VarKind::General);
                            return Ty::Adt(Adt::Result, vec![o, inner]);
                        }
                        _ => return Ty::Error,
                    }
                }
                Res::Lang("into_iter", _) if args.len() == 1 => {
                    let t = self.infer(args[0]);
                    let t = self.table.shallow(&t);
                    let scalar = match &t {
                        Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char => true,
                        Ty::Infer(v) => self.table.kind(*v) != VarKind::General,
                        _ => false,
                    };
                    if scalar {
                        let d = self.display(&t);
                        self.diags.push(
                            Diagnostic::error(
                                format!("`{d}` is not an iterator"),
                                hir.expr(args[0]).span,
                            )
                            .with_code("E0277")
                            .with_label_message(format!("`{d}` is not an iterator"))
                            .with_note(format!(
                                "help: the trait `Iterator` is not implemented for `{d}`"
                            )),
                        );
                        // `Iterator`'s `rustc_on_unimplemented` note for `{integer}` and
                        // `{float}`, then the impl that needed it.
                        if matches!(t, Ty::Infer(_)) {
                            let last = self.diags.len() - 1;
                            self.diags[last].notes.push(
                                "note: if you want to iterate between `start` until a value \
                                 `end`, use the exclusive range syntax `start..end` or the \
                                 inclusive range syntax `start..=end`"
                                    .into(),
                            );
                        }
                        let last = self.diags.len() - 1;
                        self.diags[last].notes.push(format!(
                            "note: required for `{d}` to implement `IntoIterator`"
                        ));
                    }
                    return Ty::Error;
                }
                Res::Lang("from_residual", _) => {
                    for a in args {
                        self.infer(*a);
                    }
                    let ret = self.table.resolve(&self.ret);
                    let accepts = matches!(ret, Ty::Adt(Adt::Option | Adt::Result, _))
                        || ret.has_error()
                        || matches!(ret, Ty::Infer(_));
                    if !accepts && self.in_fn {
                        let d = self.display(&ret);
                        self.diags.push(
                            Diagnostic::error(
                                "the `?` operator can only be used in a function that returns \
                                 `Result` or `Option` (or another type that implements \
                                 `FromResidual`)",
                                self.question_mark_span(span),
                            )
                            .with_code("E0277")
                            .with_label_message(format!(
                                "cannot use the `?` operator in a function that returns `{d}`"
                            )),
                        );
                        self.question_mark_notes(ret == Ty::unit());
                    }
                    return Ty::Error;
                }
                Res::Std(StdKind::Fn, "std::thread::spawn") if args.len() == 1 => {
                    if let ExprKind::Closure(c) = &hir.expr(args[0]).kind {
                        let before: Vec<LocalId> = self.locals.keys().copied().collect();
                        let ret = self.table.new_var(VarKind::General);
                        let t = self.closure(c, Some(&(Vec::new(), ret)));
                        self.expr_tys[args[0].index()] = t;
                        self.touched.push(args[0]);
                        if c.by_move {
                            self.check_send(args[0], &before);
                        }
                        return Ty::Error;
                    }
                }
                Res::Std(StdKind::Fn, _) | Res::Lang(..) if self.is_vec_macro(id) => {
                    let name = p.segments.last().map(|s| s.name.as_str()).unwrap_or("");
                    let elem = match (name, args) {
                        ("from_elem", [x, n]) => {
                            let t = self.infer(*x);
                            self.infer(*n);
                            Some(t)
                        }
                        ("box_assume_init_into_vec_unsafe", [inner]) => {
                            match &hir.expr(*inner).kind {
                                ExprKind::Call(_, inner_args) if inner_args.len() == 2 => {
                                    self.infer(inner_args[0]);
                                    let arr = self.infer(inner_args[1]);
                                    match self.table.shallow(&arr) {
                                        Ty::Array(t, _) => Some(*t),
                                        _ => None,
                                    }
                                }
                                _ => None,
                            }
                        }
                        _ => None,
                    };
                    if let Some(elem) = elem {
                        return Ty::Adt(Adt::Vec, vec![elem]);
                    }
                }
                Res::TypeRelative(base) => {
                    // An associated fn of a library type (`String::from`, `Vec::<i32>::new`).
                    if let Some((adt, sig)) = self.lib_assoc_fn(base, p) {
                        let n = p.segments.len();
                        let own = self.turbofish(&p.segments[n - 1]);
                        // Type arguments written on the type (`Vec::<i32>::new()`).
                        let written = self.turbofish(&p.segments[n - 2]);
                        let named = (!written.is_empty()).then_some(Ty::Adt(adt, written));
                        return self.call_fn_sig(
                            id,
                            span,
                            &sig,
                            &own,
                            named,
                            args,
                            BoundsToCheck::None,
                        );
                    }
                    // One of the crate's types.
                    if let Some(adt) = self.type_relative_adt(base) {
                        if let Some(seg) = p.segments.last() {
                            let key = (adt, seg.name.clone());
                            if let (Some(&f), false) =
                                (self.inherent.get(&key), self.ambiguous.contains(&key))
                            {
                                if let Some(sig) = self.sig_of(f).filter(|s| s.self_kind.is_none())
                                {
                                    let own = self.turbofish(seg);
                                    // The type the path names (`Stack::new`, `Self::new`).
                                    let named = Some(self.fresh_adt(adt));
                                    return self.call_fn_sig(
                                        id,
                                        span,
                                        &sig,
                                        &own,
                                        named,
                                        args,
                                        BoundsToCheck::All,
                                    );
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        self.infer(callee);
        for a in args {
            self.infer(*a);
        }
        Ty::Error
    }

    /// The `?` token at the end of a `?` expression's span.
    fn question_mark_span(&self, span: Span) -> Span {
        let end = span.end as usize;
        if end > 0 && self.src.get(end - 1..end) == Some("?") {
            Span::new(span.end - 1, span.end)
        } else {
            span
        }
    }

    /// Whether a call is the one `vec![…]` expands to.
    fn is_vec_macro(&self, call: ExprId) -> bool {
        self.hir.expr(call).origin == hir::Origin::Desugared(hir::Desugaring::Macro("vec"))
    }

    /// The library's signature of an associated fn of a std type named by a path
    /// (`Vec::new`, `String::from`, `Box::new`), with the type it belongs to.
    fn lib_assoc_fn(&self, base: &Res, p: &hir::Path) -> Option<(Adt, MethodSig)> {
        if p.segments.len() < 2 {
            return None;
        }
        let adt = match base {
            Res::Std(StdKind::Struct, path) => match *path {
                "std::string::String" => Adt::String,
                "std::vec::Vec" => Adt::Vec,
                "std::collections::HashMap" => Adt::HashMap,
                "std::boxed::Box" => Adt::Box,
                "std::rc::Rc" => Adt::Rc,
                _ => return None,
            },
            _ => return None,
        };
        let name = &p.segments[p.segments.len() - 1].name;
        self.lib_methods
            .iter()
            .find(|m| {
                &m.name == name
                    && m.self_kind.is_none()
                    && matches!(&m.self_ty, Some(Ty::Adt(a, _)) if *a == adt)
            })
            .map(|m| (adt, m.clone()))
    }

    fn type_relative_adt(&self, base: &Res) -> Option<ItemId> {
        match base {
            Res::Def(DefKind::Struct | DefKind::Enum, id) => Some(*id),
            Res::SelfTy(impl_id) => match &self.hir.item(*impl_id).kind {
                ItemKind::Impl { self_ty, .. } => self.local_adt_of(self_ty),
                _ => None,
            },
            _ => None,
        }
    }

    /// The crate type a receiver is, after auto-dereferencing.
    fn receiver_adt(&self, t: &Ty) -> Option<(ItemId, Ty)> {
        let mut cur = self.table.shallow(t);
        for _ in 0..8 {
            match cur {
                Ty::Adt(Adt::Local(id), _) => return Some((id, cur)),
                Ty::Ref(_, t) => cur = self.table.shallow(&t),
                Ty::Adt(Adt::Box, a) => match a.first() {
                    Some(t) => cur = self.table.shallow(t),
                    None => return None,
                },
                _ => return None,
            }
        }
        None
    }

    fn method_call(
        &mut self,
        id: ExprId,
        receiver: ExprId,
        segment: &hir::PathSegment,
        args: &[ExprId],
    ) -> Ty {
        let rt = self.infer(receiver);
        // The method's name (the segment's span runs to the end of the call's arguments).
        let ident = Span::new(
            segment.span.start,
            segment.span.start + segment.name.len() as u32,
        );
        if let Some((sig, mut map)) = self.lookup_method(&rt, &segment.name) {
            let own = self.turbofish(segment);
            if own.len() == sig.own_params.len() {
                for (p, t) in sig.own_params.iter().zip(own) {
                    map.insert(p.clone(), t);
                }
            }
            let bounds = if sig.from_library {
                BoundsToCheck::None
            } else {
                BoundsToCheck::OwnParams
            };
            self.check_sig_args(id, ident, "method", &sig, &map, args, bounds);
            if sig.from_library {
                // `collect` into a type that is not `FromIterator`.
                for (p, b) in &sig.bounds {
                    if let (
                        Bound::Trait {
                            name,
                            def,
                            args: targs,
                        },
                        Some(t),
                    ) = (b, map.get(p))
                    {
                        if name == "FromIterator" {
                            let args: Vec<Ty> =
                                targs.iter().map(|t| Self::apply(&map, t)).collect();
                            if let Some(item) = args.first() {
                                self.relate_collect(t, item);
                            }
                            self.obligations.push(Obligation {
                                ty: t.clone(),
                                trait_name: name.clone(),
                                def: *def,
                                args,
                                span: ident,
                                call: None,
                            });
                        }
                    }
                }
            }
            return Self::apply(&map, &sig.output);
        }
        for a in args {
            self.infer(*a);
        }
        // A generic parameter has only the methods of its bounds (looked up already), even
        // when some crate trait declares the name.
        let is_param = self
            .autoderef_steps(&rt)
            .iter()
            .any(|t| matches!(t, Ty::Param(_)));
        if self.trait_fns.iter().any(|f| f == &segment.name) && !is_param {
            return Ty::Error;
        }
        // A reference is `Clone` whatever it points to (`r.clone()` copies the reference).
        let reference_clone = matches!(self.table.shallow(&rt), Ty::Ref(..))
            && matches!(segment.name.as_str(), "clone" | "clone_from" | "to_owned");
        if let Some((adt, self_ty)) = self.receiver_adt(&rt) {
            if !self.inherent.contains_key(&(adt, segment.name.clone()))
                && !reference_clone
                && self.method_unknown(adt, &segment.name)
            {
                let kind = match self.hir.item(adt).kind {
                    ItemKind::Enum { .. } => "enum",
                    _ => "struct",
                };
                // The message names the type by its definition (`W<T>`), the label by the
                // receiver's type (`W<{integer}>`; not shown with lifetimes, not modelled).
                let (def, lifetimes) = self.def_form(adt);
                let mut diag = Diagnostic::error(
                    format!(
                        "no method named `{}` found for {kind} `{def}` in the current scope",
                        segment.name
                    ),
                    ident,
                )
                .with_code("E0599");
                if !lifetimes {
                    let d = self.display(&self_ty);
                    diag = diag.with_label_message(format!("method not found in `{d}`"));
                }
                if let Some(at) = self.def_span(adt) {
                    diag = diag.with_secondary(
                        at,
                        format!("method `{}` not found for this {kind}", segment.name),
                    );
                }
                self.diags.push(diag);
            }
            return Ty::Error;
        }
        if let Some((message, label)) = self.std_method_missing(&rt, &segment.name) {
            // `write!(s, …)` without `fmt::Write` in scope: rustc says so at the destination.
            let from_write = matches!(
                self.hir.expr(id).origin,
                hir::Origin::Desugared(hir::Desugaring::Macro("write" | "writeln"))
            );
            if from_write && segment.name == "write_fmt" {
                let d = self.display(&rt);
                self.diags.push(
                    Diagnostic::error(
                        format!("cannot write into `{d}`"),
                        self.hir.expr(receiver).span,
                    )
                    .with_code("E0599"),
                );
                return Ty::Error;
            }
            let mut diag = Diagnostic::error(message, ident).with_code("E0599");
            if let Some(label) = label {
                diag = diag.with_label_message(label);
            }
            diag = self.suggest_param_bound(diag, &rt, &segment.name);
            self.diags.push(diag);
            return Ty::Error;
        }
        if let Some(kind) = self.surely_missing(&rt, &segment.name) {
            let d = self.display(&rt);
            let mut diag = Diagnostic::error(
                format!(
                    "no method named `{}` found for {kind} `{d}` in the current scope",
                    segment.name
                ),
                ident,
            )
            .with_code("E0599");
            // rustc labels the receiver's type unless a method has a similar name; only
            // `str`'s method list is complete enough here to tell.
            if let Ty::Ref(_, inner) = self.table.shallow(&rt) {
                if matches!(self.table.shallow(&inner), Ty::Str) {
                    use crate::prelude::{STR_METHODS, UNIVERSAL_METHODS};
                    let name = segment.name.as_str();
                    let limit = name.len().max(3) / 3;
                    let similar = STR_METHODS.iter().chain(UNIVERSAL_METHODS).any(|m| {
                        crate::scope::edit_distance(name, m, limit).is_some()
                            || m.contains(name)
                            || name.contains(m)
                    });
                    if !similar {
                        diag = diag.with_label_message(format!("method not found in `{d}`"));
                    }
                }
            }
            self.diags.push(diag);
        }
        Ty::Error
    }

    /// For a receiver of a std type whose method list is complete (`Vec`, `String`,
    /// `Option`, `Result`, through their derefs) or a generic parameter bounded only by crate
    /// traits, when no method `name` exists: rustc's E0599 message and label (`no method named
    /// `x` found for enum `Option<T>` in the current scope`; `` `String` is not an iterator ``
    /// for an `Iterator` method). rustc labels the span with the receiver's type, except when
    /// it suggests a similar name instead (not modelled: no label then).
    fn std_method_missing(&self, receiver: &Ty, name: &str) -> Option<(String, Option<String>)> {
        use crate::prelude::{
            ALL_METHODS, ITERATOR_METHODS, SLICE_METHODS, STR_METHODS, UNIVERSAL_METHODS,
        };
        if UNIVERSAL_METHODS.contains(&name) || STD_METHODS.iter().any(|(m, _)| *m == name) {
            return None;
        }
        let top = self.table.shallow(receiver);
        let mut inner = top.clone();
        for _ in 0..8 {
            match inner {
                Ty::Ref(_, t) => inner = self.table.shallow(&t),
                _ => break,
            }
        }
        if let Ty::Param(p) = &inner {
            // Only crate traits bound it (their methods were looked up already).
            let bounds = self.param_bounds(p);
            let only_crate = bounds.iter().all(|b| match b {
                Bound::Trait { def: Some(tr), .. } => self.crate_traits_only(*tr, 0),
                _ => false,
            });
            if only_crate && self.blanket_traits.is_empty() {
                let kind = match top {
                    Ty::Ref(..) => "reference",
                    _ => "type parameter",
                };
                let d = self.display(&top);
                return Some((
                    format!("no method named `{name}` found for {kind} `{d}` in the current scope"),
                    Some(format!("method not found in `{d}`")),
                ));
            }
            return None;
        }
        if !self.lib_names {
            return None;
        }
        let Ty::Adt(adt, targs) = &top else {
            return None;
        };
        for step in self.autoderef_steps(&top) {
            let list: &[&str] = match &step {
                Ty::Adt(a, _) => ALL_METHODS.iter().find(|(x, _)| x == a)?.1,
                Ty::Slice(_) => SLICE_METHODS,
                Ty::Str => STR_METHODS,
                _ => return None,
            };
            if list.contains(&name) {
                return None;
            }
        }
        if self.table.resolve(&top).has_error() {
            return None;
        }
        let kind = match adt {
            Adt::Option | Adt::Result => "enum",
            _ => "struct",
        };
        let full = self.display(&Ty::Adt(*adt, targs.clone()));
        let iterator = ITERATOR_METHODS.contains(&name);
        if iterator && *adt == Adt::String {
            let m = format!("`{full}` is not an iterator");
            return Some((m.clone(), Some(m)));
        }
        // rustc names a generic type without a deref by its definition (`Option<T>`), unless
        // the method is an iterator's.
        let d = match adt {
            Adt::Option if !iterator => "Option<T>".to_string(),
            Adt::Result if !iterator => "Result<T, E>".to_string(),
            _ => full.clone(),
        };
        let message =
            format!("no method named `{name}` found for {kind} `{d}` in the current scope");
        let label = match adt {
            _ if iterator => Some(format!("`{full}` is not an iterator")),
            Adt::Option | Adt::Result => Some(format!("method not found in `{full}`")),
            _ => None,
        };
        Some((message, label))
    }

    /// For a few receivers, methods that certainly do not exist on them (collection and
    /// string methods on a number, `String`'s mutating methods on `&str`): the receiver kind
    /// rustc names (`type`, `reference`). No crate trait may declare the name (checked by the
    /// caller), and std has no trait giving numbers these methods.
    fn surely_missing(&self, receiver: &Ty, name: &str) -> Option<&'static str> {
        const NOT_ON_NUMBERS: &[&str] = &[
            "len",
            "is_empty",
            "push",
            "push_str",
            "iter",
            "iter_mut",
            "chars",
            "bytes",
            "lines",
            "split",
            "trim",
            "to_uppercase",
            "to_lowercase",
            "contains",
            "first",
            "last",
            "get",
            "keys",
            "values",
            "insert",
            "remove",
            "sort",
            "join",
            "unwrap",
            "expect",
            "is_some",
            "is_none",
        ];
        const STRING_ONLY: &[&str] = &[
            "push",
            "push_str",
            "insert_str",
            "truncate",
            "clear",
            "capacity",
            "reserve",
        ];
        match self.table.shallow(receiver) {
            Ty::Int(_) | Ty::Float(_) if NOT_ON_NUMBERS.contains(&name) => Some("type"),
            Ty::Infer(v)
                if self.table.kind(v) != VarKind::General && NOT_ON_NUMBERS.contains(&name) =>
            {
                Some("type")
            }
            Ty::Ref(Mutability::Not, inner)
                if matches!(self.table.shallow(&inner), Ty::Str) && STRING_ONLY.contains(&name) =>
            {
                Some("reference")
            }
            // A reference to a number (`x.len()` on an item of `v.iter()`).
            Ty::Ref(_, inner)
                if NOT_ON_NUMBERS.contains(&name)
                    && self.surely_missing(&inner, name) == Some("type") =>
            {
                Some("reference")
            }
            _ => None,
        }
    }

    /// A method called on a type parameter without bounds that one crate trait declares:
    /// rustc's help and its suggestion to restrict the parameter.
    fn suggest_param_bound(&self, d: Diagnostic, receiver: &Ty, name: &str) -> Diagnostic {
        let hir = self.hir;
        let mut t = self.table.shallow(receiver);
        while let Ty::Ref(_, inner) = t {
            t = self.table.shallow(&inner);
        }
        let Ty::Param(p) = t else {
            return d;
        };
        if !self.param_bounds(&p).is_empty() {
            return d;
        }
        let Some(ItemKind::Fn(decl)) = self.env_owner.map(|o| &hir.item(o).kind) else {
            return d;
        };
        let Some(param) = decl.generics.params.iter().find(|g| g.name == p) else {
            return d;
        };
        if !decl.generics.predicates.is_empty()
            || self
                .src
                .get(param.span.start as usize..param.span.end as usize)
                != Some(p.as_str())
        {
            return d;
        }
        let traits: Vec<&str> = hir
            .items
            .iter()
            .filter_map(|item| match &item.kind {
                ItemKind::Trait { items, .. }
                    if items.iter().any(|m| hir.item(*m).name == name) =>
                {
                    Some(item.name.as_str())
                }
                _ => None,
            })
            .collect();
        let [tr] = traits.as_slice() else {
            return d;
        };
        d.with_note("help: items from traits can only be used if the type parameter is bounded by the trait")
            .with_suggestion(
                format!(
                    "the following trait defines an item `{name}`, perhaps you need to restrict type parameter `{p}` with it:"
                ),
                vec![(Span::empty(param.span.end), format!(": {tr}"))],
            )
    }

    /// rustc's label on the signature of a function using `?` without returning `Result` or
    /// `Option`, and, for a free fn with no return type and a `?` on a `Result`, its
    /// suggestion to return `Result<(), Box<dyn std::error::Error>>`.
    fn question_mark_notes(&mut self, unit: bool) {
        let hir = self.hir;
        let Some(owner) = self.env_owner else {
            return;
        };
        let item = hir.item(owner);
        let ItemKind::Fn(decl) = &item.kind else {
            return;
        };
        let Some(name) = self.name_span_after(item.span, "fn", &item.name) else {
            return;
        };
        let before = self.src[..name.start as usize].trim_end();
        if !before.ends_with("fn") {
            return;
        }
        let start = before.len() - 2;
        // The parameters' closing parenthesis.
        let mut depth = 0;
        let mut close = None;
        for (i, c) in self.src[name.end as usize..].char_indices() {
            match c {
                '(' | '<' | '[' => depth += 1,
                ')' | '>' | ']' => {
                    depth -= 1;
                    if depth == 0 && c == ')' {
                        close = Some(name.end as usize + i + 1);
                        break;
                    }
                }
                _ => {}
            }
        }
        let Some(close) = close else {
            return;
        };
        let last = self.diags.len() - 1;
        let d = std::mem::replace(&mut self.diags[last], Diagnostic::error("", name));
        let mut d = d.with_secondary(
            Span::new(start as u32, close as u32),
            "this function should return `Result` or `Option` to accept `?`",
        );
        let free = !self.impl_of.contains_key(&owner);
        if free && unit && decl.output.is_none() && self.try_on_result {
            let mut edits = vec![(
                Span::empty(close as u32),
                " -> Result<(), Box<dyn std::error::Error>>".to_string(),
            )];
            if let Some(body) = decl.body {
                let value = hir.expr(hir.bodies[body.index()].value);
                if let ExprKind::Block(b, _) = &value.kind {
                    let end = value.span.end as usize;
                    if b.tail.is_none() && end > 0 && self.src.as_bytes()[end - 1] == b'}' {
                        let line_start = self.src[..end - 1].rfind('\n').map_or(0, |i| i + 1);
                        let indent: String = self.src[line_start..end - 1]
                            .chars()
                            .take_while(|c| c.is_whitespace())
                            .collect();
                        edits.push((Span::empty(end as u32 - 1), format!("    Ok(())\n{indent}")));
                    }
                }
            }
            d = d.with_suggestion("consider adding return type", edits);
        }
        self.diags[last] = d;
    }

    /// rustc's `def_span` of a struct or enum: from the item's start (its visibility
    /// included, its attributes not) to the end of its name and generics.
    fn def_span(&self, adt: ItemId) -> Option<Span> {
        let item = self.hir.item(adt);
        let kw = match item.kind {
            ItemKind::Enum { .. } => "enum",
            ItemKind::Struct { .. } => "struct",
            _ => return None,
        };
        let name = self.name_span_after(item.span, kw, &item.name)?;
        // The start: after the attributes, at the visibility or the keyword.
        let text = self
            .src
            .get(item.span.start as usize..name.start as usize)?;
        let mut start = item.span.start as usize;
        let mut rest = text;
        loop {
            let trimmed = rest.trim_start();
            start += rest.len() - trimmed.len();
            rest = trimmed;
            if let Some(attr) = rest.strip_prefix("#[") {
                let close = attr.find(']')? + 3;
                start += close;
                rest = &rest[close..];
            } else if rest.starts_with("//") {
                let line = rest.find('\n')? + 1;
                start += line;
                rest = &rest[line..];
            } else {
                break;
            }
        }
        let mut end = name.end as usize;
        if let Some(close) = self.generics_close(end) {
            end = close + 1;
        }
        Some(Span::new(start as u32, end as u32))
    }

    /// The position of the `>` that closes the generics opening with the `<` at `open` in the
    /// source; `None` when there is no `<` there or it is never closed.
    fn generics_close(&self, open: usize) -> Option<usize> {
        if self.src.as_bytes().get(open) != Some(&b'<') {
            return None;
        }
        let mut depth = 0;
        for (i, c) in self.src[open..].char_indices() {
            match c {
                '<' => depth += 1,
                // The `>` of `->` in an `Fn(A) -> B` bound closes nothing.
                '>' if self.src[..open + i].ends_with('-') => {}
                '>' => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(open + i);
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// A crate type as rustc names it in E0599's message: by its definition (`W<T>`,
    /// `L<'a, T>`), and whether it has lifetime parameters.
    fn def_form(&self, adt: ItemId) -> (String, bool) {
        let item = self.hir.item(adt);
        let generics = match &item.kind {
            ItemKind::Struct { generics, .. } | ItemKind::Enum { generics, .. } => generics,
            _ => return (item.name.clone(), false),
        };
        if generics.params.is_empty() {
            return (item.name.clone(), false);
        }
        let names: Vec<&str> = generics.params.iter().map(|p| p.name.as_str()).collect();
        let lifetimes = generics
            .params
            .iter()
            .any(|p| matches!(p.kind, hir::GenericParamKind::Lifetime));
        (format!("{}<{}>", item.name, names.join(", ")), lifetimes)
    }

    /// True when no trait can provide method `name` for crate type `adt`.
    fn method_unknown(&self, adt: ItemId, name: &str) -> bool {
        if self.trait_fns.iter().any(|f| f == name) {
            return false;
        }
        let impls = self.trait_impls.get(&adt).cloned().unwrap_or_default();
        for (m, tr) in STD_METHODS {
            if *m == name {
                return match tr {
                    None => false,
                    Some(tr) => !impls.iter().any(|i| i == tr),
                };
            }
        }
        // Any other trait implemented by the type may provide it (`Iterator`'s adapters, …).
        impls
            .iter()
            .all(|i| matches!(i.as_str(), "Debug" | "Clone" | "Copy" | "PartialEq" | "Eq"))
    }

    fn field_access(&mut self, t: &Ty, name: &str) -> Ty {
        let mut cur = self.table.shallow(t);
        for _ in 0..8 {
            match cur {
                Ty::Ref(_, t) => cur = self.table.shallow(&t),
                Ty::Adt(Adt::Box, a) => match a.first() {
                    Some(t) => cur = self.table.shallow(t),
                    None => return Ty::Error,
                },
                Ty::Tuple(ts) => {
                    return name
                        .parse::<usize>()
                        .ok()
                        .and_then(|i| ts.get(i).cloned())
                        .unwrap_or(Ty::Error)
                }
                Ty::Adt(Adt::Local(id), args) => {
                    let Some(data) = self.fields(id, None) else {
                        return Ty::Error;
                    };
                    return match data.fields().iter().find(|f| f.name == name) {
                        Some(f) => self.field_ty_in(id, &args, f),
                        None => Ty::Error,
                    };
                }
                _ => return Ty::Error,
            }
        }
        Ty::Error
    }

    fn struct_lit(
        &mut self,
        path: &hir::Path,
        fields: &[(String, ExprId, Span)],
        base: Option<ExprId>,
    ) -> Ty {
        let target = match &path.res {
            Res::Def(DefKind::Struct, id) => Some((*id, None)),
            Res::Variant(id, v) => Some((*id, Some(*v))),
            Res::SelfTy(impl_id) => match &self.hir.item(*impl_id).kind {
                ItemKind::Impl { self_ty, .. } => self.local_adt_of(self_ty).map(|id| (id, None)),
                _ => None,
            },
            _ => None,
        };
        let Some((adt, variant)) = target else {
            for (_, e, _) in fields {
                self.infer(*e);
            }
            if let Some(b) = base {
                self.infer(b);
            }
            return Ty::Error;
        };
        let Some(data) = self.fields(adt, variant) else {
            return Ty::Error;
        };
        let result = self.fresh_adt(adt);
        let targs = adt_args(&result);
        let adt_name = self.name_of(adt);
        let mut seen = Vec::new();
        // As in rustc's `check_expr_struct_fields`, an unknown field means no report of the
        // missing ones.
        let mut unknown_field = false;
        for (name, e, span) in fields {
            match data.fields().iter().find(|f| &f.name == name) {
                Some(f) => {
                    let ft = self.field_ty_in(adt, &targs, f);
                    self.check_coerce(*e, &ft);
                    seen.push(name.as_str());
                }
                None => {
                    self.infer(*e);
                    unknown_field = true;
                    let what = match variant {
                        None => format!("struct `{adt_name}`"),
                        Some(v) => format!("variant `{adt_name}::{}`", self.variant_name(adt, v)),
                    };
                    // rustc's `report_unknown_field`: the label is on the field's name; the
                    // fields not written in the literal are offered, by a similar name or as
                    // a list.
                    let name_span = Span::new(span.start, span.start + name.len() as u32);
                    let available: Vec<&str> = data
                        .fields()
                        .iter()
                        .map(|f| f.name.as_str())
                        .filter(|n| !fields.iter().any(|(w, _, _)| w == n))
                        .collect();
                    let mut d =
                        Diagnostic::error(format!("{what} has no field named `{name}`"), name_span)
                            .with_code("E0560");
                    if let Some(similar) = crate::scope::similar(name, available.iter().copied()) {
                        d = d.with_label_message("unknown field").with_suggestion(
                            "a field with a similar name exists",
                            vec![(name_span, similar)],
                        );
                    } else {
                        let ty = match variant {
                            None => self.display(&result),
                            Some(v) => {
                                format!("{}::{}", self.display(&result), self.variant_name(adt, v))
                            }
                        };
                        d = d.with_label_message(format!("`{ty}` does not have this field"));
                        d = if available.is_empty() {
                            d.with_note("note: all struct fields are already assigned")
                        } else {
                            let shown = if available.len() > 6 {
                                5
                            } else {
                                available.len()
                            };
                            let list: Vec<String> = available[..shown]
                                .iter()
                                .map(|n| format!("`{n}`"))
                                .collect();
                            let mut text = list.join(", ");
                            if shown < available.len() {
                                text = format!("{text} ... and {} others", available.len() - shown);
                            }
                            d.with_note(format!("note: available fields are: {text}"))
                        };
                    }
                    self.diags.push(d);
                }
            }
        }
        match base {
            Some(b) => {
                self.check_coerce(b, &result);
            }
            None => {
                let missing: Vec<&str> = data
                    .fields()
                    .iter()
                    .map(|f| f.name.as_str())
                    .filter(|n| !seen.contains(n))
                    .collect();
                if !missing.is_empty() && !unknown_field {
                    let quoted: Vec<String> = missing.iter().map(|n| format!("`{n}`")).collect();
                    let names = match quoted.len() {
                        1 => quoted[0].clone(),
                        2 | 3 => format!(
                            "{} and {}",
                            quoted[..quoted.len() - 1].join(", "),
                            quoted[quoted.len() - 1]
                        ),
                        n => format!(
                            "{} and {} other field{}",
                            quoted[..3].join(", "),
                            n - 3,
                            if n == 4 { "" } else { "s" }
                        ),
                    };
                    let plural = if quoted.len() == 1 { "" } else { "s" };
                    self.diags.push(
                        Diagnostic::error(
                            format!("missing field{plural} {names} in initializer of `{adt_name}`"),
                            path.span,
                        )
                        .with_code("E0063")
                        .with_label_message(format!("missing {names}")),
                    );
                }
            }
        }
        result
    }

    fn variant_name(&self, adt: ItemId, v: u32) -> String {
        match &self.hir.item(adt).kind {
            ItemKind::Enum { variants, .. } => variants
                .get(v as usize)
                .map(|v| v.name.clone())
                .unwrap_or_default(),
            _ => String::new(),
        }
    }

    fn numeric_like(&self, t: &Ty) -> bool {
        match self.table.shallow(t) {
            Ty::Int(_) | Ty::Float(_) => true,
            Ty::Infer(v) => self.table.kind(v) != VarKind::General,
            _ => false,
        }
    }

    /// The span of a binary operator's token, found in the source between its operands.
    fn op_span(&self, op: BinOp, l: ExprId, r: ExprId) -> Span {
        let from = self.hir.expr(l).span.end as usize;
        let to = self.hir.expr(r).span.start as usize;
        let text = op.as_str();
        if let Some(between) = self.src.get(from..to) {
            if let Some(i) = between.find(text) {
                let start = (from + i) as u32;
                return Span::new(start, start + text.len() as u32);
            }
        }
        self.hir.expr(l).span
    }

    fn binary(&mut self, op: BinOp, l: ExprId, r: ExprId) -> Ty {
        use BinOp::*;
        if matches!(op, And | Or) {
            self.check_coerce(l, &Ty::Bool);
            self.check_coerce(r, &Ty::Bool);
            return Ty::Bool;
        }
        let lt = self.infer(l);
        let rt = self.infer(r);
        let is_cmp = matches!(op, Eq | Ne | Lt | Le | Gt | Ge);
        // A generic parameter's operators come from its bounds (`T: Add<Output = T>`), which
        // are not modelled: the result is unknown and nothing is reported.
        if ty::has_param(&self.table.resolve(&lt)) || ty::has_param(&self.table.resolve(&rt)) {
            return if is_cmp { Ty::Bool } else { Ty::Error };
        }
        let ls = self.table.shallow(&lt);
        let rs = self.table.shallow(&rt);
        let peel = |t: &Ty, table: &InferTable| match t {
            Ty::Ref(_, inner) => table.shallow(inner),
            other => other.clone(),
        };
        let lp = peel(&ls, &self.table);
        let rp = peel(&rs, &self.table);
        // Numbers with numbers.
        if self.numeric_like(&lp) && self.numeric_like(&rp) {
            if matches!(op, Shl | Shr) {
                return lp;
            }
            if self.table.try_unify(&lp, &rp) {
                return if is_cmp { Ty::Bool } else { lp };
            }
            if is_cmp {
                if !matches!(ls, Ty::Ref(..)) && !matches!(rs, Ty::Ref(..)) {
                    let span = self.hir.expr(r).span;
                    self.mismatch(span, &lt, &rt);
                }
                return Ty::Bool;
            }
            // Two integers (or two floats) of different types: rustc also requires the
            // built-in operator's operands to have one type (E0308 on the right operand).
            let class = |t: &Ty, table: &InferTable| match t {
                Ty::Int(_) => 1,
                Ty::Float(_) => 2,
                Ty::Infer(v) if table.kind(*v) == VarKind::Int => 1,
                _ => 3,
            };
            if !matches!(ls, Ty::Ref(..))
                && !matches!(rs, Ty::Ref(..))
                && class(&lp, &self.table) == class(&rp, &self.table)
            {
                let span = self.hir.expr(r).span;
                self.mismatch(span, &lt, &rt);
            }
            self.no_impl(op, l, r, &lp, &rp);
            return Ty::Error;
        }
        // A string compared with a number: no `PartialEq` impl can exist.
        if is_cmp
            && matches!(lp, Ty::Adt(Adt::String, _) | Ty::Str)
            && !matches!(rs, Ty::Ref(..))
            && self.numeric_like(&rp)
        {
            let (ld, rd) = (self.display(&ls), self.display(&rs));
            let span = self.op_span(op, l, r);
            self.diags.push(
                Diagnostic::error(format!("can't compare `{ld}` with `{rd}`"), span)
                    .with_code("E0277")
                    .with_label_message(format!(
                        "no implementation for `{ld} {} {rd}`",
                        op.as_str()
                    )),
            );
            return Ty::Bool;
        }
        // A number with a known non-number.
        if self.numeric_like(&lp) && !is_cmp && !matches!(op, Shl | Shr) {
            let rr = self.table.resolve(&rs);
            if !rr.has_error()
                && !mentions_local(&rr)
                && !matches!(rs, Ty::Infer(_))
                && !matches!(rp, Ty::Infer(_))
                && !rp.is_numeric()
            {
                self.no_impl(op, l, r, &lp, &rs);
                return Ty::Error;
            }
        }
        // Operators the checker knows are missing.
        let unsupported = match &ls {
            Ty::Adt(Adt::Local(id), _) => {
                let tr = op_trait(op);
                let impls = self.trait_impls.get(id).cloned().unwrap_or_default();
                !self.has_type_params(*id) && !impls.iter().any(|i| i == tr)
            }
            Ty::Ref(_, inner) => op == Add && matches!(self.table.shallow(inner), Ty::Str),
            Ty::Tuple(ts) => !is_cmp && !ts.is_empty(),
            _ => false,
        };
        if unsupported {
            let (lr, rr) = (self.table.resolve(&lt), self.table.resolve(&rt));
            if !lr.has_error() && !rr.has_error() {
                let (ld, rd) = (self.display(&lr), self.display(&rr));
                let message = match arith_message(op, &ld, &rd) {
                    Some(m) => m,
                    None => format!(
                        "binary operation `{}` cannot be applied to type `{ld}`",
                        op.as_str()
                    ),
                };
                let span = self.op_span(op, l, r);
                let mut d = Diagnostic::error(message, span).with_code("E0369");
                // rustc labels both operands with their types.
                let same = ld == rd;
                for (e, text) in [(l, ld.clone()), (r, rd)] {
                    d.labels.push(Label {
                        span: self.hir.expr(e).span,
                        message: text,
                        primary: false,
                    });
                }
                d = self.binop_notes(d, op, l, &ls, same, &ld);
                self.diags.push(d);
                return if is_cmp { Ty::Bool } else { Ty::Error };
            }
        }
        if is_cmp || (matches!(lp, Ty::Bool) && matches!(op, BitAnd | BitOr | BitXor)) {
            Ty::Bool
        } else {
            Ty::Error
        }
    }

    /// rustc's notes on E0369: `&str + &str` (`check_str_addition`), and for a crate type
    /// compared with itself, the missing impl (`note_unmet_impls_on_type`) and the derive
    /// that gives it (`suggest_derive`).
    fn binop_notes(
        &self,
        d: Diagnostic,
        op: BinOp,
        l: ExprId,
        lt: &Ty,
        same: bool,
        ld: &str,
    ) -> Diagnostic {
        use BinOp::*;
        let lhs = self.hir.expr(l).span;
        match lt {
            Ty::Ref(..) => {
                let d = d
                    .with_label_message("`+` cannot be used to concatenate two `&str` strings")
                    .with_note("note: string concatenation requires an owned `String` on the left");
                match &self.hir.expr(l).kind {
                    ExprKind::AddrOf(_, inner) => {
                        let inner = self.hir.expr(*inner).span;
                        d.with_suggestion(
                            "remove the borrow to obtain an owned `String`",
                            vec![(Span::new(lhs.start, inner.start), String::new())],
                        )
                    }
                    _ => d.with_suggestion(
                        "create an owned `String` from a string reference",
                        vec![(Span::empty(lhs.end), ".to_owned()".into())],
                    ),
                }
            }
            Ty::Adt(Adt::Local(id), _) if same => {
                let derives: &[&str] = match op {
                    Eq | Ne => &["PartialEq"],
                    Lt | Le | Gt | Ge => &["PartialEq", "PartialOrd"],
                    _ => return d,
                };
                let Some(at) = self.def_span(*id) else {
                    return d;
                };
                let tr = derives[derives.len() - 1];
                let label = Label {
                    span: at,
                    message: format!("must implement `{tr}`"),
                    primary: true,
                };
                d.with_child(
                    "note",
                    format!("an implementation of `{tr}` might be missing for `{ld}`"),
                    vec![label],
                )
                .with_suggestion(
                    format!(
                        "consider annotating `{ld}` with `#[derive({})]`",
                        derives.join(", ")
                    ),
                    vec![(
                        Span::empty(at.start),
                        format!("#[derive({})]\n", derives.join(", ")),
                    )],
                )
            }
            _ => d,
        }
    }

    /// Reports E0277 for an arithmetic operator between types with no such impl.
    fn no_impl(&mut self, op: BinOp, l: ExprId, r: ExprId, lt: &Ty, rt: &Ty) {
        let (lr, rr) = (self.table.resolve(lt), self.table.resolve(rt));
        if lr.has_error() || rr.has_error() {
            return;
        }
        let (ld, rd) = (self.display(&lr), self.display(&rr));
        let Some(message) = arith_message(op, &ld, &rd) else {
            return;
        };
        let span = self.op_span(op, l, r);
        self.diags.push(
            Diagnostic::error(message, span)
                .with_code("E0277")
                .with_label_message(format!("no implementation for `{ld} {} {rd}`", op.as_str())),
        );
    }

    // ---------------------------------------------------------------------------------------
    // Patterns.

    /// Checks a pattern against the type it matches; `def_ref` is the default binding mode
    /// of match ergonomics (bindings under a reference bind by reference).
    fn check_pat(&mut self, id: PatId, expected: &Ty, def_ref: Option<Mutability>) {
        if self.depth > MAX_DEPTH {
            return;
        }
        self.depth += 1;
        if let Some(slot) = self.pat_tys.get_mut(id.index()) {
            *slot = expected.clone();
            self.touched_pats.push(id);
        }
        self.check_pat_inner(id, expected, def_ref);
        self.depth -= 1;
    }

    fn check_pat_inner(&mut self, id: PatId, expected: &Ty, def_ref: Option<Mutability>) {
        let hir = self.hir;
        let pat = hir.pat(id);
        let is_constructor = matches!(
            pat.kind,
            PatKind::Tuple(..)
                | PatKind::Struct { .. }
                | PatKind::TupleStruct { .. }
                | PatKind::Slice(..)
                | PatKind::Path(..)
                | PatKind::Lit(..)
                | PatKind::Range { .. }
        );
        let mut expected = self.table.shallow(expected);
        let mut def_ref = def_ref;
        if is_constructor {
            while let Ty::Ref(m, inner) = expected.clone() {
                if matches!(pat.kind, PatKind::Lit(_)) {
                    break;
                }
                def_ref = Some(match (def_ref, m) {
                    (Some(Mutability::Not), _) => Mutability::Not,
                    (_, m) => m,
                });
                expected = self.table.shallow(&inner);
            }
        }
        match &pat.kind {
            PatKind::Wild | PatKind::Rest | PatKind::Err | PatKind::Range { .. } => {}
            PatKind::Binding { mode, local, sub } => {
                let t = if mode.by_ref {
                    Ty::Ref(mode.mutbl, Box::new(expected.clone()))
                } else if let (Some(m), Mutability::Not) = (def_ref, mode.mutbl) {
                    Ty::Ref(m, Box::new(expected.clone()))
                } else if def_ref.is_some() {
                    Ty::Error
                } else {
                    expected.clone()
                };
                self.locals.insert(*local, t);
                if let Some(s) = sub {
                    self.check_pat(*s, &expected, def_ref);
                }
            }
            PatKind::Lit(e) => {
                let t = self.infer(*e);
                self.table.try_unify(&t, &expected);
            }
            PatKind::Tuple(pats, rest) => {
                let elems = match &expected {
                    Ty::Tuple(ts) => Some(ts.clone()),
                    Ty::Infer(v) if rest.is_none() && self.table.kind(*v) == VarKind::General => {
                        let ts: Vec<Ty> = pats
                            .iter()
                            .map(|_| self.table.new_var(VarKind::General))
                            .collect();
                        self.table.unify(&expected, &Ty::Tuple(ts.clone()));
                        Some(ts)
                    }
                    _ => None,
                };
                let Some(elems) = elems else {
                    for p in pats {
                        self.check_pat(*p, &Ty::Error, def_ref);
                    }
                    return;
                };
                let fits = match rest {
                    None => elems.len() == pats.len(),
                    Some(_) => elems.len() >= pats.len(),
                };
                if !fits {
                    let found = Ty::Tuple(
                        pats.iter()
                            .map(|_| self.table.new_var(VarKind::General))
                            .collect(),
                    );
                    let e = self.table.resolve(&expected);
                    if !e.has_error() {
                        let d = Diagnostic::error("mismatched types", pat.span)
                            .with_code("E0308")
                            .with_label_message(format!(
                                "expected a tuple with {} elements, found one with {} elements",
                                elems.len(),
                                pats.len()
                            ));
                        let d = self.note_expected_found(d, &e, &found);
                        self.diags.push(d);
                    }
                    for p in pats {
                        self.check_pat(*p, &Ty::Error, def_ref);
                    }
                    return;
                }
                let after = rest.map(|r| pats.len().saturating_sub(r)).unwrap_or(0);
                for (i, p) in pats.iter().enumerate() {
                    let t = match rest {
                        Some(r) if i >= *r => elems
                            .get((elems.len() - after) + (i - r))
                            .cloned()
                            .unwrap_or(Ty::Error),
                        _ => elems[i].clone(),
                    };
                    self.check_pat(*p, &t, def_ref);
                }
            }
            PatKind::Slice(pats) => {
                let elem = match &expected {
                    Ty::Array(t, _) | Ty::Slice(t) => (**t).clone(),
                    _ => Ty::Error,
                };
                for p in pats {
                    // `..` and `rest @ ..` match the rest of the slice, not one element.
                    let rest = match &hir.pat(*p).kind {
                        PatKind::Rest => true,
                        PatKind::Binding { sub: Some(s), .. } => {
                            matches!(hir.pat(*s).kind, PatKind::Rest)
                        }
                        _ => false,
                    };
                    let t = if rest { Ty::Error } else { elem.clone() };
                    self.check_pat(*p, &t, def_ref);
                }
            }
            PatKind::Struct { path, fields, .. } => {
                let data = self.pat_adt(path, &expected);
                for (name, p) in fields {
                    let t = match &data {
                        Some((adt, targs, d)) => {
                            match d.fields().iter().find(|f| &f.name == name) {
                                Some(f) => self.field_ty_in(*adt, targs, f),
                                None => Ty::Error,
                            }
                        }
                        None => Ty::Error,
                    };
                    self.check_pat(*p, &t, def_ref);
                }
            }
            PatKind::TupleStruct { path, pats, rest } => {
                let tys: Vec<Ty> = match &path.res {
                    Res::Std(StdKind::Variant, v) => {
                        let args = match &expected {
                            Ty::Adt(Adt::Option | Adt::Result, a) => a.clone(),
                            _ => Vec::new(),
                        };
                        let t = match (*v, args.as_slice()) {
                            ("std::option::Option::Some", [t]) => t.clone(),
                            ("std::result::Result::Ok", [t, _]) => t.clone(),
                            ("std::result::Result::Err", [_, e]) => e.clone(),
                            _ => Ty::Error,
                        };
                        vec![t]
                    }
                    _ => match self.pat_adt(path, &expected) {
                        Some((adt, targs, d)) if rest.is_none() => d
                            .fields()
                            .iter()
                            .map(|f| self.field_ty_in(adt, &targs, f))
                            .collect(),
                        _ => Vec::new(),
                    },
                };
                for (i, p) in pats.iter().enumerate() {
                    let t = tys.get(i).cloned().unwrap_or(Ty::Error);
                    self.check_pat(*p, &t, def_ref);
                }
            }
            PatKind::Path(path) => {
                self.pat_adt(path, &expected);
            }
            PatKind::Or(pats) => {
                for p in pats {
                    self.check_pat(*p, &expected, def_ref);
                }
            }
            PatKind::Ref(_, p) => {
                let t = match &expected {
                    Ty::Ref(_, inner) => (**inner).clone(),
                    _ => Ty::Error,
                };
                self.check_pat(*p, &t, None);
            }
        }
    }

    /// The fields of the crate type or variant a pattern's path names, after unifying the
    /// expected type with that type (silently: a mismatch leaves the fields unknown).
    fn pat_adt(
        &mut self,
        path: &hir::Path,
        expected: &Ty,
    ) -> Option<(ItemId, Vec<Ty>, &'a VariantData)> {
        let (adt, variant) = match &path.res {
            Res::Def(DefKind::Struct, id) => (*id, None),
            Res::Variant(id, v) => (*id, Some(*v)),
            Res::SelfTy(impl_id) | Res::SelfCtor(impl_id) => match &self.hir.item(*impl_id).kind {
                ItemKind::Impl { self_ty, .. } => (self.local_adt_of(self_ty)?, None),
                _ => return None,
            },
            _ => return None,
        };
        let t = self.fresh_adt(adt);
        if !self.table.try_unify(&t, expected) {
            return None;
        }
        Some((adt, adt_args(&t), self.fields(adt, variant)?))
    }
}

// -------------------------------------------------------------------------------------------
// Generics, signatures and method resolution.

impl<'a> Cx<'a> {
    /// The generic type parameters of an item, by name.
    fn type_params(generics: &hir::Generics) -> Vec<String> {
        generics
            .params
            .iter()
            .filter(|p| matches!(p.kind, hir::GenericParamKind::Type(_)))
            .map(|p| p.name.clone())
            .collect()
    }

    /// The bounds that `generics` puts on its parameters (inline and in `where` clauses).
    fn lower_bounds(&mut self, generics: &hir::Generics, out: &mut Vec<(String, Bound)>) {
        for p in &generics.params {
            if let hir::GenericParamKind::Type(bounds) = &p.kind {
                for b in bounds {
                    if let Some(b) = self.lower_bound(b) {
                        out.push((p.name.clone(), b));
                    }
                }
            }
        }
        for (t, bounds) in &generics.predicates {
            let hir::TyKind::Path(path) = &t.kind else {
                continue;
            };
            let name = match &path.res {
                Res::GenericParam(name) => name.clone(),
                Res::SelfTy(_) => "Self".to_string(),
                _ => continue,
            };
            for b in bounds {
                if let Some(b) = self.lower_bound(b) {
                    out.push((name.clone(), b));
                }
            }
        }
    }

    fn lower_bound(&mut self, b: &hir::Bound) -> Option<Bound> {
        let hir::Bound::Trait { maybe: false, path } = b else {
            return None;
        };
        let seg = path.segments.last()?;
        if matches!(seg.name.as_str(), "Fn" | "FnMut" | "FnOnce") {
            for a in &seg.args {
                if let hir::GenericArg::Parenthesized(inputs, output) = a {
                    let inputs = inputs.iter().map(|t| self.lower_ty(t, false, 0)).collect();
                    let output = match output {
                        Some(t) => self.lower_ty(t, false, 0),
                        None => Ty::unit(),
                    };
                    return Some(Bound::Fn(inputs, output));
                }
            }
            return None;
        }
        let def = match path.res {
            Res::Def(DefKind::Trait, id) => Some(id),
            _ => None,
        };
        let args = self.type_args(path, false, 0);
        Some(Bound::Trait {
            name: seg.name.clone(),
            def,
            args,
        })
    }

    /// The signature of fn item `f`, with its impl's (or trait's) generics and its own.
    fn sig_of(&mut self, f: ItemId) -> Option<MethodSig> {
        let hir = self.hir;
        let ItemKind::Fn(decl) = &hir.item(f).kind else {
            return None;
        };
        let mut impl_params = Vec::new();
        let mut bounds = Vec::new();
        let mut self_ty = None;
        let mut trait_name = None;
        if let Some(&owner) = self.impl_of.get(&f) {
            match &hir.item(owner).kind {
                ItemKind::Impl {
                    generics,
                    self_ty: st,
                    of_trait,
                    ..
                } => {
                    impl_params = Self::type_params(generics);
                    self.lower_bounds(generics, &mut bounds);
                    self_ty = Some(self.lower_ty(st, false, 0));
                    trait_name = of_trait
                        .as_ref()
                        .and_then(|p| p.segments.last())
                        .map(|s| s.name.clone());
                }
                ItemKind::Trait { generics, .. } => {
                    impl_params = Self::type_params(generics);
                    impl_params.push("Self".to_string());
                    self.lower_bounds(generics, &mut bounds);
                    bounds.push((
                        "Self".to_string(),
                        Bound::Trait {
                            name: hir.item(owner).name.clone(),
                            def: Some(owner),
                            args: Vec::new(),
                        },
                    ));
                    self_ty = Some(Ty::Param("Self".to_string()));
                    trait_name = Some(hir.item(owner).name.clone());
                }
                _ => {}
            }
        }
        let own_params = Self::type_params(&decl.generics);
        self.lower_bounds(&decl.generics, &mut bounds);
        // An `impl Trait` parameter is an anonymous type parameter with those bounds
        // (`f: impl Fn(i32) -> i32`), named `impl#N` (a name no source can write).
        let mut anon_params = Vec::new();
        let mut inputs = Vec::new();
        for t in &decl.inputs {
            match &t.kind {
                hir::TyKind::ImplTrait(impl_bounds) => {
                    let name = format!("impl#{}", anon_params.len());
                    for b in impl_bounds {
                        if let Some(b) = self.lower_bound(b) {
                            bounds.push((name.clone(), b));
                        }
                    }
                    inputs.push(Ty::Param(name.clone()));
                    anon_params.push(name);
                }
                _ => inputs.push(self.lower_ty(t, false, 0)),
            }
        }
        let output = match &decl.output {
            Some(t) => self.lower_ty(t, false, 0),
            None => Ty::unit(),
        };
        let self_kind = match &decl.self_param {
            None => None,
            Some(hir::SelfParam::Value(_)) => Some(None),
            Some(hir::SelfParam::Ref(_, m)) => Some(Some(*m)),
            // `self: Box<Self>` and the like are not modelled.
            Some(hir::SelfParam::Explicit(..)) => return None,
        };
        Some(MethodSig {
            name: hir.item(f).name.clone(),
            from_library: false,
            trait_name,
            impl_params,
            own_params,
            anon_params,
            self_ty,
            self_kind,
            inputs,
            output,
            bounds,
            def: Some(self.declaration_of(f)),
        })
    }

    /// The declaration a call of `f` is reported against: for a method of a trait impl, the
    /// trait's method (as rustc's notes do).
    fn declaration_of(&self, f: ItemId) -> ItemId {
        let hir = self.hir;
        if let Some(owner) = self.impl_of.get(&f) {
            if let ItemKind::Impl {
                of_trait: Some(tp), ..
            } = &hir.item(*owner).kind
            {
                if let Res::Def(DefKind::Trait, t) = &tp.res {
                    if let ItemKind::Trait { items, .. } = &hir.item(*t).kind {
                        let name = &hir.item(f).name;
                        if let Some(m) = items.iter().find(|i| &hir.item(**i).name == name) {
                            return *m;
                        }
                    }
                }
            }
        }
        f
    }

    /// Reads the signatures of the crate's methods: those of inherent impls and trait impls,
    /// and, for each trait impl, the default methods of the trait it does not override (with
    /// `Self` replaced by the impl's type).
    fn collect_methods(&mut self) {
        let hir = self.hir;
        for (i, item) in hir.items.iter().enumerate() {
            let ItemKind::Impl {
                of_trait,
                items,
                self_ty,
                generics,
                ..
            } = &item.kind
            else {
                continue;
            };
            for m in items {
                if let Some(sig) = self.sig_of(*m) {
                    self.user_methods.push(sig);
                }
            }
            let Some(Res::Def(DefKind::Trait, tr)) = of_trait.as_ref().map(|p| &p.res) else {
                continue;
            };
            let ItemKind::Trait {
                items: trait_items, ..
            } = &hir.item(*tr).kind
            else {
                continue;
            };
            let impl_ty = self.lower_ty(self_ty, false, 0);
            let impl_params = Self::type_params(generics);
            let mut impl_bounds = Vec::new();
            self.lower_bounds(generics, &mut impl_bounds);
            for tm in trait_items {
                let name = &hir.item(*tm).name;
                let overridden = items.iter().any(|m| &hir.item(*m).name == name);
                let has_default =
                    matches!(&hir.item(*tm).kind, ItemKind::Fn(d) if d.body.is_some());
                if overridden || !has_default {
                    continue;
                }
                let Some(mut sig) = self.sig_of(*tm) else {
                    continue;
                };
                let it = impl_ty.clone();
                let own: Vec<String> = sig
                    .own_params
                    .iter()
                    .chain(sig.anon_params.iter())
                    .cloned()
                    .collect();
                let params = impl_params.clone();
                // `Self` becomes the impl's type; the trait's own parameters are unknown.
                let fix = |t: &Ty| {
                    ty::subst(t, &|n| {
                        if n == "Self" {
                            Some(it.clone())
                        } else if own.iter().any(|o| o == n) || params.iter().any(|p| p == n) {
                            None
                        } else {
                            Some(Ty::Error)
                        }
                    })
                };
                sig.inputs = sig.inputs.iter().map(&fix).collect();
                sig.output = fix(&sig.output);
                sig.bounds.retain(|(p, _)| p != "Self");
                sig.impl_params = impl_params.clone();
                sig.bounds.extend(impl_bounds.iter().cloned());
                sig.self_ty = Some(impl_ty.clone());
                let _ = i;
                self.user_methods.push(sig);
            }
        }
    }

    /// The bounds of a generic parameter of the current body.
    fn param_bounds(&self, name: &str) -> Vec<Bound> {
        self.env
            .iter()
            .filter(|(n, _)| n == name)
            .flat_map(|(_, b)| b.iter().cloned())
            .collect()
    }

    /// Sets the current body's generic parameters and bounds (those of its fn, its impl or
    /// trait).
    fn set_env(&mut self, owner: ItemId) {
        self.env.clear();
        self.env_owner = Some(owner);
        let Some(sig) = self.sig_of(owner) else {
            return;
        };
        let mut by_name: Vec<(String, Vec<Bound>)> = sig
            .impl_params
            .iter()
            .chain(sig.own_params.iter())
            .map(|p| (p.clone(), Vec::new()))
            .collect();
        for (p, b) in sig.bounds {
            if let Some(entry) = by_name.iter_mut().find(|(n, _)| *n == p) {
                entry.1.push(b);
            } else {
                by_name.push((p, vec![b]));
            }
        }
        self.env = by_name;
    }

    /// Fresh inference variables for a signature's parameters; `own` gives the fn's own
    /// parameters when a turbofish wrote them.
    fn instantiate(&mut self, sig: &MethodSig, own: &[Ty]) -> HashMap<String, Ty> {
        let mut map = HashMap::new();
        for p in &sig.impl_params {
            let v = self.table.new_var(VarKind::General);
            map.insert(p.clone(), v);
        }
        for (i, p) in sig.own_params.iter().enumerate() {
            let v = if own.len() == sig.own_params.len() {
                own[i].clone()
            } else {
                self.table.new_var(VarKind::General)
            };
            map.insert(p.clone(), v);
        }
        for p in &sig.anon_params {
            let v = self.table.new_var(VarKind::General);
            map.insert(p.clone(), v);
        }
        map
    }

    /// `t` with the instantiation `map` applied (parameters it does not name are unknown).
    fn apply(map: &HashMap<String, Ty>, t: &Ty) -> Ty {
        ty::subst(t, &|n| Some(map.get(n).cloned().unwrap_or(Ty::Error)))
    }

    /// The turbofish types of a path segment (`collect::<Vec<_>>`).
    fn turbofish(&mut self, seg: &hir::PathSegment) -> Vec<Ty> {
        let args: Vec<hir::Ty> = seg
            .args
            .iter()
            .filter_map(|a| match a {
                hir::GenericArg::Type(t) => Some(t.clone()),
                _ => None,
            })
            .collect();
        args.iter().map(|t| self.lower_ty(t, true, 0)).collect()
    }

    /// A call of the free or associated fn `sig` (not a method call): its own generic
    /// arguments are `own`, its `Self` type is unified with `named` (the type the path names,
    /// when known), its arguments are checked with the `bounds` asked for; the call's type.
    #[allow(clippy::too_many_arguments)]
    fn call_fn_sig(
        &mut self,
        call: ExprId,
        span: Span,
        sig: &MethodSig,
        own: &[Ty],
        named: Option<Ty>,
        args: &[ExprId],
        bounds: BoundsToCheck,
    ) -> Ty {
        let map = self.instantiate(sig, own);
        if let (Some(st), Some(named)) = (&sig.self_ty, named) {
            let st = Self::apply(&map, st);
            self.table.try_unify(&st, &named);
        }
        self.check_sig_args(call, span, "function", sig, &map, args, bounds);
        Self::apply(&map, &sig.output)
    }

    /// Checks a call's arguments against an instantiated signature: closures get the
    /// signature their `Fn` bound asks for, and trait bounds on the parameters are recorded
    /// as obligations (checked at the end of the body).
    #[allow(clippy::too_many_arguments)]
    fn check_sig_args(
        &mut self,
        call: ExprId,
        span: Span,
        what: &str,
        sig: &MethodSig,
        map: &HashMap<String, Ty>,
        args: &[ExprId],
        obligations: BoundsToCheck,
    ) {
        let inputs: Vec<Ty> = sig.inputs.iter().map(|t| Self::apply(map, t)).collect();
        let def = sig.def.map(Callee::Fn);
        if inputs.len() != args.len() {
            self.check_args(call, span, what, def, &inputs, args);
            return;
        }
        // As in rustc, closures are checked after the other arguments, so that their
        // signature's types are as known as they can be (`fold(0, |acc, x| acc + x)`).
        let mut closures = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let fn_bound = match &sig.inputs[i] {
                Ty::Param(p) => sig.bounds.iter().find_map(|(n, b)| match b {
                    Bound::Fn(ins, out) if n == p => Some((
                        ins.iter().map(|t| Self::apply(map, t)).collect::<Vec<_>>(),
                        Self::apply(map, out),
                    )),
                    _ => None,
                }),
                _ => None,
            };
            match (fn_bound, &self.hir.expr(*a).kind) {
                (Some(expected), ExprKind::Closure(c)) => closures.push((i, *a, c, expected)),
                _ => {
                    let before = self.diags.len();
                    self.check_coerce(*a, &inputs[i]);
                    self.label_arg_mismatch(before, *a, i, span, what, def);
                }
            }
        }
        for (i, a, c, expected) in closures {
            let t = self.closure(c, Some(&expected));
            self.expr_tys[a.index()] = t.clone();
            self.touched.push(a);
            self.table.unify(&inputs[i], &t);
        }
        if obligations == BoundsToCheck::None {
            return;
        }
        for (p, b) in &sig.bounds {
            let own = sig.own_params.contains(p) || sig.anon_params.contains(p);
            if obligations == BoundsToCheck::OwnParams && !own {
                continue;
            }
            let Bound::Trait {
                name,
                def,
                args: targs,
            } = b
            else {
                continue;
            };
            let Some(t) = map.get(p) else {
                continue;
            };
            // rustc blames the one argument whose parameter type mentions `p`, or the callee
            // when several (or none) do.
            let mentioning: Vec<usize> = sig
                .inputs
                .iter()
                .enumerate()
                .filter(|(_, t)| mentions_param(t, p))
                .map(|(i, _)| i)
                .collect();
            let at = match mentioning.as_slice() {
                [i] => args.get(*i).map(|a| self.hir.expr(*a).span).unwrap_or(span),
                _ => span,
            };
            self.obligations.push(Obligation {
                ty: t.clone(),
                trait_name: name.clone(),
                def: *def,
                args: targs.iter().map(|t| Self::apply(map, t)).collect(),
                span: at,
                call: sig.def.filter(|_| at != span).map(|f| (span, f, p.clone())),
            });
        }
    }

    /// Type-checks a closure, with the signature its context expects if known.
    fn closure(&mut self, c: &hir::Closure, expected: Option<&(Vec<Ty>, Ty)>) -> Ty {
        let expected = expected.filter(|e| e.0.len() == c.params.len());
        let mut params = Vec::new();
        for (i, (pat, ty)) in c.params.iter().enumerate() {
            let from_context = expected.map(|e| e.0[i].clone());
            let t = match (ty, from_context) {
                (Some(t), ctx) => {
                    let t = t.clone();
                    let t = self.lower_ty(&t, true, 0);
                    if let Some(ctx) = ctx {
                        self.table.try_unify(&t, &ctx);
                    }
                    t
                }
                (None, Some(ctx)) => ctx,
                (None, None) => self.table.new_var(VarKind::General),
            };
            self.check_pat(*pat, &t, None);
            params.push(t);
        }
        let ret = match (&c.output, expected) {
            (Some(t), _) => {
                let t = t.clone();
                self.lower_ty(&t, true, 0)
            }
            (None, Some(e)) => e.1.clone(),
            (None, None) => self.table.new_var(VarKind::General),
        };
        let saved_ret = std::mem::replace(&mut self.ret, ret.clone());
        let saved_breaks = std::mem::take(&mut self.breaks);
        let saved_in_fn = std::mem::replace(&mut self.in_fn, false);
        self.check_coerce(c.body, &ret);
        self.ret = saved_ret;
        self.breaks = saved_breaks;
        self.in_fn = saved_in_fn;
        self.closures.push((params, ret));
        Ty::Closure(self.closures.len() as u32 - 1)
    }

    /// The signature a value of type `t` is called with: a closure's, or the `Fn` bound of a
    /// generic parameter.
    fn callable_sig(&self, t: &Ty) -> Option<(Vec<Ty>, Ty)> {
        match self.table.shallow(t) {
            Ty::Closure(k) => self.closures.get(k as usize).cloned(),
            Ty::Param(p) => self.param_bounds(&p).into_iter().find_map(|b| match b {
                Bound::Fn(ins, out) => Some((ins, out)),
                _ => None,
            }),
            _ => None,
        }
    }

    /// The receiver's autoderef steps (the receiver, then what each deref gives), as rustc's
    /// method probe walks them; stops at an unknown type.
    fn autoderef_steps(&self, t: &Ty) -> Vec<Ty> {
        let mut steps = Vec::new();
        let mut cur = self.table.shallow(t);
        for _ in 0..8 {
            if matches!(cur, Ty::Error | Ty::Infer(_)) {
                break;
            }
            steps.push(cur.clone());
            match self.deref_once(&cur) {
                Some(Ty::Error) | None => break,
                Some(next) => cur = self.table.shallow(&next),
            }
        }
        steps
    }

    /// The signatures of the methods named `name` of the trait `tr` (and its supertraits).
    fn trait_method(&mut self, tr: ItemId, name: &str, depth: u32) -> Option<MethodSig> {
        if depth > 8 {
            return None;
        }
        let ItemKind::Trait {
            items, supertraits, ..
        } = &self.hir.item(tr).kind
        else {
            return None;
        };
        for m in items {
            if self.hir.item(*m).name == name {
                return self.sig_of(*m);
            }
        }
        for b in supertraits {
            if let hir::Bound::Trait { path, .. } = b {
                if let Res::Def(DefKind::Trait, sup) = path.res {
                    if let Some(sig) = self.trait_method(sup, name, depth + 1) {
                        return Some(sig);
                    }
                }
            }
        }
        None
    }

    /// The type a method's impl type must equal for the method to apply by value at an
    /// autoderef step: at a reference step `&X`, a method taking `&self` (or `&mut self`
    /// behind `&mut`) of an impl for `X` (its receiver type is the step's type), or a method
    /// taking `self` of an impl for `&X`; at another step, any method of an impl for it.
    fn probe_target(sig: &MethodSig, step: &Ty) -> Option<Ty> {
        match (step, sig.self_kind) {
            (Ty::Ref(m, inner), Some(Some(k))) if k == Mutability::Not || *m == k => {
                Some((**inner).clone())
            }
            (Ty::Ref(..), Some(None)) => Some(step.clone()),
            (Ty::Ref(..), _) => None,
            _ => Some(step.clone()),
        }
    }

    /// Finds method `name` for a receiver of type `receiver` in rustc's probe order: at each
    /// autoderef step, the crate's inherent methods, the library's, then the crate's trait
    /// methods, whose impl type unifies with the step's type (methods taking `&self` or
    /// `&mut self` apply by autoref). Returns the signature and its instantiation (with the
    /// impl's type unified with the step), or `None` when no single method is found.
    fn lookup_method(
        &mut self,
        receiver: &Ty,
        name: &str,
    ) -> Option<(MethodSig, HashMap<String, Ty>)> {
        // The candidates, in probe order: inherent methods, the library's, trait methods.
        let groups: [Vec<MethodSig>; 3] = [
            self.user_methods
                .iter()
                .filter(|m| m.name == name && m.trait_name.is_none())
                .cloned()
                .collect(),
            self.lib_methods
                .iter()
                .filter(|m| m.name == name)
                .cloned()
                .collect(),
            self.user_methods
                .iter()
                .filter(|m| m.name == name && m.trait_name.is_some())
                .cloned()
                .collect(),
        ];
        for step in self.autoderef_steps(receiver) {
            if let Ty::Param(p) = &step {
                // A generic parameter: the methods of the crate traits that bound it.
                let bounds = self.param_bounds(p);
                for b in bounds {
                    if let Bound::Trait { def: Some(tr), .. } = b {
                        if let Some(sig) = self.trait_method(tr, name, 0) {
                            let mut map = self.instantiate(&sig, &[]);
                            map.insert("Self".to_string(), step.clone());
                            return Some((sig, map));
                        }
                    }
                }
                return None;
            }
            for group in &groups {
                let mut found: Vec<MethodSig> = Vec::new();
                for sig in group {
                    let Some(self_ty) = &sig.self_ty else {
                        continue;
                    };
                    // Impls for every type, or for a type the checker does not know
                    // (`impl Tr for Box<dyn Shape>`), would match receivers they do not fit.
                    if sig.self_kind.is_none()
                        || matches!(self_ty, Ty::Param(_))
                        || unknown_inside(self_ty)
                    {
                        continue;
                    }
                    let Some(target) = Self::probe_target(sig, &step) else {
                        continue;
                    };
                    if matches!(self.table.shallow(&target), Ty::Error | Ty::Infer(_)) {
                        continue;
                    }
                    let saved = self.table.snapshot();
                    let map = self.instantiate(sig, &[]);
                    let st = Self::apply(&map, self_ty);
                    if self.table.unify(&st, &target) {
                        found.push(sig.clone());
                    }
                    self.table.rollback_to(saved);
                }
                match found.len() {
                    0 => continue,
                    1 => {
                        let sig = found.pop()?;
                        let target = Self::probe_target(&sig, &step)?;
                        let map = self.instantiate(&sig, &[]);
                        let st = Self::apply(&map, sig.self_ty.as_ref()?);
                        self.table.unify(&st, &target);
                        return Some((sig, map));
                    }
                    // Several impls apply (`impl W<i32>` and `impl W<f64>` for a `W<_>`):
                    // which one depends on inference rustc does later.
                    _ => return None,
                }
            }
            // A std type implements std traits the checker has no signatures for (`Box<S>`
            // is `Clone` itself): the method of a std trait found at a later step (`S`'s
            // `clone`) would not be the one rustc picks.
            let std_trait_method = crate::prelude::UNIVERSAL_METHODS.contains(&name)
                || STD_METHODS.iter().any(|(m, _)| *m == name);
            if std_trait_method && !matches!(step, Ty::Adt(Adt::Local(_), _)) {
                return None;
            }
        }
        None
    }

    /// True when the crate trait `tr` and all its supertraits are crate traits (so that the
    /// checker knows every method a type bounded by it has).
    fn crate_traits_only(&self, tr: ItemId, depth: u32) -> bool {
        if depth > 8 {
            return false;
        }
        let ItemKind::Trait { supertraits, .. } = &self.hir.item(tr).kind else {
            return false;
        };
        supertraits.iter().all(|b| match b {
            hir::Bound::Trait { path, .. } => match path.res {
                Res::Def(DefKind::Trait, sup) => self.crate_traits_only(sup, depth + 1),
                _ => false,
            },
            hir::Bound::Lifetime(_) => true,
        })
    }

    /// Records that the values a `move` closure passed to `thread::spawn` captures must be
    /// `Send` (checked at the end of the body: E0277 when a type holds an `Rc`); the captured
    /// locals are the locals declared before the closure (`before`) that its body names.
    fn check_send(&mut self, closure: ExprId, before: &[LocalId]) {
        let span = self.hir.expr(closure).span;
        let hir = self.hir;
        for e in &hir.exprs {
            if e.span.start < span.start || e.span.end > span.end {
                continue;
            }
            let ExprKind::Path(hir::Path {
                res: Res::Local(l), ..
            }) = &e.kind
            else {
                continue;
            };
            if !before.contains(l) {
                continue;
            }
            let t = self.locals.get(l).cloned().unwrap_or(Ty::Error);
            self.obligations.push(Obligation {
                ty: t,
                trait_name: "Send".to_string(),
                def: None,
                args: Vec::new(),
                span,
                call: None,
            });
        }
    }

    /// What `collect` builds tells its element type: a `Vec<X>` collected from items `T` has
    /// `X = T`, a `HashMap<K, V>` has `(K, V) = T` (the only `FromIterator` impls of those
    /// types). Other targets are left alone.
    fn relate_collect(&mut self, target: &Ty, item: &Ty) {
        match self.table.shallow(target) {
            Ty::Adt(Adt::Vec, args) if args.len() == 1 => {
                self.table.try_unify(&args[0], item);
            }
            Ty::Adt(Adt::HashMap, args) if args.len() == 2 => {
                self.table.try_unify(&Ty::Tuple(args), item);
            }
            _ => {}
        }
    }

    /// Reports the obligations of the body whose types are now known and not satisfied (only
    /// `collect`'s when `from_iterator_only`, leaving the others for later).
    fn check_obligations(&mut self, from_iterator_only: bool) {
        // The spawn calls already reported (one error for each).
        let mut sent_checked: Vec<Span> = Vec::new();
        let all = std::mem::take(&mut self.obligations);
        let (now, later): (Vec<Obligation>, Vec<Obligation>) = all
            .into_iter()
            .partition(|ob| !from_iterator_only || ob.trait_name == "FromIterator");
        self.obligations = later;
        for ob in now {
            if let (Some(item), "FromIterator") = (ob.args.first(), ob.trait_name.as_str()) {
                self.relate_collect(&ob.ty, item);
            }
            let t = self.table.resolve(&ob.ty);
            if t.has_error() || has_infer(&t) {
                continue;
            }
            let implemented = |cx: &Cx, id: ItemId| {
                cx.trait_impls
                    .get(&id)
                    .is_some_and(|impls| impls.contains(&ob.trait_name))
                    || cx.blanket_traits.contains(&ob.trait_name)
            };
            if ob.trait_name == "Send" {
                let Some(rc) = find_rc(&t, 0) else {
                    continue;
                };
                if sent_checked.contains(&ob.span) {
                    continue;
                }
                sent_checked.push(ob.span);
                let d = self.display(&rc);
                self.diags.push(
                    Diagnostic::error(
                        format!("`{d}` cannot be sent between threads safely"),
                        ob.span,
                    )
                    .with_code("E0277")
                    .with_label_message(format!("`{d}` cannot be sent between threads safely")),
                );
                continue;
            }
            if ob.trait_name == "FromIterator" {
                // `collect` into a `Vec<X>` from items that cannot be `X`.
                if let (Ty::Adt(Adt::Vec, elems), Some(item)) = (&t, ob.args.first()) {
                    let item = self.table.resolve(item);
                    let clash = elems.len() == 1
                        && !unknown_inside(&item)
                        && !has_general_infer(&self.table, &item)
                        && !has_general_infer(&self.table, &elems[0])
                        && !self.table.try_unify(&elems[0], &item);
                    if clash {
                        let (td, id) = (self.display(&t), self.display(&item));
                        self.diags.push(
                            Diagnostic::error(
                                format!(
                                    "a value of type `{td}` cannot be built from an iterator \
                                     over elements of type `{id}`"
                                ),
                                ob.span,
                            )
                            .with_code("E0277")
                            .with_label_message(format!(
                                "value of type `{td}` cannot be built from \
                                 `std::iter::Iterator<Item={id}>`"
                            )),
                        );
                    }
                    continue;
                }
                let scalar = matches!(t, Ty::Int(_) | Ty::Float(_) | Ty::Bool | Ty::Char);
                let local = matches!(&t, Ty::Adt(Adt::Local(id), _) if !implemented(self, *id));
                let item = ob.args.first().map(|a| self.table.resolve(a));
                let Some(item) = item.filter(|i| !i.has_error() && !has_infer(i)) else {
                    continue;
                };
                if scalar || local {
                    let (td, id) = (self.display(&t), self.display(&item));
                    self.diags.push(
                        Diagnostic::error(
                            format!(
                                "a value of type `{td}` cannot be built from an iterator over \
                                 elements of type `{id}`"
                            ),
                            ob.span,
                        )
                        .with_code("E0277")
                        .with_label_message(format!(
                            "value of type `{td}` cannot be built from \
                             `std::iter::Iterator<Item={id}>`"
                        )),
                    );
                }
                continue;
            }
            let Ty::Adt(Adt::Local(id), _) = t else {
                continue;
            };
            // Only the traits whose impls the checker sees all of: the crate's and the std
            // traits a crate type gets only by an impl or a derive.
            let known = ob.def.is_some()
                || matches!(
                    ob.trait_name.as_str(),
                    "Display"
                        | "Debug"
                        | "Clone"
                        | "Copy"
                        | "PartialEq"
                        | "Eq"
                        | "PartialOrd"
                        | "Ord"
                        | "Hash"
                        | "Default"
                );
            if !known || implemented(self, id) {
                continue;
            }
            let td = self.display(&t);
            let (message, label) = match ob.trait_name.as_str() {
                "Display" => (
                    format!("`{td}` doesn't implement `std::fmt::Display`"),
                    format!("`{td}` cannot be formatted with the default formatter"),
                ),
                "Debug" => (
                    format!("`{td}` doesn't implement `Debug`"),
                    format!("`{td}` cannot be formatted using `{{:?}}`"),
                ),
                tr => (
                    format!("the trait bound `{td}: {tr}` is not satisfied"),
                    format!("the trait `{tr}` is not implemented for `{td}`"),
                ),
            };
            let mut d = Diagnostic::error(message, ob.span)
                .with_code("E0277")
                .with_label_message(label);
            if let Some((callee, f, param)) = &ob.call {
                d = self.bound_notes(d, &ob, id, (*callee, *f, param));
            }
            self.diags.push(d);
        }
    }

    /// Whether rustc's `suggest_derive` offers `#[derive(tr)]` for `adt`: a derivable trait
    /// that every field's type implements (`None` when a field's type is one this checker
    /// cannot tell about).
    fn derive_suggestable(&mut self, adt: ItemId, tr: &str) -> Option<bool> {
        let derivable = matches!(
            tr,
            "Debug" | "Clone" | "Copy" | "PartialEq" | "Eq" | "PartialOrd" | "Ord" | "Hash"
        ) || (tr == "Default"
            && matches!(self.hir.item(adt).kind, ItemKind::Struct { .. }));
        if !derivable {
            return Some(false);
        }
        if self.has_type_params(adt) {
            return None;
        }
        let hir = self.hir;
        let fields: Vec<&hir::FieldDef> = match &hir.item(adt).kind {
            ItemKind::Struct { data, .. } => data.fields().iter().collect(),
            ItemKind::Enum { variants, .. } => {
                variants.iter().flat_map(|v| v.data.fields()).collect()
            }
            _ => return None,
        };
        let mut all = true;
        for f in fields {
            let t = self.field_ty_in(adt, &[], f);
            all &= self.implements(&t, tr, 0)?;
        }
        Some(all)
    }

    /// Whether type `t` implements the derivable std trait `tr` (`None`: not known here).
    fn implements(&self, t: &Ty, tr: &str, depth: u32) -> Option<bool> {
        if depth > 16 {
            return None;
        }
        let all = |cx: &Self, ts: &[Ty]| -> Option<bool> {
            let mut ok = true;
            for t in ts {
                ok &= cx.implements(t, tr, depth + 1)?;
            }
            Some(ok)
        };
        match self.table.shallow(t) {
            Ty::Int(_) | Ty::Bool | Ty::Char => Some(true),
            Ty::Float(_) => Some(!matches!(tr, "Eq" | "Ord" | "Hash")),
            Ty::Str => Some(!matches!(tr, "Copy" | "Clone" | "Default")),
            Ty::Ref(Mutability::Not, inner) => match tr {
                "Copy" | "Clone" => Some(true),
                "Default" => None,
                _ => self.implements(&inner, tr, depth + 1),
            },
            Ty::Tuple(ts) => all(self, &ts),
            Ty::Array(e, _) => match tr {
                "Default" => None,
                _ => self.implements(&e, tr, depth + 1),
            },
            Ty::Adt(Adt::String, _) => Some(tr != "Copy"),
            Ty::Adt(Adt::Option, a) => all(self, &a),
            Ty::Adt(Adt::Vec | Adt::Box, a) => match tr {
                "Copy" => Some(false),
                _ => all(self, &a),
            },
            Ty::Adt(Adt::Rc, a) => match tr {
                "Copy" => Some(false),
                "Clone" => Some(true),
                _ => all(self, &a),
            },
            Ty::Adt(Adt::HashMap, a) => match tr {
                "Copy" | "Hash" | "PartialOrd" | "Ord" => Some(false),
                "Default" => Some(true),
                _ => all(self, &a),
            },
            Ty::Adt(Adt::Local(id), _) if !self.has_type_params(id) => Some(
                self.trait_impls
                    .get(&id)
                    .is_some_and(|impls| impls.iter().any(|i| i == tr)),
            ),
            _ => None,
        }
    }

    /// rustc's labels and notes on an unsatisfied bound of a crate fn's parameter: the
    /// call, the trait not implemented (with the derive when it is derivable, else where
    /// the type and the trait's one impl or none are), and the bound.
    fn bound_notes(
        &mut self,
        mut d: Diagnostic,
        ob: &Obligation,
        adt: ItemId,
        (callee, f, param): (Span, ItemId, &str),
    ) -> Diagnostic {
        let hir = self.hir;
        let tr = ob.trait_name.as_str();
        let Some(derivable) = self.derive_suggestable(adt, tr) else {
            return d;
        };
        let Some(def_span) = self.def_span(adt) else {
            return d;
        };
        let Some(bound) = self.bound_span(f, param, tr) else {
            return d;
        };
        let td = self.name_of(adt);
        let primary = |span: Span, message: String| Label {
            span,
            message,
            primary: true,
        };
        if !derivable {
            d = d.with_label_message("unsatisfied trait bound");
        }
        d = d.with_secondary(callee, "required by a bound introduced by this call");
        if !derivable {
            let shown = if tr == "Display" {
                "std::fmt::Display"
            } else {
                tr
            };
            d = d.with_child(
                "help",
                format!("the trait `{shown}` is not implemented for `{td}`"),
                vec![primary(def_span, String::new())],
            );
            if let Some(trait_id) = ob.def {
                let impls: Vec<&hir::Item> = hir
                    .items
                    .iter()
                    .filter(|i| match &i.kind {
                        ItemKind::Impl {
                            of_trait: Some(p), ..
                        } => p.res == Res::Def(DefKind::Trait, trait_id),
                        _ => false,
                    })
                    .collect();
                let tr_item = hir.item(trait_id);
                match impls.as_slice() {
                    [] => {
                        if let Some(name) = self.name_span_after(tr_item.span, "trait", tr) {
                            // rustc's `def_span` of a trait runs over its generics and
                            // supertraits, to its body or `where` clause.
                            let rest = &self.src[name.end as usize..tr_item.span.end as usize];
                            let head = rest.find(['{', ';']).map_or(rest, |i| &rest[..i]);
                            let head = head.split(" where").next().unwrap_or(head).trim_end();
                            let at = Span::new(tr_item.span.start, name.end + head.len() as u32);
                            d = d.with_child(
                                "help",
                                "this trait has no implementations, consider adding one",
                                vec![primary(at, String::new())],
                            );
                        }
                    }
                    [one] => {
                        if let ItemKind::Impl { self_ty, .. } = &one.kind {
                            if let Some(for_adt) = self.local_adt_of(self_ty) {
                                let at = Span::new(one.span.start, self_ty.span.end);
                                d = d.with_child(
                                    "help",
                                    format!(
                                        "the trait `{tr}` is implemented for `{}`",
                                        self.name_of(for_adt)
                                    ),
                                    vec![primary(at, String::new())],
                                );
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        let path = self.fn_path(f);
        d = d.with_child(
            "note",
            format!("required by a bound in `{path}`"),
            vec![primary(
                bound,
                format!("required by this bound in `{path}`"),
            )],
        );
        if derivable {
            d = d.with_suggestion(
                format!("consider annotating `{td}` with `#[derive({tr})]`"),
                vec![(Span::empty(def_span.start), format!("#[derive({tr})]\n"))],
            );
        }
        d
    }

    /// A fn as rustc names it in "required by a bound in": `f`, `Type::f` or `Trait::f`.
    fn fn_path(&self, f: ItemId) -> String {
        let hir = self.hir;
        let name = hir.item(f).name.clone();
        match self.impl_of.get(&f).map(|o| (o, &hir.item(*o).kind)) {
            Some((_, ItemKind::Impl { self_ty, .. })) => match self.local_adt_of(self_ty) {
                Some(adt) => format!("{}::{name}", self.name_of(adt)),
                None => name,
            },
            Some((o, ItemKind::Trait { .. })) => format!("{}::{name}", hir.item(*o).name),
            _ => name,
        }
    }

    /// The span of `tr` among the bounds written on `param` in fn `f`'s generics
    /// (`fn f<T: Tr>`).
    fn bound_span(&self, f: ItemId, param: &str, tr: &str) -> Option<Span> {
        let item = self.hir.item(f);
        let name = self.name_span_after(item.span, "fn", &item.name)?;
        let from = name.end as usize;
        // The generics, up to their closing `>`.
        let end = self.generics_close(from)?;
        let generics = &self.src[from + 1..end];
        let ident = |c: char| c.is_alphanumeric() || c == '_';
        let word_at = |text: &str, at: usize, w: &str| {
            text[at..].starts_with(w)
                && !text[..at].chars().next_back().is_some_and(ident)
                && !text[at + w.len()..].chars().next().is_some_and(ident)
        };
        let mut at = 0;
        while at < generics.len() {
            if generics.is_char_boundary(at) && word_at(generics, at, param) {
                let rest = &generics[at + param.len()..];
                if let Some(bounds) = rest.trim_start().strip_prefix(':') {
                    let bounds_start = generics.len() - bounds.len();
                    let bounds_end = bounds.find(',').unwrap_or(bounds.len());
                    let list = &bounds[..bounds_end];
                    for (i, _) in list.char_indices() {
                        if word_at(list, i, tr) {
                            let start = from + 1 + bounds_start + i;
                            return Some(Span::new(start as u32, (start + tr.len()) as u32));
                        }
                    }
                    return None;
                }
            }
            at += 1;
        }
        None
    }
}

/// The type arguments of an ADT type (none for another type).
fn adt_args(t: &Ty) -> Vec<Ty> {
    match t {
        Ty::Adt(_, args) => args.clone(),
        _ => Vec::new(),
    }
}

/// True when [`Ty::Error`] occurs in the type (unlike [`Ty::has_error`], closures and std
/// iterators do not count).
fn unknown_inside(t: &Ty) -> bool {
    match t {
        Ty::Error => true,
        Ty::Tuple(v) | Ty::Adt(_, v) => v.iter().any(unknown_inside),
        Ty::Array(t, _) | Ty::Slice(t) | Ty::Ref(_, t) => unknown_inside(t),
        _ => false,
    }
}

/// True when the generic parameter `name` occurs in the type.
fn mentions_param(t: &Ty, name: &str) -> bool {
    match t {
        Ty::Param(p) => p == name,
        Ty::Tuple(v) | Ty::Adt(_, v) => v.iter().any(|t| mentions_param(t, name)),
        Ty::Array(t, _) | Ty::Slice(t) | Ty::Ref(_, t) => mentions_param(t, name),
        _ => false,
    }
}

/// The first `Rc<…>` in a type.
fn find_rc(t: &Ty, depth: u32) -> Option<Ty> {
    if depth > 32 {
        return None;
    }
    match t {
        Ty::Adt(Adt::Rc, _) => Some(t.clone()),
        Ty::Tuple(v) | Ty::Adt(_, v) => v.iter().find_map(|t| find_rc(t, depth + 1)),
        Ty::Array(t, _) | Ty::Slice(t) | Ty::Ref(_, t) => find_rc(t, depth + 1),
        _ => None,
    }
}

/// True when a general inference variable (not an integer or float literal's) is left in the
/// type.
fn has_general_infer(table: &InferTable, t: &Ty) -> bool {
    match table.shallow(t) {
        Ty::Infer(v) => table.kind(v) == VarKind::General,
        Ty::Tuple(v) | Ty::Adt(_, v) => v.iter().any(|t| has_general_infer(table, t)),
        Ty::Array(t, _) | Ty::Slice(t) | Ty::Ref(_, t) => has_general_infer(table, &t),
        _ => false,
    }
}

/// True when an inference variable is left in the type.
fn has_infer(t: &Ty) -> bool {
    match t {
        Ty::Infer(_) => true,
        Ty::Tuple(v) | Ty::Adt(_, v) => v.iter().any(has_infer),
        Ty::Array(t, _) | Ty::Slice(t) | Ty::Ref(_, t) => has_infer(t),
        _ => false,
    }
}

/// The type of a block without a tail: `!` after a diverging statement, unknown after a
/// statement of unknown type (it may diverge), `()` otherwise.
fn block_ty(diverges: bool, last_unknown: bool) -> Ty {
    if diverges {
        Ty::Never
    } else if last_unknown {
        Ty::Error
    } else {
        Ty::unit()
    }
}

/// The type of a primitive type name.
fn prim_ty(name: &str) -> Ty {
    if let Some(i) = IntTy::from_name(name) {
        return Ty::Int(i);
    }
    match name {
        "f32" => Ty::Float(FloatTy::F32),
        "f64" => Ty::Float(FloatTy::F64),
        "bool" => Ty::Bool,
        "char" => Ty::Char,
        "str" => Ty::Str,
        _ => Ty::Error,
    }
}

/// The std trait behind a binary operator.
fn op_trait(op: BinOp) -> &'static str {
    use BinOp::*;
    match op {
        Add => "Add",
        Sub => "Sub",
        Mul => "Mul",
        Div => "Div",
        Rem => "Rem",
        BitXor => "BitXor",
        BitAnd => "BitAnd",
        BitOr => "BitOr",
        Shl => "Shl",
        Shr => "Shr",
        Eq | Ne => "PartialEq",
        Lt | Le | Gt | Ge => "PartialOrd",
        And | Or => "",
    }
}

/// rustc's headline for an arithmetic operator with no impl (`cannot add `f64` to `i32``).
fn arith_message(op: BinOp, l: &str, r: &str) -> Option<String> {
    use BinOp::*;
    Some(match op {
        Add => format!("cannot add `{r}` to `{l}`"),
        Sub => format!("cannot subtract `{r}` from `{l}`"),
        Mul => format!("cannot multiply `{l}` by `{r}`"),
        Div => format!("cannot divide `{l}` by `{r}`"),
        Rem => format!("cannot calculate the remainder of `{l}` divided by `{r}`"),
        _ => return None,
    })
}

/// True when a reference occurs inside the type.
fn nested_ref(t: &Ty) -> bool {
    match t {
        Ty::Ref(..) => true,
        Ty::Tuple(v) | Ty::Adt(_, v) => v.iter().any(nested_ref),
        Ty::Array(t, _) | Ty::Slice(t) => nested_ref(t),
        _ => false,
    }
}

/// True when a crate type occurs in the type (the crate may then implement an operator for
/// it, as in `impl Mul<Vector> for f64`).
fn mentions_local(t: &Ty) -> bool {
    match t {
        Ty::Adt(Adt::Local(_), _) => true,
        Ty::Tuple(v) | Ty::Adt(_, v) => v.iter().any(mentions_local),
        Ty::Array(t, _) | Ty::Slice(t) | Ty::Ref(_, t) => mentions_local(t),
        _ => false,
    }
}
