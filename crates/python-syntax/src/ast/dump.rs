//! `ast.dump` and the generic tree view, written once over a small visitor.
//!
//! Each node type says, in [`Node::fields`], what its fields are in ASDL order; the printer of
//! `ast.dump` and the builder of [`TreeNode`]s both consume that description. `ast.dump` leaves out
//! optional fields whose value is `None`, prints lists in brackets and every other value as
//! Python's `repr` does, and with `include_attributes=True` appends the four location
//! attributes of the nodes that have them.

use std::fmt::Write;

use source::Span;

use super::*;

/// A node of the generic tree shown by the page: its kind, its span and its fields in ASDL order.
///
/// Optional fields that are `None` are left out, as `ast.dump` leaves them out. In the one list
/// that may hold `None` (the `keys` of a `Dict`), a `None` is a node of kind `"None"` with no
/// fields and an empty span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TreeNode {
    /// The ASDL constructor name, such as `BinOp`.
    pub kind: &'static str,
    /// The bytes the node covers (for nodes without a position, the union of their children).
    pub span: Span,
    /// The fields, in ASDL order.
    pub fields: Vec<(&'static str, TreeField)>,
}

/// One field of a [`TreeNode`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TreeField {
    /// A single child node.
    Node(TreeNode),
    /// A list of child nodes.
    List(Vec<TreeNode>),
    /// Any other value, as `ast.dump` prints it: `'x'`, `1`, `None`, `Load()`, `['a', 'b']`.
    Value(String),
}

