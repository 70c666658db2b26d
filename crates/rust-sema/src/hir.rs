//! The HIR: the desugared program with its names resolved, as typed vectors indexed by `u32` ids.
//!
//! Every node keeps the [`Span`] of the source it came from and an [`Origin`] saying whether the
//! user wrote it or a desugaring introduced it (and which one), so the page can mark what the
//! desugaring added and link it to the code it came from. Paths keep the segments as written
//! (the printer shows them) together with what they resolve to ([`Res`]).

use source::Span;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);

        impl $name {
            /// The index into the vector this id points into.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

id_type!(
    /// An index into [`Hir::items`].
    ItemId
);
id_type!(
    /// An index into [`Hir::bodies`].
    BodyId
);
id_type!(
    /// An index into [`Hir::exprs`].
    ExprId
);
id_type!(
    /// An index into [`Hir::pats`].
    PatId
);
id_type!(
    /// An index into [`Hir::locals`].
    LocalId
);

/// The desugarings and expansions that introduce HIR nodes the user did not write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Desugaring {
    /// `for pat in e { body }`.
    ForLoop,
    /// `while cond { body }`.
    WhileLoop,
    /// `while let pat = e { body }`.
    WhileLet,
    /// `if let pat = e { … }` (kept as a `let` condition, as in rustc).
    IfLet,
    /// `e?`.
    QuestionMark,
    /// `a..b` and the other range expressions.
    RangeStruct,
    /// `a += b` (kept as an assign-op, as rustc does).
    CompoundAssign,
    /// The expansion of a macro, by name (`println`, `vec`, …).
    Macro(&'static str),
    /// `format_args!` inside a macro expansion.
    FormatArgs,
}

impl Desugaring {
    /// A short name for JSON and tooltips: `for`, `while`, `?`, `println!`.
    pub fn name(&self) -> String {
        match self {
            Desugaring::ForLoop => "for".into(),
            Desugaring::WhileLoop => "while".into(),
            Desugaring::WhileLet => "while let".into(),
            Desugaring::IfLet => "if let".into(),
            Desugaring::QuestionMark => "?".into(),
            Desugaring::RangeStruct => "range".into(),
            Desugaring::CompoundAssign => "compound assignment".into(),
            Desugaring::Macro(m) => format!("{m}!"),
            Desugaring::FormatArgs => "format_args!".into(),
        }
    }
}

/// Whether a node was written by the user or introduced by a desugaring.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Source,
    Desugared(Desugaring),
}

/// `mut` or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mutability {
    Not,
    Mut,
}

/// What kind of item a [`Res::Def`] names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefKind {
    Fn,
    Struct,
    Enum,
    Trait,
    Const,
    Static,
    TyAlias,
    Mod,
    Use,
    Impl,
    Macro,
}

/// The kinds of things in the standard library table ([`crate::std_paths`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StdKind {
    Mod,
    Struct,
    Enum,
    Variant,
    Trait,
    Fn,
    TyAlias,
    Macro,
    Const,
}

/// What a path resolves to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Res {
    /// A local variable (or parameter).
    Local(LocalId),
    /// An item of the crate.
    Def(DefKind, ItemId),
    /// A variant of an enum of the crate, by index.
    Variant(ItemId, u32),
    /// `Self` inside an impl or trait (the item id of the impl or trait).
    SelfTy(ItemId),
    /// The `Self` constructor of a tuple or unit struct, in an impl.
    SelfCtor(ItemId),
    /// A generic parameter, by name.
    GenericParam(String),
    /// A primitive type such as `i32` or `str`.
    Prim(&'static str),
    /// An item of the standard library, by its full path (`std::collections::HashMap`).
    Std(StdKind, &'static str),
    /// A lang item a desugaring calls (`into_iter`, `Range`, `branch`), by name and full path.
    Lang(&'static str, &'static str),
    /// The first segments of a path that resolve to a type, the rest being looked up on that
    /// type later, with types (`Point::new`, `Vec::new`): the resolution of the type part.
    TypeRelative(Box<Res>),
    /// Not resolved (an error was reported).
    Err,
}

/// One segment of a path as written, with its generic arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct PathSegment {
    pub name: String,
    pub args: Vec<GenericArg>,
    pub span: Span,
}

/// A path as written (`std::fmt::Display`, `Vec::<i32>::new`, `<T as Tr>::f`) and what it means.
#[derive(Clone, Debug, PartialEq)]
pub struct Path {
    /// True for a path starting with `::`.
    pub global: bool,
    /// The `<T as Trait>` part, if any.
    pub qself: Option<Box<(Ty, Option<Path>)>>,
    pub segments: Vec<PathSegment>,
    pub res: Res,
    pub span: Span,
}

