//! The depth limits CPython applies, mirrored so that deep input gives CPython's error instead
//! of exhausting our stack.
//!
//! Three limits matter, and each is checked where CPython checks it:
//!
//! * the tokenizer allows 200 open brackets and 100 indentation levels (`lexer`);
//! * the generated parser gives up with `MemoryError` when its rule functions nest 6000 deep;
//!   we count a simulated level for every rule that recurses (`Parser::enter`), with the cost
//!   CPython's rule chain has for it;
//! * `ast.parse` converts the C tree to Python objects recursively, and raises
//!   `RecursionError: maximum recursion depth exceeded during ast construction` for a tree
//!   deeper than 3000 minus three times the Python stack depth of the caller. Measured with
//!   `python3 -c 'ast.parse(…)'` (two frames), a module whose deepest node is 2991 levels down
//!   (the module itself counting as one) is the deepest accepted; that is [`AST_DEPTH_LIMIT`].
//!
//! Our own recursion is bounded by the second limit; `stacker` grows the stack on the heap
//! where a thread's stack is small. Chains that the parser builds in loops (`1+1+…`, `a.b.c…`)
//! are measured as they grow, so no tree deeper than CPython accepts is ever kept.

use crate::ast::*;

/// The deepest tree `ast.parse` converts, counting the module as level 1.
pub(crate) const AST_DEPTH_LIMIT: usize = 2991;

