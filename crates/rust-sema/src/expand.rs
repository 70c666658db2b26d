//! Macro expansion: the supported `std` macros, expanded into HIR as rustc 1.95 expands them.
//!
//! `println!`/`print!`/`eprintln!`/`eprint!` call `::std::io::_print`/`_eprint` on a
//! `format_args!`; `format!` calls `::alloc::fmt::format` inside `::alloc::__export::must_use`;
//! `panic!`, `unreachable!`, `todo!` and `unimplemented!` call `::core::panicking::panic` or
//! `panic_fmt`; `assert!` becomes `if !cond { panic(..) }`; `assert_eq!`/`assert_ne!` a `match`
//! on the two borrowed operands calling `assert_failed`; `vec!` one of `Vec::new()`,
//! `from_elem(x, n)` or the boxed-array form; `write!`/`writeln!` a `write_fmt` method call.
//! `format_args!` itself becomes an [`ExprKind::FormatArgs`] node with the parsed template.
//! Any other macro is reported as unsupported.

use rust_syntax::ast;
use source::{Diagnostic, Span};

use crate::format::{self, ArgRef, Count, Piece, Placeholder, Trait};
use crate::hir::*;
use crate::lower::{path_text, unsupported, Lowerer};
use crate::lower_body::{synth_path, PathKind};

