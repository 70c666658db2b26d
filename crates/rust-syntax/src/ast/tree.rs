//! The generic tree view of the AST (for the page's tree panel) and its text form (for
//! `deepdive rust FILE --emit ast`).
//!
//! [`tree`] describes every node once as a [`TreeNode`]: a kind (the AST variant's name; types
//! and patterns are prefixed `Ty` and `Pat` so the three families stay apart), its span, and its
//! fields (child nodes, lists of nodes, or short printed values). [`print`] writes that tree as
//! indented text, in the spirit of rustc's `-Zunpretty=ast-tree`: one node a line, with its
//! values and its span as `line:col-line:col`.

use std::fmt::Write;

use source::{LineIndex, Span};

use super::*;

/// One node of the generic tree.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TreeNode {
    /// The node's kind, such as `Fn`, `Binary`, `PatIdent` or `TyRef`.
    pub kind: &'static str,
    /// The bytes the node covers.
    pub span: Span,
    /// The fields, in source order.
    pub fields: Vec<(&'static str, TreeField)>,
}

/// One field of a [`TreeNode`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TreeField {
    /// A single child node.
    Node(TreeNode),
    /// A list of child nodes.
    List(Vec<TreeNode>),
    /// A short value: a name in quotes (`"fib"`), an operator, a flag.
    Value(String),
}

impl TreeNode {
    fn new(kind: &'static str, span: Span) -> TreeNode {
        TreeNode {
            kind,
            span,
            fields: Vec::new(),
        }
    }

    fn val(mut self, name: &'static str, value: impl Into<String>) -> TreeNode {
        self.fields.push((name, TreeField::Value(value.into())));
        self
    }

    fn node(mut self, name: &'static str, node: TreeNode) -> TreeNode {
        self.fields.push((name, TreeField::Node(node)));
        self
    }

    fn opt(self, name: &'static str, node: Option<TreeNode>) -> TreeNode {
        match node {
            Some(n) => self.node(name, n),
            None => self,
        }
    }

    fn list(mut self, name: &'static str, nodes: Vec<TreeNode>) -> TreeNode {
        if !nodes.is_empty() {
            self.fields.push((name, TreeField::List(nodes)));
        }
        self
    }

    /// A path field: a plain value when no segment has generic arguments, a node otherwise.
    fn path(self, name: &'static str, p: &Path) -> TreeNode {
        if p.segments.iter().all(|s| s.args.is_none()) {
            self.val(name, quoted(&path_text(p)))
        } else {
            self.node(name, path(p))
        }
    }

    fn flag(self, name: &'static str, on: bool) -> TreeNode {
        if on {
            self.val(name, "true")
        } else {
            self
        }
    }
}

/// The tree of a whole file.
///
/// `src` is the parsed source: token trees (macro arguments, attribute arguments) show their
/// text as a `tokens` value, as rustc's AST keeps them unparsed.
pub fn tree(src: &str, krate: &Crate) -> TreeNode {
    let mut root = TreeNode::new("Crate", krate.span)
        .list("attrs", krate.attrs.iter().map(attr).collect())
        .list("items", krate.items.iter().map(item).collect());
    // Give every token tree its text, without recursion.
    let mut stack: Vec<&mut TreeNode> = vec![&mut root];
    while let Some(node) = stack.pop() {
        if node.kind == "TokenTree" {
            let inner = Span::new(
                (node.span.start + 1).min(node.span.end),
                node.span.end.saturating_sub(1).max(node.span.start),
            );
            let text = src
                .get(inner.start as usize..inner.end as usize)
                .unwrap_or("");
            let mut shown: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            if shown.chars().count() > 60 {
                shown = shown.chars().take(59).collect::<String>() + "…";
            }
            node.fields
                .push(("tokens", TreeField::Value(quoted(&shown))));
        }
        for (_, field) in node.fields.iter_mut() {
            match field {
                TreeField::Node(child) => stack.push(child),
                TreeField::List(children) => stack.extend(children.iter_mut()),
                TreeField::Value(_) => {}
            }
        }
    }
    root
}

/// The text form of the tree: one node a line, indented by depth.
pub fn print(src: &str, krate: &Crate) -> String {
    let index = LineIndex::new(src.as_bytes());
    let mut out = String::new();
    write_node(&mut out, &index, &tree(src, krate), 0, "");
    out
}

