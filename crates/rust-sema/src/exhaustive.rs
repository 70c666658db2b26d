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
//! algorithm is bounded ([`MAX_WORK`], [`MAX_DEPTH`]); past the bound, nothing is reported.

use source::{Diagnostic, Label, Span, SubDiagnostic};

use crate::hir::{
    self, DefKind, ExprId, ExprKind, Hir, ItemId, ItemKind, Mutability, PatId, PatKind, Res,
    StdKind, TyKind, UnOp, VariantData,
};
use crate::ty::{Adt, InferTable, IntTy, Ty};
use crate::typeck::Typeck;
use rust_syntax::ast::LitValue;

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

/// An interval of integers (or `char`s) `lo..hi`, half-open, in a shared encoding where the
/// order of every integer type is the order of `u128`: signed values are biased by
/// `2^(bits-1)`, so that the type's minimum is 0. `isize` and `usize` have no known bounds
/// (rustc does not let a match rely on the pointer width), hence the infinities.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct IntRange {
    lo: Bound,
    hi: Bound,
}

/// A boundary of an [`IntRange`]: an encoded value, or beyond every value of the type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Bound {
    NegInf,
    Finite(u128),
    PosInf,
}

impl Bound {
    fn plus_one(self) -> Bound {
        match self {
            Bound::Finite(n) => n.checked_add(1).map_or(Bound::PosInf, Bound::Finite),
            b => b,
        }
    }

    /// The boundary before this one; `None` below the encoding's 0.
    fn minus_one(self) -> Option<Bound> {
        match self {
            Bound::Finite(n) => n.checked_sub(1).map(Bound::Finite),
            b => Some(b),
        }
    }
}

impl IntRange {
    fn singleton(v: u128) -> IntRange {
        IntRange {
            lo: Bound::Finite(v),
            hi: Bound::Finite(v).plus_one(),
        }
    }

    fn is_singleton(&self) -> bool {
        self.lo.plus_one() == self.hi && matches!(self.lo, Bound::Finite(_))
    }

    fn is_subrange(&self, other: &IntRange) -> bool {
        other.lo <= self.lo && self.hi <= other.hi
    }

    fn intersection(&self, other: &IntRange) -> Option<IntRange> {
        let lo = self.lo.max(other.lo);
        let hi = self.hi.min(other.hi);
        (lo < hi).then_some(IntRange { lo, hi })
    }

    /// Splits `self` at the boundaries of the `seen` ranges: the pieces, in order, each with
    /// whether some seen range covers it (rustc's `IntRange::split`).
    fn split(&self, seen: &[IntRange]) -> Vec<(bool, IntRange)> {
        // Every seen range opens a parenthesis at its start and closes it at its end; between
        // two boundaries the count of open parentheses says whether a seen range covers it.
        let mut boundaries: Vec<(Bound, i32)> = seen
            .iter()
            .filter_map(|r| self.intersection(r))
            .flat_map(|r| [(r.lo, 1), (r.hi, -1)])
            .collect();
        boundaries.sort_unstable();
        let mut out = Vec::new();
        let mut count = 0;
        let mut prev = self.lo;
        for (b, delta) in boundaries.into_iter().chain([(self.hi, 0)]) {
            if prev != b {
                out.push((count > 0, IntRange { lo: prev, hi: b }));
            }
            prev = b;
            count += delta;
        }
        out
    }
}

/// The kind of integer-like type a range belongs to: how its values are encoded and printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum IntKind {
    Int(IntTy),
    Char,
}

impl IntKind {
    fn bits(self) -> u32 {
        use IntTy::*;
        match self {
            IntKind::Char => 32,
            IntKind::Int(i) => match i {
                I8 | U8 => 8,
                I16 | U16 => 16,
                I32 | U32 => 32,
                I64 | U64 | Isize | Usize => 64,
                I128 | U128 => 128,
            },
        }
    }

    fn signed(self) -> bool {
        use IntTy::*;
        matches!(self, IntKind::Int(I8 | I16 | I32 | I64 | I128 | Isize))
    }

    fn mask(self) -> u128 {
        match self.bits() {
            128 => u128::MAX,
            b => (1u128 << b) - 1,
        }
    }

    /// The encoding of a value given as its two's-complement bits.
    fn encode(self, raw: u128) -> u128 {
        if self.signed() {
            raw.wrapping_add(1u128 << (self.bits() - 1)) & self.mask()
        } else {
            raw & self.mask()
        }
    }

    /// The value of a signed type an encoding stands for (the inverse of [`IntKind::encode`]).
    fn decode_signed(self, encoded: u128) -> i128 {
        let shift = 128 - self.bits();
        let raw = encoded.wrapping_sub(1u128 << (self.bits() - 1)) & self.mask();
        ((raw << shift) as i128) >> shift
    }

    /// The largest encoded value.
    fn max_encoded(self) -> u128 {
        match self {
            IntKind::Char => 0x10FFFF,
            _ => self.mask(),
        }
    }

    /// The ranges that make up the whole type (`char` has a hole where the surrogates are).
    fn full_ranges(self) -> Vec<IntRange> {
        match self {
            IntKind::Char => vec![
                IntRange {
                    lo: Bound::Finite(0),
                    hi: Bound::Finite(0xD800),
                },
                IntRange {
                    lo: Bound::Finite(0xE000),
                    hi: Bound::Finite(0x110000),
                },
            ],
            IntKind::Int(IntTy::Isize) => vec![IntRange {
                lo: Bound::NegInf,
                hi: Bound::PosInf,
            }],
            IntKind::Int(IntTy::Usize) => vec![IntRange {
                lo: Bound::Finite(0),
                hi: Bound::PosInf,
            }],
            k => vec![IntRange {
                lo: Bound::Finite(0),
                hi: Bound::Finite(k.max_encoded()).plus_one(),
            }],
        }
    }

    /// A value as rustc prints it in a witness: `5_u8`, `-1_i32`, `u8::MAX`, `i32::MIN`,
    /// `'a'`.
    fn print(self, encoded: u128) -> String {
        match self {
            IntKind::Char => match char::from_u32(encoded as u32) {
                Some(c) => format!("'{}'", char_debug(c)),
                None => "_".into(),
            },
            IntKind::Int(ity) => {
                let name = ity.name();
                if encoded == self.mask() {
                    return format!("{name}::MAX");
                }
                if self.signed() {
                    if encoded == 0 {
                        return format!("{name}::MIN");
                    }
                    format!("{}_{name}", self.decode_signed(encoded))
                } else {
                    format!("{encoded}_{name}")
                }
            }
        }
    }
}

