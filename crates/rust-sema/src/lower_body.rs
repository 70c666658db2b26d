//! Lowering of bodies: blocks, statements, expressions, patterns and paths, with the
//! desugarings of rustc 1.95 (`for`, `while`, `while let`, `?`, ranges) and name resolution.
//!
//! The macro expansions live in `expand`; this module calls into it for macro calls.

use rust_syntax::ast;
use source::{Diagnostic, Span};

use crate::hir::*;
use crate::lower::{mutbl, path_text, std_variant, unsupported, Lowerer};
use crate::scope::{similar, Ns, Scope, Shape};
use crate::std_paths;

/// After this many diagnostics, unresolved names get no "similar name" suggestion.
const MAX_SUGGESTING_ERRORS: usize = 50;

/// The position a path is resolved in, which decides the namespace and the error rustc gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PathKind {
    /// A value: `x`, `f`, `Point::new`.
    Expr,
    /// The callee of a call: `f(..)`.
    Call,
    /// A type.
    Type,
    /// A trait in a bound or an `impl … for`.
    Trait,
    /// The path of a struct literal or struct pattern.
    Struct,
    /// The path of a tuple-struct pattern.
    TupleStruct,
    /// A path pattern (`Color::Red`).
    PatPath,
}

impl PathKind {
    fn ns(self) -> Ns {
        match self {
            PathKind::Type | PathKind::Trait | PathKind::Struct => Ns::Type,
            _ => Ns::Value,
        }
    }
}

/// Builds a HIR path from names, resolving to `res`.
pub(crate) fn synth_path(names: &[&str], global: bool, res: Res, span: Span) -> Path {
    Path {
        global,
        qself: None,
        segments: names
            .iter()
            .map(|n| PathSegment {
                name: n.to_string(),
                args: Vec::new(),
                span,
            })
            .collect(),
        res,
        span,
    }
}

