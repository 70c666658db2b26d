//! The Rust AST: plain enums and structs (children in `Box` and `Vec`), every node with its span.
//!
//! The shape follows rustc's `rustc_ast` where that makes lowering to HIR simple, and departs
//! from it where a plainer form is easier to read:
//!
//! - Names are [`Ident`]s holding their text (a raw identifier `r#match` holds `match` and
//!   `raw: true`); keywords used as path segments (`self`, `Self`, `super`, `crate`) are idents too.
//! - A qualified path `<T as Trait>::Name` is an optional [`QSelf`] (the self type and the trait
//!   path, if any) plus a [`Path`] holding only the segments after `>::`.
//! - Macro invocations keep their arguments as token trees ([`MacCall`]); `macro_rules!` bodies
//!   too. [`crate::parse_macro_args`] re-parses the arguments of `println!`-like macros as a
//!   comma-separated list of expressions.
//! - Literals keep their text, kind and suffix ([`Lit`]); [`Lit::value`] gives the cooked
//!   value (escapes interpreted, integers in their base) as a [`LitValue`].
//! - Inner attributes of a block live on the [`Block`]; those of an item's body on the item.
//! - A method's `self` parameter is a [`SelfParam`] beside the ordinary parameters, not a pattern.
//! - Associated items of traits and impls and the items of `extern` blocks are ordinary
//!   [`Item`]s (only some [`ItemKind`]s occur there).
//!
//! What lowering to HIR can rely on:
//!
//! - **Depth.** The parser refuses input nested deeper than [`crate::MAX_DEPTH`] (256) levels,
//!   operator and method chains included, so a recursive walk of the tree is bounded (a few
//!   frames per level).
//! - **Errors.** `ExprKind::Err`, `PatKind::Err` and `TyKind::Err` appear only where a
//!   diagnostic was reported; as in rustc, later stages should not run when the parse had errors.
//! - **Blocks.** A block's value is its last statement when that is [`StmtKind::Expr`] (no
//!   `;`); a block-like expression in the middle of a block is also `StmtKind::Expr`
//!   (`if c {} f();`). Macro calls in statement position with braces or a `;` are
//!   [`StmtKind::MacCall`]; others (`vec![1].len();`) are expressions.
//! - **Names.** A lone identifier in a pattern is always `PatKind::Ident`; whether it names a
//!   binding, a constant or a unit variant (`None`) is name resolution's call, as in rustc.
//!   Paths keep `self`, `Self`, `super` and `crate` as ordinary segments.
//! - **Conditions.** `if let` and `while let` are `If`/`While` whose condition is (or, from
//!   2024, contains through `&&`) an [`ExprKind::Let`]; `let` appears nowhere else without an
//!   error. Labels and lifetimes are [`Lifetime`]s with their quote (`'outer`).
//! - **Parentheses** are kept (`ExprKind::Paren`, `PatKind::Paren`, `TyKind::Paren`) so spans
//!   and the tree show what was written; lowering drops them.
//! - **Macros.** [`crate::parse_macro_args`] gives the expressions of `println!`, `vec!`,
//!   `assert_eq!` and friends (named format arguments `x = 5` come back as `Assign`).
//!   [`Attribute::list_paths`] reads `#[derive(Debug, Clone)]`.
//! - **Literals.** [`Lit::value`] cooks them (escapes, bases, overflow); the suffix is separate.

mod lit;
mod tree;

pub use lit::LitValue;
pub use tree::{print, tree, TreeField, TreeNode};

use source::Span;

pub use crate::TokenKind;

/// A name: an identifier, a keyword used as a path segment, or `_` where a name may be omitted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ident {
    /// The text, without the `r#` of a raw identifier.
    pub name: String,
    /// True for a raw identifier such as `r#match`.
    pub raw: bool,
    pub span: Span,
}

/// A lifetime or label, such as `'a`, `'static` or `'_`; the name includes the quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lifetime {
    pub name: String,
    pub span: Span,
}

/// `mut` or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mutability {
    Not,
    Mut,
}

/// The whole file.
#[derive(Clone, Debug, PartialEq)]
pub struct Crate {
    /// The inner attributes at the top of the file (`#![allow(x)]`, `//! docs`).
    pub attrs: Vec<Attribute>,
    pub items: Vec<Item>,
    pub span: Span,
}

