//! Lowering HIR patterns into the algorithm's patterns ([`DPat`]): constructors with their
//! fields, match ergonomics made explicit, literals and constants evaluated, `..` expanded.

use super::ranges::{int_kind, Bound, IntKind, IntRange};
use super::usefulness::*;
use super::*;

impl<'a> Cx<'a> {
    /// The pattern `id` as a [`DPat`], with match ergonomics made explicit.
    pub(super) fn lower_pat(&mut self, id: PatId, depth: u32) -> Result<DPat> {
        let ty = self.typeck.pat_tys.get(id.index()).cloned().ok_or(GiveUp)?;
        self.lower_pat_at(id, ty, depth)
    }

    pub(super) fn lower_pat_at(&mut self, id: PatId, ty: Ty, depth: u32) -> Result<DPat> {
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
    pub(super) fn lower_fields(
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
    pub(super) fn lower_lit(&mut self, e: ExprId, ty: Ty) -> Result<DPat> {
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
    pub(super) fn const_value(&self, e: ExprId, kind: IntKind, depth: u32) -> Result<u128> {
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
    pub(super) fn const_body(&self, item: ItemId, ty: &Ty, depth: u32) -> Result<ExprId> {
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
    pub(super) fn path_ctor(&self, path: &hir::Path, ty: &Ty) -> Result<(Ctor, usize)> {
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
            // The struct itself, named or as `Self`.
            (Res::Def(DefKind::Struct, item), Ty::Adt(Adt::Local(id), _)) if item == id => {
                self.single_ctor(ty)
            }
            (Res::SelfTy(_) | Res::SelfCtor(_), Ty::Adt(Adt::Local(id), _))
                if matches!(self.hir.item(*id).kind, ItemKind::Struct { .. }) =>
            {
                self.single_ctor(ty)
            }
            _ => Err(GiveUp),
        }
    }

    /// A struct's one constructor and its number of fields.
    fn single_ctor(&self, ty: &Ty) -> Result<(Ctor, usize)> {
        let n = self
            .variant_data(ty, &Ctor::Single)
            .ok_or(GiveUp)?
            .fields()
            .len();
        Ok((Ctor::Single, n))
    }

    /// The fields of a crate struct, or of a variant of a crate enum.
    pub(super) fn variant_data(&self, ty: &Ty, ctor: &Ctor) -> Option<&'a VariantData> {
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
}
