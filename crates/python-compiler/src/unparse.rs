//! Expressions back to source text, as CPython's `Python/ast_unparse.c` writes annotations
//! under `from __future__ import annotations`.

use python_syntax::ast::{self, CmpOp, Expr, ExprKind, Operator};

use crate::fold::ast_constant;
use crate::value::Constant;

/// Precedence levels of `ast_unparse.c`, lowest first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Pr {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    Bor,
    Bxor,
    Band,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

/// The source text of an expression, as `ast.unparse` would give it for an annotation.
pub fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, Pr::Test);
    out
}

fn constant_repr(c: &ast::Constant) -> String {
    match c {
        ast::Constant::Ellipsis => "...".into(),
        ast::Constant::Float(f) if f.is_infinite() => {
            if *f > 0.0 {
                "1e309".into()
            } else {
                "-1e309".into()
            }
        }
        ast::Constant::Complex(i) if i.is_infinite() => "1e309j".into(),
        other => ast_constant(other).repr(),
    }
}

fn binop(op: Operator) -> (&'static str, Pr) {
    use Operator::*;
    match op {
        Add => (" + ", Pr::Arith),
        Sub => (" - ", Pr::Arith),
        Mult => (" * ", Pr::Term),
        MatMult => (" @ ", Pr::Term),
        Div => (" / ", Pr::Term),
        Mod => (" % ", Pr::Term),
        LShift => (" << ", Pr::Shift),
        RShift => (" >> ", Pr::Shift),
        BitOr => (" | ", Pr::Bor),
        BitXor => (" ^ ", Pr::Bxor),
        BitAnd => (" & ", Pr::Band),
        FloorDiv => (" // ", Pr::Term),
        Pow => (" ** ", Pr::Power),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

fn seq(out: &mut String, items: &[Expr]) {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, x, Pr::Test);
    }
}

fn comprehensions(out: &mut String, gens: &[ast::Comprehension]) {
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, Pr::Tuple);
        out.push_str(" in ");
        expr(out, &g.iter, Pr::Test);
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, Pr::Test);
        }
    }
}

fn args(out: &mut String, a: &ast::Arguments) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let npos = a.posonlyargs.len() + a.args.len();
    let ndef = a.defaults.len();
    for (i, arg) in a.posonlyargs.iter().chain(&a.args).enumerate() {
        sep(out);
        out.push_str(&arg.arg);
        if i + ndef >= npos {
            out.push('=');
            expr(out, &a.defaults[i + ndef - npos], Pr::Test);
        }
        if i + 1 == a.posonlyargs.len() {
            out.push_str(", /");
        }
    }
    if a.vararg.is_some() || !a.kwonlyargs.is_empty() {
        sep(out);
        out.push('*');
        if let Some(v) = &a.vararg {
            out.push_str(&v.arg);
        }
    }
    for (arg, d) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        sep(out);
        out.push_str(&arg.arg);
        if let Some(d) = d {
            out.push('=');
            expr(out, d, Pr::Test);
        }
    }
    if let Some(k) = &a.kwarg {
        sep(out);
        out.push_str("**");
        out.push_str(&k.arg);
    }
}

fn fstring_body(out: &mut String, values: &[Expr]) {
    for v in values {
        match &v.kind {
            ExprKind::Constant {
                value: ast::Constant::Str(s),
                ..
            } => {
                out.push_str(&s.replace('{', "{{").replace('}', "}}"));
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                let mut inner = String::new();
                expr(&mut inner, value, Pr::Test);
                out.push('{');
                if inner.starts_with('{') {
                    out.push(' ');
                }
                out.push_str(&inner);
                if *conversion > 0 {
                    out.push('!');
                    out.push(char::from_u32(*conversion as u32).unwrap_or('r'));
                }
                if let Some(spec) = format_spec {
                    out.push(':');
                    if let ExprKind::JoinedStr { values } = &spec.kind {
                        fstring_body(out, values);
                    }
                }
                out.push('}');
            }
            _ => {}
        }
    }
}

