//! Types, paths, generic arguments and parameters, bounds and where clauses.

use source::Span;

use super::{PResult, Parser, PathStyle};
use crate::ast::*;
use crate::TokenKind;

impl Parser<'_> {
    /// Parses a path of the given style.
    pub(crate) fn parse_path(&mut self, style: PathStyle) -> PResult<Path> {
        let start = self.span();
        let global = self.eat_op("::");
        let mut segments = Vec::new();
        loop {
            segments.push(self.parse_path_segment(style)?);
            if self.is_op_at(0, "::")
                && (self.is_path_segment_at(2)
                    || (style != PathStyle::Mod && self.nth(2) == TokenKind::Lt))
            {
                if self.nth(2) == TokenKind::Lt {
                    // `a::<T>` after a segment that already had arguments is an error in rustc;
                    // here the arguments attach to the previous segment when it has none.
                    self.bump();
                    self.bump();
                    let lt = self.span();
                    self.bump();
                    let args = self.parse_angle_args_after_lt(lt)?;
                    let last = segments.last_mut().expect("one segment");
                    last.span = self.span_from(last.span);
                    last.args = Some(Box::new(args));
                    self.skip_trailing_angle_brackets();
                    if !(self.is_op_at(0, "::") && self.is_path_segment_at(2)) {
                        break;
                    }
                }
                self.bump();
                self.bump();
                continue;
            }
            if style != PathStyle::Mod && self.is_op_at(0, "::") {
                // `a::` followed by no segment: rustc takes the `::` and wants an identifier.
                self.bump();
                self.bump();
                return self.expected_what("identifier");
            }
            self.expected.push("`::`");
            break;
        }
        Ok(Path {
            global,
            segments,
            span: self.span_from(start),
        })
    }

    fn parse_path_segment(&mut self, style: PathStyle) -> PResult<PathSegment> {
        if !self.is_path_segment_at(0) {
            return self.expected_what("identifier");
        }
        let ident = self.ident_here();
        self.bump();
        let start = ident.span;
        let args = match style {
            PathStyle::Type if self.kind() == TokenKind::Lt && !self.is_op_at(0, "<=") => {
                let lt = self.span();
                self.bump();
                Some(Box::new(self.parse_angle_args_after_lt(lt)?))
            }
            PathStyle::Type if self.is_op_at(0, "::") && self.nth(2) == TokenKind::Lt => {
                self.bump();
                self.bump();
                let lt = self.span();
                self.bump();
                Some(Box::new(self.parse_angle_args_after_lt(lt)?))
            }
            PathStyle::Type if self.kind() == TokenKind::OpenParen => {
                Some(Box::new(self.parse_paren_args()?))
            }
            _ => None,
        };
        Ok(PathSegment {
            ident,
            args,
            span: self.span_from(start),
        })
    }

    /// `Fn(A, B) -> C`'s `(A, B) -> C`.
    fn parse_paren_args(&mut self) -> PResult<GenericArgs> {
        let start = self.span();
        self.expect(TokenKind::OpenParen)?;
        let mut inputs = Vec::new();
        while !self.eat(TokenKind::CloseParen) {
            inputs.push(self.parse_ty()?);
            if !self.eat(TokenKind::Comma) {
                self.expect(TokenKind::CloseParen)?;
                break;
            }
        }
        let output = if self.eat_op("->") {
            Some(Box::new(self.parse_ty_no_plus()?))
        } else {
            None
        };
        Ok(GenericArgs::Parenthesized {
            inputs,
            output,
            span: self.span_from(start),
        })
    }

    /// After turbofish arguments: extra `>` before `::` or `(` (`f::<T>>()`) are reported as
    /// rustc does (`unmatched angle bracket`) and skipped.
    pub(crate) fn skip_trailing_angle_brackets(&mut self) {
        let mut n = 0;
        while self.nth(n) == TokenKind::Gt {
            n += 1;
        }
        if n == 0 || !(self.is_op_at(n, "::") || self.nth(n) == TokenKind::OpenParen) {
            return;
        }
        let start = self.span();
        for _ in 0..n {
            self.bump();
        }
        let message = if n == 1 {
            "unmatched angle bracket"
        } else {
            "unmatched angle brackets"
        };
        let extra = self.span_from(start);
        let help = if n == 1 {
            "remove extra angle bracket"
        } else {
            "remove extra angle brackets"
        };
        self.push_diag(
            source::Diagnostic::error(message, extra)
                .with_suggestion(help, vec![(extra, String::new())]),
        );
    }

    /// The generic arguments after a `<` already consumed (whose span is `lt`), up to `>`.
    pub(crate) fn parse_angle_args_after_lt(&mut self, lt: Span) -> PResult<GenericArgs> {
        let mut args = Vec::new();
        loop {
            if self.eat(TokenKind::Gt) {
                break;
            }
            args.push(self.parse_generic_arg()?);
            if !self.eat(TokenKind::Comma) {
                self.expect(TokenKind::Gt)?;
                break;
            }
        }
        Ok(GenericArgs::AngleBracketed {
            args,
            span: self.span_from(lt),
        })
    }

    fn parse_generic_arg(&mut self) -> PResult<GenericArg> {
        if self.check_lifetime() {
            return Ok(GenericArg::Lifetime(self.parse_lifetime()?));
        }
        let const_start = matches!(
            self.kind(),
            TokenKind::Literal { .. } | TokenKind::OpenBrace
        ) || (self.kind() == TokenKind::Minus
            && matches!(self.nth(1), TokenKind::Literal { .. }))
            || self.is_kw_at(0, "true")
            || self.is_kw_at(0, "false");
        if const_start {
            let e = if self.kind() == TokenKind::OpenBrace {
                let start = self.span();
                let block = self.parse_block()?;
                Expr {
                    kind: ExprKind::Block {
                        kind: BlockKind::Normal,
                        label: None,
                        block: Box::new(block),
                    },
                    attrs: Vec::new(),
                    span: self.span_from(start),
                }
            } else {
                self.parse_lit_maybe_neg()?
            };
            return Ok(GenericArg::Const(e));
        }
        // `Item = T`, `Item: Bound`, `Item<'a> = T`: parse a type, then look for `=` or `:`.
        let ty = self.parse_ty()?;
        let is_eq = self.kind() == TokenKind::Eq && !self.is_op_at(0, "==");
        let is_colon = self.kind() == TokenKind::Colon && !self.is_op_at(0, "::");
        if is_eq || is_colon {
            if let TyKind::Path(None, path) = &ty.kind {
                if path.segments.len() == 1 && !path.global {
                    let seg = path.segments[0].clone();
                    self.bump();
                    let kind = if is_eq {
                        if matches!(
                            self.kind(),
                            TokenKind::Literal { .. } | TokenKind::OpenBrace
                        ) || self.kind() == TokenKind::Minus
                        {
                            // `N = 3` (associated const equality): kept as a type-less constraint
                            // with the expression as a const argument type is not representable;
                            // we keep it as an inferred type.
                            let _ = self.parse_generic_arg()?;
                            AssocConstraintKind::Equality(Ty {
                                kind: TyKind::Infer,
                                span: self.prev_span(),
                            })
                        } else {
                            AssocConstraintKind::Equality(self.parse_ty()?)
                        }
                    } else {
                        AssocConstraintKind::Bound(self.parse_bounds()?)
                    };
                    return Ok(GenericArg::Constraint(AssocConstraint {
                        ident: seg.ident,
                        args: seg.args,
                        kind,
                        span: self.span_from(ty.span),
                    }));
                }
            }
        }
        Ok(GenericArg::Type(ty))
    }

    /// A literal, or `-` and a literal (in patterns and const arguments).
    pub(crate) fn parse_lit_maybe_neg(&mut self) -> PResult<Expr> {
        let start = self.span();
        if self.eat(TokenKind::Minus) {
            let lit = self.parse_lit_expr()?;
            return Ok(Expr {
                kind: ExprKind::Unary(UnOp::Neg, Box::new(lit)),
                attrs: Vec::new(),
                span: self.span_from(start),
            });
        }
        self.parse_lit_expr()
    }

    /// A qualified path's `<T as Trait>` after which `::` and segments follow.
    pub(crate) fn parse_qpath(&mut self, style: PathStyle) -> PResult<(Box<QSelf>, Path)> {
        let start = self.span();
        self.expect(TokenKind::Lt)?;
        let ty = self.parse_ty()?;
        let trait_ref = if self.eat_kw("as") {
            Some(self.parse_path(PathStyle::Type)?)
        } else {
            None
        };
        self.expect(TokenKind::Gt)?;
        let qspan = self.span_from(start);
        self.expect_op("::")?;
        let path_start = self.span();
        let mut segments = vec![self.parse_path_segment(style)?];
        while self.is_op_at(0, "::") && self.is_path_segment_at(2) {
            self.bump();
            self.bump();
            segments.push(self.parse_path_segment(style)?);
        }
        if style == PathStyle::Expr && self.is_op_at(0, "::") && self.nth(2) == TokenKind::Lt {
            self.bump();
            self.bump();
            let lt = self.span();
            self.bump();
            let args = self.parse_angle_args_after_lt(lt)?;
            let last = segments.last_mut().expect("one segment");
            last.args = Some(Box::new(args));
            last.span = self.span_from(last.span);
        }
        Ok((
            Box::new(QSelf {
                ty: Box::new(ty),
                trait_ref,
                span: qspan,
            }),
            Path {
                global: false,
                segments,
                span: self.span_from(path_start),
            },
        ))
    }

    // ---- Types ----

    /// A type where `+` may join bounds (`impl A + B`).
    pub(crate) fn parse_ty(&mut self) -> PResult<Ty> {
        self.nested(|p| p.parse_ty_inner(true))
    }

    /// A type where `+` ends the type (after `&`, `as`, `->` of `Fn`).
    pub(crate) fn parse_ty_no_plus(&mut self) -> PResult<Ty> {
        self.nested(|p| p.parse_ty_inner(false))
    }

    fn parse_ty_inner(&mut self, allow_plus: bool) -> PResult<Ty> {
        let start = self.span();
        let kind = match self.kind() {
            TokenKind::OpenParen => {
                self.bump();
                let mut tys = Vec::new();
                let mut trailing_comma = false;
                while !self.eat(TokenKind::CloseParen) {
                    tys.push(self.parse_ty()?);
                    trailing_comma = self.eat(TokenKind::Comma);
                    if !trailing_comma {
                        self.expect(TokenKind::CloseParen)?;
                        break;
                    }
                }
                if tys.len() == 1 && !trailing_comma {
                    let inner = tys.pop().expect("one type");
                    if allow_plus && self.kind() == TokenKind::Plus {
                        // `(Trait) + Send`: a bare trait object of old editions.
                        let mut bounds = match inner.kind {
                            TyKind::Path(None, path) => vec![GenericBound::Trait(PolyTraitRef {
                                for_params: Vec::new(),
                                maybe: false,
                                constness: false,
                                span: path.span,
                                path,
                            })],
                            _ => Vec::new(),
                        };
                        self.bump();
                        bounds.extend(self.parse_bounds()?);
                        TyKind::TraitObject(bounds, TraitObjectSyntax::None)
                    } else {
                        TyKind::Paren(Box::new(inner))
                    }
                } else {
                    TyKind::Tuple(tys)
                }
            }
            TokenKind::Bang => {
                self.bump();
                TyKind::Never
            }
            TokenKind::Star => {
                self.bump();
                let mutbl = if self.eat_kw("mut") {
                    Mutability::Mut
                } else {
                    self.expect_kw("const")?;
                    Mutability::Not
                };
                TyKind::Ptr {
                    mutbl,
                    ty: Box::new(self.parse_ty_no_plus()?),
                }
            }
            TokenKind::And => {
                self.bump();
                let lifetime = if self.check_lifetime() {
                    Some(self.parse_lifetime()?)
                } else {
                    None
                };
                let mutbl = if self.eat_kw("mut") {
                    Mutability::Mut
                } else {
                    Mutability::Not
                };
                TyKind::Ref {
                    lifetime,
                    mutbl,
                    ty: Box::new(self.parse_ty_no_plus()?),
                }
            }
            TokenKind::OpenBracket => {
                self.bump();
                let elem = self.parse_ty()?;
                if self.eat(TokenKind::Semi) {
                    let len = self.with_res(Default::default(), |p| p.parse_expr())?;
                    self.expect(TokenKind::CloseBracket)?;
                    TyKind::Array(Box::new(elem), Box::new(len))
                } else {
                    self.expect(TokenKind::CloseBracket)?;
                    TyKind::Slice(Box::new(elem))
                }
            }
            TokenKind::Lt => {
                let (qself, path) = self.parse_qpath(PathStyle::Type)?;
                TyKind::Path(Some(qself), path)
            }
            _ if self.is_kw_at(0, "_") => {
                self.bump();
                TyKind::Infer
            }
            _ if self.is_kw_at(0, "fn")
                || self.is_kw_at(0, "unsafe")
                || self.is_kw_at(0, "extern") =>
            {
                TyKind::FnPtr(Box::new(self.parse_fn_ptr(Vec::new())?))
            }
            _ if self.is_kw_at(0, "for") => {
                let for_params = self.parse_for_binder()?;
                if self.is_kw_at(0, "fn")
                    || self.is_kw_at(0, "unsafe")
                    || self.is_kw_at(0, "extern")
                {
                    TyKind::FnPtr(Box::new(self.parse_fn_ptr(for_params)?))
                } else {
                    let path = self.parse_path(PathStyle::Type)?;
                    let mut bounds = vec![GenericBound::Trait(PolyTraitRef {
                        for_params,
                        maybe: false,
                        constness: false,
                        path,
                        span: self.span_from(start),
                    })];
                    if allow_plus && self.eat(TokenKind::Plus) {
                        bounds.extend(self.parse_bounds()?);
                    }
                    TyKind::TraitObject(bounds, TraitObjectSyntax::None)
                }
            }
            _ if self.is_kw_at(0, "impl") => {
                self.bump();
                TyKind::ImplTrait(self.parse_bounds_maybe_plus(allow_plus)?)
            }
            _ if self.is_kw_at(0, "dyn") && self.dyn_starts_trait_object() => {
                self.bump();
                TyKind::TraitObject(
                    self.parse_bounds_maybe_plus(allow_plus)?,
                    TraitObjectSyntax::Dyn,
                )
            }
            _ if self.is_kw_at(0, "const")
                || self.kind() == TokenKind::Tilde
                || (self.is_kw_at(0, "async") && self.edition >= super::Edition::E2018) =>
            {
                // `const Trait` or `async Fn()` as a bare trait object: rustc parses them (and
                // rejects them later).
                TyKind::TraitObject(
                    self.parse_bounds_maybe_plus(allow_plus)?,
                    TraitObjectSyntax::None,
                )
            }
            _ if self.kind() == TokenKind::Question => {
                // `?Sized` as a bare bound in type position (old editions).
                TyKind::TraitObject(
                    self.parse_bounds_maybe_plus(allow_plus)?,
                    TraitObjectSyntax::None,
                )
            }
            _ if self.is_path_segment_at(0) || self.is_op_at(0, "::") => {
                let path = self.parse_path(PathStyle::Type)?;
                if self.kind() == TokenKind::Bang && self.nth(1) != TokenKind::Eq {
                    self.bump();
                    let args = self.parse_delim_args()?;
                    TyKind::MacCall(MacCall {
                        path,
                        args,
                        span: self.span_from(start),
                    })
                } else if allow_plus && self.kind() == TokenKind::Plus {
                    // A bare trait object `Trait + Send` (2015 style; rustc rejects it later
                    // in 2021 with E0782).
                    let mut bounds = vec![GenericBound::Trait(PolyTraitRef {
                        for_params: Vec::new(),
                        maybe: false,
                        constness: false,
                        span: path.span,
                        path,
                    })];
                    self.bump();
                    bounds.extend(self.parse_bounds()?);
                    TyKind::TraitObject(bounds, TraitObjectSyntax::None)
                } else {
                    // What could have continued the type, for `expected one of …`.
                    if path.segments.last().is_some_and(|s| s.args.is_none()) {
                        self.expected.extend(["`!`", "`::`", "`<`", "`(`"]);
                    }
                    if allow_plus {
                        self.expected.push("`+`");
                    }
                    TyKind::Path(None, path)
                }
            }
            _ => return self.expected_what("type"),
        };
        Ok(Ty {
            kind,
            span: self.span_from(start),
        })
    }

    /// In 2015 `dyn` is an identifier unless a bound follows it.
    fn dyn_starts_trait_object(&self) -> bool {
        if self.edition >= super::Edition::E2018 {
            return true;
        }
        !self.is_op_at(1, "::")
            && (self.is_path_segment_at(1)
                || matches!(
                    self.nth(1),
                    TokenKind::Lifetime { .. }
                        | TokenKind::Question
                        | TokenKind::OpenParen
                        | TokenKind::Lt
                )
                || self.is_op_at(1, "::"))
    }

    fn parse_bounds_maybe_plus(&mut self, allow_plus: bool) -> PResult<Vec<GenericBound>> {
        if allow_plus {
            self.parse_bounds()
        } else {
            Ok(vec![self.parse_bound()?])
        }
    }

    /// `for<'a> unsafe extern "C" fn(A, b: B, ...) -> R`, after the binder.
    fn parse_fn_ptr(&mut self, for_params: Vec<GenericParam>) -> PResult<FnPtrTy> {
        let unsafety = self.eat_kw("unsafe");
        let abi = if self.eat_kw("extern") {
            Some(self.parse_abi())
        } else {
            None
        };
        self.expect_kw("fn")?;
        self.expect(TokenKind::OpenParen)?;
        let mut params = Vec::new();
        let mut variadic = false;
        while !self.eat(TokenKind::CloseParen) {
            let start = self.span();
            let attrs = self.parse_outer_attrs()?;
            if self.eat_op("...") {
                variadic = true;
            } else {
                let named = (self.is_ident_at(0) || self.is_kw_at(0, "_"))
                    && self.kind() != TokenKind::Eq
                    && self.nth(1) == TokenKind::Colon
                    && !self.is_op_at(1, "::");
                let pat = if named {
                    let id = self.parse_ident_or_underscore()?;
                    self.bump();
                    Some(Pat {
                        span: id.span,
                        kind: if id.name == "_" {
                            PatKind::Wild
                        } else {
                            PatKind::Ident {
                                by_ref: false,
                                mutbl: Mutability::Not,
                                ident: id,
                                sub: None,
                            }
                        },
                    })
                } else {
                    None
                };
                let ty = self.parse_ty()?;
                params.push(Param {
                    attrs,
                    pat,
                    ty: Some(ty),
                    span: self.span_from(start),
                });
            }
            if !self.eat(TokenKind::Comma) {
                self.expect(TokenKind::CloseParen)?;
                break;
            }
        }
        let output = if self.eat_op("->") {
            Some(self.parse_ty_no_plus()?)
        } else {
            None
        };
        Ok(FnPtrTy {
            for_params,
            unsafety,
            abi,
            params,
            variadic,
            output,
        })
    }

    /// The ABI string after `extern`, if written (`""` when not).
    pub(crate) fn parse_abi(&mut self) -> String {
        if let TokenKind::Literal {
            kind: crate::LiteralKind::Str { .. } | crate::LiteralKind::RawStr { .. },
            ..
        } = self.kind()
        {
            let text = self.nth_text(0).trim_start_matches('r').trim_matches('#');
            let abi = text.trim_matches('"').to_string();
            self.bump();
            abi
        } else {
            String::new()
        }
    }

    /// `for<'a, 'b>`.
    pub(crate) fn parse_for_binder(&mut self) -> PResult<Vec<GenericParam>> {
        self.expect_kw("for")?;
        self.expect(TokenKind::Lt)?;
        self.parse_generic_params_after_lt()
    }

    // ---- Bounds ----

    /// Bounds separated by `+` (a trailing `+` allowed), possibly none.
    pub(crate) fn parse_bounds(&mut self) -> PResult<Vec<GenericBound>> {
        let mut bounds = Vec::new();
        while self.can_begin_bound() {
            bounds.push(self.parse_bound()?);
            if !self.eat(TokenKind::Plus) {
                break;
            }
        }
        Ok(bounds)
    }

    fn can_begin_bound(&self) -> bool {
        self.is_path_segment_at(0)
            || self.is_op_at(0, "::")
            || matches!(
                self.kind(),
                TokenKind::Lifetime { .. }
                    | TokenKind::Question
                    | TokenKind::Tilde
                    | TokenKind::OpenParen
                    | TokenKind::Lt
            )
            || self.is_kw_at(0, "for")
            || self.is_kw_at(0, "const")
            || self.is_kw_at(0, "async")
            || self.is_kw_at(0, "use")
    }

    fn parse_bound(&mut self) -> PResult<GenericBound> {
        let start = self.span();
        if self.check_lifetime() {
            return Ok(GenericBound::Lifetime(self.parse_lifetime()?));
        }
        if self.is_kw_at(0, "use") && self.nth(1) == TokenKind::Lt {
            self.bump();
            self.bump();
            let mut args = Vec::new();
            while !self.eat(TokenKind::Gt) {
                if self.check_lifetime() {
                    let lt = self.parse_lifetime()?;
                    args.push(Ident {
                        name: lt.name,
                        raw: false,
                        span: lt.span,
                    });
                } else if self.is_path_segment_at(0) {
                    args.push(self.ident_here());
                    self.bump();
                } else {
                    return self.unexpected();
                }
                if !self.eat(TokenKind::Comma) {
                    self.expect(TokenKind::Gt)?;
                    break;
                }
            }
            return Ok(GenericBound::Use(args, self.span_from(start)));
        }
        let paren = self.eat(TokenKind::OpenParen);
        let for_params = if self.is_kw_at(0, "for") {
            self.parse_for_binder()?
        } else {
            Vec::new()
        };
        let constness = if self.eat(TokenKind::Tilde) {
            self.expect_kw("const")?;
            true
        } else {
            self.eat_kw("const")
        };
        self.eat_kw("async");
        let maybe = self.eat(TokenKind::Question);
        let path = if self.kind() == TokenKind::Lt {
            // `<T as Trait>::Assoc` as a bound is not valid Rust, but parse it as a path.
            let (_, path) = self.parse_qpath(PathStyle::Type)?;
            path
        } else {
            self.parse_path(PathStyle::Type)?
        };
        if paren {
            self.expect(TokenKind::CloseParen)?;
        }
        Ok(GenericBound::Trait(PolyTraitRef {
            for_params,
            maybe,
            constness,
            path,
            span: self.span_from(start),
        }))
    }

    // ---- Generic parameters and where clauses ----

    /// `<…>` generic parameters, if the current token is `<`.
    pub(crate) fn parse_generics(&mut self) -> PResult<Generics> {
        let start = self.span();
        if !self.eat(TokenKind::Lt) {
            return Ok(Generics {
                params: Vec::new(),
                where_clause: Vec::new(),
                span: Span::empty(self.prev_span().end),
            });
        }
        let params = self.parse_generic_params_after_lt()?;
        Ok(Generics {
            params,
            where_clause: Vec::new(),
            span: self.span_from(start),
        })
    }

    /// Generic parameters after a consumed `<`, up to `>`.
    pub(crate) fn parse_generic_params_after_lt(&mut self) -> PResult<Vec<GenericParam>> {
        let mut params = Vec::new();
        loop {
            if self.eat(TokenKind::Gt) {
                break;
            }
            let start = self.span();
            let attrs = self.parse_outer_attrs()?;
            let param = if self.check_lifetime() {
                let lt = self.parse_lifetime()?;
                let mut bounds = Vec::new();
                if self.eat(TokenKind::Colon) {
                    while self.check_lifetime() {
                        bounds.push(self.parse_lifetime()?);
                        if !self.eat(TokenKind::Plus) {
                            break;
                        }
                    }
                }
                GenericParam {
                    attrs,
                    ident: Ident {
                        name: lt.name,
                        raw: false,
                        span: lt.span,
                    },
                    kind: GenericParamKind::Lifetime { bounds },
                    span: self.span_from(start),
                }
            } else if self.eat_kw("const") {
                let ident = self.parse_ident()?;
                self.expect(TokenKind::Colon)?;
                let ty = self.parse_ty()?;
                let default = if self.eat(TokenKind::Eq) {
                    let arg_start = self.span();
                    let e = match self.parse_generic_arg()? {
                        GenericArg::Const(e) => e,
                        GenericArg::Type(Ty {
                            kind: TyKind::Path(q, p),
                            span,
                        }) => Expr {
                            span,
                            kind: ExprKind::Path(q, p),
                            attrs: Vec::new(),
                        },
                        _ => {
                            let span = self.span_from(arg_start);
                            self.push_diag(
                                source::Diagnostic::error(
                                    "expected a const expression as the default of a const \
                                     parameter",
                                    span,
                                )
                                .with_note("help: write a literal, a path or a block: `{ … }`"),
                            );
                            Expr {
                                kind: ExprKind::Err,
                                attrs: Vec::new(),
                                span,
                            }
                        }
                    };
                    Some(e)
                } else {
                    None
                };
                GenericParam {
                    attrs,
                    ident,
                    kind: GenericParamKind::Const { ty, default },
                    span: self.span_from(start),
                }
            } else {
                let ident = self.parse_ident()?;
                let bounds = if self.eat(TokenKind::Colon) {
                    self.parse_bounds()?
                } else {
                    Vec::new()
                };
                let default = if self.eat(TokenKind::Eq) {
                    Some(self.parse_ty()?)
                } else {
                    None
                };
                GenericParam {
                    attrs,
                    ident,
                    kind: GenericParamKind::Type { bounds, default },
                    span: self.span_from(start),
                }
            };
            params.push(param);
            if !self.eat(TokenKind::Comma) {
                self.expect(TokenKind::Gt)?;
                break;
            }
        }
        Ok(params)
    }

    /// An optional `where` clause, added to `generics`.
    pub(crate) fn parse_where_clause(&mut self, generics: &mut Generics) -> PResult<()> {
        if !self.eat_kw("where") {
            return Ok(());
        }
        loop {
            let start = self.span();
            if self.check_lifetime() {
                let lifetime = self.parse_lifetime()?;
                self.expect(TokenKind::Colon)?;
                let mut bounds = Vec::new();
                while self.check_lifetime() {
                    bounds.push(self.parse_lifetime()?);
                    if !self.eat(TokenKind::Plus) {
                        break;
                    }
                }
                generics.where_clause.push(WherePredicate::Lifetime {
                    lifetime,
                    bounds,
                    span: self.span_from(start),
                });
            } else if self.can_begin_type() {
                let for_params = if self.is_kw_at(0, "for") && self.nth(1) == TokenKind::Lt {
                    self.parse_for_binder()?
                } else {
                    Vec::new()
                };
                let ty = self.parse_ty_no_plus()?;
                self.expect(TokenKind::Colon)?;
                let bounds = self.parse_bounds()?;
                generics.where_clause.push(WherePredicate::Bound {
                    for_params,
                    ty,
                    bounds,
                    span: self.span_from(start),
                });
            } else {
                break;
            }
            if !self.eat(TokenKind::Comma) {
                break;
            }
        }
        Ok(())
    }

    /// True when the current token can start a type.
    pub(crate) fn can_begin_type(&self) -> bool {
        self.is_path_segment_at(0)
            || self.is_op_at(0, "::")
            || matches!(
                self.kind(),
                TokenKind::OpenParen
                    | TokenKind::OpenBracket
                    | TokenKind::Bang
                    | TokenKind::Star
                    | TokenKind::And
                    | TokenKind::Lt
                    | TokenKind::Question
            )
            || ["_", "fn", "unsafe", "extern", "for", "impl", "dyn"]
                .iter()
                .any(|kw| self.is_kw_at(0, kw))
    }
}
