//! Code generation for expressions: operators, calls, displays, comprehensions, lambdas,
//! f-strings, and the conditional jumps that `if`, `while` and `assert` test with.

use python_syntax::ast::{self, CmpOp, Expr, ExprContext, ExprKind};

use super::{Compiler, UnitKind, R};
use crate::error::CompileError;
use crate::fold::{self, Fold};
use crate::ir::{BlockId, Op};
use crate::opcode::Opcode as O;
use crate::value::Constant;

/// Above this many items, displays and calls are built incrementally.
const STACK_USE_GUIDELINE: usize = 30;

/// The `BINARY_OP` argument of an operator (`NB_*`).
pub(crate) fn binop_arg(op: ast::Operator, inplace: bool) -> u32 {
    use ast::Operator::*;
    let base = match op {
        Add => 0,
        BitAnd => 1,
        FloorDiv => 2,
        LShift => 3,
        MatMult => 4,
        Mult => 5,
        Mod => 6,
        BitOr => 7,
        Pow => 8,
        RShift => 9,
        Sub => 10,
        Div => 11,
        BitXor => 12,
    };
    if inplace {
        base + 13
    } else {
        base
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    GenExp,
    List,
    Set,
    Dict,
}

impl<'a> Compiler<'a> {
    /// Compiles an expression, restoring the current location afterwards.
    pub fn expr(&mut self, e: &'a Expr) -> R {
        stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || {
            let saved = self.u_ref().loc;
            self.set_loc(&e.pos);
            let r = self.expr_inner(e);
            self.u().loc = saved;
            r
        })
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R {
        match self.fold_of(e) {
            Some(Fold::Const(c)) => {
                self.load_const(c.clone());
                return Ok(());
            }
            Some(Fold::Format(parts)) => {
                let ExprKind::BinOp { right, .. } = &e.kind else {
                    return Err(self.error("internal error: format without a tuple"));
                };
                let ExprKind::Tuple { elts, .. } = &right.kind else {
                    return Err(self.error("internal error: format without a tuple"));
                };
                return self.format_parts(parts, elts);
            }
            Some(Fold::NegatedCompare(op)) => {
                let op = *op;
                let cmp = negated_compare_node(e);
                self.set_loc(&cmp.pos);
                return self.compare(cmp, Some(op));
            }
            _ => {}
        }
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.addop_i(O::Copy, 1);
                self.expr(target)?;
            }
            ExprKind::BoolOp { op, values } => self.boolop(*op, values)?,
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.addop_i(O::BinaryOp, binop_arg(*op, false));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.addop(match op {
                    ast::UnaryOp::Invert => O::UnaryInvert,
                    ast::UnaryOp::Not => O::UnaryNot,
                    ast::UnaryOp::UAdd => O::UnaryPositive,
                    ast::UnaryOp::USub => O::UnaryNegative,
                });
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                self.addop_j_noline(Op::Jump, end);
                self.use_next_block(next);
                self.expr(orelse)?;
                self.use_next_block(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set { elts } => {
                self.starunpack_helper(elts, 0, O::BuildSet, O::SetAdd, O::SetUpdate, false)?
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, CompKind::GenExp, "<genexpr>", generators, elt, None)?
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, CompKind::List, "<listcomp>", generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, CompKind::Set, "<setcomp>", generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(
                e,
                CompKind::Dict,
                "<dictcomp>",
                generators,
                key,
                Some(value),
            )?,
            ExprKind::Yield { value } => {
                if !self.ste_is_function() {
                    return Err(self.error("'yield' outside function"));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.addop_yield();
            }
            ExprKind::YieldFrom { value } => {
                if !self.ste_is_function() {
                    return Err(self.error("'yield' outside function"));
                }
                if self.u_ref().kind == UnitKind::AsyncFunction {
                    return Err(self.error("'yield from' inside async function"));
                }
                self.expr(value)?;
                self.addop(O::GetYieldFromIter);
                self.load_const(Constant::None);
                self.add_yield_from(false);
            }
            ExprKind::Await { value } => {
                if !self.ste_is_function() {
                    return Err(self.error("'await' outside function"));
                }
                if !matches!(
                    self.u_ref().kind,
                    UnitKind::AsyncFunction | UnitKind::Comprehension
                ) {
                    return Err(self.error("'await' outside async function"));
                }
                self.expr(value)?;
                self.addop_i(O::GetAwaitable, 0);
                self.load_const(Constant::None);
                self.add_yield_from(true);
            }
            ExprKind::Compare { .. } => self.compare(e, None)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::Constant { value, .. } => self.load_const(fold::ast_constant(value)),
            ExprKind::JoinedStr { values } => self.joined_str(values)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut arg = match *conversion {
                    115 => 1,
                    114 => 2,
                    97 => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    arg |= 4;
                }
                self.addop_i(O::FormatValue, arg);
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.expr(value)?;
                self.update_start_location_to_match_attr(e);
                match ctx {
                    ExprContext::Load => self.addop_name(O::LoadAttr, attr),
                    ExprContext::Store => {
                        if attr == "__debug__" {
                            return Err(self.error("cannot assign to __debug__"));
                        }
                        self.addop_name(O::StoreAttr, attr)
                    }
                    ExprContext::Del => self.addop_name(O::DeleteAttr, attr),
                }
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.addop(match ctx {
                    ExprContext::Load => O::BinarySubscr,
                    ExprContext::Store => O::StoreSubscr,
                    ExprContext::Del => O::DeleteSubscr,
                });
            }
            ExprKind::Starred { ctx, .. } => {
                return Err(self.error(match ctx {
                    ExprContext::Store => "starred assignment target must be in a list or tuple",
                    _ => "can't use starred expression here",
                }));
            }
            ExprKind::Slice { lower, upper, step } => {
                match lower {
                    Some(l) => self.expr(l)?,
                    None => self.load_const(Constant::None),
                }
                match upper {
                    Some(u) => self.expr(u)?,
                    None => self.load_const(Constant::None),
                }
                let mut n = 2;
                if let Some(s) = step {
                    n += 1;
                    self.expr(s)?;
                }
                self.addop_i(O::BuildSlice, n);
            }
            ExprKind::Name { id, ctx } => self.nameop(id, *ctx)?,
            ExprKind::List { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_helper(elts)?,
                ExprContext::Load => {
                    let tuple = matches!(self.fold_of(e), Some(Fold::ListAsTuple));
                    self.starunpack_helper(
                        elts,
                        0,
                        O::BuildList,
                        O::ListAppend,
                        O::ListExtend,
                        tuple,
                    )?
                }
                ExprContext::Del => {
                    for x in elts {
                        self.expr(x)?;
                    }
                }
            },
            ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_helper(elts)?,
                ExprContext::Load => self.starunpack_helper(
                    elts,
                    0,
                    O::BuildList,
                    O::ListAppend,
                    O::ListExtend,
                    true,
                )?,
                ExprContext::Del => {
                    for x in elts {
                        self.expr(x)?;
                    }
                }
            },
        }
        Ok(())
    }

    fn ste_is_function(&self) -> bool {
        self.table.get(self.u_ref().scope).is_function()
    }

    fn addop_yield(&mut self) {
        let ste = self.table.get(self.u_ref().scope);
        if ste.generator && ste.coroutine {
            self.addop(O::AsyncGenWrap);
        }
        self.addop(O::YieldValue);
        self.addop_i(O::Resume, 1);
    }

    /// Moves the start of the location to the attribute name when the access spans lines.
    pub fn update_start_location_to_match_attr(&mut self, attr: &Expr) {
        let ExprKind::Attribute { attr: name, .. } = &attr.kind else {
            return;
        };
        let u = self.u();
        let end_lineno = attr.pos.end_lineno as i32;
        if u.loc.lineno != end_lineno {
            u.loc.lineno = end_lineno;
            let len = name.chars().count() as i32;
            let end_col = attr.pos.end_col_offset as i32;
            if len <= end_col {
                u.loc.col = end_col - len;
            } else {
                u.loc.col = -1;
                u.loc.end_col = -1;
            }
            u.loc.end_lineno = u.loc.end_lineno.max(u.loc.lineno);
            if u.loc.lineno == u.loc.end_lineno {
                u.loc.end_col = u.loc.end_col.max(u.loc.col);
            }
            let end = attr.pos.span.end;
            u.loc.span = source::Span::new(end.saturating_sub(name.len() as u32), end);
        }
    }

    fn boolop(&mut self, op: ast::BoolOp, values: &'a [Expr]) -> R {
        let jump = if op == ast::BoolOp::And {
            O::JumpIfFalseOrPop
        } else {
            O::JumpIfTrueOrPop
        };
        let end = self.new_block();
        let n = values.len() - 1;
        for v in &values[..n] {
            self.expr(v)?;
            self.addop_j(Op::Real(jump), end);
            let next = self.new_block();
            self.use_next_block(next);
        }
        self.expr(&values[n])?;
        self.use_next_block(end);
        Ok(())
    }

    /// Builds a list, tuple or set from elements that may include `*iterable`.
    fn starunpack_helper(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        build: O,
        add: O,
        extend: O,
        tuple: bool,
    ) -> R {
        let n = elts.len();
        if n > 2 && elts.iter().all(|x| self.folded.is_constant(x)) {
            let items: Vec<Constant> = elts
                .iter()
                .filter_map(|x| self.folded.constant(x))
                .collect();
            if tuple && pushed == 0 {
                self.load_const(Constant::Tuple(items.into()));
            } else {
                let folded = if add == O::SetAdd {
                    crate::value::make_frozenset(&items)
                } else {
                    Constant::Tuple(items.into())
                };
                self.addop_i(build, pushed);
                self.load_const(folded);
                self.addop_i(extend, 1);
                if tuple {
                    self.addop(O::ListToTuple);
                }
            }
            return Ok(());
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts
            .iter()
            .any(|x| matches!(x.kind, ExprKind::Starred { .. }));
        if !seen_star && !big {
            for x in elts {
                self.expr(x)?;
            }
            self.addop_i(if tuple { O::BuildTuple } else { build }, n as u32 + pushed);
            return Ok(());
        }
        let mut built = false;
        if big {
            self.addop_i(build, pushed);
            built = true;
        }
        for (i, x) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &x.kind {
                if !built {
                    self.addop_i(build, i as u32 + pushed);
                    built = true;
                }
                self.expr(value)?;
                self.addop_i(extend, 1);
            } else {
                self.expr(x)?;
                if built {
                    self.addop_i(add, 1);
                }
            }
        }
        if tuple {
            self.addop(O::ListToTuple);
        }
        Ok(())
    }

    fn unpack_helper(&mut self, elts: &'a [Expr]) -> R {
        let n = elts.len();
        let mut seen_star = false;
        for (i, x) in elts.iter().enumerate() {
            if matches!(x.kind, ExprKind::Starred { .. }) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment"));
                }
                if i >= 256 || n - i > (i32::MAX as usize >> 8) {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                self.addop_i(O::UnpackEx, (i + ((n - i - 1) << 8)) as u32);
                seen_star = true;
            }
        }
        if !seen_star {
            self.addop_i(O::UnpackSequence, n as u32);
        }
        Ok(())
    }

    fn assignment_helper(&mut self, elts: &'a [Expr]) -> R {
        self.unpack_helper(elts)?;
        for x in elts {
            match &x.kind {
                ExprKind::Starred { value, .. } => self.expr(value)?,
                _ => self.expr(x)?,
            }
        }
        Ok(())
    }

    fn subdict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> R {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        let all_const = keys[begin..end]
            .iter()
            .all(|k| k.as_ref().is_some_and(|k| self.folded.is_constant(k)));
        if n > 1 && !big && all_const {
            for v in &values[begin..end] {
                self.expr(v)?;
            }
            let ks: Vec<Constant> = keys[begin..end]
                .iter()
                .filter_map(|k| k.as_ref().and_then(|k| self.folded.constant(k)))
                .collect();
            self.load_const(Constant::Tuple(ks.into()));
            self.addop_i(O::BuildConstKeyMap, n as u32);
            return Ok(());
        }
        if big {
            self.addop_i(O::BuildMap, 0);
        }
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.expr(k)?;
            }
            self.expr(&values[i])?;
            if big {
                self.addop_i(O::MapAdd, 1);
            }
        }
        if !big {
            self.addop_i(O::BuildMap, n as u32);
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> R {
        let n = values.len();
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.addop_i(O::DictUpdate, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.addop_i(O::BuildMap, 0);
                    have_dict = true;
                }
                self.expr(&values[i])?;
                self.addop_i(O::DictUpdate, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.addop_i(O::DictUpdate, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.addop_i(O::DictUpdate, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.addop_i(O::BuildMap, 0);
        }
        Ok(())
    }

    fn addcompare(&mut self, op: CmpOp) {
        match op {
            CmpOp::Eq => self.addop_i(O::CompareOp, 2),
            CmpOp::NotEq => self.addop_i(O::CompareOp, 3),
            CmpOp::Lt => self.addop_i(O::CompareOp, 0),
            CmpOp::LtE => self.addop_i(O::CompareOp, 1),
            CmpOp::Gt => self.addop_i(O::CompareOp, 4),
            CmpOp::GtE => self.addop_i(O::CompareOp, 5),
            CmpOp::Is => self.addop_i(O::IsOp, 0),
            CmpOp::IsNot => self.addop_i(O::IsOp, 1),
            CmpOp::In => self.addop_i(O::ContainsOp, 0),
            CmpOp::NotIn => self.addop_i(O::ContainsOp, 1),
        }
    }

    /// Compiles a comparison; `op_override` replaces its single operator (folded `not`).
    fn compare(&mut self, e: &'a Expr, op_override: Option<CmpOp>) -> R {
        let ExprKind::Compare {
            left,
            ops,
            comparators,
        } = &e.kind
        else {
            return Err(self.error("internal error: not a comparison"));
        };
        let op_at = |i: usize| op_override.unwrap_or(ops[i]);
        self.expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            self.expr(&comparators[0])?;
            self.addcompare(op_at(0));
        } else {
            let cleanup = self.new_block();
            for (i, comparator) in comparators.iter().enumerate().take(n) {
                self.expr(comparator)?;
                self.addop_i(O::Swap, 2);
                self.addop_i(O::Copy, 2);
                self.addcompare(op_at(i));
                self.addop_j(Op::Real(O::JumpIfFalseOrPop), cleanup);
            }
            self.expr(&comparators[n])?;
            self.addcompare(op_at(n));
            let end = self.new_block();
            self.addop_j_noline(Op::Jump, end);
            self.use_next_block(cleanup);
            self.addop_i(O::Swap, 2);
            self.addop(O::PopTop);
            self.use_next_block(end);
        }
        Ok(())
    }

    /// Compiles `e` as a condition that jumps to `next` when its truth equals `cond`.
    pub fn jump_if(&mut self, e: &'a Expr, next: BlockId, cond: bool) -> R {
        stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || {
            self.jump_if_inner(e, next, cond)
        })
    }

    fn jump_if_inner(&mut self, e: &'a Expr, next: BlockId, cond: bool) -> R {
        let folded = self.fold_of(e);
        match (&e.kind, folded) {
            (
                ExprKind::UnaryOp {
                    op: ast::UnaryOp::Not,
                    operand,
                },
                None,
            ) => {
                return self.jump_if(operand, next, !cond);
            }
            (ExprKind::BoolOp { op, values }, None) => {
                let cond2 = *op == ast::BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_block()
                } else {
                    next
                };
                let n = values.len() - 1;
                for v in &values[..n] {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(&values[n], next, cond)?;
                if next2 != next {
                    self.use_next_block(next2);
                }
                return Ok(());
            }
            (ExprKind::IfExp { test, body, orelse }, None) => {
                let end = self.new_block();
                let next2 = self.new_block();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, next, cond)?;
                self.addop_j_noline(Op::Jump, end);
                self.use_next_block(next2);
                self.jump_if(orelse, next, cond)?;
                self.use_next_block(end);
                return Ok(());
            }
            (ExprKind::Compare { .. }, None) => {
                // CPython sets the location here and leaves it for the jump that follows.
                self.set_loc(&e.pos);
            }
            _ => {}
        }
        match (&e.kind, folded) {
            (
                ExprKind::Compare {
                    left,
                    ops,
                    comparators,
                },
                None,
            ) if ops.len() > 1 => {
                let n = ops.len() - 1;
                let cleanup = self.new_block();
                self.expr(left)?;
                for i in 0..n {
                    self.expr(&comparators[i])?;
                    self.addop_i(O::Swap, 2);
                    self.addop_i(O::Copy, 2);
                    self.addcompare(ops[i]);
                    self.addop_j(Op::PopJumpIfFalse, cleanup);
                }
                self.expr(&comparators[n])?;
                self.addcompare(ops[n]);
                self.addop_j(
                    if cond {
                        Op::PopJumpIfTrue
                    } else {
                        Op::PopJumpIfFalse
                    },
                    next,
                );
                let end = self.new_block();
                self.addop_j_noline(Op::Jump, end);
                self.use_next_block(cleanup);
                self.addop(O::PopTop);
                if !cond {
                    self.addop_j_noline(Op::Jump, next);
                }
                self.use_next_block(end);
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.addop_j(
            if cond {
                Op::PopJumpIfTrue
            } else {
                Op::PopJumpIfFalse
            },
            next,
        );
        Ok(())
    }

    fn lambda(&mut self, e: &'a Expr, args: &'a ast::Arguments, body: &'a Expr) -> R {
        self.check_debug_args(args)?;
        let funcflags = self.default_arguments(args)?;
        self.enter_scope("<lambda>", UnitKind::Lambda, fold::key(e), e.pos.lineno)?;
        self.add_const(Constant::None);
        let u = self.u();
        u.argcount = args.args.len() as u32;
        u.posonlyargcount = args.posonlyargs.len() as u32;
        u.kwonlyargcount = args.kwonlyargs.len() as u32;
        self.expr(body)?;
        let generator = self.table.get(self.u_ref().scope).generator;
        let code = if generator {
            self.exit_scope_assemble(false)?
        } else {
            self.addop(O::ReturnValue);
            self.exit_scope_assemble(true)?
        };
        self.make_closure(code, funcflags, None)
    }

    fn is_import_originated(&self, e: &Expr) -> bool {
        let ExprKind::Name { id, .. } = &e.kind else {
            return false;
        };
        self.table.get(crate::symtable::ScopeId(0)).flags(id) & crate::symtable::DEF_IMPORT != 0
    }

    fn validate_keywords(&mut self, keywords: &'a [ast::Keyword]) -> R {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else {
                continue;
            };
            if name == "__debug__" {
                return Err(self.error("cannot assign to __debug__"));
            }
            for other in &keywords[i + 1..] {
                if other.arg.as_deref() == Some(name.as_str()) {
                    self.set_loc(&other.pos);
                    return Err(self.error(format!("keyword argument repeated: {name}")));
                }
            }
        }
        Ok(())
    }

    /// Tries the `LOAD_METHOD` form of `obj.meth(args)`; returns false when it does not apply.
    fn maybe_optimize_method_call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
    ) -> Result<bool, CompileError> {
        let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &func.kind
        else {
            return Ok(false);
        };
        if self.fold_of(func).is_some() || self.is_import_originated(value) {
            return Ok(false);
        }
        let nargs = args.len();
        let nkw = keywords.len();
        if nargs + nkw + (nkw != 0) as usize >= STACK_USE_GUIDELINE {
            return Ok(false);
        }
        if args
            .iter()
            .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none())
        {
            return Ok(false);
        }
        self.expr(value)?;
        self.set_loc(&func.pos);
        self.update_start_location_to_match_attr(func);
        self.addop_name(O::LoadMethod, attr);
        for a in args {
            self.expr(a)?;
        }
        if nkw > 0 {
            for k in keywords {
                self.expr(&k.value)?;
            }
            self.call_simple_kw_helper(keywords);
        }
        self.set_loc(&e.pos);
        self.update_start_location_to_match_attr(func);
        self.addop_i(O::Precall, (nargs + nkw) as u32);
        self.addop_i(O::Call, (nargs + nkw) as u32);
        Ok(true)
    }

    fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
    ) -> R {
        self.validate_keywords(keywords)?;
        if self.maybe_optimize_method_call(e, func, args, keywords)? {
            return Ok(());
        }
        self.set_loc(&func.pos);
        self.addop(O::PushNull);
        self.set_loc(&e.pos);
        self.expr(func)?;
        self.call_helper(0, args, keywords)
    }

    fn call_simple_kw_helper(&mut self, keywords: &'a [ast::Keyword]) {
        let names: Vec<Constant> = keywords
            .iter()
            .map(|k| Constant::str(k.arg.as_deref().unwrap_or("")))
            .collect();
        let i = self.add_const(Constant::Tuple(names.into()));
        self.addop_i(O::KwNames, i);
    }

    fn subkwargs(&mut self, keywords: &'a [ast::Keyword], begin: usize, end: usize) -> R {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in &keywords[begin..end] {
                self.expr(&k.value)?;
            }
            let names: Vec<Constant> = keywords[begin..end]
                .iter()
                .map(|k| Constant::str(k.arg.as_deref().unwrap_or("")))
                .collect();
            self.load_const(Constant::Tuple(names.into()));
            self.addop_i(O::BuildConstKeyMap, n as u32);
            return Ok(());
        }
        if big {
            self.addop_i_noline(O::BuildMap, 0);
        }
        for k in &keywords[begin..end] {
            self.load_const(Constant::str(k.arg.as_deref().unwrap_or("")));
            self.expr(&k.value)?;
            if big {
                self.addop_i_noline(O::MapAdd, 1);
            }
        }
        if !big {
            self.addop_i(O::BuildMap, n as u32);
        }
        Ok(())
    }

    /// The arguments and the call itself, shared by calls and class statements.
    pub fn call_helper(&mut self, n: u32, args: &'a [Expr], keywords: &'a [ast::Keyword]) -> R {
        self.validate_keywords(keywords)?;
        let nelts = args.len();
        let nkw = keywords.len();
        let ex_call = nelts + nkw * 2 > STACK_USE_GUIDELINE
            || args
                .iter()
                .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none());
        if !ex_call {
            for a in args {
                self.expr(a)?;
            }
            if nkw > 0 {
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.call_simple_kw_helper(keywords);
            }
            let total = n + (nelts + nkw) as u32;
            self.addop_i(O::Precall, total);
            self.addop_i(O::Call, total);
            return Ok(());
        }
        if n == 0 && nelts == 1 && matches!(args[0].kind, ExprKind::Starred { .. }) {
            if let ExprKind::Starred { value, .. } = &args[0].kind {
                self.expr(value)?;
            }
        } else {
            self.starunpack_helper(args, n, O::BuildList, O::ListAppend, O::ListExtend, true)?;
        }
        if nkw > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(keywords, i - nseen, i)?;
                        if have_dict {
                            self.addop_i(O::DictMerge, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.addop_i(O::BuildMap, 0);
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.addop_i(O::DictMerge, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(keywords, nkw - nseen, nkw)?;
                if have_dict {
                    self.addop_i(O::DictMerge, 1);
                }
            }
        }
        self.addop_i(O::CallFunctionEx, (nkw > 0) as u32);
        Ok(())
    }

    /// A `%`-format the folder turned into an f-string: literal parts have no position, each
    /// formatted value has its argument's.
    fn format_parts(&mut self, parts: &'a [fold::FormatPart], elts: &'a [Expr]) -> R {
        let big = parts.len() > STACK_USE_GUIDELINE;
        if big {
            self.load_const(Constant::str(""));
            self.addop_name_raw(O::LoadMethod, "join");
            self.addop_i(O::BuildList, 0);
        }
        for part in parts {
            let saved = self.u_ref().loc;
            match part {
                fold::FormatPart::Literal(text) => {
                    self.unset_loc();
                    self.load_const(Constant::str(text));
                }
                fold::FormatPart::Value {
                    index,
                    conversion,
                    spec,
                } => {
                    let arg = &elts[*index];
                    self.set_loc(&arg.pos);
                    self.expr(arg)?;
                    let mut oparg = match conversion {
                        's' => 1,
                        'r' => 2,
                        _ => 3,
                    };
                    if let Some(spec) = spec {
                        let here = self.u_ref().loc;
                        self.unset_loc();
                        self.load_const(Constant::str(spec));
                        self.u().loc = here;
                        oparg |= 4;
                    }
                    self.addop_i(O::FormatValue, oparg);
                }
            }
            self.u().loc = saved;
            if big {
                self.addop_i(O::ListAppend, 1);
            }
        }
        if big {
            self.addop_i(O::Precall, 1);
            self.addop_i(O::Call, 1);
        } else if parts.len() != 1 {
            self.addop_i(O::BuildString, parts.len() as u32);
        }
        Ok(())
    }

    fn joined_str(&mut self, values: &'a [Expr]) -> R {
        if values.len() > STACK_USE_GUIDELINE {
            self.load_const(Constant::str(""));
            self.addop_name_raw(O::LoadMethod, "join");
            self.addop_i(O::BuildList, 0);
            for v in values {
                self.expr(v)?;
                self.addop_i(O::ListAppend, 1);
            }
            self.addop_i(O::Precall, 1);
            self.addop_i(O::Call, 1);
        } else {
            for v in values {
                self.expr(v)?;
            }
            if values.len() != 1 {
                self.addop_i(O::BuildString, values.len() as u32);
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind,
        name: &str,
        generators: &'a [ast::Comprehension],
        elt: &'a Expr,
        val: Option<&'a Expr>,
    ) -> R {
        let outer_kind = self.u_ref().kind;
        let outermost = &generators[0];
        self.enter_scope(name, UnitKind::Comprehension, fold::key(e), e.pos.lineno)?;
        self.set_loc(&e.pos);
        let is_async_generator = self.table.get(self.u_ref().scope).coroutine;
        if is_async_generator
            && kind != CompKind::GenExp
            && outer_kind != UnitKind::AsyncFunction
            && outer_kind != UnitKind::Comprehension
        {
            return Err(
                self.error("asynchronous comprehension outside of an asynchronous function")
            );
        }
        if kind != CompKind::GenExp {
            let op = match kind {
                CompKind::List => O::BuildList,
                CompKind::Set => O::BuildSet,
                _ => O::BuildMap,
            };
            self.addop_i(op, 0);
        }
        self.comprehension_generator(generators, 0, 0, elt, val, kind)?;
        if kind != CompKind::GenExp {
            self.addop(O::ReturnValue);
        }
        let qualname = self.u_ref().qualname.clone();
        let code = self.exit_scope_assemble(true)?;
        self.make_closure(code, 0, qualname)?;
        self.expr(&outermost.iter)?;
        if outermost.is_async {
            self.addop(O::GetAiter);
        } else {
            self.addop(O::GetIter);
        }
        self.addop_i(O::Precall, 0);
        self.addop_i(O::Call, 0);
        if is_async_generator && kind != CompKind::GenExp {
            self.addop_i(O::GetAwaitable, 0);
            self.load_const(Constant::None);
            self.add_yield_from(true);
        }
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> R {
        if generators[index].is_async {
            self.async_comprehension_generator(generators, index, depth, elt, val, kind)
        } else {
            self.sync_comprehension_generator(generators, index, depth, elt, val, kind)
        }
    }

    fn comprehension_element(
        &mut self,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
        depth: u32,
    ) -> R {
        match kind {
            CompKind::GenExp => {
                self.expr(elt)?;
                self.addop_yield();
                self.addop(O::PopTop);
            }
            CompKind::List => {
                self.expr(elt)?;
                self.addop_i(O::ListAppend, depth + 1);
            }
            CompKind::Set => {
                self.expr(elt)?;
                self.addop_i(O::SetAdd, depth + 1);
            }
            CompKind::Dict => {
                self.expr(elt)?;
                if let Some(v) = val {
                    self.expr(v)?;
                }
                self.addop_i(O::MapAdd, depth + 1);
            }
        }
        Ok(())
    }

    fn sync_comprehension_generator(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> R {
        let mut start = Some(self.new_block());
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        let gen = &generators[index];
        if index == 0 {
            self.u().argcount = 1;
            self.addop_i(O::LoadFast, 0);
        } else {
            // The fast path for the temporary-variable idiom `for y in [f(x)]`.
            let elts = match (&gen.iter.kind, self.fold_of(&gen.iter)) {
                (
                    ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. },
                    None | Some(Fold::ListAsTuple),
                ) => Some(elts),
                _ => None,
            };
            if let Some(elts) = elts {
                if elts.len() == 1 && !matches!(elts[0].kind, ExprKind::Starred { .. }) {
                    self.expr(&elts[0])?;
                    start = None;
                }
            }
            if start.is_some() {
                self.expr(&gen.iter)?;
                self.addop(O::GetIter);
            }
        }
        if let Some(s) = start {
            depth += 1;
            self.use_next_block(s);
            self.addop_j(Op::Real(O::ForIter), anchor);
        }
        self.expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, elt, val, kind)?;
        } else {
            self.comprehension_element(elt, val, kind, depth)?;
        }
        self.use_next_block(if_cleanup);
        if let Some(s) = start {
            self.addop_j(Op::Jump, s);
            self.use_next_block(anchor);
        }
        Ok(())
    }

    fn async_comprehension_generator(
        &mut self,
        generators: &'a [ast::Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> R {
        let start = self.new_block();
        let except = self.new_block();
        let if_cleanup = self.new_block();
        let gen = &generators[index];
        if index == 0 {
            self.u().argcount = 1;
            self.addop_i(O::LoadFast, 0);
        } else {
            self.expr(&gen.iter)?;
            self.addop(O::GetAiter);
        }
        self.use_next_block(start);
        self.push_fblock(
            super::FBlockKind::AsyncComprehensionGenerator,
            Some(start),
            None,
            super::Datum::None,
        )?;
        self.addop_j(Op::SetupFinally, except);
        self.addop(O::GetAnext);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.addop_pseudo(Op::PopBlock);
        self.expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        depth += 1;
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, elt, val, kind)?;
        } else {
            self.comprehension_element(elt, val, kind, depth)?;
        }
        self.use_next_block(if_cleanup);
        self.addop_j(Op::Jump, start);
        self.pop_fblock();
        self.use_next_block(except);
        self.addop(O::EndAsyncFor);
        Ok(())
    }
}

/// The comparison node a folded `not` stands for (through nested folded `not`s).
fn negated_compare_node(e: &Expr) -> &Expr {
    let mut cur = e;
    while let ExprKind::UnaryOp { operand, .. } = &cur.kind {
        cur = operand;
    }
    cur
}
