//! Lifetime elision (rustc's late resolution, `rustc_resolve::late`): E0106, "missing lifetime
//! specifier", for a reference or a lifetime-carrying type whose lifetime is left out where
//! nothing supplies it.
//!
//! Where a lifetime may be left out (elided), and what it then is:
//!
//! - In a fn's parameters every elided lifetime is a fresh lifetime parameter of the fn.
//! - In a fn's return type an elided lifetime is taken from the parameters:
//!   1. if the fn has a `&self` or `&mut self` parameter (or `self: &Self`), it is the
//!      lifetime of that reference, whatever the other parameters hold;
//!   2. otherwise, if exactly one parameter mentions lifetimes, and all of its lifetimes are
//!      the same one (one elided `&`, or `'a` written several times), it is that lifetime;
//!   3. otherwise it is E0106: no parameter has a lifetime ("there is no value for it to be
//!      borrowed from"), or several do, or one has several ("does not say whether it is
//!      borrowed from `x` or `y`").
//! - In a struct or enum field and in a type alias nothing can be inferred: every elided
//!   lifetime is E0106, one error per occurrence.
//! - In consts and statics an elided lifetime is `'static`, and in impl headers a fresh
//!   parameter of the impl: no error there.
//!
//! A lifetime is elided in three ways: `&T` without a lifetime, `'_`, and a path to a type
//! with lifetime parameters written without them (`Parser` for `Parser<'a>`, hidden). Lifetimes
//! inside `fn(&str) -> &str` pointer types and `Fn(&str) -> &str` bounds belong to their own
//! scope and take no part. Where this module cannot know what rustc would count (trait objects
//! and `impl Trait` in parameters, `Self` of a type with lifetimes, associated types), it
//! reports nothing: a valid program must never get an error.

use std::collections::HashMap;

use source::{Diagnostic, Label, Span};

use crate::hir::{
    DefKind, FnDecl, GenericArg, GenericParamKind, Hir, Item, ItemId, ItemKind, Origin, Path,
    PathSegment, Res, SelfParam, StdKind, Ty, TyKind, VariantData,
};

/// Types nested deeper than this are not looked into (the parser bounds nesting already).
const MAX_DEPTH: u32 = 256;

/// Checks the lifetimes of every signature, field and type alias the user wrote.
pub(crate) fn check(src: &str, hir: &Hir) -> Vec<Diagnostic> {
    let mut cx = Cx {
        src,
        hir,
        parent: HashMap::new(),
    };
    for (i, item) in hir.items.iter().enumerate() {
        if let ItemKind::Impl { items, .. } | ItemKind::Trait { items, .. } = &item.kind {
            for child in items {
                cx.parent.insert(*child, ItemId(i as u32));
            }
        }
    }
    let mut diags = Vec::new();
    for (i, item) in hir.items.iter().enumerate() {
        // Lowering keeps the items `#[cfg]` would remove; rustc does not check those.
        if item.origin != Origin::Source || item.attrs.iter().any(|a| a.contains("cfg")) {
            continue;
        }
        match &item.kind {
            ItemKind::Struct { data, .. } => cx.check_fields(item, data, &mut diags),
            ItemKind::Enum { variants, .. } => {
                for v in variants {
                    cx.check_fields(item, &v.data, &mut diags);
                }
            }
            ItemKind::TyAlias { ty: Some(t), .. } => cx.check_item_ty(item, t, &mut diags),
            ItemKind::Fn(decl) => diags.extend(cx.check_fn(ItemId(i as u32), item, decl)),
            _ => {}
        }
    }
    diags
}

/// An elided lifetime where none can be inferred: its span and how many lifetimes it stands
/// for (a hidden path lifetime may stand for several).
struct Missing {
    span: Span,
    count: usize,
    site: Site,
    /// For a `&T`, the edit that returns an owned value instead (`&str` to `String`, `&T`
    /// to `T`), when `T` is a plain type.
    owned: Option<(Span, String)>,
}

