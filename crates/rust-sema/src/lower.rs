//! Lowering from rust-syntax's AST to the HIR, with rustc's desugarings and name resolution.
//!
//! Lowering runs in three steps, as rustc's resolver and `rustc_ast_lowering` do together:
//! 1. every item of every module is declared (given an [`ItemId`] and a name in its scope's
//!    namespaces), so items may be used before they are written;
//! 2. the `use` declarations are resolved, repeatedly until nothing changes, so an import may
//!    go through another import;
//! 3. the items are lowered: signatures, then bodies, with local variables resolved through a
//!    stack of ribs (one per block, arm, closure and loop desugaring) and `for`, `while`,
//!    `while let`, `?`, ranges and the supported macros desugared as rustc 1.95 does.

use std::collections::HashMap;

use rust_syntax::ast;
use source::{Diagnostic, Span};

use crate::hir::*;
use crate::scope::{similar, Ns, Scope, Shape};
use crate::std_paths;

/// The output of lowering: the HIR and the diagnostics (name errors, unsupported constructs).
pub struct Lowered {
    pub hir: Hir,
    pub diagnostics: Vec<Diagnostic>,
}

/// Lowers a parsed crate. `src` is the text the AST's spans point into.
pub fn lower(src: &str, krate: &ast::Crate) -> Lowered {
    let mut l = Lowerer {
        src,
        hir: Hir {
            source_len: src.len() as u32,
            blank_lines: blank_lines(src),
            ..Hir::default()
        },
        diags: Vec::new(),
        scopes: Vec::new(),
        ribs: Vec::new(),
        generics: Vec::new(),
        self_res: Vec::new(),
        shapes: HashMap::new(),
        variants: HashMap::new(),
        pending: Vec::new(),
        imports: Vec::new(),
        origin: Origin::Source,
        impl_items: HashMap::new(),
        body_owner: ItemId(0),
        scope_stack: vec![0],
        labels: Vec::new(),
        last_block_rib: Vec::new(),
        field_names: HashMap::new(),
        variant_spans: HashMap::new(),
        item_starts: HashMap::new(),
        item_ctx: Vec::new(),
        fn_ctx: Vec::new(),
        assoc_next: false,
        in_generic_args: false,
        use_at: first_item_start(&krate.items)
            .map(|at| HashMap::from([(0, at)]))
            .unwrap_or_default(),
        item_scope: HashMap::new(),
        module_scopes: HashMap::new(),
        pending_globs: Default::default(),
    };
    let root = l.alloc_item(Item {
        name: String::new(),
        kind: ItemKind::Mod { items: Vec::new() },
        public: true,
        attrs: Vec::new(),
        derives: Vec::new(),
        derived: Vec::new(),
        span: krate.span,
        origin: Origin::Source,
    });
    l.scopes.push(Scope {
        module: 0,
        item: Some(root),
        ..Scope::default()
    });
    l.module_scopes.insert(root, 0);
    let items = l.declare_items(0, &krate.items);
    l.hir.root = items.clone();
    l.hir.items[root.index()].kind = ItemKind::Mod { items };
    l.resolve_imports();
    l.lower_pending();
    // Lifetime elision is checked by rustc's late resolution too (E0106).
    // rustc reports them at once, before the errors it collects until the end of resolution.
    let elision_errors = crate::elision::check(src, &l.hir);
    l.diags.extend(
        elision_errors
            .into_iter()
            .map(|d| d.emitted(source::Emission::Early)),
    );
    Lowered {
        hir: l.hir,
        diagnostics: l.diags,
    }
}

/// An import waiting to be resolved.
pub(crate) struct Import {
    scope: usize,
    item: ItemId,
    segments: Vec<ast::Ident>,
    global: bool,
    rename: Option<String>,
    glob: bool,
    span: Span,
    done: bool,
}

/// An item being lowered, as the name-resolution diagnostics describe it.
pub(crate) struct ItemCtx {
    /// `function`, `struct`, `enum`, `impl`, … (rustc's `ItemKind::descr`).
    pub(crate) descr: &'static str,
    pub(crate) name: String,
    /// The span of its name, if it has one.
    pub(crate) ident: Option<Span>,
    /// Its generics: the `<…>` span (empty after the name when there is none) and where a new
    /// parameter goes after the last one, if any.
    pub(crate) generics: Option<(Span, Option<u32>)>,
    /// Its type and const parameters, with the spans of their names.
    pub(crate) generic_params: Vec<(String, Span)>,
}

/// A function being lowered.
pub(crate) struct FnCtx {
    pub(crate) ident: Span,
    /// The span of its first parameter (`self` included), if any.
    pub(crate) first_param: Option<Span>,
    pub(crate) has_self: bool,
    /// Its type and const parameters, with the spans of their names.
    pub(crate) generic_params: Vec<(String, Span)>,
}

/// The state of lowering one crate.
pub(crate) struct Lowerer<'a> {
    pub(crate) src: &'a str,
    pub(crate) hir: Hir,
    pub(crate) diags: Vec<Diagnostic>,
    pub(crate) scopes: Vec<Scope>,
    /// Local variables in scope, innermost rib last; `None` marks an item boundary.
    pub(crate) ribs: Vec<Option<Vec<(String, LocalId)>>>,
    /// Generic parameter names in scope.
    pub(crate) generics: Vec<Vec<String>>,
    /// What `Self` means, innermost last.
    pub(crate) self_res: Vec<(Res, Option<ItemId>)>,
    /// Struct shapes, and the variants of enums, by item.
    pub(crate) shapes: HashMap<ItemId, Shape>,
    pub(crate) variants: HashMap<ItemId, Vec<(String, Shape)>>,
    /// Items declared but not yet lowered: the item, its AST and its scope.
    pub(crate) pending: Vec<(ItemId, ast::Item, usize)>,
    pub(crate) imports: Vec<Import>,
    /// The origin given to the nodes being created.
    pub(crate) origin: Origin,
    /// The names of the associated items of each impl's self type (for suggestions).
    pub(crate) impl_items: HashMap<ItemId, Vec<(String, bool)>>,
    /// The item whose body is being lowered.
    pub(crate) body_owner: ItemId,
    /// The scopes names are resolved in, innermost last.
    pub(crate) scope_stack: Vec<usize>,
    /// Loop labels in scope (for `break 'a`), innermost last.
    pub(crate) labels: Vec<(String, Span)>,
    /// The locals of the block last left (rustc's `last_block_rib`, for the "available in a
    /// different scope" help).
    pub(crate) last_block_rib: Vec<(String, LocalId)>,
    /// The field names of each struct, known from its declaration on (items are lowered in
    /// no particular order).
    pub(crate) field_names: HashMap<ItemId, Vec<(String, Span)>>,
    /// The items being lowered, innermost last (rustc's `diag_metadata.current_item`; an
    /// associated item is not one, its impl or trait is).
    pub(crate) item_ctx: Vec<ItemCtx>,
    /// The functions being lowered, innermost last (rustc's `current_function`).
    pub(crate) fn_ctx: Vec<FnCtx>,
    /// Set while the next item lowered is an associated one.
    pub(crate) assoc_next: bool,
    /// True while generic arguments are lowered (rustc's `currently_processing_generic_args`).
    pub(crate) in_generic_args: bool,
    /// Where rustc inserts a suggested `use` in each module (by scope): before its first
    /// `use`, else before its first item (outer attributes included).
    pub(crate) use_at: HashMap<usize, u32>,
    /// The scope each item is declared in.
    pub(crate) item_scope: HashMap<ItemId, usize>,
    /// The spans of each enum's variants, known from its declaration on.
    pub(crate) variant_spans: HashMap<ItemId, Vec<Span>>,
    /// Where each item with outer attributes starts after them (rustc's item span).
    pub(crate) item_starts: HashMap<ItemId, u32>,
    /// The scope of each module item.
    pub(crate) module_scopes: HashMap<ItemId, usize>,
    /// The scopes that still have an unresolved glob import (recomputed every round).
    pub(crate) pending_globs: std::collections::HashSet<usize>,
}