fn write_node(out: &mut String, index: &LineIndex, node: &TreeNode, depth: usize, label: &str) {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
        let pad = "  ".repeat(depth);
        let a = index.line_col(node.span.start);
        let b = index.line_col(node.span.end);
        let _ = write!(out, "{pad}{label}{}", node.kind);
        for (name, field) in &node.fields {
            if let TreeField::Value(v) = field {
                let _ = write!(out, " {name}={v}");
            }
        }
        let _ = writeln!(out, " @{}:{}-{}:{}", a.line, a.col, b.line, b.col);
        for (name, field) in &node.fields {
            match field {
                TreeField::Node(child) => {
                    write_node(out, index, child, depth + 1, &format!("{name}: "))
                }
                TreeField::List(children) => {
                    let _ = writeln!(out, "{pad}  {name}:");
                    for child in children {
                        write_node(out, index, child, depth + 2, "");
                    }
                }
                TreeField::Value(_) => {}
            }
        }
    })
}

fn quoted(s: &str) -> String {
    format!("{s:?}")
}

fn ident(id: &Ident) -> String {
    if id.raw {
        quoted(&format!("r#{}", id.name))
    } else {
        quoted(&id.name)
    }
}

fn mutbl(m: Mutability) -> &'static str {
    match m {
        Mutability::Not => "not",
        Mutability::Mut => "mut",
    }
}

fn attr(a: &Attribute) -> TreeNode {
    let style = match a.style {
        AttrStyle::Outer => "outer",
        AttrStyle::Inner => "inner",
    };
    match &a.kind {
        AttrKind::DocComment { text } => TreeNode::new("DocComment", a.span)
            .val("style", style)
            .val("text", quoted(text)),
        AttrKind::Normal { path: p, args } => {
            let n = TreeNode::new("Attribute", a.span)
                .val("style", style)
                .path("path", p);
            match args {
                AttrArgs::Empty => n,
                AttrArgs::Delimited(d) => n.node("args", delim(d)),
                AttrArgs::Eq(e) => n.node("value", expr(e)),
            }
        }
    }
}

fn delim(d: &DelimArgs) -> TreeNode {
    let kind = match d.delim {
        Delimiter::Parenthesis => "()",
        Delimiter::Bracket => "[]",
        Delimiter::Brace => "{}",
    };
    TreeNode::new("TokenTree", d.span).val("delim", kind)
}

fn mac(m: &MacCall) -> TreeNode {
    TreeNode::new("MacCall", m.span)
        .path("path", &m.path)
        .node("args", delim(&m.args))
}

fn vis(v: &Visibility) -> Option<TreeNode> {
    match &v.kind {
        VisibilityKind::Inherited => None,
        VisibilityKind::Public => Some(TreeNode::new("Public", v.span)),
        VisibilityKind::Restricted { path: p, shorthand } => Some(
            TreeNode::new("Restricted", v.span)
                .flag("in", !shorthand)
                .path("path", p),
        ),
    }
}

fn path_text(p: &Path) -> String {
    let text: Vec<String> = p.segments.iter().map(|s| s.ident.name.clone()).collect();
    let prefix = if p.global { "::" } else { "" };
    format!("{prefix}{}", text.join("::"))
}

fn path(p: &Path) -> TreeNode {
    let n = TreeNode::new("Path", p.span).val("path", quoted(&path_text(p)));
    if p.segments.iter().any(|s| s.args.is_some()) {
        n.list("segments", p.segments.iter().map(segment).collect())
    } else {
        n
    }
}

fn segment(s: &PathSegment) -> TreeNode {
    TreeNode::new("PathSegment", s.span)
        .val("ident", ident(&s.ident))
        .opt("args", s.args.as_deref().map(generic_args))
}

fn qself(q: &Option<Box<QSelf>>) -> Option<TreeNode> {
    q.as_ref().map(|q| {
        TreeNode::new("QSelf", q.span)
            .node("ty", ty(&q.ty))
            .opt("trait", q.trait_ref.as_ref().map(path))
    })
}

