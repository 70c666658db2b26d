//! Expressions (precedence climbing over rustc's operator table), blocks and statements.

use source::Span;

use super::{lit_kind, PResult, Parser, PathStyle, Restrictions, MAX_DEPTH};
use crate::ast::*;
use crate::TokenKind;

/// Binding powers, from loosest to tightest, as in rustc's `ExprPrecedence`.
const PREC_ASSIGN: u8 = 1;
const PREC_RANGE: u8 = 2;
const PREC_OR: u8 = 3;
const PREC_AND: u8 = 4;
const PREC_COMPARE: u8 = 5;
const PREC_BIT_OR: u8 = 6;
const PREC_BIT_XOR: u8 = 7;
const PREC_BIT_AND: u8 = 8;
const PREC_SHIFT: u8 = 9;
const PREC_SUM: u8 = 10;
const PREC_PRODUCT: u8 = 11;
const PREC_CAST: u8 = 12;

/// An infix operator found at the current position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AssocOp {
    Binary(BinOp),
    Assign,
    AssignOp(BinOp),
    Cast,
    Range(RangeLimits),
    /// `...` in an expression: an error, parsed as `..=`.
    DotDotDot,
}

impl AssocOp {
    fn prec(self) -> u8 {
        use BinOp::*;
        match self {
            AssocOp::Assign | AssocOp::AssignOp(_) => PREC_ASSIGN,
            AssocOp::Range(_) | AssocOp::DotDotDot => PREC_RANGE,
            AssocOp::Cast => PREC_CAST,
            AssocOp::Binary(op) => match op {
                Or => PREC_OR,
                And => PREC_AND,
                Eq | Lt | Le | Ne | Ge | Gt => PREC_COMPARE,
                BitOr => PREC_BIT_OR,
                BitXor => PREC_BIT_XOR,
                BitAnd => PREC_BIT_AND,
                Shl | Shr => PREC_SHIFT,
                Add | Sub => PREC_SUM,
                Mul | Div | Rem => PREC_PRODUCT,
            },
        }
    }
}

/// True for expressions that end a statement without `;` (rustc's
/// `expr_requires_semi_to_be_stmt` is false for them).
pub(crate) fn is_block_like(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::If { .. }
        | ExprKind::Match { .. }
        | ExprKind::Block { .. }
        | ExprKind::Loop { .. }
        | ExprKind::While { .. }
        | ExprKind::For { .. } => true,
        ExprKind::MacCall(m) => m.args.delim == Delimiter::Brace,
        _ => false,
    }
}