pub(crate) fn mutbl(m: ast::Mutability) -> Mutability {
    match m {
        ast::Mutability::Mut => Mutability::Mut,
        ast::Mutability::Not => Mutability::Not,
    }
}

/// What kind of unsupported construct an AST expression is, for the diagnostic.
pub(crate) fn unsupported(what: &str, span: Span) -> Diagnostic {
    Diagnostic::error(format!("deepdive does not support {what} yet"), span)
}

impl<'a> Lowerer<'a> {
    // ----- allocation -----

    pub(crate) fn alloc_item(&mut self, item: Item) -> ItemId {
        self.hir.items.push(item);
        ItemId(self.hir.items.len() as u32 - 1)
    }

    pub(crate) fn expr(&mut self, kind: ExprKind, span: Span) -> ExprId {
        self.hir.exprs.push(Expr {
            kind,
            span,
            origin: self.origin.clone(),
        });
        ExprId(self.hir.exprs.len() as u32 - 1)
    }

    pub(crate) fn pat(&mut self, kind: PatKind, span: Span) -> PatId {
        self.hir.pats.push(Pat {
            kind,
            span,
            origin: self.origin.clone(),
        });
        PatId(self.hir.pats.len() as u32 - 1)
    }

    pub(crate) fn local(
        &mut self,
        name: &str,
        mutbl: Mutability,
        span: Span,
        pat: Option<PatId>,
    ) -> LocalId {
        self.hir.locals.push(Local {
            name: name.to_string(),
            mutbl,
            span,
            pat,
        });
        LocalId(self.hir.locals.len() as u32 - 1)
    }

