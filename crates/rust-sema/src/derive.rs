//! `#[derive(Debug, Clone, Copy, PartialEq)]`: the impls rustc 1.95's built-in derives generate,
//! as HIR items of their own (so the type checker sees ordinary impls, and the HIR printer shows
//! them as `rustc -Zunpretty=hir` does).
//!
//! The shapes follow rustc's output: `Debug` calls `Formatter::debug_struct_fieldN_finish` (or
//! `write_str` for a unit struct), `Clone` of a `Copy` type is `*self` after one
//! `let _: AssertParamIsClone<T>;` per field type, `PartialEq` compares the fields with `&&`
//! (primitive fields first) or an enum's discriminants then its fields. Derives with more than
//! five fields for `Debug` and the other derives (`Eq`, `Hash`, …) are not generated yet.

use rust_syntax::ast;
use source::Span;

use crate::hir::*;
use crate::lower::Lowerer;
use crate::lower_body::synth_path;

const AUTO: &str = "#[attr = AutomaticallyDerived]";
const INLINE: &str = "#[attr = Inline(Hint)]";
const DOC: &str = "#[attr = Doc(DocAttribute {aliases: [], inline: [], cfg: [], auto_cfg: [],\nauto_cfg_change: [], test_attrs: []})]";

/// The shape of the type a derive is for.
enum Shape<'a> {
    Struct(&'a VariantData),
    Enum(&'a [Variant]),
}

impl Lowerer<'_> {
    /// Generates the impls of the derives of item `id` (a struct or enum already lowered).
    pub(crate) fn expand_derives(&mut self, id: ItemId) -> Vec<ItemId> {
        let item = self.hir.items[id.index()].clone();
        if item.derives.is_empty() {
            return Vec::new();
        }
        let (generics, shape_data) = match &item.kind {
            ItemKind::Struct { generics, data } => (generics.clone(), Ok(data.clone())),
            ItemKind::Enum { generics, variants } => (generics.clone(), Err(variants.clone())),
            _ => return Vec::new(),
        };
        let shape = match &shape_data {
            Ok(d) => Shape::Struct(d),
            Err(v) => Shape::Enum(v),
        };
        let names: Vec<&str> = item.derives.iter().map(|(n, _)| n.as_str()).collect();
        let copy = names.contains(&"Copy");
        let mut out = Vec::new();
        let saved = std::mem::replace(
            &mut self.origin,
            Origin::Desugared(Desugaring::Macro("derive")),
        );
        for (name, span) in item.derives.clone() {
            let span = span.to(item.span);
            match name.as_str() {
                "Debug" => {
                    if let Some(i) = self.derive_debug(id, &item, &generics, &shape, span) {
                        out.push(i);
                    }
                }
                "Clone" => {
                    let simple = copy && generics.params.is_empty();
                    if simple {
                        out.push(self.marker_impl(
                            id,
                            &item,
                            &generics,
                            &["core", "clone", "TrivialClone"],
                            vec![AUTO.into(), DOC.into()],
                            true,
                            span,
                        ));
                    }
                    out.push(self.derive_clone(id, &item, &generics, &shape, simple, span));
                }
                "Copy" => out.push(self.marker_impl(
                    id,
                    &item,
                    &generics,
                    &["core", "marker", "Copy"],
                    vec![AUTO.into()],
                    false,
                    span,
                )),
                "PartialEq" => {
                    out.push(self.marker_impl(
                        id,
                        &item,
                        &generics,
                        &["core", "marker", "StructuralPartialEq"],
                        vec![AUTO.into()],
                        false,
                        span,
                    ));
                    out.push(self.derive_partial_eq(id, &item, &generics, &shape, span));
                }
                _ => {}
            }
        }
        self.origin = saved;
        out
    }

    // ----- building blocks -----

    fn gpath(&self, names: &[&'static str], kind: StdKind, span: Span) -> Path {
        let last = names.last().copied().unwrap_or("");
        synth_path(names, true, Res::Std(kind, last), span)
    }

    fn gcall(&mut self, names: &[&'static str], args: Vec<ExprId>, span: Span) -> ExprId {
        let p = self.gpath(names, StdKind::Fn, span);
        let f = self.expr(ExprKind::Path(p), span);
        self.expr(ExprKind::Call(f, args), span)
    }

    fn str_lit(&mut self, s: &str, span: Span) -> ExprId {
        self.expr(
            ExprKind::Lit(Lit::synthetic(
                ast::LitKind::Str,
                ast::LitValue::Str(s.to_string()),
            )),
            span,
        )
    }

    fn local_path(&mut self, l: LocalId, span: Span) -> ExprId {
        let name = self.hir.locals[l.index()].name.clone();
        self.expr(
            ExprKind::Path(synth_path(&[&name], false, Res::Local(l), span)),
            span,
        )
    }

    fn addr(&mut self, e: ExprId, span: Span) -> ExprId {
        self.expr(ExprKind::AddrOf(Mutability::Not, e), span)
    }

    /// The type the impl is for: `Name<T, U>`.
    fn self_ty(&self, id: ItemId, item: &Item, generics: &Generics, span: Span) -> Ty {
        let def = match item.kind {
            ItemKind::Enum { .. } => DefKind::Enum,
            _ => DefKind::Struct,
        };
        let args = generics
            .params
            .iter()
            .filter(|p| matches!(p.kind, GenericParamKind::Type(_)))
            .map(|p| {
                GenericArg::Type(Ty {
                    kind: TyKind::Path(synth_path(
                        &[&p.name],
                        false,
                        Res::GenericParam(p.name.clone()),
                        span,
                    )),
                    span,
                })
            })
            .collect();
        let mut path = synth_path(&[&item.name], false, Res::Def(def, id), span);
        path.segments[0].args = args;
        Ty {
            kind: TyKind::Path(path),
            span,
        }
    }

    /// The impl's generics: the type's, each type parameter bounded by the derived trait.
    fn impl_generics(&self, generics: &Generics, tr: &[&'static str], span: Span) -> Generics {
        let mut g = generics.clone();
        for p in &mut g.params {
            if let GenericParamKind::Type(b) = &mut p.kind {
                b.push(Bound::Trait {
                    maybe: false,
                    path: self.gpath(tr, StdKind::Trait, span),
                });
            }
        }
        g
    }

    /// `impl Trait for T { }` (`unsafe impl` for `TrivialClone`).
    #[allow(clippy::too_many_arguments)]
    fn marker_impl(
        &mut self,
        id: ItemId,
        item: &Item,
        generics: &Generics,
        tr: &[&'static str],
        attrs: Vec<String>,
        unsafe_: bool,
        span: Span,
    ) -> ItemId {
        // `StructuralPartialEq` puts no bound on the parameters.
        let g = if tr.last() == Some(&"StructuralPartialEq") {
            generics.clone()
        } else {
            self.impl_generics(generics, tr, span)
        };
        let self_ty = self.self_ty(id, item, generics, span);
        let of_trait = Some(self.gpath(tr, StdKind::Trait, span));
        self.alloc_derived(
            String::new(),
            ItemKind::Impl {
                unsafe_,
                generics: g,
                of_trait,
                self_ty,
                items: Vec::new(),
            },
            attrs,
            span,
        )
    }

    fn alloc_derived(
        &mut self,
        name: String,
        kind: ItemKind,
        attrs: Vec<String>,
        span: Span,
    ) -> ItemId {
        self.alloc_item(Item {
            name,
            kind,
            public: false,
            attrs,
            derives: Vec::new(),
            derived: Vec::new(),
            span,
            origin: self.origin.clone(),
        })
    }

    /// An impl holding one method `name(&self[, other: &T]) -> output { body }`; `body` gets
    /// the `self` local and the second parameter's local.
    #[allow(clippy::too_many_arguments)]
    fn method_impl(
        &mut self,
        id: ItemId,
        item: &Item,
        generics: &Generics,
        tr: &[&'static str],
        method: &str,
        second: Option<(&str, Ty)>,
        output: Ty,
        span: Span,
        body: &dyn Fn(&mut Self, LocalId, Option<LocalId>) -> ExprId,
    ) -> ItemId {
        let fn_id = self.alloc_derived(
            method.to_string(),
            ItemKind::ExternCrate,
            vec![INLINE.into()],
            span,
        );
        let self_l = self.local("self", Mutability::Not, span, None);
        let mut params = Vec::new();
        let mut inputs = Vec::new();
        let mut names = Vec::new();
        let mut second_l = None;
        if let Some((pname, ty)) = second {
            let (p, l) = self.synth_binding(pname, Mutability::Not, span);
            params.push(p);
            inputs.push(ty);
            names.push(pname.to_string());
            second_l = Some(l);
        }
        let value = body(self, self_l, second_l);
        let body_id = self.alloc_body(fn_id, Some(self_l), params, value);
        self.hir.items[fn_id.index()].kind = ItemKind::Fn(FnDecl {
            generics: Generics::default(),
            self_param: Some(SelfParam::Ref(None, Mutability::Not)),
            inputs,
            output: Some(output),
            body: Some(body_id),
            param_names: names,
            is_const: false,
            is_unsafe: false,
        });
        let g = self.impl_generics(generics, tr, span);
        let self_ty = self.self_ty(id, item, generics, span);
        let of_trait = Some(self.gpath(tr, StdKind::Trait, span));
        self.alloc_derived(
            String::new(),
            ItemKind::Impl {
                unsafe_: false,
                generics: g,
                of_trait,
                self_ty,
                items: vec![fn_id],
            },
            vec![AUTO.into()],
            span,
        )
    }

    fn block_of(&mut self, stmts: Vec<Stmt>, tail: ExprId, span: Span) -> ExprId {
        self.expr(
            ExprKind::Block(
                Block {
                    stmts,
                    tail: Some(tail),
                    unsafe_: false,
                    span,
                },
                None,
            ),
            span,
        )
    }

    /// `Enum::Variant` as a path.
    fn variant_path(&self, id: ItemId, item: &Item, idx: usize, v: &Variant, span: Span) -> Path {
        synth_path(
            &[&item.name, &v.name],
            false,
            Res::Variant(id, idx as u32),
            span,
        )
    }

    /// A pattern for a variant binding its fields as `prefix_0`, `prefix_1`…
    fn variant_pat(
        &mut self,
        id: ItemId,
        item: &Item,
        idx: usize,
        v: &Variant,
        prefix: &str,
        span: Span,
    ) -> (PatId, Vec<LocalId>) {
        let path = self.variant_path(id, item, idx, v, span);
        let mut locals = Vec::new();
        let kind = match &v.data {
            VariantData::Unit => PatKind::Path(path),
            VariantData::Tuple(fs) => {
                let pats = (0..fs.len())
                    .map(|i| {
                        let (p, l) =
                            self.synth_binding(&format!("{prefix}_{i}"), Mutability::Not, span);
                        locals.push(l);
                        p
                    })
                    .collect();
                PatKind::TupleStruct {
                    path,
                    pats,
                    rest: None,
                }
            }
            VariantData::Struct(fs) => {
                let fields = fs
                    .iter()
                    .enumerate()
                    .map(|(i, f)| {
                        let (p, l) =
                            self.synth_binding(&format!("{prefix}_{i}"), Mutability::Not, span);
                        locals.push(l);
                        (f.name.clone(), p)
                    })
                    .collect();
                PatKind::Struct {
                    path,
                    fields,
                    rest: false,
                }
            }
        };
        (self.pat(kind, span), locals)
    }

    // ----- the derives -----

    fn derive_debug(
        &mut self,
        id: ItemId,
        item: &Item,
        generics: &Generics,
        shape: &Shape,
        span: Span,
    ) -> Option<ItemId> {
        let too_many = match shape {
            Shape::Struct(d) => d.fields().len() > 5,
            Shape::Enum(vs) => vs.iter().any(|v| v.data.fields().len() > 5),
        };
        if too_many {
            return None;
        }
        let fmt_path = self.gpath(&["core", "fmt", "Formatter"], StdKind::Struct, span);
        let formatter = Ty {
            kind: TyKind::Ref(
                None,
                Mutability::Mut,
                Box::new(Ty {
                    kind: TyKind::Path(fmt_path),
                    span,
                }),
            ),
            span,
        };
        let result = Ty {
            kind: TyKind::Path(self.gpath(&["core", "fmt", "Result"], StdKind::TyAlias, span)),
            span,
        };
        let name = item.name.clone();
        let shape_data: Result<VariantData, Vec<Variant>> = match shape {
            Shape::Struct(d) => Ok((*d).clone()),
            Shape::Enum(vs) => Err(vs.to_vec()),
        };
        let item_c = item.clone();
        Some(self.method_impl(
            id,
            item,
            generics,
            &["core", "fmt", "Debug"],
            "fmt",
            Some(("f", formatter)),
            result,
            span,
            &|l, self_l, f_l| {
                let f_l = f_l.unwrap_or(self_l);
                let value = match &shape_data {
                    Ok(data) => {
                        let fields: Vec<(String, ExprId)> = data
                            .fields()
                            .iter()
                            .map(|fd| {
                                let s = l.local_path(self_l, span);
                                (
                                    fd.name.clone(),
                                    l.expr(ExprKind::Field(s, fd.name.clone()), span),
                                )
                            })
                            .collect();
                        l.debug_call(f_l, &name, data, fields, true, span)
                    }
                    Err(vs) => {
                        let s = l.local_path(self_l, span);
                        if vs.iter().all(|v| matches!(v.data, VariantData::Unit)) {
                            let arms = vs
                                .iter()
                                .enumerate()
                                .map(|(i, v)| {
                                    let (pat, _) = l.variant_pat(id, &item_c, i, v, "__self", span);
                                    let body = l.str_lit(&v.name, span);
                                    Arm {
                                        pat,
                                        guard: None,
                                        body,
                                        allow_unreachable: false,
                                        span,
                                    }
                                })
                                .collect();
                            let m = l.expr(ExprKind::Match(s, arms, Source::Normal), span);
                            let fe = l.local_path(f_l, span);
                            l.gcall(
                                &["core", "fmt", "Formatter", "write_str"],
                                vec![fe, m],
                                span,
                            )
                        } else {
                            let arms = vs
                                .iter()
                                .enumerate()
                                .map(|(i, v)| {
                                    let (pat, locals) =
                                        l.variant_pat(id, &item_c, i, v, "__self", span);
                                    let fields: Vec<(String, ExprId)> = v
                                        .data
                                        .fields()
                                        .iter()
                                        .zip(&locals)
                                        .map(|(fd, loc)| {
                                            (fd.name.clone(), l.local_path(*loc, span))
                                        })
                                        .collect();
                                    let body =
                                        l.debug_call(f_l, &v.name, &v.data, fields, false, span);
                                    Arm {
                                        pat,
                                        guard: None,
                                        body,
                                        allow_unreachable: false,
                                        span,
                                    }
                                })
                                .collect();
                            l.expr(ExprKind::Match(s, arms, Source::Normal), span)
                        }
                    }
                };
                l.block_of(Vec::new(), value, span)
            },
        ))
    }

    /// `Formatter::debug_struct_fieldN_finish(f, "Name", "a", &a, …)` and its tuple and unit
    /// forms. In a struct the fields are places (`self.x`): all are borrowed once and the last
    /// twice; in an enum arm they are references already: the last is borrowed once.
    fn debug_call(
        &mut self,
        f_l: LocalId,
        name: &str,
        data: &VariantData,
        fields: Vec<(String, ExprId)>,
        in_struct: bool,
        span: Span,
    ) -> ExprId {
        let fe = self.local_path(f_l, span);
        let title = self.str_lit(name, span);
        let n = fields.len();
        if n == 0 {
            return self.gcall(
                &["core", "fmt", "Formatter", "write_str"],
                vec![fe, title],
                span,
            );
        }
        let mut args = vec![fe, title];
        for (i, (fname, e)) in fields.into_iter().enumerate() {
            if matches!(data, VariantData::Struct(_)) {
                args.push(self.str_lit(&fname, span));
            }
            let last = i + 1 == n;
            let v = match (in_struct, last) {
                (true, false) | (false, true) => self.addr(e, span),
                (true, true) => {
                    let a = self.addr(e, span);
                    self.addr(a, span)
                }
                (false, false) => e,
            };
            args.push(v);
        }
        let method: &'static str = match (matches!(data, VariantData::Struct(_)), n) {
            (true, 1) => "debug_struct_field1_finish",
            (true, 2) => "debug_struct_field2_finish",
            (true, 3) => "debug_struct_field3_finish",
            (true, 4) => "debug_struct_field4_finish",
            (true, _) => "debug_struct_field5_finish",
            (false, 1) => "debug_tuple_field1_finish",
            (false, 2) => "debug_tuple_field2_finish",
            (false, 3) => "debug_tuple_field3_finish",
            (false, 4) => "debug_tuple_field4_finish",
            (false, _) => "debug_tuple_field5_finish",
        };
        self.gcall(&["core", "fmt", "Formatter", method], args, span)
    }

    fn derive_clone(
        &mut self,
        id: ItemId,
        item: &Item,
        generics: &Generics,
        shape: &Shape,
        simple: bool,
        span: Span,
    ) -> ItemId {
        let out_ty = self.self_ty(id, item, generics, span);
        let shape_data: Result<VariantData, Vec<Variant>> = match shape {
            Shape::Struct(d) => Ok((*d).clone()),
            Shape::Enum(vs) => Err(vs.to_vec()),
        };
        let item_c = item.clone();
        self.method_impl(
            id,
            item,
            generics,
            &["core", "clone", "Clone"],
            "clone",
            None,
            out_ty,
            span,
            &|l, self_l, _| {
                if simple {
                    // `let _: AssertParamIsClone<T>;` per distinct field type, then `*self`.
                    let mut stmts = Vec::new();
                    let mut seen: Vec<&str> = Vec::new();
                    let field_tys: Vec<Ty> = match &shape_data {
                        Ok(d) => d.fields().iter().map(|f| f.ty.clone()).collect(),
                        Err(vs) => vs
                            .iter()
                            .flat_map(|v| v.data.fields().iter().map(|f| f.ty.clone()))
                            .collect(),
                    };
                    for t in field_tys {
                        // One assertion per distinct type, as written.
                        let text = l.text(t.span);
                        if seen.contains(&text) {
                            continue;
                        }
                        seen.push(text);
                        let mut p = l.gpath(
                            &["core", "clone", "AssertParamIsClone"],
                            StdKind::Struct,
                            span,
                        );
                        if let Some(seg) = p.segments.last_mut() {
                            seg.args = vec![GenericArg::Type(t)];
                        }
                        let wild = l.pat(PatKind::Wild, span);
                        stmts.push(Stmt {
                            kind: StmtKind::Let {
                                pat: wild,
                                ty: Some(Ty {
                                    kind: TyKind::Path(p),
                                    span,
                                }),
                                init: None,
                                els: None,
                                is_super: false,
                            },
                            span,
                            origin: l.origin.clone(),
                        });
                    }
                    let s = l.local_path(self_l, span);
                    let d = l.expr(ExprKind::Unary(UnOp::Deref, s), span);
                    return l.block_of(stmts, d, span);
                }
                let clone_of = |l: &mut Self, e: ExprId| {
                    l.gcall(&["core", "clone", "Clone", "clone"], vec![e], span)
                };
                let value = match &shape_data {
                    Ok(data) => {
                        let def = Res::Def(DefKind::Struct, id);
                        let path = synth_path(&[&item_c.name], false, def, span);
                        let mut cloned = Vec::new();
                        for f in data.fields() {
                            let s = l.local_path(self_l, span);
                            let fe = l.expr(ExprKind::Field(s, f.name.clone()), span);
                            let a = l.addr(fe, span);
                            cloned.push((f.name.clone(), clone_of(l, a)));
                        }
                        l.rebuild(path, data, cloned, span)
                    }
                    Err(vs) => {
                        let s = l.local_path(self_l, span);
                        let arms = vs
                            .iter()
                            .enumerate()
                            .map(|(i, v)| {
                                let (pat, locals) =
                                    l.variant_pat(id, &item_c, i, v, "__self", span);
                                let path = l.variant_path(id, &item_c, i, v, span);
                                let cloned = v
                                    .data
                                    .fields()
                                    .iter()
                                    .zip(&locals)
                                    .map(|(f, loc)| {
                                        let e = l.local_path(*loc, span);
                                        (f.name.clone(), clone_of(l, e))
                                    })
                                    .collect();
                                let body = l.rebuild(path, &v.data, cloned, span);
                                Arm {
                                    pat,
                                    guard: None,
                                    body,
                                    allow_unreachable: false,
                                    span,
                                }
                            })
                            .collect();
                        l.expr(ExprKind::Match(s, arms, Source::Normal), span)
                    }
                };
                l.block_of(Vec::new(), value, span)
            },
        )
    }

    /// `Path { a: x, b: y }`, `Path(x, y)` or `Path`.
    fn rebuild(
        &mut self,
        path: Path,
        data: &VariantData,
        fields: Vec<(String, ExprId)>,
        span: Span,
    ) -> ExprId {
        match data {
            VariantData::Unit => self.expr(ExprKind::Path(path), span),
            VariantData::Tuple(_) => {
                let f = self.expr(ExprKind::Path(path), span);
                let args = fields.into_iter().map(|(_, e)| e).collect();
                self.expr(ExprKind::Call(f, args), span)
            }
            VariantData::Struct(_) => self.expr(
                ExprKind::Struct {
                    path,
                    fields: fields.into_iter().map(|(n, e)| (n, e, span)).collect(),
                    base: None,
                },
                span,
            ),
        }
    }

    fn derive_partial_eq(
        &mut self,
        id: ItemId,
        item: &Item,
        generics: &Generics,
        shape: &Shape,
        span: Span,
    ) -> ItemId {
        let other_ty = Ty {
            kind: TyKind::Ref(
                None,
                Mutability::Not,
                Box::new(self.self_ty(id, item, generics, span)),
            ),
            span,
        };
        let bool_ty = Ty {
            kind: TyKind::Path(synth_path(&["bool"], false, Res::Prim("bool"), span)),
            span,
        };
        let shape_data: Result<VariantData, Vec<Variant>> = match shape {
            Shape::Struct(d) => Ok((*d).clone()),
            Shape::Enum(vs) => Err(vs.to_vec()),
        };
        let item_c = item.clone();
        self.method_impl(
            id,
            item,
            generics,
            &["core", "cmp", "PartialEq"],
            "eq",
            Some(("other", other_ty)),
            bool_ty,
            span,
            &|l, self_l, other_l| {
                let other_l = other_l.unwrap_or(self_l);
                let value = match &shape_data {
                    Ok(data) => {
                        // rustc compares the fields of primitive types first.
                        let mut order: Vec<&FieldDef> = data.fields().iter().collect();
                        order.sort_by_key(|f| !is_prim(&f.ty));
                        let mut acc: Option<ExprId> = None;
                        for f in order {
                            let s = l.local_path(self_l, span);
                            let a = l.expr(ExprKind::Field(s, f.name.clone()), span);
                            let o = l.local_path(other_l, span);
                            let b = l.expr(ExprKind::Field(o, f.name.clone()), span);
                            let eq = l.expr(ExprKind::Binary(BinOp::Eq, a, b), span);
                            acc = Some(match acc {
                                None => eq,
                                Some(prev) => l.expr(ExprKind::Binary(BinOp::And, prev, eq), span),
                            });
                        }
                        match acc {
                            Some(e) => e,
                            None => l.expr(
                                ExprKind::Lit(Lit::synthetic(
                                    ast::LitKind::Bool,
                                    ast::LitValue::Bool(true),
                                )),
                                span,
                            ),
                        }
                    }
                    Err(vs) => return l.enum_eq(id, &item_c, vs, self_l, other_l, span),
                };
                l.block_of(Vec::new(), value, span)
            },
        )
    }

    /// The body of an enum's `eq`: compare the discriminants, then the fields of the variant.
    fn enum_eq(
        &mut self,
        id: ItemId,
        item: &Item,
        vs: &[Variant],
        self_l: LocalId,
        other_l: LocalId,
        span: Span,
    ) -> ExprId {
        let mut stmts = Vec::new();
        let mut discr = |l: &mut Self, name: &str, of: LocalId| {
            let (p, loc) = l.synth_binding(name, Mutability::Not, span);
            let arg = l.local_path(of, span);
            let init = l.gcall(
                &["core", "intrinsics", "discriminant_value"],
                vec![arg],
                span,
            );
            stmts.push(Stmt {
                kind: StmtKind::Let {
                    pat: p,
                    ty: None,
                    init: Some(init),
                    els: None,
                    is_super: false,
                },
                span,
                origin: l.origin.clone(),
            });
            loc
        };
        let sd = discr(self, "__self_discr", self_l);
        let ad = discr(self, "__arg1_discr", other_l);
        let a = self.local_path(sd, span);
        let b = self.local_path(ad, span);
        let mut value = self.expr(ExprKind::Binary(BinOp::Eq, a, b), span);
        let with_fields: Vec<(usize, &Variant)> = vs
            .iter()
            .enumerate()
            .filter(|(_, v)| !v.data.fields().is_empty())
            .collect();
        if !with_fields.is_empty() {
            let s = self.local_path(self_l, span);
            let o = self.local_path(other_l, span);
            let scrut = self.expr(ExprKind::Tuple(vec![s, o]), span);
            let mut arms = Vec::new();
            for (i, v) in with_fields {
                let (p1, l1) = self.variant_pat(id, item, i, v, "__self", span);
                let (p2, l2) = self.variant_pat(id, item, i, v, "__arg1", span);
                let pat = self.pat(PatKind::Tuple(vec![p1, p2], None), span);
                let mut acc: Option<ExprId> = None;
                for (x, y) in l1.iter().zip(&l2) {
                    let a = self.local_path(*x, span);
                    let b = self.local_path(*y, span);
                    let eq = self.expr(ExprKind::Binary(BinOp::Eq, a, b), span);
                    acc = Some(match acc {
                        None => eq,
                        Some(prev) => self.expr(ExprKind::Binary(BinOp::And, prev, eq), span),
                    });
                }
                let body = acc.unwrap_or(value);
                arms.push(Arm {
                    pat,
                    guard: None,
                    body,
                    allow_unreachable: false,
                    span,
                });
            }
            let wild = self.pat(PatKind::Wild, span);
            let t = self.expr(
                ExprKind::Lit(Lit::synthetic(
                    ast::LitKind::Bool,
                    ast::LitValue::Bool(true),
                )),
                span,
            );
            arms.push(Arm {
                pat: wild,
                guard: None,
                body: t,
                allow_unreachable: false,
                span,
            });
            let m = self.expr(ExprKind::Match(scrut, arms, Source::Normal), span);
            value = self.expr(ExprKind::Binary(BinOp::And, value, m), span);
        }
        self.block_of(stmts, value, span)
    }
}

/// True for a primitive type such as `i32` (compared first by the derived `PartialEq`).
fn is_prim(t: &Ty) -> bool {
    matches!(&t.kind, TyKind::Path(p) if matches!(p.res, Res::Prim(_)))
}