/// An attribute or a doc comment.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribute {
    /// `#![…]` and `//!` are inner, `#[…]` and `///` outer.
    pub style: AttrStyle,
    pub kind: AttrKind,
    pub span: Span,
}

/// Whether an attribute applies to what follows it (outer) or what contains it (inner).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttrStyle {
    Outer,
    Inner,
}

/// The content of an attribute.
#[derive(Clone, Debug, PartialEq)]
pub enum AttrKind {
    /// `#[path]`, `#[path(tokens)]` or `#[path = expr]`.
    Normal { path: Path, args: AttrArgs },
    /// A doc comment, with its text after `///`, `//!`, `/**` or `/*!`.
    DocComment { text: String },
}

impl Attribute {
    /// True for `#[name]`, `#[name(…)]` and `#[name = …]` with a one-segment path `name`.
    pub fn has_name(&self, name: &str) -> bool {
        match &self.kind {
            AttrKind::Normal { path, .. } => {
                path.segments.len() == 1 && !path.global && path.segments[0].ident.name == name
            }
            AttrKind::DocComment { .. } => false,
        }
    }

    /// The paths listed in `#[name(a, b::c, d)]`, as written (`["a", "b::c", "d"]`): the traits
    /// of `#[derive(…)]`, the lints of `#[allow(…)]`. Entries that are not plain paths (such as
    /// `feature = "x"`) are left out. `src` is the parsed source.
    pub fn list_paths(&self, src: &str) -> Vec<String> {
        let AttrKind::Normal {
            args: AttrArgs::Delimited(d),
            ..
        } = &self.kind
        else {
            return Vec::new();
        };
        d.trees
            .split(|t| matches!(t, TokenTree::Token(t) if t.kind == TokenKind::Comma))
            .filter_map(|entry| {
                let mut text = String::new();
                for tree in entry {
                    match tree {
                        TokenTree::Token(t)
                            if matches!(
                                t.kind,
                                TokenKind::Ident | TokenKind::RawIdent | TokenKind::Colon
                            ) =>
                        {
                            text += src.get(t.span.start as usize..t.span.end as usize)?;
                        }
                        _ => return None,
                    }
                }
                (!text.is_empty()).then_some(text)
            })
            .collect()
    }
}

/// What follows the path of an attribute.
#[derive(Clone, Debug, PartialEq)]
pub enum AttrArgs {
    Empty,
    /// `(…)`, `[…]` or `{…}`.
    Delimited(DelimArgs),
    /// `= expr`.
    Eq(Box<Expr>),
}

/// Delimiters of a token tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Delimiter {
    Parenthesis,
    Bracket,
    Brace,
}

/// A token inside a token tree (never trivia; doc comments stay).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tok {
    pub kind: TokenKind,
    pub span: Span,
    /// True when the next token starts right where this one ends (`-` in `->`).
    pub joint: bool,
}

/// A token tree: one token or a delimited group of trees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenTree {
    Token(Tok),
    Delimited(DelimArgs),
}

/// A delimited group of token trees: the arguments of a macro call or attribute.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DelimArgs {
    pub delim: Delimiter,
    /// From the opening delimiter to the closing one, both included.
    pub span: Span,
    pub trees: Vec<TokenTree>,
}

impl DelimArgs {
    /// The tokens inside the delimiters, flattened (nested delimiters included as tokens).
    pub fn flat_tokens(&self) -> Vec<Tok> {
        let mut out = Vec::new();
        let mut stack: Vec<std::slice::Iter<'_, TokenTree>> = vec![self.trees.iter()];
        let mut closers: Vec<Tok> = Vec::new();
        while let Some(top) = stack.last_mut() {
            match top.next() {
                Some(TokenTree::Token(t)) => out.push(*t),
                Some(TokenTree::Delimited(d)) => {
                    let (open, close) = match d.delim {
                        Delimiter::Parenthesis => (TokenKind::OpenParen, TokenKind::CloseParen),
                        Delimiter::Bracket => (TokenKind::OpenBracket, TokenKind::CloseBracket),
                        Delimiter::Brace => (TokenKind::OpenBrace, TokenKind::CloseBrace),
                    };
                    out.push(Tok {
                        kind: open,
                        span: Span::new(d.span.start, d.span.start + 1),
                        joint: false,
                    });
                    closers.push(Tok {
                        kind: close,
                        span: Span::new(d.span.end.saturating_sub(1), d.span.end),
                        joint: false,
                    });
                    stack.push(d.trees.iter());
                }
                None => {
                    stack.pop();
                    if !stack.is_empty() {
                        if let Some(c) = closers.pop() {
                            out.push(c);
                        }
                    }
                }
            }
        }
        out
    }
}