impl Lowerer<'_> {
    // ----- paths -----

    /// Lowers and resolves a path written in position `kind`.
    pub(crate) fn lower_path_kind(
        &mut self,
        qself: Option<&ast::QSelf>,
        p: &ast::Path,
        kind: PathKind,
    ) -> Path {
        let segments: Vec<PathSegment> = p
            .segments
            .iter()
            .map(|s| PathSegment {
                name: s.ident.name.clone(),
                args: s
                    .args
                    .as_ref()
                    .map(|a| self.lower_generic_args(a))
                    .unwrap_or_default(),
                span: s.span,
            })
            .collect();
        let (qself, res) = match qself {
            Some(q) => {
                let ty = self.lower_ty(&q.ty);
                let tr = q
                    .trait_ref
                    .as_ref()
                    .map(|t| self.lower_path_kind(None, t, PathKind::Trait));
                let inner = match &ty.kind {
                    TyKind::Path(p) => p.res.clone(),
                    _ => Res::Err,
                };
                (Some(Box::new((ty, tr))), Res::TypeRelative(Box::new(inner)))
            }
            None => (None, self.resolve(p, kind)),
        };
        Path {
            global: p.global,
            qself,
            segments,
            res,
            span: p.span,
        }
    }

    /// Lowers a path in the type or value namespace (used for items' signatures).
    pub(crate) fn lower_path(
        &mut self,
        qself: Option<&ast::QSelf>,
        p: &ast::Path,
        ns: Ns,
        trait_: bool,
    ) -> Path {
        let kind = match (ns, trait_) {
            (Ns::Type, true) | (Ns::Value, true) => PathKind::Trait,
            (Ns::Type, false) => PathKind::Type,
            (Ns::Value, false) => PathKind::Expr,
        };
        self.lower_path_kind(qself, p, kind)
    }

    fn lower_generic_args(&mut self, a: &ast::GenericArgs) -> Vec<GenericArg> {
        let outer = std::mem::replace(&mut self.in_generic_args, true);
        let args = self.lower_generic_args_inner(a);
        self.in_generic_args = outer;
        args
    }

    fn lower_generic_args_inner(&mut self, a: &ast::GenericArgs) -> Vec<GenericArg> {
        match a {
            ast::GenericArgs::AngleBracketed { args, .. } => args
                .iter()
                .map(|g| match g {
                    ast::GenericArg::Lifetime(l) => GenericArg::Lifetime(l.name.clone()),
                    ast::GenericArg::Type(t) => GenericArg::Type(self.lower_ty(t)),
                    ast::GenericArg::Const(e) => GenericArg::Const(self.text(e.span).to_string()),
                    ast::GenericArg::Constraint(c) => match &c.kind {
                        ast::AssocConstraintKind::Equality(t) => {
                            GenericArg::Binding(c.ident.name.clone(), self.lower_ty(t))
                        }
                        ast::AssocConstraintKind::Bound(_) => {
                            self.diags
                                .push(unsupported("associated type bounds", c.span));
                            GenericArg::Const(String::new())
                        }
                    },
                })
                .collect(),
            ast::GenericArgs::Parenthesized { inputs, output, .. } => {
                let inputs = inputs.iter().map(|t| self.lower_ty(t)).collect();
                let output = output.as_ref().map(|t| Box::new(self.lower_ty(t)));
                vec![GenericArg::Parenthesized(inputs, output)]
            }
        }
    }

    /// Looks `name` up lexically (locals for values, then items of the enclosing scopes, the
    /// prelude, the primitive types and the extern crates).
    pub(crate) fn resolve_ident(&self, name: &str, ns: Ns, locals: bool) -> Option<Res> {
        if ns == Ns::Value && locals {
            for rib in self.ribs.iter().rev() {
                match rib {
                    Some(rib) => {
                        if let Some((_, l)) = rib.iter().rev().find(|(n, _)| n == name) {
                            return Some(Res::Local(*l));
                        }
                    }
                    None => break,
                }
            }
        }
        if name == "Self" {
            let (res, item) = self.self_res.last()?.clone();
            return match ns {
                Ns::Type => Some(res),
                Ns::Value => {
                    let item = item?;
                    match self.shapes.get(&item) {
                        Some(Shape::Tuple) | Some(Shape::Unit) => Some(Res::SelfCtor(item)),
                        _ => None,
                    }
                }
            };
        }
        if ns == Ns::Type {
            for g in self.generics.iter().rev() {
                if g.iter().any(|n| n == name) {
                    return Some(Res::GenericParam(name.to_string()));
                }
            }
        }
        let mut s = self.cur_scope();
        loop {
            let scope = &self.scopes[s];
            if let Some(r) = scope.map(ns).get(name) {
                return Some(r.clone());
            }
            for g in &scope.globs {
                if let Some(r) = self.glob_lookup(g, name, ns) {
                    return Some(r);
                }
            }
            match scope.parent {
                Some(p) if scope.module != s => s = p,
                _ => break,
            }
        }
        match ns {
            Ns::Type => {
                if let Some(p) = std_paths::PRIMS.iter().find(|p| **p == name) {
                    return Some(Res::Prim(p));
                }
                if let Some((_, path, kind)) =
                    std_paths::PRELUDE_TYPES.iter().find(|(n, _, _)| *n == name)
                {
                    return Some(Res::Std(*kind, path));
                }
                if matches!(name, "std" | "core" | "alloc") {
                    return Some(Res::Std(StdKind::Mod, "std"));
                }
            }
            Ns::Value => {
                if let Some((_, path, kind)) = std_paths::PRELUDE_VALUES
                    .iter()
                    .find(|(n, _, _)| *n == name)
                {
                    return Some(Res::Std(*kind, path));
                }
            }
        }
        None
    }

    /// Looks `name` up through a glob import of `from`.
    /// The names a glob import of `from` makes visible in `ns` (for suggestions).
    fn glob_names(&self, from: &Res, ns: Ns) -> Vec<(String, Res)> {
        match from {
            Res::Def(DefKind::Enum, e) => self
                .variants
                .get(e)
                .into_iter()
                .flatten()
                .enumerate()
                .filter(|(_, (_, shape))| ns == Ns::Type || *shape != Shape::Named)
                .map(|(i, (n, _))| (n.clone(), Res::Variant(*e, i as u32)))
                .collect(),
            Res::Def(DefKind::Mod, m) => {
                let s = self.scope_of_module(*m);
                self.scopes[s]
                    .map(ns)
                    .iter()
                    .map(|(n, r)| (n.clone(), r.clone()))
                    .collect()
            }
            _ => Vec::new(),
        }
    }

    fn glob_lookup(&self, from: &Res, name: &str, ns: Ns) -> Option<Res> {
        match from {
            Res::Def(DefKind::Enum, e) => {
                let idx = self.variants.get(e)?.iter().position(|(n, _)| n == name)?;
                Some(Res::Variant(*e, idx as u32))
            }
            Res::Def(DefKind::Mod, m) => {
                let s = self.scope_of_module(*m);
                self.scopes[s].map(ns).get(name).cloned()
            }
            Res::Std(StdKind::Mod, p) => {
                let (path, kind) = std_paths::lookup(&format!("{p}::{name}"))?;
                Some(Res::Std(kind, path))
            }
            Res::Std(StdKind::Enum, p) => std_variant(p, name),
            _ => None,
        }
    }

    /// Resolves a path (without a qualified self type), reporting rustc's errors.
    fn resolve(&mut self, p: &ast::Path, kind: PathKind) -> Res {
        let segs = &p.segments;
        if segs.is_empty() {
            return Res::Err;
        }
        let ns = kind.ns();
        if segs.len() == 1 && !p.global {
            let ident = &segs[0].ident;
            if let Some(r) = self.resolve_ident(&ident.name, ns, true) {
                if ns == Ns::Value {
                    return r;
                }
                return r;
            }
            self.report_unresolved(ident, kind);
            return Res::Err;
        }
        // The first segment names a module, a type or a crate.
        let first = &segs[0].ident;
        let mut cur = if p.global {
            match first.name.as_str() {
                "std" | "core" | "alloc" => Some(Res::Std(StdKind::Mod, "std")),
                _ => None,
            }
        } else {
            match first.name.as_str() {
                "crate" => Some(Res::Def(DefKind::Mod, ItemId(0))),
                "self" => Some(Res::Def(DefKind::Mod, self.module_item(self.cur_scope()))),
                "super" => {
                    let m = self.scopes[self.cur_scope()].module;
                    self.scopes[m]
                        .super_mod
                        .map(|s| Res::Def(DefKind::Mod, self.module_item(s)))
                }
                name => self.resolve_ident(name, Ns::Type, false),
            }
        };
        if cur.is_none() {
            let name = &first.name;
            let upper = name.chars().next().is_some_and(|c| c.is_uppercase());
            // rustc 1.95's wording (earlier versions said "failed to resolve: use of
            // undeclared type").
            let (msg, label) = if name == "Self" {
                (
                    "cannot find `Self` in this scope".to_string(),
                    "`Self` is only available in impls, traits, and type definitions".to_string(),
                )
            } else if upper {
                (
                    format!("cannot find type `{name}` in this scope"),
                    format!("use of undeclared type `{name}`"),
                )
            } else {
                (
                    format!("cannot find module or crate `{name}` in this scope"),
                    format!("use of unresolved module or unlinked crate `{name}`"),
                )
            };
            let mut d = Diagnostic::error(msg, first.span)
                .with_code("E0433")
                .with_label_message(label);
            let suggest = self.diags.len() < MAX_SUGGESTING_ERRORS;
            let suggestions = d.suggestions().len();
            if upper && name != "Self" {
                if suggest {
                    let candidates = self.visible_types();
                    // rustc's failed-path error carries the suggestion alone, with no label
                    // on the similarly named item.
                    d = self
                        .typo(d, first, candidates, Ns::Type, false)
                        .unwrap_or_else(|d| d);
                }
                d = self.import_suggestion(d, name, Ns::Type);
            } else if !upper {
                let near = if suggest {
                    similar(name, self.modules_or_crates().iter().map(|s| s.as_str()))
                } else {
                    None
                };
                d = match near {
                    Some(n) => d.with_suggestion(
                        "there is a crate or module with a similar name",
                        vec![(first.span, n)],
                    ),
                    None => {
                        d.with_note(format!("help: you might be missing a crate named `{name}`"))
                    }
                };
            }
            // A two-segment path without an import to suggest is stashed by rustc (to check
            // later whether a method was meant), and emitted after the other errors.
            let imported = d
                .suggestions()
                .iter()
                .skip(suggestions)
                .any(|s| s.message.starts_with("consider importing"));
            if segs.len() == 2 && !imported {
                d = d.emitted(source::Emission::Stashed);
            }
            self.diags.push(d);
            return Res::Err;
        }
        for (k, seg) in segs.iter().enumerate().skip(1) {
            let last = k + 1 == segs.len();
            let name = seg.ident.name.as_str();
            let here = cur.clone().unwrap_or(Res::Err);
            let want = if last { ns } else { Ns::Type };
            let next = match &here {
                Res::Def(DefKind::Mod, m) => {
                    let s = self.scope_of_module(*m);
                    let found = self.scopes[s].map(want).get(name).cloned().or_else(|| {
                        self.scopes[s]
                            .globs
                            .iter()
                            .find_map(|g| self.glob_lookup(g, name, want))
                    });
                    match found {
                        Some(r) => r,
                        None => {
                            self.report_in_module(seg, kind, last, &self.module_label(s), Some(s));
                            return Res::Err;
                        }
                    }
                }
                Res::Std(StdKind::Mod, m) => {
                    let path = format!("{m}::{name}");
                    match std_paths::lookup(&path) {
                        Some((p, k)) => Res::Std(k, p),
                        None => {
                            let children = std_paths::children(m);
                            if similar(name, children.iter().copied()).is_some() {
                                let label = format!("`{}`", m.rsplit("::").next().unwrap_or(m));
                                self.report_in_module(seg, kind, last, &label, None);
                            } else {
                                self.diags.push(unsupported(&format!("`{path}`"), p.span));
                            }
                            return Res::Err;
                        }
                    }
                }
                Res::Def(DefKind::Enum, e) => {
                    let idx = self
                        .variants
                        .get(e)
                        .and_then(|vs| vs.iter().position(|(n, _)| n == name));
                    match idx {
                        Some(i) if last => Res::Variant(*e, i as u32),
                        _ => return Res::TypeRelative(Box::new(here)),
                    }
                }
                Res::SelfTy(_) => {
                    let item = self.self_res.last().and_then(|(_, i)| *i);
                    let idx = item.and_then(|e| {
                        self.variants
                            .get(&e)
                            .and_then(|vs| vs.iter().position(|(n, _)| n == name))
                    });
                    match (item, idx) {
                        (Some(e), Some(i)) if last => Res::Variant(e, i as u32),
                        _ => return Res::TypeRelative(Box::new(here)),
                    }
                }
                Res::Std(StdKind::Enum, ep) => match std_variant(ep, name) {
                    Some(v) if last => v,
                    _ => return Res::TypeRelative(Box::new(here)),
                },
                Res::Err => return Res::Err,
                _ => return Res::TypeRelative(Box::new(here)),
            };
            cur = Some(next);
        }
        cur.unwrap_or(Res::Err)
    }

    fn module_label(&self, s: usize) -> String {
        if self.scopes[s].item == Some(ItemId(0)) {
            "the crate root".into()
        } else {
            format!("`{}`", self.scopes[s].name)
        }
    }

    /// Reports a name missing from a module (`m::x`), as rustc does.
    fn report_in_module(
        &mut self,
        seg: &ast::PathSegment,
        kind: PathKind,
        last: bool,
        module: &str,
        scope: Option<usize>,
    ) {
        let name = &seg.ident.name;
        let module_name = module.trim_matches('`');
        let in_mod = if module == "the crate root" {
            "the crate root".to_string()
        } else {
            format!("module `{module_name}`")
        };
        let d = if !last {
            let msg = format!("could not find `{name}` in {}", module);
            Diagnostic::error(format!("failed to resolve: {msg}"), seg.ident.span)
                .with_code("E0433")
                .with_label_message(msg)
        } else {
            // rustc's typo candidates here are the module's own names.
            let in_scope = |ns: Ns| -> Vec<(String, Res)> {
                match scope {
                    Some(s) if self.diags.len() < MAX_SUGGESTING_ERRORS => self.scopes[s]
                        .map(ns)
                        .iter()
                        .map(|(n, r)| (n.clone(), r.clone()))
                        .collect(),
                    _ => Vec::new(),
                }
            };
            let not_found = format!("not found in `{module_name}`");
            match kind {
                PathKind::Type => {
                    let d = Diagnostic::error(
                        format!("cannot find type `{name}` in {in_mod}"),
                        seg.ident.span,
                    )
                    .with_code("E0425");
                    self.typo(d, &seg.ident, in_scope(Ns::Type), Ns::Type, true)
                        .unwrap_or_else(|d| d.with_label_message(not_found))
                }
                PathKind::Trait => Diagnostic::error(
                    format!("cannot find trait `{name}` in {in_mod}"),
                    seg.ident.span,
                )
                .with_code("E0405")
                .with_label_message(format!("not found in `{module_name}`")),
                PathKind::Struct => Diagnostic::error(
                    format!("cannot find struct, variant or union type `{name}` in {in_mod}"),
                    seg.ident.span,
                )
                .with_code("E0422")
                .with_label_message(format!("not found in `{module_name}`")),
                PathKind::TupleStruct | PathKind::PatPath => Diagnostic::error(
                    format!("cannot find tuple struct or tuple variant `{name}` in {in_mod}"),
                    seg.ident.span,
                )
                .with_code("E0531")
                .with_label_message(format!("not found in `{module_name}`")),
                PathKind::Call | PathKind::Expr => {
                    let what = expected_value(kind, name);
                    let d = Diagnostic::error(
                        format!("cannot find {what} `{name}` in {in_mod}"),
                        seg.ident.span,
                    )
                    .with_code("E0425");
                    self.typo(d, &seg.ident, in_scope(Ns::Value), Ns::Value, true)
                        .unwrap_or_else(|d| d.with_label_message(not_found))
                }
            }
        };
        self.diags.push(d);
    }

    /// Reports a single name that resolves to nothing, with rustc's code and help.
    fn report_unresolved(&mut self, ident: &ast::Ident, kind: PathKind) {
        let name = &ident.name;
        // Suggestions cost a scan of every visible name; after many errors they are dropped so
        // a file full of unknown names stays linear.
        let suggest = self.diags.len() < MAX_SUGGESTING_ERRORS;
        if name == "self" && matches!(kind, PathKind::Expr | PathKind::Call) {
            let mut d = Diagnostic::error("expected value, found module `self`", ident.span)
                .with_code("E0424")
                .with_label_message(
                    "`self` value is a keyword only available in methods with a `self` parameter",
                );
            if let Some(f) = self.fn_ctx.last() {
                if !f.has_self {
                    let assoc = !self.self_res.is_empty();
                    if assoc {
                        let (at, text) = match f.first_param {
                            Some(p) => (p.start, "&self, "),
                            None => match self.src[f.ident.end as usize..].find('(') {
                                Some(i) => (f.ident.end + i as u32 + 1, "&self"),
                                None => (f.ident.end, "&self"),
                            },
                        };
                        d = d.with_suggestion(
                            "add a `self` receiver parameter to make the associated `fn` a method",
                            vec![(Span::new(at, at), text.into())],
                        );
                    }
                    let doesnt = if assoc { "doesn't" } else { "can't" };
                    d = d.with_secondary(
                        f.ident,
                        format!("this function {doesnt} have a `self` parameter"),
                    );
                }
            } else if let Some(item) = self.item_ctx.last() {
                let span = item.ident.unwrap_or(ident.span);
                d = d.with_secondary(
                    span,
                    format!(
                        "`self` not allowed in {} {}",
                        article(item.descr),
                        item.descr
                    ),
                );
            }
            self.diags.push(d);
            return;
        }
        if name == "Self" && matches!(kind, PathKind::Type | PathKind::Struct) {
            let mut d = Diagnostic::error("cannot find type `Self` in this scope", ident.span)
                .with_code("E0411")
                .with_label_message(
                    "`Self` is only available in impls, traits, and type definitions",
                );
            if let Some(item) = self.item_ctx.last() {
                if let Some(span) = item.ident {
                    d = d.with_secondary(
                        span,
                        format!(
                            "`Self` not allowed in {} {}",
                            article(item.descr),
                            item.descr
                        ),
                    );
                }
            }
            self.diags.push(d);
            return;
        }
        let d = match kind {
            PathKind::Expr | PathKind::Call => {
                // A braced struct used as a value is E0423.
                if let Some(Res::Def(DefKind::Struct, _)) =
                    self.resolve_ident(name, Ns::Type, false)
                {
                    let what = if kind == PathKind::Call {
                        "expected function, tuple struct or tuple variant"
                    } else {
                        "expected value"
                    };
                    let mut d =
                        Diagnostic::error(format!("{what}, found struct `{name}`"), ident.span)
                            .with_code("E0423");
                    if let Some(Res::Def(_, s)) = self.resolve_ident(name, Ns::Type, false) {
                        d = self.struct_literal_help(d, ident, s, kind);
                    }
                    if kind == PathKind::Call {
                        d = d.emitted(source::Emission::Stashed);
                    }
                    self.diags.push(d);
                    return;
                }
                let what = expected_value(kind, name);
                let mut d = Diagnostic::error(
                    format!("cannot find {what} `{name}` in this scope"),
                    ident.span,
                )
                .with_code("E0425");
                // rustc's order: a name that exists in a nearby place (a field of `self`, an
                // associated function of `Self`, a binding of the block just left), then a
                // similarly named value, else the plain label.
                let at = Span::new(ident.span.start, ident.span.start);
                let has_self = self.fn_ctx.last().is_some_and(|f| f.has_self);
                if let Some((field, has_self)) = self.self_field(name) {
                    d = if has_self {
                        d.with_suggestion(
                            "you might have meant to use the available field",
                            vec![(at, "self.".into())],
                        )
                    } else {
                        d.with_secondary(field, "a field by that name exists in `Self`")
                    };
                } else if let Some(method) = self.self_assoc_fn(name) {
                    d = d.with_label_message("not found in this scope");
                    // A method from a function without `self`: rustc's help is left out.
                    if !method {
                        d = d.with_suggestion(
                            "consider using the associated function on `Self`",
                            vec![(at, "Self::".into())],
                        );
                    } else if has_self {
                        d = d.with_suggestion(
                            "consider using the method on `Self`",
                            vec![(at, "self.".into())],
                        );
                    }
                } else if let Some(local) = self
                    .last_block_rib
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, l)| *l)
                {
                    let span = self.hir.locals[local.index()].span;
                    d = d.with_child(
                        "help",
                        format!(
                            "the binding `{name}` is available in a different scope in the same function"
                        ),
                        vec![source::Label {
                            span,
                            message: String::new(),
                            primary: true,
                        }],
                    );
                } else {
                    let mut candidates: Vec<(String, Res)> = Vec::new();
                    if suggest {
                        candidates.extend(
                            self.ribs
                                .iter()
                                .rev()
                                .take_while(|r| r.is_some())
                                .flatten()
                                .flat_map(|r| r.iter().map(|(n, l)| (n.clone(), Res::Local(*l))))
                                .filter(|(n, _)| n != "self"),
                        );
                        candidates.extend(self.visible_values());
                    }
                    d = self.typo_or_label(d, ident, candidates, Ns::Value);
                    d = self.import_suggestion(d, name, Ns::Value);
                }
                d
            }
            PathKind::Type => {
                let d = Diagnostic::error(
                    format!("cannot find type `{name}` in this scope"),
                    ident.span,
                )
                .with_code("E0425");
                let candidates = if suggest {
                    self.visible_types()
                } else {
                    Vec::new()
                };
                let d = self.typo_or_label(d, ident, candidates, Ns::Type);
                let d = self.missing_type_param(d, ident);
                self.import_suggestion(d, name, Ns::Type)
            }
            // rustc's candidates are the names of the kind the place expects.
            PathKind::Trait => {
                let d = Diagnostic::error(
                    format!("cannot find trait `{name}` in this scope"),
                    ident.span,
                )
                .with_code("E0405");
                let candidates = self.candidates(suggest, Ns::Type, |r| {
                    matches!(r, Res::Def(DefKind::Trait, _) | Res::Std(StdKind::Trait, _))
                });
                let d = self.typo_or_label(d, ident, candidates, Ns::Type);
                self.import_suggestion(d, name, Ns::Type)
            }
            PathKind::Struct => {
                let d = Diagnostic::error(
                    format!("cannot find struct, variant or union type `{name}` in this scope"),
                    ident.span,
                )
                .with_code("E0422");
                let candidates = self.candidates(suggest, Ns::Type, |r| {
                    matches!(
                        r,
                        Res::Def(DefKind::Struct | DefKind::TyAlias, _)
                            | Res::Variant(..)
                            | Res::Std(StdKind::Struct | StdKind::TyAlias, _)
                    )
                });
                let d = self.typo_or_label(d, ident, candidates, Ns::Type);
                self.import_suggestion(d, name, Ns::Type)
            }
            PathKind::TupleStruct => {
                let d = Diagnostic::error(
                    format!("cannot find tuple struct or tuple variant `{name}` in this scope"),
                    ident.span,
                )
                .with_code("E0531");
                let candidates = self.candidates(suggest, Ns::Value, |r| match r {
                    Res::Def(DefKind::Struct, s) => self.shapes.get(s) == Some(&Shape::Tuple),
                    Res::Variant(e, i) => self
                        .variants
                        .get(e)
                        .and_then(|v| v.get(*i as usize))
                        .is_some_and(|(_, sh)| *sh == Shape::Tuple),
                    Res::Std(StdKind::Variant, p) => !p.ends_with("::None"),
                    _ => false,
                });
                let d = self.typo_or_label(d, ident, candidates, Ns::Value);
                self.import_suggestion(d, name, Ns::Value)
            }
            PathKind::PatPath => Diagnostic::error(
                format!("cannot find tuple struct or tuple variant `{name}` in this scope"),
                ident.span,
            )
            .with_code("E0531")
            .with_label_message("not found in this scope"),
        };
        // rustc stashes the error of a callee it cannot find and has no import for, to emit
        // after the others.
        let imported = d
            .suggestions()
            .iter()
            .any(|s| s.message.starts_with("consider importing"));
        let d = if kind == PathKind::Call && !imported {
            d.emitted(source::Emission::Stashed)
        } else {
            d
        };
        self.diags.push(d);
    }

    /// The names visible in `ns` whose resolution `fits` (none when suggestions are off).
    fn candidates(&self, suggest: bool, ns: Ns, fits: impl Fn(&Res) -> bool) -> Vec<(String, Res)> {
        if !suggest {
            return Vec::new();
        }
        let all = match ns {
            Ns::Type => self.visible_types(),
            Ns::Value => self.visible_values(),
        };
        all.into_iter().filter(|(_, r)| fits(r)).collect()
    }

    /// rustc's "you might be missing a type parameter" (`suggest_adding_generic_parameter`):
    /// for a one-segment type name that is a single uppercase letter in a function, struct,
    /// enum or union other than `main`, or any name inside generic arguments of an item with
    /// generics, suggests declaring it as the item's last parameter.
    fn missing_type_param(&self, d: Diagnostic, ident: &ast::Ident) -> Diagnostic {
        let name = &ident.name;
        let mut chars = name.chars();
        let single_upper = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
        if !self.in_generic_args && !single_upper {
            return d;
        }
        let Some(item) = self.item_ctx.last() else {
            return d;
        };
        let fits = match item.descr {
            "function" if item.name == "main" => false,
            "function" | "enum" | "struct" | "union" => single_upper || self.in_generic_args,
            "implementation" => single_upper && self.in_generic_args,
            _ => !single_upper,
        };
        let Some((gspan, last)) = item.generics.filter(|_| fits) else {
            return d;
        };
        if ident.span.start < gspan.end && gspan.start < ident.span.end {
            return d;
        }
        let (at, text) = match last {
            Some(end) => (end, format!(", {name}")),
            None => (gspan.end, format!("<{name}>")),
        };
        d.with_suggestion(
            "you might be missing a type parameter",
            vec![(Span::new(at, at), text)],
        )
    }

    /// rustc's "consider importing this …" (`lookup_import_candidates`) for a name not in
    /// scope: offered when there is exactly one candidate, an item of that name in another
    /// module of the crate that is accessible from here, or a std type or trait the table
    /// names uniquely (`std_paths::unique_type_named`); left out when an item or variant of
    /// that name is not accessible, since rustc then words it otherwise. The `use` goes where
    /// rustc puts it in the current module (`use_at`).
    fn import_suggestion(&self, d: Diagnostic, name: &str, ns: Ns) -> Diagnostic {
        if self.diags.len() >= MAX_SUGGESTING_ERRORS {
            return d;
        }
        let here = self.scopes[self.cur_scope()].module;
        let Some(&at) = self.use_at.get(&here) else {
            return d;
        };
        let mut found: Vec<(String, &'static str)> = Vec::new();
        // Enum variants are candidates for rustc too; deepdive does not offer them.
        if self
            .variants
            .values()
            .any(|vs| vs.iter().any(|(n, _)| n == name))
        {
            return d;
        }
        for (&item, &scope) in &self.item_scope {
            let it = &self.hir.items[item.index()];
            if it.name != name || self.scopes[scope].module != scope {
                continue;
            }
            let Some(res) = self.scopes[scope].map(ns).get(name) else {
                continue;
            };
            if *res != Res::Def(def_kind(res), item) {
                continue;
            }
            let Some(descr) = self.res_descr(res, ns) else {
                continue;
            };
            if !self.accessible(item, scope, here) {
                return d;
            }
            let mut path = vec![name.to_string()];
            let mut s = scope;
            while let Some(parent) = self.scopes[s].super_mod.filter(|_| s != 0) {
                path.push(self.scopes[s].name.clone());
                s = parent;
            }
            path.push("crate".into());
            path.reverse();
            found.push((path.join("::"), descr));
        }
        if ns == Ns::Type {
            if let Some((path, descr)) = std_paths::unique_type_named(name) {
                found.push((path.to_string(), descr));
            }
        }
        let [(path, descr)] = &found[..] else {
            return d;
        };
        d.with_suggestion(
            format!("consider importing this {descr}"),
            vec![(Span::new(at, at), format!("use {path};\n"))],
        )
    }

    /// Whether `item`, declared in the module `scope`, can be named from the module `here`:
    /// it and every module on its path are public or enclose `here`.
    fn accessible(&self, item: ItemId, scope: usize, here: usize) -> bool {
        let encloses = |m: usize| {
            let mut s = here;
            loop {
                if s == m {
                    return true;
                }
                match self.scopes[s].super_mod {
                    Some(p) if p != s => s = p,
                    _ => return false,
                }
            }
        };
        if !(self.hir.items[item.index()].public || encloses(scope)) {
            return false;
        }
        let mut s = scope;
        while let (Some(parent), Some(m)) = (self.scopes[s].super_mod, self.scopes[s].item) {
            if s == 0 || parent == s {
                break;
            }
            if !(self.hir.items[m.index()].public || encloses(parent)) {
                return false;
            }
            s = parent;
        }
        true
    }

    /// rustc's help for a braced struct used as a value (`bad_struct_syntax_suggestion`): the
    /// struct's definition labelled, and its literal with `val` for every field, which rustc
    /// prints beside the name as its short suggestions are. Left out for a call, and where a
    /// `{` follows (rustc then suspects a struct literal in a condition).
    fn struct_literal_help(
        &self,
        mut d: Diagnostic,
        ident: &ast::Ident,
        item: ItemId,
        kind: PathKind,
    ) -> Diagnostic {
        let rest = self.src.get(ident.span.end as usize..).unwrap_or("");
        if kind != PathKind::Expr || rest.trim_start().starts_with('{') {
            return d;
        }
        let Some(fields) = self.field_names.get(&item) else {
            return d;
        };
        let name = &ident.name;
        if let Some(def) = self.hir.items.get(item.index()) {
            d = d.with_secondary(def.span, format!("`{name}` defined here"));
        }
        let fields: Vec<String> = fields.iter().map(|(f, _)| format!("{f}: val")).collect();
        d.with_label_message(format!(
            "help: use struct literal syntax instead: `{name} {{ {} }}`",
            fields.join(", ")
        ))
    }

    /// The candidates of rustc's `find_similarly_named_module_or_crate` that rustc 1.95
    /// offers: the crates of the extern prelude (the crate's own modules are not among them).
    fn modules_or_crates(&self) -> Vec<String> {
        vec!["core".into(), "std".into()]
    }

    /// What rustc calls a resolution in its messages (`Res::descr`), for the ones a typo
    /// suggestion may name.
    fn res_descr(&self, res: &Res, ns: Ns) -> Option<&'static str> {
        Some(match res {
            Res::Local(_) => "local variable",
            Res::Def(DefKind::Fn, _) => "function",
            Res::Def(DefKind::Const, _) => "constant",
            Res::Def(DefKind::Static, _) => "static",
            Res::Def(DefKind::Struct, _) if ns == Ns::Type => "struct",
            Res::Def(DefKind::Struct, s) => match self.shapes.get(s) {
                Some(Shape::Tuple) => "tuple struct",
                Some(Shape::Unit) => "unit struct",
                _ => "struct",
            },
            Res::Def(DefKind::Enum, _) => "enum",
            Res::Def(DefKind::Trait, _) => "trait",
            Res::Def(DefKind::TyAlias, _) => "type alias",
            Res::Def(DefKind::Mod, _) => "module",
            Res::GenericParam(_) => "type parameter",
            Res::Std(StdKind::Struct, _) => "struct",
            Res::Std(StdKind::Enum, _) => "enum",
            Res::Std(StdKind::Trait, _) => "trait",
            Res::Std(StdKind::Fn, _) => "function",
            Res::Std(StdKind::Variant, p) if p.ends_with("::None") => "unit variant",
            Res::Std(StdKind::Variant, _) => "tuple variant",
            Res::Variant(e, i) => match self.variants.get(e).and_then(|v| v.get(*i as usize)) {
                Some((_, Shape::Tuple)) => "tuple variant",
                Some((_, Shape::Unit)) => "unit variant",
                _ => "variant",
            },
            _ => return None,
        })
    }

    /// Where rustc points at an item of the crate in a "defined here" label: its span up to
    /// the first `{`, trailing whitespace left out, when that is one line (rustc's
    /// `guess_head_span`).
    fn def_head_span(&self, res: &Res) -> Option<Span> {
        if let Res::GenericParam(name) = res {
            // The parameter's name in the innermost function or item declaring it.
            let fns = self.fn_ctx.iter().rev().map(|f| &f.generic_params);
            let items = self.item_ctx.iter().rev().map(|i| &i.generic_params);
            return fns
                .chain(items)
                .find_map(|ps| ps.iter().find(|(n, _)| n == name).map(|(_, s)| *s));
        }
        if let Res::Variant(e, i) = res {
            return self.variant_spans.get(e)?.get(*i as usize).copied();
        }
        let Res::Def(_, item) = res else {
            return None;
        };
        let mut span = self.hir.items.get(item.index())?.span;
        // rustc's item spans start after the outer attributes and doc comments.
        if let Some(&start) = self.item_starts.get(item) {
            span = Span::new(start.max(span.start).min(span.end), span.end);
        }
        let text = self.src.get(span.start as usize..span.end as usize)?;
        let head = text.split('{').next().unwrap_or(text).trim_end();
        if head.is_empty() || head.contains('\n') {
            return Some(span);
        }
        Some(Span::new(span.start, span.start + head.len() as u32))
    }

    /// The value names visible from the current scope (items and the prelude).
    fn visible_values(&self) -> Vec<(String, Res)> {
        let mut out = Vec::new();
        let mut s = self.cur_scope();
        loop {
            let scope: &Scope = &self.scopes[s];
            out.extend(scope.values.iter().map(|(n, r)| (n.clone(), r.clone())));
            for g in &scope.globs {
                out.extend(self.glob_names(g, Ns::Value));
            }
            match scope.parent {
                Some(p) if scope.module != s => s = p,
                _ => break,
            }
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        out
    }

    /// The type names visible from the current scope (generic parameters, items and the
    /// prelude), as rustc collects its typo candidates.
    fn visible_types(&self) -> Vec<(String, Res)> {
        let mut out: Vec<(String, Res)> = Vec::new();
        for g in self.generics.iter().rev() {
            out.extend(g.iter().map(|n| (n.clone(), Res::GenericParam(n.clone()))));
        }
        let mut s = self.cur_scope();
        loop {
            let scope: &Scope = &self.scopes[s];
            out.extend(scope.types.iter().map(|(n, r)| (n.clone(), r.clone())));
            for g in &scope.globs {
                out.extend(self.glob_names(g, Ns::Type));
            }
            match scope.parent {
                Some(p) if scope.module != s => s = p,
                _ => break,
            }
        }
        out.extend(
            std_paths::PRELUDE_TYPES
                .iter()
                .map(|&(n, p, k)| (n.to_string(), Res::Std(k, p))),
        );
        out
    }

    /// Adds rustc's typo suggestion for `ident` to `d` (the similarly named candidate, with
    /// a label where the crate defines it), or else the `not found in this scope` label.
    fn typo_or_label(
        &self,
        d: Diagnostic,
        ident: &ast::Ident,
        candidates: Vec<(String, Res)>,
        ns: Ns,
    ) -> Diagnostic {
        match self.typo(d, ident, candidates, ns, true) {
            Ok(d) => d,
            Err(d) => d.with_label_message("not found in this scope"),
        }
    }

    /// Adds rustc's typo suggestion for `ident` to `d` (`Err(d)` when there is none): the
    /// candidate `similar` picks, the first of that name in rustc's order (locals, then the
    /// crate's items, then the prelude), with a label where the crate defines it.
    fn typo(
        &self,
        mut d: Diagnostic,
        ident: &ast::Ident,
        candidates: Vec<(String, Res)>,
        ns: Ns,
        label_def: bool,
    ) -> Result<Diagnostic, Diagnostic> {
        let name = &ident.name;
        let typo = similar(name, candidates.iter().map(|(s, _)| s.as_str())).and_then(|n| {
            let mut found: Vec<&(String, Res)> =
                candidates.iter().filter(|(s, _)| *s == n).collect();
            found.sort_by_key(|(_, r)| {
                !matches!(
                    r,
                    Res::Local(_) | Res::GenericParam(_) | Res::Def(..) | Res::Variant(..)
                )
            });
            found.first().map(|(n, r)| (n.clone(), r.clone()))
        });
        // rustc does not offer an item whose definition holds the name (a function's own name
        // inside it).
        let typo = typo.filter(|(_, res)| match res {
            Res::Def(_, item) => self.hir.items.get(item.index()).is_none_or(|i| {
                !(i.span.start <= ident.span.start && ident.span.end <= i.span.end)
            }),
            _ => true,
        });
        match typo.and_then(|(n, res)| Some((self.res_descr(&res, ns)?, n, res))) {
            Some((descr, n, res)) => {
                if let Some(head) = self.def_head_span(&res).filter(|_| label_def) {
                    d = d.with_secondary(
                        head,
                        format!("similarly named {descr} `{n}` defined here"),
                    );
                }
                Ok(d.with_suggestion(
                    format!("{} {descr} with a similar name exists", article(descr)),
                    vec![(ident.span, n)],
                ))
            }
            None => Err(d),
        }
    }

    /// Inside an impl whose `Self` struct has a field `name`: the field's span, and whether
    /// the function has a `self` parameter.
    fn self_field(&self, name: &str) -> Option<(Span, bool)> {
        let Some((_, Some(item))) = self.self_res.last() else {
            return None;
        };
        let has_self = self
            .ribs
            .iter()
            .rev()
            .take_while(|r| r.is_some())
            .flatten()
            .any(|r| r.iter().any(|(n, _)| n == "self"));
        let span = self
            .field_names
            .get(item)?
            .iter()
            .find(|(f, _)| f == name)?
            .1;
        Some((span, has_self))
    }

    /// Inside an impl whose self type has an associated function `name`: whether that
    /// function takes `self`.
    fn self_assoc_fn(&self, name: &str) -> Option<bool> {
        let Some((_, Some(item))) = self.self_res.last() else {
            return None;
        };
        self.impl_items
            .get(item)?
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, s)| *s)
    }

    // ----- blocks and statements -----

    /// Lowers a block as an expression (with an optional label).
    pub(crate) fn lower_block_expr(&mut self, b: &ast::Block, label: Option<String>) -> ExprId {
        let block = self.lower_block(b);
        self.expr(ExprKind::Block(block, label), b.span)
    }

    /// Lowers a block: declares its items, then its statements in a new rib.
    pub(crate) fn lower_block(&mut self, b: &ast::Block) -> Block {
        let has_items = b
            .stmts
            .iter()
            .any(|s| matches!(s.kind, ast::StmtKind::Item(_)));
        let mut item_ids = Vec::new();
        if has_items {
            let parent = self.cur_scope();
            let s = self.scopes.len();
            let module = self.scopes[parent].module;
            self.scopes.push(Scope {
                parent: Some(parent),
                module,
                ..Scope::default()
            });
            self.scope_stack.push(s);
            let before = self.pending.len();
            for st in &b.stmts {
                if let ast::StmtKind::Item(item) = &st.kind {
                    let before = self.hir.items.len();
                    item_ids.push(match self.declare_item(s, item) {
                        Some(id) => vec![id],
                        // A `use` declares one item per leaf.
                        None => (before..self.hir.items.len())
                            .map(|i| ItemId(i as u32))
                            .collect(),
                    });
                }
            }
            self.resolve_imports();
            let new: Vec<_> = self.pending.drain(before..).collect();
            // Items in a block do not see the locals around them.
            let saved = std::mem::take(&mut self.ribs);
            for (id, item, scope) in new {
                self.lower_item(id, &item, scope);
            }
            self.ribs = saved;
        }
        self.ribs.push(Some(Vec::new()));
        let mut stmts = Vec::new();
        let mut tail = None;
        let n = b.stmts.len();
        let mut item_iter = item_ids.into_iter();
        for (i, st) in b.stmts.iter().enumerate() {
            let origin = self.origin.clone();
            match &st.kind {
                ast::StmtKind::Let(local) => {
                    let init = local.init.as_ref().map(|e| self.lower_expr(e));
                    let els = local.els.as_ref().map(|b| self.lower_block(b));
                    let ty = local.ty.as_ref().map(|t| self.lower_ty(t));
                    let mut bound = Vec::new();
                    let pat = self.lower_pat(&local.pat, &mut bound);
                    for (name, l) in bound {
                        self.push_binding(&name, l);
                    }
                    stmts.push(Stmt {
                        kind: StmtKind::Let {
                            pat,
                            ty,
                            init,
                            els,
                            is_super: false,
                        },
                        span: st.span,
                        origin,
                    });
                }
                ast::StmtKind::Item(_) => {
                    for id in item_iter.next().unwrap_or_default() {
                        stmts.push(Stmt {
                            kind: StmtKind::Item(id),
                            span: st.span,
                            origin: origin.clone(),
                        });
                    }
                }
                ast::StmtKind::Expr(e) => {
                    let id = self.lower_expr(e);
                    if i + 1 == n {
                        tail = Some(id);
                    } else {
                        // rustc makes a `for` statement a `;` statement of its block.
                        let is_for = matches!(e.kind, ast::ExprKind::For { .. });
                        stmts.push(Stmt {
                            kind: if is_for {
                                StmtKind::Semi(id)
                            } else {
                                StmtKind::Expr(id)
                            },
                            span: st.span,
                            origin,
                        });
                    }
                }
                ast::StmtKind::Semi(e) => {
                    let id = self.lower_expr(e);
                    stmts.push(Stmt {
                        kind: StmtKind::Semi(id),
                        span: st.span,
                        origin,
                    });
                }
                ast::StmtKind::Empty => {}
                ast::StmtKind::MacCall { mac, semi, .. } => {
                    let id = self.lower_mac(mac, st.span);
                    if i + 1 == n && !*semi {
                        tail = Some(id);
                    } else {
                        stmts.push(Stmt {
                            kind: StmtKind::Semi(id),
                            span: st.span,
                            origin,
                        });
                    }
                }
            }
        }
        if let Some(Some(rib)) = self.ribs.pop() {
            self.last_block_rib = rib;
        }
        if has_items {
            self.scope_stack.pop();
        }
        Block {
            stmts,
            tail,
            unsafe_: false,
            span: b.span,
        }
    }

    // ----- expressions -----

    /// Lowers an expression.
    pub(crate) fn lower_expr(&mut self, e: &ast::Expr) -> ExprId {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.lower_expr_inner(e))
    }

    fn lower_exprs(&mut self, es: &[ast::Expr]) -> Vec<ExprId> {
        es.iter().map(|e| self.lower_expr(e)).collect()
    }

    fn lower_expr_inner(&mut self, e: &ast::Expr) -> ExprId {
        let span = e.span;
        let kind = match &e.kind {
            ast::ExprKind::Lit(l) => ExprKind::Lit(Lit::from_ast(l)),
            ast::ExprKind::Path(q, p) => {
                ExprKind::Path(self.lower_path_kind(q.as_deref(), p, PathKind::Expr))
            }
            ast::ExprKind::Unary(op, x) => {
                let op = match op {
                    ast::UnOp::Deref => UnOp::Deref,
                    ast::UnOp::Not => UnOp::Not,
                    ast::UnOp::Neg => UnOp::Neg,
                };
                ExprKind::Unary(op, self.lower_expr(x))
            }
            ast::ExprKind::AddrOf {
                raw,
                mutbl: m,
                expr,
            } => {
                if *raw {
                    self.diags.push(unsupported("raw borrows", span));
                }
                ExprKind::AddrOf(mutbl(*m), self.lower_expr(expr))
            }
            ast::ExprKind::Binary(op, _, a, b) => {
                let a = self.lower_expr(a);
                let b = self.lower_expr(b);
                ExprKind::Binary(*op, a, b)
            }
            ast::ExprKind::Assign(a, b) => {
                let b = self.lower_expr(b);
                let a = self.lower_expr(a);
                ExprKind::Assign(a, b)
            }
            ast::ExprKind::AssignOp(op, _, a, b) => {
                let b = self.lower_expr(b);
                let a = self.lower_expr(a);
                let id = self.expr(ExprKind::AssignOp(*op, a, b), span);
                self.hir.exprs[id.index()].origin = Origin::Desugared(Desugaring::CompoundAssign);
                return id;
            }
            ast::ExprKind::Cast(x, t) => {
                let x = self.lower_expr(x);
                ExprKind::Cast(x, self.lower_ty(t))
            }
            ast::ExprKind::Range { start, end, limits } => {
                return self.lower_range(start.as_deref(), end.as_deref(), *limits, span)
            }
            ast::ExprKind::Call(f, args) => {
                let f = match &f.kind {
                    ast::ExprKind::Path(q, p) => {
                        let path = self.lower_path_kind(q.as_deref(), p, PathKind::Call);
                        self.expr(ExprKind::Path(path), f.span)
                    }
                    _ => self.lower_expr(f),
                };
                ExprKind::Call(f, self.lower_exprs(args))
            }
            ast::ExprKind::MethodCall {
                receiver,
                segment,
                args,
            } => {
                let receiver = self.lower_expr(receiver);
                let seg = PathSegment {
                    name: segment.ident.name.clone(),
                    args: segment
                        .args
                        .as_ref()
                        .map(|a| self.lower_generic_args(a))
                        .unwrap_or_default(),
                    span: segment.span,
                };
                ExprKind::MethodCall {
                    receiver,
                    segment: seg,
                    args: self.lower_exprs(args),
                }
            }
            ast::ExprKind::Field(x, name) => ExprKind::Field(self.lower_expr(x), name.name.clone()),
            ast::ExprKind::TupleField(x, i, _) => {
                ExprKind::Field(self.lower_expr(x), i.to_string())
            }
            ast::ExprKind::Index(a, b) => {
                let a = self.lower_expr(a);
                ExprKind::Index(a, self.lower_expr(b))
            }
            ast::ExprKind::Try(x) => return self.lower_try(x, span),
            ast::ExprKind::Await(_) => {
                self.diags.push(unsupported("async/await", span));
                ExprKind::Err
            }
            ast::ExprKind::Closure(c) => {
                if c.is_async {
                    self.diags.push(unsupported("async closures", span));
                }
                self.ribs.push(Some(Vec::new()));
                let mut params = Vec::new();
                for p in &c.params {
                    let mut bound = Vec::new();
                    let pat = match &p.pat {
                        Some(pat) => self.lower_pat(pat, &mut bound),
                        None => self.pat(PatKind::Wild, p.span),
                    };
                    let ty = p.ty.as_ref().map(|t| self.lower_ty(t));
                    for (n, l) in bound {
                        self.push_binding(&n, l);
                    }
                    params.push((pat, ty));
                }
                let output = c.output.as_ref().map(|t| self.lower_ty(t));
                let saved_labels = std::mem::take(&mut self.labels);
                let body = self.lower_expr(&c.body);
                self.labels = saved_labels;
                self.ribs.pop();
                ExprKind::Closure(Box::new(Closure {
                    by_move: c.by_move,
                    params,
                    output,
                    body,
                }))
            }
            ast::ExprKind::Block { kind, label, block } => {
                match kind {
                    ast::BlockKind::Normal => {}
                    ast::BlockKind::Unsafe => {
                        self.diags.push(unsupported("unsafe code", span));
                    }
                    ast::BlockKind::Async { .. } => {
                        self.diags.push(unsupported("async blocks", span));
                    }
                    ast::BlockKind::Const => {
                        self.diags.push(unsupported("const blocks", span));
                    }
                }
                if let Some(l) = label {
                    self.labels.push((l.name.clone(), l.span));
                }
                let label = label.as_ref().map(|l| l.name.clone());
                let b = self.lower_block(block);
                if label.is_some() {
                    self.labels.pop();
                }
                ExprKind::Block(b, label)
            }
            ast::ExprKind::If { cond, then, els } => {
                self.ribs.push(Some(Vec::new()));
                let c = self.lower_cond(cond);
                let t = self.lower_block_expr(then, None);
                self.ribs.pop();
                let e = els.as_ref().map(|x| self.lower_expr(x));
                ExprKind::If(c, t, e)
            }
            ast::ExprKind::Let { .. } => {
                self.diags.push(
                    Diagnostic::error("expected expression, found `let` statement", span)
                        .with_note("note: only supported directly in conditions of `if` and `while` expressions"),
                );
                ExprKind::Err
            }
            ast::ExprKind::Match { scrutinee, arms } => {
                let s = self.lower_expr(scrutinee);
                let arms = arms
                    .iter()
                    .map(|a| {
                        self.ribs.push(Some(Vec::new()));
                        let mut bound = Vec::new();
                        let pat = self.lower_pat(&a.pat, &mut bound);
                        for (n, l) in bound {
                            self.push_binding(&n, l);
                        }
                        let guard = a.guard.as_ref().map(|g| self.lower_expr(g));
                        let body = self.lower_expr(&a.body);
                        self.ribs.pop();
                        Arm {
                            pat,
                            guard,
                            body,
                            allow_unreachable: false,
                            span: a.span,
                        }
                    })
                    .collect();
                ExprKind::Match(s, arms, Source::Normal)
            }
            ast::ExprKind::Loop { label, body } => {
                self.labels
                    .extend(label.as_ref().map(|l| (l.name.clone(), l.span)));
                let label = label.as_ref().map(|l| l.name.clone());
                let b = self.lower_block(body);
                if label.is_some() {
                    self.labels.pop();
                }
                ExprKind::Loop(b, label, Source::Normal)
            }
            ast::ExprKind::While { label, cond, body } => {
                return self.lower_while(label.as_ref(), cond, body, span)
            }
            ast::ExprKind::For {
                label,
                pat,
                iter,
                body,
            } => return self.lower_for(label.as_ref(), pat, iter, body, span),
            ast::ExprKind::Break { label, value } => {
                let label = label.as_ref().map(|l| self.check_label(l));
                ExprKind::Break(label, value.as_ref().map(|v| self.lower_expr(v)))
            }
            ast::ExprKind::Continue { label } => {
                ExprKind::Continue(label.as_ref().map(|l| self.check_label(l)))
            }
            ast::ExprKind::Return(v) => ExprKind::Ret(v.as_ref().map(|v| self.lower_expr(v))),
            ast::ExprKind::Struct(s) => {
                let path = self.lower_path_kind(s.qself.as_deref(), &s.path, PathKind::Struct);
                let fields = s
                    .fields
                    .iter()
                    .map(|f| (f.ident.name.clone(), self.lower_expr(&f.expr), f.span))
                    .collect();
                let base = match &s.rest {
                    ast::StructRest::Base(b) => Some(self.lower_expr(b)),
                    ast::StructRest::Rest(sp) => {
                        self.diags.push(unsupported("default field values", *sp));
                        None
                    }
                    ast::StructRest::None => None,
                };
                ExprKind::Struct { path, fields, base }
            }
            ast::ExprKind::Tuple(es) => ExprKind::Tuple(self.lower_exprs(es)),
            ast::ExprKind::Paren(x) => return self.lower_expr(x),
            ast::ExprKind::Array(es) => ExprKind::Array(self.lower_exprs(es)),
            ast::ExprKind::Repeat(x, n) => {
                let x = self.lower_expr(x);
                let n = self.lower_expr(n);
                ExprKind::Repeat(x, n)
            }
            ast::ExprKind::MacCall(m) => return self.lower_mac(m, span),
            ast::ExprKind::Underscore => {
                self.diags
                    .push(unsupported("`_` as an assignment target", span));
                ExprKind::Err
            }
            ast::ExprKind::Err => ExprKind::Err,
        };
        self.expr(kind, span)
    }

    fn check_label(&mut self, l: &ast::Lifetime) -> String {
        if !self.labels.iter().any(|(n, _)| *n == l.name) {
            let mut d = Diagnostic::error(format!("use of undeclared label `{}`", l.name), l.span)
                .with_code("E0426")
                .with_label_message(format!("undeclared label `{}`", l.name));
            // rustc looks for a similar label from the innermost loop or block out; its
            // suggestion is short enough to be printed beside the name.
            let near = self.labels.iter().rev().find_map(|(n, span)| {
                similar(&l.name, std::iter::once(n.as_str())).map(|_| (n.clone(), *span))
            });
            if let Some((n, def)) = near {
                d = d.with_secondary(def, "a label with a similar name is reachable");
                d.labels.push(source::Label {
                    span: l.span,
                    message: format!("help: try using similarly named label: `{n}`"),
                    primary: true,
                });
            }
            self.diags.push(d);
        }
        l.name.clone()
    }

    /// Lowers the condition of an `if`: a `let` becomes a HIR `let` expression.
    fn lower_cond(&mut self, cond: &ast::Expr) -> ExprId {
        match &cond.kind {
            ast::ExprKind::Let { pat, expr } => {
                let init = self.lower_expr(expr);
                let mut bound = Vec::new();
                let p = self.lower_pat(pat, &mut bound);
                for (n, l) in bound {
                    self.push_binding(&n, l);
                }
                let id = self.expr(ExprKind::Let(p, init), cond.span);
                if self.origin == Origin::Source {
                    self.hir.exprs[id.index()].origin = Origin::Desugared(Desugaring::IfLet);
                }
                id
            }
            ast::ExprKind::Binary(ast::BinOp::And, _, a, b)
                if matches!(a.kind, ast::ExprKind::Let { .. })
                    || matches!(b.kind, ast::ExprKind::Let { .. }) =>
            {
                self.diags.push(unsupported("let chains", cond.span));
                self.expr(ExprKind::Err, cond.span)
            }
            _ => self.lower_expr(cond),
        }
    }

    /// A lang item path such as `into_iter` or `Some`.
    pub(crate) fn lang_path(&mut self, name: &'static str, full: &'static str, span: Span) -> Path {
        synth_path(&[name], false, Res::Lang(name, full), span)
    }

    pub(crate) fn lang_call(
        &mut self,
        name: &'static str,
        full: &'static str,
        args: Vec<ExprId>,
        span: Span,
    ) -> ExprId {
        let p = self.lang_path(name, full, span);
        let f = self.expr(ExprKind::Path(p), span);
        self.expr(ExprKind::Call(f, args), span)
    }

    fn local_expr(&mut self, l: LocalId, span: Span) -> ExprId {
        let name = self.hir.locals[l.index()].name.clone();
        let p = synth_path(&[&name], false, Res::Local(l), span);
        self.expr(ExprKind::Path(p), span)
    }

    /// A binding pattern for a new local introduced by a desugaring.
    pub(crate) fn synth_binding(
        &mut self,
        name: &str,
        m: Mutability,
        span: Span,
    ) -> (PatId, LocalId) {
        let l = self.local(name, m, span, None);
        let p = self.pat(
            PatKind::Binding {
                mode: BindingMode {
                    by_ref: false,
                    mutbl: m,
                },
                local: l,
                sub: None,
            },
            span,
        );
        self.hir.locals[l.index()].pat = Some(p);
        (p, l)
    }

    /// `a..b` → `Range { start: a, end: b }`, `a..=b` → `range_inclusive_new(a, b)`, and the
    /// other forms as structs (`RangeFrom`, `RangeTo`, `RangeFull`, `RangeToInclusive`).
    fn lower_range(
        &mut self,
        start: Option<&ast::Expr>,
        end: Option<&ast::Expr>,
        limits: ast::RangeLimits,
        span: Span,
    ) -> ExprId {
        let a = start.map(|e| self.lower_expr(e));
        let b = end.map(|e| self.lower_expr(e));
        self.with_origin(Origin::Desugared(Desugaring::RangeStruct), |l| {
            let closed = limits == ast::RangeLimits::Closed;
            if let (Some(a), Some(b), true) = (a, b, closed) {
                return l.lang_call(
                    "range_inclusive_new",
                    "std::ops::RangeInclusive::new",
                    vec![a, b],
                    span,
                );
            }
            let (name, full): (&'static str, &'static str) =
                match (a.is_some(), b.is_some(), closed) {
                    (true, true, _) => ("Range", "std::ops::Range"),
                    (true, false, _) => ("RangeFrom", "std::ops::RangeFrom"),
                    (false, true, false) => ("RangeTo", "std::ops::RangeTo"),
                    (false, true, true) => ("RangeToInclusive", "std::ops::RangeToInclusive"),
                    (false, false, _) => ("RangeFull", "std::ops::RangeFull"),
                };
            let mut fields = Vec::new();
            if let Some(a) = a {
                fields.push(("start".to_string(), a, span));
            }
            if let Some(b) = b {
                fields.push(("end".to_string(), b, span));
            }
            let path = l.lang_path(name, full, span);
            l.expr(
                ExprKind::Struct {
                    path,
                    fields,
                    base: None,
                },
                span,
            )
        })
    }

    /// `e?` → `match branch(e) { Break { 0: residual } => return from_residual(residual),
    /// Continue { 0: val } => val }`.
    fn lower_try(&mut self, x: &ast::Expr, span: Span) -> ExprId {
        let inner = self.lower_expr(x);
        self.with_origin(Origin::Desugared(Desugaring::QuestionMark), |l| {
            let scrut = l.lang_call("branch", "std::ops::Try::branch", vec![inner], span);
            // Break { 0: residual } => return from_residual(residual)
            let (rp, rl) = l.synth_binding("residual", Mutability::Not, span);
            let bp = l.lang_path("Break", "std::ops::ControlFlow::Break", span);
            let break_pat = l.pat(
                PatKind::Struct {
                    path: bp,
                    fields: vec![("0".into(), rp)],
                    rest: false,
                },
                span,
            );
            let r = l.local_expr(rl, span);
            let from = l.lang_call(
                "from_residual",
                "std::ops::FromResidual::from_residual",
                vec![r],
                span,
            );
            let ret = l.expr(ExprKind::Ret(Some(from)), span);
            // Continue { 0: val } => val
            let (vp, vl) = l.synth_binding("val", Mutability::Not, span);
            let cp = l.lang_path("Continue", "std::ops::ControlFlow::Continue", span);
            let cont_pat = l.pat(
                PatKind::Struct {
                    path: cp,
                    fields: vec![("0".into(), vp)],
                    rest: false,
                },
                span,
            );
            let v = l.local_expr(vl, span);
            let arms = vec![
                Arm {
                    pat: break_pat,
                    guard: None,
                    body: ret,
                    allow_unreachable: true,
                    span,
                },
                Arm {
                    pat: cont_pat,
                    guard: None,
                    body: v,
                    allow_unreachable: true,
                    span,
                },
            ];
            l.expr(ExprKind::Match(scrut, arms, Source::TryDesugar), span)
        })
    }

    /// `'l: while cond { body }` → `'l: loop { if cond { body } else { break; } }` (and the same
    /// with a `let` condition for `while let`).
    fn lower_while(
        &mut self,
        label: Option<&ast::Lifetime>,
        cond: &ast::Expr,
        body: &ast::Block,
        span: Span,
    ) -> ExprId {
        let is_let = matches!(cond.kind, ast::ExprKind::Let { .. });
        let d = if is_let {
            Desugaring::WhileLet
        } else {
            Desugaring::WhileLoop
        };
        self.labels.extend(label.map(|l| (l.name.clone(), l.span)));
        let label = label.map(|l| l.name.clone());
        self.ribs.push(Some(Vec::new()));
        let c = self.lower_cond(cond);
        let then = self.lower_block_expr(body, None);
        self.ribs.pop();
        if label.is_some() {
            self.labels.pop();
        }
        self.with_origin(Origin::Desugared(d), |l| {
            let brk = l.expr(ExprKind::Break(None, None), span);
            let els_block = Block {
                stmts: vec![Stmt {
                    kind: StmtKind::Semi(brk),
                    span,
                    origin: l.origin.clone(),
                }],
                tail: None,
                unsafe_: false,
                span,
            };
            let els = l.expr(ExprKind::Block(els_block, None), span);
            let iff = l.expr(ExprKind::If(c, then, Some(els)), span);
            let body = Block {
                stmts: Vec::new(),
                tail: Some(iff),
                unsafe_: false,
                span,
            };
            l.expr(ExprKind::Loop(body, label, Source::While), span)
        })
    }

    /// `'l: for pat in iter { body }` →
    /// `{ let _t = match into_iter(iter) { mut iter => 'l: loop { match next(&mut iter) {
    /// None {} => break, Some { 0: pat } => body } } }; _t }`, as rustc 1.95 prints it.
    fn lower_for(
        &mut self,
        label: Option<&ast::Lifetime>,
        pat: &ast::Pat,
        iter: &ast::Expr,
        body: &ast::Block,
        span: Span,
    ) -> ExprId {
        let iter_e = self.lower_expr(iter);
        let fo = Origin::Desugared(Desugaring::ForLoop);
        let (into, iter_pat, iter_local) = self.with_origin(fo.clone(), |l| {
            let into = l.lang_call(
                "into_iter",
                "std::iter::IntoIterator::into_iter",
                vec![iter_e],
                iter.span,
            );
            let (p, loc) = l.synth_binding("iter", Mutability::Mut, span);
            (into, p, loc)
        });
        // The user's pattern and body, in a rib of their own.
        self.labels.extend(label.map(|l| (l.name.clone(), l.span)));
        let label = label.map(|l| l.name.clone());
        self.ribs.push(Some(Vec::new()));
        let mut bound = Vec::new();
        let user_pat = self.lower_pat(pat, &mut bound);
        for (n, l) in bound {
            self.push_binding(&n, l);
        }
        let user_body = self.lower_block_expr(body, None);
        self.ribs.pop();
        if label.is_some() {
            self.labels.pop();
        }
        self.with_origin(fo, |l| {
            let it = l.local_expr(iter_local, span);
            let borrow = l.expr(ExprKind::AddrOf(Mutability::Mut, it), span);
            let next = l.lang_call("next", "std::iter::Iterator::next", vec![borrow], span);
            let none_path = l.lang_path("None", "std::option::Option::None", span);
            let none_pat = l.pat(
                PatKind::Struct {
                    path: none_path,
                    fields: Vec::new(),
                    rest: false,
                },
                span,
            );
            let brk = l.expr(ExprKind::Break(None, None), span);
            let some_path = l.lang_path("Some", "std::option::Option::Some", span);
            let some_pat = l.pat(
                PatKind::Struct {
                    path: some_path,
                    fields: vec![("0".into(), user_pat)],
                    rest: false,
                },
                pat.span,
            );
            let inner = l.expr(
                ExprKind::Match(
                    next,
                    vec![
                        Arm {
                            pat: none_pat,
                            guard: None,
                            body: brk,
                            allow_unreachable: false,
                            span,
                        },
                        Arm {
                            pat: some_pat,
                            guard: None,
                            body: user_body,
                            allow_unreachable: false,
                            span,
                        },
                    ],
                    Source::ForLoop,
                ),
                span,
            );
            let loop_body = Block {
                stmts: vec![Stmt {
                    kind: StmtKind::Expr(inner),
                    span,
                    origin: l.origin.clone(),
                }],
                tail: None,
                unsafe_: false,
                span,
            };
            let lp = l.expr(ExprKind::Loop(loop_body, label, Source::ForLoop), span);
            let outer = l.expr(
                ExprKind::Match(
                    into,
                    vec![Arm {
                        pat: iter_pat,
                        guard: None,
                        body: lp,
                        allow_unreachable: false,
                        span,
                    }],
                    Source::ForLoop,
                ),
                span,
            );
            let (tp, tl) = l.synth_binding("_t", Mutability::Not, span);
            let t = l.local_expr(tl, span);
            let block = Block {
                stmts: vec![Stmt {
                    kind: StmtKind::Let {
                        pat: tp,
                        ty: None,
                        init: Some(outer),
                        els: None,
                        is_super: false,
                    },
                    span,
                    origin: l.origin.clone(),
                }],
                tail: Some(t),
                unsafe_: false,
                span,
            };
            l.expr(ExprKind::Block(block, None), span)
        })
    }

    // ----- patterns -----

    /// Lowers a pattern; the locals it binds are added to `bound` (shared between the
    /// alternatives of an or-pattern, so `A(x) | B(x)` binds one `x`).
    pub(crate) fn lower_pat(&mut self, p: &ast::Pat, bound: &mut Vec<(String, LocalId)>) -> PatId {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.lower_pat_inner(p, bound))
    }

    fn lower_pat_inner(&mut self, p: &ast::Pat, bound: &mut Vec<(String, LocalId)>) -> PatId {
        let span = p.span;
        let kind = match &p.kind {
            ast::PatKind::Wild => PatKind::Wild,
            ast::PatKind::Ident {
                by_ref,
                mutbl: m,
                ident,
                sub,
            } => {
                if !*by_ref && *m == ast::Mutability::Not && sub.is_none() {
                    if let Some(r) = self.resolve_ident(&ident.name, Ns::Value, false) {
                        let unit = match &r {
                            Res::Variant(e, i) => self
                                .variants
                                .get(e)
                                .and_then(|v| v.get(*i as usize))
                                .is_some_and(|(_, s)| *s == Shape::Unit),
                            Res::Def(DefKind::Struct, s) => {
                                self.shapes.get(s) == Some(&Shape::Unit)
                            }
                            Res::Def(DefKind::Const, _) | Res::Def(DefKind::Static, _) => true,
                            Res::Std(StdKind::Variant, path) => {
                                std_paths::PRELUDE_UNIT_VARIANTS
                                    .iter()
                                    .any(|u| path.ends_with(&format!("::{u}")))
                                    || path.ends_with("::Less")
                                    || path.ends_with("::Equal")
                                    || path.ends_with("::Greater")
                            }
                            _ => false,
                        };
                        if unit {
                            let path = synth_path(&[&ident.name], false, r, ident.span);
                            return self.pat(PatKind::Path(path), span);
                        }
                    }
                }
                let sub = sub.as_ref().map(|s| self.lower_pat(s, bound));
                let m = mutbl(*m);
                let local = match bound.iter().find(|(n, _)| *n == ident.name) {
                    Some((_, l)) => *l,
                    None => {
                        let l = self.local(&ident.name, m, ident.span, None);
                        bound.push((ident.name.clone(), l));
                        l
                    }
                };
                let id = self.pat(
                    PatKind::Binding {
                        mode: BindingMode {
                            by_ref: *by_ref,
                            mutbl: m,
                        },
                        local,
                        sub,
                    },
                    span,
                );
                if self.hir.locals[local.index()].pat.is_none() {
                    self.hir.locals[local.index()].pat = Some(id);
                }
                return id;
            }
            ast::PatKind::Lit(e) => PatKind::Lit(self.lower_expr(e)),
            ast::PatKind::Range { start, end, limits } => PatKind::Range {
                lo: start.as_ref().map(|e| self.lower_expr(e)),
                hi: end.as_ref().map(|e| self.lower_expr(e)),
                inclusive: *limits == ast::RangeLimits::Closed,
            },
            ast::PatKind::Tuple(ps) => {
                let rest = ps.iter().position(|p| matches!(p.kind, ast::PatKind::Rest));
                let pats = ps
                    .iter()
                    .filter(|p| !matches!(p.kind, ast::PatKind::Rest))
                    .map(|p| self.lower_pat(p, bound))
                    .collect();
                PatKind::Tuple(pats, rest)
            }
            ast::PatKind::Slice(ps) => {
                PatKind::Slice(ps.iter().map(|p| self.lower_pat(p, bound)).collect())
            }
            ast::PatKind::Rest => PatKind::Rest,
            ast::PatKind::Struct {
                qself,
                path,
                fields,
                rest,
            } => {
                let path = self.lower_path_kind(qself.as_deref(), path, PathKind::Struct);
                let fields = fields
                    .iter()
                    .map(|f| (f.ident.name.clone(), self.lower_pat(&f.pat, bound)))
                    .collect();
                PatKind::Struct {
                    path,
                    fields,
                    rest: *rest,
                }
            }
            ast::PatKind::TupleStruct { qself, path, pats } => {
                let path = self.lower_path_kind(qself.as_deref(), path, PathKind::TupleStruct);
                let rest = pats
                    .iter()
                    .position(|p| matches!(p.kind, ast::PatKind::Rest));
                let pats = pats
                    .iter()
                    .filter(|p| !matches!(p.kind, ast::PatKind::Rest))
                    .map(|p| self.lower_pat(p, bound))
                    .collect();
                PatKind::TupleStruct { path, pats, rest }
            }
            ast::PatKind::Path(q, path) => {
                PatKind::Path(self.lower_path_kind(q.as_deref(), path, PathKind::PatPath))
            }
            ast::PatKind::Or(ps) => {
                PatKind::Or(ps.iter().map(|p| self.lower_pat(p, bound)).collect())
            }
            ast::PatKind::Ref { mutbl: m, pat } => {
                PatKind::Ref(mutbl(*m), self.lower_pat(pat, bound))
            }
            ast::PatKind::Paren(inner) => return self.lower_pat(inner, bound),
            ast::PatKind::MacCall(m) => {
                self.diags.push(unsupported(
                    &format!("the macro `{}!` in patterns", path_text(&m.path)),
                    m.span,
                ));
                PatKind::Err
            }
            ast::PatKind::Err => PatKind::Err,
        };
        self.pat(kind, span)
    }
}

/// The article rustc puts before a description (`a function`, `an enum`).
fn article(descr: &str) -> &'static str {
    let an = [
        "associated",
        "enum",
        "implementation",
        "opaque",
        "use",
        "inline",
        "extern",
    ];
    if an.iter().any(|w| descr.starts_with(w)) {
        "an"
    } else {
        "a"
    }
}

/// What rustc says it looked for when a value path fails (`PathSource::descr_expected`): a
/// callee named with a capital may be a tuple struct or variant too.
fn expected_value(kind: PathKind, name: &str) -> &'static str {
    match kind {
        PathKind::Call if name.starts_with(char::is_uppercase) => {
            "function, tuple struct or tuple variant"
        }
        PathKind::Call => "function",
        _ => "value",
    }
}

/// The kind of a resolution to an item of the crate.
fn def_kind(res: &Res) -> DefKind {
    match res {
        Res::Def(k, _) => *k,
        _ => DefKind::Mod,
    }
}
