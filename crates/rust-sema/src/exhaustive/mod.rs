//! Exhaustiveness checking of `match` (rustc's `rustc_pattern_analysis` and `check_match`):
//! E0004, "non-exhaustive patterns", with rustc's witnesses; and E0005, "refutable pattern in
//! local binding / function argument / `for` loop binding", for a pattern that must match every
//! value but may not (the same analysis, with one arm).
//!
//! # The algorithm
//!
//! This is the usefulness algorithm of Maranget's "Warnings for pattern matching" (2007), as
//! rustc implements it. The arms of a `match` form a *pattern matrix*: one row per arm, one
//! column per place being matched (at first a single column, the scrutinee). The question
//! "is there a value no arm matches?" is answered column by column:
//!
//! 1. Take the first column and the type of the place it stands for. The *constructors* of
//!    that type are the ways to build a value of it: `false` and `true` for `bool`, one per
//!    variant for an enum, a single one for a tuple, struct or reference, one per length
//!    that matters for slices and arrays (`[]`, `[_]`, `[_, _, ..]`), and for integers
//!    (and `char`) the disjoint intervals the ranges and literals of the column cut the whole
//!    range of the type into (*constructor splitting*: the patterns `0`, `1..=9` and `10..=99`
//!    on a `u8` cut `0..=255` into `0`, `1..=9`, `10..=99` and `100..=255`).
//! 2. The constructors that appear in the column are *present*, the others *missing*. Each
//!    present constructor `c`, and one stand-in `Missing` for all the missing ones, is used to
//!    *specialize* the matrix: keep the rows whose first pattern matches `c` (a wildcard matches
//!    everything, `Missing` is matched only by wildcards), replacing that pattern by its
//!    fields (`Some(p)` gives `p`; a wildcard gives as many wildcards as `c` has fields).
//! 3. Recurse on every specialized matrix. With no column left, the value is covered when
//!    some row remains whose arm has no guard (a guarded arm may fail, so it covers nothing);
//!    otherwise the empty tuple of patterns is a *witness* of a value that no arm matches.
//! 4. On the way back up, every witness found under constructor `c` gets `c` rebuilt around its
//!    first fields (`None` under `Some` gives `Some(None)`); witnesses found under `Missing`
//!    get each missing constructor (`Direction::West`, `100_u8..=u8::MAX`), or a plain `_`
//!    when nothing of the column was present, as rustc does, except at the scrutinee itself.
//!
//! Or-patterns are expanded into one row per alternative, and match ergonomics is made
//! explicit: a constructor pattern matched against a reference is a `&` pattern around it.
//!
//! The types come from the type checker ([`Typeck::pat_tys`] and the scrutinee's type). When a
//! type cannot be enumerated (unknown, generic, `String`; a constant in a pattern not defined
//! by a literal…),
//! the match is not checked at all: a valid program must never get an error. The work of the
//! algorithm is bounded (`MAX_WORK`, `MAX_DEPTH`); past the bound, nothing is reported.
//!
//! The parts: `lower` turns HIR patterns into the algorithm's patterns, `usefulness` is the
//! algorithm (constructors, the matrix, splitting, specialization, witnesses), `ranges` the
//! integer and `char` intervals, `print` the witnesses as rustc prints them; this module walks
//! the HIR and builds rustc's diagnostics (headline, labels, notes, the suggested arm).

use source::{Diagnostic, Label, Span, SubDiagnostic};

use crate::hir::{
    self, DefKind, ExprId, ExprKind, Hir, ItemId, ItemKind, Mutability, PatId, PatKind, Res,
    StdKind, TyKind, UnOp, VariantData,
};
use crate::ty::{Adt, InferTable, IntTy, Ty};
use crate::typeck::Typeck;
use rust_syntax::ast::LitValue;

mod lower;
mod print;
mod ranges;
mod usefulness;

use ranges::{Bound, IntRange};
use usefulness::{push_expanded, Ctor, Matrix, Row, Witness};

/// How many matrix rows the algorithm may build for one `match` before it gives up.
const MAX_WORK: usize = 200_000;

