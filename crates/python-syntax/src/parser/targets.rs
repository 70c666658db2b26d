//! Assignment and deletion targets. Targets are parsed as expressions and then turned into
//! `Store` or `Del` context, the way CPython's grammar accepts exactly the expressions that
//! can be assigned to; what cannot be is reported with CPython's messages ("cannot assign to
//! function call", "cannot delete literal").

use super::core::{PResult, Parser};
use super::expr::expr_name;
use super::lexer::T;
use crate::ast::*;

/// Which statement the targets belong to (CPython's `TARGETS_TYPE`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Targets {
    Star,
    Del,
    For,
}

/// The first sub-expression that cannot be a target (CPython's `_PyPegen_get_invalid_target`).
pub(crate) fn invalid_target(e: &Expr, kind: Targets) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, kind))
        }
        ExprKind::Starred { value, .. } => {
            if kind == Targets::Del {
                Some(e)
            } else {
                invalid_target(value, kind)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if kind == Targets::For {
                if ops.first() == Some(&CmpOp::In) {
                    return invalid_target(left, kind);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Sets the context of a valid target and of its parts.
pub(crate) fn set_context(e: &mut Expr, ctx: ExprContext) {
    match &mut e.kind {
        ExprKind::Name { ctx: c, .. }
        | ExprKind::Attribute { ctx: c, .. }
        | ExprKind::Subscript { ctx: c, .. } => *c = ctx,
        ExprKind::Starred { value, ctx: c } => {
            *c = ctx;
            set_context(value, ctx);
        }
        ExprKind::List { elts, ctx: c } | ExprKind::Tuple { elts, ctx: c } => {
            *c = ctx;
            for x in elts {
                set_context(x, ctx);
            }
        }
        _ => {}
    }
}

impl Parser<'_> {
    /// Turns `e` into a target, or fails with CPython's message for its invalid part.
    pub fn make_target(&mut self, mut e: Expr, kind: Targets) -> PResult<Expr> {
        if let Some(bad) = invalid_target(&e, kind) {
            let verb = if kind == Targets::Del {
                "cannot delete"
            } else {
                "cannot assign to"
            };
            let message = format!("{verb} {}", expr_name(bad));
            let pos = bad.pos;
            return self.error_nodes(&message, &pos, &pos);
        }
        let ctx = if kind == Targets::Del {
            ExprContext::Del
        } else {
            ExprContext::Store
        };
        set_context(&mut e, ctx);
        Ok(e)
    }

    /// `star_targets` up to (not including) a token of kind `stop` (`in` of a `for`).
    pub fn star_targets_before(&mut self, stop: T) -> PResult<Expr> {
        let start = self.pos;
        let first = self.star_target_element()?;
        let e = if self.peek() == T::Comma {
            let mut elts = vec![first];
            while self.eat(T::Comma) {
                if self.peek() == stop || !self.starts_expression() {
                    break;
                }
                elts.push(self.star_target_element()?);
            }
            self.expr(
                ExprKind::Tuple {
                    elts,
                    ctx: ExprContext::Load,
                },
                start,
            )
        } else {
            first
        };
        if self.peek() != stop {
            // CPython's `invalid_for_target`: read the whole target as expressions to find
            // what cannot be assigned to.
            let save = self.pos;
            let saved_fill = self.fill;
            self.pos = start;
            match self.star_expressions() {
                Ok(all) => {
                    if let Some(bad) = invalid_target(&all, Targets::For) {
                        let message = format!("cannot assign to {}", expr_name(bad));
                        let pos = bad.pos;
                        return self.error_nodes(&message, &pos, &pos);
                    }
                }
                // A specific error found while reading them as expressions stands.
                Err(_) if self.error.is_some() => return Err(super::core::Fail),
                Err(_) => {}
            }
            self.clear_soft_error()?;
            self.lex_error_hit = false;
            self.pos = save;
            self.fill = saved_fill;
            return self.fail();
        }
        self.make_target(e, Targets::For)
    }

    /// One element of a target list: `*target` or a target.
    fn star_target_element(&mut self) -> PResult<Expr> {
        if self.peek() == T::Star {
            let start = self.pos;
            self.bump();
            let value = self.star_target_element()?;
            return Ok(self.expr(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                },
                start,
            ));
        }
        // Targets are atoms with trailers (CPython's `t_primary`): reading no further keeps
        // the place of a generic error where CPython has it.
        self.primary()
    }
}