fn generic_args(a: &GenericArgs) -> TreeNode {
    match a {
        GenericArgs::AngleBracketed { args, span } => TreeNode::new("AngleBracketed", *span)
            .list("args", args.iter().map(generic_arg).collect()),
        GenericArgs::Parenthesized {
            inputs,
            output,
            span,
        } => TreeNode::new("Parenthesized", *span)
            .list("inputs", inputs.iter().map(ty).collect())
            .opt("output", output.as_deref().map(ty)),
    }
}

fn generic_arg(a: &GenericArg) -> TreeNode {
    match a {
        GenericArg::Lifetime(l) => lifetime(l),
        GenericArg::Type(t) => ty(t),
        GenericArg::Const(e) => TreeNode::new("ConstArg", e.span).node("value", expr(e)),
        GenericArg::Constraint(c) => {
            let n = TreeNode::new("AssocConstraint", c.span)
                .val("ident", ident(&c.ident))
                .opt("args", c.args.as_deref().map(generic_args));
            match &c.kind {
                AssocConstraintKind::Equality(t) => n.node("eq", ty(t)),
                AssocConstraintKind::Bound(b) => n.list("bounds", b.iter().map(bound).collect()),
            }
        }
    }
}

fn lifetime(l: &Lifetime) -> TreeNode {
    TreeNode::new("Lifetime", l.span).val("name", quoted(&l.name))
}

fn bound(b: &GenericBound) -> TreeNode {
    match b {
        GenericBound::Lifetime(l) => lifetime(l),
        GenericBound::Trait(t) => TreeNode::new("TraitBound", t.span)
            .flag("maybe", t.maybe)
            .flag("const", t.constness)
            .list("for", t.for_params.iter().map(generic_param).collect())
            .path("path", &t.path),
        GenericBound::Use(args, span) => TreeNode::new("UseBound", *span).val(
            "args",
            args.iter()
                .map(|a| a.name.clone())
                .collect::<Vec<_>>()
                .join(", "),
        ),
    }
}

fn generics(g: &Generics) -> Option<TreeNode> {
    if g.params.is_empty() && g.where_clause.is_empty() {
        return None;
    }
    Some(
        TreeNode::new("Generics", g.span)
            .list("params", g.params.iter().map(generic_param).collect())
            .list("where", g.where_clause.iter().map(where_pred).collect()),
    )
}

fn generic_param(p: &GenericParam) -> TreeNode {
    let attrs = p.attrs.iter().map(attr).collect();
    match &p.kind {
        GenericParamKind::Lifetime { bounds } => TreeNode::new("LifetimeParam", p.span)
            .val("name", quoted(&p.ident.name))
            .list("attrs", attrs)
            .list("bounds", bounds.iter().map(lifetime).collect()),
        GenericParamKind::Type { bounds, default } => TreeNode::new("TypeParam", p.span)
            .val("name", ident(&p.ident))
            .list("attrs", attrs)
            .list("bounds", bounds.iter().map(bound).collect())
            .opt("default", default.as_ref().map(ty)),
        GenericParamKind::Const { ty: t, default } => TreeNode::new("ConstParam", p.span)
            .val("name", ident(&p.ident))
            .list("attrs", attrs)
            .node("ty", ty(t))
            .opt("default", default.as_ref().map(expr)),
    }
}

fn where_pred(w: &WherePredicate) -> TreeNode {
    match w {
        WherePredicate::Bound {
            for_params,
            ty: t,
            bounds,
            span,
        } => TreeNode::new("WhereBound", *span)
            .list("for", for_params.iter().map(generic_param).collect())
            .node("ty", ty(t))
            .list("bounds", bounds.iter().map(bound).collect()),
        WherePredicate::Lifetime {
            lifetime: l,
            bounds,
            span,
        } => TreeNode::new("WhereLifetime", *span)
            .node("lifetime", lifetime(l))
            .list("bounds", bounds.iter().map(lifetime).collect()),
    }
}

fn ty(t: &Ty) -> TreeNode {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || ty_inner(t))
}