    pub(crate) fn text(&self, span: Span) -> &'a str {
        self.src
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }

    /// Runs `f` with the origin set to `origin` (nodes it creates are marked with it).
    pub(crate) fn with_origin<T>(&mut self, origin: Origin, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = std::mem::replace(&mut self.origin, origin);
        let r = f(self);
        self.origin = saved;
        r
    }

    // ----- declaring items -----

    /// Declares `items` in scope `scope`: allocates their ids and binds their names.
    pub(crate) fn declare_items(&mut self, scope: usize, items: &[ast::Item]) -> Vec<ItemId> {
        let mut ids = Vec::new();
        for item in items {
            let before = self.hir.items.len();
            match self.declare_item(scope, item) {
                Some(id) => ids.push(id),
                // A `use` declares one item per leaf of its tree.
                None => ids.extend((before..self.hir.items.len()).map(|i| ItemId(i as u32))),
            }
        }
        ids
    }

    pub(crate) fn declare_item(&mut self, scope: usize, item: &ast::Item) -> Option<ItemId> {
        let public = !matches!(item.vis.kind, ast::VisibilityKind::Inherited);
        let attrs = item
            .attrs
            .iter()
            .filter(|a| matches!(a.kind, ast::AttrKind::Normal { .. }))
            .map(|a| self.text(a.span).to_string())
            .collect();
        let (name, def) = match &item.kind {
            ast::ItemKind::Fn(f) => (f.ident.name.clone(), Some(DefKind::Fn)),
            ast::ItemKind::Struct { ident, .. } => (ident.name.clone(), Some(DefKind::Struct)),
            ast::ItemKind::Enum { ident, .. } => (ident.name.clone(), Some(DefKind::Enum)),
            ast::ItemKind::Trait { ident, .. } => (ident.name.clone(), Some(DefKind::Trait)),
            ast::ItemKind::Const { ident, .. } => (ident.name.clone(), Some(DefKind::Const)),
            ast::ItemKind::Static { ident, .. } => (ident.name.clone(), Some(DefKind::Static)),
            ast::ItemKind::TyAlias { ident, .. } => (ident.name.clone(), Some(DefKind::TyAlias)),
            ast::ItemKind::Mod { ident, .. } => (ident.name.clone(), Some(DefKind::Mod)),
            ast::ItemKind::Impl(_) => (String::new(), None),
            ast::ItemKind::Use(tree) => {
                self.declare_use(scope, tree, &[], false, public);
                return None;
            }
            ast::ItemKind::ExternCrate { name, .. } => {
                if !matches!(name.name.as_str(), "std" | "core" | "alloc") {
                    self.diags
                        .push(unsupported("extern crates other than std", item.span));
                }
                return None;
            }
            ast::ItemKind::MacroRules { .. } | ast::ItemKind::MacroDef { .. } => {
                self.diags.push(unsupported("macro definitions", item.span));
                return None;
            }
            ast::ItemKind::MacCall(m) => {
                self.diags.push(unsupported(
                    &format!("the macro `{}!` in item position", path_text(&m.path)),
                    m.span,
                ));
                return None;
            }
            ast::ItemKind::Union { .. } => {
                self.diags.push(unsupported("unions", item.span));
                return None;
            }
            ast::ItemKind::ForeignMod { .. } => {
                self.diags.push(unsupported("extern blocks", item.span));
                return None;
            }
            ast::ItemKind::TraitAlias { .. } => {
                self.diags.push(unsupported("trait aliases", item.span));
                return None;
            }
        };
        let derives = self.derives(&item.attrs);
        let id = self.alloc_item(Item {
            name: name.clone(),
            kind: ItemKind::ExternCrate,
            public,
            attrs,
            derives,
            derived: Vec::new(),
            span: item.span,
            origin: Origin::Source,
        });
        self.item_scope.insert(id, scope);
        if let Some(end) = outer_attrs_end(item) {
            let rest = self
                .src
                .get(end as usize..item.span.end as usize)
                .unwrap_or("");
            let skipped = rest.len() - skip_trivia(rest).len();
            self.item_starts.insert(id, end + skipped as u32);
        }
        let def = def.unwrap_or(DefKind::Impl);
        let res = Res::Def(def, id);
        match &item.kind {
            ast::ItemKind::Fn(_) | ast::ItemKind::Const { .. } | ast::ItemKind::Static { .. } => {
                self.bind(scope, Ns::Value, &name, res);
            }
            ast::ItemKind::Struct { data, .. } => {
                let shape = shape_of(data);
                self.shapes.insert(id, shape);
                let fields = match data {
                    ast::VariantData::Struct(f) | ast::VariantData::Tuple(f) => f,
                    ast::VariantData::Unit => &Vec::new(),
                };
                self.field_names.insert(
                    id,
                    fields
                        .iter()
                        .filter_map(|f| f.ident.as_ref().map(|i| (i.name.clone(), i.span)))
                        .collect(),
                );
                self.bind(scope, Ns::Type, &name, res.clone());
                if shape != Shape::Named {
                    self.bind(scope, Ns::Value, &name, res);
                }
            }
            ast::ItemKind::Enum { variants, .. } => {
                let vs = variants
                    .iter()
                    .map(|v| (v.ident.name.clone(), shape_of(&v.data)))
                    .collect();
                self.variants.insert(id, vs);
                self.variant_spans
                    .insert(id, variants.iter().map(|v| v.span).collect());
                self.bind(scope, Ns::Type, &name, res);
            }
            ast::ItemKind::Trait { .. } | ast::ItemKind::TyAlias { .. } => {
                self.bind(scope, Ns::Type, &name, res);
            }
            ast::ItemKind::Mod { ident, items, .. } => {
                self.bind(scope, Ns::Type, &name, res);
                let module = self.scopes.len();
                self.module_scopes.insert(id, module);
                self.scopes.push(Scope {
                    module,
                    super_mod: Some(self.scopes[scope].module),
                    item: Some(id),
                    name: ident.name.clone(),
                    ..Scope::default()
                });
                match items {
                    Some(items) => {
                        if let Some(at) = first_item_start(items) {
                            self.use_at.insert(module, at);
                        }
                        let ids = self.declare_items(module, items);
                        self.hir.items[id.index()].kind = ItemKind::Mod { items: ids };
                    }
                    None => {
                        self.diags
                            .push(unsupported("modules in other files", item.span));
                        self.hir.items[id.index()].kind = ItemKind::Mod { items: Vec::new() };
                    }
                }
                return Some(id);
            }
            _ => {}
        }
        self.pending.push((id, item.clone(), scope));
        Some(id)
    }

    /// The traits named by the `#[derive(…)]` attributes of an item. A name that is no derive
    /// of the standard library gets rustc's error.
    fn derives(&mut self, attrs: &[ast::Attribute]) -> Vec<(String, Span)> {
        const STD_DERIVES: &[&str] = &[
            "Debug",
            "Clone",
            "Copy",
            "PartialEq",
            "Eq",
            "PartialOrd",
            "Ord",
            "Hash",
            "Default",
        ];
        let mut out = Vec::new();
        for a in attrs {
            let ast::AttrKind::Normal { path, args } = &a.kind else {
                continue;
            };
            if path.segments.len() != 1 || path.segments[0].ident.name != "derive" {
                continue;
            }
            let ast::AttrArgs::Delimited(d) = args else {
                continue;
            };
            for tree in &d.trees {
                let ast::TokenTree::Token(tok) = tree else {
                    continue;
                };
                if !matches!(tok.kind, rust_syntax::TokenKind::Ident) {
                    continue;
                }
                let name = self.text(tok.span).to_string();
                if !STD_DERIVES.contains(&name.as_str()) {
                    self.diags.push(Diagnostic::error(
                        format!("cannot find derive macro `{name}` in this scope"),
                        tok.span,
                    ));
                }
                out.push((name, tok.span));
            }
        }
        out
    }

    pub(crate) fn bind(&mut self, scope: usize, ns: Ns, name: &str, res: Res) {
        if name == "_" {
            return;
        }
        self.scopes[scope]
            .map_mut(ns)
            .entry(name.to_string())
            .or_insert(res);
    }

    /// Flattens a use tree into one import per leaf.
    fn declare_use(
        &mut self,
        scope: usize,
        tree: &ast::UseTree,
        prefix: &[ast::Ident],
        global: bool,
        public: bool,
    ) {
        let mut segments: Vec<ast::Ident> = prefix.to_vec();
        segments.extend(tree.prefix.segments.iter().map(|s| s.ident.clone()));
        let global = global || tree.prefix.global;
        match &tree.kind {
            ast::UseTreeKind::Nested(trees) => {
                // rustc's HIR keeps the group itself as an empty `use ::{};` item before its
                // leaves.
                self.alloc_item(Item {
                    name: String::new(),
                    kind: ItemKind::Use {
                        path: Path {
                            global: true,
                            qself: None,
                            segments: Vec::new(),
                            res: Res::Err,
                            span: tree.span,
                        },
                        rename: None,
                        glob: false,
                    },
                    public,
                    attrs: Vec::new(),
                    derives: Vec::new(),
                    derived: Vec::new(),
                    span: tree.span,
                    origin: Origin::Source,
                });
                for t in trees {
                    self.declare_use(scope, t, &segments, global, public);
                }
            }
            kind => {
                let glob = matches!(kind, ast::UseTreeKind::Glob);
                let mut rename = match kind {
                    ast::UseTreeKind::Simple(Some(r)) => Some(r.name.clone()),
                    _ => None,
                };
                // `use a::{self}` imports `a` itself.
                if segments.last().is_some_and(|s| s.name == "self") && segments.len() > 1 {
                    segments.pop();
                    if rename.is_none() {
                        rename = None;
                    }
                }
                let path = Path {
                    global,
                    qself: None,
                    segments: segments
                        .iter()
                        .map(|s| PathSegment {
                            name: s.name.clone(),
                            args: Vec::new(),
                            span: s.span,
                        })
                        .collect(),
                    res: Res::Err,
                    span: tree.span,
                };
                let item = self.alloc_item(Item {
                    name: rename.clone().unwrap_or_else(|| {
                        segments.last().map(|s| s.name.clone()).unwrap_or_default()
                    }),
                    kind: ItemKind::Use {
                        path,
                        rename: rename.clone(),
                        glob,
                    },
                    public,
                    attrs: Vec::new(),
                    derives: Vec::new(),
                    derived: Vec::new(),
                    span: tree.span,
                    origin: Origin::Source,
                });
                self.imports.push(Import {
                    scope,
                    item,
                    span: Span::new(
                        segments
                            .first()
                            .map(|s| s.span.start)
                            .unwrap_or(tree.span.start),
                        segments.last().map(|s| s.span.end).unwrap_or(tree.span.end),
                    ),
                    segments,
                    global,
                    rename,
                    glob,
                    done: false,
                });
            }
        }
    }

    // ----- imports -----

    pub(crate) fn resolve_imports(&mut self) {
        let mut progress = true;
        let mut rounds = 0;
        while progress && rounds < 16 {
            progress = false;
            rounds += 1;
            self.refresh_pending_globs();
            for i in 0..self.imports.len() {
                if self.imports[i].done {
                    continue;
                }
                if let Ok(found) = self.try_import(i) {
                    self.finish_import(i, found);
                    progress = true;
                }
            }
        }
        // Whatever is still unresolved now will not resolve: report it.
        self.pending_globs.clear();
        for i in 0..self.imports.len() {
            if self.imports[i].done {
                continue;
            }
            match self.try_import(i) {
                Ok(found) => self.finish_import(i, found),
                Err(d) => {
                    if let Some(d) = d {
                        self.diags.push(d);
                    }
                    // A failed import binds its name to an error, so uses of it stay quiet.
                    let imp = &self.imports[i];
                    let name = imp
                        .rename
                        .clone()
                        .or_else(|| imp.segments.last().map(|s| s.name.clone()))
                        .unwrap_or_default();
                    let scope = imp.scope;
                    if !imp.glob {
                        self.bind(scope, Ns::Type, &name, Res::Err);
                        self.bind(scope, Ns::Value, &name, Res::Err);
                    }
                    self.imports[i].done = true;
                }
            }
        }
    }

    fn finish_import(&mut self, i: usize, found: (Option<Res>, Option<Res>)) {
        let imp = &self.imports[i];
        let scope = imp.scope;
        let item = imp.item;
        let glob = imp.glob;
        let name = imp
            .rename
            .clone()
            .or_else(|| imp.segments.last().map(|s| s.name.clone()))
            .unwrap_or_default();
        self.imports[i].done = true;
        let (ty, val) = found;
        let main = ty.clone().or(val.clone()).unwrap_or(Res::Err);
        if let ItemKind::Use { path, .. } = &mut self.hir.items[item.index()].kind {
            path.res = main.clone();
        }
        if glob {
            self.scopes[scope].globs.push(main);
            return;
        }
        if let Some(t) = ty {
            self.bind(scope, Ns::Type, &name, t);
        }
        if let Some(v) = val {
            self.bind(scope, Ns::Value, &name, v);
        }
    }

    /// Resolves import `i`: its resolutions in the type and value namespaces, or the error
    /// (`Err(None)` while an import it may depend on is still pending).
    #[allow(clippy::type_complexity)]
    fn try_import(&self, i: usize) -> Result<(Option<Res>, Option<Res>), Option<Diagnostic>> {
        let imp = &self.imports[i];
        let segs = &imp.segments;
        if segs.is_empty() {
            return Err(None);
        }
        let full = |n: usize| {
            segs[..n]
                .iter()
                .map(|s| s.name.as_str())
                .collect::<Vec<_>>()
                .join("::")
        };
        // The first segment.
        let first = &segs[0];
        let mut cur: Res = match first.name.as_str() {
            "crate" => Res::Def(DefKind::Mod, ItemId(0)),
            "self" => Res::Def(DefKind::Mod, self.module_item(imp.scope)),
            "super" => match self.scopes[self.scopes[imp.scope].module].super_mod {
                Some(m) => Res::Def(DefKind::Mod, self.module_item(m)),
                None => {
                    return Err(Some(
                        Diagnostic::error(
                            "failed to resolve: there are too many leading `super` keywords",
                            first.span,
                        )
                        .with_code("E0433"),
                    ))
                }
            },
            "std" | "core" | "alloc" => Res::Std(StdKind::Mod, "std"),
            name => match self.scopes[self.scopes[imp.scope].module].types.get(name) {
                Some(r) if !imp.global => r.clone(),
                _ => {
                    if segs.len() == 1 {
                        // `use name;` of something that is neither a crate nor an item.
                        if let Some(r) = self.scopes[self.scopes[imp.scope].module].values.get(name)
                        {
                            return Ok((None, Some(r.clone())));
                        }
                    }
                    if self.pending_imports_in(imp.scope) {
                        return Err(None);
                    }
                    let span = if segs.len() == 1 {
                        imp.span
                    } else {
                        first.span
                    };
                    let label = if segs.len() == 1 {
                        format!("no external crate `{name}`")
                    } else {
                        format!("use of unresolved module or unlinked crate `{name}`")
                    };
                    let mut d = Diagnostic::error(format!("unresolved import `{name}`"), span)
                        .with_code("E0432")
                        .with_label_message(label);
                    if segs.len() > 1 {
                        d = d.with_note(format!(
                            "help: you might be missing a crate named `{name}`"
                        ));
                    }
                    return Err(Some(d));
                }
            },
        };
        if segs.len() == 1 {
            return match cur {
                Res::Def(DefKind::Mod, _) | Res::Std(StdKind::Mod, _) => Ok((Some(cur), None)),
                other => Ok((Some(other), None)),
            };
        }
        for (k, seg) in segs.iter().enumerate().skip(1) {
            let last = k + 1 == segs.len();
            let name = seg.name.as_str();
            if last && name == "*" {
                return Ok((Some(cur), None));
            }
            match &cur {
                Res::Def(DefKind::Mod, m) => {
                    let scope = self.scope_of_module(*m);
                    let t = self.scopes[scope].types.get(name).cloned();
                    let v = self.scopes[scope].values.get(name).cloned();
                    if last {
                        if t.is_some() || v.is_some() {
                            return Ok((t, v));
                        }
                        if self.pending_imports_in(scope) {
                            return Err(None);
                        }
                        let where_ = self.module_desc(scope);
                        // rustc suggests the closest of the module's other names, in
                        // either namespace.
                        let names: Vec<&str> = self.scopes[scope]
                            .types
                            .keys()
                            .chain(self.scopes[scope].values.keys())
                            .map(|n| n.as_str())
                            .collect();
                        let near = similar(name, names.into_iter());
                        let mut d = Diagnostic::error(
                            format!("unresolved import `{}`", full(k + 1)),
                            imp.span,
                        )
                        .with_code("E0432")
                        .with_label_message(format!("no `{name}` in {where_}"));
                        if let Some(n) = near {
                            d = d.with_suggestion(
                                "a similar name exists in the module",
                                vec![(seg.span, n)],
                            );
                        }
                        return Err(Some(d));
                    }
                    match t {
                        Some(r) => cur = r,
                        None => {
                            if self.pending_imports_in(scope) {
                                return Err(None);
                            }
                            let where_ = if *m == ItemId(0) {
                                "the crate root".to_string()
                            } else {
                                format!("`{}`", self.scopes[scope].name)
                            };
                            return Err(Some(
                                Diagnostic::error(
                                    format!("unresolved import `{}`", full(k + 1)),
                                    seg.span,
                                )
                                .with_code("E0432")
                                .with_label_message(format!("could not find `{name}` in {where_}")),
                            ));
                        }
                    }
                }
                Res::Std(StdKind::Mod, p) => {
                    let path = format!("{p}::{name}");
                    match std_paths::lookup(&path) {
                        Some((p, kind)) => {
                            cur = Res::Std(kind, p);
                            if last {
                                let r = Res::Std(kind, p);
                                return Ok(match kind {
                                    StdKind::Fn | StdKind::Const => (None, Some(r)),
                                    StdKind::Struct => (Some(r.clone()), Some(r)),
                                    _ => (Some(r), None),
                                });
                            }
                        }
                        None => {
                            let module_name = p.rsplit("::").next().unwrap_or(p);
                            let children = std_paths::children(p);
                            let near = similar(name, children.iter().copied());
                            return Err(Some(match near {
                                Some(n) => {
                                    let span = if last { imp.span } else { seg.span };
                                    let msg = format!("unresolved import `{}`", full(k + 1));
                                    let label = if last {
                                        format!("no `{name}` in `{module_name}`")
                                    } else {
                                        format!("could not find `{name}` in `{module_name}`")
                                    };
                                    Diagnostic::error(msg, span)
                                        .with_code("E0432")
                                        .with_label_message(label)
                                        .with_suggestion(
                                            "a similar name exists in the module",
                                            vec![(seg.span, n)],
                                        )
                                }
                                None => unsupported(&format!("`{path}`"), imp.span),
                            }));
                        }
                    }
                }
                Res::Def(DefKind::Enum, e) => {
                    if last && name == "*" {
                        return Ok((Some(cur.clone()), None));
                    }
                    let vs = self.variants.get(e).cloned().unwrap_or_default();
                    match vs.iter().position(|(n, _)| n == name) {
                        Some(idx) if last => {
                            let r = Res::Variant(*e, idx as u32);
                            return Ok((Some(r.clone()), Some(r)));
                        }
                        _ => {
                            return Err(Some(
                                Diagnostic::error(
                                    format!("unresolved import `{}`", full(k + 1)),
                                    if last { imp.span } else { seg.span },
                                )
                                .with_code("E0432")
                                .with_label_message(format!(
                                    "no `{name}` in `{}`",
                                    segs[k - 1].name
                                )),
                            ))
                        }
                    }
                }
                Res::Std(StdKind::Enum, p) => {
                    if let Some(v) = std_variant(p, name) {
                        return Ok((Some(v.clone()), Some(v)));
                    }
                    return Err(Some(unsupported(&format!("`{p}::{name}`"), seg.span)));
                }
                Res::Err => return Ok((Some(Res::Err), Some(Res::Err))),
                _ => return Err(Some(unsupported("importing associated items", seg.span))),
            }
        }
        Ok((Some(cur), None))
    }

    /// True when a glob import into `scope` is still unresolved (names may yet arrive there).
    fn pending_imports_in(&self, scope: usize) -> bool {
        self.pending_globs.contains(&scope)
    }

    fn refresh_pending_globs(&mut self) {
        self.pending_globs = self
            .imports
            .iter()
            .filter(|imp| !imp.done && imp.glob)
            .map(|imp| imp.scope)
            .collect();
    }

    pub(crate) fn module_item(&self, scope: usize) -> ItemId {
        self.scopes[self.scopes[scope].module]
            .item
            .unwrap_or(ItemId(0))
    }

    pub(crate) fn scope_of_module(&self, m: ItemId) -> usize {
        self.module_scopes.get(&m).copied().unwrap_or(0)
    }

    pub(crate) fn module_desc(&self, scope: usize) -> String {
        if scope == 0 {
            "the crate root".into()
        } else {
            format!("`{}`", self.scopes[scope].name)
        }
    }

    // ----- lowering items -----

    fn lower_pending(&mut self) {
        while let Some((id, item, scope)) = self.pending.pop() {
            self.lower_item(id, &item, scope);
        }
    }

    pub(crate) fn lower_item(&mut self, id: ItemId, item: &ast::Item, scope: usize) {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
            self.lower_item_inner(id, item, scope)
        })
    }

    fn lower_item_inner(&mut self, id: ItemId, item: &ast::Item, scope: usize) {
        self.scope_stack.push(scope);
        let ctx = !std::mem::take(&mut self.assoc_next);
        if ctx {
            let c = item_ctx(item);
            self.item_ctx.push(c);
        }
        let kind = match &item.kind {
            ast::ItemKind::Fn(f) => ItemKind::Fn(self.lower_fn(id, f)),
            ast::ItemKind::Struct { generics, data, .. } => {
                self.generics.push(generic_names(generics));
                let g = self.lower_generics(generics);
                let data = self.lower_variant_data(data);
                self.generics.pop();
                ItemKind::Struct { generics: g, data }
            }
            ast::ItemKind::Enum {
                generics, variants, ..
            } => {
                self.generics.push(generic_names(generics));
                let g = self.lower_generics(generics);
                let mut vs = Vec::new();
                for v in variants {
                    let data = self.lower_variant_data(&v.data);
                    let discriminant = v
                        .discriminant
                        .as_ref()
                        .map(|e| self.lower_const_expr(id, e));
                    vs.push(Variant {
                        name: v.ident.name.clone(),
                        data,
                        discriminant,
                        span: v.span,
                    });
                }
                self.generics.pop();
                ItemKind::Enum {
                    generics: g,
                    variants: vs,
                }
            }
            ast::ItemKind::Impl(imp) => {
                self.generics.push(generic_names(&imp.generics));
                let generics = self.lower_generics(&imp.generics);
                let self_ty = self.lower_ty(&imp.self_ty);
                let of_trait = imp
                    .of_trait
                    .as_ref()
                    .map(|p| self.lower_path(None, p, Ns::Type, true));
                let self_item = match &self_ty.kind {
                    TyKind::Path(p) => match p.res {
                        Res::Def(_, i) => Some(i),
                        _ => None,
                    },
                    _ => None,
                };
                let names: Vec<(String, bool)> = imp
                    .items
                    .iter()
                    .filter_map(|i| match &i.kind {
                        ast::ItemKind::Fn(f) => {
                            Some((f.ident.name.clone(), f.sig.self_param.is_some()))
                        }
                        _ => None,
                    })
                    .collect();
                if let Some(si) = self_item {
                    self.impl_items.entry(si).or_default().extend(names);
                }
                self.self_res.push((Res::SelfTy(id), self_item));
                let mut items = Vec::new();
                for it in &imp.items {
                    if let Some(aid) = self.declare_assoc(it) {
                        self.assoc_next = true;
                        self.lower_item(aid, it, scope);
                        items.push(aid);
                    }
                }
                self.self_res.pop();
                self.generics.pop();
                ItemKind::Impl {
                    unsafe_: imp.unsafety,
                    generics,
                    of_trait,
                    self_ty,
                    items,
                }
            }
            ast::ItemKind::Trait {
                generics,
                bounds,
                items: titems,
                ..
            } => {
                let mut names = generic_names(generics);
                names.push("Self".into());
                self.generics.push(names);
                let g = self.lower_generics(generics);
                let supertraits = self.lower_bounds(bounds);
                self.self_res.push((Res::SelfTy(id), None));
                let mut items = Vec::new();
                for it in titems {
                    if let Some(aid) = self.declare_assoc(it) {
                        self.assoc_next = true;
                        self.lower_item(aid, it, scope);
                        items.push(aid);
                    }
                }
                self.self_res.pop();
                self.generics.pop();
                ItemKind::Trait {
                    generics: g,
                    supertraits,
                    items,
                }
            }
            ast::ItemKind::Const { ty, expr, .. } => {
                let ty = self.lower_ty(ty);
                let body = expr.as_ref().map(|e| self.lower_body_expr(id, e));
                ItemKind::Const { ty, body }
            }
            ast::ItemKind::Static {
                ty, expr, mutbl: m, ..
            } => {
                let ty = self.lower_ty(ty);
                let body = match expr {
                    Some(e) => self.lower_body_expr(id, e),
                    None => {
                        let value = self.expr(ExprKind::Err, item.span);
                        self.alloc_body(id, None, Vec::new(), value)
                    }
                };
                ItemKind::Static {
                    mutbl: mutbl(*m),
                    ty,
                    body,
                }
            }
            ast::ItemKind::TyAlias { generics, ty, .. } => {
                self.generics.push(generic_names(generics));
                let g = self.lower_generics(generics);
                let ty = ty.as_ref().map(|t| self.lower_ty(t));
                self.generics.pop();
                ItemKind::TyAlias { generics: g, ty }
            }
            _ => ItemKind::ExternCrate,
        };
        self.hir.items[id.index()].kind = kind;
        let derived = self.expand_derives(id);
        self.hir.items[id.index()].derived = derived;
        if ctx {
            self.item_ctx.pop();
        }
        self.scope_stack.pop();
    }

    /// Allocates an item for an associated item of an impl or trait (not bound in any scope).
    fn declare_assoc(&mut self, it: &ast::Item) -> Option<ItemId> {
        let name = match &it.kind {
            ast::ItemKind::Fn(f) => f.ident.name.clone(),
            ast::ItemKind::Const { ident, .. } => ident.name.clone(),
            ast::ItemKind::TyAlias { ident, .. } => ident.name.clone(),
            ast::ItemKind::MacCall(m) => {
                self.diags
                    .push(unsupported("macros in impls and traits", m.span));
                return None;
            }
            _ => {
                self.diags
                    .push(unsupported("this kind of associated item", it.span));
                return None;
            }
        };
        Some(
            self.alloc_item(Item {
                name,
                kind: ItemKind::ExternCrate,
                public: !matches!(it.vis.kind, ast::VisibilityKind::Inherited),
                attrs: it
                    .attrs
                    .iter()
                    .filter(|a| matches!(a.kind, ast::AttrKind::Normal { .. }))
                    .map(|a| self.text(a.span).to_string())
                    .collect(),
                derives: Vec::new(),
                derived: Vec::new(),
                span: it.span,
                origin: Origin::Source,
            }),
        )
    }

    /// The scope names are being resolved in.
    pub(crate) fn cur_scope(&self) -> usize {
        self.scope_stack.last().copied().unwrap_or(0)
    }

    fn lower_variant_data(&mut self, data: &ast::VariantData) -> VariantData {
        let fields = |l: &mut Self, fs: &[ast::FieldDef]| {
            fs.iter()
                .enumerate()
                .map(|(i, f)| FieldDef {
                    name: f
                        .ident
                        .as_ref()
                        .map(|n| n.name.clone())
                        .unwrap_or_else(|| i.to_string()),
                    public: !matches!(f.vis.kind, ast::VisibilityKind::Inherited),
                    ty: l.lower_ty(&f.ty),
                    span: f.span,
                })
                .collect()
        };
        match data {
            ast::VariantData::Struct(fs) => VariantData::Struct(fields(self, fs)),
            ast::VariantData::Tuple(fs) => VariantData::Tuple(fields(self, fs)),
            ast::VariantData::Unit => VariantData::Unit,
        }
    }

    pub(crate) fn lower_generics(&mut self, g: &ast::Generics) -> Generics {
        let mut params = Vec::new();
        for p in &g.params {
            let kind = match &p.kind {
                ast::GenericParamKind::Lifetime { .. } => GenericParamKind::Lifetime,
                ast::GenericParamKind::Type { bounds, .. } => {
                    GenericParamKind::Type(self.lower_bounds(bounds))
                }
                ast::GenericParamKind::Const { ty, .. } => {
                    GenericParamKind::Const(self.lower_ty(ty))
                }
            };
            params.push(GenericParam {
                name: p.ident.name.clone(),
                kind,
                span: p.span,
            });
        }
        let mut predicates = Vec::new();
        for w in &g.where_clause {
            if let ast::WherePredicate::Bound { ty, bounds, .. } = w {
                let ty = self.lower_ty(ty);
                let bounds = self.lower_bounds(bounds);
                predicates.push((ty, bounds));
            }
        }
        Generics { params, predicates }
    }

    pub(crate) fn lower_bounds(&mut self, bounds: &[ast::GenericBound]) -> Vec<Bound> {
        bounds
            .iter()
            .filter_map(|b| match b {
                ast::GenericBound::Trait(t) => Some(Bound::Trait {
                    maybe: t.maybe,
                    path: self.lower_path(None, &t.path, Ns::Type, true),
                }),
                ast::GenericBound::Lifetime(l) => Some(Bound::Lifetime(l.name.clone())),
                ast::GenericBound::Use(..) => None,
            })
            .collect()
    }

    fn lower_fn(&mut self, id: ItemId, f: &ast::Fn) -> FnDecl {
        self.fn_ctx.push(FnCtx {
            ident: f.ident.span,
            first_param: f
                .sig
                .self_param
                .as_ref()
                .map(|s| s.span)
                .or_else(|| f.sig.params.first().map(|p| p.span)),
            has_self: f.sig.self_param.is_some(),
            generic_params: generic_param_spans(&f.generics),
        });
        self.generics.push(generic_names(&f.generics));
        let generics = self.lower_generics(&f.generics);
        let self_param = f.sig.self_param.as_ref().map(|s| match &s.kind {
            ast::SelfKind::Value(m) => SelfParam::Value(mutbl(*m)),
            ast::SelfKind::Ref(l, m) => {
                SelfParam::Ref(l.as_ref().map(|l| l.name.clone()), mutbl(*m))
            }
            ast::SelfKind::Explicit(m, t) => SelfParam::Explicit(mutbl(*m), self.lower_ty(t)),
        });
        let inputs: Vec<Ty> = f
            .sig
            .params
            .iter()
            .map(|p| match &p.ty {
                Some(t) => self.lower_ty(t),
                None => Ty {
                    kind: TyKind::Infer,
                    span: p.span,
                },
            })
            .collect();
        let output = f.sig.output.as_ref().map(|t| self.lower_ty(t));
        let param_names = f
            .sig
            .params
            .iter()
            .map(|p| {
                p.pat
                    .as_ref()
                    .map(|pat| self.text(pat.span).to_string())
                    .unwrap_or_else(|| "_".into())
            })
            .collect();
        let body = f.body.as_ref().map(|b| {
            let saved_ribs = std::mem::take(&mut self.ribs);
            let saved_owner = std::mem::replace(&mut self.body_owner, id);
            self.ribs.push(Some(Vec::new()));
            let self_local = f.sig.self_param.as_ref().map(|s| {
                let m = match s.kind {
                    ast::SelfKind::Value(m) | ast::SelfKind::Explicit(m, _) => mutbl(m),
                    ast::SelfKind::Ref(..) => Mutability::Not,
                };
                let l = self.local("self", m, s.span, None);
                self.push_binding("self", l);
                l
            });
            let mut params = Vec::new();
            for p in &f.sig.params {
                let pat = match &p.pat {
                    Some(pat) => {
                        let mut bound = Vec::new();
                        let pid = self.lower_pat(pat, &mut bound);
                        for (n, l) in bound {
                            self.push_binding(&n, l);
                        }
                        pid
                    }
                    None => self.pat(PatKind::Wild, p.span),
                };
                params.push(pat);
            }
            let value = self.lower_block_expr(b, None);
            self.ribs = saved_ribs;
            self.body_owner = saved_owner;
            self.alloc_body(id, self_local, params, value)
        });
        self.generics.pop();
        self.fn_ctx.pop();
        FnDecl {
            generics,
            self_param,
            inputs,
            output,
            body,
            param_names,
            is_const: f.sig.header.constness,
            is_unsafe: f.sig.header.unsafety,
        }
    }

    pub(crate) fn alloc_body(
        &mut self,
        owner: ItemId,
        self_local: Option<LocalId>,
        params: Vec<PatId>,
        value: ExprId,
    ) -> BodyId {
        self.hir.bodies.push(Body {
            owner,
            self_local,
            params,
            value,
        });
        BodyId(self.hir.bodies.len() as u32 - 1)
    }

    pub(crate) fn lower_body_expr(&mut self, owner: ItemId, e: &ast::Expr) -> BodyId {
        let saved_ribs = std::mem::take(&mut self.ribs);
        let saved_owner = std::mem::replace(&mut self.body_owner, owner);
        self.ribs.push(Some(Vec::new()));
        let value = self.lower_expr(e);
        self.ribs = saved_ribs;
        self.body_owner = saved_owner;
        self.alloc_body(owner, None, Vec::new(), value)
    }

    /// A const expression inside a signature or type (an array length, a discriminant).
    pub(crate) fn lower_const_expr(&mut self, _owner: ItemId, e: &ast::Expr) -> ExprId {
        let saved_ribs = std::mem::take(&mut self.ribs);
        self.ribs.push(Some(Vec::new()));
        let value = self.lower_expr(e);
        self.ribs = saved_ribs;
        value
    }

    pub(crate) fn push_binding(&mut self, name: &str, l: LocalId) {
        if self.ribs.last().is_none_or(|r| r.is_none()) {
            self.ribs.push(Some(Vec::new()));
        }
        if let Some(Some(rib)) = self.ribs.last_mut() {
            rib.push((name.to_string(), l));
        }
    }

    // ----- types -----

    pub(crate) fn lower_ty(&mut self, t: &ast::Ty) -> Ty {
        let kind = match &t.kind {
            ast::TyKind::Path(q, p) => {
                TyKind::Path(self.lower_path(q.as_deref(), p, Ns::Type, false))
            }
            ast::TyKind::Ref {
                lifetime,
                mutbl: m,
                ty,
            } => TyKind::Ref(
                lifetime.as_ref().map(|l| l.name.clone()),
                mutbl(*m),
                Box::new(self.lower_ty(ty)),
            ),
            ast::TyKind::Ptr { mutbl: m, ty } => {
                TyKind::Ptr(mutbl(*m), Box::new(self.lower_ty(ty)))
            }
            ast::TyKind::Slice(t) => TyKind::Slice(Box::new(self.lower_ty(t))),
            ast::TyKind::Array(t, n) => {
                let t = self.lower_ty(t);
                // Array lengths are expressions of their own; they cannot see locals.
                let owner = self.body_owner;
                let n = self.lower_const_expr(owner, n);
                TyKind::Array(Box::new(t), n)
            }
            ast::TyKind::Tuple(ts) => TyKind::Tuple(ts.iter().map(|t| self.lower_ty(t)).collect()),
            ast::TyKind::Paren(t) => return self.lower_ty(t),
            ast::TyKind::Never => TyKind::Never,
            ast::TyKind::Infer => TyKind::Infer,
            ast::TyKind::FnPtr(f) => TyKind::FnPtr(
                f.params
                    .iter()
                    .map(|p| match &p.ty {
                        Some(t) => self.lower_ty(t),
                        None => Ty {
                            kind: TyKind::Infer,
                            span: p.span,
                        },
                    })
                    .collect(),
                f.output.as_ref().map(|t| Box::new(self.lower_ty(t))),
            ),
            ast::TyKind::ImplTrait(b) => TyKind::ImplTrait(self.lower_bounds(b)),
            ast::TyKind::TraitObject(b, _) => TyKind::TraitObject(self.lower_bounds(b)),
            ast::TyKind::MacCall(m) => {
                self.diags.push(unsupported("macros in types", m.span));
                TyKind::Err
            }
            ast::TyKind::Err => TyKind::Err,
        };
        Ty { kind, span: t.span }
    }
}

