//! The types of a program's expressions, as the page shows them on hover in the editor.
//!
//! [`expr_types`] pairs every expression written in the source (not one a desugaring made up,
//! but for the range struct that stands for `a..b` itself) whose type the checker knows with
//! that type, printed as rustc prints types in its messages
//! (`Vec<i32>`, `&str`, `Option<Point>`). Expressions of unknown type ([`Ty::Error`] inside,
//! or an inference variable left open) are left out rather than shown wrongly.

use source::Span;

use crate::hir::{Desugaring, Hir, ItemId, Origin};
use crate::ty::{InferTable, Ty};
use crate::typeck::Typeck;

/// One expression's span and its type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeAt {
    pub span: Span,
    pub ty: String,
}

/// The known types of the source expressions of `hir`, in expression order (outer expressions
/// come before the expressions inside them only when they were lowered first; the page picks
/// the narrowest span under the pointer).
pub fn expr_types(hir: &Hir, checked: &Typeck) -> Vec<TypeAt> {
    // The checker's types are resolved: a fresh table prints them (it has no variables, so
    // types that still hold one are skipped first).
    let table = InferTable::default();
    let names = |id: ItemId| {
        hir.items
            .get(id.index())
            .map(|i| i.name.clone())
            .unwrap_or_default()
    };
    let mut out = Vec::new();
    for (expr, ty) in hir.exprs.iter().zip(&checked.expr_tys) {
        let shown = matches!(
            expr.origin,
            Origin::Source | Origin::Desugared(Desugaring::RangeStruct)
        );
        if !shown || expr.span.start >= expr.span.end || !printable(ty, 0) {
            continue;
        }
        out.push(TypeAt {
            span: expr.span,
            ty: table.display(ty, &names),
        });
    }
    out
}

/// How deep a type may nest and still be shown.
const MAX_DEPTH: u32 = 32;

/// True for a fully known type: no [`Ty::Error`], no inference variable, not too deep.
fn printable(t: &Ty, depth: u32) -> bool {
    if depth > MAX_DEPTH {
        return false;
    }
    match t {
        // A closure and the checker's stand-in for "some std iterator" have no name rustc
        // would print.
        Ty::Error | Ty::Infer(_) | Ty::Closure(_) | Ty::Adt(crate::ty::Adt::Iter, _) => false,
        Ty::Tuple(ts) | Ty::Adt(_, ts) => ts.iter().all(|t| printable(t, depth + 1)),
        Ty::Array(t, _) | Ty::Slice(t) | Ty::Ref(_, t) => printable(t, depth + 1),
        Ty::Int(_)
        | Ty::Float(_)
        | Ty::Bool
        | Ty::Char
        | Ty::Str
        | Ty::Never
        | Ty::FnDef(_)
        | Ty::Param(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn types_of(src: &str) -> Vec<(String, String)> {
        let parsed = rust_syntax::parse(src);
        assert!(parsed.diagnostics.is_empty());
        let lowered = crate::lower(src, &parsed.krate);
        assert!(lowered.diagnostics.is_empty());
        let checked = crate::typeck::check(src, &lowered.hir);
        expr_types(&lowered.hir, &checked)
            .into_iter()
            .map(|t| {
                (
                    src[t.span.start as usize..t.span.end as usize].to_string(),
                    t.ty,
                )
            })
            .collect()
    }

    fn type_of(types: &[(String, String)], text: &str) -> Option<String> {
        types
            .iter()
            .find(|(t, _)| t == text)
            .map(|(_, ty)| ty.clone())
    }

    #[test]
    fn literals_take_their_defaulted_or_inferred_types() {
        let t = types_of("fn main() { let a = 1; let b: u8 = 2; let c = 2.5; let d = a + 3; }");
        assert_eq!(type_of(&t, "1").as_deref(), Some("i32"));
        assert_eq!(type_of(&t, "2").as_deref(), Some("u8"));
        assert_eq!(type_of(&t, "2.5").as_deref(), Some("f64"));
        assert_eq!(type_of(&t, "a + 3").as_deref(), Some("i32"));
    }

    #[test]
    fn crate_types_and_references_print_as_rustc_prints_them() {
        let src = "struct Point { x: i64 }\n\
                   fn norm(p: &Point) -> i64 { p.x }\n\
                   fn main() { let p = Point { x: 3 }; let n = norm(&p); let s = \"hi\"; }";
        let t = types_of(src);
        assert_eq!(type_of(&t, "Point { x: 3 }").as_deref(), Some("Point"));
        assert_eq!(type_of(&t, "&p").as_deref(), Some("&Point"));
        assert_eq!(type_of(&t, "norm(&p)").as_deref(), Some("i64"));
        assert_eq!(type_of(&t, "p.x").as_deref(), Some("i64"));
        assert_eq!(type_of(&t, "\"hi\"").as_deref(), Some("&str"));
    }

    #[test]
    fn desugared_and_unknown_expressions_are_left_out() {
        // The `for` loop's desugaring makes a `match`, a `loop` and `next` calls, all with the
        // loop's span: none is shown. The literals written in the source are.
        let src = "fn main() { for i in 0..10u32 { let _ = i; } }";
        let t = types_of(src);
        assert_eq!(type_of(&t, "10u32").as_deref(), Some("u32"));
        assert_eq!(type_of(&t, "for i in 0..10u32 { let _ = i; }"), None);
        assert!(t
            .iter()
            .all(|(_, ty)| !ty.contains('_') && !ty.contains('{')));
    }
}