/// A node on the stack of the depth walk.
#[derive(Clone, Copy)]
enum Node<'a> {
    Expr(&'a Expr),
    Stmt(&'a Stmt),
    Pattern(&'a Pattern),
}

/// The walk's stack: nodes and their depths. Nodes without a kind of their own (arguments,
/// keywords, comprehensions…) count as one level each, as in CPython's conversion, so their
/// children are pushed one level further down.
struct Walk<'a> {
    stack: Vec<(Node<'a>, usize)>,
    max: usize,
}

impl<'a> Walk<'a> {
    fn e(&mut self, x: &'a Expr, d: usize) {
        self.stack.push((Node::Expr(x), d));
    }

    fn es(&mut self, xs: &'a [Expr], d: usize) {
        xs.iter().for_each(|x| self.e(x, d));
    }

    fn ss(&mut self, xs: &'a [Stmt], d: usize) {
        xs.iter().for_each(|x| self.stack.push((Node::Stmt(x), d)));
    }

    fn ps(&mut self, xs: &'a [Pattern], d: usize) {
        xs.iter()
            .for_each(|x| self.stack.push((Node::Pattern(x), d)));
    }

    /// A node without a kind at depth `d` (it counts even with no children).
    fn level(&mut self, d: usize) {
        self.max = self.max.max(d);
    }

    fn arguments(&mut self, a: &'a Arguments, d: usize) {
        self.level(d);
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.level(d + 1);
            if let Some(x) = &arg.annotation {
                self.e(x, d + 2);
            }
        }
        for arg in a.vararg.iter().chain(&a.kwarg) {
            self.level(d + 1);
            if let Some(x) = &arg.annotation {
                self.e(x, d + 2);
            }
        }
        a.kw_defaults
            .iter()
            .flatten()
            .for_each(|x| self.e(x, d + 1));
        self.es(&a.defaults, d + 1);
    }

    fn comprehensions(&mut self, gs: &'a [Comprehension], d: usize) {
        for g in gs {
            self.level(d);
            self.e(&g.target, d + 1);
            self.e(&g.iter, d + 1);
            self.es(&g.ifs, d + 1);
        }
    }

    fn keywords(&mut self, ks: &'a [Keyword], d: usize) {
        for k in ks {
            self.level(d);
            self.e(&k.value, d + 1);
        }
    }

    fn expr(&mut self, e: &'a Expr, d: usize) {
        use ExprKind::*;
        let c = d + 1;
        match &e.kind {
            BoolOp { values, .. } => self.es(values, c),
            NamedExpr { target, value } => {
                self.e(target, c);
                self.e(value, c);
            }
            BinOp { left, right, .. } => {
                self.e(left, c);
                self.e(right, c);
            }
            UnaryOp { operand, .. } => self.e(operand, c),
            Lambda { args, body } => {
                self.arguments(args, c);
                self.e(body, c);
            }
            IfExp { test, body, orelse } => {
                self.e(test, c);
                self.e(body, c);
                self.e(orelse, c);
            }
            Dict { keys, values } => {
                keys.iter().flatten().for_each(|x| self.e(x, c));
                self.es(values, c);
            }
            Set { elts } | List { elts, .. } | Tuple { elts, .. } => self.es(elts, c),
            ListComp { elt, generators }
            | SetComp { elt, generators }
            | GeneratorExp { elt, generators } => {
                self.e(elt, c);
                self.comprehensions(generators, c);
            }
            DictComp {
                key,
                value,
                generators,
            } => {
                self.e(key, c);
                self.e(value, c);
                self.comprehensions(generators, c);
            }
            Await { value }
            | YieldFrom { value }
            | Starred { value, .. }
            | Attribute { value, .. } => self.e(value, c),
            Yield { value } => value.iter().for_each(|x| self.e(x, c)),
            Compare {
                left, comparators, ..
            } => {
                self.e(left, c);
                self.es(comparators, c);
            }
            Call {
                func,
                args,
                keywords,
            } => {
                self.e(func, c);
                self.es(args, c);
                self.keywords(keywords, c);
            }
            FormattedValue {
                value, format_spec, ..
            } => {
                self.e(value, c);
                format_spec.iter().for_each(|x| self.e(x, c));
            }
            JoinedStr { values } => self.es(values, c),
            Subscript { value, slice, .. } => {
                self.e(value, c);
                self.e(slice, c);
            }
            Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.e(x, c);
                }
            }
            Constant { .. } | Name { .. } => {}
        }
    }

    fn stmt(&mut self, s: &'a Stmt, d: usize) {
        use StmtKind::*;
        let c = d + 1;
        match &s.kind {
            FunctionDef(f) | AsyncFunctionDef(f) => {
                self.arguments(&f.args, c);
                self.ss(&f.body, c);
                self.es(&f.decorator_list, c);
                f.returns.iter().for_each(|x| self.e(x, c));
            }
            ClassDef {
                bases,
                keywords,
                body,
                decorator_list,
                ..
            } => {
                self.es(bases, c);
                self.keywords(keywords, c);
                self.ss(body, c);
                self.es(decorator_list, c);
            }
            Return { value } => value.iter().for_each(|x| self.e(x, c)),
            Delete { targets } => self.es(targets, c),
            Assign { targets, value } => {
                self.es(targets, c);
                self.e(value, c);
            }
            AugAssign { target, value, .. } => {
                self.e(target, c);
                self.e(value, c);
            }
            AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.e(target, c);
                self.e(annotation, c);
                value.iter().for_each(|x| self.e(x, c));
            }
            For(f) | AsyncFor(f) => {
                self.e(&f.target, c);
                self.e(&f.iter, c);
                self.ss(&f.body, c);
                self.ss(&f.orelse, c);
            }
            While { test, body, orelse } | If { test, body, orelse } => {
                self.e(test, c);
                self.ss(body, c);
                self.ss(orelse, c);
            }
            With(w) | AsyncWith(w) => {
                for item in &w.items {
                    self.level(c);
                    self.e(&item.context_expr, c + 1);
                    item.optional_vars.iter().for_each(|x| self.e(x, c + 1));
                }
                self.ss(&w.body, c);
            }
            Match { subject, cases } => {
                self.e(subject, c);
                for case in cases {
                    self.level(c);
                    self.stack.push((Node::Pattern(&case.pattern), c + 1));
                    case.guard.iter().for_each(|x| self.e(x, c + 1));
                    self.ss(&case.body, c + 1);
                }
            }
            Raise { exc, cause } => {
                for x in [exc, cause].into_iter().flatten() {
                    self.e(x, c);
                }
            }
            Try(t) | TryStar(t) => {
                self.ss(&t.body, c);
                for h in &t.handlers {
                    self.level(c);
                    h.type_.iter().for_each(|x| self.e(x, c + 1));
                    self.ss(&h.body, c + 1);
                }
                self.ss(&t.orelse, c);
                self.ss(&t.finalbody, c);
            }
            Assert { test, msg } => {
                self.e(test, c);
                msg.iter().for_each(|x| self.e(x, c));
            }
            Expr { value } => self.e(value, c),
            Import { names } | ImportFrom { names, .. } => {
                if !names.is_empty() {
                    self.level(c);
                }
            }
            Global { .. } | Nonlocal { .. } | Pass | Break | Continue => {}
        }
    }

    fn pattern(&mut self, p: &'a Pattern, d: usize) {
        use PatternKind::*;
        let c = d + 1;
        match &p.kind {
            MatchValue { value } => self.e(value, c),
            MatchSingleton { .. } | MatchStar { .. } => {}
            MatchSequence { patterns } | MatchOr { patterns } => self.ps(patterns, c),
            MatchMapping { keys, patterns, .. } => {
                self.es(keys, c);
                self.ps(patterns, c);
            }
            MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.e(cls, c);
                self.ps(patterns, c);
                self.ps(kwd_patterns, c);
            }
            MatchAs { pattern, .. } => pattern
                .iter()
                .for_each(|x| self.ps(std::slice::from_ref(x), c)),
        }
    }

    fn run(mut self) -> usize {
        while let Some((node, d)) = self.stack.pop() {
            self.max = self.max.max(d);
            match node {
                Node::Expr(e) => self.expr(e, d),
                Node::Stmt(s) => self.stmt(s, d),
                Node::Pattern(p) => self.pattern(p, d),
            }
        }
        self.max
    }
}