/// The byte offsets of the lines of `src` that hold nothing but whitespace.
fn blank_lines(src: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut start = 0usize;
    for line in src.split_inclusive('\n') {
        if line.trim().is_empty() && line.ends_with('\n') {
            out.push(start as u32);
        }
        start += line.len();
    }
    out
}

/// The shape of a struct or variant's fields.
pub(crate) fn shape_of(data: &ast::VariantData) -> Shape {
    match data {
        ast::VariantData::Struct(_) => Shape::Named,
        ast::VariantData::Tuple(_) => Shape::Tuple,
        ast::VariantData::Unit => Shape::Unit,
    }
}

/// The names of the type and const parameters of `g`.
pub(crate) fn generic_names(g: &ast::Generics) -> Vec<String> {
    g.params
        .iter()
        .filter(|p| !matches!(p.kind, ast::GenericParamKind::Lifetime { .. }))
        .map(|p| p.ident.name.clone())
        .collect()
}

/// A path as written.
pub(crate) fn path_text(p: &ast::Path) -> String {
    p.segments
        .iter()
        .map(|s| s.ident.name.as_str())
        .collect::<Vec<_>>()
        .join("::")
}

/// The variant `name` of the std enum at `path`, if deepdive knows it.
pub(crate) fn std_variant(path: &str, name: &str) -> Option<Res> {
    const VARIANTS: &[(&str, &str)] = &[
        ("std::option::Option::Some", "Some"),
        ("std::option::Option::None", "None"),
        ("std::result::Result::Ok", "Ok"),
        ("std::result::Result::Err", "Err"),
        ("std::cmp::Ordering::Less", "Less"),
        ("std::cmp::Ordering::Equal", "Equal"),
        ("std::cmp::Ordering::Greater", "Greater"),
        ("std::collections::hash_map::Entry::Occupied", "Occupied"),
        ("std::collections::hash_map::Entry::Vacant", "Vacant"),
    ];
    VARIANTS
        .iter()
        .find(|(full, n)| {
            *n == name && full.strip_suffix(n).and_then(|p| p.strip_suffix("::")) == Some(path)
        })
        .map(|(full, _)| Res::Std(StdKind::Variant, full))
}