/// A std path introduced by an expansion, such as `::std::io::_print` (resolved to the std
/// item by its last name; the printer shows the segments).
fn std_fn(names: &[&'static str], span: Span) -> Path {
    let last = names.last().copied().unwrap_or("");
    synth_path(names, true, Res::Std(StdKind::Fn, last), span)
}

impl Lowerer<'_> {
    /// Lowers a macro call.
    pub(crate) fn lower_mac(&mut self, mac: &ast::MacCall, span: Span) -> ExprId {
        let name = mac
            .path
            .segments
            .last()
            .map(|s| s.ident.name.clone())
            .unwrap_or_default();
        let known = crate::std_paths::MACROS.contains(&name.as_str())
            && (mac.path.segments.len() == 1
                || matches!(
                    mac.path.segments[0].ident.name.as_str(),
                    "std" | "core" | "alloc"
                ));
        if !known {
            let std_macro = crate::std_paths::STD_MACROS.contains(&name.as_str());
            if mac.path.segments.len() == 1 && !std_macro {
                // Neither a std macro nor one deepdive could know (macro definitions are
                // unsupported and reported where they are written): rustc's error.
                self.diags.push(Diagnostic::error(
                    format!("cannot find macro `{name}` in this scope"),
                    mac.path.span,
                ));
            } else {
                self.diags.push(unsupported(
                    &format!("the macro `{}!`", path_text(&mac.path)),
                    mac.path.span,
                ));
            }
            return self.expr(ExprKind::Err, span);
        }
        if name == "matches" {
            return self.lower_matches(mac, span);
        }
        let (args, diags) = rust_syntax::parse_macro_args(self.src, mac);
        if !diags.is_empty() {
            self.diags.extend(diags);
            return self.expr(ExprKind::Err, span);
        }
        // The name as a static string from the table of expanded macros.
        let static_name = crate::std_paths::MACROS
            .iter()
            .copied()
            .find(|m| *m == name)
            .unwrap_or("macro");
        let origin = Origin::Desugared(Desugaring::Macro(static_name));
        match name.as_str() {
            "println" | "print" | "eprintln" | "eprint" => {
                let newline = name.ends_with("ln");
                let func = if name.starts_with('e') {
                    "_eprint"
                } else {
                    "_print"
                };
                let fa = self.format_args_or_empty(&args, "", newline, span, &origin);
                self.with_origin(origin, |l| {
                    let f = l.expr(ExprKind::Path(std_fn(&["std", "io", func], span)), span);
                    let call = l.expr(ExprKind::Call(f, vec![fa]), span);
                    l.semi_block(call, span)
                })
            }
            "format" => {
                let fa = self.format_args_or_empty(&args, "", false, span, &origin);
                self.with_origin(origin, |l| {
                    let f = l.expr(
                        ExprKind::Path(std_fn(&["alloc", "fmt", "format"], span)),
                        span,
                    );
                    let call = l.expr(ExprKind::Call(f, vec![fa]), span);
                    let block = l.expr(
                        ExprKind::Block(
                            Block {
                                stmts: Vec::new(),
                                tail: Some(call),
                                unsafe_: false,
                                span,
                            },
                            None,
                        ),
                        span,
                    );
                    let mu = l.expr(
                        ExprKind::Path(std_fn(&["alloc", "__export", "must_use"], span)),
                        span,
                    );
                    l.expr(ExprKind::Call(mu, vec![block]), span)
                })
            }
            "panic" | "unreachable" | "todo" | "unimplemented" => {
                let fixed = match name.as_str() {
                    "panic" => "explicit panic",
                    "unreachable" => "internal error: entered unreachable code",
                    "todo" => "not yet implemented",
                    _ => "not implemented",
                };
                if args.is_empty() {
                    return self.with_origin(origin, |l| l.panic_str(fixed, span));
                }
                let prefix = if name == "panic" {
                    String::new()
                } else {
                    format!("{fixed}: ")
                };
                let fa = self.lower_format_args(&args, &prefix, false, span, &origin);
                self.with_origin(origin, |l| {
                    let f = l.expr(
                        ExprKind::Path(std_fn(&["core", "panicking", "panic_fmt"], span)),
                        span,
                    );
                    let call = l.expr(ExprKind::Call(f, vec![fa]), span);
                    l.semi_block(call, span)
                })
            }
            "assert" | "debug_assert" => {
                let debug = name.starts_with("debug");
                let Some(cond_ast) = args.first() else {
                    self.diags.push(Diagnostic::error(
                        "macro requires a boolean expression as an argument",
                        span,
                    ));
                    return self.expr(ExprKind::Err, span);
                };
                let cond = self.lower_expr(cond_ast);
                let text = squash(self.text(cond_ast.span));
                let msg = if args.len() > 1 {
                    Some(self.lower_format_args(&args[1..], "", false, span, &origin))
                } else {
                    None
                };
                self.with_origin(origin, |l| {
                    let not = l.expr(ExprKind::Unary(UnOp::Not, cond), span);
                    let body = match msg {
                        None => {
                            let p = l.panic_str(&format!("assertion failed: {text}"), span);
                            Block {
                                stmts: Vec::new(),
                                tail: Some(p),
                                unsafe_: false,
                                span,
                            }
                        }
                        Some(fa) => {
                            let f = l.expr(
                                ExprKind::Path(std_fn(&["core", "panicking", "panic_fmt"], span)),
                                span,
                            );
                            let call = l.expr(ExprKind::Call(f, vec![fa]), span);
                            let inner = l.semi_block(call, span);
                            Block {
                                stmts: Vec::new(),
                                tail: Some(inner),
                                unsafe_: false,
                                span,
                            }
                        }
                    };
                    let then = l.expr(ExprKind::Block(body, None), span);
                    let assert = l.expr(ExprKind::If(not, then, None), span);
                    if debug {
                        l.debug_wrap(assert, span)
                    } else {
                        assert
                    }
                })
            }
            "assert_eq" | "assert_ne" | "debug_assert_eq" | "debug_assert_ne" => {
                if args.len() < 2 {
                    self.diags.push(Diagnostic::error(
                        "unexpected end of macro invocation",
                        span,
                    ));
                    return self.expr(ExprKind::Err, span);
                }
                let eq = name.ends_with("eq");
                let a = self.lower_expr(&args[0]);
                let b = self.lower_expr(&args[1]);
                let msg = if args.len() > 2 {
                    Some(self.lower_format_args(&args[2..], "", false, span, &origin))
                } else {
                    None
                };
                let debug = name.starts_with("debug");
                self.with_origin(origin, |l| {
                    let assert = l.assert_eq_expansion(a, b, eq, msg, span);
                    if debug {
                        l.debug_wrap(assert, span)
                    } else {
                        assert
                    }
                })
            }
            "vec" => {
                let repeat = is_repeat_form(mac);
                if repeat && args.len() == 2 {
                    let x = self.lower_expr(&args[0]);
                    let n = self.lower_expr(&args[1]);
                    return self.with_origin(origin, |l| {
                        let f = l.expr(
                            ExprKind::Path(std_fn(&["alloc", "vec", "from_elem"], span)),
                            span,
                        );
                        l.expr(ExprKind::Call(f, vec![x, n]), span)
                    });
                }
                if args.is_empty() {
                    return self.with_origin(origin, |l| {
                        let f = l.expr(
                            ExprKind::Path(std_fn(&["alloc", "vec", "Vec", "new"], span)),
                            span,
                        );
                        l.expr(ExprKind::Call(f, Vec::new()), span)
                    });
                }
                let elems: Vec<ExprId> = args.iter().map(|e| self.lower_expr(e)).collect();
                self.with_origin(origin, |l| {
                    let arr = l.expr(ExprKind::Array(elems), span);
                    let uninit = l.expr(
                        ExprKind::Path(std_fn(&["alloc", "boxed", "Box", "new_uninit"], span)),
                        span,
                    );
                    let uninit = l.expr(ExprKind::Call(uninit, Vec::new()), span);
                    let write = l.expr(
                        ExprKind::Path(std_fn(
                            &["alloc", "intrinsics", "write_box_via_move"],
                            span,
                        )),
                        span,
                    );
                    let write = l.expr(ExprKind::Call(write, vec![uninit, arr]), span);
                    let into = l.expr(
                        ExprKind::Path(std_fn(
                            &["alloc", "boxed", "box_assume_init_into_vec_unsafe"],
                            span,
                        )),
                        span,
                    );
                    l.expr(ExprKind::Call(into, vec![write]), span)
                })
            }
            "write" | "writeln" => {
                let Some(dst) = args.first() else {
                    self.diags.push(Diagnostic::error(
                        "unexpected end of macro invocation",
                        span,
                    ));
                    return self.expr(ExprKind::Err, span);
                };
                let d = self.lower_expr(dst);
                let fa =
                    self.format_args_or_empty(&args[1..], "", name == "writeln", span, &origin);
                self.with_origin(origin, |l| {
                    l.expr(
                        ExprKind::MethodCall {
                            receiver: d,
                            segment: PathSegment {
                                name: "write_fmt".into(),
                                args: Vec::new(),
                                span,
                            },
                            args: vec![fa],
                        },
                        span,
                    )
                })
            }
            _ => {
                self.diags
                    .push(unsupported(&format!("the macro `{name}!`"), span));
                self.expr(ExprKind::Err, span)
            }
        }
    }

    /// `matches!(e, pat if guard)` → `match e { pat if guard => true, _ => false }`.
    ///
    /// The arguments are a pattern, which the expression parser cannot read, so they are parsed
    /// as a `match` inside a copy of the source where everything before them is blanked out and
    /// the comma becomes the `{` of the match: the spans stay those of the original source.
    fn lower_matches(&mut self, mac: &ast::MacCall, span: Span) -> ExprId {
        let start = mac.args.span.start as usize + 1;
        let close = (mac.args.span.end as usize).saturating_sub(1);
        let comma = mac.args.trees.iter().find_map(|t| match t {
            ast::TokenTree::Token(tok) if tok.kind == rust_syntax::TokenKind::Comma => {
                Some(tok.span.start as usize)
            }
            _ => None,
        });
        const WRAP: &str = "fn f(){match ";
        let parsed = match comma {
            Some(comma) if start >= WRAP.len() && comma < close && close <= self.src.len() => {
                let mut buf = " ".repeat(start - WRAP.len());
                buf.push_str(WRAP);
                buf.push_str(&self.src[start..comma]);
                buf.push('{');
                let pat_text = self.src[comma + 1..close].trim_end();
                let pat_text = pat_text.strip_suffix(',').unwrap_or(pat_text);
                buf.push_str(pat_text);
                buf.push_str(" => true, _ => false }}");
                let parsed = rust_syntax::parse(&buf);
                if parsed.diagnostics.is_empty() {
                    Some(parsed.krate)
                } else {
                    self.diags.extend(parsed.diagnostics);
                    return self.expr(ExprKind::Err, span);
                }
            }
            _ => None,
        };
        let arm = parsed.as_ref().and_then(|k| match &k.items.first()?.kind {
            ast::ItemKind::Fn(f) => match &f.body.as_ref()?.stmts.first()?.kind {
                ast::StmtKind::Expr(e) => match &e.kind {
                    ast::ExprKind::Match { scrutinee, arms } => {
                        Some((scrutinee.clone(), arms.first()?.clone()))
                    }
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        });
        let Some((scrutinee, arm)) = arm else {
            self.diags
                .push(unsupported("this form of `matches!`", mac.span));
            return self.expr(ExprKind::Err, span);
        };
        let scrut = self.lower_expr(&scrutinee);
        self.ribs.push(Some(Vec::new()));
        let mut bound = Vec::new();
        let pat = self.lower_pat(&arm.pat, &mut bound);
        for (n, l) in bound {
            self.push_binding(&n, l);
        }
        let guard = arm.guard.as_ref().map(|g| self.lower_expr(g));
        self.ribs.pop();
        let origin = Origin::Desugared(Desugaring::Macro("matches"));
        self.with_origin(origin, |l| {
            let t = l.expr(
                ExprKind::Lit(Lit::synthetic(
                    ast::LitKind::Bool,
                    ast::LitValue::Bool(true),
                )),
                span,
            );
            let f = l.expr(
                ExprKind::Lit(Lit::synthetic(
                    ast::LitKind::Bool,
                    ast::LitValue::Bool(false),
                )),
                span,
            );
            let wild = l.pat(PatKind::Wild, span);
            let arms = vec![
                Arm {
                    pat,
                    guard,
                    body: t,
                    allow_unreachable: false,
                    span,
                },
                Arm {
                    pat: wild,
                    guard: None,
                    body: f,
                    allow_unreachable: false,
                    span,
                },
            ];
            l.expr(ExprKind::Match(scrut, arms, Source::MatchesMacro), span)
        })
    }

    /// `if true { assertion }`: the `debug_assert` forms in a debug build, where
    /// `cfg!(debug_assertions)` is `true`.
    fn debug_wrap(&mut self, assert: ExprId, span: Span) -> ExprId {
        let t = self.expr(
            ExprKind::Lit(Lit::synthetic(
                ast::LitKind::Bool,
                ast::LitValue::Bool(true),
            )),
            span,
        );
        let block = Block {
            stmts: vec![Stmt {
                kind: StmtKind::Semi(assert),
                span,
                origin: self.origin.clone(),
            }],
            tail: None,
            unsafe_: false,
            span,
        };
        let then = self.expr(ExprKind::Block(block, None), span);
        self.expr(ExprKind::If(t, then, None), span)
    }

    /// `{ call; }`: a block holding one statement, as the printing macros expand.
    fn semi_block(&mut self, call: ExprId, span: Span) -> ExprId {
        let block = Block {
            stmts: vec![Stmt {
                kind: StmtKind::Semi(call),
                span,
                origin: self.origin.clone(),
            }],
            tail: None,
            unsafe_: false,
            span,
        };
        self.expr(ExprKind::Block(block, None), span)
    }

    /// `::core::panicking::panic("msg")`.
    fn panic_str(&mut self, msg: &str, span: Span) -> ExprId {
        let f = self.expr(
            ExprKind::Path(std_fn(&["core", "panicking", "panic"], span)),
            span,
        );
        let lit = self.expr(
            ExprKind::Lit(Lit::synthetic(
                ast::LitKind::Str,
                ast::LitValue::Str(msg.to_string()),
            )),
            span,
        );
        self.expr(ExprKind::Call(f, vec![lit]), span)
    }

    /// The `match (&a, &b) { (left_val, right_val) => { if !(*left_val == *right_val) { … } } }`
    /// of `assert_eq!` (and `assert_ne!` with `==` not negated).
    fn assert_eq_expansion(
        &mut self,
        a: ExprId,
        b: ExprId,
        eq: bool,
        msg: Option<ExprId>,
        span: Span,
    ) -> ExprId {
        let ra = self.expr(ExprKind::AddrOf(Mutability::Not, a), span);
        let rb = self.expr(ExprKind::AddrOf(Mutability::Not, b), span);
        let scrut = self.expr(ExprKind::Tuple(vec![ra, rb]), span);
        let (lp, ll) = self.synth_binding("left_val", Mutability::Not, span);
        let (rp, rl) = self.synth_binding("right_val", Mutability::Not, span);
        let pat = self.pat(PatKind::Tuple(vec![lp, rp], None), span);
        let deref = |l: &mut Self, loc: LocalId| {
            let name = l.hir.locals[loc.index()].name.clone();
            let p = l.expr(
                ExprKind::Path(synth_path(&[&name], false, Res::Local(loc), span)),
                span,
            );
            l.expr(ExprKind::Unary(UnOp::Deref, p), span)
        };
        let da = deref(self, ll);
        let db = deref(self, rl);
        let cmp = self.expr(ExprKind::Binary(BinOp::Eq, da, db), span);
        let cond = if eq {
            self.expr(ExprKind::Unary(UnOp::Not, cmp), span)
        } else {
            cmp
        };
        let (kp, kl) = self.synth_binding("kind", Mutability::Not, span);
        let kind_path = std_fn(
            &[
                "core",
                "panicking",
                "AssertKind",
                if eq { "Eq" } else { "Ne" },
            ],
            span,
        );
        let kind_init = self.expr(ExprKind::Path(kind_path), span);
        let kind_use = self.expr(
            ExprKind::Path(synth_path(&["kind"], false, Res::Local(kl), span)),
            span,
        );
        let da2 = deref(self, ll);
        let la = self.expr(ExprKind::AddrOf(Mutability::Not, da2), span);
        let db2 = deref(self, rl);
        let lb = self.expr(ExprKind::AddrOf(Mutability::Not, db2), span);
        let opt = match msg {
            None => self.expr(
                ExprKind::Path(std_fn(&["core", "option", "Option", "None"], span)),
                span,
            ),
            Some(fa) => {
                let some = self.expr(
                    ExprKind::Path(std_fn(&["core", "option", "Option", "Some"], span)),
                    span,
                );
                self.expr(ExprKind::Call(some, vec![fa]), span)
            }
        };
        let f = self.expr(
            ExprKind::Path(std_fn(&["core", "panicking", "assert_failed"], span)),
            span,
        );
        let call = self.expr(ExprKind::Call(f, vec![kind_use, la, lb, opt]), span);
        let origin = self.origin.clone();
        let then_block = Block {
            stmts: vec![
                Stmt {
                    kind: StmtKind::Let {
                        pat: kp,
                        ty: None,
                        init: Some(kind_init),
                        els: None,
                        is_super: false,
                    },
                    span,
                    origin: origin.clone(),
                },
                Stmt {
                    kind: StmtKind::Semi(call),
                    span,
                    origin: origin.clone(),
                },
            ],
            tail: None,
            unsafe_: false,
            span,
        };
        let then = self.expr(ExprKind::Block(then_block, None), span);
        let iff = self.expr(ExprKind::If(cond, then, None), span);
        let arm_body = self.expr(
            ExprKind::Block(
                Block {
                    stmts: vec![Stmt {
                        kind: StmtKind::Expr(iff),
                        span,
                        origin,
                    }],
                    tail: None,
                    unsafe_: false,
                    span,
                },
                None,
            ),
            span,
        );
        self.expr(
            ExprKind::Match(
                scrut,
                vec![Arm {
                    pat,
                    guard: None,
                    body: arm_body,
                    allow_unreachable: false,
                    span,
                }],
                Source::Normal,
            ),
            span,
        )
    }

    /// `format_args!` of `args`, or of an empty string when there are none (`println!()`).
    fn format_args_or_empty(
        &mut self,
        args: &[ast::Expr],
        prefix: &str,
        newline: bool,
        span: Span,
        origin: &Origin,
    ) -> ExprId {
        if args.is_empty() {
            let text = if newline { "\n" } else { "" };
            return self.with_origin(origin.clone(), |l| {
                l.expr(
                    ExprKind::FormatArgs(Box::new(FormatArgs {
                        template: if text.is_empty() {
                            Vec::new()
                        } else {
                            vec![Piece::Lit(text.into())]
                        },
                        args: Vec::new(),
                        template_span: span,
                        nonconst: false,
                    })),
                    span,
                )
            });
        }
        self.lower_format_args(args, prefix, newline, span, origin)
    }

    /// Lowers `format_args!(fmt, args…)` with `prefix` before and a newline after the string.
    fn lower_format_args(
        &mut self,
        args: &[ast::Expr],
        prefix: &str,
        newline: bool,
        span: Span,
        origin: &Origin,
    ) -> ExprId {
        let fmt = &args[0];
        let (value, lit) = match &fmt.kind {
            ast::ExprKind::Lit(l) if matches!(l.kind, ast::LitKind::Str | ast::LitKind::RawStr) => {
                match l.value() {
                    ast::LitValue::Str(s) => (s, l),
                    _ => return self.expr(ExprKind::Err, span),
                }
            }
            _ => {
                self.diags.push(
                    Diagnostic::error("format argument must be a string literal", fmt.span)
                        .with_note(
                        "help: you might be missing a string literal to format with: `\"{}\", `",
                    ),
                );
                return self.expr(ExprKind::Err, span);
            }
        };
        // Where the string's characters are in the source (exact when it has no escapes).
        let quote = lit.text.find('"').map(|q| q + 1).unwrap_or(1);
        let body_end = lit.text.rfind('"').unwrap_or(lit.text.len());
        let exact = lit.text.get(quote..body_end) == Some(value.as_str());
        let lit_span = lit.span;
        // Whether rustc could find a printf- or shell-style specifier in the string (which
        // deepdive does not look for); rustc's "formatting specifier missing" label is left out
        // then.
        let plain = !value.contains(['%', '$']);
        let prefix_len = prefix.len();
        let to_span = move |start: usize, end: usize| -> Span {
            if exact && start >= prefix_len && end <= prefix_len + value.len() {
                // Offsets past the prefix, from the literal's first character.
                let base = lit_span.start as usize + quote;
                Span::new(
                    (base + start - prefix_len) as u32,
                    (base + end - prefix_len) as u32,
                )
            } else {
                lit_span
            }
        };
        let mut full = String::from(prefix);
        if let ast::ExprKind::Lit(l) = &fmt.kind {
            if let ast::LitValue::Str(s) = l.value() {
                full.push_str(&s);
            }
        }
        let mut pieces = match format::parse(&full) {
            Ok(p) => p,
            Err(e) => {
                let mut d = Diagnostic::error(e.message, to_span(e.start, e.end))
                    .with_label_message(e.label);
                if let Some((start, end, label)) = e.secondary.map(|b| *b) {
                    let at = to_span(start, end);
                    if at != lit_span {
                        d = d.with_secondary(at, label);
                    }
                }
                if let Some(note) = e.note {
                    d = d.with_note(format!("note: {note}"));
                }
                self.diags.push(d);
                return self.expr(ExprKind::Err, span);
            }
        };
        if newline {
            match pieces.last_mut() {
                Some(Piece::Lit(l)) => l.push('\n'),
                _ => pieces.push(Piece::Lit("\n".into())),
            }
        }
        // Explicit arguments: positional first, then `name = value`.
        let mut positional: Vec<&ast::Expr> = Vec::new();
        let mut named: Vec<(String, &ast::Expr)> = Vec::new();
        for a in &args[1..] {
            match &a.kind {
                ast::ExprKind::Assign(lhs, rhs) => match &lhs.kind {
                    ast::ExprKind::Path(None, p) if p.segments.len() == 1 && !p.global => {
                        named.push((p.segments[0].ident.name.clone(), rhs));
                    }
                    _ => positional.push(a),
                },
                _ => positional.push(a),
            }
        }
        let explicit = positional.len() + named.len();
        let mut captures: Vec<(String, Span)> = Vec::new();
        let mut used = vec![false; explicit];
        let mut next = 0usize;
        let mut missing: Vec<Span> = Vec::new();
        let mut positional_refs = 0usize;
        let mut first_positional: Option<Span> = None;
        // The placeholders with a positional reference, and whether all are implicit (`{}`).
        let mut positional_spans: Vec<Span> = Vec::new();
        let mut all_implicit = true;
        {
            let mut resolve =
                |r: &ArgRef, at: (usize, usize), used: &mut Vec<bool>, next: &mut usize| -> usize {
                    let idx = match r {
                        ArgRef::Next => {
                            *next += 1;
                            positional_refs += 1;
                            *next - 1
                        }
                        ArgRef::Index(n) => {
                            positional_refs += 1;
                            *n
                        }
                        ArgRef::Name(name, _) => {
                            if let Some(k) = named.iter().position(|(n, _)| n == name) {
                                positional.len() + k
                            } else {
                                let k = match captures.iter().position(|(n, _)| n == name) {
                                    Some(k) => k,
                                    None => {
                                        captures.push((
                                            name.clone(),
                                            to_span(at.0 + 1, at.0 + 1 + name.len()),
                                        ));
                                        captures.len() - 1
                                    }
                                };
                                explicit + k
                            }
                        }
                    };
                    if let ArgRef::Next | ArgRef::Index(_) = r {
                        first_positional.get_or_insert(to_span(at.0, at.1));
                        if positional_spans.last() != Some(&to_span(at.0, at.1)) {
                            positional_spans.push(to_span(at.0, at.1));
                        }
                        all_implicit &= matches!(r, ArgRef::Next);
                        // Named arguments count by position too (rustc warns, but accepts).
                        if idx >= explicit {
                            missing.push(to_span(at.0, at.1));
                            return usize::MAX;
                        }
                    }
                    if idx < used.len() {
                        used[idx] = true;
                    }
                    idx
                };
            for piece in pieces.iter_mut() {
                if let Piece::Placeholder(p) = piece {
                    let at = (p.start, p.end);
                    // `.*` takes its argument before the value; then the value, the width and
                    // the precision, in rustc's order.
                    if let Some(Count::Star) = &p.precision {
                        p.precision_index = Some(resolve(&ArgRef::Next, at, &mut used, &mut next));
                    }
                    let arg = p.arg.clone();
                    p.index = resolve(&arg, at, &mut used, &mut next);
                    if let Some(Count::Arg(r)) = &p.precision {
                        p.precision_index = Some(resolve(r, at, &mut used, &mut next));
                    }
                    if let Some(Count::Arg(r)) = &p.width {
                        p.width_index = Some(resolve(r, at, &mut used, &mut next));
                    }
                }
            }
        }
        if !missing.is_empty() {
            let n = positional_refs;
            let given = match explicit {
                0 => "no arguments were given".to_string(),
                1 => "there is 1 argument".to_string(),
                m => format!("there are {m} arguments"),
            };
            let s = if n == 1 { "" } else { "s" };
            // When all are `{}`, rustc marks every placeholder and labels each argument with
            // nothing.
            let marks = if all_implicit {
                positional_spans.clone()
            } else {
                Vec::new()
            };
            let mut d = Diagnostic::error(
                format!("{n} positional argument{s} in format string, but {given}"),
                first_positional.unwrap_or(missing[0]),
            );
            if marks.first() == Some(&d.primary_span()) && !marks.contains(&lit_span) {
                for &m in &marks[1..] {
                    d.labels.push(source::Label {
                        span: m,
                        message: String::new(),
                        primary: true,
                    });
                }
                for a in positional.iter().chain(named.iter().map(|(_, a)| a)) {
                    d = d.with_secondary(a.span, "");
                }
            }
            self.diags.push(d);
            return self.expr(ExprKind::Err, span);
        }
        let unused: Vec<usize> = (0..explicit).filter(|i| !used[*i]).collect();
        if !unused.is_empty() {
            let arg_span = |i: usize| {
                if i < positional.len() {
                    positional[i].span
                } else {
                    named[i - positional.len()].1.span
                }
            };
            // rustc's label on the string, unless it may have found a printf- or shell-style
            // specifier there (which deepdive does not look for).
            let mut d = if unused.len() == 1 {
                let named_one = unused[0] >= positional.len();
                Diagnostic::error(
                    if named_one {
                        "named argument never used"
                    } else {
                        "argument never used"
                    },
                    arg_span(unused[0]),
                )
                .with_label_message(if named_one {
                    "named argument never used"
                } else {
                    "argument never used"
                })
            } else {
                let mut d =
                    Diagnostic::error("multiple unused formatting arguments", arg_span(unused[0]))
                        .with_label_message("argument never used");
                for &i in &unused[1..] {
                    d.labels.push(source::Label {
                        span: arg_span(i),
                        message: if i >= positional.len() {
                            "named argument never used".into()
                        } else {
                            "argument never used".into()
                        },
                        primary: true,
                    });
                }
                d.with_secondary(lit_span, "multiple missing formatting specifiers")
            };
            if unused.len() == 1 && plain {
                d = d.with_secondary(lit_span, "formatting specifier missing");
            }
            // rustc's advice when no argument is used at all: `{}` for each argument at the
            // end of the string (for a plain `"…"` literal), else how many are missing.
            if plain && missing.is_empty() {
                if used.iter().all(|u| !u) {
                    let what = if unused.len() == 1 {
                        "a format specifier".to_string()
                    } else {
                        format!("{} format specifiers", unused.len())
                    };
                    let text = "{}".repeat(explicit);
                    if exact && lit.text.starts_with('"') {
                        let at = lit_span.start + body_end as u32;
                        d = d.with_suggestion(
                            format!("format specifiers use curly braces, consider adding {what}"),
                            vec![(Span::new(at, at), text)],
                        );
                    }
                } else if unused.len() > 1 {
                    d = d.with_note(format!(
                        "note: consider adding {} format specifiers",
                        unused.len()
                    ));
                }
            }
            self.diags.push(d);
            return self.expr(ExprKind::Err, span);
        }
        // Lower the arguments (user code keeps its own origin).
        let saved = std::mem::replace(&mut self.origin, Origin::Source);
        let mut arg_ids: Vec<ExprId> = Vec::new();
        let mut inlinable: Vec<Option<String>> = Vec::new();
        for a in &positional {
            inlinable.push(literal_text(a));
            arg_ids.push(self.lower_expr(a));
        }
        for (_, a) in &named {
            inlinable.push(literal_text(a));
            arg_ids.push(self.lower_expr(a));
        }
        for (name, cspan) in &captures {
            let path = ast::Path {
                global: false,
                segments: vec![ast::PathSegment {
                    ident: ast::Ident {
                        name: name.clone(),
                        raw: false,
                        span: *cspan,
                    },
                    args: None,
                    span: *cspan,
                }],
                span: *cspan,
            };
            let p = self.lower_path_kind(None, &path, PathKind::Expr);
            inlinable.push(None);
            arg_ids.push(self.expr(ExprKind::Path(p), *cspan));
        }
        self.origin = saved;
        // Fold literal arguments used only by plain `{}` into the template, as rustc does.
        let plain = |p: &Placeholder| {
            p.trait_ == Trait::Display
                && p.fill.is_none()
                && p.align == format::Align::Unknown
                && !p.plus
                && !p.minus
                && !p.alternate
                && !p.zero
                && p.width.is_none()
                && p.precision.is_none()
        };
        // A plain `{}` of a literal argument is inlined, placeholder by placeholder; an
        // argument no placeholder refers to any more is dropped.
        let inline =
            |p: &Placeholder| plain(p) && inlinable.get(p.index).is_some_and(|t| t.is_some());
        let mut referenced = vec![false; arg_ids.len()];
        let mut nonconst = false;
        for piece in &pieces {
            if let Piece::Placeholder(p) = piece {
                if inline(p) {
                    nonconst = true;
                } else if p.index < referenced.len() {
                    referenced[p.index] = true;
                }
                for c in [p.width_index, p.precision_index].into_iter().flatten() {
                    if c < referenced.len() {
                        referenced[c] = true;
                    }
                }
            }
        }
        let mut new_index = vec![0usize; arg_ids.len()];
        let mut kept = Vec::new();
        for (i, id) in arg_ids.iter().enumerate() {
            if referenced[i] {
                new_index[i] = kept.len();
                kept.push(*id);
            }
        }
        let mut out: Vec<Piece> = Vec::new();
        for piece in pieces {
            let piece = match piece {
                Piece::Placeholder(p) if inline(&p) => {
                    Piece::Lit(inlinable[p.index].clone().unwrap_or_default())
                }
                Piece::Placeholder(mut p) => {
                    p.index = new_index.get(p.index).copied().unwrap_or(p.index);
                    p.width_index = p
                        .width_index
                        .map(|i| new_index.get(i).copied().unwrap_or(i));
                    p.precision_index = p
                        .precision_index
                        .map(|i| new_index.get(i).copied().unwrap_or(i));
                    Piece::Placeholder(p)
                }
                lit => lit,
            };
            match (out.last_mut(), piece) {
                (Some(Piece::Lit(a)), Piece::Lit(b)) => a.push_str(&b),
                (_, piece) => out.push(piece),
            }
        }
        self.with_origin(origin.clone(), |l| {
            l.expr(
                ExprKind::FormatArgs(Box::new(FormatArgs {
                    template: out,
                    args: kept,
                    template_span: lit_span,
                    nonconst,
                })),
                span,
            )
        })
    }
}

/// True for `vec![x; n]`: a `;` at the top level of the arguments.
fn is_repeat_form(mac: &ast::MacCall) -> bool {
    mac.args.trees.iter().any(
        |t| matches!(t, ast::TokenTree::Token(tok) if tok.kind == rust_syntax::TokenKind::Semi),
    )
}

/// The text a literal argument folds into a format string as: strings and unsuffixed integers.
fn literal_text(e: &ast::Expr) -> Option<String> {
    match &e.kind {
        ast::ExprKind::Lit(l) => match (l.kind, l.value()) {
            (ast::LitKind::Str | ast::LitKind::RawStr, ast::LitValue::Str(s)) => Some(s),
            (ast::LitKind::Int, ast::LitValue::Int(Some(v))) if l.suffix.is_none() => {
                Some(v.to_string())
            }
            _ => None,
        },
        _ => None,
    }
}

/// The source text of an expression with its whitespace runs squashed to one space, as
/// rustc's `stringify!` shows the condition of `assert!`.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
