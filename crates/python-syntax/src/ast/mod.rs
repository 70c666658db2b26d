//! The Python 3.11 abstract syntax tree, shaped like CPython's `Parser/Python.asdl`.
//!
//! Every node type of the ASDL description is a Rust type here with the same name and the same
//! fields in the same order, so that [`dump`] can print exactly what `ast.dump` prints. Nodes that
//! CPython gives positions to carry a [`Pos`]: the four attributes `lineno`, `col_offset`,
//! `end_lineno` and `end_col_offset` as CPython computes them (columns are UTF-8 byte offsets),
//! and a byte [`Span`] into the original input for linking back to the editor. The two usually
//! agree; they differ inside f-strings, where CPython 3.11 reports some positions that are not
//! where the text is, and we copy those quirks into the attributes but keep the spans honest.
//!
//! Children are boxed; the tree is a plain owned value. Its depth is bounded by the parser (see
//! `parser::limits`), so the recursive functions of `dump` and `tree` cannot run away.

mod dump;

use source::Span;

pub use dump::{dump, dump_with_attributes, tree, TreeField, TreeNode};

/// A node's position: CPython's four location attributes and the bytes it covers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    /// First line, counted from 1.
    pub lineno: u32,
    /// UTF-8 byte offset of the first character within its line, counted from 0.
    pub col_offset: u32,
    /// Last line, counted from 1.
    pub end_lineno: u32,
    /// UTF-8 byte offset just past the last character within its line.
    pub end_col_offset: u32,
    /// The bytes of the original input the node covers.
    pub span: Span,
}

/// An identifier (a name), already NFKC-normalised as CPython does.
pub type Ident = String;

/// `mod = Module(stmt* body, type_ignore* type_ignores)`: the result of parsing a file.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// The statements of the file.
    pub body: Vec<Stmt>,
}

/// A statement and its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    /// What kind of statement it is, with its fields.
    pub kind: StmtKind,
    /// Where it is.
    pub pos: Pos,
}

/// A function definition's parts, shared by `FunctionDef` and `AsyncFunctionDef`.
#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    /// The function's name.
    pub name: Ident,
    /// Its parameters.
    pub args: Box<Arguments>,
    /// Its body.
    pub body: Vec<Stmt>,
    /// The decorators, outermost first.
    pub decorator_list: Vec<Expr>,
    /// The return annotation.
    pub returns: Option<Box<Expr>>,
}

/// A `for` loop's parts, shared by `For` and `AsyncFor`.
#[derive(Clone, Debug, PartialEq)]
pub struct For {
    /// The loop target.
    pub target: Box<Expr>,
    /// The iterable.
    pub iter: Box<Expr>,
    /// The loop body.
    pub body: Vec<Stmt>,
    /// The `else` block.
    pub orelse: Vec<Stmt>,
}

/// A `with` statement's parts, shared by `With` and `AsyncWith`.
#[derive(Clone, Debug, PartialEq)]
pub struct With {
    /// The context managers.
    pub items: Vec<WithItem>,
    /// The body.
    pub body: Vec<Stmt>,
}

/// A `try` statement's parts, shared by `Try` and `TryStar`.
#[derive(Clone, Debug, PartialEq)]
pub struct Try {
    /// The guarded block.
    pub body: Vec<Stmt>,
    /// The `except` clauses.
    pub handlers: Vec<ExceptHandler>,
    /// The `else` block.
    pub orelse: Vec<Stmt>,
    /// The `finally` block.
    pub finalbody: Vec<Stmt>,
}

/// The statement kinds of the ASDL `stmt` sum, in its order.
#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    FunctionDef(FunctionDef),
    AsyncFunctionDef(FunctionDef),
    ClassDef {
        name: Ident,
        bases: Vec<Expr>,
        keywords: Vec<Keyword>,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
    },
    Return {
        value: Option<Box<Expr>>,
    },
    Delete {
        targets: Vec<Expr>,
    },
    Assign {
        targets: Vec<Expr>,
        value: Box<Expr>,
    },
    AugAssign {
        target: Box<Expr>,
        op: Operator,
        value: Box<Expr>,
    },
    AnnAssign {
        target: Box<Expr>,
        annotation: Box<Expr>,
        value: Option<Box<Expr>>,
        simple: bool,
    },
    For(For),
    AsyncFor(For),
    While {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    If {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    With(With),
    AsyncWith(With),
    Match {
        subject: Box<Expr>,
        cases: Vec<MatchCase>,
    },
    Raise {
        exc: Option<Box<Expr>>,
        cause: Option<Box<Expr>>,
    },
    Try(Try),
    TryStar(Try),
    Assert {
        test: Box<Expr>,
        msg: Option<Box<Expr>>,
    },
    Import {
        names: Vec<Alias>,
    },
    ImportFrom {
        module: Option<Ident>,
        names: Vec<Alias>,
        level: u32,
    },
    Global {
        names: Vec<Ident>,
    },
    Nonlocal {
        names: Vec<Ident>,
    },
    Expr {
        value: Box<Expr>,
    },
    Pass,
    Break,
    Continue,
}

/// An expression and its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// What kind of expression it is, with its fields.
    pub kind: ExprKind,
    /// Where it is.
    pub pos: Pos,
}