fn ty_inner(t: &Ty) -> TreeNode {
    let n = |k| TreeNode::new(k, t.span);
    match &t.kind {
        TyKind::Path(q, p) => n("TyPath").opt("qself", qself(q)).path("path", p),
        TyKind::Ref {
            lifetime: l,
            mutbl: m,
            ty: inner,
        } => n("TyRef")
            .val("mutbl", mutbl(*m))
            .opt("lifetime", l.as_ref().map(lifetime))
            .node("ty", ty(inner)),
        TyKind::Ptr {
            mutbl: m,
            ty: inner,
        } => n("TyPtr").val("mutbl", mutbl(*m)).node("ty", ty(inner)),
        TyKind::Slice(inner) => n("TySlice").node("ty", ty(inner)),
        TyKind::Array(inner, len) => n("TyArray").node("ty", ty(inner)).node("len", expr(len)),
        TyKind::Tuple(tys) => n("TyTuple").list("elems", tys.iter().map(ty).collect()),
        TyKind::Paren(inner) => n("TyParen").node("ty", ty(inner)),
        TyKind::Never => n("TyNever"),
        TyKind::Infer => n("TyInfer"),
        TyKind::FnPtr(f) => n("TyFnPtr")
            .flag("unsafe", f.unsafety)
            .opt(
                "abi",
                f.abi.as_ref().map(|a| n("Abi").val("abi", quoted(a))),
            )
            .list("for", f.for_params.iter().map(generic_param).collect())
            .list(
                "params",
                f.params
                    .iter()
                    .map(|p| {
                        let mut node = param(p);
                        node.kind = "FnPtrParam";
                        node
                    })
                    .collect(),
            )
            .flag("variadic", f.variadic)
            .opt("output", f.output.as_ref().map(ty)),
        TyKind::ImplTrait(b) => n("TyImplTrait").list("bounds", b.iter().map(bound).collect()),
        TyKind::TraitObject(b, syntax) => n("TyTraitObject")
            .flag("dyn", *syntax == TraitObjectSyntax::Dyn)
            .list("bounds", b.iter().map(bound).collect()),
        TyKind::MacCall(m) => n("TyMacCall").node("mac", mac(m)),
        TyKind::Err => n("TyErr"),
    }
}

fn pat(p: &Pat) -> TreeNode {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || pat_inner(p))
}

fn pat_inner(p: &Pat) -> TreeNode {
    let n = |k| TreeNode::new(k, p.span);
    match &p.kind {
        PatKind::Wild => n("PatWild"),
        PatKind::Ident {
            by_ref,
            mutbl: m,
            ident: id,
            sub,
        } => n("PatIdent")
            .val("ident", ident(id))
            .flag("ref", *by_ref)
            .flag("mut", *m == Mutability::Mut)
            .opt("sub", sub.as_deref().map(pat)),
        PatKind::Lit(e) => n("PatLit").node("expr", expr(e)),
        PatKind::Range { start, end, limits } => n("PatRange")
            .val("limits", range_limits(*limits))
            .opt("start", start.as_deref().map(expr))
            .opt("end", end.as_deref().map(expr)),
        PatKind::Tuple(ps) => n("PatTuple").list("elems", ps.iter().map(pat).collect()),
        PatKind::Slice(ps) => n("PatSlice").list("elems", ps.iter().map(pat).collect()),
        PatKind::Struct {
            qself: q,
            path: pa,
            fields,
            rest,
        } => n("PatStruct")
            .opt("qself", qself(q))
            .path("path", pa)
            .list(
                "fields",
                fields
                    .iter()
                    .map(|f| {
                        TreeNode::new("PatField", f.span)
                            .val("ident", ident(&f.ident))
                            .flag("shorthand", f.shorthand)
                            .list("attrs", f.attrs.iter().map(attr).collect())
                            .node("pat", pat(&f.pat))
                    })
                    .collect(),
            )
            .flag("rest", *rest),
        PatKind::TupleStruct {
            qself: q,
            path: pa,
            pats,
        } => n("PatTupleStruct")
            .opt("qself", qself(q))
            .path("path", pa)
            .list("elems", pats.iter().map(pat).collect()),
        PatKind::Path(q, pa) => n("PatPath").opt("qself", qself(q)).path("path", pa),
        PatKind::Or(ps) => n("PatOr").list("alts", ps.iter().map(pat).collect()),
        PatKind::Ref {
            mutbl: m,
            pat: inner,
        } => n("PatRef").val("mutbl", mutbl(*m)).node("pat", pat(inner)),
        PatKind::Rest => n("PatRest"),
        PatKind::Paren(inner) => n("PatParen").node("pat", pat(inner)),
        PatKind::MacCall(m) => n("PatMacCall").node("mac", mac(m)),
        PatKind::Err => n("PatErr"),
    }
}