impl Parser<'_> {
    /// An expression, under the current restrictions minus `stmt_expr`.
    pub(crate) fn parse_expr(&mut self) -> PResult<Expr> {
        let res = Restrictions {
            stmt_expr: false,
            ..self.res
        };
        self.with_res(res, |p| p.parse_assoc(0))
    }

    /// An expression with no restrictions (inside delimiters).
    fn parse_expr_free(&mut self) -> PResult<Expr> {
        self.with_res(Restrictions::default(), |p| p.parse_assoc(0))
    }

    /// An expression where struct literals are not allowed (conditions, scrutinees).
    fn parse_expr_no_struct(&mut self) -> PResult<Expr> {
        let res = Restrictions {
            stmt_expr: false,
            no_struct_literal: true,
            let_ok: false,
        };
        self.with_res(res, |p| p.parse_assoc(0))
    }

    /// The condition of `if` or `while`: no struct literals, `let` allowed. A `let` joined to
    /// other conditions by `&&` (a let chain) is an error before Rust 2024, as in rustc.
    fn parse_cond(&mut self) -> PResult<Expr> {
        let res = Restrictions {
            stmt_expr: false,
            no_struct_literal: true,
            let_ok: true,
        };
        let cond = self.with_res(res, |p| p.parse_assoc(0))?;
        if let (ExprKind::Binary(BinOp::And, ..), true) =
            (&cond.kind, self.edition < super::Edition::E2024)
        {
            // Find a `let` among the operands of the `&&` chain, without recursion.
            let mut stack = vec![&cond];
            let mut found = None;
            while let Some(e) = stack.pop() {
                match &e.kind {
                    ExprKind::Binary(BinOp::And, _, l, r) => {
                        stack.push(r);
                        stack.push(l);
                    }
                    ExprKind::Let { .. } if found.is_none() => found = Some(e.span),
                    _ => {}
                }
            }
            if let Some(span) = found {
                self.error("let chains are only allowed in Rust 2024 or later", span);
            }
        }
        Ok(cond)
    }

    fn expr_is_complete(&self, e: &Expr) -> bool {
        self.res.stmt_expr && is_block_like(e)
    }

    /// Peeks the infix operator at the current position, with its length in tokens.
    fn peek_assoc_op(&self) -> Option<(AssocOp, usize)> {
        use BinOp::*;
        let two = |a: &str| self.is_op_at(0, a);
        let op = match self.kind() {
            TokenKind::Eq if two("==") => (AssocOp::Binary(Eq), 2),
            TokenKind::Eq if two("=>") => return None,
            TokenKind::Eq => (AssocOp::Assign, 1),
            TokenKind::Lt if two("<<=") => (AssocOp::AssignOp(Shl), 3),
            TokenKind::Lt if two("<<") => (AssocOp::Binary(Shl), 2),
            TokenKind::Lt if two("<=") => (AssocOp::Binary(Le), 2),
            TokenKind::Lt => (AssocOp::Binary(Lt), 1),
            TokenKind::Gt if two(">>=") => (AssocOp::AssignOp(Shr), 3),
            TokenKind::Gt if two(">>") => (AssocOp::Binary(Shr), 2),
            TokenKind::Gt if two(">=") => (AssocOp::Binary(Ge), 2),
            TokenKind::Gt => (AssocOp::Binary(Gt), 1),
            TokenKind::Bang if two("!=") => (AssocOp::Binary(Ne), 2),
            TokenKind::Plus if two("+=") => (AssocOp::AssignOp(Add), 2),
            TokenKind::Plus => (AssocOp::Binary(Add), 1),
            TokenKind::Minus if two("-=") => (AssocOp::AssignOp(Sub), 2),
            TokenKind::Minus if two("->") => return None,
            TokenKind::Minus => (AssocOp::Binary(Sub), 1),
            TokenKind::Star if two("*=") => (AssocOp::AssignOp(Mul), 2),
            TokenKind::Star => (AssocOp::Binary(Mul), 1),
            TokenKind::Slash if two("/=") => (AssocOp::AssignOp(Div), 2),
            TokenKind::Slash => (AssocOp::Binary(Div), 1),
            TokenKind::Percent if two("%=") => (AssocOp::AssignOp(Rem), 2),
            TokenKind::Percent => (AssocOp::Binary(Rem), 1),
            TokenKind::Caret if two("^=") => (AssocOp::AssignOp(BitXor), 2),
            TokenKind::Caret => (AssocOp::Binary(BitXor), 1),
            TokenKind::And if two("&&") => (AssocOp::Binary(And), 2),
            TokenKind::And if two("&=") => (AssocOp::AssignOp(BitAnd), 2),
            TokenKind::And => (AssocOp::Binary(BitAnd), 1),
            TokenKind::Or if two("||") => (AssocOp::Binary(Or), 2),
            TokenKind::Or if two("|=") => (AssocOp::AssignOp(BitOr), 2),
            TokenKind::Or => (AssocOp::Binary(BitOr), 1),
            TokenKind::Dot if two("..=") => (AssocOp::Range(RangeLimits::Closed), 3),
            TokenKind::Dot if two("...") => (AssocOp::DotDotDot, 3),
            TokenKind::Dot if two("..") => (AssocOp::Range(RangeLimits::HalfOpen), 2),
            TokenKind::Ident if self.is_kw_at(0, "as") => (AssocOp::Cast, 1),
            _ => return None,
        };
        Some(op)
    }

    /// True when the token after a `..` starts its right-hand side.
    fn can_begin_range_rhs(&self) -> bool {
        self.can_begin_expr()
            && !(self.kind() == TokenKind::OpenBrace && self.res.no_struct_literal)
    }

    /// True when the current token can start an expression.
    pub(crate) fn can_begin_expr(&self) -> bool {
        match self.kind() {
            TokenKind::Ident => {
                let t = self.nth_text(0);
                !self.is_reserved(t)
                    || matches!(
                        t,
                        "if" | "match"
                            | "loop"
                            | "while"
                            | "for"
                            | "unsafe"
                            | "return"
                            | "break"
                            | "continue"
                            | "let"
                            | "move"
                            | "async"
                            | "const"
                            | "static"
                            | "true"
                            | "false"
                            | "self"
                            | "Self"
                            | "super"
                            | "crate"
                            | "_"
                            | "yield"
                            | "box"
                            | "do"
                            | "try"
                    )
            }
            TokenKind::RawIdent
            | TokenKind::InvalidIdent
            | TokenKind::Literal { .. }
            | TokenKind::Lifetime { .. }
            | TokenKind::OpenParen
            | TokenKind::OpenBracket
            | TokenKind::OpenBrace
            | TokenKind::Bang
            | TokenKind::Minus
            | TokenKind::Star
            | TokenKind::And
            | TokenKind::Or
            | TokenKind::Lt
            | TokenKind::Pound => true,
            TokenKind::Dot => self.is_op_at(0, ".."),
            TokenKind::Colon => self.is_op_at(0, "::"),
            _ => false,
        }
    }

    /// Precedence climbing: an expression whose operators all bind at least `min_prec`.
    fn parse_assoc(&mut self, min_prec: u8) -> PResult<Expr> {
        self.nested(|p| {
            let start = p.span();
            let lhs = if let Some((AssocOp::Range(_) | AssocOp::DotDotDot, _)) = p.peek_assoc_op() {
                p.parse_prefix_range()?
            } else {
                p.parse_prefix()?
            };
            p.parse_assoc_rest(min_prec, start, lhs)
        })
    }

    fn parse_assoc_rest(&mut self, min_prec: u8, start: Span, mut lhs: Expr) -> PResult<Expr> {
        let mut chain = 0u32;
        loop {
            if self.expr_is_complete(&lhs) {
                return Ok(lhs);
            }
            self.reject_postfix_increment();
            let Some((op, len)) = self.peek_assoc_op() else {
                for d in ["an operator", "`.`", "`?`"] {
                    self.expected.push(d);
                }
                break;
            };
            let prec = op.prec();
            if prec < min_prec {
                break;
            }
            chain += 1;
            if self.depth + chain > MAX_DEPTH {
                self.too_deep();
                return Err(());
            }
            let op_start = self.span();
            for _ in 0..len {
                self.bump();
            }
            let op_span = self.span_from(op_start);
            let rest = Restrictions {
                stmt_expr: false,
                let_ok: self.res.let_ok && op == AssocOp::Binary(BinOp::And),
                ..self.res
            };
            lhs = match op {
                AssocOp::Cast => {
                    let ty = self.parse_cast_ty()?;
                    Expr {
                        kind: ExprKind::Cast(Box::new(lhs), Box::new(ty)),
                        attrs: Vec::new(),
                        span: self.span_from(start),
                    }
                }
                AssocOp::Range(_) | AssocOp::DotDotDot => {
                    if op == AssocOp::DotDotDot {
                        self.error("unexpected token: `...`", op_span);
                    }
                    let limits = match op {
                        AssocOp::Range(l) => l,
                        _ => RangeLimits::Closed,
                    };
                    let end = if self.can_begin_range_rhs() {
                        Some(Box::new(
                            self.with_res(rest, |p| p.parse_assoc(PREC_RANGE + 1))?,
                        ))
                    } else {
                        None
                    };
                    let range = Expr {
                        kind: ExprKind::Range {
                            start: Some(Box::new(lhs)),
                            end,
                            limits,
                        },
                        attrs: Vec::new(),
                        span: self.span_from(start),
                    };
                    self.check_range_end(&range, op_span);
                    // Ranges do not associate: `a..b..c` stops before the second `..`.
                    if let Some((AssocOp::Range(_) | AssocOp::DotDotDot, _)) = self.peek_assoc_op()
                    {
                        self.expected.extend(["an operator", "`.`", "`?`"]);
                        return Ok(range);
                    }
                    range
                }
                AssocOp::Assign | AssocOp::AssignOp(_) => {
                    let rhs = self.with_res(rest, |p| p.parse_assoc(prec))?;
                    let kind = match op {
                        AssocOp::AssignOp(b) => {
                            ExprKind::AssignOp(b, op_span, Box::new(lhs), Box::new(rhs))
                        }
                        _ => ExprKind::Assign(Box::new(lhs), Box::new(rhs)),
                    };
                    Expr {
                        kind,
                        attrs: Vec::new(),
                        span: self.span_from(start),
                    }
                }
                AssocOp::Binary(b) => {
                    let rhs = self.with_res(rest, |p| p.parse_assoc(prec + 1))?;
                    if prec == PREC_COMPARE {
                        if let ExprKind::Binary(inner, inner_span, ..) = &lhs.kind {
                            if AssocOp::Binary(*inner).prec() == PREC_COMPARE {
                                let mut d = source::Diagnostic::error(
                                    "comparison operators cannot be chained",
                                    *inner_span,
                                );
                                d.labels.push(source::Label {
                                    span: op_span,
                                    message: String::new(),
                                    primary: true,
                                });
                                // `a < b < c` (both one way): rustc suggests `a < b && b < c`.
                                let less = |o: &BinOp| matches!(o, BinOp::Lt | BinOp::Le);
                                let more = |o: &BinOp| matches!(o, BinOp::Gt | BinOp::Ge);
                                if let ExprKind::Binary(_, _, _, middle) = &lhs.kind {
                                    if (less(inner) && less(&b)) || (more(inner) && more(&b)) {
                                        let text = &self.src
                                            [middle.span.start as usize..middle.span.end as usize];
                                        d = d.with_suggestion(
                                            "split the comparison into two",
                                            vec![(
                                                Span::empty(lhs.span.end),
                                                format!(" && {text}"),
                                            )],
                                        );
                                    }
                                }
                                self.push_diag(d);
                            }
                        }
                    }
                    Expr {
                        kind: ExprKind::Binary(b, op_span, Box::new(lhs), Box::new(rhs)),
                        attrs: Vec::new(),
                        span: self.span_from(start),
                    }
                }
            };
        }
        Ok(lhs)
    }

    /// The type after `as`. As rustc does, `x as usize < y` is an error (`<` starts generic
    /// arguments); we report it in rustc's words and go on as if it were a comparison.
    fn parse_cast_ty(&mut self) -> PResult<Ty> {
        let saved = (self.pos, self.diags.len());
        let ty = self.parse_ty_no_plus();
        if ty.is_ok() {
            return ty;
        }
        // Retry without generic arguments if the failure came from a `<` right after a path.
        let fail_pos = self.pos;
        self.pos = saved.0;
        self.expected.clear();
        if self.is_path_segment_at(0) {
            let start = self.span();
            let mut segments = Vec::new();
            loop {
                let ident = self.ident_here();
                self.bump();
                segments.push(PathSegment {
                    span: ident.span,
                    ident,
                    args: None,
                });
                if self.is_op_at(0, "::") && self.is_path_segment_at(2) {
                    self.bump();
                    self.bump();
                } else {
                    break;
                }
            }
            if self.kind() == TokenKind::Lt {
                self.diags.truncate(saved.1);
                let name = segments
                    .last()
                    .map(|s| s.ident.name.clone())
                    .unwrap_or_default();
                let (what, op) = if self.is_op_at(0, "<<") {
                    ("a shift", "<<")
                } else {
                    ("a comparison", "<")
                };
                let span = self.span();
                self.push_diag(
                    source::Diagnostic::error(
                        format!(
                            "`{op}` is interpreted as a start of generic arguments for `{name}`, not {what}"
                        ),
                        span,
                    )
                    .with_label_message("interpreted as generic arguments"),
                );
                let span = self.span_from(start);
                return Ok(Ty {
                    kind: TyKind::Path(
                        None,
                        Path {
                            global: false,
                            segments,
                            span,
                        },
                    ),
                    span,
                });
            }
        }
        self.pos = fail_pos;
        Err(())
    }

    /// `i++;` and `i--;`: rustc's errors for the operators Rust does not have. The two
    /// characters are skipped (as if `+= 1` had been written) when no operand follows them; with
    /// one, `a--b` is `a - (-b)`.
    fn reject_postfix_increment(&mut self) {
        let (word, fix) = if self.is_op_at(0, "++") {
            ("increment", "+= 1")
        } else if self.is_op_at(0, "--") {
            ("decrement", "-= 1")
        } else {
            return;
        };
        let save = self.pos;
        self.bump();
        self.bump();
        if self.can_begin_expr() {
            self.pos = save;
            return;
        }
        let span = self.span_from(self.toks[save].span);
        self.push_diag(
            source::Diagnostic::error(format!("Rust has no postfix {word} operator"), span)
                .with_label_message("not a valid postfix operator")
                .with_suggestion(
                    format!("use `{fix}` instead"),
                    vec![(span, format!(" {fix}"))],
                ),
        );
    }

    /// `a..=` without an end is an error (E0586), as in rustc.
    fn check_range_end(&mut self, range: &Expr, op_span: Span) {
        if let ExprKind::Range {
            end: None,
            limits: RangeLimits::Closed,
            ..
        } = range.kind
        {
            self.push_diag(
                source::Diagnostic::error("inclusive range with no end", op_span)
                    .with_code("E0586")
                    .with_note(
                        "note: inclusive ranges must be bounded at the end (`..=b` or `a..=b`)",
                    )
                    .with_suggestion("use `..` instead", vec![(op_span, "..".to_string())]),
            );
        }
    }

    /// `..`, `..=` or `...` without a left-hand side.
    fn parse_prefix_range(&mut self) -> PResult<Expr> {
        let start = self.span();
        let (op, len) = self.peek_assoc_op().expect("a range operator");
        for _ in 0..len {
            self.bump();
        }
        if op == AssocOp::DotDotDot {
            self.error("unexpected token: `...`", self.span_from(start));
        }
        let limits = match op {
            AssocOp::Range(l) => l,
            _ => RangeLimits::Closed,
        };
        let op_span = self.span_from(start);
        let end = if self.can_begin_range_rhs() {
            let rest = Restrictions {
                stmt_expr: false,
                ..self.res
            };
            Some(Box::new(
                self.with_res(rest, |p| p.parse_assoc(PREC_RANGE + 1))?,
            ))
        } else {
            None
        };
        let range = Expr {
            kind: ExprKind::Range {
                start: None,
                end,
                limits,
            },
            attrs: Vec::new(),
            span: self.span_from(start),
        };
        self.check_range_end(&range, op_span);
        Ok(range)
    }

    /// Unary operators, then a postfix expression.
    fn parse_prefix(&mut self) -> PResult<Expr> {
        let start = self.span();
        let attrs = self.parse_outer_attrs()?;
        let un = |p: &mut Self, op: UnOp| -> PResult<ExprKind> {
            p.bump();
            let res = Restrictions {
                let_ok: false,
                ..p.res
            };
            let e = p.with_res(res, |p| p.nested(|p| p.parse_prefix()))?;
            Ok(ExprKind::Unary(op, Box::new(e)))
        };
        if self.kind() == TokenKind::Plus {
            // Rust has no unary `+`; rustc reports it and reads the operand.
            let plus = self.span();
            let (message, span) = if self.is_op_at(0, "++") {
                self.bump();
                (
                    "Rust has no prefix increment operator",
                    Span::new(plus.start, self.span().end),
                )
            } else {
                ("leading `+` is not supported", plus)
            };
            self.bump();
            let d = source::Diagnostic::error(message, span);
            if !message.starts_with("Rust") {
                self.push_diag(
                    d.with_label_message("unexpected `+`")
                        .with_suggestion("try removing the `+`", vec![(plus, String::new())]),
                );
                return self.nested(|p| p.parse_prefix());
            }
            // `++x;` as a statement: rustc offers `x += 1`.
            let mark = self.diags.len();
            let operand = self.nested(|p| p.parse_prefix());
            let mut d = d.with_label_message("not a valid prefix operator");
            if let Ok(e) = &operand {
                if matches!(e.kind, ExprKind::Path(..)) && self.kind() == TokenKind::Semi {
                    d = d.with_suggestion(
                        "use `+= 1` instead",
                        vec![
                            (span, String::new()),
                            (Span::empty(e.span.end), " += 1".to_string()),
                        ],
                    );
                }
            }
            if !self.fatal {
                // Before what the operand reported, as the `++` comes first.
                self.diags.insert(mark.min(self.diags.len()), d);
            }
            return operand;
        }
        let kind = match self.kind() {
            TokenKind::Bang => un(self, UnOp::Not)?,
            TokenKind::Minus => un(self, UnOp::Neg)?,
            TokenKind::Star => un(self, UnOp::Deref)?,
            TokenKind::And => {
                self.bump();
                let raw = self.is_kw_at(0, "raw")
                    && (self.is_kw_at(1, "const") || self.is_kw_at(1, "mut"));
                let mutbl = if raw {
                    self.bump();
                    if self.eat_kw("mut") {
                        Mutability::Mut
                    } else {
                        self.bump();
                        Mutability::Not
                    }
                } else if self.eat_kw("mut") {
                    Mutability::Mut
                } else {
                    Mutability::Not
                };
                let e = self.nested(|p| p.parse_prefix())?;
                ExprKind::AddrOf {
                    raw,
                    mutbl,
                    expr: Box::new(e),
                }
            }
            _ => {
                let mut e = self.parse_bottom()?;
                e = self.parse_postfix(start, e)?;
                if !attrs.is_empty() {
                    e.attrs = attrs;
                    e.span = self.span_from(start);
                }
                return Ok(e);
            }
        };
        Ok(Expr {
            kind,
            attrs,
            span: self.span_from(start),
        })
    }

    /// `?`, `.field`, `.method()`, `.await`, calls and indexing after an operand.
    fn parse_postfix(&mut self, start: Span, mut e: Expr) -> PResult<Expr> {
        let mut chain = 0u32;
        loop {
            chain += 1;
            if self.depth + chain > MAX_DEPTH {
                self.too_deep();
                return Err(());
            }
            if self.eat(TokenKind::Question) {
                e = Expr {
                    kind: ExprKind::Try(Box::new(e)),
                    attrs: Vec::new(),
                    span: self.span_from(start),
                };
                continue;
            }
            if self.check(TokenKind::Dot) && !self.is_op_at(0, "..") {
                self.bump();
                e = self.parse_dot_suffix(start, e)?;
                continue;
            }
            if self.expr_is_complete(&e) {
                return Ok(e);
            }
            match self.kind() {
                TokenKind::OpenParen => {
                    self.bump();
                    let args = self.parse_expr_list(TokenKind::CloseParen)?;
                    e = Expr {
                        kind: ExprKind::Call(Box::new(e), args),
                        attrs: Vec::new(),
                        span: self.span_from(start),
                    };
                }
                TokenKind::OpenBracket => {
                    self.bump();
                    let index = self.parse_expr_free()?;
                    self.expect(TokenKind::CloseBracket)?;
                    e = Expr {
                        kind: ExprKind::Index(Box::new(e), Box::new(index)),
                        attrs: Vec::new(),
                        span: self.span_from(start),
                    };
                }
                _ => return Ok(e),
            }
        }
    }

    /// What follows a `.`: `await`, a field, a method call or a tuple index (`x.0.1` is lexed
    /// as `x` `.` `0.1` and split here, as rustc does).
    fn parse_dot_suffix(&mut self, start: Span, e: Expr) -> PResult<Expr> {
        if self.is_kw_at(0, "await") && self.edition >= super::Edition::E2018 {
            self.bump();
            return Ok(Expr {
                kind: ExprKind::Await(Box::new(e)),
                attrs: Vec::new(),
                span: self.span_from(start),
            });
        }
        if let TokenKind::Literal { kind, suffix_start } = self.kind() {
            let text = self.nth_text(0);
            let span = self.span();
            let digits = &text[..suffix_start as usize];
            match kind {
                crate::LiteralKind::Int { .. } => {
                    if suffix_start as usize != text.len() {
                        self.error(
                            format!(
                                "suffixes on a tuple index are invalid; found `{}`",
                                &text[suffix_start as usize..]
                            ),
                            span,
                        );
                    }
                    self.bump();
                    return Ok(Expr {
                        kind: ExprKind::TupleField(
                            Box::new(e),
                            digits.parse().unwrap_or(u32::MAX),
                            span,
                        ),
                        attrs: Vec::new(),
                        span: self.span_from(start),
                    });
                }
                crate::LiteralKind::Float { .. } => {
                    if let Some((a, b)) = digits.split_once('.') {
                        if !a.is_empty()
                            && !b.is_empty()
                            && a.bytes().all(|c| c.is_ascii_digit())
                            && b.bytes().all(|c| c.is_ascii_digit())
                        {
                            self.bump();
                            let mid = span.start + a.len() as u32;
                            let first = Expr {
                                kind: ExprKind::TupleField(
                                    Box::new(e),
                                    a.parse().unwrap_or(u32::MAX),
                                    Span::new(span.start, mid),
                                ),
                                attrs: Vec::new(),
                                span: Span::new(start.start, mid),
                            };
                            return Ok(Expr {
                                kind: ExprKind::TupleField(
                                    Box::new(first),
                                    b.parse().unwrap_or(u32::MAX),
                                    Span::new(mid + 1, span.end),
                                ),
                                attrs: Vec::new(),
                                span: self.span_from(start),
                            });
                        }
                    }
                    self.error(format!("unexpected token: `{text}`"), span);
                    return Err(());
                }
                _ => {}
            }
        }
        if !self.is_path_segment_at(0) {
            let found = self.nth_text(0);
            let message = if self.at_eof() {
                "unexpected end of file".to_string()
            } else {
                format!("unexpected token: `{found}`")
            };
            // After `.`, rustc points at the token without a label.
            self.error_at_token(message, String::new());
            return Err(());
        }
        let ident = self.ident_here();
        self.bump();
        let args = if self.is_op_at(0, "::") && self.nth(2) == TokenKind::Lt {
            self.bump();
            self.bump();
            let lt = self.span();
            self.bump();
            let args = self.parse_angle_args_after_lt(lt)?;
            self.skip_trailing_angle_brackets();
            Some(Box::new(args))
        } else {
            None
        };
        if self.eat(TokenKind::OpenParen) {
            let args_list = self.parse_expr_list(TokenKind::CloseParen)?;
            let seg_span = Span::new(ident.span.start, self.prev_span().end);
            return Ok(Expr {
                kind: ExprKind::MethodCall {
                    receiver: Box::new(e),
                    segment: PathSegment {
                        ident,
                        args,
                        span: seg_span,
                    },
                    args: args_list,
                },
                attrs: Vec::new(),
                span: self.span_from(start),
            });
        }
        if args.is_some() {
            self.error(
                "field expressions cannot have generic arguments",
                self.span_from(ident.span),
            );
        }
        Ok(Expr {
            kind: ExprKind::Field(Box::new(e), ident),
            attrs: Vec::new(),
            span: self.span_from(start),
        })
    }

    /// Expressions separated by commas up to `close` (consumed).
    fn parse_expr_list(&mut self, close: TokenKind) -> PResult<Vec<Expr>> {
        let mut items = Vec::new();
        while !self.eat(close) {
            items.push(self.parse_expr_free()?);
            if !self.eat(TokenKind::Comma) {
                self.expect_list_close(close, |p| p.parse_expr_free())?;
                break;
            }
        }
        Ok(items)
    }

    /// A literal token (or `true`/`false`) as an expression.
    pub(crate) fn parse_lit_expr(&mut self) -> PResult<Expr> {
        let span = self.span();
        let text = self.nth_text(0);
        let (kind, suffix) = match self.kind() {
            TokenKind::Literal { kind, suffix_start } => {
                let suffix = (suffix_start as usize) < text.len();
                (
                    lit_kind(kind),
                    suffix.then(|| text[suffix_start as usize..].to_string()),
                )
            }
            TokenKind::Ident if text == "true" || text == "false" => (LitKind::Bool, None),
            _ => {
                self.expected.push("literal");
                return self.unexpected();
            }
        };
        self.bump();
        Ok(Expr {
            kind: ExprKind::Lit(Lit {
                kind,
                text: text.to_string(),
                suffix,
                span,
            }),
            attrs: Vec::new(),
            span,
        })
    }

    /// Operands: literals, paths, struct literals, macro calls, groups and the keyword
    /// expressions.
    fn parse_bottom(&mut self) -> PResult<Expr> {
        let start = self.span();
        let mk = |p: &Self, kind: ExprKind| Expr {
            kind,
            attrs: Vec::new(),
            span: p.span_from(start),
        };
        match self.kind() {
            TokenKind::Literal { .. } => return self.parse_lit_expr(),
            TokenKind::OpenParen => {
                self.bump();
                let mut items = Vec::new();
                let mut trailing = false;
                while !self.eat(TokenKind::CloseParen) {
                    items.push(self.parse_expr_free()?);
                    trailing = self.eat(TokenKind::Comma);
                    if !trailing {
                        self.expect(TokenKind::CloseParen)?;
                        break;
                    }
                }
                let kind = if items.len() == 1 && !trailing {
                    ExprKind::Paren(Box::new(items.pop().expect("one item")))
                } else {
                    ExprKind::Tuple(items)
                };
                return Ok(mk(self, kind));
            }
            TokenKind::OpenBracket => {
                self.bump();
                if self.eat(TokenKind::CloseBracket) {
                    return Ok(mk(self, ExprKind::Array(Vec::new())));
                }
                let first = self.parse_expr_free()?;
                if self.eat(TokenKind::Semi) {
                    let count = self.parse_expr_free()?;
                    self.expect(TokenKind::CloseBracket)?;
                    return Ok(mk(self, ExprKind::Repeat(Box::new(first), Box::new(count))));
                }
                let mut items = vec![first];
                if self.eat(TokenKind::Comma) {
                    items.extend(self.parse_expr_list(TokenKind::CloseBracket)?);
                } else {
                    self.expect(TokenKind::CloseBracket)?;
                }
                return Ok(mk(self, ExprKind::Array(items)));
            }
            TokenKind::OpenBrace => {
                return self.parse_block_expr(None, BlockKind::Normal, start);
            }
            TokenKind::Or => return self.parse_closure(start, Vec::new()),
            TokenKind::Lifetime { .. } if self.nth(1) != TokenKind::Colon => {
                let at = Span::empty(self.span().end);
                // `'a` of one character may be a char literal missing its closing quote.
                let one_char = self.nth_text(0).chars().count() == 2;
                self.bump();
                let mut d = source::Diagnostic::error(
                    "expected `while`, `for`, `loop` or `{` after a label",
                    at,
                )
                .with_label_message("expected `while`, `for`, `loop` or `{` after a label");
                if one_char {
                    d = d.with_suggestion(
                        "add `'` to close the char literal",
                        vec![(at, "'".to_string())],
                    );
                }
                self.push_diag(d);
                return Err(());
            }
            TokenKind::Lifetime { .. } if self.nth(1) == TokenKind::Colon => {
                let label = self.parse_lifetime()?;
                self.bump();
                return self.parse_labeled(start, label);
            }
            TokenKind::Lt => {
                let (qself, path) = self.parse_qpath(PathStyle::Expr)?;
                return self.parse_path_expr_rest(start, Some(qself), path);
            }
            _ => {}
        }
        if self.kind() == TokenKind::Ident {
            let word = self.nth_text(0);
            match word {
                "true" | "false" => return self.parse_lit_expr(),
                "if" => return self.parse_if(),
                "match" => return self.parse_match(),
                "loop" | "while" | "for" if !(word == "for" && self.nth(1) == TokenKind::Lt) => {
                    return self.parse_labeled_loop(start, None);
                }
                "for" => {
                    let for_params = self.parse_for_binder()?;
                    return self.parse_closure(start, for_params);
                }
                "unsafe" if self.nth(1) == TokenKind::OpenBrace => {
                    self.bump();
                    return self.parse_block_expr(None, BlockKind::Unsafe, start);
                }
                "const" if self.nth(1) == TokenKind::OpenBrace => {
                    self.bump();
                    return self.parse_block_expr(None, BlockKind::Const, start);
                }
                "async" if self.edition >= super::Edition::E2018 => {
                    let by_move = self.is_kw_at(1, "move");
                    let next = if by_move { 2 } else { 1 };
                    if self.nth(next) == TokenKind::OpenBrace {
                        self.bump();
                        if by_move {
                            self.bump();
                        }
                        return self.parse_block_expr(None, BlockKind::Async { by_move }, start);
                    }
                    return self.parse_closure(start, Vec::new());
                }
                "move" | "static" => return self.parse_closure(start, Vec::new()),
                "return" => {
                    self.bump();
                    let value = self.parse_opt_value()?;
                    return Ok(mk(self, ExprKind::Return(value)));
                }
                "break" => {
                    self.bump();
                    let label = if matches!(self.kind(), TokenKind::Lifetime { .. }) {
                        Some(self.parse_lifetime()?)
                    } else {
                        None
                    };
                    let value = self.parse_opt_value()?;
                    return Ok(mk(self, ExprKind::Break { label, value }));
                }
                "continue" => {
                    self.bump();
                    let label = if matches!(self.kind(), TokenKind::Lifetime { .. }) {
                        Some(self.parse_lifetime()?)
                    } else {
                        None
                    };
                    return Ok(mk(self, ExprKind::Continue { label }));
                }
                "let" => {
                    let allowed = self.res.let_ok;
                    self.bump();
                    let pat = self.parse_pat_top()?;
                    self.expect(TokenKind::Eq)?;
                    let rest = Restrictions {
                        stmt_expr: false,
                        let_ok: false,
                        ..self.res
                    };
                    let expr = self.with_res(rest, |p| p.parse_assoc(PREC_COMPARE))?;
                    let e = mk(
                        self,
                        ExprKind::Let {
                            pat: Box::new(pat),
                            expr: Box::new(expr),
                        },
                    );
                    if !allowed {
                        self.push_diag(
                            source::Diagnostic::error(
                                "expected expression, found `let` statement",
                                e.span,
                            )
                            .with_note(
                                "note: only supported directly in conditions of `if` and `while` \
                                 expressions",
                            ),
                        );
                    }
                    return Ok(e);
                }
                "_" => {
                    self.bump();
                    return Ok(mk(self, ExprKind::Underscore));
                }
                _ => {}
            }
        }
        if self.is_path_segment_at(0) || self.is_op_at(0, "::") {
            let path = self.parse_path(PathStyle::Expr)?;
            return self.parse_path_expr_rest(start, None, path);
        }
        self.expected_what("expression")
    }

    /// The optional value of `return` and `break`.
    fn parse_opt_value(&mut self) -> PResult<Option<Box<Expr>>> {
        if self.can_begin_expr()
            && !(self.kind() == TokenKind::OpenBrace && self.res.no_struct_literal)
        {
            let rest = Restrictions {
                stmt_expr: false,
                ..self.res
            };
            Ok(Some(Box::new(self.with_res(rest, |p| p.parse_assoc(0))?)))
        } else {
            Ok(None)
        }
    }

    /// After a path in an expression: a macro call, a struct literal or the path itself.
    fn parse_path_expr_rest(
        &mut self,
        start: Span,
        qself: Option<Box<QSelf>>,
        path: Path,
    ) -> PResult<Expr> {
        if qself.is_none() && self.kind() == TokenKind::Bang && !self.is_op_at(0, "!=") {
            self.bump();
            let args = self.parse_delim_args()?;
            return Ok(Expr {
                kind: ExprKind::MacCall(MacCall {
                    path,
                    args,
                    span: self.span_from(start),
                }),
                attrs: Vec::new(),
                span: self.span_from(start),
            });
        }
        if self.kind() == TokenKind::OpenBrace && !self.res.no_struct_literal {
            return self.parse_struct_expr(start, qself, path);
        }
        if self.kind() == TokenKind::OpenBrace && self.certainly_struct_body() {
            // rustc parses what can only be a struct literal, and reports it.
            let e = self.parse_struct_expr(start, qself, path)?;
            self.push_diag(
                source::Diagnostic::error("struct literals are not allowed here", e.span)
                    .with_suggestion(
                        "surround the struct literal with parentheses",
                        vec![
                            (Span::empty(e.span.start), "(".to_string()),
                            (Span::empty(e.span.end), ")".to_string()),
                        ],
                    ),
            );
            return Ok(e);
        }
        Ok(Expr {
            kind: ExprKind::Path(qself, path),
            attrs: Vec::new(),
            span: self.span_from(start),
        })
    }

    /// True when the `{` here starts what cannot be a block: `{ name: …` or `{ name, …`.
    fn certainly_struct_body(&self) -> bool {
        self.is_ident_at(1)
            && ((self.nth(2) == TokenKind::Colon && !self.is_op_at(2, "::"))
                || (self.nth(2) == TokenKind::Comma && self.is_ident_at(3)))
    }

    fn parse_struct_expr(
        &mut self,
        start: Span,
        qself: Option<Box<QSelf>>,
        path: Path,
    ) -> PResult<Expr> {
        self.expect(TokenKind::OpenBrace)?;
        let mut fields = Vec::new();
        let mut rest = StructRest::None;
        while !self.eat(TokenKind::CloseBrace) {
            let fstart = self.span();
            if self.is_op_at(0, "..") {
                self.bump();
                self.bump();
                if self.kind() == TokenKind::CloseBrace {
                    rest = StructRest::Rest(self.span_from(fstart));
                } else {
                    rest = StructRest::Base(Box::new(self.parse_expr_free()?));
                }
                self.expect(TokenKind::CloseBrace)?;
                break;
            }
            let attrs = self.parse_outer_attrs()?;
            let named = matches!(self.kind(), TokenKind::Literal { .. })
                || (self.is_path_segment_at(0)
                    && self.nth(1) == TokenKind::Colon
                    && !self.is_op_at(1, "::"));
            let field = if named {
                let ident = Ident {
                    name: self.nth_text(0).trim_start_matches("r#").to_string(),
                    raw: self.kind() == TokenKind::RawIdent,
                    span: self.span(),
                };
                self.bump();
                self.expect(TokenKind::Colon)?;
                let expr = self.parse_expr_free()?;
                ExprField {
                    attrs,
                    ident,
                    expr,
                    shorthand: false,
                    span: self.span_from(fstart),
                }
            } else {
                let ident = self.parse_ident()?;
                let seg = PathSegment {
                    ident: ident.clone(),
                    args: None,
                    span: ident.span,
                };
                ExprField {
                    attrs,
                    expr: Expr {
                        kind: ExprKind::Path(
                            None,
                            Path {
                                global: false,
                                segments: vec![seg],
                                span: ident.span,
                            },
                        ),
                        attrs: Vec::new(),
                        span: ident.span,
                    },
                    ident,
                    shorthand: true,
                    span: self.span_from(fstart),
                }
            };
            fields.push(field);
            if !self.eat(TokenKind::Comma) {
                self.expect(TokenKind::CloseBrace)?;
                break;
            }
        }
        Ok(Expr {
            kind: ExprKind::Struct(Box::new(StructExpr {
                qself,
                path,
                fields,
                rest,
            })),
            attrs: Vec::new(),
            span: self.span_from(start),
        })
    }

    /// A closure, at `|`, `||`, `move`, `async` or `static` (after a `for<…>` binder).
    fn parse_closure(&mut self, start: Span, for_params: Vec<GenericParam>) -> PResult<Expr> {
        self.eat_kw("static");
        let is_async = self.edition >= super::Edition::E2018 && self.eat_kw("async");
        let by_move = self.eat_kw("move");
        let decl_start = self.span();
        self.expect(TokenKind::Or)?;
        let mut params = Vec::new();
        while !self.eat(TokenKind::Or) {
            let pstart = self.span();
            let attrs = self.parse_outer_attrs()?;
            let pat = self.parse_pat_no_top_alt()?;
            let ty = if self.eat(TokenKind::Colon) {
                Some(self.parse_ty()?)
            } else {
                None
            };
            params.push(Param {
                attrs,
                pat: Some(pat),
                ty,
                span: self.span_from(pstart),
            });
            if !self.eat(TokenKind::Comma) {
                self.expect(TokenKind::Or)?;
                break;
            }
        }
        let output = if self.eat_op("->") {
            Some(self.parse_ty_no_plus()?)
        } else {
            None
        };
        let decl_span = self.span_from(decl_start);
        let body = if output.is_some() {
            let bstart = self.span();
            self.parse_block_expr(None, BlockKind::Normal, bstart)?
        } else {
            let rest = Restrictions {
                stmt_expr: false,
                ..self.res
            };
            self.with_res(rest, |p| p.parse_assoc(0))?
        };
        Ok(Expr {
            kind: ExprKind::Closure(Box::new(Closure {
                for_params,
                by_move,
                is_async,
                params,
                output,
                body,
                decl_span,
            })),
            attrs: Vec::new(),
            span: self.span_from(start),
        })
    }

    /// After `'label:`: a loop or a block.
    fn parse_labeled(&mut self, start: Span, label: Lifetime) -> PResult<Expr> {
        if self.is_kw_at(0, "loop") || self.is_kw_at(0, "while") || self.is_kw_at(0, "for") {
            return self.parse_labeled_loop(start, Some(label));
        }
        if self.kind() == TokenKind::OpenBrace {
            return self.parse_block_expr(Some(label), BlockKind::Normal, start);
        }
        if self.is_kw_at(0, "unsafe") && self.nth(1) == TokenKind::OpenBrace {
            self.bump();
            return self.parse_block_expr(Some(label), BlockKind::Unsafe, start);
        }
        self.expected.extend(["`loop`", "`while`", "`for`", "`{`"]);
        self.unexpected()
    }

    fn parse_labeled_loop(&mut self, start: Span, label: Option<Lifetime>) -> PResult<Expr> {
        let kind = if self.eat_kw("loop") {
            let body = self.parse_block()?;
            ExprKind::Loop {
                label,
                body: Box::new(body),
            }
        } else if self.eat_kw("while") {
            let kw = self.prev_span();
            let cond = self.parse_cond()?;
            let mark = self.diags.len();
            let Ok(body) = self.parse_block() else {
                // rustc points at the loop and its condition too.
                self.label_since(
                    mark,
                    cond.span,
                    "this `while` condition successfully parsed",
                );
                self.label_since(
                    mark,
                    kw,
                    "while parsing the body of this `while` expression",
                );
                return Err(());
            };
            ExprKind::While {
                label,
                cond: Box::new(cond),
                body: Box::new(body),
            }
        } else {
            self.expect_kw("for")?;
            let pat = self.parse_pat_top()?;
            self.expect_kw("in")?;
            let iter = self.parse_expr_no_struct()?;
            let body = self.parse_block()?;
            ExprKind::For {
                label,
                pat: Box::new(pat),
                iter: Box::new(iter),
                body: Box::new(body),
            }
        };
        Ok(Expr {
            kind,
            attrs: Vec::new(),
            span: self.span_from(start),
        })
    }

    fn parse_if(&mut self) -> PResult<Expr> {
        let start = self.span();
        let if_span = self.expect_kw("if")?;
        let mut cond = self.parse_cond()?;
        let then = if self.kind() == TokenKind::OpenBrace {
            self.parse_block()?
        } else {
            // rustc's recoveries: `if {}` has no condition; `if a < {}` no block.
            let err = |span: Span| Expr {
                kind: ExprKind::Err,
                attrs: Vec::new(),
                span,
            };
            match cond.kind {
                ExprKind::Block {
                    kind: BlockKind::Normal,
                    label: None,
                    block,
                } => {
                    self.push_diag(
                        source::Diagnostic::error(
                            "missing condition for `if` expression",
                            Span::empty(if_span.end),
                        )
                        .with_label_message("expected condition here")
                        .with_secondary(
                            Span::empty(block.span.start),
                            "if this block is the condition of the `if` expression, then it \
                             must be followed by another block",
                        ),
                    );
                    cond = err(Span::empty(if_span.end));
                    *block
                }
                ExprKind::Binary(op, op_span, lhs, rhs)
                    if matches!(
                        rhs.kind,
                        ExprKind::Block {
                            kind: BlockKind::Normal,
                            label: None,
                            ..
                        }
                    ) =>
                {
                    self.push_diag(source::Diagnostic::error(
                        "this `if` expression is missing a block after the condition",
                        Span::empty(op_span.end),
                    ));
                    let ExprKind::Block { block, .. } = rhs.kind else {
                        unreachable!("matched above")
                    };
                    cond = Expr {
                        span: Span::new(lhs.span.start, op_span.end),
                        kind: ExprKind::Binary(
                            op,
                            op_span,
                            lhs,
                            Box::new(err(Span::empty(op_span.end))),
                        ),
                        attrs: Vec::new(),
                    };
                    *block
                }
                other => {
                    cond.kind = other;
                    let mark = self.diags.len();
                    match self.parse_block() {
                        Ok(block) => block,
                        Err(()) => {
                            self.child_since(
                                mark,
                                "the `if` expression is missing a block after this condition",
                                cond.span,
                            );
                            return Err(());
                        }
                    }
                }
            }
        };
        let els = if self.eat_kw("else") {
            let estart = self.span();
            if self.is_kw_at(0, "if") {
                Some(Box::new(self.nested(|p| p.parse_if())?))
            } else {
                Some(Box::new(self.parse_block_expr(
                    None,
                    BlockKind::Normal,
                    estart,
                )?))
            }
        } else {
            None
        };
        Ok(Expr {
            kind: ExprKind::If {
                cond: Box::new(cond),
                then: Box::new(then),
                els,
            },
            attrs: Vec::new(),
            span: self.span_from(start),
        })
    }

    fn parse_match(&mut self) -> PResult<Expr> {
        let start = self.span();
        self.expect_kw("match")?;
        let scrutinee = self.parse_expr_no_struct()?;
        let open = self.pos;
        self.expect(TokenKind::OpenBrace)?;
        let close = self.matching[open] as usize;
        let _inner = self.parse_inner_attrs()?;
        let mut arms = Vec::new();
        while self.pos < close && !self.fatal {
            match self.parse_arm() {
                Ok(arm) => arms.push(arm),
                Err(()) => self.recover_to_group_stop(close, &[TokenKind::Comma]),
            }
        }
        if self.fatal {
            return Err(());
        }
        self.pos = close;
        self.bump();
        Ok(Expr {
            kind: ExprKind::Match {
                scrutinee: Box::new(scrutinee),
                arms,
            },
            attrs: Vec::new(),
            span: self.span_from(start),
        })
    }

    fn parse_arm(&mut self) -> PResult<Arm> {
        let start = self.span();
        let attrs = self.parse_outer_attrs()?;
        let pat = self.parse_pat_top()?;
        if let Some((AssocOp::Binary(op), _)) = self.peek_assoc_op() {
            if op != BinOp::BitOr {
                // `a + 1 =>`: rustc reads the expression and reports it as one.
                let e = Expr {
                    kind: ExprKind::Err,
                    attrs: Vec::new(),
                    span: pat.span,
                };
                let e = self.with_res(Restrictions::default(), |p| {
                    p.parse_assoc_rest(PREC_OR, pat.span, e)
                })?;
                self.push_diag(
                    source::Diagnostic::error("expected a pattern, found an expression", e.span)
                        .with_label_message("not a pattern"),
                );
                return Err(());
            }
        }
        let guard = if self.eat_kw("if") {
            Some(self.parse_expr_free()?)
        } else {
            None
        };
        self.expect_op("=>")?;
        let body = self.with_res(
            Restrictions {
                stmt_expr: true,
                no_struct_literal: false,
                let_ok: false,
            },
            |p| p.parse_assoc(0),
        )?;
        let span = self.span_from(start);
        if !self.eat(TokenKind::Comma)
            && self.kind() != TokenKind::CloseBrace
            && !is_block_like(&body)
        {
            let prev = self.prev_span();
            if self.src[prev.end as usize..self.span().start as usize].contains('\n') {
                // The next arm starts on the next line: rustc asks for the `,` and goes on.
                self.push_diag(
                    source::Diagnostic::error(
                        "expected `,` following `match` arm",
                        Span::empty(prev.end),
                    )
                    .with_suggestion(
                        "missing a comma here to end this `match` arm",
                        vec![(Span::empty(prev.end), ",".to_string())],
                    ),
                );
            } else {
                self.expected.push("`,`");
                self.expected.push("`}`");
                return self.unexpected();
            }
        }
        Ok(Arm {
            attrs,
            pat,
            guard,
            body,
            span,
        })
    }

    /// A block expression with its kind and label, the current token being `{`.
    fn parse_block_expr(
        &mut self,
        label: Option<Lifetime>,
        kind: BlockKind,
        start: Span,
    ) -> PResult<Expr> {
        let block = self.parse_block()?;
        Ok(Expr {
            kind: ExprKind::Block {
                kind,
                label,
                block: Box::new(block),
            },
            attrs: Vec::new(),
            span: self.span_from(start),
        })
    }

    /// `{ inner attributes, statements }`.
    pub(crate) fn parse_block(&mut self) -> PResult<Block> {
        self.nested(|p| p.parse_block_inner())
    }

    fn parse_block_inner(&mut self) -> PResult<Block> {
        let start = self.span();
        let open = self.pos;
        if self.kind() != TokenKind::OpenBrace {
            // rustc says only `expected `{``, whatever else could have continued.
            self.expected.clear();
            self.expected.push("`{`");
            return self.unexpected();
        }
        let close = self.matching[open] as usize;
        self.bump();
        let outer_fn_body_optional = std::mem::replace(&mut self.fn_body_optional, false);
        let result = self.parse_block_stmts(start, close);
        self.fn_body_optional = outer_fn_body_optional;
        result
    }

    fn parse_block_stmts(&mut self, start: Span, close: usize) -> PResult<Block> {
        let attrs = self.parse_inner_attrs()?;
        let mut stmts = Vec::new();
        while self.pos < close && !self.fatal {
            match self.parse_stmt(close) {
                Ok(Some(stmt)) => stmts.push(stmt),
                Ok(None) => {}
                Err(()) => self.recover_to_group_stop(close, &[TokenKind::Semi]),
            }
        }
        if self.fatal {
            return Err(());
        }
        self.pos = close;
        self.bump();
        Ok(Block {
            attrs,
            stmts,
            span: self.span_from(start),
        })
    }

    /// One statement of a block closing at token `close`.
    fn parse_stmt(&mut self, close: usize) -> PResult<Option<Stmt>> {
        let start = self.span();
        if self.eat(TokenKind::Semi) {
            return Ok(Some(Stmt {
                kind: StmtKind::Empty,
                span: start,
            }));
        }
        let attrs = self.parse_outer_attrs()?;
        if self.is_kw_at(0, "let") {
            self.bump();
            let pat = self.parse_pat_top()?;
            let ty = if self.eat(TokenKind::Colon) {
                let colon = self.prev_span();
                let mark = self.diags.len();
                match self.parse_ty() {
                    Ok(ty) => Some(ty),
                    Err(()) => {
                        let name = &self.src[pat.span.start as usize..pat.span.end as usize];
                        let message = format!("while parsing the type for `{name}`");
                        self.label_since(mark, colon, &message);
                        return Err(());
                    }
                }
            } else {
                None
            };
            let init = if self.is_op_at(0, "==") {
                // `let x == 5;`: rustc's message, then read it as `=`.
                let span = self.span_from(self.span());
                self.bump();
                self.bump();
                let op = Span::new(span.start, self.prev_span().end);
                self.push_diag(
                    source::Diagnostic::error("unexpected `==`", op)
                        .with_suggestion("try using `=` instead", vec![(op, "=".to_string())]),
                );
                Some(self.parse_expr_free()?)
            } else if self.eat(TokenKind::Eq) {
                Some(self.parse_expr_free()?)
            } else {
                None
            };
            let els = if init.is_some() && self.eat_kw("else") {
                if let Some(init) = &init {
                    if is_block_like(init) {
                        let at = Span::empty(init.span.end.saturating_sub(1));
                        self.error(
                            "right curly brace `}` before `else` in a `let...else` statement not allowed",
                            Span::new(at.start, init.span.end),
                        );
                    }
                }
                Some(self.parse_block()?)
            } else {
                None
            };
            self.expect_semi(false)?;
            let span = self.span_from(start);
            return Ok(Some(Stmt {
                kind: StmtKind::Let(Box::new(Local {
                    attrs,
                    pat,
                    ty,
                    init,
                    els,
                    span,
                })),
                span,
            }));
        }
        if let Some(item) = self.parse_item_opt(attrs.clone(), true)? {
            return Ok(Some(Stmt {
                span: item.span,
                kind: StmtKind::Item(Box::new(item)),
            }));
        }
        if self.pos >= close {
            match attrs.last() {
                Some(a) if matches!(a.kind, AttrKind::DocComment { .. }) => self.push_diag(
                    source::Diagnostic::error(
                        "found a documentation comment that doesn't document anything",
                        a.span,
                    )
                    .with_code("E0585")
                    .with_note(
                        "help: doc comments must come before what they document, if a comment \
                         was intended use `//`",
                    ),
                ),
                Some(a) => self.error("expected statement after outer attribute", a.span),
                None => {}
            }
            return Ok(None);
        }
        // A macro call with braces, or followed by `;`, is a statement of its own.
        if self.is_path_segment_at(0) && !self.is_kw_at(0, "self") && !self.is_kw_at(0, "Self") {
            let save = self.pos;
            if let Ok(path) = self.parse_path(PathStyle::Mod) {
                if self.kind() == TokenKind::Bang && !self.is_op_at(0, "!=") {
                    self.bump();
                    let args = self.parse_delim_args()?;
                    let mac = MacCall {
                        path,
                        args,
                        span: self.span_from(start),
                    };
                    let braces = mac.args.delim == Delimiter::Brace;
                    let continues = matches!(self.kind(), TokenKind::Dot | TokenKind::Question);
                    if (braces && !continues) || self.kind() == TokenKind::Semi || self.pos >= close
                    {
                        let semi = self.eat(TokenKind::Semi);
                        return Ok(Some(Stmt {
                            kind: StmtKind::MacCall { attrs, mac, semi },
                            span: self.span_from(start),
                        }));
                    }
                    // Otherwise the call is the start of an expression: `vec![1].len();`.
                    let e = Expr {
                        span: mac.span,
                        kind: ExprKind::MacCall(mac),
                        attrs: Vec::new(),
                    };
                    let e = self.with_res(
                        Restrictions {
                            stmt_expr: true,
                            no_struct_literal: false,
                            let_ok: false,
                        },
                        |p| {
                            let e = p.parse_postfix(start, e)?;
                            p.parse_assoc_rest(0, start, e)
                        },
                    )?;
                    return self.finish_expr_stmt(start, attrs, e, close).map(Some);
                }
            }
            self.pos = save;
            self.expected.clear();
        }
        let e = self.with_res(
            Restrictions {
                stmt_expr: true,
                no_struct_literal: false,
                let_ok: false,
            },
            |p| p.parse_assoc(0),
        )?;
        self.finish_expr_stmt(start, attrs, e, close).map(Some)
    }

    fn finish_expr_stmt(
        &mut self,
        start: Span,
        attrs: Vec<Attribute>,
        mut e: Expr,
        close: usize,
    ) -> PResult<Stmt> {
        if !attrs.is_empty() {
            // The statement's attributes belong to its expression, whose span covers them.
            e.span = Span::new(start.start, e.span.end);
            let mut all = attrs;
            all.append(&mut e.attrs);
            e.attrs = all;
        }
        if self.eat(TokenKind::Semi) {
            return Ok(Stmt {
                kind: StmtKind::Semi(e),
                span: self.span_from(start),
            });
        }
        if self.pos >= close || is_block_like(&e) {
            return Ok(Stmt {
                span: self.span_from(start),
                kind: StmtKind::Expr(e),
            });
        }
        self.expect_semi(true)?;
        Ok(Stmt {
            kind: StmtKind::Semi(e),
            span: self.span_from(start),
        })
    }

    /// Expects the `;` ending a statement, with rustc's message when it is missing.
    pub(crate) fn expect_semi(&mut self, after_expr: bool) -> PResult<()> {
        if self.eat(TokenKind::Semi) {
            return Ok(());
        }
        let prev = self.prev_span();
        let tok = self.span();
        let new_line = self.src[prev.end as usize..tok.start as usize].contains('\n');
        // rustc's condition: what follows closes the block, or starts an expression or item
        // on a later line.
        let starts_something = self.kind() == TokenKind::CloseBrace
            || (new_line
                && !self.at_eof()
                && !matches!(self.kind(), TokenKind::Semi | TokenKind::Pound)
                && (self.can_begin_expr() || self.at_item_keyword()));
        if starts_something || (new_line && self.at_eof()) {
            // As rustc does, report the missing `;` just after the previous token and go on
            // as if it were there.
            let found = self.token_descr();
            let mut d = source::Diagnostic::error(
                format!("expected `;`, found {found}"),
                Span::empty(prev.end),
            )
            .with_label_message("help: add `;` here");
            if !self.at_eof() {
                d.labels.push(source::Label {
                    span: tok,
                    message: "unexpected token".into(),
                    primary: false,
                });
            }
            self.push_diag(d);
            return Ok(());
        }
        self.expected.push("`;`");
        if after_expr {
            // An expression statement could also have been the block's tail.
            self.expected.push("`}`");
        }
        self.unexpected()
    }
}
