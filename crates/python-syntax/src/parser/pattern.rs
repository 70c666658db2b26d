//! Patterns of `case` clauses (PEP 634), as the 3.11 grammar's `patterns` rule reads them.

use super::core::{PResult, Parser, RED_ZONE, STACK_CHUNK};
use super::lexer::T;
use crate::ast::*;

impl Parser<'_> {
    fn pattern_node(&self, kind: PatternKind, start: usize) -> Pattern {
        Pattern {
            kind,
            pos: self.pos_from(start),
        }
    }

    /// `patterns`: an open sequence (`case a, *b:`) or one pattern.
    pub fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.pos;
        let first = self.maybe_star_pattern()?;
        if self.peek() != T::Comma {
            if matches!(first.kind, PatternKind::MatchStar { .. }) {
                return self.fail();
            }
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(T::Comma) {
            if matches!(self.peek(), T::Colon | T::If) {
                break;
            }
            patterns.push(self.maybe_star_pattern()?);
        }
        Ok(self.pattern_node(PatternKind::MatchSequence { patterns }, start))
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if self.peek() != T::Star {
            return self.pattern();
        }
        let start = self.pos;
        self.bump();
        if self.peek() != T::Name {
            return self.fail();
        }
        let name = self.ident(self.pos);
        self.bump();
        let name = if name == "_" { None } else { Some(name) };
        Ok(self.pattern_node(PatternKind::MatchStar { name }, start))
    }

    /// `pattern`: an or-pattern, maybe with `as NAME`.
    pub fn pattern(&mut self) -> PResult<Pattern> {
        let start = self.pos;
        self.enter(4)?;
        let result = stacker::maybe_grow(RED_ZONE, STACK_CHUNK, || self.or_pattern());
        self.leave(4);
        let p = result?;
        if !self.eat(T::As) {
            return Ok(p);
        }
        if self.peek() != T::Name || self.text_of(self.pos) == "_" {
            return self.fail();
        }
        let name = self.ident(self.pos);
        self.bump();
        Ok(self.pattern_node(
            PatternKind::MatchAs {
                pattern: Some(Box::new(p)),
                name: Some(name),
            },
            start,
        ))
    }

    fn or_pattern(&mut self) -> PResult<Pattern> {
        let start = self.pos;
        let first = self.closed_pattern()?;
        if self.peek() != T::VBar {
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(T::VBar) {
            patterns.push(self.closed_pattern()?);
        }
        Ok(self.pattern_node(PatternKind::MatchOr { patterns }, start))
    }

    /// A signed number, or a complex literal `real ± imaginary`.
    fn literal_number(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let real = self.signed_number()?;
        if matches!(self.peek(), T::Plus | T::Minus) {
            let op = if self.peek() == T::Plus {
                Operator::Add
            } else {
                Operator::Sub
            };
            self.bump();
            if self.peek() != T::Number {
                return self.fail();
            }
            let s = self.pos;
            let value = self.number_value(self.pos)?;
            self.bump();
            let imag = self.expr(ExprKind::Constant { value, kind: None }, s);
            return Ok(self.expr(
                ExprKind::BinOp {
                    left: Box::new(real),
                    op,
                    right: Box::new(imag),
                },
                start,
            ));
        }
        Ok(real)
    }

    fn signed_number(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let negative = self.eat(T::Minus);
        if self.peek() != T::Number {
            return self.fail();
        }
        let s = self.pos;
        let value = self.number_value(self.pos)?;
        self.bump();
        let number = self.expr(ExprKind::Constant { value, kind: None }, s);
        if !negative {
            return Ok(number);
        }
        Ok(self.expr(
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: Box::new(number),
            },
            start,
        ))
    }

    /// `name_or_attr`: a name, or a dotted attribute chain.
    fn name_or_attr(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let id = self.ident(self.pos);
        self.bump();
        let mut e = self.expr(
            ExprKind::Name {
                id,
                ctx: ExprContext::Load,
            },
            start,
        );
        while self.eat(T::Dot) {
            if self.peek() != T::Name {
                return self.fail();
            }
            let attr = self.ident(self.pos);
            self.bump();
            e = self.expr(
                ExprKind::Attribute {
                    value: Box::new(e),
                    attr,
                    ctx: ExprContext::Load,
                },
                start,
            );
        }
        Ok(e)
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let start = self.pos;
        match self.peek() {
            T::Number | T::Minus => {
                let value = self.literal_number()?;
                Ok(self.pattern_node(
                    PatternKind::MatchValue {
                        value: Box::new(value),
                    },
                    start,
                ))
            }
            T::String => {
                let value = self.strings()?;
                if matches!(value.kind, ExprKind::JoinedStr { .. }) {
                    let pos = value.pos;
                    return self.error_nodes(
                        "patterns may only match literals and attribute lookups",
                        &pos,
                        &pos,
                    );
                }
                Ok(self.pattern_node(
                    PatternKind::MatchValue {
                        value: Box::new(value),
                    },
                    start,
                ))
            }
            T::KwNone | T::KwTrue | T::KwFalse => {
                let value = match self.peek() {
                    T::KwNone => Constant::None,
                    T::KwTrue => Constant::Bool(true),
                    _ => Constant::Bool(false),
                };
                self.bump();
                Ok(self.pattern_node(PatternKind::MatchSingleton { value }, start))
            }
            T::Name => {
                let e = self.name_or_attr()?;
                if self.peek() == T::LPar {
                    return self.class_pattern(start, e);
                }
                match e.kind {
                    ExprKind::Name { id, .. } => {
                        let name = if id == "_" { None } else { Some(id) };
                        Ok(self.pattern_node(
                            PatternKind::MatchAs {
                                pattern: None,
                                name,
                            },
                            start,
                        ))
                    }
                    _ => Ok(
                        self.pattern_node(PatternKind::MatchValue { value: Box::new(e) }, start)
                    ),
                }
            }
            T::LPar => {
                self.bump();
                if self.eat(T::RPar) {
                    return Ok(self.pattern_node(
                        PatternKind::MatchSequence {
                            patterns: Vec::new(),
                        },
                        start,
                    ));
                }
                let first = self.maybe_star_pattern()?;
                if self.eat(T::RPar) {
                    if matches!(first.kind, PatternKind::MatchStar { .. }) {
                        return Ok(self.pattern_node(
                            PatternKind::MatchSequence {
                                patterns: vec![first],
                            },
                            start,
                        ));
                    }
                    // A group: the pattern itself, without the parentheses.
                    return Ok(first);
                }
                let mut patterns = vec![first];
                while self.eat(T::Comma) {
                    if self.peek() == T::RPar {
                        break;
                    }
                    patterns.push(self.maybe_star_pattern()?);
                }
                self.expect(T::RPar)?;
                Ok(self.pattern_node(PatternKind::MatchSequence { patterns }, start))
            }
            T::LSqb => {
                self.bump();
                let mut patterns = Vec::new();
                while self.peek() != T::RSqb {
                    patterns.push(self.maybe_star_pattern()?);
                    if !self.eat(T::Comma) {
                        break;
                    }
                }
                self.expect(T::RSqb)?;
                Ok(self.pattern_node(PatternKind::MatchSequence { patterns }, start))
            }
            T::LBrace => self.mapping_pattern(),
            _ => self.fail(),
        }
    }

    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        let start = self.pos;
        self.bump();
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while self.peek() != T::RBrace {
            if self.eat(T::DoubleStar) {
                if self.peek() != T::Name {
                    return self.fail();
                }
                rest = Some(self.ident(self.pos));
                self.bump();
                self.eat(T::Comma);
                break;
            }
            let key = match self.peek() {
                T::Number | T::Minus => self.literal_number()?,
                T::String => self.strings()?,
                T::KwNone | T::KwTrue | T::KwFalse => {
                    let s = self.pos;
                    let value = match self.peek() {
                        T::KwNone => Constant::None,
                        T::KwTrue => Constant::Bool(true),
                        _ => Constant::Bool(false),
                    };
                    self.bump();
                    self.expr(ExprKind::Constant { value, kind: None }, s)
                }
                T::Name => {
                    let e = self.name_or_attr()?;
                    if !matches!(e.kind, ExprKind::Attribute { .. }) {
                        return self.fail();
                    }
                    e
                }
                _ => return self.fail(),
            };
            self.expect(T::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect(T::RBrace)?;
        Ok(self.pattern_node(
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            },
            start,
        ))
    }

    fn class_pattern(&mut self, start: usize, cls: Expr) -> PResult<Pattern> {
        self.bump();
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        while self.peek() != T::RPar {
            if self.peek() == T::Name && self.peek_at(1) == T::Equal {
                kwd_attrs.push(self.ident(self.pos));
                self.bump();
                self.bump();
                kwd_patterns.push(self.pattern()?);
            } else {
                if !kwd_attrs.is_empty() {
                    let p = self.pattern()?;
                    let pos = p.pos;
                    return self.error_nodes(
                        "positional patterns follow keyword patterns",
                        &pos,
                        &pos,
                    );
                }
                patterns.push(self.pattern()?);
            }
            if !self.eat(T::Comma) {
                break;
            }
        }
        self.expect(T::RPar)?;
        Ok(self.pattern_node(
            PatternKind::MatchClass {
                cls: Box::new(cls),
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
            start,
        ))
    }
}