fn range_limits(l: RangeLimits) -> &'static str {
    match l {
        RangeLimits::HalfOpen => "..",
        RangeLimits::Closed => "..=",
    }
}

fn lit_kind_name(k: LitKind) -> &'static str {
    match k {
        LitKind::Bool => "bool",
        LitKind::Int => "int",
        LitKind::Float => "float",
        LitKind::Char => "char",
        LitKind::Byte => "byte",
        LitKind::Str => "str",
        LitKind::RawStr => "raw_str",
        LitKind::ByteStr => "byte_str",
        LitKind::RawByteStr => "raw_byte_str",
        LitKind::CStr => "c_str",
        LitKind::RawCStr => "raw_c_str",
        LitKind::Err => "err",
    }
}

fn expr(e: &Expr) -> TreeNode {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || expr_inner(e))
}

fn expr_inner(e: &Expr) -> TreeNode {
    let n = |k| TreeNode::new(k, e.span).list("attrs", e.attrs.iter().map(attr).collect());
    let label = |l: &Option<Lifetime>| l.as_ref().map(lifetime);
    match &e.kind {
        ExprKind::Lit(l) => n("Lit")
            .val("kind", lit_kind_name(l.kind))
            .val("text", quoted(&l.text)),
        ExprKind::Path(q, p) => n("Path").opt("qself", qself(q)).path("path", p),
        ExprKind::Unary(op, inner) => {
            let op = match op {
                UnOp::Deref => "*",
                UnOp::Not => "!",
                UnOp::Neg => "-",
            };
            n("Unary").val("op", quoted(op)).node("expr", expr(inner))
        }
        ExprKind::AddrOf {
            raw,
            mutbl: m,
            expr: inner,
        } => n("AddrOf")
            .flag("raw", *raw)
            .val("mutbl", mutbl(*m))
            .node("expr", expr(inner)),
        ExprKind::Binary(op, _, l, r) => n("Binary")
            .val("op", quoted(op.as_str()))
            .node("lhs", expr(l))
            .node("rhs", expr(r)),
        ExprKind::Assign(l, r) => n("Assign").node("lhs", expr(l)).node("rhs", expr(r)),
        ExprKind::AssignOp(op, _, l, r) => n("AssignOp")
            .val("op", quoted(&format!("{}=", op.as_str())))
            .node("lhs", expr(l))
            .node("rhs", expr(r)),
        ExprKind::Cast(inner, t) => n("Cast").node("expr", expr(inner)).node("ty", ty(t)),
        ExprKind::Range { start, end, limits } => n("Range")
            .val("limits", range_limits(*limits))
            .opt("start", start.as_deref().map(expr))
            .opt("end", end.as_deref().map(expr)),
        ExprKind::Call(f, args) => n("Call")
            .node("func", expr(f))
            .list("args", args.iter().map(expr).collect()),
        ExprKind::MethodCall {
            receiver,
            segment: s,
            args,
        } => n("MethodCall")
            .val("method", ident(&s.ident))
            .node("receiver", expr(receiver))
            .opt("generic_args", s.args.as_deref().map(generic_args))
            .list("args", args.iter().map(expr).collect()),
        ExprKind::Field(inner, f) => n("Field").val("field", ident(f)).node("expr", expr(inner)),
        ExprKind::TupleField(inner, i, _) => n("TupleField")
            .val("index", i.to_string())
            .node("expr", expr(inner)),
        ExprKind::Index(a, i) => n("Index").node("expr", expr(a)).node("index", expr(i)),
        ExprKind::Try(inner) => n("Try").node("expr", expr(inner)),
        ExprKind::Await(inner) => n("Await").node("expr", expr(inner)),
        ExprKind::Closure(c) => n("Closure")
            .flag("move", c.by_move)
            .flag("async", c.is_async)
            .list("for", c.for_params.iter().map(generic_param).collect())
            .list("params", c.params.iter().map(param).collect())
            .opt("output", c.output.as_ref().map(ty))
            .node("body", expr(&c.body)),
        ExprKind::Block {
            kind,
            label: l,
            block: b,
        } => {
            let (k, by_move) = match kind {
                BlockKind::Normal => ("Block", false),
                BlockKind::Unsafe => ("UnsafeBlock", false),
                BlockKind::Async { by_move } => ("AsyncBlock", *by_move),
                BlockKind::Const => ("ConstBlock", false),
            };
            let mut node = n(k).flag("move", by_move).opt("label", label(l));
            node.fields.extend(block_fields(b));
            node
        }
        ExprKind::If { cond, then, els } => n("If")
            .node("cond", expr(cond))
            .node("then", block(then))
            .opt("else", els.as_deref().map(expr)),
        ExprKind::Let {
            pat: p,
            expr: inner,
        } => n("Let").node("pat", pat(p)).node("expr", expr(inner)),
        ExprKind::Match { scrutinee, arms } => n("Match").node("scrutinee", expr(scrutinee)).list(
            "arms",
            arms.iter()
                .map(|a| {
                    TreeNode::new("Arm", a.span)
                        .list("attrs", a.attrs.iter().map(attr).collect())
                        .node("pat", pat(&a.pat))
                        .opt("guard", a.guard.as_ref().map(expr))
                        .node("body", expr(&a.body))
                })
                .collect(),
        ),
        ExprKind::Loop { label: l, body } => {
            n("Loop").opt("label", label(l)).node("body", block(body))
        }
        ExprKind::While {
            label: l,
            cond,
            body,
        } => n("While")
            .opt("label", label(l))
            .node("cond", expr(cond))
            .node("body", block(body)),
        ExprKind::For {
            label: l,
            pat: p,
            iter,
            body,
        } => n("For")
            .opt("label", label(l))
            .node("pat", pat(p))
            .node("iter", expr(iter))
            .node("body", block(body)),
        ExprKind::Break { label: l, value } => n("Break")
            .opt("label", label(l))
            .opt("value", value.as_deref().map(expr)),
        ExprKind::Continue { label: l } => n("Continue").opt("label", label(l)),
        ExprKind::Return(value) => n("Return").opt("value", value.as_deref().map(expr)),
        ExprKind::Struct(s) => {
            let rest = match &s.rest {
                StructRest::Base(b) => Some(TreeNode::new("Base", b.span).node("expr", expr(b))),
                StructRest::Rest(span) => Some(TreeNode::new("Rest", *span)),
                StructRest::None => None,
            };
            n("StructExpr")
                .opt("qself", qself(&s.qself))
                .path("path", &s.path)
                .list(
                    "fields",
                    s.fields
                        .iter()
                        .map(|f| {
                            TreeNode::new("ExprField", f.span)
                                .val("ident", ident(&f.ident))
                                .flag("shorthand", f.shorthand)
                                .list("attrs", f.attrs.iter().map(attr).collect())
                                .node("expr", expr(&f.expr))
                        })
                        .collect(),
                )
                .opt("rest", rest)
        }
        ExprKind::Tuple(items) => n("Tuple").list("elems", items.iter().map(expr).collect()),
        ExprKind::Paren(inner) => n("Paren").node("expr", expr(inner)),
        ExprKind::Array(items) => n("Array").list("elems", items.iter().map(expr).collect()),
        ExprKind::Repeat(v, c) => n("Repeat").node("value", expr(v)).node("count", expr(c)),
        ExprKind::MacCall(m) => n("MacCall")
            .path("path", &m.path)
            .node("args", delim(&m.args)),
        ExprKind::Underscore => n("Underscore"),
        ExprKind::Err => n("Err"),
    }
}