/// A character as `char`'s `Debug` prints it, without the quotes.
fn char_debug(c: char) -> String {
    match c {
        '\0' => "\\0".into(),
        '\t' => "\\t".into(),
        '\r' => "\\r".into(),
        '\n' => "\\n".into(),
        '\\' => "\\\\".into(),
        '\'' => "\\'".into(),
        ' '..='~' => c.to_string(),
        _ if is_printable(c) => c.to_string(),
        _ => format!("\\u{{{:x}}}", c as u32),
    }
}

/// An approximation of std's `is_printable` for the characters that can end a range: controls,
/// private use, noncharacters and the unassigned planes are not printable.
fn is_printable(c: char) -> bool {
    let u = c as u32;
    !(u < 0x20
        || (0x7F..0xA0).contains(&u)
        || u == 0xAD
        || (0xD7FC..0xF900).contains(&u)
        || (0xFDD0..0xFDF0).contains(&u)
        || (u & 0xFFFE) == 0xFFFE
        || u >= 0x2FA20)
}

/// A constructor: what a pattern (or a value) looks like at the top.
#[derive(Clone, Debug, PartialEq)]
enum Ctor {
    Bool(bool),
    Int(IntRange),
    /// Variant number `n` of an enum (`Option`: `None`, `Some`; `Result`: `Ok`, `Err`).
    Variant(u32),
    /// The one constructor of a tuple, struct, reference or array.
    Single,
    /// A slice or array pattern of some length (see [`Slice`]).
    Slice(Slice),
    /// A string literal (of type `str`, under a `&`).
    Str(String),
    /// A literal the algorithm does not reason about (a float): it matches only itself.
    Opaque(u32),
    /// `_` and bindings.
    Wildcard,
    /// An or-pattern; its alternatives are its fields.
    Or,
    /// Stands for the constructors missing from a column.
    Missing,
    /// Stands for the values of a type whose constructors cannot be listed (floats, `str`).
    NonExhaustive,
}

/// The constructor of slice and array patterns: its length, fixed or at least some.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Slice {
    /// The length of the array type, `None` for a slice type.
    array_len: Option<usize>,
    kind: SliceKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum SliceKind {
    /// `[a, b, c]`: exactly this many elements.
    Fixed(usize),
    /// `[a, .., z]`: this many elements before the `..` and this many after it.
    Var(usize, usize),
}

impl SliceKind {
    fn arity(self) -> usize {
        match self {
            SliceKind::Fixed(n) => n,
            SliceKind::Var(p, s) => p + s,
        }
    }

    fn covers_length(self, len: usize) -> bool {
        match self {
            SliceKind::Fixed(n) => n == len,
            SliceKind::Var(p, s) => p + s <= len,
        }
    }
}

impl Slice {
    /// A slice constructor; on an array, a `..` that can only be empty makes it fixed.
    fn new(array_len: Option<usize>, kind: SliceKind) -> Slice {
        let kind = match (array_len, kind) {
            (Some(len), SliceKind::Var(p, s)) if p + s == len => SliceKind::Fixed(len),
            _ => kind,
        };
        Slice { array_len, kind }
    }

    /// rustc's slice splitting: the lengths that need telling apart, given the slice
    /// patterns of the column. Fixed lengths up to the largest length any pattern mentions
    /// are separate constructors, and one variable-length slice longer than all of them
    /// stands for every length beyond (an array has only its own length). Each comes with
    /// whether some pattern of the column covers it.
    fn split(self, column: &[Slice]) -> Vec<(bool, Slice)> {
        let mut min_var_len = usize::MAX;
        let mut seen_fixed: Vec<usize> = Vec::new();
        let mut max_slice = self.kind;
        let smaller = match &mut max_slice {
            SliceKind::Var(max_prefix, max_suffix) => {
                // Start at 1, so that the empty slice is always told apart.
                let mut fixed_upper = 1;
                for slice in column {
                    match slice.kind {
                        SliceKind::Fixed(len) => {
                            fixed_upper = fixed_upper.max(len + 1);
                            seen_fixed.push(len);
                        }
                        SliceKind::Var(p, s) => {
                            *max_prefix = (*max_prefix).max(p);
                            *max_suffix = (*max_suffix).max(s);
                            min_var_len = min_var_len.min(p + s);
                        }
                    }
                }
                if let Some(delta) = fixed_upper.checked_sub(*max_prefix + *max_suffix) {
                    *max_prefix += delta;
                }
                match self.array_len {
                    Some(len) if max_slice.arity() >= len => max_slice = SliceKind::Fixed(len),
                    _ => {}
                }
                match self.array_len {
                    Some(_) => 0..0,
                    None => self.kind.arity()..max_slice.arity(),
                }
            }
            SliceKind::Fixed(arity) => {
                let arity = *arity;
                for slice in column {
                    match slice.kind {
                        SliceKind::Fixed(len) if len == arity => seen_fixed.push(len),
                        SliceKind::Fixed(_) => {}
                        SliceKind::Var(p, s) => min_var_len = min_var_len.min(p + s),
                    }
                }
                0..0
            }
        };
        smaller
            .map(SliceKind::Fixed)
            .chain([max_slice])
            .map(|kind| {
                let arity = kind.arity();
                let seen = min_var_len <= arity || seen_fixed.contains(&arity);
                (seen, Slice::new(self.array_len, kind))
            })
            .collect()
    }
}

/// A pattern in the form the algorithm works on: a constructor, its fields, and its type.
#[derive(Clone, Debug)]
struct DPat {
    ctor: Ctor,
    fields: Vec<DPat>,
    /// The type of the place matched (unknown for wildcards).
    ty: Ty,
}

const WILD: DPat = DPat {
    ctor: Ctor::Wildcard,
    fields: Vec::new(),
    ty: Ty::Error,
};

static WILDCARD: DPat = WILD;

/// A witness: a pattern no arm matches (rebuilt from the bottom up).
#[derive(Clone, Debug)]
struct Witness {
    ctor: Ctor,
    fields: Vec<Witness>,
    ty: Ty,
}

