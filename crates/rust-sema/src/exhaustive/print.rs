//! Witnesses printed as rustc prints them: `Some(_)`, `Direction::West`, `(false, _)`, `&_`,
//! `Packet { kind: Kind::Ack, .. }`, `[_, _, ..]`, `100_u8..=u8::MAX`.

use super::ranges::{int_kind, print_range};
use super::usefulness::*;
use super::*;

impl Cx<'_> {
    /// A witness as rustc prints it (`Some(_)`, `Direction::West`, `(false, _)`, `&_`).
    pub(super) fn print(&self, w: &Witness) -> String {
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
    pub(super) fn print_slice(&self, slice: &Slice, fields: &[Witness]) -> String {
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
    pub(super) fn print_struct_like(
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