/// A macro invocation `path!(…)`, `path![…]` or `path!{…}`.
#[derive(Clone, Debug, PartialEq)]
pub struct MacCall {
    pub path: Path,
    pub args: DelimArgs,
    pub span: Span,
}

/// `pub`, `pub(crate)`, `pub(super)`, `pub(in path)` or nothing.
#[derive(Clone, Debug, PartialEq)]
pub struct Visibility {
    pub kind: VisibilityKind,
    /// Empty (at the item's start) for an inherited visibility.
    pub span: Span,
}

/// The kinds of [`Visibility`].
#[derive(Clone, Debug, PartialEq)]
pub enum VisibilityKind {
    /// No `pub`.
    Inherited,
    /// `pub`.
    Public,
    /// `pub(crate)`, `pub(self)`, `pub(super)` (`shorthand: true`) or `pub(in path)`.
    Restricted { path: Path, shorthand: bool },
}

/// A path such as `std::collections::HashMap<K, V>` or `::core::mem`.
#[derive(Clone, Debug, PartialEq)]
pub struct Path {
    /// True for a path starting with `::`.
    pub global: bool,
    pub segments: Vec<PathSegment>,
    pub span: Span,
}

/// One segment of a path, with its generic arguments if it has any.
#[derive(Clone, Debug, PartialEq)]
pub struct PathSegment {
    pub ident: Ident,
    pub args: Option<Box<GenericArgs>>,
    pub span: Span,
}

/// The `<T as Trait>` (or `<T>`) part of a qualified path.
#[derive(Clone, Debug, PartialEq)]
pub struct QSelf {
    pub ty: Box<Ty>,
    /// The trait after `as`, if any.
    pub trait_ref: Option<Path>,
    /// From `<` to `>`.
    pub span: Span,
}

/// Generic arguments of a path segment.
#[derive(Clone, Debug, PartialEq)]
pub enum GenericArgs {
    /// `<'a, T, 3, Item = U>` (after `::` in expressions).
    AngleBracketed { args: Vec<GenericArg>, span: Span },
    /// `(A, B) -> C`, as in `Fn(A, B) -> C`.
    Parenthesized {
        inputs: Vec<Ty>,
        output: Option<Box<Ty>>,
        span: Span,
    },
}

/// One generic argument.
#[derive(Clone, Debug, PartialEq)]
pub enum GenericArg {
    Lifetime(Lifetime),
    Type(Ty),
    /// A const argument: a literal, `-literal` or a block `{ N + 1 }`.
    Const(Expr),
    /// `Item = T`, `Item: Bound`, `Item<'a> = T`.
    Constraint(AssocConstraint),
}

/// An associated item constraint inside generic arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct AssocConstraint {
    pub ident: Ident,
    pub args: Option<Box<GenericArgs>>,
    pub kind: AssocConstraintKind,
    pub span: Span,
}

/// `= T` or `: Bounds` in an [`AssocConstraint`].
#[derive(Clone, Debug, PartialEq)]
pub enum AssocConstraintKind {
    Equality(Ty),
    Bound(Vec<GenericBound>),
}

/// Generic parameters and the where clause of an item.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Generics {
    pub params: Vec<GenericParam>,
    pub where_clause: Vec<WherePredicate>,
    /// The `<…>` part (empty at the name's end when there is none).
    pub span: Span,
}

/// One generic parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct GenericParam {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    pub kind: GenericParamKind,
    pub span: Span,
}