/// A leaf value of a field.
enum Value<'a> {
    Ident(&'a str),
    Idents(&'a [Ident]),
    Int(i64),
    Constant(&'a Constant),
    /// A singleton node such as `Load()` or `Add()`.
    Word(&'static str),
}

/// Receives the fields of one node, in order.
trait Sink {
    fn node(&mut self, name: &'static str, node: &dyn Node);
    fn list(&mut self, name: &'static str, items: &mut dyn Iterator<Item = Option<&dyn Node>>);
    fn value(&mut self, name: &'static str, value: Value<'_>);
}

/// What every node type tells the printers.
trait Node {
    fn kind(&self) -> &'static str;
    fn pos(&self) -> Option<&Pos>;
    fn fields(&self, sink: &mut dyn Sink);
}

/// Helpers so that optional fields are skipped when `None`, as `ast.dump` skips them.
fn opt_node(sink: &mut dyn Sink, name: &'static str, node: Option<&dyn Node>) {
    if let Some(node) = node {
        sink.node(name, node);
    }
}

fn opt_ident(sink: &mut dyn Sink, name: &'static str, ident: &Option<Ident>) {
    if let Some(ident) = ident {
        sink.value(name, Value::Ident(ident));
    }
}

fn list<'a, T: Node + 'a>(sink: &mut dyn Sink, name: &'static str, items: &'a [T]) {
    sink.list(name, &mut items.iter().map(|n| Some(n as &dyn Node)));
}

fn opt_list<'a, T: Node + 'a>(sink: &mut dyn Sink, name: &'static str, items: &'a [Option<T>]) {
    sink.list(
        name,
        &mut items.iter().map(|n| n.as_ref().map(|n| n as &dyn Node)),
    );
}

fn boxed(node: &Option<Box<Expr>>) -> Option<&dyn Node> {
    node.as_deref().map(|n| n as &dyn Node)
}

impl Node for Module {
    fn kind(&self) -> &'static str {
        "Module"
    }
    fn pos(&self) -> Option<&Pos> {
        None
    }
    fn fields(&self, sink: &mut dyn Sink) {
        list(sink, "body", &self.body);
        list::<Stmt>(sink, "type_ignores", &[]);
    }
}

impl Node for Stmt {
    fn kind(&self) -> &'static str {
        match &self.kind {
            StmtKind::FunctionDef(_) => "FunctionDef",
            StmtKind::AsyncFunctionDef(_) => "AsyncFunctionDef",
            StmtKind::ClassDef { .. } => "ClassDef",
            StmtKind::Return { .. } => "Return",
            StmtKind::Delete { .. } => "Delete",
            StmtKind::Assign { .. } => "Assign",
            StmtKind::AugAssign { .. } => "AugAssign",
            StmtKind::AnnAssign { .. } => "AnnAssign",
            StmtKind::For(_) => "For",
            StmtKind::AsyncFor(_) => "AsyncFor",
            StmtKind::While { .. } => "While",
            StmtKind::If { .. } => "If",
            StmtKind::With(_) => "With",
            StmtKind::AsyncWith(_) => "AsyncWith",
            StmtKind::Match { .. } => "Match",
            StmtKind::Raise { .. } => "Raise",
            StmtKind::Try(_) => "Try",
            StmtKind::TryStar(_) => "TryStar",
            StmtKind::Assert { .. } => "Assert",
            StmtKind::Import { .. } => "Import",
            StmtKind::ImportFrom { .. } => "ImportFrom",
            StmtKind::Global { .. } => "Global",
            StmtKind::Nonlocal { .. } => "Nonlocal",
            StmtKind::Expr { .. } => "Expr",
            StmtKind::Pass => "Pass",
            StmtKind::Break => "Break",
            StmtKind::Continue => "Continue",
        }
    }
    fn pos(&self) -> Option<&Pos> {
        Some(&self.pos)
    }
    fn fields(&self, sink: &mut dyn Sink) {
        match &self.kind {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                sink.value("name", Value::Ident(&f.name));
                sink.node("args", &*f.args);
                list(sink, "body", &f.body);
                list(sink, "decorator_list", &f.decorator_list);
                opt_node(sink, "returns", boxed(&f.returns));
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                sink.value("name", Value::Ident(name));
                list(sink, "bases", bases);
                list(sink, "keywords", keywords);
                list(sink, "body", body);
                list(sink, "decorator_list", decorator_list);
            }
            StmtKind::Return { value } => opt_node(sink, "value", boxed(value)),
            StmtKind::Delete { targets } => list(sink, "targets", targets),
            StmtKind::Assign { targets, value } => {
                list(sink, "targets", targets);
                sink.node("value", &**value);
            }
            StmtKind::AugAssign { target, op, value } => {
                sink.node("target", &**target);
                sink.value("op", Value::Word(operator_name(*op)));
                sink.node("value", &**value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                sink.node("target", &**target);
                sink.node("annotation", &**annotation);
                opt_node(sink, "value", boxed(value));
                sink.value("simple", Value::Int(*simple as i64));
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                sink.node("target", &*f.target);
                sink.node("iter", &*f.iter);
                list(sink, "body", &f.body);
                list(sink, "orelse", &f.orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                sink.node("test", &**test);
                list(sink, "body", body);
                list(sink, "orelse", orelse);
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                list(sink, "items", &w.items);
                list(sink, "body", &w.body);
            }
            StmtKind::Match { subject, cases } => {
                sink.node("subject", &**subject);
                list(sink, "cases", cases);
            }
            StmtKind::Raise { exc, cause } => {
                opt_node(sink, "exc", boxed(exc));
                opt_node(sink, "cause", boxed(cause));
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                list(sink, "body", &t.body);
                list(sink, "handlers", &t.handlers);
                list(sink, "orelse", &t.orelse);
                list(sink, "finalbody", &t.finalbody);
            }
            StmtKind::Assert { test, msg } => {
                sink.node("test", &**test);
                opt_node(sink, "msg", boxed(msg));
            }
            StmtKind::Import { names } => list(sink, "names", names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                opt_ident(sink, "module", module);
                list(sink, "names", names);
                sink.value("level", Value::Int(*level as i64));
            }
            StmtKind::Global { names } | StmtKind::Nonlocal { names } => {
                sink.value("names", Value::Idents(names))
            }
            StmtKind::Expr { value } => sink.node("value", &**value),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
    }
}

impl Node for Expr {
    fn kind(&self) -> &'static str {
        match &self.kind {
            ExprKind::BoolOp { .. } => "BoolOp",
            ExprKind::NamedExpr { .. } => "NamedExpr",
            ExprKind::BinOp { .. } => "BinOp",
            ExprKind::UnaryOp { .. } => "UnaryOp",
            ExprKind::Lambda { .. } => "Lambda",
            ExprKind::IfExp { .. } => "IfExp",
            ExprKind::Dict { .. } => "Dict",
            ExprKind::Set { .. } => "Set",
            ExprKind::ListComp { .. } => "ListComp",
            ExprKind::SetComp { .. } => "SetComp",
            ExprKind::DictComp { .. } => "DictComp",
            ExprKind::GeneratorExp { .. } => "GeneratorExp",
            ExprKind::Await { .. } => "Await",
            ExprKind::Yield { .. } => "Yield",
            ExprKind::YieldFrom { .. } => "YieldFrom",
            ExprKind::Compare { .. } => "Compare",
            ExprKind::Call { .. } => "Call",
            ExprKind::FormattedValue { .. } => "FormattedValue",
            ExprKind::JoinedStr { .. } => "JoinedStr",
            ExprKind::Constant { .. } => "Constant",
            ExprKind::Attribute { .. } => "Attribute",
            ExprKind::Subscript { .. } => "Subscript",
            ExprKind::Starred { .. } => "Starred",
            ExprKind::Name { .. } => "Name",
            ExprKind::List { .. } => "List",
            ExprKind::Tuple { .. } => "Tuple",
            ExprKind::Slice { .. } => "Slice",
        }
    }
    fn pos(&self) -> Option<&Pos> {
        Some(&self.pos)
    }
    fn fields(&self, sink: &mut dyn Sink) {
        match &self.kind {
            ExprKind::BoolOp { op, values } => {
                let op = match op {
                    BoolOp::And => "And()",
                    BoolOp::Or => "Or()",
                };
                sink.value("op", Value::Word(op));
                list(sink, "values", values);
            }
            ExprKind::NamedExpr { target, value } => {
                sink.node("target", &**target);
                sink.node("value", &**value);
            }
            ExprKind::BinOp { left, op, right } => {
                sink.node("left", &**left);
                sink.value("op", Value::Word(operator_name(*op)));
                sink.node("right", &**right);
            }
            ExprKind::UnaryOp { op, operand } => {
                let op = match op {
                    UnaryOp::Invert => "Invert()",
                    UnaryOp::Not => "Not()",
                    UnaryOp::UAdd => "UAdd()",
                    UnaryOp::USub => "USub()",
                };
                sink.value("op", Value::Word(op));
                sink.node("operand", &**operand);
            }
            ExprKind::Lambda { args, body } => {
                sink.node("args", &**args);
                sink.node("body", &**body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                sink.node("test", &**test);
                sink.node("body", &**body);
                sink.node("orelse", &**orelse);
            }
            ExprKind::Dict { keys, values } => {
                opt_list(sink, "keys", keys);
                list(sink, "values", values);
            }
            ExprKind::Set { elts } => list(sink, "elts", elts),
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                sink.node("elt", &**elt);
                list(sink, "generators", generators);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                sink.node("key", &**key);
                sink.node("value", &**value);
                list(sink, "generators", generators);
            }
            ExprKind::Await { value } | ExprKind::YieldFrom { value } => {
                sink.node("value", &**value)
            }
            ExprKind::Yield { value } => opt_node(sink, "value", boxed(value)),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                sink.node("left", &**left);
                let mut words = ops
                    .iter()
                    .map(|op| Some(&CMP_WORDS[*op as usize] as &dyn Node));
                sink.list("ops", &mut words);
                list(sink, "comparators", comparators);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                sink.node("func", &**func);
                list(sink, "args", args);
                list(sink, "keywords", keywords);
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                sink.node("value", &**value);
                sink.value("conversion", Value::Int(*conversion as i64));
                opt_node(sink, "format_spec", boxed(format_spec));
            }
            ExprKind::JoinedStr { values } => list(sink, "values", values),
            ExprKind::Constant { value, kind } => {
                sink.value("value", Value::Constant(value));
                if let Some(kind) = kind {
                    sink.value("kind", Value::Ident(kind));
                }
            }
            ExprKind::Attribute { value, attr, ctx } => {
                sink.node("value", &**value);
                sink.value("attr", Value::Ident(attr));
                sink.value("ctx", Value::Word(ctx_name(*ctx)));
            }
            ExprKind::Subscript { value, slice, ctx } => {
                sink.node("value", &**value);
                sink.node("slice", &**slice);
                sink.value("ctx", Value::Word(ctx_name(*ctx)));
            }
            ExprKind::Starred { value, ctx } => {
                sink.node("value", &**value);
                sink.value("ctx", Value::Word(ctx_name(*ctx)));
            }
            ExprKind::Name { id, ctx } => {
                sink.value("id", Value::Ident(id));
                sink.value("ctx", Value::Word(ctx_name(*ctx)));
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                list(sink, "elts", elts);
                sink.value("ctx", Value::Word(ctx_name(*ctx)));
            }
            ExprKind::Slice { lower, upper, step } => {
                opt_node(sink, "lower", boxed(lower));
                opt_node(sink, "upper", boxed(upper));
                opt_node(sink, "step", boxed(step));
            }
        }
    }
}

/// The comparison operators as field-less nodes, so `ops` prints as a list of them.
struct CmpWord(&'static str);

const CMP_WORDS: [CmpWord; 10] = [
    CmpWord("Eq"),
    CmpWord("NotEq"),
    CmpWord("Lt"),
    CmpWord("LtE"),
    CmpWord("Gt"),
    CmpWord("GtE"),
    CmpWord("Is"),
    CmpWord("IsNot"),
    CmpWord("In"),
    CmpWord("NotIn"),
];

impl Node for CmpWord {
    fn kind(&self) -> &'static str {
        self.0
    }
    fn pos(&self) -> Option<&Pos> {
        None
    }
    fn fields(&self, _: &mut dyn Sink) {}
}

fn operator_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add()",
        Operator::Sub => "Sub()",
        Operator::Mult => "Mult()",
        Operator::MatMult => "MatMult()",
        Operator::Div => "Div()",
        Operator::Mod => "Mod()",
        Operator::Pow => "Pow()",
        Operator::LShift => "LShift()",
        Operator::RShift => "RShift()",
        Operator::BitOr => "BitOr()",
        Operator::BitXor => "BitXor()",
        Operator::BitAnd => "BitAnd()",
        Operator::FloorDiv => "FloorDiv()",
    }
}

fn ctx_name(ctx: ExprContext) -> &'static str {
    match ctx {
        ExprContext::Load => "Load()",
        ExprContext::Store => "Store()",
        ExprContext::Del => "Del()",
    }
}

