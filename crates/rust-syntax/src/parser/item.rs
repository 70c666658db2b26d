//! Items: functions, types, traits, impls, modules, uses, externs and macro items.

use source::Span;

use super::{PResult, Parser, PathStyle};
use crate::ast::*;
use crate::TokenKind;

impl Parser<'_> {
    /// Items up to token `close` (exclusive), recovering from errors item by item.
    pub(crate) fn parse_items_until(&mut self, close: usize) -> Vec<Item> {
        let mut items = Vec::new();
        while self.pos < close && !self.fatal {
            let before = self.pos;
            match self.parse_item() {
                Ok(item) => items.push(item),
                Err(()) => {
                    self.recover_item(close);
                    if self.pos == before {
                        self.bump();
                    }
                }
            }
        }
        items
    }

    /// Skips to what looks like the start of the next item.
    fn recover_item(&mut self, close: usize) {
        if self.fatal {
            return;
        }
        // Step out of any group the error happened inside.
        let mut stepped_out = false;
        while self.pos < close {
            let group_end = self.enclosing_close();
            if group_end >= close {
                break;
            }
            self.pos = group_end + 1;
            stepped_out = true;
        }
        // After a group we stepped out of, the next item keyword starts a new item; otherwise
        // the failed item's own first token is skipped even if it is a keyword.
        let mut first = !stepped_out;
        while self.pos < close {
            let k = self.kind();
            if k == TokenKind::Semi {
                self.pos += 1;
                break;
            }
            if k == TokenKind::OpenBrace {
                self.pos = self.matching[self.pos] as usize + 1;
                break;
            }
            if !first && (self.at_item_keyword() || self.at_outer_attr()) {
                break;
            }
            first = false;
            self.skip_tree();
        }
        self.expected.clear();
    }

    pub(crate) fn at_item_keyword(&self) -> bool {
        [
            "fn",
            "pub",
            "struct",
            "enum",
            "impl",
            "trait",
            "mod",
            "use",
            "const",
            "static",
            "type",
            "extern",
            "unsafe",
            "macro_rules",
        ]
        .iter()
        .any(|kw| self.is_kw_at(0, kw))
    }

    /// One item (reporting `expected item` when there is none).
    fn parse_item(&mut self) -> PResult<Item> {
        let attrs = self.parse_outer_attrs()?;
        let last_attr = attrs.last().cloned();
        // The attributes before the last, which rustc points at too when no item follows.
        let attrs_span = match attrs.len() {
            0 | 1 => None,
            n => Some(attrs[0].span.to(attrs[n - 2].span)),
        };
        match self.parse_item_opt(attrs, false)? {
            Some(item) => Ok(item),
            None if last_attr.is_some() => {
                let a = last_attr.expect("checked");
                let d = if matches!(a.kind, AttrKind::DocComment { .. }) {
                    source::Diagnostic::error("expected item after doc comment", a.span)
                        .with_label_message("this doc comment doesn't document anything")
                } else {
                    let d = source::Diagnostic::error("expected item after attributes", a.span);
                    match attrs_span {
                        Some(others) => d.with_secondary(others, "other attributes here"),
                        None => d,
                    }
                };
                self.push_diag(d);
                Err(())
            }
            None => {
                self.expected.push("item");
                let found = self.token_descr();
                let span = self.span();
                self.push_diag(
                    source::Diagnostic::error(format!("expected item, found {found}"), span)
                        .with_label_message("expected item")
                        .with_note(
                            "note: for a full list of items that can appear in modules, see \
                             <https://doc.rust-lang.org/reference/items.html>",
                        ),
                );
                Err(())
            }
        }
    }

    /// An item if one starts here (after its outer attributes, already parsed). In a block
    /// (`in_block`), expression starts such as `unsafe {` are not items.
    pub(crate) fn parse_item_opt(
        &mut self,
        mut attrs: Vec<Attribute>,
        in_block: bool,
    ) -> PResult<Option<Item>> {
        let start_pos = self.pos;
        let start = if let Some(a) = attrs.first() {
            a.span
        } else {
            self.span()
        };
        let vis = self.parse_visibility()?;
        let kind = match self.parse_item_kind(&mut attrs, in_block)? {
            Some(kind) => kind,
            None => {
                if vis.kind != VisibilityKind::Inherited {
                    let text = &self.src[vis.span.start as usize..vis.span.end as usize];
                    self.push_diag(
                        source::Diagnostic::error(
                            format!("visibility `{text}` is not followed by an item"),
                            vis.span,
                        )
                        .with_label_message("the visibility")
                        .with_note(
                            "help: you likely meant to define an item, e.g., `pub fn foo() {}`",
                        ),
                    );
                    return Err(());
                }
                self.pos = start_pos;
                return Ok(None);
            }
        };
        Ok(Some(Item {
            attrs,
            vis,
            kind,
            span: self.span_from(start),
        }))
    }

    fn parse_visibility(&mut self) -> PResult<Visibility> {
        let start = self.span();
        if !self.eat_kw("pub") {
            return Ok(Visibility {
                kind: VisibilityKind::Inherited,
                span: Span::empty(start.start),
            });
        }
        if self.kind() == TokenKind::OpenParen {
            let shorthand = matches!(self.nth_text(1), "crate" | "self" | "super")
                && self.nth(2) == TokenKind::CloseParen;
            if shorthand || self.is_kw_at(1, "in") {
                self.bump();
                if !shorthand {
                    self.bump();
                }
                let path = self.parse_path(PathStyle::Mod)?;
                self.expect(TokenKind::CloseParen)?;
                return Ok(Visibility {
                    kind: VisibilityKind::Restricted { path, shorthand },
                    span: self.span_from(start),
                });
            }
        }
        Ok(Visibility {
            kind: VisibilityKind::Public,
            span: start,
        })
    }

    /// True when a function header (`const`, `async`, `unsafe`, `extern "C"`, `safe`) and `fn`
    /// start here.
    fn at_fn_header(&self) -> bool {
        let mut i = 0;
        loop {
            if self.is_kw_at(i, "fn") {
                return true;
            }
            let quals = ["const", "async", "unsafe", "safe", "default"];
            if quals.iter().any(|q| self.is_kw_at(i, q)) {
                i += 1;
                continue;
            }
            if self.is_kw_at(i, "extern") {
                i += 1;
                if matches!(self.nth(i), TokenKind::Literal { .. }) {
                    i += 1;
                }
                continue;
            }
            return false;
        }
    }

    fn parse_item_kind(
        &mut self,
        attrs: &mut Vec<Attribute>,
        in_block: bool,
    ) -> PResult<Option<ItemKind>> {
        if self.is_kw_at(0, "use") {
            self.bump();
            let tree = self.parse_use_tree()?;
            self.expect_semi(false)?;
            return Ok(Some(ItemKind::Use(tree)));
        }
        if self.is_kw_at(0, "extern") && self.is_kw_at(1, "crate") {
            self.bump();
            self.bump();
            let name = if self.is_kw_at(0, "self") {
                let id = self.ident_here();
                self.bump();
                id
            } else {
                self.parse_ident()?
            };
            let rename = if self.eat_kw("as") {
                Some(self.parse_ident_or_underscore()?)
            } else {
                None
            };
            self.expect_semi(false)?;
            return Ok(Some(ItemKind::ExternCrate { name, rename }));
        }
        if self.at_fn_header() {
            return Ok(Some(self.parse_fn(attrs)?));
        }
        // `extern "C" { … }` and `unsafe extern "C" { … }`.
        let unsafe_extern = self.is_kw_at(0, "unsafe") && self.is_kw_at(1, "extern");
        if self.is_kw_at(0, "extern") || unsafe_extern {
            if unsafe_extern {
                self.bump();
            }
            self.bump();
            let abi = if matches!(self.kind(), TokenKind::Literal { .. }) {
                Some(self.parse_abi())
            } else {
                None
            };
            let items = self.parse_item_body(attrs, true)?;
            return Ok(Some(ItemKind::ForeignMod {
                unsafety: unsafe_extern,
                abi,
                items,
            }));
        }
        if self.is_kw_at(0, "const")
            && (self.is_ident_at(1) || self.is_kw_at(1, "_"))
            && !(in_block && self.nth(1) == TokenKind::OpenBrace)
        {
            self.bump();
            let ident = self.parse_ident_or_underscore()?;
            let mut generics = self.parse_generics()?;
            let ty = if self.eat(TokenKind::Colon) {
                self.parse_ty()?
            } else {
                self.expected.push("`:`");
                return self.unexpected();
            };
            let expr = if self.eat(TokenKind::Eq) {
                Some(self.parse_expr()?)
            } else {
                None
            };
            self.parse_where_clause(&mut generics)?;
            self.expect_semi(false)?;
            return Ok(Some(ItemKind::Const {
                ident,
                generics,
                ty,
                expr,
            }));
        }
        if self.is_kw_at(0, "static")
            && (self.is_ident_at(1) || (self.is_kw_at(1, "mut") && self.is_ident_at(2)))
        {
            self.bump();
            let mutbl = if self.eat_kw("mut") {
                Mutability::Mut
            } else {
                Mutability::Not
            };
            let ident = self.parse_ident()?;
            self.expect(TokenKind::Colon)?;
            let ty = self.parse_ty()?;
            let expr = if self.eat(TokenKind::Eq) {
                Some(self.parse_expr()?)
            } else {
                None
            };
            self.expect_semi(false)?;
            return Ok(Some(ItemKind::Static {
                ident,
                mutbl,
                ty,
                expr,
            }));
        }
        if self.is_kw_at(0, "safe") && self.is_kw_at(1, "static") {
            self.bump();
            return self.parse_item_kind(attrs, in_block);
        }
        if self.is_kw_at(0, "struct") || (self.is_kw_at(0, "union") && self.is_ident_at(1)) {
            let is_union = self.is_kw_at(0, "union");
            self.bump();
            let ident = self.parse_ident()?;
            let mut generics = self.parse_generics()?;
            let data = if self.kind() == TokenKind::OpenParen {
                let data = VariantData::Tuple(self.parse_tuple_fields()?);
                self.parse_where_clause(&mut generics)?;
                self.expect_semi(false)?;
                data
            } else {
                let had_where = self.is_kw_at(0, "where");
                self.parse_where_clause(&mut generics)?;
                if self.eat(TokenKind::Semi) {
                    VariantData::Unit
                } else if self.kind() == TokenKind::OpenBrace {
                    let mark = self.diags.len();
                    match self.parse_struct_fields() {
                        Ok(fields) => VariantData::Struct(fields),
                        Err(()) => {
                            let what = if is_union { "union" } else { "struct" };
                            self.label_since(
                                mark,
                                ident.span,
                                &format!("while parsing this {what}"),
                            );
                            return Err(());
                        }
                    }
                } else {
                    let found = self.token_descr();
                    let what = if is_union { "union" } else { "struct" };
                    let message = if had_where {
                        format!("expected `{{` or `;` after {what} where clause, found {found}")
                    } else {
                        format!(
                            "expected `where`, `{{`, `(`, or `;` after {what} name, found {found}"
                        )
                    };
                    let span = self.span();
                    let label = if had_where {
                        format!("expected `{{` or `;` after {what} where clause")
                    } else {
                        format!("expected `where`, `{{`, `(`, or `;` after {what} name")
                    };
                    self.push_diag(
                        source::Diagnostic::error(message, span).with_label_message(label),
                    );
                    return Err(());
                }
            };
            return Ok(Some(if is_union {
                ItemKind::Union {
                    ident,
                    generics,
                    data,
                }
            } else {
                ItemKind::Struct {
                    ident,
                    generics,
                    data,
                }
            }));
        }
        if self.is_kw_at(0, "enum") {
            self.bump();
            let ident = self.parse_ident()?;
            let mut generics = self.parse_generics()?;
            self.parse_where_clause(&mut generics)?;
            let variants = self.parse_variants()?;
            return Ok(Some(ItemKind::Enum {
                ident,
                generics,
                variants,
            }));
        }
        if self.is_kw_at(0, "type") {
            self.bump();
            let ident = self.parse_ident()?;
            let mut generics = self.parse_generics()?;
            let bounds = if self.eat(TokenKind::Colon) {
                self.parse_bounds()?
            } else {
                Vec::new()
            };
            self.parse_where_clause(&mut generics)?;
            let ty = if self.eat(TokenKind::Eq) {
                Some(self.parse_ty()?)
            } else {
                None
            };
            self.parse_where_clause(&mut generics)?;
            self.expect_semi(false)?;
            return Ok(Some(ItemKind::TyAlias {
                ident,
                generics,
                bounds,
                ty,
            }));
        }
        let trait_at = |p: &Self, i: usize| {
            p.is_kw_at(i, "trait") || (p.is_kw_at(i, "auto") && p.is_kw_at(i + 1, "trait"))
        };
        if trait_at(self, 0) || (self.is_kw_at(0, "unsafe") && trait_at(self, 1)) {
            let unsafety = self.eat_kw("unsafe");
            let is_auto = self.eat_kw("auto");
            self.bump();
            let ident = self.parse_ident()?;
            let mut generics = self.parse_generics()?;
            if self.eat(TokenKind::Eq) {
                let bounds = self.parse_bounds()?;
                self.parse_where_clause(&mut generics)?;
                self.expect_semi(false)?;
                return Ok(Some(ItemKind::TraitAlias {
                    ident,
                    generics,
                    bounds,
                }));
            }
            let bounds = if self.eat(TokenKind::Colon) {
                self.parse_bounds()?
            } else {
                Vec::new()
            };
            self.parse_where_clause(&mut generics)?;
            let items = self.parse_item_body(attrs, true)?;
            return Ok(Some(ItemKind::Trait {
                unsafety,
                is_auto,
                ident,
                generics,
                bounds,
                items,
            }));
        }
        if self.is_kw_at(0, "impl")
            || (self.is_kw_at(0, "unsafe") && self.is_kw_at(1, "impl"))
            || (self.is_kw_at(0, "default") && self.is_kw_at(1, "impl"))
        {
            self.eat_kw("default");
            return Ok(Some(self.parse_impl(attrs)?));
        }
        if self.is_kw_at(0, "mod") || (self.is_kw_at(0, "unsafe") && self.is_kw_at(1, "mod")) {
            let unsafety = self.eat_kw("unsafe");
            self.bump();
            let ident = self.parse_ident()?;
            let items = if self.eat(TokenKind::Semi) {
                None
            } else {
                Some(self.parse_item_body(attrs, false)?)
            };
            return Ok(Some(ItemKind::Mod {
                unsafety,
                ident,
                items,
            }));
        }
        if self.is_kw_at(0, "macro_rules") && self.nth(1) == TokenKind::Bang && self.is_ident_at(2)
        {
            self.bump();
            self.bump();
            let ident = self.parse_ident()?;
            let body = self.parse_delim_args()?;
            if body.delim != Delimiter::Brace {
                self.expect_semi(false)?;
            }
            return Ok(Some(ItemKind::MacroRules { ident, body }));
        }
        if self.is_kw_at(0, "macro") && self.is_ident_at(1) {
            self.bump();
            let ident = self.parse_ident()?;
            let mut body = Vec::new();
            while matches!(self.kind(), TokenKind::OpenParen | TokenKind::OpenBrace) {
                body.push(self.parse_delim_args()?);
            }
            return Ok(Some(ItemKind::MacroDef { ident, body }));
        }
        // `main() {}`: rustc's message for a function without `fn`.
        if !in_block && self.is_ident_at(0) && self.nth(1) == TokenKind::OpenParen {
            let span = self.span();
            self.push_diag(
                source::Diagnostic::error("missing `fn` for function definition", span).with_note(
                    "help: add `fn` here to parse `main` as a function"
                        .replace("main", self.nth_text(0)),
                ),
            );
            return Err(());
        }
        // A macro call in item position: `path! (…);`, `path! {…}`, or `path! name {…}`.
        if !in_block && (self.is_path_segment_at(0) || self.is_op_at(0, "::")) {
            let path = self.parse_path(PathStyle::Mod)?;
            let start = path.span;
            self.expect(TokenKind::Bang)?;
            if self.is_ident_at(0) {
                self.bump();
            }
            let args = self.parse_delim_args()?;
            if args.delim != Delimiter::Brace {
                self.expect_semi(false)?;
            }
            return Ok(Some(ItemKind::MacCall(MacCall {
                path,
                args,
                span: self.span_from(start),
            })));
        }
        Ok(None)
    }

    /// `{ inner attributes, items }` of a module, trait, impl or extern block.
    /// `{ inner attributes, items }`; in a trait or an extern block (`fn_body_optional`) the
    /// functions inside may end with `;` instead of a body.
    fn parse_item_body(
        &mut self,
        attrs: &mut Vec<Attribute>,
        fn_body_optional: bool,
    ) -> PResult<Vec<Item>> {
        let open = self.pos;
        if !self.check(TokenKind::OpenBrace) {
            return self.unexpected();
        }
        let close = self.matching[open] as usize;
        self.bump();
        let outer = std::mem::replace(&mut self.fn_body_optional, fn_body_optional);
        let result = self.parse_item_body_inner(attrs, close);
        self.fn_body_optional = outer;
        result
    }

    fn parse_item_body_inner(
        &mut self,
        attrs: &mut Vec<Attribute>,
        close: usize,
    ) -> PResult<Vec<Item>> {
        self.nested(|p| {
            attrs.extend(p.parse_inner_attrs()?);
            let items = p.parse_items_until(close);
            if p.fatal {
                return Err(());
            }
            p.pos = close;
            p.bump();
            Ok(items)
        })
    }

    fn parse_fn(&mut self, attrs: &mut Vec<Attribute>) -> PResult<ItemKind> {
        let start = self.span();
        let mut header = FnHeader::default();
        loop {
            if self.eat_kw("const") {
                header.constness = true;
            } else if self.eat_kw("async") {
                header.asyncness = true;
            } else if self.eat_kw("unsafe") {
                header.unsafety = true;
            } else if self.eat_kw("safe") {
                header.safety_safe = true;
            } else if self.eat_kw("default") {
            } else if self.eat_kw("extern") {
                header.abi = Some(self.parse_abi());
            } else {
                break;
            }
        }
        self.expect_kw("fn")?;
        let ident = self.parse_ident()?;
        let mut generics = self.parse_generics()?;
        let (self_param, params, variadic) = if self.kind() == TokenKind::OpenBrace {
            // `fn main {`: rustc's message, then the body as if `()` were there.
            let at = Span::empty(self.prev_span().end);
            self.push_diag(
                source::Diagnostic::error("missing parameters for function definition", at)
                    .with_suggestion("add a parameter list", vec![(at, "()".to_string())]),
            );
            (None, Vec::new(), false)
        } else {
            self.expect(TokenKind::OpenParen)?;
            self.parse_fn_params()?
        };
        let output = if self.eat_op("->") {
            Some(self.parse_ty()?)
        } else {
            None
        };
        self.parse_where_clause(&mut generics)?;
        let sig_span = self.span_from(start);
        let body = if self.kind() == TokenKind::Semi {
            self.bump();
            None
        } else {
            if !self.check(TokenKind::OpenBrace) {
                // rustc expects `;` only where a body may be left out (traits, extern blocks).
                if self.fn_body_optional {
                    self.expected.push("`;`");
                }
                self.expected.push("`where`");
                return self.unexpected();
            }
            // Inner attributes of the body belong to the function, as in rustc.
            let mut block = self.parse_block()?;
            attrs.append(&mut block.attrs);
            Some(block)
        };
        Ok(ItemKind::Fn(Box::new(Fn {
            ident,
            generics,
            sig: FnSig {
                header,
                self_param,
                params,
                variadic,
                output,
                span: sig_span,
            },
            body,
        })))
    }

    /// The parameters after `(` up to `)`: an optional `self` parameter, the others, and
    /// whether a C variadic `...` ends them.
    fn parse_fn_params(&mut self) -> PResult<(Option<SelfParam>, Vec<Param>, bool)> {
        let mut self_param = None;
        let mut params = Vec::new();
        let mut variadic = false;
        let mut first = true;
        while !self.eat(TokenKind::CloseParen) {
            let start = self.span();
            let attrs = self.parse_outer_attrs()?;
            if first {
                if let Some(kind) = self.parse_self_kind()? {
                    self_param = Some(SelfParam {
                        attrs,
                        kind,
                        span: self.span_from(start),
                    });
                    first = false;
                    if !self.eat(TokenKind::Comma) {
                        self.expect(TokenKind::CloseParen)?;
                        break;
                    }
                    continue;
                }
            }
            first = false;
            if self.eat_op("...") {
                variadic = true;
            } else if self.is_op_at(0, "..") && self.nth(2) == TokenKind::Dot {
                variadic = true;
                self.bump();
            } else {
                let param = self.parse_fn_param(attrs, start)?;
                params.push(param);
            }
            if !self.eat(TokenKind::Comma) {
                self.expect_list_close(TokenKind::CloseParen, |p| {
                    let (attrs, start) = (p.parse_outer_attrs()?, p.span());
                    p.parse_fn_param(attrs, start)
                })?;
                break;
            }
        }
        Ok((self_param, params, variadic))
    }

    fn parse_fn_param(&mut self, attrs: Vec<Attribute>, start: Span) -> PResult<Param> {
        if self.edition == super::Edition::E2015 {
            // Trait methods of 2015 may leave parameters unnamed: `fn f(u8);`.
            let save = (self.pos, self.diags.len());
            let named = self
                .parse_pat_no_top_alt()
                .map(|_| self.kind() == TokenKind::Colon)
                .unwrap_or(false);
            self.pos = save.0;
            self.diags.truncate(save.1);
            self.expected.clear();
            if !named {
                let ty = self.parse_ty()?;
                return Ok(Param {
                    attrs,
                    pat: None,
                    ty: Some(ty),
                    span: self.span_from(start),
                });
            }
        }
        let pat = self.parse_pat_no_top_alt()?;
        self.expect(TokenKind::Colon)?;
        let ty = if self.is_op_at(0, "...") {
            // `args: ...` of a C variadic function definition.
            self.bump();
            self.bump();
            self.bump();
            Ty {
                kind: TyKind::Infer,
                span: self.prev_span(),
            }
        } else {
            self.parse_ty()?
        };
        Ok(Param {
            attrs,
            pat: Some(pat),
            ty: Some(ty),
            span: self.span_from(start),
        })
    }

    /// `self`, `mut self`, `&self`, `&'a mut self`, `self: T`, if one starts here.
    fn parse_self_kind(&mut self) -> PResult<Option<SelfKind>> {
        let is_self = |p: &Self, i: usize| p.is_kw_at(i, "self") && !p.is_op_at(i + 1, "::");
        if self.kind() == TokenKind::And {
            let (lt, n) = if matches!(self.nth(1), TokenKind::Lifetime { .. }) {
                (true, 2)
            } else {
                (false, 1)
            };
            let m = self.is_kw_at(n, "mut");
            if is_self(self, n + m as usize) {
                self.bump();
                let lifetime = if lt {
                    Some(self.parse_lifetime()?)
                } else {
                    None
                };
                let mutbl = if self.eat_kw("mut") {
                    Mutability::Mut
                } else {
                    Mutability::Not
                };
                self.bump();
                return Ok(Some(SelfKind::Ref(lifetime, mutbl)));
            }
            return Ok(None);
        }
        let m = self.is_kw_at(0, "mut");
        if !is_self(self, m as usize) {
            return Ok(None);
        }
        let mutbl = if self.eat_kw("mut") {
            Mutability::Mut
        } else {
            Mutability::Not
        };
        self.bump();
        if self.eat(TokenKind::Colon) {
            let ty = self.parse_ty()?;
            return Ok(Some(SelfKind::Explicit(mutbl, ty)));
        }
        Ok(Some(SelfKind::Value(mutbl)))
    }

    fn parse_impl(&mut self, attrs: &mut Vec<Attribute>) -> PResult<ItemKind> {
        let unsafety = self.eat_kw("unsafe");
        self.expect_kw("impl")?;
        // `impl<T>` generics, unless `<` starts a qualified type (`impl <T as A>::B {}`).
        let generics_follow = self.kind() == TokenKind::Lt
            && (self.nth(1) == TokenKind::Gt
                || matches!(self.nth(1), TokenKind::Lifetime { .. })
                || self.kind_is_pound_at(1)
                || self.is_kw_at(1, "const")
                || (self.is_ident_at(1)
                    && matches!(
                        self.nth(2),
                        TokenKind::Gt | TokenKind::Comma | TokenKind::Colon | TokenKind::Eq
                    )));
        let mut generics = if generics_follow {
            self.parse_generics()?
        } else {
            Generics {
                span: Span::empty(self.prev_span().end),
                ..Generics::default()
            }
        };
        if self.is_kw_at(0, "const") {
            self.bump();
        }
        // `impl !Trait for T` is a negative impl; `impl ! {}` an inherent impl on `!`.
        let negative = self.kind() == TokenKind::Bang
            && self.nth(1) != TokenKind::OpenBrace
            && !self.is_kw_at(1, "where")
            && self.eat(TokenKind::Bang);
        let first = self.parse_ty()?;
        let (of_trait, self_ty) = if self.eat_kw("for") {
            let path = match first.kind {
                TyKind::Path(None, path) => path,
                _ => {
                    self.error("expected a trait, found type", first.span);
                    Path {
                        global: false,
                        segments: Vec::new(),
                        span: first.span,
                    }
                }
            };
            (Some(path), self.parse_ty()?)
        } else {
            (None, first)
        };
        self.parse_where_clause(&mut generics)?;
        let items = self.parse_item_body(attrs, false)?;
        Ok(ItemKind::Impl(Box::new(Impl {
            unsafety,
            generics,
            negative,
            of_trait,
            self_ty,
            items,
        })))
    }

    fn kind_is_pound_at(&self, n: usize) -> bool {
        self.nth(n) == TokenKind::Pound
    }

    /// `{ name: T, … }` after a struct, union or variant name.
    fn parse_struct_fields(&mut self) -> PResult<Vec<FieldDef>> {
        self.expect(TokenKind::OpenBrace)?;
        let mut fields = Vec::new();
        while !self.eat(TokenKind::CloseBrace) {
            let start = self.span();
            let attrs = self.parse_outer_attrs()?;
            let vis = self.parse_visibility()?;
            self.eat_kw("unsafe");
            let ident = self.parse_ident()?;
            self.expect(TokenKind::Colon)?;
            let ty = self.parse_ty()?;
            if self.kind() == TokenKind::Eq {
                // A default field value (unstable).
                self.bump();
                self.parse_expr()?;
            }
            fields.push(FieldDef {
                attrs,
                vis,
                ident: Some(ident),
                ty,
                span: self.span_from(start),
            });
            if !self.eat(TokenKind::Comma) {
                if self.is_ident_at(0) && self.nth(1) == TokenKind::Colon {
                    // The next field follows without a comma: rustc's message, then go on.
                    let found = self.token_descr();
                    self.push_diag(
                        source::Diagnostic::error(
                            format!("expected `,`, or `}}`, found {found}"),
                            Span::empty(self.prev_span().end),
                        )
                        .with_label_message("help: try adding a comma: `,`"),
                    );
                    self.expected.clear();
                    continue;
                }
                self.expect(TokenKind::CloseBrace)?;
                break;
            }
        }
        Ok(fields)
    }

    /// `(T, pub U)` of a tuple struct or variant.
    fn parse_tuple_fields(&mut self) -> PResult<Vec<FieldDef>> {
        self.expect(TokenKind::OpenParen)?;
        let mut fields = Vec::new();
        while !self.eat(TokenKind::CloseParen) {
            let start = self.span();
            let attrs = self.parse_outer_attrs()?;
            let vis = self.parse_visibility()?;
            let ty = self.parse_ty()?;
            fields.push(FieldDef {
                attrs,
                vis,
                ident: None,
                ty,
                span: self.span_from(start),
            });
            if !self.eat(TokenKind::Comma) {
                self.expect_list_close(TokenKind::CloseParen, |p| p.parse_ty())?;
                break;
            }
        }
        Ok(fields)
    }

    fn parse_variants(&mut self) -> PResult<Vec<Variant>> {
        self.expect(TokenKind::OpenBrace)?;
        let mut variants = Vec::new();
        while !self.eat(TokenKind::CloseBrace) {
            let start = self.span();
            let attrs = self.parse_outer_attrs()?;
            let vis = self.parse_visibility()?;
            let ident = self.parse_ident()?;
            let data = match self.kind() {
                TokenKind::OpenBrace => VariantData::Struct(self.parse_struct_fields()?),
                TokenKind::OpenParen => VariantData::Tuple(self.parse_tuple_fields()?),
                _ => {
                    self.expected.extend(["`{`", "`(`"]);
                    VariantData::Unit
                }
            };
            let discriminant = if self.eat(TokenKind::Eq) {
                Some(self.parse_expr()?)
            } else {
                None
            };
            variants.push(Variant {
                attrs,
                vis,
                ident,
                data,
                discriminant,
                span: self.span_from(start),
            });
            if !self.eat(TokenKind::Comma) {
                let mark = self.diags.len();
                if self.expect(TokenKind::CloseBrace).is_err() {
                    self.note_since(
                        mark,
                        "help: enum variants can be `Variant`, `Variant = <integer>`, \
                         `Variant(Type, ..., TypeN)` or `Variant { fields: Types }`",
                    );
                    return Err(());
                }
                break;
            }
        }
        Ok(variants)
    }

    /// A use tree: `a::b`, `a::b as c`, `a::*`, `a::{…}`, `{…}`, `::a`.
    fn parse_use_tree(&mut self) -> PResult<UseTree> {
        self.nested(|p| p.parse_use_tree_inner())
    }

    fn parse_use_tree_inner(&mut self) -> PResult<UseTree> {
        let start = self.span();
        let mut prefix = Path {
            global: false,
            segments: Vec::new(),
            span: Span::empty(start.start),
        };
        if self.is_op_at(0, "::") && !self.is_path_segment_at(2) {
            self.bump();
            self.bump();
            prefix.global = true;
        } else if self.is_path_segment_at(0) || self.is_op_at(0, "::") {
            prefix = self.parse_path(PathStyle::Mod)?;
            if !self.is_op_at(0, "::") {
                let rename = if self.eat_kw("as") {
                    Some(self.parse_ident_or_underscore()?)
                } else {
                    None
                };
                return Ok(UseTree {
                    prefix,
                    kind: UseTreeKind::Simple(rename),
                    span: self.span_from(start),
                });
            }
            self.bump();
            self.bump();
        }
        let kind = if self.eat(TokenKind::Star) {
            UseTreeKind::Glob
        } else if self.eat(TokenKind::OpenBrace) {
            let mut trees = Vec::new();
            while !self.eat(TokenKind::CloseBrace) {
                trees.push(self.parse_use_tree()?);
                if !self.eat(TokenKind::Comma) {
                    self.expect(TokenKind::CloseBrace)?;
                    break;
                }
            }
            UseTreeKind::Nested(trees)
        } else {
            return self.expected_what("identifier");
        };
        Ok(UseTree {
            prefix,
            kind,
            span: self.span_from(start),
        })
    }
}