fn param(p: &Param) -> TreeNode {
    TreeNode::new("Param", p.span)
        .list("attrs", p.attrs.iter().map(attr).collect())
        .opt("pat", p.pat.as_ref().map(pat))
        .opt("ty", p.ty.as_ref().map(ty))
}

fn block_fields(b: &Block) -> Vec<(&'static str, TreeField)> {
    let mut fields = Vec::new();
    if !b.attrs.is_empty() {
        fields.push(("attrs", TreeField::List(b.attrs.iter().map(attr).collect())));
    }
    fields.push(("stmts", TreeField::List(b.stmts.iter().map(stmt).collect())));
    fields
}

fn block(b: &Block) -> TreeNode {
    let mut n = TreeNode::new("Block", b.span);
    n.fields = block_fields(b);
    n
}

fn stmt(s: &Stmt) -> TreeNode {
    match &s.kind {
        StmtKind::Let(l) => TreeNode::new("LetStmt", s.span)
            .list("attrs", l.attrs.iter().map(attr).collect())
            .node("pat", pat(&l.pat))
            .opt("ty", l.ty.as_ref().map(ty))
            .opt("init", l.init.as_ref().map(expr))
            .opt("else", l.els.as_ref().map(block)),
        StmtKind::Item(i) => item(i),
        StmtKind::Expr(e) => expr(e),
        StmtKind::Semi(e) => TreeNode::new("Semi", s.span).node("expr", expr(e)),
        StmtKind::Empty => TreeNode::new("Empty", s.span),
        StmtKind::MacCall {
            attrs,
            mac: m,
            semi,
        } => TreeNode::new("MacStmt", s.span)
            .flag("semi", *semi)
            .list("attrs", attrs.iter().map(attr).collect())
            .path("path", &m.path)
            .node("args", delim(&m.args)),
    }
}