/// Where an elided lifetime is, for the suggestions that name it.
#[derive(Clone, Copy)]
enum Site {
    /// After the `&` at this offset.
    Ampersand(u32),
    /// A `'_`.
    Anonymous(Span),
    /// `count` lifetimes of a path: `<…>` to insert at `at`, or, when the path has generic
    /// arguments already (`open`), `'a, ` to insert after its `<`.
    Hidden { at: u32, count: usize, open: bool },
}

impl Site {
    /// The edit that writes lifetime `name` at the site.
    fn edit(self, name: &str) -> (Span, String) {
        match self {
            Site::Ampersand(at) => (Span::empty(at), format!("{name} ")),
            Site::Anonymous(span) => (span, name.to_string()),
            Site::Hidden { at, count, open } => {
                let names = vec![name; count].join(", ");
                if open {
                    (Span::empty(at), format!("{names}, "))
                } else {
                    (Span::empty(at), format!("<{names}>"))
                }
            }
        }
    }
}

/// A lifetime of a parameter's type, for counting the candidates of rule 2.
#[derive(Clone, PartialEq)]
enum Lt {
    /// An elided lifetime: a fresh parameter, different from every other.
    Fresh(usize),
    /// A named lifetime (`'a`, `'static`).
    Named(String),
}

/// What this module cannot count as rustc would (see the module docs).
struct Unknown;

struct Cx<'a> {
    src: &'a str,
    hir: &'a Hir,
    /// The impl or trait of every associated item.
    parent: HashMap<ItemId, ItemId>,
}

