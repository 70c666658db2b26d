//! `verify`: the HIR's invariants, checked in tests after lowering.
//!
//! Every id points into its vector; every span lies inside the source; every local used by a
//! path is bound by a pattern (or is `self`) before the use, in the same body.

use std::collections::HashSet;

use crate::hir::*;

/// Checks the invariants of `hir`; returns the violations found (empty when it is sound).
pub fn verify(hir: &Hir) -> Vec<String> {
    let mut errors = Vec::new();
    let n_items = hir.items.len();
    let n_exprs = hir.exprs.len();
    let n_pats = hir.pats.len();
    let n_locals = hir.locals.len();
    let len = hir.source_len;
    let span_ok = |s: source::Span| s.start <= s.end && s.end <= len;
    for (i, item) in hir.items.iter().enumerate() {
        if !span_ok(item.span) {
            errors.push(format!(
                "item {i} has span {:?} outside the source",
                item.span
            ));
        }
        let children: Vec<ItemId> = match &item.kind {
            ItemKind::Mod { items }
            | ItemKind::Impl { items, .. }
            | ItemKind::Trait { items, .. } => items.clone(),
            _ => Vec::new(),
        };
        for c in children {
            if c.index() >= n_items {
                errors.push(format!("item {i} has child {} out of range", c.0));
            }
        }
    }
    for &r in &hir.root {
        if r.index() >= n_items {
            errors.push(format!("root item {} out of range", r.0));
        }
    }
    for (i, e) in hir.exprs.iter().enumerate() {
        if !span_ok(e.span) {
            errors.push(format!("expr {i} has span {:?} outside the source", e.span));
        }
        for c in expr_children(e) {
            if c.index() >= n_exprs {
                errors.push(format!("expr {i} has child {} out of range", c.0));
            }
        }
    }
    for (i, p) in hir.pats.iter().enumerate() {
        if !span_ok(p.span) {
            errors.push(format!("pat {i} has span {:?} outside the source", p.span));
        }
        if let PatKind::Binding { local, .. } = &p.kind {
            if local.index() >= n_locals {
                errors.push(format!("pat {i} binds local {} out of range", local.0));
            }
        }
    }
    for (i, l) in hir.locals.iter().enumerate() {
        if let Some(p) = l.pat {
            if p.index() >= n_pats {
                errors.push(format!("local {i} has pattern {} out of range", p.0));
            }
        }
    }
    // Locals are bound before they are used: walk each body in evaluation order.
    for (b, body) in hir.bodies.iter().enumerate() {
        if body.value.index() >= n_exprs {
            errors.push(format!("body {b} has value {} out of range", body.value.0));
            continue;
        }
        let mut bound: HashSet<LocalId> = HashSet::new();
        bound.extend(body.self_local);
        for &p in &body.params {
            bind_pat(hir, p, &mut bound);
        }
        check_expr(hir, body.value, &mut bound, &mut errors, 0);
    }
    errors
}

fn bind_pat(hir: &Hir, p: PatId, bound: &mut HashSet<LocalId>) {
    if p.index() >= hir.pats.len() {
        return;
    }
    match &hir.pat(p).kind {
        PatKind::Binding { local, sub, .. } => {
            bound.insert(*local);
            if let Some(s) = sub {
                bind_pat(hir, *s, bound);
            }
        }
        PatKind::Tuple(ps, _) | PatKind::Slice(ps) | PatKind::Or(ps) => {
            for &q in ps {
                bind_pat(hir, q, bound);
            }
        }
        PatKind::TupleStruct { pats, .. } => {
            for &q in pats {
                bind_pat(hir, q, bound);
            }
        }
        PatKind::Struct { fields, .. } => {
            for (_, q) in fields {
                bind_pat(hir, *q, bound);
            }
        }
        PatKind::Ref(_, q) => bind_pat(hir, *q, bound),
        _ => {}
    }
}

fn check_block(
    hir: &Hir,
    b: &Block,
    bound: &mut HashSet<LocalId>,
    errors: &mut Vec<String>,
    depth: u32,
) {
    for st in &b.stmts {
        match &st.kind {
            StmtKind::Let { pat, init, els, .. } => {
                if let Some(i) = init {
                    check_expr(hir, *i, bound, errors, depth + 1);
                }
                if let Some(e) = els {
                    check_block(hir, e, bound, errors, depth + 1);
                }
                bind_pat(hir, *pat, bound);
            }
            StmtKind::Expr(e) | StmtKind::Semi(e) => check_expr(hir, *e, bound, errors, depth + 1),
            StmtKind::Item(_) => {}
        }
    }
    if let Some(t) = b.tail {
        check_expr(hir, t, bound, errors, depth + 1);
    }
}

