//! The AST optimizer of CPython 3.11 (`Python/ast_opt.c`): constant folding before symbol
//! analysis and code generation.
//!
//! CPython rewrites the tree in place. We leave the parser's tree untouched and record, for
//! each expression node the optimizer would rewrite, what it becomes: a constant, a list
//! literal that is compiled as a tuple, or a `not (a in b)` that becomes `a not in b`. The
//! symbol table and the code generator look a node up here before visiting it.

use std::collections::{HashMap, HashSet};

use python_syntax::ast::{self, CmpOp, Expr, ExprKind, Stmt, StmtKind};

use crate::value::{self, BinOp, Constant, UnOp};

/// What the optimizer turned an expression into.
#[derive(Clone, Debug)]
pub enum Fold {
    /// The expression is this constant.
    Const(Constant),
    /// A list display used as an iterable or `in` operand, built as a tuple instead.
    ListAsTuple,
    /// `not (a OP b)` with `OP` one of is/is not/in/not in: it is the comparison with the
    /// opposite operator, at the comparison's position.
    NegatedCompare(CmpOp),
    /// `'...%s...' % (a, b)` with simple `%s`/`%r`/`%a` units: an f-string instead.
    Format(Vec<FormatPart>),
}

/// A part of a `%`-format turned into an f-string.
#[derive(Clone, Debug)]
pub enum FormatPart {
    /// Literal text (a constant without a position).
    Literal(String),
    /// The `index`-th item of the tuple, formatted with `conversion` (`s`, `r` or `a`) and an
    /// optional format spec such as `>10.2`.
    Value {
        index: usize,
        conversion: char,
        spec: Option<String>,
    },
}

/// Splits a format string as CPython 3.11's `optimize_format` does, or `None` when it has a
/// unit other than a simple `%s`, `%r` or `%a`, or when the counts do not match.
fn optimize_format(fmt: &str, nitems: usize) -> Option<Vec<FormatPart>> {
    const MAXDIGITS: u32 = 3;
    let chars: Vec<char> = fmt.chars().collect();
    let len = chars.len();
    let mut pos = 0;
    let mut parts = Vec::new();
    let mut count = 0;
    loop {
        // A literal run, with %% standing for %.
        let start = pos;
        let mut lit = String::new();
        while pos < len {
            if chars[pos] != '%' {
                lit.push(chars[pos]);
                pos += 1;
            } else if pos + 1 < len && chars[pos + 1] == '%' {
                lit.push('%');
                pos += 2;
            } else {
                break;
            }
        }
        if pos != start {
            parts.push(FormatPart::Literal(lit));
        }
        if pos >= len {
            break;
        }
        if count >= nitems {
            return None;
        }
        pos += 1;
        // One conversion unit: flags, width, precision, conversion character.
        let next = |pos: &mut usize| -> Option<char> {
            let c = *chars.get(*pos)?;
            *pos += 1;
            Some(c)
        };
        let mut ljust = false;
        let mut ch;
        loop {
            ch = next(&mut pos)?;
            match ch {
                '-' => ljust = true,
                '+' | ' ' | '#' | '0' => {}
                _ => break,
            }
        }
        let mut width: i32 = -1;
        let mut prec: i32 = -1;
        if ch.is_ascii_digit() {
            width = 0;
            let mut digits = 0;
            while ch.is_ascii_digit() {
                width = width * 10 + (ch as i32 - '0' as i32);
                ch = next(&mut pos)?;
                digits += 1;
                if digits >= MAXDIGITS {
                    return None;
                }
            }
        }
        if ch == '.' {
            ch = next(&mut pos)?;
            prec = 0;
            let mut digits = 0;
            while ch.is_ascii_digit() {
                prec = prec * 10 + (ch as i32 - '0' as i32);
                ch = next(&mut pos)?;
                digits += 1;
                if digits >= MAXDIGITS {
                    return None;
                }
            }
        }
        if !matches!(ch, 's' | 'r' | 'a') {
            return None;
        }
        let mut spec = String::new();
        if !ljust && width > 0 {
            spec.push('>');
        }
        if width >= 0 {
            spec.push_str(&width.to_string());
        }
        if prec >= 0 {
            spec.push('.');
            spec.push_str(&prec.to_string());
        }
        parts.push(FormatPart::Value {
            index: count,
            conversion: ch,
            spec: if spec.is_empty() { None } else { Some(spec) },
        });
        count += 1;
    }
    if count < nitems {
        return None;
    }
    Some(parts)
}