/// The kinds of [`GenericParam`]; a lifetime parameter's ident holds its `'name`.
#[derive(Clone, Debug, PartialEq)]
pub enum GenericParamKind {
    Lifetime {
        bounds: Vec<Lifetime>,
    },
    Type {
        bounds: Vec<GenericBound>,
        default: Option<Ty>,
    },
    Const {
        ty: Ty,
        default: Option<Expr>,
    },
}

/// One predicate of a where clause.
#[derive(Clone, Debug, PartialEq)]
pub enum WherePredicate {
    /// `for<'a> T: Bound + 'b`.
    Bound {
        for_params: Vec<GenericParam>,
        ty: Ty,
        bounds: Vec<GenericBound>,
        span: Span,
    },
    /// `'a: 'b + 'c`.
    Lifetime {
        lifetime: Lifetime,
        bounds: Vec<Lifetime>,
        span: Span,
    },
}

/// A bound: a trait (possibly `?Sized` or `for<'a> Fn(&'a T)`) or a lifetime.
#[derive(Clone, Debug, PartialEq)]
pub enum GenericBound {
    Trait(PolyTraitRef),
    Lifetime(Lifetime),
    /// `use<'a, T>`, the precise capturing of `impl Trait`.
    Use(Vec<Ident>, Span),
}

/// A trait reference in a bound.
#[derive(Clone, Debug, PartialEq)]
pub struct PolyTraitRef {
    /// The parameters of a `for<'a>` binder.
    pub for_params: Vec<GenericParam>,
    /// True for `?Trait`.
    pub maybe: bool,
    /// True for `~const Trait` or `const Trait`.
    pub constness: bool,
    pub path: Path,
    pub span: Span,
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
    /// `u8`, `Vec<T>`, `<T as Trait>::Assoc`.
    Path(Option<Box<QSelf>>, Path),
    /// `&'a mut T`.
    Ref {
        lifetime: Option<Lifetime>,
        mutbl: Mutability,
        ty: Box<Ty>,
    },
    /// `*const T`, `*mut T`.
    Ptr { mutbl: Mutability, ty: Box<Ty> },
    /// `[T]`.
    Slice(Box<Ty>),
    /// `[T; N]`.
    Array(Box<Ty>, Box<Expr>),
    /// `()`, `(T,)`, `(A, B)`.
    Tuple(Vec<Ty>),
    /// `(T)`.
    Paren(Box<Ty>),
    /// `!`.
    Never,
    /// `_`.
    Infer,
    /// `for<'a> unsafe extern "C" fn(A, b: B, ...) -> R`.
    FnPtr(Box<FnPtrTy>),
    /// `impl Trait + 'a`.
    ImplTrait(Vec<GenericBound>),
    /// `dyn Trait + Send + 'a`, or a bare `Trait + Send` (`TraitObjectSyntax::None`, which
    /// rustc rejects in Rust 2021 with E0782 after parsing; a lone bare `Trait` is a `Path`).
    TraitObject(Vec<GenericBound>, TraitObjectSyntax),
    /// `m!(…)` in type position.
    MacCall(MacCall),
    /// Where the parser recovered from an error.
    Err,
}

/// Whether a trait object type was written with `dyn`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TraitObjectSyntax {
    Dyn,
    None,
}

/// A function pointer type.
#[derive(Clone, Debug, PartialEq)]
pub struct FnPtrTy {
    pub for_params: Vec<GenericParam>,
    pub unsafety: bool,
    /// The ABI string of `extern "C"` (`Some("")` for a bare `extern`).
    pub abi: Option<String>,
    /// The parameters; their patterns are names (`x`) or `_` when written, absent otherwise.
    pub params: Vec<Param>,
    pub variadic: bool,
    pub output: Option<Ty>,
}

/// A pattern.
#[derive(Clone, Debug, PartialEq)]
pub struct Pat {
    pub kind: PatKind,
    pub span: Span,
}