fn fields(d: &VariantData) -> (&'static str, Vec<TreeNode>) {
    let list = |fs: &Vec<FieldDef>| {
        fs.iter()
            .map(|f| {
                let n = TreeNode::new("FieldDef", f.span)
                    .list("attrs", f.attrs.iter().map(attr).collect())
                    .opt("vis", vis(&f.vis));
                let n = match &f.ident {
                    Some(id) => n.val("ident", ident(id)),
                    None => n,
                };
                n.node("ty", ty(&f.ty))
            })
            .collect()
    };
    match d {
        VariantData::Struct(fs) => ("struct", list(fs)),
        VariantData::Tuple(fs) => ("tuple", list(fs)),
        VariantData::Unit => ("unit", Vec::new()),
    }
}

fn use_tree(u: &UseTree) -> TreeNode {
    let n = TreeNode::new("UseTree", u.span).path("prefix", &u.prefix);
    match &u.kind {
        UseTreeKind::Simple(rename) => match rename {
            Some(r) => n.val("rename", ident(r)),
            None => n,
        },
        UseTreeKind::Glob => n.val("glob", "true"),
        UseTreeKind::Nested(trees) => n.list("nested", trees.iter().map(use_tree).collect()),
    }
}

fn item(i: &Item) -> TreeNode {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || item_inner(i))
}