/// The optimizer's results for one module.
#[derive(Default, Debug)]
pub struct Folded {
    map: HashMap<usize, Fold>,
    /// Statements whose value became a string constant by folding: CPython wraps them in a
    /// one-part f-string so that they do not become docstrings.
    pub wrapped_docstrings: HashSet<usize>,
    /// Whether `from __future__ import annotations` is on (annotations are then not folded).
    future_annotations: bool,
    /// Every identifier of the module: the parser interns them before compilation, which
    /// decides whether string constants with the same text are replaced when interned.
    pub identifiers: HashSet<String>,
}

/// A key identifying an expression node by its address in the tree.
pub fn key(e: &Expr) -> usize {
    e as *const Expr as usize
}

impl Folded {
    /// What the optimizer made of `e`, if anything.
    pub fn get(&self, e: &Expr) -> Option<&Fold> {
        if self.map.is_empty() {
            return None;
        }
        self.map.get(&key(e))
    }

    /// The constant `e` is, after folding (including plain constants).
    pub fn constant(&self, e: &Expr) -> Option<Constant> {
        if let Some(Fold::Const(c)) = self.get(e) {
            return Some(c.clone());
        }
        if let ExprKind::Constant { value, .. } = &e.kind {
            return Some(ast_constant(value));
        }
        None
    }

    /// True when `e` is a constant after folding.
    pub fn is_constant(&self, e: &Expr) -> bool {
        matches!(e.kind, ExprKind::Constant { .. }) || matches!(self.get(e), Some(Fold::Const(_)))
    }
}

/// Converts a constant of the tree into a code object constant.
pub fn ast_constant(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Int(i) => Constant::int(*i),
        ast::Constant::BigInt(b) => Constant::Int((**b).clone()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex(i) => Constant::Complex(0.0, *i),
        ast::Constant::Str(s) => Constant::str(s),
        ast::Constant::StrCodePoints(cps) => Constant::StrCodePoints(cps.to_vec().into()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.to_vec().into()),
        ast::Constant::Ellipsis => Constant::Ellipsis,
    }
}

/// Runs the optimizer over a module.
pub fn fold_module(module: &ast::Module, future_annotations: bool) -> Folded {
    let mut f = Folded {
        future_annotations,
        ..Folded::default()
    };
    f.body(&module.body);
    f
}

/// Returns the docstring constant of a body as CPython's `_PyAST_GetDocString` sees it.
pub fn docstring(body: &[Stmt]) -> Option<&Expr> {
    let first = body.first()?;
    if let StmtKind::Expr { value } = &first.kind {
        if let ExprKind::Constant {
            value: ast::Constant::Str(_) | ast::Constant::StrCodePoints(_),
            ..
        } = &value.kind
        {
            return Some(value);
        }
    }
    None
}

impl Folded {
    fn set(&mut self, e: &Expr, fold: Fold) {
        self.map.insert(key(e), fold);
    }