/// A generic argument in a path.
#[derive(Clone, Debug, PartialEq)]
pub enum GenericArg {
    Lifetime(String),
    Type(Ty),
    /// A const argument, kept as its source text.
    Const(String),
    /// `Item = T`.
    Binding(String, Ty),
    /// `Fn(A, B) -> C`'s parenthesized arguments.
    Parenthesized(Vec<Ty>, Option<Box<Ty>>),
}

/// A type.
#[derive(Clone, Debug, PartialEq)]
pub struct Ty {
    pub kind: TyKind,
    pub span: Span,
}

/// The kinds of [`Ty`].
#[derive(Clone, Debug, PartialEq)]
pub enum TyKind {
    Path(Path),
    Ref(Option<String>, Mutability, Box<Ty>),
    Ptr(Mutability, Box<Ty>),
    Slice(Box<Ty>),
    /// `[T; N]` with the length as a const expression of the owner body.
    Array(Box<Ty>, ExprId),
    Tuple(Vec<Ty>),
    Never,
    Infer,
    /// `fn(A) -> R`.
    FnPtr(Vec<Ty>, Option<Box<Ty>>),
    ImplTrait(Vec<Bound>),
    TraitObject(Vec<Bound>),
    Err,
}

/// A bound: a trait path or a lifetime.
#[derive(Clone, Debug, PartialEq)]
pub enum Bound {
    Trait { maybe: bool, path: Path },
    Lifetime(String),
}

/// Generic parameters and where clauses.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Generics {
    pub params: Vec<GenericParam>,
    pub predicates: Vec<(Ty, Vec<Bound>)>,
}

/// A generic parameter: a lifetime (`'a`), a type (`T: Bound`) or a const (`const N: usize`).
#[derive(Clone, Debug, PartialEq)]
pub struct GenericParam {
    pub name: String,
    pub kind: GenericParamKind,
    pub span: Span,
}

/// The kinds of [`GenericParam`].
#[derive(Clone, Debug, PartialEq)]
pub enum GenericParamKind {
    Lifetime,
    Type(Vec<Bound>),
    Const(Ty),
}

/// An item.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub name: String,
    pub kind: ItemKind,
    pub public: bool,
    /// The `#[derive(…)]` and other attributes, as their source text (printed as written).
    pub attrs: Vec<String>,
    /// The traits of its `#[derive(…)]` attributes, with the span of each name. The impls they
    /// stand for are not generated yet (rustc's HIR holds them): the type checker must treat
    /// a derived `Debug`, `Clone`, `Copy`, `PartialEq`… as implemented.
    pub derives: Vec<(String, Span)>,
    /// The impls generated for those derives (module `derive`), printed right after the item.
    pub derived: Vec<ItemId>,
    pub span: Span,
    pub origin: Origin,
}

/// The kinds of [`Item`].
#[derive(Clone, Debug, PartialEq)]
pub enum ItemKind {
    Fn(FnDecl),
    Struct {
        generics: Generics,
        data: VariantData,
    },
    Enum {
        generics: Generics,
        variants: Vec<Variant>,
    },
    Impl {
        /// `unsafe impl` (only generated: `TrivialClone`).
        unsafe_: bool,
        generics: Generics,
        of_trait: Option<Path>,
        self_ty: Ty,
        items: Vec<ItemId>,
    },
    Trait {
        generics: Generics,
        supertraits: Vec<Bound>,
        items: Vec<ItemId>,
    },
    Const {
        ty: Ty,
        body: Option<BodyId>,
    },
    Static {
        mutbl: Mutability,
        ty: Ty,
        body: BodyId,
    },
    TyAlias {
        generics: Generics,
        ty: Option<Ty>,
    },
    Mod {
        items: Vec<ItemId>,
    },
    /// `use path;` or `use path as name;` (a grouped use becomes one item per leaf, as in rustc).
    Use {
        path: Path,
        rename: Option<String>,
        glob: bool,
    },
    /// `extern crate std;` and the prelude import rustc adds (printed at the top, as rustc does).
    ExternCrate,
}

/// A function's signature and body.
#[derive(Clone, Debug, PartialEq)]
pub struct FnDecl {
    pub generics: Generics,
    pub self_param: Option<SelfParam>,
    pub inputs: Vec<Ty>,
    pub output: Option<Ty>,
    pub body: Option<BodyId>,
    /// The parameters' patterns as written (printed for a function without a body).
    pub param_names: Vec<String>,
    pub is_const: bool,
    pub is_unsafe: bool,
}

/// How a method takes `self`.
#[derive(Clone, Debug, PartialEq)]
pub enum SelfParam {
    Value(Mutability),
    Ref(Option<String>, Mutability),
    Explicit(Mutability, Ty),
}