/// How the name-resolution diagnostics describe `item` (rustc's `ItemKind::descr`, its name
/// and generics).
fn item_ctx(item: &ast::Item) -> ItemCtx {
    use ast::ItemKind as K;
    let (descr, ident, generics) = match &item.kind {
        K::Fn(f) => ("function", Some(&f.ident), Some(&f.generics)),
        K::Struct {
            ident, generics, ..
        } => ("struct", Some(ident), Some(generics)),
        K::Enum {
            ident, generics, ..
        } => ("enum", Some(ident), Some(generics)),
        K::Trait {
            ident, generics, ..
        } => ("trait", Some(ident), Some(generics)),
        K::Impl(imp) => ("implementation", None, Some(&imp.generics)),
        K::Union {
            ident, generics, ..
        } => ("union", Some(ident), Some(generics)),
        K::TyAlias {
            ident, generics, ..
        } => ("type alias", Some(ident), Some(generics)),
        K::Mod { ident, .. } => ("module", Some(ident), None),
        K::Const {
            ident, generics, ..
        } => ("constant item", Some(ident), Some(generics)),
        K::Static { ident, .. } => ("static item", Some(ident), None),
        _ => ("item", None, None),
    };
    let generics = generics.map(|g| {
        let last = g.params.last().map(|p| match &p.kind {
            ast::GenericParamKind::Type {
                default: Some(_), ..
            } => p.ident.span.end,
            _ => p.span.end,
        });
        (g.span, last)
    });
    let generic_params = match &item.kind {
        K::Fn(f) => generic_param_spans(&f.generics),
        K::Struct { generics: g, .. }
        | K::Enum { generics: g, .. }
        | K::Union { generics: g, .. }
        | K::Trait { generics: g, .. }
        | K::TyAlias { generics: g, .. } => generic_param_spans(g),
        K::Impl(imp) => generic_param_spans(&imp.generics),
        _ => Vec::new(),
    };
    ItemCtx {
        descr,
        name: ident.map(|i| i.name.clone()).unwrap_or_default(),
        ident: ident.map(|i| i.span),
        generics,
        generic_params,
    }
}