impl Node for Comprehension {
    fn kind(&self) -> &'static str {
        "comprehension"
    }
    fn pos(&self) -> Option<&Pos> {
        None
    }
    fn fields(&self, sink: &mut dyn Sink) {
        sink.node("target", &self.target);
        sink.node("iter", &self.iter);
        list(sink, "ifs", &self.ifs);
        sink.value("is_async", Value::Int(self.is_async as i64));
    }
}

impl Node for ExceptHandler {
    fn kind(&self) -> &'static str {
        "ExceptHandler"
    }
    fn pos(&self) -> Option<&Pos> {
        Some(&self.pos)
    }
    fn fields(&self, sink: &mut dyn Sink) {
        opt_node(sink, "type", boxed(&self.type_));
        opt_ident(sink, "name", &self.name);
        list(sink, "body", &self.body);
    }
}

impl Node for Arguments {
    fn kind(&self) -> &'static str {
        "arguments"
    }
    fn pos(&self) -> Option<&Pos> {
        None
    }
    fn fields(&self, sink: &mut dyn Sink) {
        list(sink, "posonlyargs", &self.posonlyargs);
        list(sink, "args", &self.args);
        opt_node(
            sink,
            "vararg",
            self.vararg.as_deref().map(|a| a as &dyn Node),
        );
        list(sink, "kwonlyargs", &self.kwonlyargs);
        opt_list(sink, "kw_defaults", &self.kw_defaults);
        opt_node(sink, "kwarg", self.kwarg.as_deref().map(|a| a as &dyn Node));
        list(sink, "defaults", &self.defaults);
    }
}

