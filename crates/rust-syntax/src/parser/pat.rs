//! Patterns.

use super::{PResult, Parser, PathStyle};
use crate::ast::*;
use crate::TokenKind;

impl Parser<'_> {
    /// A pattern where `|` may join alternatives (and a leading `|` is allowed): in `let`,
    /// `match` arms, `for`, and inside parentheses and brackets.
    pub(crate) fn parse_pat_top(&mut self) -> PResult<Pat> {
        self.nested(|p| {
            let start = p.span();
            let leading = p.kind() == TokenKind::Or && !p.is_op_at(0, "||");
            if leading {
                p.bump();
            }
            let first = p.parse_pat_no_top_alt()?;
            if p.kind() != TokenKind::Or || p.is_op_at(0, "||") {
                p.expected.push("`|`");
                return Ok(first);
            }
            let mut pats = vec![first];
            while p.kind() == TokenKind::Or && !p.is_op_at(0, "||") {
                p.bump();
                pats.push(p.parse_pat_no_top_alt()?);
            }
            Ok(Pat {
                kind: PatKind::Or(pats),
                span: p.span_from(start),
            })
        })
    }

    /// A pattern without top-level alternatives (closure and function parameters).
    pub(crate) fn parse_pat_no_top_alt(&mut self) -> PResult<Pat> {
        let pat = self.nested(|p| p.parse_pat_inner())?;
        // rustc looks for a `|` here too, to report or-patterns where they are not allowed.
        if self.kind() != TokenKind::Or {
            self.expected.push("`|`");
        }
        Ok(pat)
    }

    fn parse_pat_inner(&mut self) -> PResult<Pat> {
        let start = self.span();
        let kind = match self.kind() {
            TokenKind::And => {
                self.bump();
                let mutbl = if self.eat_kw("mut") {
                    Mutability::Mut
                } else {
                    Mutability::Not
                };
                let pat = self.parse_pat_no_top_alt()?;
                PatKind::Ref {
                    mutbl,
                    pat: Box::new(pat),
                }
            }
            TokenKind::OpenParen => {
                self.bump();
                let (pats, trailing) = self.parse_pat_list(TokenKind::CloseParen)?;
                if pats.len() == 1 && !trailing && pats[0].kind != PatKind::Rest {
                    PatKind::Paren(Box::new(pats.into_iter().next().expect("one pattern")))
                } else {
                    PatKind::Tuple(pats)
                }
            }
            TokenKind::OpenBracket => {
                self.bump();
                PatKind::Slice(self.parse_pat_list(TokenKind::CloseBracket)?.0)
            }
            TokenKind::Dot if self.is_op_at(0, "..=") || self.is_op_at(0, "...") => {
                self.bump();
                self.bump();
                self.bump();
                let end = self.parse_pat_range_end()?;
                PatKind::Range {
                    start: None,
                    end: Some(Box::new(end)),
                    limits: RangeLimits::Closed,
                }
            }
            TokenKind::Dot if self.is_op_at(0, "..") => {
                self.bump();
                self.bump();
                if self.can_begin_range_end() {
                    let end = self.parse_pat_range_end()?;
                    PatKind::Range {
                        start: None,
                        end: Some(Box::new(end)),
                        limits: RangeLimits::HalfOpen,
                    }
                } else {
                    PatKind::Rest
                }
            }
            TokenKind::Minus | TokenKind::Literal { .. } => {
                let lit = self.parse_lit_maybe_neg()?;
                return self.maybe_range_pat(start, lit);
            }
            _ if self.is_kw_at(0, "true") || self.is_kw_at(0, "false") => {
                let lit = self.parse_lit_expr()?;
                return self.maybe_range_pat(start, lit);
            }
            _ if self.is_kw_at(0, "_") => {
                self.bump();
                PatKind::Wild
            }
            _ if self.is_kw_at(0, "ref") || self.is_kw_at(0, "mut") => {
                let by_ref = self.eat_kw("ref");
                let mutbl = if self.eat_kw("mut") {
                    Mutability::Mut
                } else {
                    Mutability::Not
                };
                let ident = self.parse_ident()?;
                self.parse_binding_rest(by_ref, mutbl, ident)?
            }
            _ if self.is_kw_at(0, "box") => {
                self.bump();
                // `box p` is unstable; keep the inner pattern.
                return self.parse_pat_no_top_alt();
            }
            TokenKind::Lt => {
                let (qself, path) = self.parse_qpath(PathStyle::Expr)?;
                return self.parse_pat_after_path(start, Some(qself), path);
            }
            _ if self.is_path_segment_at(0) || self.is_op_at(0, "::") => {
                // A lone identifier not followed by `::`, `(`, `{`, `!` or a range is a binding.
                let lone = self.is_ident_at(0)
                    && !self.is_op_at(1, "::")
                    && !matches!(
                        self.nth(1),
                        TokenKind::OpenParen | TokenKind::OpenBrace | TokenKind::Bang
                    )
                    && !self.is_op_at(1, "..");
                if lone {
                    let ident = self.parse_ident()?;
                    self.parse_binding_rest(false, Mutability::Not, ident)?
                } else {
                    let path = self.parse_path(PathStyle::Expr)?;
                    return self.parse_pat_after_path(start, None, path);
                }
            }
            TokenKind::Ident if self.is_reserved(self.nth_text(0)) => {
                return self.expected_what("identifier");
            }
            _ => return self.expected_what("pattern"),
        };
        Ok(Pat {
            kind,
            span: self.span_from(start),
        })
    }

    /// `@ subpattern` after a binding name.
    fn parse_binding_rest(
        &mut self,
        by_ref: bool,
        mutbl: Mutability,
        ident: Ident,
    ) -> PResult<PatKind> {
        let sub = if self.eat(TokenKind::At) {
            Some(Box::new(self.parse_pat_no_top_alt()?))
        } else {
            None
        };
        Ok(PatKind::Ident {
            by_ref,
            mutbl,
            ident,
            sub,
        })
    }

    /// Patterns separated by commas up to `close` (consumed); also says whether a comma
    /// trailed the last one.
    fn parse_pat_list(&mut self, close: TokenKind) -> PResult<(Vec<Pat>, bool)> {
        let mut pats = Vec::new();
        let mut trailing = false;
        while !self.eat(close) {
            pats.push(self.parse_pat_top()?);
            trailing = self.eat(TokenKind::Comma);
            if !trailing {
                self.expect(close)?;
                break;
            }
        }
        Ok((pats, trailing))
    }

    fn parse_pat_after_path(
        &mut self,
        start: source::Span,
        qself: Option<Box<QSelf>>,
        path: Path,
    ) -> PResult<Pat> {
        let kind = match self.kind() {
            TokenKind::Bang if qself.is_none() => {
                self.bump();
                let args = self.parse_delim_args()?;
                PatKind::MacCall(MacCall {
                    path,
                    args,
                    span: self.span_from(start),
                })
            }
            TokenKind::OpenParen => {
                self.bump();
                let pats = self.parse_pat_list(TokenKind::CloseParen)?.0;
                PatKind::TupleStruct { qself, path, pats }
            }
            TokenKind::OpenBrace => {
                self.bump();
                let (fields, rest) = self.parse_pat_fields()?;
                PatKind::Struct {
                    qself,
                    path,
                    fields,
                    rest,
                }
            }
            _ => {
                let end = self.span_from(start);
                let lit = Expr {
                    kind: ExprKind::Path(qself, path),
                    attrs: Vec::new(),
                    span: end,
                };
                if self.is_op_at(0, "..") {
                    return self.maybe_range_pat(start, lit);
                }
                match lit.kind {
                    ExprKind::Path(qself, path) => PatKind::Path(qself, path),
                    _ => PatKind::Err,
                }
            }
        };
        Ok(Pat {
            kind,
            span: self.span_from(start),
        })
    }

    /// The fields of a struct pattern after `{`, up to `}` (consumed).
    fn parse_pat_fields(&mut self) -> PResult<(Vec<PatField>, bool)> {
        let mut fields = Vec::new();
        let mut rest = false;
        while !self.eat(TokenKind::CloseBrace) {
            let start = self.span();
            let attrs = self.parse_outer_attrs()?;
            if self.is_op_at(0, "..") {
                self.bump();
                self.bump();
                rest = true;
                self.eat(TokenKind::Comma);
                self.expect(TokenKind::CloseBrace)?;
                break;
            }
            let field = if matches!(self.kind(), TokenKind::Literal { .. })
                || (self.is_ident_at(0) && self.nth(1) == TokenKind::Colon)
            {
                // `name: pattern` or `0: pattern`.
                let ident = Ident {
                    name: self.nth_text(0).trim_start_matches("r#").to_string(),
                    raw: self.kind() == TokenKind::RawIdent,
                    span: self.span(),
                };
                self.bump();
                self.expect(TokenKind::Colon)?;
                let pat = self.parse_pat_top()?;
                PatField {
                    attrs,
                    ident,
                    pat,
                    shorthand: false,
                    span: self.span_from(start),
                }
            } else {
                // `ref mut name` shorthand.
                let by_ref = self.eat_kw("ref");
                let mutbl = if self.eat_kw("mut") {
                    Mutability::Mut
                } else {
                    Mutability::Not
                };
                let ident = self.parse_ident()?;
                let pat = Pat {
                    kind: PatKind::Ident {
                        by_ref,
                        mutbl,
                        ident: ident.clone(),
                        sub: None,
                    },
                    span: self.span_from(start),
                };
                PatField {
                    attrs,
                    ident,
                    pat,
                    shorthand: true,
                    span: self.span_from(start),
                }
            };
            fields.push(field);
            if !self.eat(TokenKind::Comma) {
                self.expect(TokenKind::CloseBrace)?;
                break;
            }
        }
        Ok((fields, rest))
    }

    /// After a literal or path that may start a range pattern.
    fn maybe_range_pat(&mut self, start: source::Span, lo: Expr) -> PResult<Pat> {
        let limits = if self.is_op_at(0, "..=") || self.is_op_at(0, "...") {
            self.bump();
            self.bump();
            self.bump();
            RangeLimits::Closed
        } else if self.is_op_at(0, "..") {
            self.bump();
            self.bump();
            RangeLimits::HalfOpen
        } else {
            self.expected.extend(["`...`", "`..=`", "`..`"]);
            return Ok(Pat {
                kind: match lo.kind {
                    ExprKind::Path(q, p) => PatKind::Path(q, p),
                    _ => PatKind::Lit(Box::new(lo)),
                },
                span: self.span_from(start),
            });
        };
        let end = if self.can_begin_range_end() {
            Some(Box::new(self.parse_pat_range_end()?))
        } else {
            None
        };
        Ok(Pat {
            kind: PatKind::Range {
                start: Some(Box::new(lo)),
                end,
                limits,
            },
            span: self.span_from(start),
        })
    }

    fn can_begin_range_end(&self) -> bool {
        matches!(
            self.kind(),
            TokenKind::Literal { .. } | TokenKind::Minus | TokenKind::Lt
        ) || self.is_path_segment_at(0)
            || self.is_op_at(0, "::")
    }

    /// The end of a range pattern: a literal, `-literal` or a path.
    fn parse_pat_range_end(&mut self) -> PResult<Expr> {
        let start = self.span();
        if matches!(self.kind(), TokenKind::Literal { .. } | TokenKind::Minus) {
            return self.parse_lit_maybe_neg();
        }
        let (qself, path) = if self.kind() == TokenKind::Lt {
            let (q, p) = self.parse_qpath(PathStyle::Expr)?;
            (Some(q), p)
        } else {
            (None, self.parse_path(PathStyle::Expr)?)
        };
        Ok(Expr {
            kind: ExprKind::Path(qself, path),
            attrs: Vec::new(),
            span: self.span_from(start),
        })
    }
}