impl Cx<'_> {
    fn check_fields(&self, item: &Item, data: &VariantData, diags: &mut Vec<Diagnostic>) {
        for f in data.fields() {
            self.check_item_ty(item, &f.ty, diags);
        }
    }

    /// A type outside a fn signature: every elided lifetime in it is an error of its own,
    /// with rustc's suggestion to name it (a lifetime of the item's, or a new `'a`).
    fn check_item_ty(&self, item: &Item, t: &Ty, diags: &mut Vec<Diagnostic>) {
        let mut missing = Vec::new();
        self.missing(t, &mut missing, 0);
        let keyword = match item.kind {
            ItemKind::Struct { .. } => "struct",
            ItemKind::Enum { .. } => "enum",
            _ => "type",
        };
        let in_scope = lifetimes_of(item);
        for m in missing {
            let site = m.site;
            let d = missing_diagnostic(&[m]);
            diags.push(match in_scope.as_slice() {
                [] => match self.declare_edit(item, keyword, "'a") {
                    Some(declare) => d.with_suggestion(
                        "consider introducing a named lifetime parameter",
                        vec![declare, site.edit("'a")],
                    ),
                    None => d,
                },
                [one] => d.with_suggestion(
                    format!("consider using the `{one}` lifetime"),
                    vec![site.edit(one)],
                ),
                _ => d,
            });
        }
    }

    /// The E0106 error of a fn signature, if its return type needs a lifetime elision cannot
    /// give.
    fn check_fn(&self, id: ItemId, item: &Item, decl: &FnDecl) -> Option<Diagnostic> {
        let output = decl.output.as_ref()?;
        let mut missing = Vec::new();
        self.missing(output, &mut missing, 0);
        if missing.is_empty() {
            return None;
        }
        // Rule 1: `&self` gives its lifetime.
        let has_self = decl.self_param.is_some();
        match &decl.self_param {
            Some(SelfParam::Ref(..)) => return None,
            Some(SelfParam::Explicit(_, t)) => match &t.kind {
                TyKind::Ref(_, _, inner) if is_self_ty(inner) => return None,
                _ => {
                    let mut lts: Vec<(Lt, Option<Site>)> = Vec::new();
                    self.candidates(t, &mut lts, &mut 0, 0).ok()?;
                    if !lts.is_empty() {
                        return None;
                    }
                }
            },
            _ => {}
        }
        // Rule 2: the parameters that mention lifetimes, with their distinct lifetimes and
        // how many of those were elided.
        let mut fresh = 0;
        let mut params: Vec<(usize, usize, Span)> = Vec::new(); // (index, distinct, span)
        let mut elided = 0;
        let mut elided_sites = Vec::new();
        for (i, t) in decl.inputs.iter().enumerate() {
            let mut lts = Vec::new();
            self.candidates(t, &mut lts, &mut fresh, 0).ok()?;
            elided += lts.iter().filter(|l| matches!(l.0, Lt::Fresh(_))).count();
            elided_sites.extend(lts.iter().filter_map(|l| l.1));
            let mut distinct: Vec<&Lt> = Vec::new();
            for (l, _) in &lts {
                if !distinct.contains(&l) {
                    distinct.push(l);
                }
            }
            if !distinct.is_empty() {
                params.push((i, distinct.len(), t.span));
            }
        }
        if let [(_, 1, _)] = params.as_slice() {
            return None;
        }
        // Rule 3: the error, with rustc's labels on the parameters and its help line.
        let mut d = missing_diagnostic(&missing);
        let mut names = String::new();
        for (k, (i, count, span)) in params.iter().enumerate() {
            d.labels.push(Label {
                span: *span,
                message: String::new(),
                primary: false,
            });
            if k != 0 {
                names.push_str(if k + 1 < params.len() {
                    ", "
                } else if params.len() == 2 {
                    " or "
                } else {
                    ", or "
                });
            }
            // A fn without a body (in a trait) has its parameters named by position.
            let pattern = decl.param_names.get(*i).filter(|_| decl.body.is_some());
            let name = match pattern.and_then(|n| ident_of(n)) {
                Some(n) => format!("`{n}`"),
                None => format!("argument {}", i + 1 + usize::from(has_self)),
            };
            if *count > 1 {
                names.push_str(&format!("one of {name}'s {count} lifetimes"));
            } else {
                names.push_str(&name);
            }
        }
        let help = if params.is_empty() {
            "this function's return type contains a borrowed value, but there is no value for \
             it to be borrowed from"
                .to_string()
        } else if elided == 0 {
            "this function's return type contains a borrowed value with an elided lifetime, but \
             the lifetime cannot be derived from the arguments"
                .to_string()
        } else if params.len() == 1 {
            format!(
                "this function's return type contains a borrowed value, but the signature does \
                 not say which {names} it is borrowed from"
            )
        } else {
            format!(
                "this function's return type contains a borrowed value, but the signature does \
                 not say whether it is borrowed from {names}"
            )
        };
        let mut d = d.with_note(format!("help: {help}"));
        // rustc's suggestions: `'static` when nothing is borrowed, the lifetime in scope when
        // there is one, or a new `'a` on the fn for every elided lifetime.
        let mut in_scope = lifetimes_of(item);
        if let Some(parent) = self.parent.get(&id) {
            in_scope.extend(lifetimes_of(self.hir.item(*parent)));
        }
        let sites = |name: &str| {
            missing
                .iter()
                .map(|m| m.site.edit(name))
                .collect::<Vec<_>>()
        };
        match in_scope.as_slice() {
            [one] => {
                d = d.with_suggestion(format!("consider using the `{one}` lifetime"), sites(one));
            }
            // Several lifetimes to choose from: rustc's suggestion names none (not modelled).
            [_, ..] => {}
            [] if params.is_empty() => {
                let only_refs = matches!(missing[0].site, Site::Ampersand(_));
                d = d.with_suggestion(
                    format!(
                        "consider using the `'static` lifetime, but this is uncommon unless \
                         you're returning a borrowed value from a `const` or a `static`{}",
                        if only_refs {
                            ""
                        } else {
                            ", or if you will only have owned values"
                        }
                    ),
                    sites("'static"),
                );
                if let ([m], true) = (missing.as_slice(), decl.inputs.is_empty()) {
                    if let Some(owned) = &m.owned {
                        d = d.with_suggestion(
                            "instead, you are more likely to want to return an owned value",
                            vec![owned.clone()],
                        );
                    }
                }
            }
            [] if elided > 0 => {
                if let Some(declare) = self.declare_edit(item, "fn", "'a") {
                    let mut edits = vec![declare];
                    edits.extend(elided_sites.iter().map(|s| s.edit("'a")));
                    edits.extend(sites("'a"));
                    d = d.with_suggestion("consider introducing a named lifetime parameter", edits);
                }
            }
            // Only named lifetimes (`'static`) in the parameters: not modelled.
            [] => {}
        }
        Some(d)
    }

    /// The elided lifetimes of a type where none can be inferred, in source order.
    fn missing(&self, t: &Ty, out: &mut Vec<Missing>, depth: u32) {
        if depth > MAX_DEPTH {
            return;
        }
        let d = depth + 1;
        match &t.kind {
            TyKind::Ref(lifetime, _, inner) => {
                match lifetime.as_deref() {
                    None => out.push(Missing {
                        span: Span::new(t.span.start, t.span.start + 1),
                        count: 1,
                        site: Site::Ampersand(t.span.start + 1),
                        owned: owned_edit(t.span, inner),
                    }),
                    Some(l) if is_anonymous(l) => {
                        if let Some(span) = self.find_in(t.span, "'_", 0) {
                            out.push(Missing {
                                span,
                                count: 1,
                                site: Site::Anonymous(span),
                                owned: None,
                            });
                        }
                    }
                    Some(_) => {}
                }
                self.missing(inner, out, d);
            }
            TyKind::Path(p) if p.qself.is_none() => {
                if let Some(last) = p.segments.last() {
                    let written = written_lifetimes(last);
                    if written.is_empty() {
                        let hidden = self.lifetime_params(&p.res).unwrap_or(0);
                        if hidden > 0 {
                            out.push(Missing {
                                span: t.span,
                                count: hidden,
                                site: self.hidden_site(t.span, last.span, hidden),
                                owned: None,
                            });
                        }
                    } else {
                        let mut nth = 0;
                        for l in written {
                            if is_anonymous(l) {
                                if let Some(span) = self.find_in(p.span, "'_", nth) {
                                    out.push(Missing {
                                        span,
                                        count: 1,
                                        site: Site::Anonymous(span),
                                        owned: None,
                                    });
                                }
                                nth += 1;
                            }
                        }
                    }
                }
                for t in path_type_args(p) {
                    self.missing(t, out, d);
                }
            }
            TyKind::Ptr(_, inner) | TyKind::Slice(inner) | TyKind::Array(inner, _) => {
                self.missing(inner, out, d)
            }
            TyKind::Tuple(ts) => {
                for t in ts {
                    self.missing(t, out, d);
                }
            }
            // Their own elision scope (fn pointers), or not looked into (trait objects,
            // `impl Trait`: their object lifetimes follow other rules).
            _ => {}
        }
    }

    /// The lifetimes a parameter's type mentions, elided ones as fresh lifetimes.
    fn candidates(
        &self,
        t: &Ty,
        out: &mut Vec<(Lt, Option<Site>)>,
        fresh: &mut usize,
        depth: u32,
    ) -> Result<(), Unknown> {
        if depth > MAX_DEPTH {
            return Err(Unknown);
        }
        let d = depth + 1;
        let mut new_fresh = |out: &mut Vec<(Lt, Option<Site>)>, site: Option<Site>| {
            *fresh += 1;
            out.push((Lt::Fresh(*fresh), site));
        };
        match &t.kind {
            TyKind::Ref(lifetime, _, inner) => {
                match lifetime.as_deref() {
                    Some(l) if !is_anonymous(l) => out.push((Lt::Named(l.to_string()), None)),
                    Some(_) => {
                        let site = self.find_in(t.span, "'_", 0).map(Site::Anonymous);
                        new_fresh(out, site)
                    }
                    None => new_fresh(out, Some(Site::Ampersand(t.span.start + 1))),
                }
                self.candidates(inner, out, fresh, d)
            }
            TyKind::Path(p) => {
                if p.qself.is_some() {
                    return Err(Unknown);
                }
                let Some(last) = p.segments.last() else {
                    return Err(Unknown);
                };
                let written = written_lifetimes(last);
                if written.is_empty() {
                    let hidden = self.lifetime_params(&p.res).ok_or(Unknown)?;
                    for i in 0..hidden {
                        // The first of a path's hidden lifetimes carries the edit for all.
                        let site = (i == 0).then(|| self.hidden_site(t.span, last.span, hidden));
                        new_fresh(out, site);
                    }
                } else {
                    let mut nth = 0;
                    for l in written {
                        if is_anonymous(l) {
                            let site = self.find_in(p.span, "'_", nth).map(Site::Anonymous);
                            nth += 1;
                            new_fresh(out, site);
                        } else {
                            out.push((Lt::Named(l.clone()), None));
                        }
                    }
                }
                for t in path_type_args(p) {
                    self.candidates(t, out, fresh, d)?;
                }
                Ok(())
            }
            TyKind::Ptr(_, inner) | TyKind::Slice(inner) | TyKind::Array(inner, _) => {
                self.candidates(inner, out, fresh, d)
            }
            TyKind::Tuple(ts) => {
                for t in ts {
                    self.candidates(t, out, fresh, d)?;
                }
                Ok(())
            }
            TyKind::FnPtr(..) | TyKind::Never | TyKind::Infer => Ok(()),
            TyKind::ImplTrait(_) | TyKind::TraitObject(_) | TyKind::Err => Err(Unknown),
        }
    }

    /// How many lifetime parameters the type a path names has (`None` when unknown).
    fn lifetime_params(&self, res: &Res) -> Option<usize> {
        match res {
            Res::Def(DefKind::Struct | DefKind::Enum | DefKind::TyAlias, id) => {
                Some(self.item_lifetimes(*id))
            }
            Res::Prim(_) | Res::GenericParam(_) => Some(0),
            Res::Std(StdKind::Struct | StdKind::Enum | StdKind::TyAlias, path) => match *path {
                "std::fmt::Formatter" | "std::collections::hash_map::Entry" => Some(1),
                _ => Some(0),
            },
            // `Self` of a type with lifetime parameters: rustc's count is not modelled.
            Res::SelfTy(impl_id) => match &self.hir.item(*impl_id).kind {
                ItemKind::Impl { self_ty, .. } => match &self_ty.kind {
                    TyKind::Path(p) => match self.lifetime_params(&p.res) {
                        Some(0) => Some(0),
                        _ => None,
                    },
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// The number of lifetime parameters of a crate struct, enum or type alias.
    fn item_lifetimes(&self, id: ItemId) -> usize {
        let generics = match &self.hir.item(id).kind {
            ItemKind::Struct { generics, .. }
            | ItemKind::Enum { generics, .. }
            | ItemKind::TyAlias { generics, .. } => generics,
            _ => return 0,
        };
        generics
            .params
            .iter()
            .filter(|p| matches!(p.kind, GenericParamKind::Lifetime))
            .count()
    }

    /// The site of the hidden lifetimes of a path (`ty` is the type's span, `last` its last
    /// segment's).
    fn hidden_site(&self, ty: Span, last: Span, count: usize) -> Site {
        match self.find_in(Span::new(last.start, ty.end), "<", 0) {
            Some(lt) => Site::Hidden {
                at: lt.end,
                count,
                open: true,
            },
            None => Site::Hidden {
                at: ty.end,
                count,
                open: false,
            },
        }
    }

    /// The edit that declares lifetime `name` on an item: `<'a>` after its name, or `'a, `
    /// at the start of its generics.
    fn declare_edit(&self, item: &Item, keyword: &str, name: &str) -> Option<(Span, String)> {
        let text = self
            .src
            .get(item.span.start as usize..item.span.end as usize)?;
        let after = text.find(keyword)? + keyword.len();
        let at = after + text[after..].find(item.name.as_str())? + item.name.len();
        let end = item.span.start + at as u32;
        Some(if text[at..].starts_with('<') {
            (Span::empty(end + 1), format!("{name}, "))
        } else {
            (Span::empty(end), format!("<{name}>"))
        })
    }

    /// The span of the `nth` occurrence of `needle` inside `within`.
    fn find_in(&self, within: Span, needle: &str, nth: usize) -> Option<Span> {
        let text = self.src.get(within.start as usize..within.end as usize)?;
        let (at, _) = text.match_indices(needle).nth(nth)?;
        let start = within.start + at as u32;
        Some(Span::new(start, start + needle.len() as u32))
    }
}

/// The lifetime parameters an item declares (`'a`, …).
fn lifetimes_of(item: &Item) -> Vec<String> {
    let generics = match &item.kind {
        ItemKind::Struct { generics, .. }
        | ItemKind::Enum { generics, .. }
        | ItemKind::TyAlias { generics, .. }
        | ItemKind::Impl { generics, .. }
        | ItemKind::Trait { generics, .. } => generics,
        ItemKind::Fn(decl) => &decl.generics,
        _ => return Vec::new(),
    };
    generics
        .params
        .iter()
        .filter(|p| matches!(p.kind, GenericParamKind::Lifetime))
        .map(|p| {
            if p.name.starts_with('\'') {
                p.name.clone()
            } else {
                format!("'{}", p.name)
            }
        })
        .collect()
}

/// The edit of a returned `&T` into an owned value: `&str` becomes `String`, `&T` becomes
/// `T` for a primitive or a named struct or enum.
fn owned_edit(reference: Span, inner: &Ty) -> Option<(Span, String)> {
    let TyKind::Path(p) = &inner.kind else {
        return None;
    };
    match &p.res {
        Res::Prim("str") => Some((Span::new(reference.start, inner.span.end), "String".into())),
        Res::Prim(_)
        | Res::Def(DefKind::Struct | DefKind::Enum, _)
        | Res::Std(StdKind::Struct | StdKind::Enum, _) => {
            Some((Span::new(reference.start, inner.span.start), String::new()))
        }
        _ => None,
    }
}

/// The E0106 diagnostic for these missing lifetimes: each is a primary label.
fn missing_diagnostic(missing: &[Missing]) -> Diagnostic {
    let total: usize = missing.iter().map(|m| m.count).sum();
    let plural = if total > 1 { "s" } else { "" };
    let label = |m: &Missing| {
        if m.count > 1 {
            format!("expected {} lifetime parameters", m.count)
        } else {
            "expected named lifetime parameter".to_string()
        }
    };
    let mut d = Diagnostic::error(
        format!("missing lifetime specifier{plural}"),
        missing[0].span,
    )
    .with_code("E0106")
    .with_label_message(label(&missing[0]));
    for m in &missing[1..] {
        d.labels.push(Label {
            span: m.span,
            message: label(m),
            primary: true,
        });
    }
    d
}

/// The type arguments of a path's segments (not `Fn(A) -> B` sugar, which has its own scope).
fn path_type_args(p: &Path) -> impl Iterator<Item = &Ty> {
    p.segments.iter().flat_map(|s| {
        s.args.iter().filter_map(|a| match a {
            GenericArg::Type(t) => Some(t),
            _ => None,
        })
    })
}

/// `'_` (with or without its apostrophe).
fn is_anonymous(l: &str) -> bool {
    l == "'_" || l == "_"
}

/// True for the type `Self`.
fn is_self_ty(t: &Ty) -> bool {
    matches!(&t.kind, TyKind::Path(p) if matches!(p.res, Res::SelfTy(_)))
}

/// The name a parameter pattern binds when it is a plain binding (`x`, `mut x`, `ref x`).
fn ident_of(pat: &str) -> Option<&str> {
    let name = pat
        .trim_start_matches("ref ")
        .trim_start_matches("mut ")
        .trim();
    let ok = !name.is_empty()
        && name != "_"
        && name.chars().all(|c| c.is_alphanumeric() || c == '_')
        && !name.starts_with(|c: char| c.is_ascii_digit());
    ok.then_some(name)
}

/// The lifetimes written among a path segment's generic arguments (`'a` in `Parser<'a, T>`).
fn written_lifetimes(segment: &PathSegment) -> Vec<&String> {
    segment
        .args
        .iter()
        .filter_map(|a| match a {
            GenericArg::Lifetime(l) => Some(l),
            _ => None,
        })
        .collect()
}