    fn body(&mut self, body: &[Stmt]) {
        let had_docstring = docstring(body).is_some();
        for s in body {
            self.stmt(s);
        }
        if !had_docstring {
            if let Some(first) = body.first() {
                if let StmtKind::Expr { value } = &first.kind {
                    if matches!(
                        self.get(value),
                        Some(Fold::Const(Constant::Str(_) | Constant::StrCodePoints(_)))
                    ) {
                        self.wrapped_docstrings.insert(key(value));
                    }
                }
            }
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn opt(&mut self, e: &Option<Box<Expr>>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn arguments(&mut self, args: &ast::Arguments) {
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d);
        }
        for d in &args.defaults {
            self.expr(d);
        }
        if !self.future_annotations {
            let all = args
                .posonlyargs
                .iter()
                .chain(&args.args)
                .chain(args.vararg.as_deref())
                .chain(&args.kwonlyargs)
                .chain(args.kwarg.as_deref());
            for a in all {
                if let Some(ann) = &a.annotation {
                    self.expr(ann);
                }
            }
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.stmt_inner(s));
    }

    fn ident(&mut self, name: &str) {
        if !self.identifiers.contains(name) {
            self.identifiers.insert(name.to_string());
        }
    }

    fn stmt_inner(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                self.ident(&f.name);
                let a = &f.args;
                for arg in a
                    .posonlyargs
                    .iter()
                    .chain(&a.args)
                    .chain(&a.kwonlyargs)
                    .chain(a.vararg.as_deref())
                    .chain(a.kwarg.as_deref())
                {
                    self.ident(&arg.arg);
                }
            }
            StmtKind::ClassDef { name, .. } => self.ident(name),
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    for part in a.name.split('.') {
                        self.ident(part);
                    }
                    if let Some(n) = &a.asname {
                        self.ident(n);
                    }
                }
                if let StmtKind::ImportFrom {
                    module: Some(m), ..
                } = &s.kind
                {
                    for part in m.split('.') {
                        self.ident(part);
                    }
                }
            }
            StmtKind::Global { names } | StmtKind::Nonlocal { names } => {
                for n in names {
                    self.ident(n);
                }
            }
            _ => {}
        }
        match &s.kind {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                self.arguments(&f.args);
                self.body(&f.body);
                for d in &f.decorator_list {
                    self.expr(d);
                }
                if !self.future_annotations {
                    self.opt(&f.returns);
                }
            }
            StmtKind::ClassDef {
                bases,
                keywords,
                body,
                decorator_list,
                ..
            } => {
                for b in bases {
                    self.expr(b);
                }
                for k in keywords {
                    self.expr(&k.value);
                }
                self.body(body);
                for d in decorator_list {
                    self.expr(d);
                }
            }
            StmtKind::Return { value } => self.opt(value),
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.expr(t);
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.expr(t);
                }
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(target);
                if !self.future_annotations {
                    self.expr(annotation);
                }
                self.opt(value);
            }
            StmtKind::For(f) => {
                self.expr(&f.target);
                self.expr(&f.iter);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
                self.fold_iter(&f.iter);
            }
            StmtKind::AsyncFor(f) => {
                self.expr(&f.target);
                self.expr(&f.iter);
                self.stmts(&f.body);
                self.stmts(&f.orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr);
                    self.opt(&item.optional_vars);
                }
                self.stmts(&w.body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for case in cases {
                    self.pattern(&case.pattern);
                    self.opt(&case.guard);
                    self.stmts(&case.body);
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc);
                self.opt(cause);
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    self.opt(&h.type_);
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                self.opt(msg);
            }
            StmtKind::Expr { value } => {
                self.expr(value);
            }
            StmtKind::Import { .. }
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global { .. }
            | StmtKind::Nonlocal { .. }
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue => {}
        }
    }

    fn pattern(&mut self, p: &ast::Pattern) {
        use ast::PatternKind::*;
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || match &p.kind {
            MatchValue { value } => {
                self.expr(value);
            }
            MatchSingleton { .. } | MatchStar { .. } => {}
            MatchSequence { patterns } | MatchOr { patterns } => {
                for q in patterns {
                    self.pattern(q);
                }
            }
            MatchMapping { keys, patterns, .. } => {
                for k in keys {
                    self.expr(k);
                }
                for q in patterns {
                    self.pattern(q);
                }
            }
            MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls);
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q);
                }
            }
            MatchAs { pattern, .. } => {
                if let Some(q) = pattern {
                    self.pattern(q);
                }
            }
        })
    }

    /// Folds an expression and its children; returns its constant value when it has one.
    fn expr(&mut self, e: &Expr) -> Option<Constant> {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(e))
    }

    fn expr_inner(&mut self, e: &Expr) -> Option<Constant> {
        match &e.kind {
            ExprKind::Constant { value, .. } => Some(ast_constant(value)),
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v);
                }
                None
            }
            ExprKind::BinOp { left, op, right } => {
                let l = self.expr(left);
                let r = self.expr(right);
                if let (ast::Operator::Mod, Some(Constant::Str(fmt)), None) = (op, &l, &r) {
                    if let ExprKind::Tuple { elts, .. } = &right.kind {
                        if !elts
                            .iter()
                            .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
                        {
                            if let Some(parts) = optimize_format(fmt, elts.len()) {
                                self.set(e, Fold::Format(parts));
                            }
                            return None;
                        }
                    }
                }
                let (l, r) = (l?, r?);
                let op = match op {
                    ast::Operator::Add => BinOp::Add,
                    ast::Operator::Sub => BinOp::Sub,
                    ast::Operator::Mult => BinOp::Mul,
                    ast::Operator::Div => BinOp::TrueDiv,
                    ast::Operator::FloorDiv => BinOp::FloorDiv,
                    ast::Operator::Mod => BinOp::Mod,
                    ast::Operator::Pow => BinOp::Pow,
                    ast::Operator::LShift => BinOp::LShift,
                    ast::Operator::RShift => BinOp::RShift,
                    ast::Operator::BitOr => BinOp::Or,
                    ast::Operator::BitXor => BinOp::Xor,
                    ast::Operator::BitAnd => BinOp::And,
                    ast::Operator::MatMult => return None,
                };
                let v = value::binary_op(op, &l, &r)?;
                self.set(e, Fold::Const(v.clone()));
                Some(v)
            }
            ExprKind::UnaryOp { op, operand } => {
                let Some(v) = self.expr(operand) else {
                    if *op == ast::UnaryOp::Not {
                        // The operand is a one-operator comparison, either written so or
                        // the result of folding an inner `not`.
                        let current = match (&operand.kind, self.get(operand)) {
                            (_, Some(Fold::NegatedCompare(op))) => Some(*op),
                            (ExprKind::Compare { ops, .. }, None) if ops.len() == 1 => Some(ops[0]),
                            _ => None,
                        };
                        let negated = match current {
                            Some(CmpOp::Is) => Some(CmpOp::IsNot),
                            Some(CmpOp::IsNot) => Some(CmpOp::Is),
                            Some(CmpOp::In) => Some(CmpOp::NotIn),
                            Some(CmpOp::NotIn) => Some(CmpOp::In),
                            _ => None,
                        };
                        if let Some(n) = negated {
                            self.set(e, Fold::NegatedCompare(n));
                        }
                    }
                    return None;
                };
                let op = match op {
                    ast::UnaryOp::Invert => UnOp::Invert,
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::USub => UnOp::Neg,
                };
                let v = value::unary_op(op, &v)?;
                self.set(e, Fold::Const(v.clone()));
                Some(v)
            }
            ExprKind::Lambda { args, body } => {
                for d in args.kw_defaults.iter().flatten() {
                    self.expr(d);
                }
                for d in &args.defaults {
                    self.expr(d);
                }
                self.expr(body);
                None
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
                None
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k);
                }
                for v in values {
                    self.expr(v);
                }
                None
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } => {
                for x in elts {
                    self.expr(x);
                }
                None
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.expr(elt);
                self.comprehensions(generators);
                None
            }
            ExprKind::DictComp {
                key: k,
                value,
                generators,
            } => {
                self.expr(k);
                self.expr(value);
                self.comprehensions(generators);
                None
            }
            ExprKind::Await { value } | ExprKind::YieldFrom { value } => {
                self.expr(value);
                None
            }
            ExprKind::Yield { value } => {
                self.opt(value);
                None
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(left);
                for c in comparators {
                    self.expr(c);
                }
                if let (Some(op), Some(last)) = (ops.last(), comparators.last()) {
                    if matches!(op, CmpOp::In | CmpOp::NotIn) {
                        self.fold_iter(last);
                    }
                }
                None
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                for k in keywords {
                    if let Some(n) = &k.arg {
                        self.ident(n);
                    }
                }
                self.expr(func);
                for a in args {
                    self.expr(a);
                }
                for k in keywords {
                    self.expr(&k.value);
                }
                None
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value);
                self.opt(format_spec);
                None
            }
            ExprKind::JoinedStr { values } => {
                for v in values {
                    self.expr(v);
                }
                None
            }
            ExprKind::Attribute { value, attr, .. } => {
                self.ident(attr);
                self.expr(value);
                None
            }
            ExprKind::Subscript { value, slice, ctx } => {
                let v = self.expr(value);
                let s = self.expr(slice);
                if *ctx != ast::ExprContext::Load {
                    return None;
                }
                let r = value::subscript(&v?, &s?)?;
                self.set(e, Fold::Const(r.clone()));
                Some(r)
            }
            ExprKind::Starred { value, .. } => {
                self.expr(value);
                None
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt(lower);
                self.opt(upper);
                self.opt(step);
                None
            }
            ExprKind::Tuple { elts, ctx } => {
                let mut all = Vec::with_capacity(elts.len());
                let mut constant = true;
                for x in elts {
                    match self.expr(x) {
                        Some(c) if constant => all.push(c),
                        _ => constant = false,
                    }
                }
                if *ctx != ast::ExprContext::Load || !constant {
                    return None;
                }
                let v = Constant::Tuple(all.into());
                self.set(e, Fold::Const(v.clone()));
                Some(v)
            }
            ExprKind::Name { id, ctx } => {
                self.ident(id);
                if *ctx == ast::ExprContext::Load && id == "__debug__" {
                    let v = Constant::Bool(true);
                    self.set(e, Fold::Const(v.clone()));
                    return Some(v);
                }
                None
            }
            ExprKind::NamedExpr { value, .. } => {
                self.expr(value);
                None
            }
        }
    }

    fn comprehensions(&mut self, generators: &[ast::Comprehension]) {
        for g in generators {
            self.expr(&g.target);
            self.expr(&g.iter);
            for i in &g.ifs {
                self.expr(i);
            }
            self.fold_iter(&g.iter);
        }
    }

    /// CPython's `fold_iter`: a list display becomes a tuple (a constant one when it can), a
    /// set display of constants becomes a frozenset.
    fn fold_iter(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::List { elts, .. } => {
                if elts
                    .iter()
                    .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
                {
                    return;
                }
                match self.const_items(elts) {
                    Some(items) => self.set(e, Fold::Const(Constant::Tuple(items.into()))),
                    None => self.set(e, Fold::ListAsTuple),
                }
            }
            ExprKind::Set { elts } => {
                if let Some(items) = self.const_items(elts) {
                    self.set(e, Fold::Const(value::make_frozenset(&items)));
                }
            }
            _ => {}
        }
    }

    fn const_items(&self, elts: &[Expr]) -> Option<Vec<Constant>> {
        elts.iter().map(|x| self.constant(x)).collect()
    }
}