impl Node for Arg {
    fn kind(&self) -> &'static str {
        "arg"
    }
    fn pos(&self) -> Option<&Pos> {
        Some(&self.pos)
    }
    fn fields(&self, sink: &mut dyn Sink) {
        sink.value("arg", Value::Ident(&self.arg));
        opt_node(sink, "annotation", boxed(&self.annotation));
    }
}

impl Node for Keyword {
    fn kind(&self) -> &'static str {
        "keyword"
    }
    fn pos(&self) -> Option<&Pos> {
        Some(&self.pos)
    }
    fn fields(&self, sink: &mut dyn Sink) {
        opt_ident(sink, "arg", &self.arg);
        sink.node("value", &self.value);
    }
}

impl Node for Alias {
    fn kind(&self) -> &'static str {
        "alias"
    }
    fn pos(&self) -> Option<&Pos> {
        Some(&self.pos)
    }
    fn fields(&self, sink: &mut dyn Sink) {
        sink.value("name", Value::Ident(&self.name));
        opt_ident(sink, "asname", &self.asname);
    }
}

impl Node for WithItem {
    fn kind(&self) -> &'static str {
        "withitem"
    }
    fn pos(&self) -> Option<&Pos> {
        None
    }
    fn fields(&self, sink: &mut dyn Sink) {
        sink.node("context_expr", &self.context_expr);
        opt_node(sink, "optional_vars", boxed(&self.optional_vars));
    }
}

