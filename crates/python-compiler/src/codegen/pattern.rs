//! Code generation for `match` statements (PEP 634), as CPython 3.11 compiles patterns.
//!
//! Every pattern routine consumes the subject on top of the stack and jumps to a "fail pop"
//! block on failure; the fail-pop blocks, chained at the end of a case, pop however many
//! items were on the stack at the failing jump. Names a pattern captures are kept on the stack
//! until the whole pattern matched, and only then stored.

use python_syntax::ast::{self, Expr, ExprKind, MatchCase, Pattern, PatternKind};

use super::{Compiler, R};
use crate::ir::{BlockId, Op};
use crate::opcode::Opcode as O;
use crate::value::Constant;

/// The state threaded through the pattern routines (`pattern_context`).
struct PatternContext {
    /// Names captured so far, in the order they sit on the stack.
    stores: Vec<String>,
    /// Whether an irrefutable pattern is allowed here.
    allow_irrefutable: bool,
    /// `fail_pop[i]` pops `i` items and falls through to `fail_pop[i - 1]`.
    fail_pop: Vec<BlockId>,
    /// How many items above the captures must stay on the stack.
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        &p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

fn is_wildcard_star(p: &Pattern) -> bool {
    matches!(&p.kind, PatternKind::MatchStar { name: None })
}

impl<'a> Compiler<'a> {
    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let b = self.new_block();
            pc.fail_pop.push(b);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Op) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        self.addop_j(op, pc.fail_pop[pops]);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            return;
        }
        for i in (1..pc.fail_pop.len()).rev() {
            self.use_next_block(pc.fail_pop[i]);
            self.addop(O::PopTop);
        }
        self.use_next_block(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn pattern_rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.addop_i(O::Swap, count as u32);
            count -= 1;
        }
    }

    fn pattern_store_name(&mut self, name: Option<&str>, pc: &mut PatternContext) -> R {
        let Some(name) = name else {
            self.addop(O::PopTop);
            return Ok(());
        };
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__"));
        }
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
        }
        let rotations = pc.on_top + pc.stores.len() + 1;
        self.pattern_rotate(rotations);
        pc.stores.push(name.to_string());
        Ok(())
    }

    fn pattern_unpack_helper(&mut self, patterns: &'a [Pattern]) -> R {
        let n = patterns.len();
        let mut seen_star = false;
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p.kind, PatternKind::MatchStar { .. }) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in sequence pattern"));
                }
                if i >= 256 {
                    return Err(
                        self.error("too many expressions in star-unpacking sequence pattern")
                    );
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

    fn pattern_sequence_unpack(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext) -> R {
        self.pattern_unpack_helper(patterns)?;
        pc.on_top += patterns.len();
        for p in patterns {
            pc.on_top -= 1;
            self.pattern_subpattern(p, pc)?;
        }
        Ok(())
    }

    fn pattern_sequence_subscr(
        &mut self,
        patterns: &'a [Pattern],
        star: usize,
        pc: &mut PatternContext,
    ) -> R {
        pc.on_top += 1;
        let size = patterns.len();
        for (i, p) in patterns.iter().enumerate() {
            if is_wildcard(p) || i == star {
                continue;
            }
            self.addop_i(O::Copy, 1);
            if i < star {
                self.load_const(Constant::int(i as i64));
            } else {
                self.addop(O::GetLen);
                self.load_const(Constant::int((size - i) as i64));
                self.addop_i(
                    O::BinaryOp,
                    super::expr::binop_arg(ast::Operator::Sub, false),
                );
            }
            self.addop(O::BinarySubscr);
            self.pattern_subpattern(p, pc)?;
        }
        pc.on_top -= 1;
        self.addop(O::PopTop);
        Ok(())
    }

    fn pattern_subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> R {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> R {
        stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || self.pattern_inner(p, pc))
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> R {
        self.set_loc(&p.pos);
        match &p.kind {
            PatternKind::MatchValue { value } => {
                let ok = matches!(
                    value.kind,
                    ExprKind::Constant { .. } | ExprKind::Attribute { .. }
                ) || self.folded.is_constant(value);
                if !ok {
                    return Err(
                        self.error("patterns may only match literals and attribute lookups")
                    );
                }
                self.expr(value)?;
                self.addop_i(O::CompareOp, 2);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            PatternKind::MatchSingleton { value } => {
                self.load_const(crate::fold::ast_constant(value));
                self.addop_i(O::IsOp, 0);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            PatternKind::MatchSequence { patterns } => self.pattern_sequence(patterns, pc)?,
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.pattern_mapping(keys, patterns, rest.as_deref(), pc)?,
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc)?,
            PatternKind::MatchStar { name } => self.pattern_store_name(name.as_deref(), pc)?,
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return Err(self.error(match name {
                            Some(n) => {
                                format!("name capture '{n}' makes remaining patterns unreachable")
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        }));
                    }
                    self.pattern_store_name(name.as_deref(), pc)?;
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.addop_i(O::Copy, 1);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.pattern_store_name(name.as_deref(), pc)?;
                }
            },
            PatternKind::MatchOr { patterns } => self.pattern_or(patterns, pc)?,
        }
        Ok(())
    }

    fn pattern_class(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> R {
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        if nattrs > 0 {
            for (i, attr) in kwd_attrs.iter().enumerate() {
                if let Some(q) = kwd_patterns.get(i) {
                    self.set_loc(&q.pos);
                }
                if attr == "__debug__" {
                    return Err(self.error("cannot assign to __debug__"));
                }
                for (j, other) in kwd_attrs.iter().enumerate().skip(i + 1) {
                    if other == attr {
                        if let Some(q) = kwd_patterns.get(j) {
                            self.set_loc(&q.pos);
                        }
                        return Err(
                            self.error(format!("attribute name repeated in class pattern: {attr}"))
                        );
                    }
                }
            }
            self.set_loc(&p.pos);
        }
        self.expr(cls)?;
        let names: Vec<Constant> = kwd_attrs.iter().map(|a| Constant::str(a)).collect();
        self.load_const(Constant::Tuple(names.into()));
        self.addop_i(O::MatchClass, nargs as u32);
        self.addop_i(O::Copy, 1);
        self.load_const(Constant::None);
        self.addop_i(O::IsOp, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        self.addop_i(O::UnpackSequence, (nargs + nattrs) as u32);
        pc.on_top = pc.on_top + nargs + nattrs - 1;
        for i in 0..nargs + nattrs {
            pc.on_top -= 1;
            let q = if i < nargs {
                &patterns[i]
            } else {
                &kwd_patterns[i - nargs]
            };
            if is_wildcard(q) {
                self.addop(O::PopTop);
                continue;
            }
            self.pattern_subpattern(q, pc)?;
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&'a str>,
        pc: &mut PatternContext,
    ) -> R {
        let size = keys.len();
        if size != patterns.len() {
            return Err(self.error(format!(
                "keys ({}) / patterns ({}) length mismatch in mapping pattern",
                size,
                patterns.len()
            )));
        }
        pc.on_top += 1;
        self.addop(O::MatchMapping);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.addop(O::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.addop(O::GetLen);
            self.load_const(Constant::int(size as i64));
            self.addop_i(O::CompareOp, 5);
            self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        }
        let mut seen: Vec<Constant> = Vec::new();
        for key in keys {
            if let Some(c) = self.folded.constant(key) {
                if seen.iter().any(|s| crate::value::py_eq(s, &c)) {
                    return Err(self.error(format!(
                        "mapping pattern checks duplicate key ({})",
                        c.repr()
                    )));
                }
                seen.push(c);
            } else if !matches!(key.kind, ExprKind::Attribute { .. }) {
                return Err(self
                    .error("mapping pattern keys may only match literals and attribute lookups"));
            }
            self.expr(key)?;
        }
        self.addop_i(O::BuildTuple, size as u32);
        self.addop(O::MatchKeys);
        pc.on_top += 2;
        self.addop_i(O::Copy, 1);
        self.load_const(Constant::None);
        self.addop_i(O::IsOp, 1);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        self.addop_i(O::UnpackSequence, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for q in patterns {
            pc.on_top -= 1;
            self.pattern_subpattern(q, pc)?;
        }
        pc.on_top -= 2;
        if let Some(star) = rest {
            self.addop_i(O::BuildMap, 0);
            self.addop_i(O::Swap, 3);
            self.addop_i(O::DictUpdate, 2);
            self.addop_i(O::UnpackSequence, size as u32);
            let mut n = size;
            while n > 0 {
                self.addop_i(O::Copy, 1 + n as u32);
                n -= 1;
                self.addop_i(O::Swap, 2);
                self.addop(O::DeleteSubscr);
            }
            self.pattern_store_name(Some(star), pc)?;
        } else {
            self.addop(O::PopTop);
            self.addop(O::PopTop);
        }
        Ok(())
    }

    fn pattern_or(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext) -> R {
        let end = self.new_block();
        let size = patterns.len();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let old_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in patterns.iter().enumerate() {
            self.set_loc(&alt.pos);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == size && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.addop_i(O::Copy, 1);
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctrl) if ctrl.len() != nstores => {
                    return Err(self.error("alternative patterns bind different names"));
                }
                Some(ctrl) if nstores > 0 => {
                    let ctrl = ctrl.clone();
                    for icontrol in (0..nstores).rev() {
                        let name = &ctrl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return Err(self.error("alternative patterns bind different names"));
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.pattern_rotate(icontrol + 1);
                            }
                        }
                    }
                }
                _ => {}
            }
            self.addop_j(Op::Jump, end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        pc.allow_irrefutable = old_allow;
        self.addop(O::PopTop);
        self.jump_to_fail_pop(pc, Op::Jump);
        self.use_next_block(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.pattern_rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(format!("multiple assignments to name '{name}' in pattern")));
            }
            pc.stores.push(name);
        }
        self.addop(O::PopTop);
        Ok(())
    }

    fn pattern_sequence(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext) -> R {
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p.kind, PatternKind::MatchStar { .. }) {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                star_wildcard = is_wildcard_star(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        pc.on_top += 1;
        self.addop(O::MatchSequence);
        self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
        match star {
            None => {
                self.addop(O::GetLen);
                self.load_const(Constant::int(size as i64));
                self.addop_i(O::CompareOp, 2);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Some(_) if size > 1 => {
                self.addop(O::GetLen);
                self.load_const(Constant::int(size as i64 - 1));
                self.addop_i(O::CompareOp, 5);
                self.jump_to_fail_pop(pc, Op::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.addop(O::PopTop);
        } else if star_wildcard {
            self.pattern_sequence_subscr(patterns, star.unwrap_or(usize::MAX), pc)?;
        } else {
            self.pattern_sequence_unpack(patterns, pc)?;
        }
        Ok(())
    }

    /// Compiles a `match` statement.
    pub fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> R {
        self.expr(subject)?;
        let end = self.new_block();
        let n = cases.len();
        let last = &cases[n - 1];
        let has_default = is_wildcard(&last.pattern) && n > 1;
        let mut pc = PatternContext {
            stores: Vec::new(),
            allow_irrefutable: false,
            fail_pop: Vec::new(),
            on_top: 0,
        };
        let count = n - has_default as usize;
        for (i, m) in cases.iter().enumerate().take(count) {
            self.set_loc(&m.pattern.pos);
            if i != count - 1 {
                self.addop_i(O::Copy, 1);
            }
            pc.stores = Vec::new();
            pc.allow_irrefutable = m.guard.is_some() || i == n - 1;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.pattern(&m.pattern, &mut pc)?;
            for name in std::mem::take(&mut pc.stores) {
                self.nameop(&name, ast::ExprContext::Store)?;
            }
            if let Some(guard) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(guard, target, false)?;
            }
            if i != count - 1 {
                self.addop(O::PopTop);
            }
            self.stmts(&m.body)?;
            self.unset_loc();
            self.addop_j(Op::Jump, end);
            self.set_loc(&m.pattern.pos);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            self.set_loc(&last.pattern.pos);
            if n == 1 {
                self.addop(O::PopTop);
            } else {
                self.addop(O::Nop);
            }
            if let Some(guard) = &last.guard {
                self.jump_if(guard, end, false)?;
            }
            self.stmts(&last.body)?;
            self.unset_loc();
        }
        self.use_next_block(end);
        Ok(())
    }
}