fn item_inner(i: &Item) -> TreeNode {
    let n = |k| {
        TreeNode::new(k, i.span)
            .list("attrs", i.attrs.iter().map(attr).collect())
            .opt("vis", vis(&i.vis))
    };
    match &i.kind {
        ItemKind::ExternCrate { name, rename } => {
            let node = n("ExternCrate").val("name", ident(name));
            match rename {
                Some(r) => node.val("rename", ident(r)),
                None => node,
            }
        }
        ItemKind::Use(u) => n("Use").node("tree", use_tree(u)),
        ItemKind::Static {
            ident: id,
            mutbl: m,
            ty: t,
            expr: e,
        } => n("Static")
            .val("ident", ident(id))
            .val("mutbl", mutbl(*m))
            .node("ty", ty(t))
            .opt("expr", e.as_ref().map(expr)),
        ItemKind::Const {
            ident: id,
            generics: g,
            ty: t,
            expr: e,
        } => n("Const")
            .val("ident", ident(id))
            .opt("generics", generics(g))
            .node("ty", ty(t))
            .opt("expr", e.as_ref().map(expr)),
        ItemKind::Fn(f) => {
            let h = &f.sig.header;
            let self_param = f.sig.self_param.as_ref().map(|s| {
                let node = TreeNode::new("SelfParam", s.span);
                match &s.kind {
                    SelfKind::Value(m) => node.val("kind", "value").val("mutbl", mutbl(*m)),
                    SelfKind::Ref(l, m) => node
                        .val("kind", "ref")
                        .val("mutbl", mutbl(*m))
                        .opt("lifetime", l.as_ref().map(lifetime)),
                    SelfKind::Explicit(m, t) => node
                        .val("kind", "explicit")
                        .val("mutbl", mutbl(*m))
                        .node("ty", ty(t)),
                }
            });
            n("Fn")
                .val("ident", ident(&f.ident))
                .flag("const", h.constness)
                .flag("async", h.asyncness)
                .flag("unsafe", h.unsafety)
                .flag("safe", h.safety_safe)
                .opt(
                    "abi",
                    h.abi
                        .as_ref()
                        .map(|a| TreeNode::new("Abi", f.sig.span).val("abi", quoted(a))),
                )
                .opt("generics", generics(&f.generics))
                .opt("self_param", self_param)
                .list("params", f.sig.params.iter().map(param).collect())
                .flag("variadic", f.sig.variadic)
                .opt("output", f.sig.output.as_ref().map(ty))
                .opt("body", f.body.as_ref().map(block))
        }
        ItemKind::Mod {
            unsafety,
            ident: id,
            items,
        } => {
            let node = n("Mod").val("ident", ident(id)).flag("unsafe", *unsafety);
            match items {
                Some(items) => node.list("items", items.iter().map(item).collect()),
                None => node.val("external", "true"),
            }
        }
        ItemKind::ForeignMod {
            unsafety,
            abi,
            items,
        } => n("ForeignMod")
            .flag("unsafe", *unsafety)
            .opt(
                "abi",
                abi.as_ref()
                    .map(|a| TreeNode::new("Abi", i.span).val("abi", quoted(a))),
            )
            .list("items", items.iter().map(item).collect()),
        ItemKind::TyAlias {
            ident: id,
            generics: g,
            bounds,
            ty: t,
        } => n("TyAlias")
            .val("ident", ident(id))
            .opt("generics", generics(g))
            .list("bounds", bounds.iter().map(bound).collect())
            .opt("ty", t.as_ref().map(ty)),
        ItemKind::Enum {
            ident: id,
            generics: g,
            variants,
        } => n("Enum")
            .val("ident", ident(id))
            .opt("generics", generics(g))
            .list(
                "variants",
                variants
                    .iter()
                    .map(|v| {
                        let (shape, fs) = fields(&v.data);
                        TreeNode::new("Variant", v.span)
                            .val("ident", ident(&v.ident))
                            .val("shape", shape)
                            .list("attrs", v.attrs.iter().map(attr).collect())
                            .list("fields", fs)
                            .opt("discriminant", v.discriminant.as_ref().map(expr))
                    })
                    .collect(),
            ),
        ItemKind::Struct {
            ident: id,
            generics: g,
            data,
        }
        | ItemKind::Union {
            ident: id,
            generics: g,
            data,
        } => {
            let k = if matches!(i.kind, ItemKind::Struct { .. }) {
                "Struct"
            } else {
                "Union"
            };
            let (shape, fs) = fields(data);
            n(k).val("ident", ident(id))
                .val("shape", shape)
                .opt("generics", generics(g))
                .list("fields", fs)
        }
        ItemKind::Trait {
            unsafety,
            is_auto,
            ident: id,
            generics: g,
            bounds,
            items,
        } => n("Trait")
            .val("ident", ident(id))
            .flag("unsafe", *unsafety)
            .flag("auto", *is_auto)
            .opt("generics", generics(g))
            .list("bounds", bounds.iter().map(bound).collect())
            .list("items", items.iter().map(item).collect()),
        ItemKind::TraitAlias {
            ident: id,
            generics: g,
            bounds,
        } => n("TraitAlias")
            .val("ident", ident(id))
            .opt("generics", generics(g))
            .list("bounds", bounds.iter().map(bound).collect()),
        ItemKind::Impl(imp) => n("Impl")
            .flag("unsafe", imp.unsafety)
            .flag("negative", imp.negative)
            .opt("generics", generics(&imp.generics))
            .opt("trait", imp.of_trait.as_ref().map(path))
            .node("self_ty", ty(&imp.self_ty))
            .list("items", imp.items.iter().map(item).collect()),
        ItemKind::MacCall(m) => n("MacItem")
            .path("path", &m.path)
            .node("args", delim(&m.args)),
        ItemKind::MacroRules { ident: id, body } => n("MacroRules")
            .val("ident", ident(id))
            .node("body", delim(body)),
        ItemKind::MacroDef { ident: id, body } => n("MacroDef")
            .val("ident", ident(id))
            .list("body", body.iter().map(delim).collect()),
    }
}