/// The depth of an expression tree (the expression counting as 1), walked without recursion.
pub(crate) fn expr_depth(e: &Expr) -> usize {
    let mut walk = Walk {
        stack: Vec::new(),
        max: 0,
    };
    walk.e(e, 1);
    walk.run()
}

/// The depth of a module's tree (the module counting as 1).
pub(crate) fn module_depth(body: &[Stmt]) -> usize {
    let mut walk = Walk {
        stack: Vec::with_capacity(64),
        max: 1,
    };
    walk.ss(body, 2);
    walk.run()
}

/// Drops an expression tree of any depth without recursion: children are moved onto an
/// explicit stack before their parent is dropped, so only shallow nodes are ever dropped.
pub(crate) fn dismantle(e: Expr) {
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        push_children(e, &mut stack);
    }
}

fn push_arguments(a: Arguments, stack: &mut Vec<Expr>) {
    let args = a.posonlyargs.into_iter().chain(a.args).chain(a.kwonlyargs);
    let args = args.chain(a.vararg.map(|b| *b)).chain(a.kwarg.map(|b| *b));
    for arg in args {
        stack.extend(arg.annotation.map(|b| *b));
    }
    stack.extend(a.kw_defaults.into_iter().flatten());
    stack.extend(a.defaults);
}

fn push_children(e: Expr, stack: &mut Vec<Expr>) {
    use ExprKind::*;
    match e.kind {
        BoolOp { values, .. } => stack.extend(values),
        NamedExpr { target, value } => stack.extend([*target, *value]),
        BinOp { left, right, .. } => stack.extend([*left, *right]),
        UnaryOp { operand, .. } => stack.push(*operand),
        Lambda { args, body } => {
            push_arguments(*args, stack);
            stack.push(*body);
        }
        IfExp { test, body, orelse } => stack.extend([*test, *body, *orelse]),
        Dict { keys, values } => {
            stack.extend(keys.into_iter().flatten());
            stack.extend(values);
        }
        Set { elts } | List { elts, .. } | Tuple { elts, .. } => stack.extend(elts),
        ListComp { elt, generators }
        | SetComp { elt, generators }
        | GeneratorExp { elt, generators } => {
            stack.push(*elt);
            for g in generators {
                stack.extend([g.target, g.iter]);
                stack.extend(g.ifs);
            }
        }
        DictComp {
            key,
            value,
            generators,
        } => {
            stack.extend([*key, *value]);
            for g in generators {
                stack.extend([g.target, g.iter]);
                stack.extend(g.ifs);
            }
        }
        Await { value } | YieldFrom { value } | Starred { value, .. } | Attribute { value, .. } => {
            stack.push(*value)
        }
        Yield { value } => stack.extend(value.map(|b| *b)),
        Compare {
            left, comparators, ..
        } => {
            stack.push(*left);
            stack.extend(comparators);
        }
        Call {
            func,
            args,
            keywords,
        } => {
            stack.push(*func);
            stack.extend(args);
            stack.extend(keywords.into_iter().map(|k| k.value));
        }
        FormattedValue {
            value, format_spec, ..
        } => {
            stack.push(*value);
            stack.extend(format_spec.map(|b| *b));
        }
        JoinedStr { values } => stack.extend(values),
        Subscript { value, slice, .. } => stack.extend([*value, *slice]),
        Slice { lower, upper, step } => {
            stack.extend([lower, upper, step].into_iter().flatten().map(|b| *b))
        }
        Constant { .. } | Name { .. } => {}
    }
}