/// A variant of an enum.
#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    pub name: String,
    pub data: VariantData,
    pub discriminant: Option<ExprId>,
    pub span: Span,
}

/// The fields of a struct or variant.
#[derive(Clone, Debug, PartialEq)]
pub enum VariantData {
    Struct(Vec<FieldDef>),
    Tuple(Vec<FieldDef>),
    Unit,
}

impl VariantData {
    /// The fields, in order (none for a unit variant).
    pub fn fields(&self) -> &[FieldDef] {
        match self {
            VariantData::Struct(f) | VariantData::Tuple(f) => f,
            VariantData::Unit => &[],
        }
    }
}

/// A field definition (tuple fields are named `0`, `1`, …).
#[derive(Clone, Debug, PartialEq)]
pub struct FieldDef {
    pub name: String,
    pub public: bool,
    pub ty: Ty,
    pub span: Span,
}

/// The body of a function, const or static: its parameters' patterns and its value.
#[derive(Clone, Debug, PartialEq)]
pub struct Body {
    /// The item that owns the body.
    pub owner: ItemId,
    /// The `self` local of a method, if any.
    pub self_local: Option<LocalId>,
    pub params: Vec<PatId>,
    pub value: ExprId,
}

/// A local variable: a binding in a pattern, or `self`.
#[derive(Clone, Debug, PartialEq)]
pub struct Local {
    pub name: String,
    pub mutbl: Mutability,
    /// The binding's name in the source.
    pub span: Span,
    /// The pattern that binds it (`None` for `self`).
    pub pat: Option<PatId>,
}

/// A pattern.
#[derive(Clone, Debug, PartialEq)]
pub struct Pat {
    pub kind: PatKind,
    pub span: Span,
    pub origin: Origin,
}

/// How a binding binds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BindingMode {
    pub by_ref: bool,
    pub mutbl: Mutability,
}

/// The kinds of [`Pat`].
#[derive(Clone, Debug, PartialEq)]
pub enum PatKind {
    Wild,
    Binding {
        mode: BindingMode,
        local: LocalId,
        sub: Option<PatId>,
    },
    /// A literal (or a negated literal) as an expression.
    Lit(ExprId),
    Range {
        lo: Option<ExprId>,
        hi: Option<ExprId>,
        inclusive: bool,
    },
    /// `(a, b, ..)`: the patterns and the position of `..`, if any.
    Tuple(Vec<PatId>, Option<usize>),
    Slice(Vec<PatId>),
    /// `..` inside a slice pattern.
    Rest,
    Struct {
        path: Path,
        fields: Vec<(String, PatId)>,
        rest: bool,
    },
    TupleStruct {
        path: Path,
        pats: Vec<PatId>,
        rest: Option<usize>,
    },
    /// A unit variant, unit struct or constant.
    Path(Path),
    Or(Vec<PatId>),
    Ref(Mutability, PatId),
    Err,
}

/// An expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
    pub origin: Origin,
}

/// A unary operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Deref,
    Not,
    Neg,
}

pub use rust_syntax::ast::BinOp;

/// Where a `match` or `loop` came from, as rustc records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Normal,
    ForLoop,
    While,
    TryDesugar,
    /// The `match` of `matches!`, which rustc marks `#[allow(non_exhaustive_omitted_patterns)]`.
    MatchesMacro,
}

/// A statement.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
    pub origin: Origin,
}

/// The kinds of [`Stmt`].
#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `let pat: ty = init else { … };` (`super let` in macro expansions).
    Let {
        pat: PatId,
        ty: Option<Ty>,
        init: Option<ExprId>,
        els: Option<Block>,
        is_super: bool,
    },
    /// An item declared in a block.
    Item(ItemId),
    /// An expression without a semicolon, not at the end.
    Expr(ExprId),
    /// An expression with a semicolon.
    Semi(ExprId),
}

/// A block: statements and an optional tail expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub tail: Option<ExprId>,
    pub unsafe_: bool,
    pub span: Span,
}

/// A match arm.
#[derive(Clone, Debug, PartialEq)]
pub struct Arm {
    pub pat: PatId,
    pub guard: Option<ExprId>,
    pub body: ExprId,
    /// `#[allow(unreachable_code)]`, as rustc marks the arms of `?`.
    pub allow_unreachable: bool,
    pub span: Span,
}

/// A closure.
#[derive(Clone, Debug, PartialEq)]
pub struct Closure {
    pub by_move: bool,
    pub params: Vec<(PatId, Option<Ty>)>,
    pub output: Option<Ty>,
    pub body: ExprId,
}