fn expr(out: &mut String, e: &Expr, level: Pr) {
    let paren = |out: &mut String, needed: bool, f: &dyn Fn(&mut String)| {
        if needed {
            out.push('(');
        }
        f(out);
        if needed {
            out.push(')');
        }
    };
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (s, pr) = match op {
                ast::BoolOp::And => (" and ", Pr::And),
                ast::BoolOp::Or => (" or ", Pr::Or),
            };
            paren(out, level > pr, &|out| {
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(s);
                    }
                    expr(out, v, next(pr));
                }
            });
        }
        ExprKind::NamedExpr { target, value } => paren(out, level > Pr::Tuple, &|out| {
            expr(out, target, Pr::Atom);
            out.push_str(" := ");
            expr(out, value, Pr::Atom);
        }),
        ExprKind::BinOp { left, op, right } => {
            let (s, pr) = binop(*op);
            let right_assoc = *op == Operator::Pow;
            paren(out, level > pr, &|out| {
                expr(out, left, if right_assoc { next(pr) } else { pr });
                out.push_str(s);
                expr(out, right, if right_assoc { pr } else { next(pr) });
            });
        }
        ExprKind::UnaryOp { op, operand } => {
            let (s, pr) = match op {
                ast::UnaryOp::Invert => ("~", Pr::Factor),
                ast::UnaryOp::Not => ("not ", Pr::Not),
                ast::UnaryOp::UAdd => ("+", Pr::Factor),
                ast::UnaryOp::USub => ("-", Pr::Factor),
            };
            paren(out, level > pr, &|out| {
                out.push_str(s);
                expr(out, operand, pr);
            });
        }
        ExprKind::Lambda { args: a, body } => paren(out, level > Pr::Test, &|out| {
            let mut text = String::new();
            args(&mut text, a);
            if text.is_empty() {
                out.push_str("lambda: ");
            } else {
                out.push_str("lambda ");
                out.push_str(&text);
                out.push_str(": ");
            }
            expr(out, body, Pr::Test);
        }),
        ExprKind::IfExp { test, body, orelse } => paren(out, level > Pr::Test, &|out| {
            expr(out, body, next(Pr::Test));
            out.push_str(" if ");
            expr(out, test, next(Pr::Test));
            out.push_str(" else ");
            expr(out, orelse, Pr::Test);
        }),
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, Pr::Test);
                        out.push_str(": ");
                        expr(out, v, Pr::Test);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, Pr::Bor);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set { elts } => {
            if elts.is_empty() {
                out.push_str("{*()}");
            } else {
                out.push('{');
                seq(out, elts);
                out.push('}');
            }
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            expr(out, elt, Pr::Test);
            comprehensions(out, generators);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            expr(out, elt, Pr::Test);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            expr(out, key, Pr::Test);
            out.push_str(": ");
            expr(out, value, Pr::Test);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            expr(out, elt, Pr::Test);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::Await { value } => paren(out, level > Pr::Await, &|out| {
            out.push_str("await ");
            expr(out, value, Pr::Atom);
        }),
        ExprKind::Yield { value } => paren(out, level > Pr::Tuple, &|out| {
            out.push_str("yield");
            if let Some(v) = value {
                out.push(' ');
                expr(out, v, Pr::Test);
            }
        }),
        ExprKind::YieldFrom { value } => paren(out, level > Pr::Tuple, &|out| {
            out.push_str("yield from ");
            expr(out, value, Pr::Test);
        }),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => paren(out, level > Pr::Cmp, &|out| {
            expr(out, left, next(Pr::Cmp));
            for (op, c) in ops.iter().zip(comparators) {
                out.push_str(cmpop(*op));
                expr(out, c, next(Pr::Cmp));
            }
        }),
        ExprKind::Call {
            func,
            args: a,
            keywords,
        } => {
            expr(out, func, Pr::Atom);
            if a.len() == 1 && keywords.is_empty() {
                if let ExprKind::GeneratorExp { .. } = &a[0].kind {
                    expr(out, &a[0], Pr::Test);
                    return;
                }
            }
            out.push('(');
            let mut first = true;
            for x in a {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                expr(out, x, Pr::Test);
            }
            for k in keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(n) => {
                        out.push_str(n);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, Pr::Test);
            }
            out.push(')');
        }
        ExprKind::FormattedValue { .. } => {
            out.push('f');
            let mut body = String::new();
            fstring_body(&mut body, std::slice::from_ref(e));
            out.push_str(&Constant::str(&body).repr());
        }
        ExprKind::JoinedStr { values } => {
            out.push('f');
            let mut body = String::new();
            fstring_body(&mut body, values);
            out.push_str(&Constant::str(&body).repr());
        }
        ExprKind::Constant { value, kind } => {
            if *kind == Some("u") {
                out.push('u');
            }
            out.push_str(&constant_repr(value));
        }
        ExprKind::Attribute { value, attr, .. } => {
            expr(out, value, Pr::Atom);
            if let ExprKind::Constant {
                value: ast::Constant::Int(_) | ast::Constant::BigInt(_),
                ..
            } = &value.kind
            {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            expr(out, value, Pr::Atom);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
                    for (i, x) in elts.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        expr(out, x, Pr::Test);
                    }
                    if elts.len() == 1 {
                        out.push(',');
                    }
                }
                _ => expr(out, slice, Pr::Tuple),
            }
            out.push(']');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            expr(out, value, Pr::Bor);
        }
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::List { elts, .. } => {
            out.push('[');
            seq(out, elts);
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                out.push_str("()");
                return;
            }
            paren(out, level > Pr::Tuple, &|out| {
                seq(out, elts);
                if elts.len() == 1 {
                    out.push(',');
                }
            });
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, Pr::Test);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, Pr::Test);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, Pr::Test);
            }
        }
    }
}

fn next(p: Pr) -> Pr {
    use Pr::*;
    match p {
        Tuple => Test,
        Test => Or,
        Or => And,
        And => Not,
        Not => Cmp,
        Cmp => Bor,
        Bor => Bxor,
        Bxor => Band,
        Band => Shift,
        Shift => Arith,
        Arith => Term,
        Term => Factor,
        Factor => Power,
        Power => Await,
        Await => Atom,
        Atom => Atom,
    }
}