/// The type and const parameters of `g` with the spans of their names.
fn generic_param_spans(g: &ast::Generics) -> Vec<(String, Span)> {
    g.params
        .iter()
        .filter(|p| !matches!(p.kind, ast::GenericParamKind::Lifetime { .. }))
        .map(|p| (p.ident.name.clone(), p.ident.span))
        .collect()
}

/// Where rustc's `UsePlacementFinder` puts a suggested `use` in the crate root: at the first
/// `use` item, else at the first item, each with its outer attributes.
fn first_item_start(items: &[ast::Item]) -> Option<u32> {
    let start = |i: &ast::Item| {
        i.attrs
            .iter()
            .map(|a| a.span.start)
            .chain([i.span.start])
            .min()
            .unwrap_or(i.span.start)
    };
    items
        .iter()
        .find(|i| matches!(i.kind, ast::ItemKind::Use(_)))
        .or(items.first())
        .map(start)
}

/// The end of the item's last outer attribute or doc comment, if it has any.
fn outer_attrs_end(item: &ast::Item) -> Option<u32> {
    item.attrs
        .iter()
        .filter(|a| matches!(a.style, ast::AttrStyle::Outer))
        .map(|a| a.span.end)
        .max()
}

/// `text` without its leading whitespace and comments.
fn skip_trivia(mut text: &str) -> &str {
    loop {
        let t = text.trim_start();
        if let Some(rest) = t.strip_prefix("//") {
            text = rest.find('\n').map_or("", |i| &rest[i..]);
        } else if let Some(rest) = t.strip_prefix("/*") {
            text = rest.find("*/").map_or("", |i| &rest[i + 2..]);
        } else {
            return t;
        }
    }
}