/// A literal: its value, and its text as rustc's HIR printer shows it (integers in decimal
/// without underscores, strings and characters with non-ASCII characters escaped, the suffix
/// kept).
#[derive(Clone, Debug, PartialEq)]
pub struct Lit {
    pub kind: rust_syntax::ast::LitKind,
    pub value: rust_syntax::ast::LitValue,
    pub text: String,
}

impl Lit {
    /// The literal of an AST literal.
    pub fn from_ast(l: &rust_syntax::ast::Lit) -> Lit {
        use rust_syntax::ast::{LitKind, LitValue};
        let value = l.value();
        let suffix = l.suffix.clone().unwrap_or_default();
        let text = match (&l.kind, &value) {
            (LitKind::Int, LitValue::Int(Some(v))) => format!("{v}{suffix}"),
            (LitKind::Float, LitValue::Float(t, _)) => format!("{t}{suffix}"),
            (LitKind::Str, LitValue::Str(s)) => format!("\"{}\"{suffix}", s.escape_default()),
            (LitKind::Char, LitValue::Char(c)) => format!("'{}'{suffix}", c.escape_default()),
            _ => l.text.clone(),
        };
        Lit {
            kind: l.kind,
            value,
            text,
        }
    }

    /// A literal made by a desugaring.
    pub fn synthetic(kind: rust_syntax::ast::LitKind, value: rust_syntax::ast::LitValue) -> Lit {
        use rust_syntax::ast::LitValue;
        let text = match &value {
            LitValue::Bool(b) => b.to_string(),
            LitValue::Str(s) => format!("\"{}\"", s.escape_default()),
            other => format!("{other:?}"),
        };
        Lit { kind, value, text }
    }
}

/// The expansion of `format_args!`: the template and its arguments, as rustc 1.95 lowers it.
#[derive(Clone, Debug, PartialEq)]
pub struct FormatArgs {
    /// The format string, parsed.
    pub template: Vec<crate::format::Piece>,
    /// The arguments, explicit ones first, then the names captured from `{x}`.
    pub args: Vec<ExprId>,
    /// The span of the format string literal.
    pub template_span: Span,
    /// True when literal arguments were folded into the template (rustc then calls
    /// `from_str_nonconst` instead of `from_str`).
    pub nonconst: bool,
}

/// The kinds of [`Expr`].
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Lit(Lit),
    Path(Path),
    Unary(UnOp, ExprId),
    Binary(BinOp, ExprId, ExprId),
    AddrOf(Mutability, ExprId),
    Assign(ExprId, ExprId),
    AssignOp(BinOp, ExprId, ExprId),
    Cast(ExprId, Ty),
    Call(ExprId, Vec<ExprId>),
    MethodCall {
        receiver: ExprId,
        segment: PathSegment,
        args: Vec<ExprId>,
    },
    Field(ExprId, String),
    Index(ExprId, ExprId),
    Closure(Box<Closure>),
    Block(Block, Option<String>),
    If(ExprId, ExprId, Option<ExprId>),
    /// `let pat = e` as the condition of `if` (and of the `if` a `while let` becomes).
    Let(PatId, ExprId),
    Match(ExprId, Vec<Arm>, Source),
    Loop(Block, Option<String>, Source),
    Break(Option<String>, Option<ExprId>),
    Continue(Option<String>),
    Ret(Option<ExprId>),
    Struct {
        path: Path,
        fields: Vec<(String, ExprId, Span)>,
        base: Option<ExprId>,
    },
    Tuple(Vec<ExprId>),
    Array(Vec<ExprId>),
    Repeat(ExprId, ExprId),
    /// `format_args!(…)` expanded.
    FormatArgs(Box<FormatArgs>),
    /// Where lowering failed (a diagnostic was reported).
    Err,
}

/// The whole lowered crate.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Hir {
    pub items: Vec<Item>,
    pub bodies: Vec<Body>,
    pub exprs: Vec<Expr>,
    pub pats: Vec<Pat>,
    pub locals: Vec<Local>,
    /// The items of the crate root, in source order.
    pub root: Vec<ItemId>,
    /// The length of the source, for checking spans.
    pub source_len: u32,
    /// The byte offsets of the source's empty lines: rustc's printer keeps the empty lines
    /// between items, and so does ours.
    pub blank_lines: Vec<u32>,
}

impl Hir {
    /// The expression with id `id`.
    pub fn expr(&self, id: ExprId) -> &Expr {
        &self.exprs[id.index()]
    }

    /// The pattern with id `id`.
    pub fn pat(&self, id: PatId) -> &Pat {
        &self.pats[id.index()]
    }

    /// The item with id `id`.
    pub fn item(&self, id: ItemId) -> &Item {
        &self.items[id.index()]
    }

    /// The local with id `id`.
    pub fn local(&self, id: LocalId) -> &Local {
        &self.locals[id.index()]
    }
}