/// The kinds of [`Pat`].
#[derive(Clone, Debug, PartialEq)]
pub enum PatKind {
    /// `_`.
    Wild,
    /// `x`, `ref mut x`, `x @ pat`. A lone name is always an `Ident` here, even if it names a
    /// constant or a unit variant: name resolution decides.
    Ident {
        by_ref: bool,
        mutbl: Mutability,
        ident: Ident,
        sub: Option<Box<Pat>>,
    },
    /// A literal, possibly negated: `1`, `-1`, `'a'`, `"s"`, `true`.
    Lit(Box<Expr>),
    /// `a..=b`, `a..b`, `a..`, `..=b`; the ends are literals or paths.
    Range {
        start: Option<Box<Expr>>,
        end: Option<Box<Expr>>,
        limits: RangeLimits,
    },
    /// `(a, b)`.
    Tuple(Vec<Pat>),
    /// `[a, b, ..]`.
    Slice(Vec<Pat>),
    /// `Path { a, b: p, .. }`.
    Struct {
        qself: Option<Box<QSelf>>,
        path: Path,
        fields: Vec<PatField>,
        rest: bool,
    },
    /// `Path(a, b)`.
    TupleStruct {
        qself: Option<Box<QSelf>>,
        path: Path,
        pats: Vec<Pat>,
    },
    /// A path of more than one segment, or a qualified path: `Color::Red`, `None::<u8>`.
    Path(Option<Box<QSelf>>, Path),
    /// `a | b`.
    Or(Vec<Pat>),
    /// `&p`, `&mut p`.
    Ref { mutbl: Mutability, pat: Box<Pat> },
    /// `..` inside a tuple, slice or tuple-struct pattern.
    Rest,
    /// `(p)`.
    Paren(Box<Pat>),
    /// `m!(…)`.
    MacCall(MacCall),
    /// Where the parser recovered from an error.
    Err,
}

/// A field of a struct pattern.
#[derive(Clone, Debug, PartialEq)]
pub struct PatField {
    pub attrs: Vec<Attribute>,
    /// The field name (or tuple index as an ident such as `0`).
    pub ident: Ident,
    pub pat: Pat,
    /// True for `Foo { x }`, where the pattern is the binding `x` itself.
    pub shorthand: bool,
    pub span: Span,
}

/// Whether a range includes its end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeLimits {
    /// `..`
    HalfOpen,
    /// `..=` (or the old `...` in patterns)
    Closed,
}

/// An expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    /// Outer attributes written on the expression (`#[cfg(x)] a`), rare.
    pub attrs: Vec<Attribute>,
    pub span: Span,
}

/// A literal token.
#[derive(Clone, Debug, PartialEq)]
pub struct Lit {
    pub kind: LitKind,
    /// The literal as written, suffix included (`"a\n"`, `1_000u32`, `r#"x"#`).
    pub text: String,
    /// The suffix, as `u32` in `1_000u32`.
    pub suffix: Option<String>,
    pub span: Span,
}

/// The kinds of [`Lit`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Bool,
    Int,
    Float,
    Char,
    Byte,
    Str,
    RawStr,
    ByteStr,
    RawByteStr,
    CStr,
    RawCStr,
    /// A literal the lexer already reported as malformed.
    Err,
}

/// A unary operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    /// `*`
    Deref,
    /// `!`
    Not,
    /// `-`
    Neg,
}

/// A binary operator (also the operator of a compound assignment).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    BitXor,
    BitAnd,
    BitOr,
    Shl,
    Shr,
    Eq,
    Lt,
    Le,
    Ne,
    Ge,
    Gt,
}

impl BinOp {
    /// The operator as written.
    pub fn as_str(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&&",
            Or => "||",
            BitXor => "^",
            BitAnd => "&",
            BitOr => "|",
            Shl => "<<",
            Shr => ">>",
            Eq => "==",
            Lt => "<",
            Le => "<=",
            Ne => "!=",
            Ge => ">=",
            Gt => ">",
        }
    }
}