impl Witness {
    fn wild() -> Witness {
        Witness {
            ctor: Ctor::Wildcard,
            fields: Vec::new(),
            ty: Ty::Error,
        }
    }
}

/// A row of the matrix: the patterns of the places still to match, first column first.
#[derive(Clone)]
struct Row<'p> {
    pats: Vec<&'p DPat>,
    /// The arm has a guard, which may fail: the row then covers nothing.
    under_guard: bool,
}

/// The pattern matrix.
struct Matrix<'p> {
    rows: Vec<Row<'p>>,
    /// Whether witnesses found in this matrix are reported (rustc's relevancy: under a
    /// constructor that is present while others are missing, the witnesses found are the
    /// ones `Missing` already gives, so they are not collected twice).
    wildcard_row_is_relevant: bool,
}

/// The constructors of a type.
enum CtorSet {
    Bool,
    Ints(IntKind),
    /// An enum with this many variants.
    Variants(u32),
    /// A tuple, struct or reference: one constructor.
    Single,
    /// Slices (no length) and arrays (with their length): constructors by length.
    Slice(Option<usize>),
    /// Floats and `str`: the constructors cannot be listed.
    Unlistable,
}

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

    // ---------------------------------------------------------------------------------------
    // Lowering patterns.

    /// The pattern `id` as a [`DPat`], with match ergonomics made explicit.
    fn lower_pat(&mut self, id: PatId, depth: u32) -> Result<DPat> {
        let ty = self.typeck.pat_tys.get(id.index()).cloned().ok_or(GiveUp)?;
        self.lower_pat_at(id, ty, depth)
    }

    fn lower_pat_at(&mut self, id: PatId, ty: Ty, depth: u32) -> Result<DPat> {
        if depth > MAX_DEPTH {
            return Err(GiveUp);
        }
        let d = depth + 1;
        let hir = self.hir;
        let pat = hir.pat(id);
        match &pat.kind {
            PatKind::Wild | PatKind::Binding { sub: None, .. } => return Ok(WILD),
            PatKind::Binding { sub: Some(s), .. } => return self.lower_pat(*s, d),
            PatKind::Or(alts) => {
                let fields = alts
                    .iter()
                    .map(|p| self.lower_pat(*p, d))
                    .collect::<Result<Vec<_>>>()?;
                return Ok(DPat {
                    ctor: Ctor::Or,
                    fields,
                    ty,
                });
            }
            PatKind::Ref(_, inner) => {
                if !matches!(ty, Ty::Ref(..)) {
                    return Err(GiveUp);
                }
                let field = self.lower_pat(*inner, d)?;
                return Ok(DPat {
                    ctor: Ctor::Single,
                    fields: vec![field],
                    ty,
                });
            }
            PatKind::Rest | PatKind::Err => return Err(GiveUp),
            _ => {}
        }
        // A constructor pattern matched against a reference: match ergonomics derefs it, as
        // an implicit `&` pattern would (a string literal is itself of type `&str`).
        if let Ty::Ref(_, inner) = &ty {
            let is_str_lit = matches!(**inner, Ty::Str) && matches!(pat.kind, PatKind::Lit(_));
            if !is_str_lit {
                let field = self.lower_pat_at(id, (**inner).clone(), d)?;
                return Ok(DPat {
                    ctor: Ctor::Single,
                    fields: vec![field],
                    ty,
                });
            }
        }
        let (ctor, fields) = match &pat.kind {
            PatKind::Lit(e) => return self.lower_lit(*e, ty),
            PatKind::Range { lo, hi, inclusive } => {
                let kind = int_kind(&ty).ok_or(GiveUp)?;
                let lo = match lo {
                    Some(e) => Bound::Finite(self.const_value(*e, kind, 0)?),
                    None => kind.full_ranges()[0].lo,
                };
                let hi = match hi {
                    Some(e) => {
                        let v = Bound::Finite(self.const_value(*e, kind, 0)?);
                        if *inclusive {
                            v.plus_one()
                        } else {
                            v
                        }
                    }
                    None => kind.full_ranges().last().map(|r| r.hi).ok_or(GiveUp)?,
                };
                if lo >= hi {
                    return Err(GiveUp);
                }
                (Ctor::Int(IntRange { lo, hi }), Vec::new())
            }
            PatKind::Tuple(pats, rest) => {
                let Ty::Tuple(tys) = &ty else {
                    return Err(GiveUp);
                };
                (Ctor::Single, self.lower_fields(pats, *rest, tys.len(), d)?)
            }
            PatKind::Slice(pats) => {
                let array_len = match &ty {
                    Ty::Array(_, Some(n)) => Some(usize::try_from(*n).map_err(|_| GiveUp)?),
                    Ty::Slice(_) => None,
                    _ => return Err(GiveUp),
                };
                // `..` (or `rest @ ..`) splits the elements into a prefix and a suffix.
                let is_rest = |p: PatId| match &hir.pat(p).kind {
                    PatKind::Rest => true,
                    PatKind::Binding { sub: Some(s), .. } => {
                        matches!(hir.pat(*s).kind, PatKind::Rest)
                    }
                    _ => false,
                };
                let rest = pats.iter().position(|p| is_rest(*p));
                let elems: Vec<PatId> = pats.iter().copied().filter(|p| !is_rest(*p)).collect();
                let kind = match rest {
                    Some(r) => SliceKind::Var(r, elems.len() - r),
                    None => SliceKind::Fixed(elems.len()),
                };
                let fits = match (array_len, kind) {
                    (Some(len), SliceKind::Fixed(n)) => n == len,
                    (Some(len), SliceKind::Var(p, s)) => p + s <= len,
                    (None, _) => true,
                };
                if !fits || pats.len() - elems.len() > 1 {
                    return Err(GiveUp);
                }
                let fields = elems
                    .iter()
                    .map(|p| self.lower_pat(*p, d))
                    .collect::<Result<Vec<_>>>()?;
                (Ctor::Slice(Slice::new(array_len, kind)), fields)
            }
            PatKind::TupleStruct { path, pats, rest } => {
                let (ctor, arity) = self.path_ctor(path, &ty)?;
                (ctor, self.lower_fields(pats, *rest, arity, d)?)
            }
            PatKind::Struct { path, fields, .. } => {
                let (ctor, _) = self.path_ctor(path, &ty)?;
                let data = self.variant_data(&ty, &ctor).ok_or(GiveUp)?;
                let defs = data.fields();
                let mut out = vec![WILD; defs.len()];
                for (name, p) in fields {
                    let i = defs.iter().position(|f| &f.name == name).ok_or(GiveUp)?;
                    out[i] = self.lower_pat(*p, d)?;
                }
                (ctor, out)
            }
            // A constant of the crate stands for its value (a literal, or another constant).
            PatKind::Path(hir::Path {
                res: Res::Def(DefKind::Const, item),
                ..
            }) => {
                let value = self.const_body(*item, &ty, 0)?;
                match (&self.hir.expr(value).kind, &ty) {
                    (ExprKind::Lit(l), Ty::Bool) => match l.value {
                        LitValue::Bool(b) => (Ctor::Bool(b), Vec::new()),
                        _ => return Err(GiveUp),
                    },
                    _ => {
                        let kind = int_kind(&ty).ok_or(GiveUp)?;
                        let v = self.const_value(value, kind, 0)?;
                        (Ctor::Int(IntRange::singleton(v)), Vec::new())
                    }
                }
            }
            PatKind::Path(path) => {
                let (ctor, arity) = self.path_ctor(path, &ty)?;
                if arity != 0 {
                    return Err(GiveUp);
                }
                (ctor, Vec::new())
            }
            _ => return Err(GiveUp),
        };
        Ok(DPat { ctor, fields, ty })
    }

    /// The fields of a tuple-like pattern, with `..` (at position `rest`) filled with
    /// wildcards up to `arity` fields.
    fn lower_fields(
        &mut self,
        pats: &[PatId],
        rest: Option<usize>,
        arity: usize,
        depth: u32,
    ) -> Result<Vec<DPat>> {
        let written = pats.len();
        match rest {
            None if written != arity => Err(GiveUp),
            Some(_) if written > arity => Err(GiveUp),
            None => pats.iter().map(|p| self.lower_pat(*p, depth)).collect(),
            Some(r) => {
                let mut out = Vec::with_capacity(arity);
                for p in &pats[..r.min(written)] {
                    out.push(self.lower_pat(*p, depth)?);
                }
                out.extend(std::iter::repeat_n(WILD, arity - written));
                for p in &pats[r.min(written)..] {
                    out.push(self.lower_pat(*p, depth)?);
                }
                Ok(out)
            }
        }
    }

    /// A literal pattern.
    fn lower_lit(&mut self, e: ExprId, ty: Ty) -> Result<DPat> {
        let (negated, lit) = match &self.hir.expr(e).kind {
            ExprKind::Lit(l) => (false, l),
            ExprKind::Unary(UnOp::Neg, inner) => match &self.hir.expr(*inner).kind {
                ExprKind::Lit(l) => (true, l),
                _ => return Err(GiveUp),
            },
            _ => return Err(GiveUp),
        };
        let ctor = match (&lit.value, &ty) {
            (LitValue::Bool(b), Ty::Bool) if !negated => Ctor::Bool(*b),
            (LitValue::Str(s), Ty::Ref(_, inner)) if !negated && **inner == Ty::Str => {
                let field = DPat {
                    ctor: Ctor::Str(s.clone()),
                    fields: Vec::new(),
                    ty: Ty::Str,
                };
                return Ok(DPat {
                    ctor: Ctor::Single,
                    fields: vec![field],
                    ty,
                });
            }
            (LitValue::Float(_, v), Ty::Float(_)) => {
                let v = if negated { -v } else { *v };
                Ctor::Opaque(v.to_bits() as u32 ^ (v.to_bits() >> 32) as u32)
            }
            _ => {
                let kind = int_kind(&ty).ok_or(GiveUp)?;
                Ctor::Int(IntRange::singleton(self.const_value(e, kind, 0)?))
            }
        };
        Ok(DPat {
            ctor,
            fields: Vec::new(),
            ty,
        })
    }

    /// The encoded value of a literal, negated literal or `T::MIN`/`T::MAX` path in a range
    /// or literal pattern.
    fn const_value(&self, e: ExprId, kind: IntKind, depth: u32) -> Result<u128> {
        if let ExprKind::Path(hir::Path {
            res: Res::Def(DefKind::Const, item),
            ..
        }) = &self.hir.expr(e).kind
        {
            let ty = match kind {
                IntKind::Int(i) => Ty::Int(i),
                IntKind::Char => Ty::Char,
            };
            let value = self.const_body(*item, &ty, depth)?;
            return self.const_value(value, kind, depth + 1);
        }
        let (negated, inner) = match &self.hir.expr(e).kind {
            ExprKind::Unary(UnOp::Neg, inner) => (true, *inner),
            _ => (false, e),
        };
        let raw: u128 = match (&self.hir.expr(inner).kind, kind) {
            (ExprKind::Lit(l), IntKind::Int(_)) => match l.value {
                LitValue::Int(Some(v)) => v,
                LitValue::Byte(b) => b as u128,
                _ => return Err(GiveUp),
            },
            (ExprKind::Lit(l), IntKind::Char) if !negated => match l.value {
                LitValue::Char(c) => c as u128,
                _ => return Err(GiveUp),
            },
            (ExprKind::Path(p), _) if !negated => {
                let Res::TypeRelative(base) = &p.res else {
                    return Err(GiveUp);
                };
                let want = match kind {
                    IntKind::Int(i) => i.name(),
                    IntKind::Char => "char",
                };
                if **base != Res::Prim(want) || p.segments.len() != 2 {
                    return Err(GiveUp);
                }
                let full = kind.full_ranges();
                // `isize::MIN`/`usize::MAX` are the 64-bit values here; rustc's witnesses
                // never rely on them.
                let (min, max) = match kind {
                    IntKind::Int(IntTy::Isize) => (0, u64::MAX as u128),
                    IntKind::Int(IntTy::Usize) => (0, u64::MAX as u128),
                    _ => match (full[0].lo, full[full.len() - 1].hi.minus_one()) {
                        (Bound::Finite(a), Some(Bound::Finite(b))) => (a, b),
                        _ => return Err(GiveUp),
                    },
                };
                return match p.segments[1].name.as_str() {
                    "MIN" => Ok(min),
                    "MAX" => Ok(max),
                    _ => Err(GiveUp),
                };
            }
            _ => return Err(GiveUp),
        };
        if kind == IntKind::Char {
            return Ok(raw);
        }
        // Out-of-range literals are rustc's `overflowing_literals` error; not checked here.
        let max_abs = if kind.signed() {
            1u128 << (kind.bits() - 1)
        } else {
            kind.mask()
        };
        if raw > max_abs || (kind.signed() && !negated && raw == max_abs) {
            return Err(GiveUp);
        }
        if negated && !kind.signed() {
            return Err(GiveUp);
        }
        let bits = if negated { raw.wrapping_neg() } else { raw };
        Ok(kind.encode(bits))
    }

    /// The expression a constant of the crate is defined as, when its declared type is `ty`
    /// (a primitive); constants defined by other constants are followed a few steps.
    fn const_body(&self, item: ItemId, ty: &Ty, depth: u32) -> Result<ExprId> {
        if depth > 8 {
            return Err(GiveUp);
        }
        let ItemKind::Const {
            ty: declared,
            body: Some(body),
        } = &self.hir.item(item).kind
        else {
            return Err(GiveUp);
        };
        let declared = match &declared.kind {
            TyKind::Path(hir::Path {
                res: Res::Prim(name),
                ..
            }) => *name,
            _ => return Err(GiveUp),
        };
        let same = match ty {
            Ty::Int(i) => i.name() == declared,
            Ty::Char => declared == "char",
            Ty::Bool => declared == "bool",
            _ => false,
        };
        if !same {
            return Err(GiveUp);
        }
        let value = self.hir.bodies.get(body.index()).ok_or(GiveUp)?.value;
        match &self.hir.expr(value).kind {
            ExprKind::Path(hir::Path {
                res: Res::Def(DefKind::Const, next),
                ..
            }) => self.const_body(*next, ty, depth + 1),
            _ => Ok(value),
        }
    }

    /// The constructor a path names in a pattern, and its number of fields, checked against
    /// the type the pattern matches.
    fn path_ctor(&self, path: &hir::Path, ty: &Ty) -> Result<(Ctor, usize)> {
        match (&path.res, ty) {
            (Res::Std(StdKind::Variant, v), Ty::Adt(adt, _)) => match (*v, adt) {
                ("std::option::Option::None", Adt::Option) => Ok((Ctor::Variant(0), 0)),
                ("std::option::Option::Some", Adt::Option) => Ok((Ctor::Variant(1), 1)),
                ("std::result::Result::Ok", Adt::Result) => Ok((Ctor::Variant(0), 1)),
                ("std::result::Result::Err", Adt::Result) => Ok((Ctor::Variant(1), 1)),
                _ => Err(GiveUp),
            },
            (Res::Variant(item, v), Ty::Adt(Adt::Local(id), _)) if item == id => {
                let ctor = Ctor::Variant(*v);
                let n = self.variant_data(ty, &ctor).ok_or(GiveUp)?.fields().len();
                Ok((ctor, n))
            }
            (Res::Def(DefKind::Struct, item), Ty::Adt(Adt::Local(id), _)) if item == id => {
                let n = self
                    .variant_data(ty, &Ctor::Single)
                    .ok_or(GiveUp)?
                    .fields()
                    .len();
                Ok((Ctor::Single, n))
            }
            (Res::SelfTy(_) | Res::SelfCtor(_), Ty::Adt(Adt::Local(id), _))
                if matches!(self.hir.item(*id).kind, ItemKind::Struct { .. }) =>
            {
                let n = self
                    .variant_data(ty, &Ctor::Single)
                    .ok_or(GiveUp)?
                    .fields()
                    .len();
                Ok((Ctor::Single, n))
            }
            _ => Err(GiveUp),
        }
    }

    /// The fields of a crate struct, or of a variant of a crate enum.
    fn variant_data(&self, ty: &Ty, ctor: &Ctor) -> Option<&'a VariantData> {
        let Ty::Adt(Adt::Local(id), _) = ty else {
            return None;
        };
        match (&self.hir.item(*id).kind, ctor) {
            (ItemKind::Struct { data, .. }, Ctor::Single) => Some(data),
            (ItemKind::Enum { variants, .. }, Ctor::Variant(v)) => {
                variants.get(*v as usize).map(|v| &v.data)
            }
            _ => None,
        }
    }

    // ---------------------------------------------------------------------------------------
    // The algorithm.

    /// The constructors of a type, or [`GiveUp`] when they cannot be listed.
    fn ctors_for_ty(&self, ty: &Ty) -> Result<CtorSet> {
        Ok(match ty {
            Ty::Bool => CtorSet::Bool,
            Ty::Int(i) => CtorSet::Ints(IntKind::Int(*i)),
            Ty::Char => CtorSet::Ints(IntKind::Char),
            Ty::Float(_) | Ty::Str => CtorSet::Unlistable,
            Ty::Tuple(_) | Ty::Ref(..) => CtorSet::Single,
            Ty::Array(_, Some(n)) => CtorSet::Slice(Some(usize::try_from(*n).map_err(|_| GiveUp)?)),
            Ty::Slice(_) => CtorSet::Slice(None),
            Ty::Adt(Adt::Option | Adt::Result, _) => CtorSet::Variants(2),
            Ty::Adt(Adt::Local(id), _) => match &self.hir.item(*id).kind {
                ItemKind::Struct { .. } => CtorSet::Single,
                // Lowering keeps every variant, `#[cfg]` or not: an enum whose variants depend
                // on the configuration is not one whose variants are known here.
                ItemKind::Enum { variants, .. }
                    if !variants.is_empty() && !self.mentions_cfg(self.hir.item(*id).span) =>
                {
                    CtorSet::Variants(variants.len() as u32)
                }
                _ => return Err(GiveUp),
            },
            _ => return Err(GiveUp),
        })
    }

    /// The number of fields of a constructor of type `ty`.
    fn arity(&self, ctor: &Ctor, ty: &Ty) -> usize {
        match (ctor, ty) {
            (Ctor::Single, Ty::Tuple(ts)) => ts.len(),
            (Ctor::Single, Ty::Ref(..)) => 1,
            (Ctor::Slice(slice), _) => slice.kind.arity(),
            (Ctor::Variant(v), Ty::Adt(Adt::Option, _)) => *v as usize,
            (Ctor::Variant(_), Ty::Adt(Adt::Result, _)) => 1,
            (Ctor::Single | Ctor::Variant(_), Ty::Adt(Adt::Local(_), _)) => {
                self.variant_data(ty, ctor).map_or(0, |d| d.fields().len())
            }
            _ => 0,
        }
    }

    /// Splits the constructors of `set` into those present in the column and those missing.
    fn split(&self, set: &CtorSet, heads: &[&Ctor]) -> (Vec<Ctor>, Vec<Ctor>) {
        let mut present = Vec::new();
        let mut missing = Vec::new();
        match set {
            CtorSet::Bool => {
                for b in [false, true] {
                    let c = Ctor::Bool(b);
                    if heads.contains(&&c) {
                        present.push(c);
                    } else {
                        missing.push(c);
                    }
                }
            }
            CtorSet::Ints(kind) => {
                let seen: Vec<IntRange> = heads
                    .iter()
                    .filter_map(|c| match c {
                        Ctor::Int(r) => Some(*r),
                        _ => None,
                    })
                    .collect();
                for full in kind.full_ranges() {
                    for (is_seen, r) in full.split(&seen) {
                        if is_seen {
                            present.push(Ctor::Int(r));
                        } else {
                            missing.push(Ctor::Int(r));
                        }
                    }
                }
            }
            CtorSet::Variants(n) => {
                for v in 0..*n {
                    let c = Ctor::Variant(v);
                    if heads.contains(&&c) {
                        present.push(c);
                    } else {
                        missing.push(c);
                    }
                }
            }
            CtorSet::Single => {
                if heads.iter().any(|c| **c != Ctor::Wildcard) {
                    present.push(Ctor::Single);
                } else {
                    missing.push(Ctor::Single);
                }
            }
            CtorSet::Slice(array_len) => {
                let seen: Vec<Slice> = heads
                    .iter()
                    .filter_map(|c| match c {
                        Ctor::Slice(s) => Some(*s),
                        _ => None,
                    })
                    .collect();
                let base = Slice::new(*array_len, SliceKind::Var(0, 0));
                for (is_seen, slice) in base.split(&seen) {
                    if is_seen {
                        present.push(Ctor::Slice(slice));
                    } else {
                        missing.push(Ctor::Slice(slice));
                    }
                }
            }
            CtorSet::Unlistable => {
                for c in heads {
                    if **c != Ctor::Wildcard && !present.contains(*c) {
                        present.push((*c).clone());
                    }
                }
                missing.push(Ctor::NonExhaustive);
            }
        }
        (present, missing)
    }

    /// The witnesses of the values the rows of `m` (with `columns` columns) do not cover,
    /// each a stack of patterns for `m`'s columns (the first column last). `scrut_ty` is given
    /// for the scrutinee's column.
    fn usefulness(
        &mut self,
        m: &Matrix<'_>,
        columns: usize,
        scrut_ty: Option<&Ty>,
        depth: u32,
    ) -> Result<Vec<Vec<Witness>>> {
        self.work += m.rows.len() + 1;
        if self.work > MAX_WORK || depth > MAX_DEPTH {
            return Err(GiveUp);
        }
        if columns == 0 {
            // No place left to match: the values are covered if a row without a guard is left.
            let useful = m.rows.iter().all(|r| r.under_guard);
            return Ok(if useful && m.wildcard_row_is_relevant {
                vec![Vec::new()]
            } else {
                Vec::new()
            });
        }
        let heads: Vec<&DPat> = m.rows.iter().map(|r| r.pats[0]).collect();
        let head_ctors: Vec<&Ctor> = heads.iter().map(|p| &p.ctor).collect();
        // The type of the column: the scrutinee's, or that of a constructor pattern in it. A
        // column of wildcards only needs no type: everything is missing, reported as `_`.
        let ty = match scrut_ty {
            Some(t) => Some(t.clone()),
            None => heads
                .iter()
                .find(|p| p.ctor != Ctor::Wildcard)
                .map(|p| p.ty.clone()),
        };
        let (set, ty) = match ty {
            Some(t) => (Some(self.ctors_for_ty(&t)?), t),
            None => (None, Ty::Error),
        };
        let (present, missing) = match &set {
            Some(set) => self.split(set, &head_ctors),
            None => (Vec::new(), vec![Ctor::NonExhaustive]),
        };
        let all_missing = present.is_empty();
        let mut split_ctors = present;
        if !missing.is_empty() {
            split_ctors.push(Ctor::Missing);
        }
        let is_integers = matches!(set, Some(CtorSet::Ints(_)));
        let always_report_all = scrut_ty.is_some() && !is_integers;
        let report_individual = always_report_all || !all_missing;
        let mut ret = Vec::new();
        for ctor in split_ctors {
            let relevant = ctor == Ctor::Missing || missing.is_empty();
            let arity = if ctor == Ctor::Missing {
                0
            } else {
                self.arity(&ctor, &ty)
            };
            let spec = self.specialize(m, &ctor, arity, relevant)?;
            let mut witnesses = if spec.rows.is_empty() && columns - 1 + arity > 0 {
                // No row left: every value is a witness (the wildcard row).
                if spec.wildcard_row_is_relevant {
                    vec![vec![Witness::wild(); columns - 1 + arity]]
                } else {
                    Vec::new()
                }
            } else {
                self.usefulness(&spec, columns - 1 + arity, None, depth + 1)?
            };
            self.apply_ctor(
                &mut witnesses,
                &ty,
                &missing,
                &ctor,
                arity,
                report_individual,
            );
            ret.extend(witnesses);
        }
        Ok(ret)
    }

    /// The rows of `m` that match `ctor`, with the head pattern replaced by its `arity`
    /// fields.
    fn specialize<'p>(
        &mut self,
        m: &Matrix<'p>,
        ctor: &Ctor,
        arity: usize,
        relevant: bool,
    ) -> Result<Matrix<'p>> {
        let mut out = Matrix {
            rows: Vec::new(),
            wildcard_row_is_relevant: m.wildcard_row_is_relevant && relevant,
        };
        for row in &m.rows {
            let head = row.pats[0];
            if !is_covered_by(ctor, &head.ctor) {
                continue;
            }
            let mut pats: Vec<&'p DPat> = Vec::with_capacity(arity + row.pats.len() - 1);
            if head.ctor == Ctor::Wildcard {
                pats.extend(std::iter::repeat_n(&WILDCARD, arity));
            } else if let Ctor::Slice(Slice {
                kind: SliceKind::Var(prefix, _),
                ..
            }) = head.ctor
            {
                // `[a, .., z]` against a longer length: wildcards fill the middle.
                let extra = arity.checked_sub(head.fields.len()).ok_or(GiveUp)?;
                pats.extend(head.fields[..prefix].iter());
                pats.extend(std::iter::repeat_n(&WILDCARD, extra));
                pats.extend(head.fields[prefix..].iter());
            } else {
                if head.fields.len() != arity {
                    return Err(GiveUp);
                }
                pats.extend(head.fields.iter());
            }
            pats.extend(row.pats[1..].iter().copied());
            self.work += 1;
            if self.work > MAX_WORK {
                return Err(GiveUp);
            }
            push_expanded(
                &mut out.rows,
                Row {
                    pats,
                    under_guard: row.under_guard,
                },
            );
        }
        Ok(out)
    }

    /// Rebuilds the witnesses of a specialized matrix into witnesses of the matrix it came
    /// from: `ctor` around the first `arity` patterns, or the missing constructors.
    fn apply_ctor(
        &self,
        witnesses: &mut Vec<Vec<Witness>>,
        ty: &Ty,
        missing: &[Ctor],
        ctor: &Ctor,
        arity: usize,
        report_individual: bool,
    ) {
        if witnesses.is_empty() {
            return;
        }
        if *ctor == Ctor::Missing {
            if !missing.is_empty() && !report_individual {
                for w in witnesses.iter_mut() {
                    w.push(Witness::wild());
                }
            } else if missing.contains(&Ctor::NonExhaustive) {
                // A `_` is needed anyway; it records the type that cannot be listed, for the
                // notes (`&str` cannot be matched exhaustively).
                for w in witnesses.iter_mut() {
                    w.push(Witness {
                        ctor: Ctor::NonExhaustive,
                        fields: Vec::new(),
                        ty: ty.clone(),
                    });
                }
            } else {
                let mut out = Vec::new();
                for m in missing {
                    let pat = Witness {
                        ctor: m.clone(),
                        fields: vec![Witness::wild(); self.arity(m, ty)],
                        ty: ty.clone(),
                    };
                    for w in witnesses.iter() {
                        let mut w = w.clone();
                        w.push(pat.clone());
                        out.push(w);
                    }
                }
                *witnesses = out;
            }
        } else {
            for w in witnesses.iter_mut() {
                let at = w.len().saturating_sub(arity);
                let fields: Vec<Witness> = w.drain(at..).rev().collect();
                w.push(Witness {
                    ctor: ctor.clone(),
                    fields,
                    ty: ty.clone(),
                });
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // Printing witnesses.

    /// A witness as rustc prints it (`Some(_)`, `Direction::West`, `(false, _)`, `&_`).
    fn print(&self, w: &Witness) -> String {
        match (&w.ctor, &w.ty) {
            (Ctor::Bool(b), _) => b.to_string(),
            (Ctor::Int(r), t) => match int_kind(t) {
                Some(kind) => print_range(r, kind),
                None => "_".into(),
            },
            (Ctor::Str(s), _) => format!("{s:?}"),
            (Ctor::Single, Ty::Ref(m, _)) => {
                let inner = w.fields.first().map(|f| self.print(f)).unwrap_or_default();
                let m = if *m == Mutability::Mut { "mut " } else { "" };
                format!("&{m}{inner}")
            }
            (Ctor::Single, Ty::Tuple(_)) => {
                let fields: Vec<String> = w.fields.iter().map(|f| self.print(f)).collect();
                let comma = if fields.len() == 1 { "," } else { "" };
                format!("({}{comma})", fields.join(", "))
            }
            (Ctor::Slice(slice), _) => self.print_slice(slice, &w.fields),
            (Ctor::Variant(v), Ty::Adt(Adt::Option, _)) => {
                let name = if *v == 0 { "None" } else { "Some" };
                self.print_struct_like(name.into(), None, &w.fields)
            }
            (Ctor::Variant(v), Ty::Adt(Adt::Result, _)) => {
                let name = if *v == 0 { "Ok" } else { "Err" };
                self.print_struct_like(name.into(), None, &w.fields)
            }
            (Ctor::Variant(_) | Ctor::Single, Ty::Adt(Adt::Local(id), _)) => {
                let item = self.hir.item(*id);
                let data = self.variant_data(&w.ty, &w.ctor);
                let name = match (&item.kind, &w.ctor) {
                    (ItemKind::Enum { variants, .. }, Ctor::Variant(v)) => format!(
                        "{}::{}",
                        item.name,
                        variants.get(*v as usize).map_or("_", |v| v.name.as_str())
                    ),
                    _ => item.name.clone(),
                };
                self.print_struct_like(name, data, &w.fields)
            }
            _ => "_".into(),
        }
    }

    /// A slice witness: `[_, _]`, `[_, ..]`, `[true, .., false]`; on an array, wildcards
    /// next to the `..` merge into it.
    fn print_slice(&self, slice: &Slice, fields: &[Witness]) -> String {
        let (prefix_len, dots) = match slice.kind {
            SliceKind::Fixed(n) => (n, false),
            SliceKind::Var(p, _) => (p, true),
        };
        let split = prefix_len.min(fields.len());
        let (mut prefix, mut suffix) = fields.split_at(split);
        let wild = |w: &Witness| matches!(w.ctor, Ctor::Wildcard | Ctor::NonExhaustive);
        if dots && slice.array_len.is_some() {
            while let [rest @ .., last] = prefix {
                if !wild(last) {
                    break;
                }
                prefix = rest;
            }
            while let [first, rest @ ..] = suffix {
                if !wild(first) {
                    break;
                }
                suffix = rest;
            }
        }
        let mut parts: Vec<String> = prefix.iter().map(|f| self.print(f)).collect();
        if dots {
            parts.push("..".into());
        }
        parts.extend(suffix.iter().map(|f| self.print(f)));
        format!("[{}]", parts.join(", "))
    }

    /// rustc's `write_struct_like`: `Name`, `Name(a, b)` or `Name { f: a, .. }` (fields
    /// printed as `_` are left out of the braces).
    fn print_struct_like(
        &self,
        name: String,
        data: Option<&VariantData>,
        fields: &[Witness],
    ) -> String {
        let printed: Vec<String> = fields.iter().map(|f| self.print(f)).collect();
        match data {
            Some(VariantData::Struct(defs)) => {
                let mut parts: Vec<String> = defs
                    .iter()
                    .zip(fields.iter().zip(&printed))
                    .filter(|(_, (w, _))| !matches!(w.ctor, Ctor::Wildcard | Ctor::NonExhaustive))
                    .map(|(d, (_, p))| format!("{}: {p}", d.name))
                    .collect();
                if parts.len() < defs.len() {
                    parts.push("..".into());
                }
                format!("{name} {{ {} }}", parts.join(", "))
            }
            _ if printed.is_empty() => name,
            _ => format!("{name}({})", printed.join(", ")),
        }
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

/// Whether a value of constructor `ctor` (from splitting) is matched by a pattern whose
/// constructor is `pat` (rustc's `Constructor::is_covered_by`).
fn is_covered_by(ctor: &Ctor, pat: &Ctor) -> bool {
    match (ctor, pat) {
        (_, Ctor::Wildcard) => true,
        (Ctor::Missing | Ctor::NonExhaustive, _) => false,
        (Ctor::Int(a), Ctor::Int(b)) => a.is_subrange(b),
        (Ctor::Slice(a), Ctor::Slice(b)) => b.kind.covers_length(a.kind.arity()),
        (a, b) => a == b,
    }
}

/// Pushes a row, expanding an or-pattern at its head into one row per alternative.
fn push_expanded<'p>(rows: &mut Vec<Row<'p>>, row: Row<'p>) {
    match row.pats.first() {
        Some(head) if head.ctor == Ctor::Or => {
            for alt in &head.fields {
                let mut pats = Vec::with_capacity(row.pats.len());
                pats.push(alt);
                pats.extend(row.pats[1..].iter().copied());
                push_expanded(
                    rows,
                    Row {
                        pats,
                        under_guard: row.under_guard,
                    },
                );
            }
        }
        _ => rows.push(row),
    }
}

/// The integer kind of a type, if it is an integer or `char`.
fn int_kind(t: &Ty) -> Option<IntKind> {
    match t {
        Ty::Int(i) => Some(IntKind::Int(*i)),
        Ty::Char => Some(IntKind::Char),
        _ => None,
    }
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

/// A range of a witness as rustc prints it: `5_u8`, `100_u8..=u8::MAX`, `..isize::MIN`,
/// `usize::MAX..`, `_` for everything.
fn print_range(r: &IntRange, kind: IntKind) -> String {
    // A boundary as a value of the type, or `None` past its largest value.
    let value = |b: Bound| match b {
        Bound::Finite(v) if v <= kind.max_encoded() => Some(v),
        _ => None,
    };
    if r.lo == Bound::NegInf && r.hi == Bound::PosInf {
        return "_".into();
    }
    if r.is_singleton() {
        if let Some(v) = value(r.lo) {
            return kind.print(v);
        }
    }
    let lo = match r.lo {
        Bound::NegInf => None,
        b => Some(value(b).unwrap_or(kind.max_encoded())),
    };
    let (hi, end) = match r.hi.minus_one() {
        Some(h) => (h, "..="),
        None => (r.hi, ".."),
    };
    let mut out = String::new();
    if let Some(lo) = lo {
        out.push_str(&kind.print(lo));
    }
    match value(hi) {
        Some(h) if hi != Bound::NegInf => {
            out.push_str(end);
            out.push_str(&kind.print(h));
        }
        _ => out.push_str(".."),
    }
    out
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

    fn u8r(lo: u128, hi_incl: u128) -> IntRange {
        IntRange {
            lo: Bound::Finite(lo),
            hi: Bound::Finite(hi_incl).plus_one(),
        }
    }

    #[test]
    fn splitting_cuts_the_range_at_every_boundary() {
        let full = u8r(0, 255);
        let parts = full.split(&[u8r(0, 0), u8r(1, 9), u8r(10, 99)]);
        let seen: Vec<bool> = parts.iter().map(|p| p.0).collect();
        assert_eq!(seen, [true, true, true, false]);
        assert_eq!(parts[3].1, u8r(100, 255));
        let overlapping = full.split(&[u8r(3, 7), u8r(5, 10)]);
        assert_eq!(overlapping.len(), 5);
        assert!(!overlapping[0].0 && overlapping[1].0 && !overlapping[4].0);
    }

    #[test]
    fn ranges_print_as_rustc() {
        let u8k = IntKind::Int(IntTy::U8);
        assert_eq!(print_range(&u8r(100, 255), u8k), "100_u8..=u8::MAX");
        assert_eq!(print_range(&u8r(5, 5), u8k), "5_u8");
        let i32k = IntKind::Int(IntTy::I32);
        let enc = |v: i32| i32k.encode(v as i64 as u128);
        let r = IntRange {
            lo: Bound::Finite(0),
            hi: Bound::Finite(enc(0)),
        };
        assert_eq!(print_range(&r, i32k), "i32::MIN..=-1_i32");
        let i128k = IntKind::Int(IntTy::I128);
        let minus_five = i128k.encode((-5i128) as u128);
        assert_eq!(i128k.print(minus_five), "-5_i128");
        assert_eq!(i128k.print(i128k.encode(7)), "7_i128");
        let i8k = IntKind::Int(IntTy::I8);
        assert_eq!(i8k.print(i8k.encode((-101i8) as u8 as u128)), "-101_i8");
        let usize_k = IntKind::Int(IntTy::Usize);
        let tail = IntRange {
            lo: Bound::Finite(u64::MAX as u128 + 1),
            hi: Bound::PosInf,
        };
        assert_eq!(print_range(&tail, usize_k), "usize::MAX..");
        let isize_k = IntKind::Int(IntTy::Isize);
        let head = IntRange {
            lo: Bound::NegInf,
            hi: Bound::Finite(0),
        };
        assert_eq!(print_range(&head, isize_k), "..isize::MIN");
        let c = IntRange {
            lo: Bound::Finite('b' as u128),
            hi: Bound::Finite(0xD800),
        };
        assert_eq!(print_range(&c, IntKind::Char), "'b'..='\\u{d7ff}'");
    }

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