fn check_expr(
    hir: &Hir,
    e: ExprId,
    bound: &mut HashSet<LocalId>,
    errors: &mut Vec<String>,
    depth: u32,
) {
    if e.index() >= hir.exprs.len() || depth > 2000 {
        return;
    }
    let ex = hir.expr(e);
    match &ex.kind {
        ExprKind::Path(p) => {
            if let Res::Local(l) = p.res {
                if !bound.contains(&l) {
                    errors.push(format!(
                        "expr {} uses local {} (`{}`) before it is bound",
                        e.0,
                        l.0,
                        hir.local(l).name
                    ));
                }
            }
        }
        ExprKind::Block(b, _) | ExprKind::Loop(b, _, _) => {
            check_block(hir, b, bound, errors, depth)
        }
        ExprKind::Let(p, x) => {
            check_expr(hir, *x, bound, errors, depth + 1);
            bind_pat(hir, *p, bound);
        }
        ExprKind::If(c, t, els) => {
            check_expr(hir, *c, bound, errors, depth + 1);
            check_expr(hir, *t, bound, errors, depth + 1);
            if let Some(x) = els {
                check_expr(hir, *x, bound, errors, depth + 1);
            }
        }
        ExprKind::Match(s, arms, _) => {
            check_expr(hir, *s, bound, errors, depth + 1);
            for a in arms {
                bind_pat(hir, a.pat, bound);
                if let Some(g) = a.guard {
                    check_expr(hir, g, bound, errors, depth + 1);
                }
                check_expr(hir, a.body, bound, errors, depth + 1);
            }
        }
        ExprKind::Closure(c) => {
            for (p, _) in &c.params {
                bind_pat(hir, *p, bound);
            }
            check_expr(hir, c.body, bound, errors, depth + 1);
        }
        _ => {
            for c in expr_children(ex) {
                check_expr(hir, c, bound, errors, depth + 1);
            }
        }
    }
}

/// The direct sub-expressions of an expression (blocks' statements included).
pub fn expr_children(e: &Expr) -> Vec<ExprId> {
    let mut out = Vec::new();
    let block = |b: &Block, out: &mut Vec<ExprId>| {
        for st in &b.stmts {
            match &st.kind {
                StmtKind::Let { init, .. } => out.extend(*init),
                StmtKind::Expr(x) | StmtKind::Semi(x) => out.push(*x),
                StmtKind::Item(_) => {}
            }
        }
        out.extend(b.tail);
    };
    match &e.kind {
        ExprKind::Lit(_) | ExprKind::Path(_) | ExprKind::Continue(_) | ExprKind::Err => {}
        ExprKind::Unary(_, x)
        | ExprKind::AddrOf(_, x)
        | ExprKind::Cast(x, _)
        | ExprKind::Field(x, _) => out.push(*x),
        ExprKind::Binary(_, a, b)
        | ExprKind::Assign(a, b)
        | ExprKind::AssignOp(_, a, b)
        | ExprKind::Index(a, b)
        | ExprKind::Repeat(a, b) => {
            out.push(*a);
            out.push(*b);
        }
        ExprKind::Call(f, args) => {
            out.push(*f);
            out.extend(args);
        }
        ExprKind::MethodCall { receiver, args, .. } => {
            out.push(*receiver);
            out.extend(args);
        }
        ExprKind::Closure(c) => out.push(c.body),
        ExprKind::Block(b, _) | ExprKind::Loop(b, _, _) => block(b, &mut out),
        ExprKind::If(c, t, els) => {
            out.push(*c);
            out.push(*t);
            out.extend(*els);
        }
        ExprKind::Let(_, x) => out.push(*x),
        ExprKind::Match(s, arms, _) => {
            out.push(*s);
            for a in arms {
                out.extend(a.guard);
                out.push(a.body);
            }
        }
        ExprKind::Break(_, v) | ExprKind::Ret(v) => out.extend(*v),
        ExprKind::Struct { fields, base, .. } => {
            out.extend(fields.iter().map(|f| f.1));
            out.extend(*base);
        }
        ExprKind::Tuple(es) | ExprKind::Array(es) => out.extend(es),
        ExprKind::FormatArgs(fa) => out.extend(&fa.args),
    }
    out
}