/// The kinds of [`Expr`].
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `1`, `"s"`, `true`.
    Lit(Lit),
    /// `x`, `a::b::<T>`, `<T as Trait>::f`.
    Path(Option<Box<QSelf>>, Path),
    /// `-x`, `!x`, `*x`.
    Unary(UnOp, Box<Expr>),
    /// `&x`, `&mut x`, `&raw const x` (`raw: true`).
    AddrOf {
        raw: bool,
        mutbl: Mutability,
        expr: Box<Expr>,
    },
    /// `a + b`; the operator's own span is kept.
    Binary(BinOp, Span, Box<Expr>, Box<Expr>),
    /// `a = b`.
    Assign(Box<Expr>, Box<Expr>),
    /// `a += b`.
    AssignOp(BinOp, Span, Box<Expr>, Box<Expr>),
    /// `x as T`.
    Cast(Box<Expr>, Box<Ty>),
    /// `a..b`, `a..=b`, `..`, `a..`, `..b`.
    Range {
        start: Option<Box<Expr>>,
        end: Option<Box<Expr>>,
        limits: RangeLimits,
    },
    /// `f(a, b)`.
    Call(Box<Expr>, Vec<Expr>),
    /// `receiver.method::<T>(args)`.
    MethodCall {
        receiver: Box<Expr>,
        segment: PathSegment,
        args: Vec<Expr>,
    },
    /// `x.field`.
    Field(Box<Expr>, Ident),
    /// `x.0`.
    TupleField(Box<Expr>, u32, Span),
    /// `a[i]`.
    Index(Box<Expr>, Box<Expr>),
    /// `e?`.
    Try(Box<Expr>),
    /// `e.await`.
    Await(Box<Expr>),
    /// `move |a, b: T| -> R { body }`.
    Closure(Box<Closure>),
    /// A block: `{ … }`, `unsafe { … }`, `async move { … }`, `const { … }`, `'a: { … }`.
    Block {
        kind: BlockKind,
        label: Option<Lifetime>,
        block: Box<Block>,
    },
    /// `if cond { … } else …`; the else branch is a block expression or another `if`.
    If {
        cond: Box<Expr>,
        then: Box<Block>,
        els: Option<Box<Expr>>,
    },
    /// `let pat = expr`, only inside the condition of `if` and `while`.
    Let { pat: Box<Pat>, expr: Box<Expr> },
    /// `match e { arms }`.
    Match {
        scrutinee: Box<Expr>,
        arms: Vec<Arm>,
    },
    /// `'a: loop { … }`.
    Loop {
        label: Option<Lifetime>,
        body: Box<Block>,
    },
    /// `'a: while cond { … }` (`while let` has a [`ExprKind::Let`] condition).
    While {
        label: Option<Lifetime>,
        cond: Box<Expr>,
        body: Box<Block>,
    },
    /// `'a: for pat in iter { … }`.
    For {
        label: Option<Lifetime>,
        pat: Box<Pat>,
        iter: Box<Expr>,
        body: Box<Block>,
    },
    /// `break 'a value`.
    Break {
        label: Option<Lifetime>,
        value: Option<Box<Expr>>,
    },
    /// `continue 'a`.
    Continue { label: Option<Lifetime> },
    /// `return value`.
    Return(Option<Box<Expr>>),
    /// `Path { a, b: e, ..base }`.
    Struct(Box<StructExpr>),
    /// `(a, b)`, `(a,)`, `()`.
    Tuple(Vec<Expr>),
    /// `(e)`.
    Paren(Box<Expr>),
    /// `[a, b]`.
    Array(Vec<Expr>),
    /// `[e; n]`.
    Repeat(Box<Expr>, Box<Expr>),
    /// `m!(…)`.
    MacCall(MacCall),
    /// `_` as an assignee, as in `_ = f()`.
    Underscore,
    /// Where the parser recovered from an error.
    Err,
}

/// The flavours of block expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Normal,
    Unsafe,
    /// `async { … }` or `async move { … }`.
    Async {
        by_move: bool,
    },
    /// `const { … }`.
    Const,
}

/// A closure expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Closure {
    /// `for<'a>` before the closure.
    pub for_params: Vec<GenericParam>,
    pub by_move: bool,
    pub is_async: bool,
    pub params: Vec<Param>,
    pub output: Option<Ty>,
    pub body: Expr,
    /// The `|…|` part.
    pub decl_span: Span,
}

/// A struct literal.
#[derive(Clone, Debug, PartialEq)]
pub struct StructExpr {
    pub qself: Option<Box<QSelf>>,
    pub path: Path,
    pub fields: Vec<ExprField>,
    pub rest: StructRest,
}

/// The end of a struct literal.
#[derive(Clone, Debug, PartialEq)]
pub enum StructRest {
    /// `..base`.
    Base(Box<Expr>),
    /// A bare `..` (default field values, unstable).
    Rest(Span),
    None,
}