impl Node for MatchCase {
    fn kind(&self) -> &'static str {
        "match_case"
    }
    fn pos(&self) -> Option<&Pos> {
        None
    }
    fn fields(&self, sink: &mut dyn Sink) {
        sink.node("pattern", &self.pattern);
        opt_node(sink, "guard", boxed(&self.guard));
        list(sink, "body", &self.body);
    }
}

impl Node for Pattern {
    fn kind(&self) -> &'static str {
        match &self.kind {
            PatternKind::MatchValue { .. } => "MatchValue",
            PatternKind::MatchSingleton { .. } => "MatchSingleton",
            PatternKind::MatchSequence { .. } => "MatchSequence",
            PatternKind::MatchMapping { .. } => "MatchMapping",
            PatternKind::MatchClass { .. } => "MatchClass",
            PatternKind::MatchStar { .. } => "MatchStar",
            PatternKind::MatchAs { .. } => "MatchAs",
            PatternKind::MatchOr { .. } => "MatchOr",
        }
    }
    fn pos(&self) -> Option<&Pos> {
        Some(&self.pos)
    }
    fn fields(&self, sink: &mut dyn Sink) {
        match &self.kind {
            PatternKind::MatchValue { value } => sink.node("value", &**value),
            PatternKind::MatchSingleton { value } => sink.value("value", Value::Constant(value)),
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                list(sink, "patterns", patterns)
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                list(sink, "keys", keys);
                list(sink, "patterns", patterns);
                opt_ident(sink, "rest", rest);
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                sink.node("cls", &**cls);
                list(sink, "patterns", patterns);
                sink.value("kwd_attrs", Value::Idents(kwd_attrs));
                list(sink, "kwd_patterns", kwd_patterns);
            }
            PatternKind::MatchStar { name } => opt_ident(sink, "name", name),
            PatternKind::MatchAs { pattern, name } => {
                opt_node(sink, "pattern", pattern.as_deref().map(|p| p as &dyn Node));
                opt_ident(sink, "name", name);
            }
        }
    }
}

/// Prints a value as Python's `repr` does.
fn write_value(out: &mut String, value: &Value<'_>) {
    match value {
        Value::Ident(s) => out.push_str(&crate::python_repr(s)),
        Value::Idents(names) => {
            out.push('[');
            for (i, name) in names.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                out.push_str(&crate::python_repr(name));
            }
            out.push(']');
        }
        Value::Int(n) => {
            let _ = write!(out, "{n}");
        }
        Value::Constant(c) => constant_repr(out, c),
        Value::Word(w) => out.push_str(w),
    }
}

/// Writes `repr(value)` of a constant.
pub(crate) fn constant_repr(out: &mut String, value: &Constant) {
    match value {
        Constant::None => out.push_str("None"),
        Constant::Bool(true) => out.push_str("True"),
        Constant::Bool(false) => out.push_str("False"),
        Constant::Int(n) => {
            let _ = write!(out, "{n}");
        }
        Constant::BigInt(n) => {
            let _ = write!(out, "{n}");
        }
        Constant::Float(x) => float_repr(out, *x, true),
        Constant::Complex(x) => {
            float_repr(out, *x, false);
            out.push('j');
        }
        Constant::Str(s) => out.push_str(&crate::python_repr(s)),
        Constant::StrCodePoints(cps) => code_points_repr(out, cps),
        Constant::Bytes(b) => bytes_repr(out, b),
        Constant::Ellipsis => out.push_str("Ellipsis"),
    }
}

