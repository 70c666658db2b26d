//! Statements: simple statements, blocks, and every compound statement of 3.11, with
//! CPython's messages for a missing `:` and a missing indented block.

use super::core::{PResult, Parser, RED_ZONE, STACK_CHUNK};
use super::error::ErrorKind;
use super::expr::expr_name;
use super::lexer::T;
use super::targets::{invalid_target, Targets};
use crate::ast::*;

/// The augmented assignment operators.
fn aug_op(kind: T) -> Option<Operator> {
    Some(match kind {
        T::PlusEqual => Operator::Add,
        T::MinEqual => Operator::Sub,
        T::StarEqual => Operator::Mult,
        T::AtEqual => Operator::MatMult,
        T::SlashEqual => Operator::Div,
        T::PercentEqual => Operator::Mod,
        T::AmperEqual => Operator::BitAnd,
        T::VBarEqual => Operator::BitOr,
        T::CircumflexEqual => Operator::BitXor,
        T::LeftShiftEqual => Operator::LShift,
        T::RightShiftEqual => Operator::RShift,
        T::DoubleStarEqual => Operator::Pow,
        T::DoubleSlashEqual => Operator::FloorDiv,
        _ => return None,
    })
}

impl Parser<'_> {
    /// `file`: statements up to the end marker.
    pub fn file(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        while self.peek() != T::EndMarker {
            self.statement(&mut body)?;
        }
        Ok(body)
    }

    fn stmt(&self, kind: StmtKind, start: usize) -> Stmt {
        Stmt {
            kind,
            pos: self.pos_from(start),
        }
    }

    /// One statement (a compound statement, or a line of simple statements).
    pub fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let s = match self.peek() {
            T::Def | T::At | T::Class => self.decorated()?,
            T::If => self.if_stmt()?,
            T::While => self.while_stmt()?,
            T::For => self.for_stmt(self.pos, false)?,
            T::Try => self.try_stmt()?,
            T::With => self.with_stmt(self.pos, false)?,
            T::Async => {
                let start = self.pos;
                match self.peek_at(1) {
                    T::Def => self.decorated()?,
                    T::For => {
                        self.bump();
                        self.for_stmt(start, true)?
                    }
                    T::With => {
                        self.bump();
                        self.with_stmt(start, true)?
                    }
                    _ => return self.simple_stmts(out),
                }
            }
            T::Name if self.at_name("match") => match self.match_stmt()? {
                Ok(s) => s,
                Err(newline) => {
                    let result = self.simple_stmts(out);
                    if result.is_err() && newline {
                        // CPython's `invalid_match_stmt`: `match SUBJECT` then the end of
                        // the line, when the line is no statement either.
                        if !self.lex_error_hit && !self.error.as_ref().is_some_and(|e| e.hard) {
                            self.error = None;
                            return self.error_last("expected ':'");
                        }
                    }
                    return result;
                }
            },
            T::Indent => return self.fail(),
            _ => return self.simple_stmts(out),
        };
        out.push(s);
        Ok(())
    }

    /// `simple_stmts`: simple statements separated by `;`, ending the line.
    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let s = self.simple_stmt()?;
            out.push(s);
            if self.eat(T::Semi) {
                if self.peek() == T::Newline {
                    break;
                }
                continue;
            }
            break;
        }
        self.expect(T::Newline)
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        let kind = match self.peek() {
            T::Return => {
                self.bump();
                let value = if self.starts_expression() {
                    Some(Box::new(self.star_expressions()?))
                } else {
                    None
                };
                StmtKind::Return { value }
            }
            T::Import => return self.import_name(),
            T::From => return self.import_from(),
            T::Raise => {
                self.bump();
                let (exc, cause) = if self.starts_expression() {
                    let exc = self.expression()?;
                    let cause = if self.eat(T::From) {
                        Some(Box::new(self.expression()?))
                    } else {
                        None
                    };
                    (Some(Box::new(exc)), cause)
                } else {
                    (None, None)
                };
                StmtKind::Raise { exc, cause }
            }
            T::Pass => {
                self.bump();
                StmtKind::Pass
            }
            T::Break => {
                self.bump();
                StmtKind::Break
            }
            T::Continue => {
                self.bump();
                StmtKind::Continue
            }
            T::Del => return self.del_stmt(),
            T::Assert => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat(T::Comma) {
                    Some(Box::new(self.expression()?))
                } else {
                    None
                };
                StmtKind::Assert {
                    test: Box::new(test),
                    msg,
                }
            }
            T::Global | T::Nonlocal => {
                let global = self.peek() == T::Global;
                self.bump();
                let mut names = Vec::new();
                loop {
                    if self.peek() != T::Name {
                        return self.fail();
                    }
                    names.push(self.ident(self.pos));
                    self.bump();
                    if !self.eat(T::Comma) {
                        break;
                    }
                }
                if global {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            _ => return self.expression_statement(),
        };
        Ok(self.stmt(kind, start))
    }

    /// Expression statements and the three kinds of assignment.
    fn expression_statement(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        let first = if self.peek() == T::Yield {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };
        match self.peek() {
            T::Colon => self.annotated_assignment(start, first),
            T::Equal => self.assignment(start, first),
            kind => {
                if let Some(op) = aug_op(kind) {
                    return self.augmented_assignment(start, first, op);
                }
                Ok(self.stmt(
                    StmtKind::Expr {
                        value: Box::new(first),
                    },
                    start,
                ))
            }
        }
    }

    fn annotated_assignment(&mut self, start: usize, target: Expr) -> PResult<Stmt> {
        let parenthesized = self.tok(start).kind == T::LPar;
        let valid = matches!(
            target.kind,
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
        );
        if !valid {
            // CPython names a bad annotation target only when an annotation follows.
            let save = self.pos;
            let saved_fill = self.fill;
            self.bump();
            let annotation = self.expression();
            self.pos = save;
            if annotation.is_err() {
                self.clear_soft_error()?;
                self.lex_error_hit = false;
                self.fill = saved_fill;
                return self.fail();
            }
            self.fill = saved_fill;
        }
        let simple = match &target.kind {
            ExprKind::Name { .. } => !parenthesized,
            ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => false,
            ExprKind::Tuple { elts, .. } if !parenthesized && !elts.is_empty() => {
                let pos = elts[0].pos;
                return self.error_nodes(
                    "only single target (not tuple) can be annotated",
                    &pos,
                    &pos,
                );
            }
            ExprKind::Tuple { .. } | ExprKind::List { .. } => {
                let message = format!(
                    "only single target (not {}) can be annotated",
                    expr_name(&target)
                );
                return self.error_nodes(&message, &target.pos, &target.pos);
            }
            _ => {
                return self.error_nodes("illegal target for annotation", &target.pos, &target.pos)
            }
        };
        self.bump();
        let annotation = self.expression()?;
        let value = if self.eat(T::Equal) {
            Some(Box::new(self.annotated_rhs()?))
        } else {
            None
        };
        let mut target = target;
        super::targets::set_context(&mut target, ExprContext::Store);
        Ok(self.stmt(
            StmtKind::AnnAssign {
                target: Box::new(target),
                annotation: Box::new(annotation),
                value,
                simple,
            },
            start,
        ))
    }

    fn annotated_rhs(&mut self) -> PResult<Expr> {
        if self.peek() == T::Yield {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    fn assignment(&mut self, start: usize, first: Expr) -> PResult<Stmt> {
        // Each target is checked as soon as an `=` follows it, as CPython's
        // `invalid_assignment` does, whatever comes after.
        let first_eq = self.pos;
        let mut targets = Vec::new();
        let mut target = first;
        let value = loop {
            if matches!(
                target.kind,
                ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }
            ) {
                let pos = target.pos;
                return self.error_nodes("assignment to yield expression not possible", &pos, &pos);
            }
            if targets.is_empty() && invalid_target(&target, Targets::Star).is_some() {
                self.check_assign_here(start, &target, first_eq)?;
            }
            targets.push(self.make_target(target, Targets::Star)?);
            self.bump();
            let rhs = self.annotated_rhs()?;
            if self.peek() == T::Equal {
                target = rhs;
                continue;
            }
            break rhs;
        };
        Ok(self.stmt(
            StmtKind::Assign {
                targets,
                value: Box::new(value),
            },
            start,
        ))
    }

    /// CPython's `invalid_named_expression` reached from a statement: `f() = 1` is
    /// "cannot assign to function call here. Maybe you meant '==' instead of '='?".
    fn check_assign_here(&mut self, start: usize, target: &Expr, eq: usize) -> PResult<()> {
        let first_kind = self.tok(start).kind;
        if matches!(first_kind, T::KwTrue | T::KwFalse | T::KwNone) || !bitwise_or_level(target) {
            return Ok(());
        }
        // CPython's look-ahead excludes a list display, a tuple and a generator expression
        // (not a list comprehension).
        if (first_kind == T::LPar
            && matches!(
                target.kind,
                ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. }
            ))
            || (first_kind == T::LSqb && matches!(target.kind, ExprKind::List { .. }))
        {
            return Ok(());
        }
        let save = self.pos;
        let saved_fill = self.fill;
        self.pos = eq + 1;
        let rhs = self.bitwise_or();
        let follows = self.peek();
        self.pos = save;
        self.fill = saved_fill;
        self.clear_soft_error()?;
        self.lex_error_hit = false;
        if rhs.is_err() || matches!(follows, T::Equal | T::ColonEqual) {
            return Ok(());
        }
        let message = format!(
            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
            expr_name(target)
        );
        self.error_nodes(&message, &target.pos, &target.pos)
    }

    fn augmented_assignment(&mut self, start: usize, target: Expr, op: Operator) -> PResult<Stmt> {
        if !matches!(
            target.kind,
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
        ) {
            // CPython's rule wants a right-hand side before it names the bad target.
            self.bump();
            self.annotated_rhs()?;
            let message = format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(&target)
            );
            return self.error_nodes(&message, &target.pos, &target.pos);
        }
        self.bump();
        let value = self.annotated_rhs()?;
        let mut target = target;
        super::targets::set_context(&mut target, ExprContext::Store);
        Ok(self.stmt(
            StmtKind::AugAssign {
                target: Box::new(target),
                op,
                value: Box::new(value),
            },
            start,
        ))
    }

    fn del_stmt(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        self.bump();
        let body = self.pos;
        let mut targets = Vec::new();
        let mut ok = true;
        loop {
            match self.primary() {
                Ok(e) => targets.push(e),
                Err(_) => {
                    ok = false;
                    break;
                }
            }
            if !self.eat(T::Comma) || matches!(self.peek(), T::Semi | T::Newline) {
                break;
            }
        }
        if ok
            && matches!(self.peek(), T::Semi | T::Newline)
            && targets
                .iter()
                .all(|t| invalid_target(t, Targets::Del).is_none())
        {
            {
                let targets = targets
                    .into_iter()
                    .map(|t| self.make_target(t, Targets::Del))
                    .collect::<PResult<Vec<_>>>()?;
                return Ok(self.stmt(StmtKind::Delete { targets }, start));
            }
        }
        // CPython's `invalid_del_stmt`: read the rest as expressions and name the bad part.
        self.clear_soft_error()?;
        self.lex_error_hit = false;
        self.pos = body;
        let all = self.star_expressions()?;
        if let Some(bad) = invalid_target(&all, Targets::Del) {
            let message = format!("cannot delete {}", expr_name(bad));
            let pos = bad.pos;
            return self.error_nodes(&message, &pos, &pos);
        }
        self.fail()
    }

    /// A dotted module name.
    fn dotted_name(&mut self) -> PResult<String> {
        if self.peek() != T::Name {
            return self.fail();
        }
        let mut name = self.ident(self.pos);
        self.bump();
        while self.peek() == T::Dot {
            self.bump();
            if self.peek() != T::Name {
                return self.fail();
            }
            name.push('.');
            name.push_str(&self.ident(self.pos));
            self.bump();
        }
        Ok(name)
    }

    fn import_name(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        self.bump();
        let mut names = Vec::new();
        loop {
            let a = self.pos;
            let name = self.dotted_name()?;
            let asname = self.as_name()?;
            names.push(Alias {
                name,
                asname,
                pos: self.pos_from(a),
            });
            if !self.eat(T::Comma) {
                break;
            }
        }
        Ok(self.stmt(StmtKind::Import { names }, start))
    }

    fn as_name(&mut self) -> PResult<Option<String>> {
        if !self.eat(T::As) {
            return Ok(None);
        }
        if self.peek() != T::Name {
            return self.fail();
        }
        let name = self.ident(self.pos);
        self.bump();
        Ok(Some(name))
    }

    fn import_from(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        self.bump();
        let mut level = 0;
        loop {
            match self.peek() {
                T::Dot => level += 1,
                T::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if self.peek() == T::Import && level > 0 {
            None
        } else {
            Some(self.dotted_name()?)
        };
        self.expect(T::Import)?;
        let mut names = Vec::new();
        if self.peek() == T::Star {
            let a = self.pos;
            self.bump();
            names.push(Alias {
                name: "*".into(),
                asname: None,
                pos: self.pos_from(a),
            });
        } else {
            let parens = self.eat(T::LPar);
            loop {
                let a = self.pos;
                if self.peek() != T::Name {
                    return self.fail();
                }
                let name = self.ident(self.pos);
                self.bump();
                let asname = self.as_name()?;
                names.push(Alias {
                    name,
                    asname,
                    pos: self.pos_from(a),
                });
                if !self.eat(T::Comma) {
                    break;
                }
                if parens && self.peek() == T::RPar {
                    break;
                }
                if !parens && self.peek() == T::Newline {
                    let message = "trailing comma not allowed without surrounding parentheses";
                    let at = self.pos;
                    return self.error_tokens(ErrorKind::SyntaxError, message, at, at);
                }
            }
            if parens {
                self.expect(T::RPar)?;
            }
        }
        Ok(self.stmt(
            StmtKind::ImportFrom {
                module,
                names,
                level,
            },
            start,
        ))
    }

    /// A `:` after a compound statement's header. `forced` colons (CPython's `&&':'`) report
    /// "expected ':'" at any other token; the others only before the end of the line.
    pub fn colon(&mut self, forced: bool) -> PResult<()> {
        if self.eat(T::Colon) {
            return Ok(());
        }
        if forced || self.peek() == T::Newline {
            let at = self.pos;
            return self.error_tokens(ErrorKind::SyntaxError, "expected ':'", at, at);
        }
        self.fail()
    }

    /// A block after a header on line `line`; `what` names the statement in the message
    /// for a missing indented block.
    pub fn block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        if self.peek() != T::Newline {
            let mut body = Vec::new();
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.bump();
        if self.peek() != T::Indent {
            let message = format!("expected an indented block after {what} on line {line}");
            let at = self.pos;
            return self.error_tokens(ErrorKind::IndentationError, &message, at, at);
        }
        self.bump();
        let mut body = Vec::new();
        stacker::maybe_grow(RED_ZONE, STACK_CHUNK, || {
            while !matches!(self.peek(), T::Dedent | T::EndMarker) {
                self.statement(&mut body)?;
            }
            self.expect(T::Dedent)
        })?;
        Ok(body)
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        let keyword = if self.peek() == T::If { "if" } else { "elif" };
        let line = self.cur().lineno;
        self.bump();
        let test = self.named_expression()?;
        self.colon(false)?;
        let body = self.block(&format!("'{keyword}' statement"), line)?;
        let orelse = match self.peek() {
            T::Elif => vec![self.if_stmt()?],
            T::Else => self.else_block()?,
            _ => Vec::new(),
        };
        Ok(self.stmt(
            StmtKind::If {
                test: Box::new(test),
                body,
                orelse,
            },
            start,
        ))
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if self.peek() != T::Else {
            return Ok(Vec::new());
        }
        let line = self.cur().lineno;
        self.bump();
        self.colon(true)?;
        self.block("'else' statement", line)
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        let line = self.cur().lineno;
        self.bump();
        let test = self.named_expression()?;
        self.colon(false)?;
        let body = self.block("'while' statement", line)?;
        let orelse = self.else_block()?;
        Ok(self.stmt(
            StmtKind::While {
                test: Box::new(test),
                body,
                orelse,
            },
            start,
        ))
    }

    fn for_stmt(&mut self, start: usize, is_async: bool) -> PResult<Stmt> {
        let line = self.cur().lineno;
        self.bump();
        let target = self.star_targets_before(T::In)?;
        self.expect(T::In)?;
        let iter = self.star_expressions()?;
        self.colon(false)?;
        let body = self.block("'for' statement", line)?;
        let orelse = self.else_block()?;
        let f = For {
            target: Box::new(target),
            iter: Box::new(iter),
            body,
            orelse,
        };
        let kind = if is_async {
            StmtKind::AsyncFor(f)
        } else {
            StmtKind::For(f)
        };
        Ok(self.stmt(kind, start))
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        let optional_vars = if self.eat(T::As) {
            Some(Box::new(self.with_target()?))
        } else {
            None
        };
        Ok(WithItem {
            context_expr,
            optional_vars,
        })
    }

    /// A `with` target: one star target, followed by `,`, `)` or `:`.
    fn with_target(&mut self) -> PResult<Expr> {
        let e = if self.peek() == T::Star {
            let start = self.pos;
            self.bump();
            let value = self.primary()?;
            self.expr(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                },
                start,
            )
        } else {
            self.primary()?
        };
        if !matches!(self.peek(), T::Comma | T::RPar | T::Colon) {
            return self.fail();
        }
        self.make_target(e, Targets::Star)
    }

    fn with_stmt(&mut self, start: usize, is_async: bool) -> PResult<Stmt> {
        let line = self.cur().lineno;
        self.bump();
        let mut items = Vec::new();
        let mut done = false;
        if self.peek() == T::LPar {
            // `with (a, b as c):` lists items in parentheses; if what follows the
            // parentheses is not `:`, they were part of the first expression instead.
            let save = self.pos;
            let fill = self.fill;
            self.bump();
            let attempt: PResult<Vec<WithItem>> = (|| {
                let mut items = Vec::new();
                loop {
                    items.push(self.with_item()?);
                    if !self.eat(T::Comma) {
                        break;
                    }
                    if self.peek() == T::RPar {
                        break;
                    }
                }
                self.expect(T::RPar)?;
                if self.peek() != T::Colon {
                    return self.fail();
                }
                Ok(items)
            })();
            match attempt {
                Ok(parsed) => {
                    items = parsed;
                    done = true;
                }
                Err(_) => {
                    self.pos = save;
                    self.fill = self.fill.max(fill);
                    self.clear_soft_error()?;
                    self.lex_error_hit = false;
                }
            }
        }
        if !done {
            loop {
                items.push(self.with_item()?);
                if !self.eat(T::Comma) {
                    break;
                }
            }
        }
        self.colon(false)?;
        let body = self.block("'with' statement", line)?;
        let w = With { items, body };
        let kind = if is_async {
            StmtKind::AsyncWith(w)
        } else {
            StmtKind::With(w)
        };
        Ok(self.stmt(kind, start))
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let start = self.pos;
        let line = self.cur().lineno;
        self.bump();
        self.colon(true)?;
        let body = self.block("'try' statement", line)?;
        let mut handlers = Vec::new();
        let mut star = None;
        while self.peek() == T::Except {
            let h = self.pos;
            let line = self.cur().lineno;
            self.bump();
            let is_star = self.eat(T::Star);
            if let Some(previous) = star {
                if previous != is_star {
                    let message = "cannot have both 'except' and 'except*' on the same 'try'";
                    return self.error_tokens(ErrorKind::SyntaxError, message, h, h);
                }
            }
            star = Some(is_star);
            let (type_, name) = if self.peek() == T::Colon && !is_star {
                (None, None)
            } else if self.peek() == T::Newline && !is_star {
                let at = self.pos;
                return self.error_tokens(ErrorKind::SyntaxError, "expected ':'", at, at);
            } else {
                let e = self.expression()?;
                if self.peek() == T::Comma {
                    // CPython reports from the first type to the end of what it read.
                    let save = self.pos;
                    while !matches!(self.peek(), T::Colon | T::Newline | T::As) {
                        self.bump();
                    }
                    let last = self.tok(self.pos);
                    let end = (last.end_lineno, last.end_col as i64 - 1, last.end);
                    self.pos = save;
                    let a = e.pos;
                    let sa = self.find_token_at(&a);
                    let ta = *self.tok(sa);
                    return self.error_at(
                        ErrorKind::SyntaxError,
                        "multiple exception types must be parenthesized",
                        (ta.lineno, ta.col as i64, ta.start),
                        end,
                    );
                }
                let name = self.as_name()?;
                (Some(Box::new(e)), name)
            };
            self.colon(false)?;
            let what = if is_star {
                "'except*' statement"
            } else {
                "'except' statement"
            };
            let body = self.block(what, line)?;
            handlers.push(ExceptHandler {
                type_,
                name,
                body,
                pos: self.pos_from(h),
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finalbody = if self.peek() == T::Finally {
            let line = self.cur().lineno;
            self.bump();
            self.colon(true)?;
            self.block("'finally' statement", line)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            let at = self.pos;
            return self.error_tokens(
                ErrorKind::SyntaxError,
                "expected 'except' or 'finally' block",
                at,
                at,
            );
        }
        let t = Try {
            body,
            handlers,
            orelse,
            finalbody,
        };
        let kind = if star == Some(true) {
            StmtKind::TryStar(t)
        } else {
            StmtKind::Try(t)
        };
        Ok(self.stmt(kind, start))
    }

    /// Decorators, then a function or class definition.
    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(T::At) {
            decorators.push(self.named_expression()?);
            self.expect(T::Newline)?;
        }
        match self.peek() {
            T::Class => self.class_def(decorators),
            T::Def => self.function_def(decorators, self.pos, false),
            T::Async if self.peek_at(1) == T::Def => {
                let start = self.pos;
                self.bump();
                self.function_def(decorators, start, true)
            }
            _ => self.fail(),
        }
    }

    fn function_def(
        &mut self,
        decorator_list: Vec<Expr>,
        start: usize,
        is_async: bool,
    ) -> PResult<Stmt> {
        let line = self.tok(start).lineno;
        self.bump();
        if self.peek() != T::Name {
            return self.fail();
        }
        let name = self.ident(self.pos);
        self.bump();
        if self.peek() != T::LPar {
            let at = self.pos;
            return self.error_tokens(ErrorKind::SyntaxError, "expected '('", at, at);
        }
        self.bump();
        let args = self.parameters(false)?;
        self.expect(T::RPar)?;
        let returns = if self.eat(T::RArrow) {
            Some(Box::new(self.expression()?))
        } else {
            None
        };
        self.colon(true)?;
        let body = self.block("function definition", line)?;
        let f = FunctionDef {
            name,
            args: Box::new(args),
            body,
            decorator_list,
            returns,
        };
        let kind = if is_async {
            StmtKind::AsyncFunctionDef(f)
        } else {
            StmtKind::FunctionDef(f)
        };
        Ok(self.stmt(kind, start))
    }

    fn class_def(&mut self, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        let start = self.pos;
        let line = self.cur().lineno;
        self.bump();
        if self.peek() != T::Name {
            return self.fail();
        }
        let name = self.ident(self.pos);
        self.bump();
        let (bases, keywords) = if self.peek() == T::LPar {
            self.call_arguments()?
        } else {
            (Vec::new(), Vec::new())
        };
        self.colon(false)?;
        let body = self.block("class definition", line)?;
        Ok(self.stmt(
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            },
            start,
        ))
    }

    /// The parameters of a function (up to `)`) or of a lambda (up to `:`).
    pub fn parameters(&mut self, lambda: bool) -> PResult<Arguments> {
        let close = if lambda { T::Colon } else { T::RPar };
        let mut a = Arguments::default();
        let mut positional: Vec<(Arg, Option<Expr>)> = Vec::new();
        let mut seen_star = false;
        let mut seen_default = false;
        // CPython's rule for "non-default argument follows default argument" does not
        // look across a `/` that comes before the first default.
        let mut slash_before_default = false;
        while self.peek() != close {
            match self.peek() {
                T::Slash => {
                    if seen_star {
                        let at = self.pos;
                        let message = "/ must be ahead of *";
                        return self.error_tokens(ErrorKind::SyntaxError, message, at, at);
                    }
                    if positional.is_empty() || !a.posonlyargs.is_empty() {
                        return self.fail();
                    }
                    slash_before_default |= !seen_default;
                    self.bump();
                    for (arg, default) in positional.drain(..) {
                        a.posonlyargs.push(arg);
                        if let Some(d) = default {
                            a.defaults.push(d);
                        }
                    }
                }
                T::Star => {
                    if seen_star {
                        return self.fail();
                    }
                    let star = self.pos;
                    self.bump();
                    seen_star = true;
                    if matches!(self.peek(), T::Comma) || self.peek() == close {
                        let bare_ok = self.peek() == T::Comma
                            && !matches!(self.peek_at(1), T::RPar | T::DoubleStar | T::Colon);
                        if !bare_ok {
                            // Functions point at the `*`, lambdas at the last token read.
                            let message = "named arguments must follow bare *";
                            if lambda {
                                return self.error_last(message);
                            }
                            return self.error_tokens(ErrorKind::SyntaxError, message, star, star);
                        }
                    } else {
                        a.vararg = Some(Box::new(self.param(lambda, true)?));
                    }
                }
                T::DoubleStar => {
                    self.bump();
                    a.kwarg = Some(Box::new(self.param(lambda, false)?));
                    self.eat(T::Comma);
                    if matches!(self.peek(), T::Name | T::Star | T::DoubleStar | T::Slash) {
                        let at = self.pos;
                        let message = "arguments cannot follow var-keyword argument";
                        return self.error_tokens(ErrorKind::SyntaxError, message, at, at);
                    }
                    if self.peek() != close {
                        return self.fail();
                    }
                    break;
                }
                T::Name => {
                    let arg = self.param(lambda, false)?;
                    let default = if self.eat(T::Equal) {
                        if matches!(self.peek(), T::RPar | T::Comma) {
                            let at = self.pos - 1;
                            let message = "expected default value expression";
                            return self.error_tokens(ErrorKind::SyntaxError, message, at, at);
                        }
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    if seen_star {
                        a.kwonlyargs.push(arg);
                        a.kw_defaults.push(default);
                    } else {
                        if default.is_some() {
                            seen_default = true;
                        } else if seen_default && slash_before_default {
                            return self.fail();
                        } else if seen_default {
                            let pos = arg.pos;
                            return self.error_nodes(
                                "non-default argument follows default argument",
                                &pos,
                                &pos,
                            );
                        }
                        positional.push((arg, default));
                    }
                }
                _ => return self.fail(),
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        for (arg, default) in positional {
            a.args.push(arg);
            if let Some(d) = default {
                a.defaults.push(d);
            }
        }
        Ok(a)
    }

    /// One parameter: a name, and for functions an optional annotation (`*args` may be
    /// annotated with a starred expression).
    fn param(&mut self, lambda: bool, star: bool) -> PResult<Arg> {
        let start = self.pos;
        if self.peek() != T::Name {
            return self.fail();
        }
        let name = self.ident(self.pos);
        self.bump();
        let annotation = if !lambda && self.eat(T::Colon) {
            Some(Box::new(if star {
                self.star_expression()?
            } else {
                self.expression()?
            }))
        } else {
            None
        };
        Ok(Arg {
            arg: name,
            annotation,
            pos: self.pos_from(start),
        })
    }

    /// `match` as a statement, or `Err` when the line is an ordinary statement that starts
    /// with the name `match` (telling whether a subject was read up to the end of the line,
    /// for CPython's "expected ':'").
    fn match_stmt(&mut self) -> PResult<Result<Stmt, bool>> {
        let start = self.pos;
        let line = self.cur().lineno;
        self.bump();
        let subject = (|| -> PResult<Expr> {
            let s = self.pos;
            let first = self.star_named_expression()?;
            if self.peek() != T::Comma {
                return Ok(first);
            }
            let mut elts = vec![first];
            while self.eat(T::Comma) {
                if self.peek() == T::Colon {
                    break;
                }
                elts.push(self.star_named_expression()?);
            }
            Ok(self.expr(
                ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Load,
                },
                s,
            ))
        })();
        let subject = match subject {
            Ok(s) if self.peek() == T::Colon => s,
            other => {
                // CPython's parser has read these tokens whichever alternative wins, so the
                // furthest token read stays where it is.
                let newline = other.is_ok() && self.peek() == T::Newline;
                self.pos = start;
                self.clear_soft_error()?;
                self.lex_error_hit = false;
                return Ok(Err(newline));
            }
        };
        self.bump();
        if !self.eat(T::Newline) {
            return self.fail();
        }
        if self.peek() != T::Indent {
            let message =
                format!("expected an indented block after 'match' statement on line {line}");
            let at = self.pos;
            return self.error_tokens(ErrorKind::IndentationError, &message, at, at);
        }
        self.bump();
        let mut cases = Vec::new();
        while self.at_name("case") {
            cases.push(self.case_block()?);
        }
        if cases.is_empty() {
            return self.fail();
        }
        self.expect(T::Dedent)?;
        Ok(Ok(self.stmt(
            StmtKind::Match {
                subject: Box::new(subject),
                cases,
            },
            start,
        )))
    }

    fn case_block(&mut self) -> PResult<MatchCase> {
        let line = self.cur().lineno;
        self.bump();
        let pattern = self.patterns()?;
        let guard = if self.eat(T::If) {
            Some(Box::new(self.named_expression()?))
        } else {
            None
        };
        self.colon(false)?;
        let body = self.block("'case' statement", line)?;
        Ok(MatchCase {
            pattern,
            guard,
            body,
        })
    }
}

/// Whether a target could be the `bitwise_or` of CPython's `invalid_named_expression`.
fn bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::GeneratorExp { .. }
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
    )
}