/// A field of a struct literal.
#[derive(Clone, Debug, PartialEq)]
pub struct ExprField {
    pub attrs: Vec<Attribute>,
    /// The field name or tuple index (`0`).
    pub ident: Ident,
    pub expr: Expr,
    /// True for `Foo { x }`, where the expression is the path `x` itself.
    pub shorthand: bool,
    pub span: Span,
}

/// A match arm.
#[derive(Clone, Debug, PartialEq)]
pub struct Arm {
    pub attrs: Vec<Attribute>,
    pub pat: Pat,
    pub guard: Option<Expr>,
    pub body: Expr,
    pub span: Span,
}

/// A block `{ stmts }`; a final expression without `;` is the last statement, of kind
/// [`StmtKind::Expr`].
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    /// Inner attributes at the top of the block.
    pub attrs: Vec<Attribute>,
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

/// A statement.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

/// The kinds of [`Stmt`].
#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `let pat: ty = init else { … };`.
    Let(Box<Local>),
    /// An item inside a block.
    Item(Box<Item>),
    /// An expression without a semicolon: the block's value when last, or a block-like
    /// expression (`if`, `match`, `loop`, a block) in the middle.
    Expr(Expr),
    /// An expression followed by `;`.
    Semi(Expr),
    /// A lone `;`.
    Empty,
    /// A macro call in statement position with braces, or followed by `;`:
    /// `m! { … }`, `println!("x");`.
    MacCall {
        attrs: Vec<Attribute>,
        mac: MacCall,
        semi: bool,
    },
}

/// A `let` statement.
#[derive(Clone, Debug, PartialEq)]
pub struct Local {
    pub attrs: Vec<Attribute>,
    pub pat: Pat,
    pub ty: Option<Ty>,
    pub init: Option<Expr>,
    /// The `else { … }` block of `let … else`.
    pub els: Option<Block>,
    pub span: Span,
}

/// An item: at the top level, in a module, in a block, or inside a trait, impl or extern block.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Outer attributes and doc comments (and the inner ones of the body, for a module, a
    /// trait, an impl, an extern block or a function).
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub kind: ItemKind,
    pub span: Span,
}

/// The kinds of [`Item`].
#[derive(Clone, Debug, PartialEq)]
pub enum ItemKind {
    /// `extern crate name as rename;`.
    ExternCrate { name: Ident, rename: Option<Ident> },
    /// `use tree;`.
    Use(UseTree),
    /// `static mut NAME: T = expr;` (the expression is absent in extern blocks).
    Static {
        ident: Ident,
        mutbl: Mutability,
        ty: Ty,
        expr: Option<Expr>,
    },
    /// `const NAME: T = expr;` (`const _: T = …` too; the expression is absent in traits).
    Const {
        ident: Ident,
        generics: Generics,
        ty: Ty,
        expr: Option<Expr>,
    },
    /// A function (or method, or foreign or trait function without a body).
    Fn(Box<Fn>),
    /// `mod name { items }` or `mod name;` (`items: None`).
    Mod {
        unsafety: bool,
        ident: Ident,
        items: Option<Vec<Item>>,
    },
    /// `extern "abi" { items }`.
    ForeignMod {
        unsafety: bool,
        abi: Option<String>,
        items: Vec<Item>,
    },
    /// `type Name<T>: Bounds = Ty;`.
    TyAlias {
        ident: Ident,
        generics: Generics,
        bounds: Vec<GenericBound>,
        ty: Option<Ty>,
    },
    /// `enum Name<T> { variants }`.
    Enum {
        ident: Ident,
        generics: Generics,
        variants: Vec<Variant>,
    },
    /// `struct Name<T> { fields }`, `struct Name(T);`, `struct Name;`.
    Struct {
        ident: Ident,
        generics: Generics,
        data: VariantData,
    },
    /// `union Name { fields }`.
    Union {
        ident: Ident,
        generics: Generics,
        data: VariantData,
    },
    /// `unsafe auto trait Name<T>: Supertraits { items }`.
    Trait {
        unsafety: bool,
        is_auto: bool,
        ident: Ident,
        generics: Generics,
        bounds: Vec<GenericBound>,
        items: Vec<Item>,
    },
    /// `trait Name = Bounds;` (unstable, parsed for completeness).
    TraitAlias {
        ident: Ident,
        generics: Generics,
        bounds: Vec<GenericBound>,
    },
    /// `unsafe impl<T> !Trait for Type { items }`.
    Impl(Box<Impl>),
    /// `m!(…);` or `m! { … }` in item position.
    MacCall(MacCall),
    /// `macro_rules! name { rules }`.
    MacroRules { ident: Ident, body: DelimArgs },
    /// `macro name(…) { … }` (declarative macros 2.0, unstable).
    MacroDef { ident: Ident, body: Vec<DelimArgs> },
}

