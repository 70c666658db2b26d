//! Expressions: the precedence levels of the 3.11 grammar from `star_expressions` down to
//! `atom`, with calls, subscripts, slices, displays, comprehensions and lambdas.
//!
//! Every node spans from the first to the last token its rule consumed, which is how CPython
//! computes positions: `(a) + b` starts at the parenthesis, while `(a)` alone is just the name.

use super::core::{PResult, Parser, BRACKET_COST, RED_ZONE, STACK_CHUNK};
use super::error::ErrorKind;
use super::lexer::T;
use super::strings::MAX_STR_DIGITS;
use crate::ast::*;

/// The binary operators of the levels `bitwise_or` to `term`, with their level (higher binds
/// tighter).
fn binop(kind: T) -> Option<(Operator, u8)> {
    Some(match kind {
        T::VBar => (Operator::BitOr, 1),
        T::Circumflex => (Operator::BitXor, 2),
        T::Amper => (Operator::BitAnd, 3),
        T::LeftShift => (Operator::LShift, 4),
        T::RightShift => (Operator::RShift, 4),
        T::Plus => (Operator::Add, 5),
        T::Minus => (Operator::Sub, 5),
        T::Star => (Operator::Mult, 6),
        T::Slash => (Operator::Div, 6),
        T::DoubleSlash => (Operator::FloorDiv, 6),
        T::Percent => (Operator::Mod, 6),
        T::At => (Operator::MatMult, 6),
        _ => return None,
    })
}

/// Deeper than this, a chain of operators or trailers certainly makes a tree CPython cannot
/// convert (see `limits`); we stop growing it.
const CHAIN_LIMIT: usize = 3000;

