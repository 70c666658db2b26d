//! The usefulness algorithm itself: constructors, the pattern matrix, constructor splitting,
//! specialization, and the witnesses rebuilt on the way back (see the parent module's docs).

use super::ranges::{IntKind, IntRange};
use super::*;

/// A constructor: what a pattern (or a value) looks like at the top.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Ctor {
    Bool(bool),
    Int(IntRange),
    /// Variant number `n` of an enum (`Option`: `None`, `Some`; `Result`: `Ok`, `Err`).
    Variant(u32),
    /// The one constructor of a tuple, struct or reference.
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
pub(super) struct Slice {
    /// The length of the array type, `None` for a slice type.
    pub(super) array_len: Option<usize>,
    pub(super) kind: SliceKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum SliceKind {
    /// `[a, b, c]`: exactly this many elements.
    Fixed(usize),
    /// `[a, .., z]`: this many elements before the `..` and this many after it.
    Var(usize, usize),
}

impl SliceKind {
    pub(super) fn arity(self) -> usize {
        match self {
            SliceKind::Fixed(n) => n,
            SliceKind::Var(p, s) => p + s,
        }
    }

    pub(super) fn covers_length(self, len: usize) -> bool {
        match self {
            SliceKind::Fixed(n) => n == len,
            SliceKind::Var(p, s) => p + s <= len,
        }
    }
}

impl Slice {
    /// A slice constructor; on an array, a `..` that can only be empty makes it fixed.
    pub(super) fn new(array_len: Option<usize>, kind: SliceKind) -> Slice {
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
    pub(super) fn split(self, column: &[Slice]) -> Vec<(bool, Slice)> {
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
pub(super) struct DPat {
    pub(super) ctor: Ctor,
    pub(super) fields: Vec<DPat>,
    /// The type of the place matched (unknown for wildcards).
    pub(super) ty: Ty,
}

pub(super) const WILD: DPat = DPat {
    ctor: Ctor::Wildcard,
    fields: Vec::new(),
    ty: Ty::Error,
};

pub(super) static WILDCARD: DPat = WILD;

/// A witness: a pattern no arm matches (rebuilt from the bottom up).
#[derive(Clone, Debug)]
pub(super) struct Witness {
    pub(super) ctor: Ctor,
    pub(super) fields: Vec<Witness>,
    pub(super) ty: Ty,
}

impl Witness {
    pub(super) fn wild() -> Witness {
        Witness {
            ctor: Ctor::Wildcard,
            fields: Vec::new(),
            ty: Ty::Error,
        }
    }
}

/// A row of the matrix: the patterns of the places still to match, first column first.
#[derive(Clone)]
pub(super) struct Row<'p> {
    pub(super) pats: Vec<&'p DPat>,
    /// The arm has a guard, which may fail: the row then covers nothing.
    pub(super) under_guard: bool,
}

/// The pattern matrix.
pub(super) struct Matrix<'p> {
    pub(super) rows: Vec<Row<'p>>,
    /// Whether witnesses found in this matrix are reported (rustc's relevancy: under a
    /// constructor that is present while others are missing, the witnesses found are the
    /// ones `Missing` already gives, so they are not collected twice).
    pub(super) wildcard_row_is_relevant: bool,
}

/// The constructors of a type.
pub(super) enum CtorSet {
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

impl<'a> Cx<'a> {
    /// The constructors of a type, or [`GiveUp`] when they cannot be listed.
    pub(super) fn ctors_for_ty(&self, ty: &Ty) -> Result<CtorSet> {
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
    pub(super) fn arity(&self, ctor: &Ctor, ty: &Ty) -> usize {
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
    pub(super) fn split(&self, set: &CtorSet, heads: &[&Ctor]) -> (Vec<Ctor>, Vec<Ctor>) {
        let mut present = Vec::new();
        let mut missing = Vec::new();
        match set {
            CtorSet::Bool => {
                // rustc lists `true` first.
                for b in [true, false] {
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
    pub(super) fn usefulness(
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
    pub(super) fn specialize<'p>(
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
    pub(super) fn apply_ctor(
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
}

/// Whether a value of constructor `ctor` (from splitting) is matched by a pattern whose
/// constructor is `pat` (rustc's `Constructor::is_covered_by`).
pub(super) fn is_covered_by(ctor: &Ctor, pat: &Ctor) -> bool {
    match (ctor, pat) {
        (_, Ctor::Wildcard) => true,
        (Ctor::Missing | Ctor::NonExhaustive, _) => false,
        (Ctor::Int(a), Ctor::Int(b)) => a.is_subrange(b),
        (Ctor::Slice(a), Ctor::Slice(b)) => b.kind.covers_length(a.kind.arity()),
        (a, b) => a == b,
    }
}

/// Pushes a row, expanding an or-pattern at its head into one row per alternative.
pub(super) fn push_expanded<'p>(rows: &mut Vec<Row<'p>>, row: Row<'p>) {
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