/// An `impl` block.
#[derive(Clone, Debug, PartialEq)]
pub struct Impl {
    pub unsafety: bool,
    pub generics: Generics,
    /// True for `impl !Trait for T`.
    pub negative: bool,
    /// The trait of `impl Trait for Type`.
    pub of_trait: Option<Path>,
    pub self_ty: Ty,
    pub items: Vec<Item>,
}

/// A function: signature and optional body.
#[derive(Clone, Debug, PartialEq)]
pub struct Fn {
    pub ident: Ident,
    pub generics: Generics,
    pub sig: FnSig,
    pub body: Option<Block>,
}

/// A function signature.
#[derive(Clone, Debug, PartialEq)]
pub struct FnSig {
    pub header: FnHeader,
    pub self_param: Option<SelfParam>,
    pub params: Vec<Param>,
    /// True when the last parameter is `...` (C variadic, in extern blocks).
    pub variadic: bool,
    pub output: Option<Ty>,
    pub span: Span,
}

/// The qualifiers before `fn`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct FnHeader {
    pub constness: bool,
    pub asyncness: bool,
    pub unsafety: bool,
    /// `safe fn` in an `unsafe extern` block.
    pub safety_safe: bool,
    /// The ABI string of `extern "C"` (`Some("")` for a bare `extern`).
    pub abi: Option<String>,
}

/// The `self` parameter of a method.
#[derive(Clone, Debug, PartialEq)]
pub struct SelfParam {
    pub attrs: Vec<Attribute>,
    pub kind: SelfKind,
    pub span: Span,
}

/// How a method takes `self`.
#[derive(Clone, Debug, PartialEq)]
pub enum SelfKind {
    /// `self`, `mut self`.
    Value(Mutability),
    /// `&self`, `&'a mut self`.
    Ref(Option<Lifetime>, Mutability),
    /// `self: Type`, `mut self: Type`.
    Explicit(Mutability, Ty),
}

/// A function or closure parameter. Closure parameters may omit the type; the parameters of a
/// function pointer type may omit the pattern.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub attrs: Vec<Attribute>,
    pub pat: Option<Pat>,
    pub ty: Option<Ty>,
    pub span: Span,
}

/// An enum variant.
#[derive(Clone, Debug, PartialEq)]
pub struct Variant {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    pub data: VariantData,
    /// `= expr`.
    pub discriminant: Option<Expr>,
    pub span: Span,
}

/// The fields of a struct, union or variant.
#[derive(Clone, Debug, PartialEq)]
pub enum VariantData {
    /// `{ a: T, b: U }`.
    Struct(Vec<FieldDef>),
    /// `(T, U)`.
    Tuple(Vec<FieldDef>),
    /// No fields.
    Unit,
}

/// A field definition; tuple fields have no ident.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldDef {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Option<Ident>,
    pub ty: Ty,
    pub span: Span,
}

/// A use tree: `a::b::{c, d as e, f::*}`.
#[derive(Clone, Debug, PartialEq)]
pub struct UseTree {
    /// The path before `::{…}` or `::*`, or the whole path of a simple import.
    pub prefix: Path,
    pub kind: UseTreeKind,
    pub span: Span,
}

/// The kinds of [`UseTree`].
#[derive(Clone, Debug, PartialEq)]
pub enum UseTreeKind {
    /// `a::b` or `a::b as c` (`as _` gives an ident `_`).
    Simple(Option<Ident>),
    /// `a::{…}`.
    Nested(Vec<UseTree>),
    /// `a::*`.
    Glob,
}