/// `repr(float)`: the shortest digits that read back as the same float, laid out as Python
/// does (exponent notation below 1e-4 and from 1e16 on, `.0` on integral values when asked).
pub(crate) fn float_repr(out: &mut String, x: f64, add_dot_zero: bool) {
    if x.is_nan() {
        out.push_str("nan");
        return;
    }
    if x.is_infinite() {
        out.push_str(if x > 0.0 { "inf" } else { "-inf" });
        return;
    }
    // Rust's `{:e}` gives the shortest digits that read back as `x`. When two strings of
    // that length do, Python prints the one nearest to `x` (ties to even); formatting to that
    // many digits, which Rust rounds exactly, picks it.
    let shortest = format!("{:e}", x);
    let mantissa = shortest.split('e').next().unwrap_or("");
    let n = mantissa
        .chars()
        .filter(|c| c.is_ascii_digit())
        .count()
        .max(1);
    let sci = format!("{:.*e}", n - 1, x);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    if negative {
        out.push('-');
    }
    // The value is 0.DIGITS times ten to the power `decpt`.
    let decpt = exp + 1;
    let n = digits.len() as i32;
    if decpt <= -4 || decpt > 16 {
        out.push_str(&digits[..1]);
        if n > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        let _ = write!(out, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
    } else if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..-decpt {
            out.push('0');
        }
        out.push_str(&digits);
    } else if decpt >= n {
        out.push_str(&digits);
        for _ in 0..decpt - n {
            out.push('0');
        }
        if add_dot_zero {
            out.push_str(".0");
        }
    } else {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    }
}

/// `repr(bytes)`.
fn bytes_repr(out: &mut String, bytes: &[u8]) {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    out.push('b');
    out.push(quote as char);
    for &b in bytes {
        match b {
            _ if b == quote || b == b'\\' => {
                out.push('\\');
                out.push(b as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7e => out.push(b as char),
            _ => {
                let _ = write!(out, "\\x{b:02x}");
            }
        }
    }
    out.push(quote as char);
}

/// `repr(str)` of a string that holds lone surrogates: each surrogate prints as `\udXXX`, the
/// other characters as `repr` prints them.
fn code_points_repr(out: &mut String, cps: &[u32]) {
    let has = |c: u32| cps.contains(&c);
    let quote = if has('\'' as u32) && !has('"' as u32) {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    for &cp in cps {
        match char::from_u32(cp) {
            Some(c) if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            Some('\'') | Some('"') => out.push(char::from_u32(cp).unwrap_or('?')),
            Some(c) => {
                // Reuse the printer of ordinary strings for one character, without its quotes.
                let r = crate::python_repr(&c.to_string());
                out.push_str(&r[1..r.len() - 1]);
            }
            None => {
                let _ = write!(out, "\\u{cp:04x}");
            }
        }
    }
    out.push(quote);
}

/// The `ast.dump` printer.
struct DumpSink<'o> {
    out: &'o mut String,
    attributes: bool,
    /// Whether the current node has printed a field yet (for the separating commas).
    first: bool,
}

impl DumpSink<'_> {
    fn sep(&mut self, name: &'static str) {
        if !self.first {
            self.out.push_str(", ");
        }
        self.first = false;
        self.out.push_str(name);
        self.out.push('=');
    }

    fn write_node(&mut self, node: &dyn Node) {
        stacker::maybe_grow(128 * 1024, 4 * 1024 * 1024, || {
            self.out.push_str(node.kind());
            self.out.push('(');
            let saved = self.first;
            self.first = true;
            node.fields(self);
            if self.attributes {
                if let Some(pos) = node.pos() {
                    for (name, v) in [
                        ("lineno", pos.lineno),
                        ("col_offset", pos.col_offset),
                        ("end_lineno", pos.end_lineno),
                        ("end_col_offset", pos.end_col_offset),
                    ] {
                        self.sep(name);
                        let _ = write!(self.out, "{v}");
                    }
                }
            }
            self.first = saved;
            self.out.push(')');
        })
    }
}

impl Sink for DumpSink<'_> {
    fn node(&mut self, name: &'static str, node: &dyn Node) {
        self.sep(name);
        self.write_node(node);
    }
    fn list(&mut self, name: &'static str, items: &mut dyn Iterator<Item = Option<&dyn Node>>) {
        self.sep(name);
        self.out.push('[');
        for (i, item) in items.enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            match item {
                Some(node) => self.write_node(node),
                None => self.out.push_str("None"),
            }
        }
        self.out.push(']');
    }
    fn value(&mut self, name: &'static str, value: Value<'_>) {
        self.sep(name);
        write_value(self.out, &value);
    }
}