/// Whether a name is one of the builtins, which the interpreter has interned at start-up.
pub fn is_builtin_name(name: &str) -> bool {
    const BUILTINS: &[&str] = &[
        "abs",
        "all",
        "any",
        "ascii",
        "bin",
        "bool",
        "breakpoint",
        "bytearray",
        "bytes",
        "callable",
        "chr",
        "classmethod",
        "compile",
        "complex",
        "delattr",
        "dict",
        "dir",
        "divmod",
        "enumerate",
        "eval",
        "exec",
        "filter",
        "float",
        "format",
        "frozenset",
        "getattr",
        "globals",
        "hasattr",
        "hash",
        "help",
        "hex",
        "id",
        "input",
        "int",
        "isinstance",
        "issubclass",
        "iter",
        "len",
        "list",
        "locals",
        "map",
        "max",
        "memoryview",
        "min",
        "next",
        "object",
        "oct",
        "open",
        "ord",
        "pow",
        "print",
        "property",
        "range",
        "repr",
        "reversed",
        "round",
        "set",
        "setattr",
        "slice",
        "sorted",
        "staticmethod",
        "str",
        "sum",
        "super",
        "tuple",
        "type",
        "vars",
        "zip",
        "None",
        "True",
        "False",
        "Ellipsis",
        "NotImplemented",
        "self",
        "cls",
        "name",
        "path",
        "link",
        "join",
        "append",
        "get",
        "items",
        "keys",
        "values",
        "encoding",
        "errors",
        "mode",
    ];
    BUILTINS.contains(&name)
}