impl Parser<'_> {
    /// Whether the current token can start an expression.
    pub fn starts_expression(&mut self) -> bool {
        matches!(
            self.peek(),
            T::Name
                | T::Number
                | T::String
                | T::LPar
                | T::LSqb
                | T::LBrace
                | T::Minus
                | T::Plus
                | T::Tilde
                | T::Not
                | T::Lambda
                | T::Await
                | T::Star
                | T::Ellipsis
                | T::KwNone
                | T::KwTrue
                | T::KwFalse
        )
    }

    /// `star_expressions`: one or more, a tuple if there is a comma.
    pub fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.star_expression()?;
        if self.peek() != T::Comma {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if !self.starts_expression() {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(self.expr(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    /// `star_expression`: `*` bitwise_or, or an expression.
    pub fn star_expression(&mut self) -> PResult<Expr> {
        if self.peek() == T::Star {
            let start = self.pos;
            self.bump();
            let value = self.bitwise_or()?;
            return Ok(self.expr(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                },
                start,
            ));
        }
        self.expression()
    }

    /// `star_named_expression`: `*` bitwise_or, or a named expression.
    pub fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.peek() == T::Star {
            return self.star_expression();
        }
        self.named_expression()
    }

    /// `named_expression`: `NAME := expression`, or an expression.
    pub fn named_expression(&mut self) -> PResult<Expr> {
        let start = self.pos;
        if self.peek() == T::Name && self.peek_at(1) == T::ColonEqual {
            let id = self.ident(self.pos);
            self.bump();
            let target = self.expr(
                ExprKind::Name {
                    id,
                    ctx: ExprContext::Store,
                },
                start,
            );
            self.bump();
            let value = self.expression()?;
            return Ok(self.expr(
                ExprKind::NamedExpr {
                    target: Box::new(target),
                    value: Box::new(value),
                },
                start,
            ));
        }
        let e = self.expression()?;
        if self.peek() == T::ColonEqual {
            let message = format!("cannot use assignment expressions with {}", expr_name(&e));
            return self.error_nodes(&message, &e.pos, &e.pos);
        }
        if self.peek() == T::Equal {
            self.check_named_expression_equal(&e)?;
        }
        Ok(e)
    }

    /// CPython's `invalid_named_expression` for `x = 1` where an expression is expected (as in
    /// `if x = 1:`).
    fn check_named_expression_equal(&mut self, e: &Expr) -> PResult<()> {
        // This is one of CPython's error-pass rules: what it reads must not move the place
        // where a generic error is reported.
        let save = self.pos;
        let saved_fill = self.fill;
        self.bump();
        let is_name = matches!(e.kind, ExprKind::Name { .. });
        let parsed = self.bitwise_or();
        let ok = parsed.is_ok() && !matches!(self.peek(), T::Equal | T::ColonEqual);
        self.pos = save;
        self.fill = saved_fill;
        self.clear_soft_error()?;
        self.lex_error_hit = false;
        let Ok(rhs) = parsed else { return Ok(()) };
        if !ok || self.no_invalid {
            return Ok(());
        }
        if is_name {
            return self.error_nodes(
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                &e.pos,
                &rhs.pos,
            );
        }
        if is_bitwise_or_level(e) {
            let message = format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(e)
            );
            return self.error_nodes(&message, &e.pos, &e.pos);
        }
        Ok(())
    }

    /// A positional argument of a call: `NAME := expression` or an expression (CPython
    /// reads `expression` here, not `named_expression`, so a stray `=` is left to the
    /// keyword-argument rules).
    fn argument_expression(&mut self) -> PResult<Expr> {
        if self.peek() == T::Name && self.peek_at(1) == T::ColonEqual {
            return self.named_expression();
        }
        let e = self.expression()?;
        if self.peek() == T::ColonEqual {
            let message = format!("cannot use assignment expressions with {}", expr_name(&e));
            return self.error_nodes(&message, &e.pos, &e.pos);
        }
        Ok(e)
    }

    /// `expression`: a conditional expression, a lambda, or a disjunction.
    pub fn expression(&mut self) -> PResult<Expr> {
        stacker::maybe_grow(RED_ZONE, STACK_CHUNK, || self.expression_inner())
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        if self.peek() == T::Lambda {
            return self.lambda();
        }
        let start = self.pos;
        let body = self.disjunction()?;
        if self.peek() != T::If {
            if !self.no_invalid && self.starts_expression() && self.peek() != T::Star {
                self.check_missing_comma(&body)?;
            }
            return Ok(body);
        }
        self.bump();
        let test = self.disjunction()?;
        if !self.eat(T::Else) {
            if self.peek() != T::Colon {
                return self.error_nodes(
                    "expected 'else' after 'if' expression",
                    &body.pos,
                    &test.pos,
                );
            }
            return self.fail();
        }
        self.enter(1)?;
        let orelse = self.expression();
        self.leave(1);
        let orelse = orelse?;
        Ok(self.expr(
            ExprKind::IfExp {
                test: Box::new(test),
                body: Box::new(body),
                orelse: Box::new(orelse),
            },
            start,
        ))
    }

    /// CPython's `invalid_expression` and `invalid_legacy_expression`: two expressions side by
    /// side, inside brackets ("Perhaps you forgot a comma?") or after `print`/`exec`.
    fn check_missing_comma(&mut self, first: &Expr) -> PResult<()> {
        let legacy = match &first.kind {
            ExprKind::Name { id, .. } => id == "print" || id == "exec",
            _ => false,
        };
        let first_tok = self.find_token_at(&first.pos);
        let starts_soft = self.tok(first_tok).kind == T::Name
            && (matches!(self.text_of(first_tok), "match" | "case" | "_")
                || self.tok(first_tok + 1).kind == T::String);
        let save = self.pos;
        let saved_fill = self.fill;
        let in_brackets = self.bracket_depth_at(save) > 0;
        self.no_invalid = true;
        let second = if legacy {
            self.star_expressions()
        } else {
            self.expression()
        };
        self.no_invalid = false;
        self.pos = save;
        self.clear_soft_error()?;
        self.lex_error_hit = false;
        // What the error-pass rule read must not move the place of a generic error.
        self.fill = saved_fill;
        let Ok(second) = second else {
            return Ok(());
        };
        if legacy {
            let ExprKind::Name { id, .. } = &first.kind else {
                return Ok(());
            };
            let message = format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?");
            return self.error_nodes(&message, &first.pos, &second.pos);
        }
        if starts_soft || !in_brackets {
            return Ok(());
        }
        self.error_nodes(
            "invalid syntax. Perhaps you forgot a comma?",
            &first.pos,
            &second.pos,
        )
    }

    /// The index of the token where a node starts.
    pub fn find_token_at(&self, pos: &Pos) -> usize {
        let target =
            (pos.span.start as i64 - self.decoded.skip as i64 - self.span_origin).max(0) as u32;
        match self.toks.binary_search_by(|t| t.start.cmp(&target)) {
            Ok(i) => i,
            Err(i) => i.min(self.toks.len() - 1),
        }
    }

    /// How many brackets are open before token `i`.
    fn bracket_depth_at(&self, i: usize) -> i64 {
        let mut depth = 0i64;
        for t in &self.toks[..i.min(self.toks.len())] {
            match t.kind {
                T::LPar | T::LSqb | T::LBrace => depth += 1,
                T::RPar | T::RSqb | T::RBrace => depth -= 1,
                T::Newline => depth = 0,
                _ => {}
            }
        }
        depth
    }

    /// `disjunction`: `or`.
    pub fn disjunction(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.conjunction()?;
        if self.peek() != T::Or {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(T::Or) {
            values.push(self.conjunction()?);
        }
        Ok(self.expr(
            ExprKind::BoolOp {
                op: BoolOp::Or,
                values,
            },
            start,
        ))
    }

    /// `conjunction`: `and`.
    fn conjunction(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.inversion()?;
        if self.peek() != T::And {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(T::And) {
            values.push(self.inversion()?);
        }
        Ok(self.expr(
            ExprKind::BoolOp {
                op: BoolOp::And,
                values,
            },
            start,
        ))
    }

    /// `inversion`: `not`.
    fn inversion(&mut self) -> PResult<Expr> {
        if self.peek() != T::Not {
            return self.comparison();
        }
        let start = self.pos;
        self.bump();
        self.enter(1)?;
        let operand = stacker::maybe_grow(RED_ZONE, STACK_CHUNK, || self.inversion());
        self.leave(1);
        let operand = operand?;
        Ok(self.expr(
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand: Box::new(operand),
            },
            start,
        ))
    }

    /// The comparison operator at the current token, and how many tokens it takes.
    fn cmp_op(&mut self) -> Option<(CmpOp, usize)> {
        Some(match self.peek() {
            T::EqEqual => (CmpOp::Eq, 1),
            T::NotEqual => (CmpOp::NotEq, 1),
            T::Less => (CmpOp::Lt, 1),
            T::LessEqual => (CmpOp::LtE, 1),
            T::Greater => (CmpOp::Gt, 1),
            T::GreaterEqual => (CmpOp::GtE, 1),
            T::In => (CmpOp::In, 1),
            T::Is => {
                if self.peek_at(1) == T::Not {
                    (CmpOp::IsNot, 2)
                } else {
                    (CmpOp::Is, 1)
                }
            }
            T::Not if self.peek_at(1) == T::In => (CmpOp::NotIn, 2),
            _ => return None,
        })
    }

    /// `comparison`: a chain of comparisons.
    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let left = self.bitwise_or()?;
        let Some(_) = self.cmp_op() else {
            return Ok(left);
        };
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some((op, len)) = self.cmp_op() {
            for _ in 0..len {
                self.bump();
            }
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        Ok(self.expr(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            start,
        ))
    }

    /// `bitwise_or`: the binary operators from `|` to `*`, by precedence climbing.
    pub fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    fn binary(&mut self, min_level: u8) -> PResult<Expr> {
        let start = self.pos;
        let mut left = self.factor()?;
        let mut chain = 0usize;
        while let Some((op, level)) = binop(self.peek()) {
            if level < min_level {
                break;
            }
            self.bump();
            let right = self.binary(level + 1)?;
            chain += 1;
            if chain > CHAIN_LIMIT {
                self.too_deep = true;
                super::limits::dismantle(right);
                continue;
            }
            left = self.expr(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
                start,
            );
        }
        if chain > 64 {
            self.check_depth(&mut left);
        }
        Ok(left)
    }

    /// `factor`: unary `+`, `-`, `~`.
    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.peek() {
            T::Plus => UnaryOp::UAdd,
            T::Minus => UnaryOp::USub,
            T::Tilde => UnaryOp::Invert,
            _ => return self.power(),
        };
        let start = self.pos;
        self.bump();
        self.enter(1)?;
        let operand = stacker::maybe_grow(RED_ZONE, STACK_CHUNK, || self.factor());
        self.leave(1);
        let operand = operand?;
        Ok(self.expr(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            },
            start,
        ))
    }

    /// `power`: `await_primary ** factor`.
    fn power(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let left = self.await_primary()?;
        if self.peek() != T::DoubleStar {
            return Ok(left);
        }
        self.bump();
        self.enter(2)?;
        let right = stacker::maybe_grow(RED_ZONE, STACK_CHUNK, || self.factor());
        self.leave(2);
        let right = right?;
        Ok(self.expr(
            ExprKind::BinOp {
                left: Box::new(left),
                op: Operator::Pow,
                right: Box::new(right),
            },
            start,
        ))
    }

    /// `await_primary`.
    fn await_primary(&mut self) -> PResult<Expr> {
        if self.peek() != T::Await {
            return self.primary();
        }
        let start = self.pos;
        self.bump();
        let value = self.primary()?;
        Ok(self.expr(
            ExprKind::Await {
                value: Box::new(value),
            },
            start,
        ))
    }

    /// `primary`: an atom followed by attributes, calls and subscripts.
    pub fn primary(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let mut e = self.atom()?;
        let mut chain = 0usize;
        loop {
            let kind = match self.peek() {
                T::Dot => {
                    self.bump();
                    if self.peek() != T::Name {
                        return self.fail();
                    }
                    let attr = self.ident(self.pos);
                    self.bump();
                    ExprKind::Attribute {
                        value: Box::new(e),
                        attr,
                        ctx: ExprContext::Load,
                    }
                }
                T::LPar => {
                    let (args, keywords) = self.call_arguments()?;
                    ExprKind::Call {
                        func: Box::new(e),
                        args,
                        keywords,
                    }
                }
                T::LSqb => {
                    self.bump();
                    let slice = self.slices()?;
                    self.expect(T::RSqb)?;
                    ExprKind::Subscript {
                        value: Box::new(e),
                        slice: Box::new(slice),
                        ctx: ExprContext::Load,
                    }
                }
                _ => break,
            };
            chain += 1;
            if chain > CHAIN_LIMIT {
                self.too_deep = true;
                // The chain is already too deep for CPython: drop it (without recursion) and
                // go on reading with a leaf in its place.
                let pos = self.pos_from(start);
                super::limits::dismantle(Expr::new(kind, pos));
                e = self.expr(
                    ExprKind::Constant {
                        value: Constant::None,
                        kind: None,
                    },
                    start,
                );
                continue;
            }
            e = self.expr(kind, start);
        }
        if chain > 64 {
            self.check_depth(&mut e);
        }
        Ok(e)
    }

    /// Replaces a tree deeper than CPython can convert by a leaf, and remembers that it was.
    pub fn check_depth(&mut self, e: &mut Expr) {
        if super::limits::expr_depth(e) > super::limits::AST_DEPTH_LIMIT {
            self.too_deep = true;
            let pos = e.pos;
            let deep = std::mem::replace(
                e,
                Expr::new(
                    ExprKind::Constant {
                        value: Constant::None,
                        kind: None,
                    },
                    pos,
                ),
            );
            super::limits::dismantle(deep);
        }
    }

    /// The arguments of a call, from `(` to `)`.
    pub fn call_arguments(&mut self) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let open = self.pos;
        self.bump();
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_double_star = false;
        if self.eat(T::RPar) {
            return Ok((args, keywords));
        }
        loop {
            let start = self.pos;
            match self.peek() {
                T::Star => {
                    // A `*` that starts no expression, after other arguments: CPython's
                    // `invalid_arguments` reads it as unpacking after keywords.
                    let bare = !matches!(
                        self.peek_at(1),
                        T::Name
                            | T::Number
                            | T::String
                            | T::LPar
                            | T::LSqb
                            | T::LBrace
                            | T::Minus
                            | T::Plus
                            | T::Tilde
                            | T::Not
                            | T::Lambda
                            | T::Await
                            | T::Ellipsis
                            | T::KwNone
                            | T::KwTrue
                            | T::KwFalse
                    );
                    if seen_double_star || (bare && (!args.is_empty() || !keywords.is_empty())) {
                        return self.error_tokens(
                            ErrorKind::SyntaxError,
                            "iterable argument unpacking follows keyword argument unpacking",
                            start,
                            start,
                        );
                    }
                    self.bump();
                    let value = self.expression()?;
                    let e = self.expr(
                        ExprKind::Starred {
                            value: Box::new(value),
                            ctx: ExprContext::Load,
                        },
                        start,
                    );
                    args.push(e);
                }
                T::DoubleStar => {
                    self.bump();
                    let value = self.expression()?;
                    seen_double_star = true;
                    let pos = self.pos_from(start);
                    keywords.push(Keyword {
                        arg: None,
                        value,
                        pos,
                    });
                }
                T::Name if self.peek_at(1) == T::Equal => {
                    let arg = self.ident(self.pos);
                    self.bump();
                    self.bump();
                    let value = self.expression()?;
                    let pos = self.pos_from(start);
                    keywords.push(Keyword {
                        arg: Some(arg),
                        value,
                        pos,
                    });
                }
                _ => {
                    let e = self.argument_expression()?;
                    if matches!(self.peek(), T::For | T::Async) {
                        let generators = self.comprehension_clauses()?;
                        let first = args.is_empty() && keywords.is_empty();
                        if first && !matches!(self.peek(), T::RPar | T::Comma) {
                            return self.fail();
                        }
                        if first && self.peek() == T::RPar {
                            self.bump();
                            let g = self.expr(
                                ExprKind::GeneratorExp {
                                    elt: Box::new(e),
                                    generators,
                                },
                                open,
                            );
                            args.push(g);
                            return Ok((args, keywords));
                        }
                        let g = self.expr(
                            ExprKind::GeneratorExp {
                                elt: Box::new(e),
                                generators,
                            },
                            start,
                        );
                        return self.error_nodes(
                            "Generator expression must be parenthesized",
                            &g.pos,
                            &g.pos,
                        );
                    }
                    if self.peek() == T::Equal {
                        let eq = self.pos;
                        let message =
                            "expression cannot contain assignment, perhaps you meant \"==\"?";
                        let ep = e.pos;
                        let tp = self.pos_between(eq, eq);
                        return self.error_nodes(message, &ep, &tp);
                    }
                    if !keywords.is_empty() {
                        let message = if seen_double_star {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        // CPython reports this after reading the rest of the arguments.
                        self.skim_arguments();
                        return self.error_last(message);
                    }
                    args.push(e);
                }
            }
            if self.eat(T::Comma) {
                if self.eat(T::RPar) {
                    break;
                }
                continue;
            }
            self.expect(T::RPar)?;
            break;
        }
        Ok((args, keywords))
    }

    /// Reads the remaining arguments of a call as far as they go, only to advance the
    /// furthest token read, as CPython's parser does before reporting some errors.
    fn skim_arguments(&mut self) {
        let save = self.pos;
        let saved_error = self.error.take();
        while self.eat(T::Comma) {
            let ok = match self.peek() {
                T::Star | T::DoubleStar => {
                    self.bump();
                    self.expression().is_ok()
                }
                T::Name if self.peek_at(1) == T::Equal => {
                    self.bump();
                    self.bump();
                    self.expression().is_ok()
                }
                _ => self.argument_expression().is_ok(),
            };
            if !ok {
                break;
            }
        }
        let _ = self.peek();
        self.pos = save;
        self.error = saved_error;
    }

    /// `slices`, after `[`.
    fn slices(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let first = self.slice()?;
        if self.peek() != T::Comma && !matches!(first.kind, ExprKind::Starred { .. }) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if self.peek() == T::RSqb {
                break;
            }
            elts.push(self.slice()?);
        }
        Ok(self.expr(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    /// One `slice`, or a starred expression.
    fn slice(&mut self) -> PResult<Expr> {
        let start = self.pos;
        if self.peek() == T::Star {
            self.bump();
            let value = self.expression()?;
            return Ok(self.expr(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                },
                start,
            ));
        }
        let lower = if self.peek() == T::Colon {
            None
        } else {
            let e = self.named_expression()?;
            if self.peek() != T::Colon {
                return Ok(e);
            }
            Some(Box::new(e))
        };
        self.bump();
        let upper = if self.starts_expression() && self.peek() != T::Star {
            Some(Box::new(self.expression()?))
        } else {
            None
        };
        let step = if self.eat(T::Colon) {
            if self.starts_expression() && self.peek() != T::Star {
                Some(Box::new(self.expression()?))
            } else {
                None
            }
        } else {
            None
        };
        Ok(self.expr(ExprKind::Slice { lower, upper, step }, start))
    }

    /// `atom`.
    fn atom(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let constant = |value| ExprKind::Constant { value, kind: None };
        match self.peek() {
            T::Name => {
                let id = self.ident(self.pos);
                self.bump();
                Ok(self.expr(
                    ExprKind::Name {
                        id,
                        ctx: ExprContext::Load,
                    },
                    start,
                ))
            }
            T::Number => {
                let value = self.number_value(self.pos)?;
                self.bump();
                Ok(self.expr(constant(value), start))
            }
            T::String => self.strings(),
            T::KwNone => {
                self.bump();
                Ok(self.expr(constant(Constant::None), start))
            }
            T::KwTrue => {
                self.bump();
                Ok(self.expr(constant(Constant::Bool(true)), start))
            }
            T::KwFalse => {
                self.bump();
                Ok(self.expr(constant(Constant::Bool(false)), start))
            }
            T::Ellipsis => {
                self.bump();
                Ok(self.expr(constant(Constant::Ellipsis), start))
            }
            T::LPar => self.paren_atom(),
            T::LSqb => self.list_atom(),
            T::LBrace => self.brace_atom(),
            _ => self.fail(),
        }
    }

    /// `(`: the empty tuple, a group, a tuple, a generator expression or a parenthesised
    /// `yield`.
    fn paren_atom(&mut self) -> PResult<Expr> {
        let start = self.pos;
        self.bump();
        if self.eat(T::RPar) {
            return Ok(self.expr(
                ExprKind::Tuple {
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                },
                start,
            ));
        }
        self.enter(BRACKET_COST)?;
        let result = self.paren_inner(start);
        self.leave(BRACKET_COST);
        result
    }

    fn paren_inner(&mut self, start: usize) -> PResult<Expr> {
        if self.peek() == T::Yield {
            let e = self.yield_expr()?;
            self.expect(T::RPar)?;
            return Ok(e);
        }
        let first = self.star_named_expression()?;
        if matches!(self.peek(), T::For | T::Async) {
            let generators = self.comprehension_clauses()?;
            self.expect(T::RPar)?;
            return Ok(self.expr(
                ExprKind::GeneratorExp {
                    elt: Box::new(first),
                    generators,
                },
                start,
            ));
        }
        if self.peek() == T::Comma {
            let mut elts = vec![first];
            while self.eat(T::Comma) {
                if self.peek() == T::RPar {
                    break;
                }
                elts.push(self.star_named_expression()?);
            }
            self.expect(T::RPar)?;
            return Ok(self.expr(
                ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Load,
                },
                start,
            ));
        }
        if self.peek() != T::RPar {
            return self.fail();
        }
        if matches!(first.kind, ExprKind::Starred { .. }) {
            return self.error_nodes("cannot use starred expression here", &first.pos, &first.pos);
        }
        self.bump();
        Ok(first)
    }

    /// `[`: a list or a list comprehension.
    fn list_atom(&mut self) -> PResult<Expr> {
        let start = self.pos;
        self.bump();
        self.enter(BRACKET_COST)?;
        let result = self.list_inner(start);
        self.leave(BRACKET_COST);
        result
    }

    fn list_inner(&mut self, start: usize) -> PResult<Expr> {
        let mut elts = Vec::new();
        if !self.eat(T::RSqb) {
            let first = self.star_named_expression()?;
            if matches!(self.peek(), T::For | T::Async) {
                let generators = self.comprehension_clauses()?;
                self.expect(T::RSqb)?;
                return Ok(self.expr(
                    ExprKind::ListComp {
                        elt: Box::new(first),
                        generators,
                    },
                    start,
                ));
            }
            elts.push(first);
            while self.eat(T::Comma) {
                if self.peek() == T::RSqb {
                    break;
                }
                elts.push(self.star_named_expression()?);
            }
            self.expect(T::RSqb)?;
        }
        Ok(self.expr(
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            },
            start,
        ))
    }

    /// `{`: a dict, a set, or their comprehensions.
    fn brace_atom(&mut self) -> PResult<Expr> {
        let start = self.pos;
        self.bump();
        self.enter(BRACKET_COST)?;
        let result = self.brace_inner(start);
        self.leave(BRACKET_COST);
        result
    }

    fn brace_inner(&mut self, start: usize) -> PResult<Expr> {
        if self.eat(T::RBrace) {
            return Ok(self.expr(
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                start,
            ));
        }
        if self.peek() == T::DoubleStar {
            return self.dict_items(start, Vec::new(), Vec::new());
        }
        let first = self.star_named_expression()?;
        if self.eat(T::Colon) {
            if matches!(self.peek(), T::RBrace | T::Comma) {
                let colon = self.pos - 1;
                let message = "expression expected after dictionary key and ':'";
                return self.error_tokens(ErrorKind::SyntaxError, message, colon, colon);
            }
            let value = self.expression()?;
            if matches!(self.peek(), T::For | T::Async) {
                let generators = self.comprehension_clauses()?;
                self.expect(T::RBrace)?;
                return Ok(self.expr(
                    ExprKind::DictComp {
                        key: Box::new(first),
                        value: Box::new(value),
                        generators,
                    },
                    start,
                ));
            }
            if self.eat(T::Comma) {
                return self.dict_items(start, vec![Some(first)], vec![value]);
            }
            self.expect(T::RBrace)?;
            return Ok(self.expr(
                ExprKind::Dict {
                    keys: vec![Some(first)],
                    values: vec![value],
                },
                start,
            ));
        }
        if matches!(self.peek(), T::For | T::Async) {
            let generators = self.comprehension_clauses()?;
            self.expect(T::RBrace)?;
            return Ok(self.expr(
                ExprKind::SetComp {
                    elt: Box::new(first),
                    generators,
                },
                start,
            ));
        }
        let mut elts = vec![first];
        while self.eat(T::Comma) {
            if self.peek() == T::RBrace {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        self.expect(T::RBrace)?;
        Ok(self.expr(ExprKind::Set { elts }, start))
    }

    /// The rest of a dict display, after the items already read and a comma.
    fn dict_items(
        &mut self,
        start: usize,
        mut keys: Vec<Option<Expr>>,
        mut values: Vec<Expr>,
    ) -> PResult<Expr> {
        loop {
            if self.eat(T::RBrace) {
                break;
            }
            if self.eat(T::DoubleStar) {
                keys.push(None);
                values.push(self.bitwise_or()?);
            } else {
                let key = self.expression()?;
                if !self.eat(T::Colon) {
                    if matches!(self.peek(), T::RBrace | T::Comma) {
                        // CPython points at the key's last character and gives no end.
                        let message = "':' expected after dictionary key";
                        let p = key.pos;
                        let at = self.pos.saturating_sub(1);
                        let end = self.tok(at).end;
                        return self.error_at(
                            ErrorKind::SyntaxError,
                            message,
                            (
                                p.end_lineno,
                                p.end_col_offset as i64 - 1,
                                end.saturating_sub(1),
                            ),
                            (p.end_lineno, -1, end),
                        );
                    }
                    return self.fail();
                }
                if matches!(self.peek(), T::RBrace | T::Comma) {
                    let colon = self.pos - 1;
                    let message = "expression expected after dictionary key and ':'";
                    return self.error_tokens(ErrorKind::SyntaxError, message, colon, colon);
                }
                keys.push(Some(key));
                values.push(self.expression()?);
            }
            if !self.eat(T::Comma) {
                self.expect(T::RBrace)?;
                break;
            }
        }
        Ok(self.expr(ExprKind::Dict { keys, values }, start))
    }

    /// `for_if_clauses`.
    pub fn comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        while matches!(self.peek(), T::For | T::Async) {
            let is_async = self.eat(T::Async);
            self.expect(T::For)?;
            let target = self.star_targets_before(T::In)?;
            if !self.eat(T::In) {
                return self.fail();
            }
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat(T::If) {
                ifs.push(self.disjunction()?);
            }
            generators.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(generators)
    }

    /// `lambda [params]: expression`.
    fn lambda(&mut self) -> PResult<Expr> {
        let start = self.pos;
        self.bump();
        self.enter(2)?;
        let result = (|| {
            let args = self.parameters(true)?;
            self.expect(T::Colon)?;
            let body = self.expression()?;
            Ok(self.expr(
                ExprKind::Lambda {
                    args: Box::new(args),
                    body: Box::new(body),
                },
                start,
            ))
        })();
        self.leave(2);
        result
    }

    /// `yield_expr`.
    pub fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.pos;
        self.bump();
        if self.eat(T::From) {
            let value = self.expression()?;
            return Ok(self.expr(
                ExprKind::YieldFrom {
                    value: Box::new(value),
                },
                start,
            ));
        }
        let value = if self.starts_expression() {
            Some(Box::new(self.star_expressions()?))
        } else {
            None
        };
        Ok(self.expr(ExprKind::Yield { value }, start))
    }

    /// The value of NUMBER token `i`, or CPython's error for a decimal integer literal longer
    /// than `sys.int_info.default_max_str_digits` (4300 digits), which CPython's parser turns
    /// into a `SyntaxError` with no column.
    pub(super) fn number_value(&mut self, i: usize) -> PResult<Constant> {
        let text = self.text_of(i);
        if let Some(digits) = super::strings::excess_decimal_digits(text) {
            let message = format!(
                "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value \
                 has {digits} digits; use sys.set_int_max_str_digits() to increase the limit - \
                 Consider hexadecimal for huge integer literals to avoid decimal conversion limits."
            );
            let t = *self.tok(i);
            return self.error_at(
                ErrorKind::SyntaxError,
                &message,
                (t.lineno, -1, t.start),
                (t.end_lineno, -1, t.end),
            );
        }
        Ok(super::strings::number_value(text))
    }
}

/// Whether an expression can be the `bitwise_or` of CPython's `invalid_named_expression`.
fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred { .. }
            | ExprKind::List { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::GeneratorExp { .. }
    ) && !matches!(
        e.kind,
        ExprKind::UnaryOp {
            op: UnaryOp::Not,
            ..
        }
    ) && !matches!(
        e.kind,
        ExprKind::Constant {
            value: Constant::None | Constant::Bool(_),
            ..
        }
    )
}

/// How CPython names an expression in error messages (`_PyPegen_get_expr_name`).
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}