/// The expression kinds of the ASDL `expr` sum, in its order.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `keys` holds `None` where a `**mapping` is unpacked.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    Set {
        elts: Vec<Expr>,
    },
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Await {
        value: Box<Expr>,
    },
    Yield {
        value: Option<Box<Expr>>,
    },
    YieldFrom {
        value: Box<Expr>,
    },
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// `conversion` is -1 (none) or the code of `s`, `r` or `a`.
    FormattedValue {
        value: Box<Expr>,
        conversion: i32,
        format_spec: Option<Box<Expr>>,
    },
    JoinedStr {
        values: Vec<Expr>,
    },
    /// `kind` is `Some("u")` for a string written with a `u` prefix.
    Constant {
        value: Constant,
        kind: Option<&'static str>,
    },
    Attribute {
        value: Box<Expr>,
        attr: Ident,
        ctx: ExprContext,
    },
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: ExprContext,
    },
    Starred {
        value: Box<Expr>,
        ctx: ExprContext,
    },
    Name {
        id: Ident,
        ctx: ExprContext,
    },
    List {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Tuple {
        elts: Vec<Expr>,
        ctx: ExprContext,
    },
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// A constant value, as the `value` of `Constant` and `MatchSingleton`.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    /// An integer that fits in 64 bits.
    Int(i64),
    /// Any larger integer.
    BigInt(Box<num_bigint::BigInt>),
    Float(f64),
    /// An imaginary literal: the value of its imaginary part.
    Complex(f64),
    Str(Box<str>),
    /// A string holding lone surrogates (from `\ud800`-style escapes), as code points.
    StrCodePoints(Box<[u32]>),
    Bytes(Box<[u8]>),
    Ellipsis,
}

/// `expr_context`: how a name, attribute, subscript, starred, list or tuple is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExprContext {
    Load,
    Store,
    Del,
}

/// `boolop`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

/// `operator`: the binary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operator {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
    FloorDiv,
}

/// `unaryop`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Invert,
    Not,
    UAdd,
    USub,
}

/// `cmpop`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

/// `comprehension = (expr target, expr iter, expr* ifs, int is_async)`; it has no position.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

/// `ExceptHandler(expr? type, identifier? name, stmt* body)`.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    pub type_: Option<Box<Expr>>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    pub pos: Pos,
}

/// `arguments`: a function's or lambda's parameters; it has no position.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arguments {
    pub posonlyargs: Vec<Arg>,
    pub args: Vec<Arg>,
    pub vararg: Option<Box<Arg>>,
    pub kwonlyargs: Vec<Arg>,
    /// One entry per keyword-only parameter, `None` where it has no default.
    pub kw_defaults: Vec<Option<Expr>>,
    pub kwarg: Option<Box<Arg>>,
    pub defaults: Vec<Expr>,
}

/// `arg = (identifier arg, expr? annotation, string? type_comment)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub arg: Ident,
    pub annotation: Option<Box<Expr>>,
    pub pos: Pos,
}

/// `keyword = (identifier? arg, expr value)`; `arg` is `None` for `**mapping`.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    pub arg: Option<Ident>,
    pub value: Expr,
    pub pos: Pos,
}

/// `alias = (identifier name, identifier? asname)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: Ident,
    pub asname: Option<Ident>,
    pub pos: Pos,
}

/// `withitem = (expr context_expr, expr? optional_vars)`; it has no position.
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context_expr: Expr,
    pub optional_vars: Option<Box<Expr>>,
}

/// `match_case = (pattern pattern, expr? guard, stmt* body)`; it has no position.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Box<Expr>>,
    pub body: Vec<Stmt>,
}

/// A pattern of a `case` clause and its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    pub kind: PatternKind,
    pub pos: Pos,
}

/// The pattern kinds of the ASDL `pattern` sum, in its order.
#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    MatchValue {
        value: Box<Expr>,
    },
    MatchSingleton {
        value: Constant,
    },
    MatchSequence {
        patterns: Vec<Pattern>,
    },
    MatchMapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Ident>,
    },
    MatchClass {
        cls: Box<Expr>,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Ident>,
        kwd_patterns: Vec<Pattern>,
    },
    MatchStar {
        name: Option<Ident>,
    },
    MatchAs {
        pattern: Option<Box<Pattern>>,
        name: Option<Ident>,
    },
    MatchOr {
        patterns: Vec<Pattern>,
    },
}

impl Expr {
    /// A new expression node.
    pub fn new(kind: ExprKind, pos: Pos) -> Expr {
        Expr { kind, pos }
    }
}