/// Drops statements whose expressions may be arbitrarily deep (statements themselves nest at
/// most 100 deep, so they are taken apart recursively).
pub(crate) fn dismantle_body(body: Vec<Stmt>) {
    let mut exprs = Vec::new();
    for s in body {
        take_stmt(s, &mut exprs);
    }
    for e in exprs {
        dismantle(e);
    }
}

fn take_stmt(s: Stmt, exprs: &mut Vec<Expr>) {
    use StmtKind::*;
    let mut bodies: Vec<Vec<Stmt>> = Vec::new();
    match s.kind {
        FunctionDef(f) | AsyncFunctionDef(f) => {
            push_arguments(*f.args, exprs);
            bodies.push(f.body);
            exprs.extend(f.decorator_list);
            exprs.extend(f.returns.map(|b| *b));
        }
        ClassDef {
            bases,
            keywords,
            body,
            decorator_list,
            ..
        } => {
            exprs.extend(bases);
            exprs.extend(keywords.into_iter().map(|k| k.value));
            bodies.push(body);
            exprs.extend(decorator_list);
        }
        Return { value } => exprs.extend(value.map(|b| *b)),
        Delete { targets } => exprs.extend(targets),
        Assign { targets, value } => {
            exprs.extend(targets);
            exprs.push(*value);
        }
        AugAssign { target, value, .. } => exprs.extend([*target, *value]),
        AnnAssign {
            target,
            annotation,
            value,
            ..
        } => {
            exprs.extend([*target, *annotation]);
            exprs.extend(value.map(|b| *b));
        }
        For(f) | AsyncFor(f) => {
            exprs.extend([*f.target, *f.iter]);
            bodies.extend([f.body, f.orelse]);
        }
        While { test, body, orelse } | If { test, body, orelse } => {
            exprs.push(*test);
            bodies.extend([body, orelse]);
        }
        With(w) | AsyncWith(w) => {
            for item in w.items {
                exprs.push(item.context_expr);
                exprs.extend(item.optional_vars.map(|b| *b));
            }
            bodies.push(w.body);
        }
        Match { subject, cases } => {
            exprs.push(*subject);
            for case in cases {
                exprs.extend(case.guard.map(|b| *b));
                bodies.push(case.body);
            }
        }
        Raise { exc, cause } => exprs.extend([exc, cause].into_iter().flatten().map(|b| *b)),
        Try(t) | TryStar(t) => {
            bodies.extend([t.body, t.orelse, t.finalbody]);
            for h in t.handlers {
                exprs.extend(h.type_.map(|b| *b));
                bodies.push(h.body);
            }
        }
        Assert { test, msg } => {
            exprs.push(*test);
            exprs.extend(msg.map(|b| *b));
        }
        Expr { value } => exprs.push(*value),
        Import { .. }
        | ImportFrom { .. }
        | Global { .. }
        | Nonlocal { .. }
        | Pass
        | Break
        | Continue => {}
    }
    for body in bodies {
        for s in body {
            take_stmt(s, exprs);
        }
    }
}