/// How deep patterns and the recursion of the algorithm may go before it gives up.
const MAX_DEPTH: u32 = 200;

/// Checks every `match` the user wrote for exhaustiveness, and the patterns of every `let`
/// (without `else`), fn parameter and `for` loop for refutability; run after type checking
/// found no error, as rustc does. `typeck` is the result of [`crate::typeck::check`] on `hir`,
/// and `src` the source the spans point into.
pub fn check(src: &str, hir: &Hir, typeck: &Typeck) -> Vec<Diagnostic> {
    if has_empty_types(hir) {
        // Matches on uninhabited types may leave out arms (`min_exhaustive_patterns`); the
        // algorithm here assumes every type is inhabited, so such crates are not checked.
        return Vec::new();
    }
    let mut diags = Vec::new();
    for expr in &hir.exprs {
        if expr.origin != hir::Origin::Source {
            continue;
        }
        let cx = || Cx {
            src,
            hir,
            typeck,
            work: 0,
        };
        match &expr.kind {
            ExprKind::Match(scrut, arms, hir::Source::Normal) => {
                diags.extend(cx().check_match(expr.span, *scrut, arms));
            }
            // `for pat in e` is `… match next(&mut iter) { None => break, Some { 0: pat } =>
            // … }`: the user's pattern is the field of the `Some` arm.
            ExprKind::Match(_, arms, hir::Source::ForLoop) => {
                for arm in arms {
                    if let PatKind::Struct { fields, .. } = &hir.pat(arm.pat).kind {
                        if let [(_, pat)] = fields.as_slice() {
                            if hir.pat(*pat).origin == hir::Origin::Source {
                                diags.extend(cx().check_binding(*pat, "`for` loop binding"));
                            }
                        }
                    }
                }
            }
            ExprKind::Block(block, _) => {
                for stmt in &block.stmts {
                    if let hir::StmtKind::Let {
                        pat,
                        init: Some(init),
                        els: None,
                        is_super: false,
                        ..
                    } = &stmt.kind
                    {
                        if stmt.origin == hir::Origin::Source {
                            diags.extend(cx().check_let(*pat, *init));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    for body in &hir.bodies {
        let owner = hir.item(body.owner);
        if owner.origin != hir::Origin::Source || !matches!(owner.kind, ItemKind::Fn(_)) {
            continue;
        }
        for pat in &body.params {
            let cx = Cx {
                src,
                hir,
                typeck,
                work: 0,
            };
            diags.extend(cx.check_binding(*pat, "function argument"));
        }
    }
    diags.sort_by_key(|d| d.primary_span().start);
    diags
}

/// True when the crate declares an enum without variants or writes the never type `!` in a
/// field or signature: values of such types do not exist, which this module does not model.
fn has_empty_types(hir: &Hir) -> bool {
    fn mentions_never(t: &hir::Ty, depth: u32) -> bool {
        if depth > MAX_DEPTH {
            return true;
        }
        let d = depth + 1;
        match &t.kind {
            TyKind::Never => true,
            TyKind::Ref(_, _, t) | TyKind::Ptr(_, t) | TyKind::Slice(t) | TyKind::Array(t, _) => {
                mentions_never(t, d)
            }
            TyKind::Tuple(ts) => ts.iter().any(|t| mentions_never(t, d)),
            TyKind::Path(p) => p.segments.iter().any(|s| {
                s.args.iter().any(|a| match a {
                    hir::GenericArg::Type(t) => mentions_never(t, d),
                    _ => false,
                })
            }),
            _ => false,
        }
    }
    let fields_never = |data: &VariantData| data.fields().iter().any(|f| mentions_never(&f.ty, 0));
    hir.items.iter().any(|item| match &item.kind {
        ItemKind::Enum { variants, .. } => {
            variants.is_empty() || variants.iter().any(|v| fields_never(&v.data))
        }
        ItemKind::Struct { data, .. } => fields_never(data),
        // A diverging fn (`-> !`) makes no value of an empty type; `!` inside a type does.
        ItemKind::Fn(decl) => {
            decl.inputs.iter().any(|t| mentions_never(t, 0))
                || decl
                    .output
                    .as_ref()
                    .is_some_and(|t| !matches!(t.kind, TyKind::Never) && mentions_never(t, 0))
        }
        ItemKind::TyAlias { ty: Some(t), .. } => mentions_never(t, 0),
        _ => false,
    })
}

/// The algorithm cannot enumerate a type it meets, or ran out of its work bound: the match
/// is not checked.
struct GiveUp;

type Result<T> = std::result::Result<T, GiveUp>;

struct Cx<'a> {
    src: &'a str,
    hir: &'a Hir,
    typeck: &'a Typeck,
    work: usize,
}

impl<'a> Cx<'a> {
    /// The diagnostic for a non-exhaustive `match`, if it is one.
    fn check_match(
        mut self,
        match_span: Span,
        scrut: ExprId,
        arms: &[hir::Arm],
    ) -> Option<Diagnostic> {
        let scrut_ty = self.typeck.expr_tys.get(scrut.index())?.clone();
        // A type with no values (`!`) needs no arms: not modelled, not checked.
        if !knowable(&scrut_ty, 0) || has_never(&scrut_ty, 0) {
            return None;
        }
        let scrut_span = self.hir.expr(scrut).span;
        let ty_text = self.display(&scrut_ty);
        if arms.is_empty() {
            // rustc names the type instead of a `_` witness, except for enums.
            let is_enum = match &scrut_ty {
                Ty::Adt(Adt::Option | Adt::Result, _) => true,
                Ty::Adt(Adt::Local(item), _) => {
                    matches!(self.hir.item(*item).kind, ItemKind::Enum { .. })
                }
                _ => false,
            };
            if !is_enum && self.ctors_for_ty(&scrut_ty).is_ok() {
                let d = Diagnostic::error(
                    format!("non-exhaustive patterns: type `{ty_text}` is non-empty"),
                    scrut_span,
                )
                .with_code("E0004")
                .with_note(format!("note: the matched value is of type `{ty_text}`"));
                let help = "ensure that all possible cases are being handled by adding a match \
                            arm with a wildcard pattern";
                return Some(
                    match self.empty_match_edit(match_span, scrut_span, "_ => todo!()") {
                        Some(edit) => d.with_suggestion(format!("{help} as shown"), vec![edit]),
                        None => d.with_note(format!("help: {help}")),
                    },
                );
            }
            if !is_enum {
                return None;
            }
        }
        let mut pats = Vec::new();
        for arm in arms {
            pats.push(self.lower_pat(arm.pat, 0).ok()?);
        }
        let mut matrix = Matrix {
            rows: Vec::new(),
            wildcard_row_is_relevant: true,
        };
        for (pat, arm) in pats.iter().zip(arms) {
            let row = Row {
                pats: vec![pat],
                under_guard: arm.guard.is_some(),
            };
            push_expanded(&mut matrix.rows, row);
        }
        let witnesses = self.usefulness(&matrix, 1, Some(&scrut_ty), 0).ok()?;
        if witnesses.is_empty() {
            return None;
        }
        let witnesses: Vec<Witness> = witnesses.into_iter().filter_map(|mut w| w.pop()).collect();
        let printed: Vec<String> = witnesses.iter().map(|w| self.print(w)).collect();
        let joined = joined_patterns(&printed);
        let plural = if printed.len() == 1 { "" } else { "s" };
        let mut d = Diagnostic::error(
            format!("non-exhaustive patterns: {joined} not covered"),
            scrut_span,
        )
        .with_code("E0004")
        .with_label_message(format!("pattern{plural} {joined} not covered"));
        // rustc points at the definition of the matched type, and at the variants not covered.
        if let Some(note) = self.defined_here(&scrut_ty, &witnesses) {
            d = d.with_child(note.level, note.message, note.labels);
        }
        d = d.with_note(format!("note: the matched value is of type `{ty_text}`"));
        for note in special_notes(witnesses.first()) {
            d = d.with_note(format!("note: {note}"));
        }
        if !arms.is_empty() && arms.iter().all(|a| a.guard.is_some()) {
            d = d.with_note("note: match arms with guards don't count towards exhaustivity");
        }
        // And suggests an arm for what is missing, after the last arm.
        let shown = printed.len() < 4;
        let arm = if shown {
            format!("{} => todo!()", printed.join(" | "))
        } else {
            "_ => todo!()".to_string()
        };
        let edit = match arms {
            [] => self.empty_match_edit(match_span, scrut_span, &arm),
            _ => self.new_arm_edit(arms, &arm),
        };
        let help = format!(
            "ensure that all possible cases are being handled by adding a match arm with a \
             wildcard pattern{}{}",
            if printed.len() > 1 && shown && edit.is_some() {
                ", a match arm with multiple or-patterns"
            } else {
                ""
            },
            match (printed.len(), edit.is_some()) {
                (1, true) => " or an explicit pattern as shown",
                (1, false) => " or an explicit pattern",
                (_, true) => " as shown, or multiple match arms",
                (_, false) => ", or multiple match arms",
            }
        );
        Some(match edit {
            Some(edit) => d.with_suggestion(help, vec![edit]),
            None => d.with_note(format!("help: {help}")),
        })
    }

    /// The E0005 error of a `let` whose pattern is refutable (`let Some(x) = o;`): the same
    /// analysis as a `match` with one arm.
    fn check_let(mut self, pat: PatId, init: ExprId) -> Option<Diagnostic> {
        let (ty, witnesses) = self.refutable(pat)?;
        let printed: Vec<String> = witnesses.iter().map(|w| self.print(w)).collect();
        let joined = joined_patterns(&printed);
        let many = printed.len() > 1;
        let pat_span = self.hir.pat(pat).span;
        let mut d = Diagnostic::error("refutable pattern in local binding", pat_span)
            .with_code("E0005")
            .with_label_message(format!(
                "pattern{} {joined} not covered",
                if many { "s" } else { "" }
            ))
            .with_child(
                "note",
                "`let` bindings require an \"irrefutable pattern\", like a `struct` or an `enum` \
                 with only one variant",
                Vec::new(),
            )
            .with_child(
                "note",
                "for more information, visit https://doc.rust-lang.org/book/ch19-02-refutability.html",
                Vec::new(),
            );
        if let Some(note) = self.defined_here(&ty, &witnesses) {
            d = d.with_child(note.level, note.message, note.labels);
        }
        d = d.with_child(
            "note",
            format!("the matched value is of type `{}`", self.display(&ty)),
            Vec::new(),
        );
        // `let … else { todo!() }` when the pattern binds names, `if let … { todo!() }` when
        // it does not.
        let (variants, verb) = if many {
            ("variants", "aren't")
        } else {
            ("variant", "isn't")
        };
        let init_end = self.hir.expr(init).span.end;
        let let_start = self.let_keyword_before(pat_span.start)?;
        Some(if self.binds(pat, 0) {
            d.with_suggestion(
                format!("you might want to use `let...else` to handle the {variants} that {verb} matched"),
                vec![(Span::empty(init_end), " else { todo!() }".into())],
            )
        } else {
            d.with_suggestion(
                format!(
                    "you might want to use `if let` to ignore the {variants} that {verb} matched"
                ),
                vec![
                    (Span::empty(let_start), "if ".into()),
                    (Span::empty(init_end), " { todo!() }".into()),
                ],
            )
        })
    }

    /// The E0005 error of a refutable pattern where rustc wants an irrefutable one without a
    /// suggestion: a fn parameter (`where_` is `function argument`) or the pattern of a `for`
    /// loop (`` `for` loop binding ``).
    fn check_binding(mut self, pat: PatId, where_: &str) -> Option<Diagnostic> {
        let (ty, witnesses) = self.refutable(pat)?;
        let printed: Vec<String> = witnesses.iter().map(|w| self.print(w)).collect();
        let joined = joined_patterns(&printed);
        let plural = if printed.len() > 1 { "s" } else { "" };
        let mut d = Diagnostic::error(
            format!("refutable pattern in {where_}"),
            self.hir.pat(pat).span,
        )
        .with_code("E0005")
        .with_label_message(format!("pattern{plural} {joined} not covered"));
        if let Some(note) = self.defined_here(&ty, &witnesses) {
            d = d.with_child(note.level, note.message, note.labels);
        }
        Some(d.with_note(format!(
            "note: the matched value is of type `{}`",
            self.display(&ty)
        )))
    }

    /// The type of a pattern that must be irrefutable and the values it does not match, when
    /// there are some: the analysis of a `match` with this one arm.
    fn refutable(&mut self, pat: PatId) -> Option<(Ty, Vec<Witness>)> {
        let ty = self.typeck.pat_tys.get(pat.index())?.clone();
        if !knowable(&ty, 0) || has_never(&ty, 0) {
            return None;
        }
        let lowered = self.lower_pat(pat, 0).ok()?;
        let mut matrix = Matrix {
            rows: Vec::new(),
            wildcard_row_is_relevant: true,
        };
        push_expanded(
            &mut matrix.rows,
            Row {
                pats: vec![&lowered],
                under_guard: false,
            },
        );
        let witnesses = self.usefulness(&matrix, 1, Some(&ty), 0).ok()?;
        let witnesses: Vec<Witness> = witnesses.into_iter().filter_map(|mut w| w.pop()).collect();
        (!witnesses.is_empty()).then_some((ty, witnesses))
    }

    /// The offset of the `let` keyword before a pattern.
    fn let_keyword_before(&self, pat_start: u32) -> Option<u32> {
        let before = self.src.get(..pat_start as usize)?.trim_end();
        let rest = before.strip_suffix("let")?;
        Some(rest.len() as u32)
    }

    /// True when the pattern binds a name.
    fn binds(&self, pat: PatId, depth: u32) -> bool {
        if depth > MAX_DEPTH {
            return true;
        }
        let d = depth + 1;
        match &self.hir.pat(pat).kind {
            PatKind::Binding { .. } => true,
            PatKind::Tuple(ps, _) | PatKind::Slice(ps) | PatKind::Or(ps) => {
                ps.iter().any(|p| self.binds(*p, d))
            }
            PatKind::TupleStruct { pats, .. } => pats.iter().any(|p| self.binds(*p, d)),
            PatKind::Struct { fields, .. } => fields.iter().any(|(_, p)| self.binds(*p, d)),
            PatKind::Ref(_, p) => self.binds(*p, d),
            _ => false,
        }
    }

    /// rustc's `note: `T` defined here` for a crate struct or enum (behind references too),
    /// with the variants of the first five witnesses marked `not covered`.
    fn defined_here(&self, scrut_ty: &Ty, witnesses: &[Witness]) -> Option<SubDiagnostic> {
        let mut t = scrut_ty;
        while let Ty::Ref(_, inner) = t {
            t = inner;
        }
        let Ty::Adt(Adt::Local(id), _) = t else {
            return None;
        };
        let item = self.hir.item(*id);
        let keyword = match item.kind {
            ItemKind::Enum { .. } => "enum",
            ItemKind::Struct { .. } => "struct",
            _ => return None,
        };
        let name_span = self.name_span(item.span, keyword, &item.name)?;
        let mut labels = vec![Label {
            span: name_span,
            message: String::new(),
            primary: true,
        }];
        let mut variants = Vec::new();
        for w in witnesses.iter().take(5) {
            self.variants_not_covered(*id, w, &mut variants, 0);
        }
        if let ItemKind::Enum { variants: defs, .. } = &item.kind {
            for v in variants {
                if let Some(def) = defs.get(v as usize) {
                    let span = Span::new(def.span.start, def.span.start + def.name.len() as u32);
                    labels.push(Label {
                        span,
                        message: "not covered".into(),
                        primary: false,
                    });
                }
            }
        }
        Some(SubDiagnostic {
            level: "note",
            message: format!("`{}` defined here", self.display(t)),
            labels,
        })
    }

    /// The variants of enum `id` a witness names, in the order rustc visits them (each once).
    fn variants_not_covered(&self, id: ItemId, w: &Witness, out: &mut Vec<u32>, depth: u32) {
        if depth > MAX_DEPTH {
            return;
        }
        if let Ctor::Variant(v) = w.ctor {
            match &w.ty {
                Ty::Adt(Adt::Local(this), _) if *this == id => {
                    if out.contains(&v) {
                        return;
                    }
                    out.push(v);
                }
                _ => return,
            }
        }
        for f in &w.fields {
            self.variants_not_covered(id, f, out, depth + 1);
        }
    }

    /// The span of an item's name: the first `name` after its keyword.
    fn name_span(&self, item: Span, keyword: &str, name: &str) -> Option<Span> {
        let text = self.src.get(item.start as usize..item.end as usize)?;
        let after = text.find(keyword)? + keyword.len();
        let at = after + text[after..].find(name)?;
        let start = item.start + at as u32;
        Some(Span::new(start, start + name.len() as u32))
    }

    /// The insertion of a new arm after the last one, as rustc suggests it: on a line of its
    /// own with the last arm's indentation when the arms are on separate lines, with the comma
    /// the last arm lacks.
    fn new_arm_edit(&self, arms: &[hir::Arm], arm: &str) -> Option<(Span, String)> {
        let hir = self.hir;
        let span_of = |a: &hir::Arm| {
            let start = hir.pat(a.pat).span.start;
            Span::new(start, hir.expr(a.body).span.end)
        };
        let last = arms.last()?;
        let last_span = span_of(last);
        let spacing_and_comma = match arms {
            [_] => {
                // A newline after the arm (past spaces and commas) puts the new arm on its own line.
                let rest = self.src.get(last_span.end as usize..)?;
                let trailing: &str = &rest[..rest
                    .find(|c: char| !c.is_whitespace() && c != ',')
                    .unwrap_or(rest.len())];
                let multiline = trailing.contains('\n');
                // rustc means to leave out the comma after a block, but its test looks at the
                // arm's body as THIR wraps it (a scope, not a block): the comma is always there.
                let comma = ",";
                let spacing = if multiline {
                    format!("\n{}", self.indentation_before(last_span.start)?)
                } else {
                    " ".to_string()
                };
                (spacing, comma)
            }
            [.., prev, _] => {
                let between = self
                    .src
                    .get(span_of(prev).end as usize..last_span.start as usize)?;
                let comma = ",";
                let spacing = if between.contains('\n') {
                    format!("\n{}", self.indentation_before(last_span.start)?)
                } else {
                    " ".to_string()
                };
                (spacing, comma)
            }
            [] => return None,
        };
        let (spacing, comma) = spacing_and_comma;
        Some((Span::empty(last_span.end), format!("{comma}{spacing}{arm}")))
    }

    /// The arm to write into an empty `match x {}`, on a line of its own: the braces (from
    /// the end of the scrutinee) are replaced.
    fn empty_match_edit(&self, whole: Span, scrut: Span, arm: &str) -> Option<(Span, String)> {
        let braces = self.src.get(scrut.end as usize..whole.end as usize)?;
        if braces.trim() != "{}" {
            return None;
        }
        let indentation = self.indentation_before(scrut.start)?;
        Some((
            Span::new(scrut.end, whole.end),
            format!(" {{\n{indentation}    {arm},\n{indentation}}}"),
        ))
    }

    /// The whitespace that starts the line of `offset`.
    fn indentation_before(&self, offset: u32) -> Option<String> {
        let before = self.src.get(..offset as usize)?;
        let line = before.rsplit('\n').next().unwrap_or(before);
        Some(line.chars().take_while(|c| c.is_whitespace()).collect())
    }

    /// True when a `#[cfg(…)]` attribute occurs in the source of `span`.
    fn mentions_cfg(&self, span: Span) -> bool {
        self.src
            .get(span.start as usize..span.end as usize)
            .is_none_or(|text| text.contains("#[cfg"))
    }

    /// The type as rustc prints it.
    fn display(&self, t: &Ty) -> String {
        let names = |id: ItemId| {
            self.hir
                .items
                .get(id.index())
                .map(|i| i.name.clone())
                .unwrap_or_default()
        };
        InferTable::default().display(t, &names)
    }
}

/// rustc's notes about the types in the first witness that need a `_` or a half-open range:
/// `&str`, and `usize`/`isize` values past the bounds the algorithm does not rely on.
fn special_notes(first: Option<&Witness>) -> Vec<String> {
    fn collect(w: &Witness, out: &mut Vec<String>, depth: u32) {
        if depth > MAX_DEPTH {
            return;
        }
        let note = match (&w.ctor, &w.ty) {
            (Ctor::NonExhaustive, Ty::Str) => {
                Some("`&str` cannot be matched exhaustively, so a wildcard `_` is necessary")
            }
            (Ctor::Int(r), Ty::Int(IntTy::Usize)) if beyond_bounds(r) => Some(
                "`usize::MAX` is not treated as exhaustive, so half-open ranges are necessary to \
                 match exhaustively",
            ),
            (Ctor::Int(r), Ty::Int(IntTy::Isize)) if beyond_bounds(r) => Some(
                "`isize::MIN` and `isize::MAX` are not treated as exhaustive, so half-open \
                 ranges are necessary to match exhaustively",
            ),
            _ => None,
        };
        if let Some(n) = note {
            if !out.iter().any(|o| o == n) {
                out.push(n.to_string());
            }
        }
        for f in &w.fields {
            collect(f, out, depth + 1);
        }
    }
    /// A range of values below `isize::MIN` or above the type's largest value.
    fn beyond_bounds(r: &IntRange) -> bool {
        r.hi == Bound::Finite(0) || matches!(r.lo, Bound::Finite(v) if v > u64::MAX as u128)
    }
    let mut out = Vec::new();
    if let Some(w) = first {
        collect(w, &mut out, 0);
    }
    out
}

/// True when `!` occurs in the type.
fn has_never(t: &Ty, depth: u32) -> bool {
    if depth > MAX_DEPTH {
        return true;
    }
    match t {
        Ty::Never => true,
        Ty::Tuple(v) | Ty::Adt(_, v) => v.iter().any(|t| has_never(t, depth + 1)),
        Ty::Array(t, _) | Ty::Slice(t) | Ty::Ref(_, t) => has_never(t, depth + 1),
        _ => false,
    }
}

/// True when the type is fully known (no inference variable or error left).
fn knowable(t: &Ty, depth: u32) -> bool {
    if depth > MAX_DEPTH {
        return false;
    }
    match t {
        Ty::Error | Ty::Infer(_) => false,
        Ty::Tuple(v) | Ty::Adt(_, v) => v.iter().all(|t| knowable(t, depth + 1)),
        Ty::Array(t, _) | Ty::Slice(t) | Ty::Ref(_, t) => knowable(t, depth + 1),
        _ => true,
    }
}

/// rustc's list of witnesses: `` `A` ``, `` `A` and `B` ``, `` `A`, `B` and `C` ``, and past
/// three `` `A`, `B`, `C` and 2 more ``.
fn joined_patterns(w: &[String]) -> String {
    const LIMIT: usize = 3;
    match w {
        [] => String::new(),
        [one] => format!("`{one}`"),
        [head @ .., tail] if head.len() < LIMIT => {
            format!("`{}` and `{tail}`", head.join("`, `"))
        }
        _ => {
            let (head, tail) = w.split_at(LIMIT);
            format!("`{}` and {} more", head.join("`, `"), tail.len())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn witnesses_are_listed_as_rustc_lists_them() {
        let w = |n: usize| (0..n).map(|i| format!("W{i}")).collect::<Vec<_>>();
        assert_eq!(joined_patterns(&w(1)), "`W0`");
        assert_eq!(joined_patterns(&w(2)), "`W0` and `W1`");
        assert_eq!(joined_patterns(&w(3)), "`W0`, `W1` and `W2`");
        assert_eq!(joined_patterns(&w(4)), "`W0`, `W1`, `W2` and 1 more");
        assert_eq!(joined_patterns(&w(5)), "`W0`, `W1`, `W2` and 2 more");
    }
}