/// `ast.dump(module)`.
pub fn dump(module: &Module) -> String {
    let mut out = String::new();
    DumpSink {
        out: &mut out,
        attributes: false,
        first: true,
    }
    .write_node(module);
    out
}

/// `ast.dump(module, include_attributes=True)`.
pub fn dump_with_attributes(module: &Module) -> String {
    let mut out = String::new();
    DumpSink {
        out: &mut out,
        attributes: true,
        first: true,
    }
    .write_node(module);
    out
}

/// Builds [`TreeNode`]s.
struct TreeSink {
    fields: Vec<(&'static str, TreeField)>,
}

fn build(node: &dyn Node) -> TreeNode {
    stacker::maybe_grow(128 * 1024, 4 * 1024 * 1024, || {
        let mut sink = TreeSink { fields: Vec::new() };
        node.fields(&mut sink);
        let span = match node.pos() {
            Some(pos) => pos.span,
            None => {
                // A node without a position covers what its children cover (the `None`
                // placeholders of a dict's keys cover nothing).
                let mut spans = sink.fields.iter().flat_map(|(_, f)| match f {
                    TreeField::Node(n) => vec![n],
                    TreeField::List(l) => l.iter().collect(),
                    TreeField::Value(_) => vec![],
                });
                let spans = spans.by_ref().filter(|n| n.kind != "None").map(|n| n.span);
                spans.reduce(Span::to).unwrap_or_default()
            }
        };
        TreeNode {
            kind: node.kind(),
            span,
            fields: sink.fields,
        }
    })
}

impl Sink for TreeSink {
    fn node(&mut self, name: &'static str, node: &dyn Node) {
        self.fields.push((name, TreeField::Node(build(node))));
    }
    fn list(&mut self, name: &'static str, items: &mut dyn Iterator<Item = Option<&dyn Node>>) {
        let items = items
            .map(|item| match item {
                Some(node) => build(node),
                None => TreeNode {
                    kind: "None",
                    span: Span::default(),
                    fields: Vec::new(),
                },
            })
            .collect();
        self.fields.push((name, TreeField::List(items)));
    }
    fn value(&mut self, name: &'static str, value: Value<'_>) {
        let mut text = String::new();
        write_value(&mut text, &value);
        self.fields.push((name, TreeField::Value(text)));
    }
}

/// The generic tree of a module, for the page.
pub fn tree(module: &Module) -> TreeNode {
    build(module)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64) -> String {
        let mut s = String::new();
        float_repr(&mut s, x, true);
        s
    }

    #[test]
    fn floats_print_like_python() {
        assert_eq!(f(0.0), "0.0");
        assert_eq!(f(1.5), "1.5");
        assert_eq!(f(1e16), "1e+16");
        assert_eq!(f(1e15), "1000000000000000.0");
        assert_eq!(f(0.0001), "0.0001");
        assert_eq!(f(0.00001), "1e-05");
        assert_eq!(f(1.5e300), "1.5e+300");
        assert_eq!(f(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(f(123.456), "123.456");
        // Two shortest strings read back as these; Python prints the nearer (ties to even).
        assert_eq!(
            f("99.998809814453125".parse().unwrap()),
            "99.99880981445312"
        );
        assert_eq!(
            f("1429035198630573.25".parse().unwrap()),
            "1429035198630573.2"
        );
    }

    #[test]
    fn bytes_print_like_python() {
        let mut s = String::new();
        bytes_repr(&mut s, b"a'\x00\xff\n");
        assert_eq!(s, "b\"a'\\x00\\xff\\n\"");
    }
}
