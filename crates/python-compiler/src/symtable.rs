//! Symbol tables, as CPython 3.11's `Python/symtable.c` builds them.
//!
//! A first pass walks the tree and records raw facts about every name in every scope (it is
//! assigned here, used here, a parameter, declared global or nonlocal, imported). A second
//! pass, `analyze`, decides each name's scope: local, global (explicit or implicit), free,
//! or cell. The code generator then picks `LOAD_FAST`, `LOAD_GLOBAL`, `LOAD_DEREF` or
//! `LOAD_NAME` from that answer. The compile-time errors CPython raises here (a `nonlocal`
//! at module level, a name assigned before its `global` declaration, ...) are raised here too.

use std::collections::{HashMap, HashSet};

use python_syntax::ast::{self, Expr, ExprKind, Pos, Stmt, StmtKind};

use crate::error::CompileError;
use crate::fold::{self, Folded};

/// The name is declared `global`.
pub const DEF_GLOBAL: u32 = 1;
/// The name is assigned in this scope.
pub const DEF_LOCAL: u32 = 2;
/// The name is a parameter.
pub const DEF_PARAM: u32 = 4;
/// The name is declared `nonlocal`.
pub const DEF_NONLOCAL: u32 = 8;
/// The name is read in this scope.
pub const USE: u32 = 16;
/// The name is free in a nested scope and bound in this class scope too.
pub const DEF_FREE_CLASS: u32 = 64;
/// The name is bound by an import.
pub const DEF_IMPORT: u32 = 128;
/// The name has a variable annotation.
pub const DEF_ANNOT: u32 = 256;
/// The name is a comprehension's iteration variable.
pub const DEF_COMP_ITER: u32 = 512;
/// Any binding.
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Where a name lives, once analysed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scope {
    /// Not known to the table (CPython's scope 0): the compiler uses the `*_NAME` opcodes.
    Unknown,
    /// A local variable of this scope.
    Local,
    /// Declared `global` here.
    GlobalExplicit,
    /// Not bound in any enclosing function: a global or a builtin.
    GlobalImplicit,
    /// Bound in an enclosing function and used here.
    Free,
    /// Local here and used by a nested function.
    Cell,
}

/// The kind of a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType {
    Module,
    Class,
    /// Functions, lambdas and comprehensions.
    Function,
}

/// Which comprehension a function scope is, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comprehension {
    List,
    Set,
    Dict,
    Generator,
}

/// A scope's index in the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ScopeId(pub u32);

/// One scope: its names and what is known about them.
#[derive(Clone, Debug)]
pub struct ScopeEntry {
    /// The scope's name (`top`, the function or class name, `lambda`, `listcomp`...).
    pub name: String,
    /// Module, class or function.
    pub kind: BlockType,
    /// Every name of the scope with its flags, in the order first seen.
    pub symbols: Vec<(String, u32)>,
    index: HashMap<String, usize>,
    /// The scope of each symbol, parallel to `symbols`, filled in by the analysis.
    pub scopes: Vec<Scope>,
    /// The parameters, in order.
    pub varnames: Vec<String>,
    /// Nested scopes, in source order.
    pub children: Vec<ScopeId>,
    /// Nested inside a function.
    pub nested: bool,
    /// Has free variables.
    pub free: bool,
    /// A nested scope has free variables.
    pub child_free: bool,
    /// Contains `yield` (or is a generator expression).
    pub generator: bool,
    /// Is `async def` or contains `await` / async comprehensions.
    pub coroutine: bool,
    /// The comprehension this scope implements, if any.
    pub comprehension: Option<Comprehension>,
    /// Takes `*args`.
    pub varargs: bool,
    /// Takes `**kwargs`.
    pub varkeywords: bool,
    /// A class whose methods use `__class__` (or `super`).
    pub needs_class_closure: bool,
    comp_iter_target: bool,
    comp_iter_expr: u32,
    directives: Vec<(String, Pos)>,
    /// The first line of the scope's definition.
    pub lineno: u32,
}

impl ScopeEntry {
    fn new(name: &str, kind: BlockType, lineno: u32) -> ScopeEntry {
        ScopeEntry {
            name: name.to_string(),
            kind,
            symbols: Vec::new(),
            index: HashMap::new(),
            scopes: Vec::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            nested: false,
            free: false,
            child_free: false,
            generator: false,
            coroutine: false,
            comprehension: None,
            varargs: false,
            varkeywords: false,
            needs_class_closure: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
            directives: Vec::new(),
            lineno,
        }
    }

    /// The flags of a name (0 when unknown).
    pub fn flags(&self, name: &str) -> u32 {
        self.index.get(name).map_or(0, |&i| self.symbols[i].1)
    }

    /// The analysed scope of a name.
    pub fn scope(&self, name: &str) -> Scope {
        match self.index.get(name) {
            Some(&i) => self.scopes.get(i).copied().unwrap_or(Scope::Unknown),
            None => Scope::Unknown,
        }
    }

    fn set_flags(&mut self, name: &str, flags: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].1 = flags,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push((name.to_string(), flags));
            }
        }
    }

    /// True for function scopes (functions, lambdas, comprehensions).
    pub fn is_function(&self) -> bool {
        self.kind == BlockType::Function
    }
}

/// The symbol tables of a module.
#[derive(Debug)]
pub struct SymbolTable {
    /// Every scope; the module is `ScopeId(0)`.
    pub scopes: Vec<ScopeEntry>,
    by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    /// The scope made for a node (a function or class statement, a lambda or comprehension).
    pub fn scope_of(&self, node: usize) -> Option<ScopeId> {
        self.by_node.get(&node).copied()
    }

    /// A scope by id.
    pub fn get(&self, id: ScopeId) -> &ScopeEntry {
        &self.scopes[id.0 as usize]
    }
}

/// Mangles a private name (`__x` in class `C` becomes `_C__x`), as `_Py_Mangle` does.
pub fn mangle<'a>(private: Option<&str>, name: &'a str) -> std::borrow::Cow<'a, str> {
    use std::borrow::Cow;
    let Some(private) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = private.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{stripped}{name}"))
}

/// A node key for a statement.
pub fn stmt_key(s: &Stmt) -> usize {
    s as *const Stmt as usize
}

struct Builder<'a> {
    table: SymbolTable,
    stack: Vec<ScopeId>,
    private: Option<String>,
    folded: &'a Folded,
    future_annotations: bool,
    /// Depth of annotation blocks (under `from __future__ import annotations`).
    annotation_depth: u32,
}

type R = Result<(), CompileError>;

fn err(message: impl Into<String>, pos: &Pos) -> CompileError {
    CompileError::at(message, pos)
}

/// Builds and analyses the symbol tables of a module.
pub fn build(
    module: &ast::Module,
    folded: &Folded,
    future_annotations: bool,
) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        table: SymbolTable {
            scopes: vec![ScopeEntry::new("top", BlockType::Module, 0)],
            by_node: HashMap::new(),
        },
        stack: vec![ScopeId(0)],
        private: None,
        folded,
        future_annotations,
        annotation_depth: 0,
    };
    b.table
        .by_node
        .insert(module as *const ast::Module as usize, ScopeId(0));
    for s in &module.body {
        b.stmt(s)?;
    }
    let mut table = b.table;
    analyze(&mut table)?;
    Ok(table)
}

impl Builder<'_> {
    fn cur(&mut self) -> &mut ScopeEntry {
        let id = *self.stack.last().expect("a scope is always open");
        &mut self.table.scopes[id.0 as usize]
    }

    fn cur_ref(&self) -> &ScopeEntry {
        let id = *self.stack.last().expect("a scope is always open");
        &self.table.scopes[id.0 as usize]
    }

    fn enter(&mut self, name: &str, kind: BlockType, node: usize, lineno: u32) {
        let parent = self.cur_ref();
        let nested = parent.nested || parent.is_function();
        let comp_iter_expr = parent.comp_iter_expr;
        let id = ScopeId(self.table.scopes.len() as u32);
        let mut entry = ScopeEntry::new(name, kind, lineno);
        entry.nested = nested;
        entry.comp_iter_expr = comp_iter_expr;
        self.table.scopes.push(entry);
        self.cur().children.push(id);
        self.table.by_node.insert(node, id);
        self.stack.push(id);
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn add_def(&mut self, name: &str, flag: u32, pos: &Pos) -> R {
        let id = *self.stack.last().expect("a scope is always open");
        self.add_def_in(id, name, flag, pos)
    }

    fn add_def_in(&mut self, id: ScopeId, name: &str, flag: u32, pos: &Pos) -> R {
        if self.annotation_depth > 0 {
            return Ok(());
        }
        let mangled = mangle(self.private.as_deref(), name).into_owned();
        let ste = &mut self.table.scopes[id.0 as usize];
        let mut val = ste.flags(&mangled);
        let existed = ste.index.contains_key(&mangled);
        if existed {
            if flag & DEF_PARAM != 0 && val & DEF_PARAM != 0 {
                return Err(err(
                    format!("duplicate argument '{name}' in function definition"),
                    pos,
                ));
            }
            val |= flag;
        } else {
            val = flag;
        }
        if ste.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return Err(err(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    pos,
                ));
            }
            val |= DEF_COMP_ITER;
        }
        ste.set_flags(&mangled, val);
        if flag & DEF_PARAM != 0 {
            ste.varnames.push(mangled);
        } else if flag & DEF_GLOBAL != 0 {
            let module = &mut self.table.scopes[0];
            let old = module.flags(&mangled);
            module.set_flags(&mangled, old | flag);
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &str, pos: &Pos) {
        let mangled = mangle(self.private.as_deref(), name).into_owned();
        self.cur().directives.push((mangled, *pos));
    }

    fn lookup(&self, name: &str) -> u32 {
        let mangled = mangle(self.private.as_deref(), name);
        self.cur_ref().flags(&mangled)
    }

    fn stmts(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.stmt_inner(s))
    }

    fn stmt_inner(&mut self, s: &Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, &s.pos)?;
                self.exprs(&f.args.defaults)?;
                for d in f.args.kw_defaults.iter().flatten() {
                    self.expr(d)?;
                }
                self.exprs(&f.decorator_list)?;
                self.annotations(&f.args, f.returns.as_deref())?;
                self.enter(&f.name, BlockType::Function, stmt_key(s), s.pos.lineno);
                if matches!(s.kind, StmtKind::AsyncFunctionDef(_)) {
                    self.cur().coroutine = true;
                }
                self.arguments(&f.args)?;
                self.stmts(&f.body)?;
                self.exit();
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.add_def(name, DEF_LOCAL, &s.pos)?;
                self.exprs(bases)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
                self.exprs(decorator_list)?;
                self.enter(name, BlockType::Class, stmt_key(s), s.pos.lineno);
                let saved = self.private.replace(name.clone());
                self.stmts(body)?;
                self.private = saved;
                self.exit();
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete { targets } => self.exprs(targets)?,
            StmtKind::Assign { targets, value } => {
                self.exprs(targets)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.lookup(id);
                    let is_module = self.cur_ref().kind == BlockType::Module;
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && !is_module && *simple {
                        let msg = if cur & DEF_GLOBAL != 0 {
                            format!("annotated name '{id}' can't be global")
                        } else {
                            format!("annotated name '{id}' can't be nonlocal")
                        };
                        return Err(err(msg, &s.pos));
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, &target.pos)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, &target.pos)?;
                    }
                } else {
                    self.expr(target)?;
                }
                self.annotation(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                    if let Some(c) = cause {
                        self.expr(c)?;
                    }
                }
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(name) = &h.name {
                        self.add_def(name, DEF_LOCAL, &h.pos)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.alias(a)?;
                }
            }
            StmtKind::Global { names } => {
                for name in names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        return Err(err(msg, &s.pos));
                    }
                    self.add_def(name, DEF_GLOBAL, &s.pos)?;
                    self.record_directive(name, &s.pos);
                }
            }
            StmtKind::Nonlocal { names } => {
                for name in names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        return Err(err(msg, &s.pos));
                    }
                    self.add_def(name, DEF_NONLOCAL, &s.pos)?;
                    self.record_directive(name, &s.pos);
                }
            }
            StmtKind::Expr { value } => self.expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
        }
        Ok(())
    }

    fn alias(&mut self, a: &ast::Alias) -> R {
        let name = a.asname.as_ref().unwrap_or(&a.name);
        let store = name.split('.').next().unwrap_or(name);
        if name != "*" {
            self.add_def(store, DEF_IMPORT, &a.pos)
        } else if self.cur_ref().kind != BlockType::Module {
            Err(err("import * only allowed at module level", &a.pos))
        } else {
            Ok(())
        }
    }

    fn exprs(&mut self, es: &[Expr]) -> R {
        for e in es {
            self.expr(e)?;
        }
        Ok(())
    }

    fn annotation(&mut self, e: &Expr) -> R {
        if self.future_annotations {
            self.annotation_depth += 1;
            let r = self.expr(e);
            self.annotation_depth -= 1;
            r
        } else {
            self.expr(e)
        }
    }

    fn annotations(&mut self, a: &ast::Arguments, returns: Option<&Expr>) -> R {
        if self.future_annotations {
            self.annotation_depth += 1;
        }
        let mut result = Ok(());
        for arg in a.posonlyargs.iter().chain(&a.args) {
            if let Some(ann) = &arg.annotation {
                if result.is_ok() {
                    result = self.expr(ann);
                }
            }
        }
        for arg in a
            .vararg
            .iter()
            .chain(&a.kwarg)
            .map(|b| &**b)
            .chain(&a.kwonlyargs)
        {
            if let Some(ann) = &arg.annotation {
                if result.is_ok() {
                    result = self.expr(ann);
                }
            }
        }
        if self.future_annotations {
            self.annotation_depth -= 1;
        }
        result?;
        if let Some(r) = returns {
            self.annotation(r)?;
        }
        Ok(())
    }

    fn arguments(&mut self, a: &ast::Arguments) -> R {
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.add_def(&arg.arg, DEF_PARAM, &arg.pos)?;
        }
        if let Some(v) = &a.vararg {
            self.add_def(&v.arg, DEF_PARAM, &v.pos)?;
            self.cur().varargs = true;
        }
        if let Some(k) = &a.kwarg {
            self.add_def(&k.arg, DEF_PARAM, &k.pos)?;
            self.cur().varkeywords = true;
        }
        Ok(())
    }

    fn pattern(&mut self, p: &ast::Pattern) -> R {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.pattern_inner(p))
    }

    fn pattern_inner(&mut self, p: &ast::Pattern) -> R {
        use ast::PatternKind::*;
        match &p.kind {
            MatchValue { value } => self.expr(value)?,
            MatchSingleton { .. } => {}
            MatchSequence { patterns } | MatchOr { patterns } => {
                for q in patterns {
                    self.pattern(q)?;
                }
            }
            MatchStar { name } => {
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, &p.pos)?;
                }
            }
            MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys)?;
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = rest {
                    self.add_def(r, DEF_LOCAL, &p.pos)?;
                }
            }
            MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q)?;
                }
            }
            MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, &p.pos)?;
                }
            }
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> R {
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(e))
    }

    fn expr_inner(&mut self, e: &Expr) -> R {
        if let Some(fold::Fold::Const(_)) = self.folded.get(e) {
            return Ok(());
        }
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                if self.annotation_depth > 0 {
                    return Err(err(
                        "named expression cannot be used within an annotation",
                        &e.pos,
                    ));
                }
                self.named_expr(e, target, value)?;
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.exprs(&args.defaults)?;
                for d in args.kw_defaults.iter().flatten() {
                    self.expr(d)?;
                }
                self.enter("lambda", BlockType::Function, fold::key(e), e.pos.lineno);
                self.arguments(args)?;
                self.expr(body)?;
                self.exit();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                self.exprs(values)?;
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                self.exprs(elts)?
            }
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(
                e,
                "genexpr",
                Comprehension::Generator,
                generators,
                elt,
                None,
            )?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "listcomp", Comprehension::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "setcomp", Comprehension::Set, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(
                e,
                "dictcomp",
                Comprehension::Dict,
                generators,
                key,
                Some(value),
            )?,
            ExprKind::Yield { value } => {
                if self.annotation_depth > 0 {
                    return Err(err(
                        "yield expression cannot be used within an annotation",
                        &e.pos,
                    ));
                }
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.cur().generator = true;
                self.yield_in_comprehension(e)?;
            }
            ExprKind::YieldFrom { value } => {
                if self.annotation_depth > 0 {
                    return Err(err(
                        "yield expression cannot be used within an annotation",
                        &e.pos,
                    ));
                }
                self.expr(value)?;
                self.cur().generator = true;
                self.yield_in_comprehension(e)?;
            }
            ExprKind::Await { value } => {
                if self.annotation_depth > 0 {
                    return Err(err(
                        "await expression cannot be used within an annotation",
                        &e.pos,
                    ));
                }
                self.expr(value)?;
                self.cur().coroutine = true;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                if let Some(f) = format_spec {
                    self.expr(f)?;
                }
            }
            ExprKind::JoinedStr { values } => self.exprs(values)?,
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ast::ExprContext::Load {
                    USE
                } else {
                    DEF_LOCAL
                };
                self.add_def(id, flag, &e.pos)?;
                if *ctx == ast::ExprContext::Load && self.cur_ref().is_function() && id == "super" {
                    self.add_def("__class__", USE, &e.pos)?;
                }
            }
        }
        Ok(())
    }

    fn yield_in_comprehension(&self, e: &Expr) -> R {
        if let Some(kind) = self.cur_ref().comprehension {
            let msg = match kind {
                Comprehension::List => "'yield' inside list comprehension",
                Comprehension::Set => "'yield' inside set comprehension",
                Comprehension::Dict => "'yield' inside dict comprehension",
                Comprehension::Generator => "'yield' inside generator expression",
            };
            return Err(err(msg, &e.pos));
        }
        Ok(())
    }

    fn named_expr(&mut self, e: &Expr, target: &Expr, value: &Expr) -> R {
        if self.cur_ref().comp_iter_expr > 0 {
            return Err(err(
                "assignment expression cannot be used in a comprehension iterable expression",
                &e.pos,
            ));
        }
        if self.cur_ref().comprehension.is_some() {
            self.extend_namedexpr_scope(target)?;
        }
        self.expr(value)?;
        self.expr(target)
    }

    fn extend_namedexpr_scope(&mut self, target: &Expr) -> R {
        let ExprKind::Name { id, .. } = &target.kind else {
            return Ok(());
        };
        let pos = target.pos;
        for i in (0..self.stack.len()).rev() {
            let sid = self.stack[i];
            let ste = &self.table.scopes[sid.0 as usize];
            if ste.comprehension.is_some() {
                let flags = ste.flags(id);
                if flags & DEF_COMP_ITER != 0 && flags & DEF_LOCAL != 0 {
                    return Err(err(
                        format!("assignment expression cannot rebind comprehension iteration variable '{id}'"),
                        &pos,
                    ));
                }
                continue;
            }
            match ste.kind {
                BlockType::Function => {
                    let in_scope = ste.flags(id);
                    if in_scope & DEF_GLOBAL != 0 {
                        self.add_def(id, DEF_GLOBAL, &pos)?;
                    } else {
                        self.add_def(id, DEF_NONLOCAL, &pos)?;
                    }
                    self.record_directive(id, &pos);
                    return self.add_def_in(sid, id, DEF_LOCAL, &pos);
                }
                BlockType::Module => {
                    self.add_def(id, DEF_GLOBAL, &pos)?;
                    self.record_directive(id, &pos);
                    return self.add_def_in(sid, id, DEF_GLOBAL, &pos);
                }
                BlockType::Class => {
                    return Err(err(
                        "assignment expression within a comprehension cannot be used in a class body",
                        &pos,
                    ));
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        kind: Comprehension,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let is_generator = kind == Comprehension::Generator;
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        self.cur().comp_iter_expr += 1;
        let r = self.expr(&outermost.iter);
        self.cur().comp_iter_expr -= 1;
        r?;
        self.enter(name, BlockType::Function, fold::key(e), e.pos.lineno);
        self.cur().comprehension = Some(kind);
        if outermost.is_async {
            self.cur().coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, &e.pos)?;
        self.cur().comp_iter_target = true;
        let r = self.expr(&outermost.target);
        self.cur().comp_iter_target = false;
        r?;
        self.exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.cur().comp_iter_target = true;
            let r = self.expr(&g.target);
            self.cur().comp_iter_target = false;
            r?;
            self.cur().comp_iter_expr += 1;
            let r = self.expr(&g.iter);
            self.cur().comp_iter_expr -= 1;
            r?;
            self.exprs(&g.ifs)?;
            if g.is_async {
                self.cur().coroutine = true;
            }
        }
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.expr(elt)?;
        self.cur().generator = is_generator;
        let is_async = self.cur_ref().coroutine && !is_generator;
        self.exit();
        if is_async {
            self.cur().coroutine = true;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------
// The analysis pass.
// ---------------------------------------------------------------------------------------

type NameSet = HashSet<String>;

fn analyze(table: &mut SymbolTable) -> R {
    let mut free = NameSet::new();
    let mut global = NameSet::new();
    analyze_block(table, ScopeId(0), None, &mut free, &mut global)
}

fn directive_error(ste: &ScopeEntry, name: &str, message: String) -> CompileError {
    match ste.directives.iter().find(|(n, _)| n == name) {
        Some((_, pos)) => err(message, pos),
        None => CompileError::at(message, &Pos::default()),
    }
}

fn analyze_block(
    table: &mut SymbolTable,
    id: ScopeId,
    mut bound: Option<&mut NameSet>,
    free: &mut NameSet,
    global: &mut NameSet,
) -> R {
    let mut local = NameSet::new();
    let mut newglobal = NameSet::new();
    let mut newbound = NameSet::new();
    let kind = table.get(id).kind;
    if kind == BlockType::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound.as_deref() {
            newbound.extend(b.iter().cloned());
        }
    }
    let mut scopes = Vec::with_capacity(table.get(id).symbols.len());
    {
        let ste = &mut table.scopes[id.0 as usize];
        let symbols = ste.symbols.clone();
        for (name, flags) in &symbols {
            let scope = analyze_name(
                ste,
                name,
                *flags,
                bound.as_deref_mut(),
                &mut local,
                free,
                global,
            )?;
            scopes.push(scope);
        }
        ste.scopes = scopes;
    }
    if kind != BlockType::Class {
        if kind == BlockType::Function {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = bound.as_deref() {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".to_string());
    }
    let mut allfree = NameSet::new();
    let children = table.get(id).children.clone();
    for child in children {
        let mut temp_bound = newbound.clone();
        let mut temp_free = NameSet::new();
        let mut temp_global = newglobal.clone();
        analyze_block(
            table,
            child,
            Some(&mut temp_bound),
            &mut temp_free,
            &mut temp_global,
        )?;
        allfree.extend(temp_free);
        let c = table.get(child);
        if c.free || c.child_free {
            table.scopes[id.0 as usize].child_free = true;
        }
    }
    let mut newfree = allfree;
    let ste = &mut table.scopes[id.0 as usize];
    if kind == BlockType::Function {
        // Locals that children use become cells.
        for (i, (name, _)) in ste.symbols.iter().enumerate() {
            if ste.scopes[i] == Scope::Local && newfree.remove(name) {
                ste.scopes[i] = Scope::Cell;
            }
        }
    } else if kind == BlockType::Class && newfree.remove("__class__") {
        ste.needs_class_closure = true;
    }
    // Record free names of children that pass through this scope.
    let mut passing: Vec<&String> = newfree.iter().collect();
    passing.sort();
    let mut added = Vec::new();
    for name in passing {
        if let Some(&i) = ste.index.get(name.as_str()) {
            if kind == BlockType::Class && ste.symbols[i].1 & (DEF_BOUND | DEF_GLOBAL) != 0 {
                ste.symbols[i].1 |= DEF_FREE_CLASS;
            }
            continue;
        }
        if let Some(b) = bound.as_deref() {
            if !b.contains(name.as_str()) {
                continue;
            }
        }
        added.push(name.clone());
    }
    for name in added {
        ste.set_flags(&name, 0);
        ste.scopes.push(Scope::Free);
    }
    free.extend(newfree);
    Ok(())
}

fn analyze_name(
    ste: &mut ScopeEntry,
    name: &str,
    flags: u32,
    bound: Option<&mut NameSet>,
    local: &mut NameSet,
    free: &mut NameSet,
    global: &mut NameSet,
) -> Result<Scope, CompileError> {
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            return Err(directive_error(
                ste,
                name,
                format!("name '{name}' is nonlocal and global"),
            ));
        }
        global.insert(name.to_string());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(Scope::GlobalExplicit);
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(b) = bound else {
            return Err(directive_error(
                ste,
                name,
                "nonlocal declaration not allowed at module level".to_string(),
            ));
        };
        if !b.contains(name) {
            return Err(directive_error(
                ste,
                name,
                format!("no binding for nonlocal '{name}' found"),
            ));
        }
        ste.free = true;
        free.insert(name.to_string());
        return Ok(Scope::Free);
    }
    if flags & DEF_BOUND != 0 {
        local.insert(name.to_string());
        global.remove(name);
        return Ok(Scope::Local);
    }
    if let Some(b) = bound {
        if b.contains(name) {
            ste.free = true;
            free.insert(name.to_string());
            return Ok(Scope::Free);
        }
    }
    if global.contains(name) {
        return Ok(Scope::GlobalImplicit);
    }
    if ste.nested {
        ste.free = true;
    }
    Ok(Scope::GlobalImplicit)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(source: &str) -> SymbolTable {
        let parsed = python_syntax::parse(source.as_bytes());
        crate::symbol_table(&parsed.module.expect("parses")).expect("analyses")
    }

    fn scope_named<'t>(t: &'t SymbolTable, name: &str) -> &'t ScopeEntry {
        t.scopes
            .iter()
            .find(|s| s.name == name)
            .expect("scope exists")
    }

    #[test]
    fn classifies_names() {
        let t = table(
            "g = 1\ndef f(a):\n    global g\n    b = a\n    def inner():\n        return b + len(a)\n    return inner\n",
        );
        let f = scope_named(&t, "f");
        assert_eq!(f.scope("a"), Scope::Cell);
        assert_eq!(f.scope("b"), Scope::Cell);
        assert_eq!(f.scope("g"), Scope::GlobalExplicit);
        assert_eq!(f.scope("inner"), Scope::Local);
        let inner = scope_named(&t, "inner");
        assert_eq!(inner.scope("b"), Scope::Free);
        assert_eq!(inner.scope("a"), Scope::Free);
        assert_eq!(inner.scope("len"), Scope::GlobalImplicit);
        assert!(inner.nested && inner.free);
        assert_eq!(t.get(ScopeId(0)).scope("g"), Scope::GlobalExplicit);
    }

    #[test]
    fn comprehensions_and_generators_are_functions() {
        let t = table("def f(xs):\n    yield [x * y for x in xs for y in xs]\n");
        let comp = scope_named(&t, "listcomp");
        assert_eq!(comp.kind, BlockType::Function);
        assert_eq!(comp.comprehension, Some(Comprehension::List));
        assert_eq!(comp.varnames, vec![".0".to_string()]);
        assert_eq!(comp.scope("x"), Scope::Local);
        assert_eq!(scope_named(&t, "f").scope("xs"), Scope::Cell);
        assert!(scope_named(&t, "f").generator);
    }

    #[test]
    fn classes_do_not_bind_for_methods() {
        let t = table("class C:\n    x = 1\n    def m(self):\n        return x, super()\n");
        let m = scope_named(&t, "m");
        assert_eq!(m.scope("x"), Scope::GlobalImplicit);
        assert_eq!(m.scope("__class__"), Scope::Free);
        assert!(scope_named(&t, "C").needs_class_closure);
    }

    #[test]
    fn mangles_private_names() {
        assert_eq!(mangle(Some("C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("_C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("C"), "__x__"), "__x__");
        assert_eq!(mangle(Some("C"), "__"), "__");
        assert_eq!(mangle(Some("__"), "__x"), "__x");
        assert_eq!(mangle(None, "__x"), "__x");
    }

    #[test]
    fn reports_cpythons_errors() {
        let err = |src: &str| {
            let parsed = python_syntax::parse(src.as_bytes());
            crate::symbol_table(&parsed.module.expect("parses"))
                .expect_err("rejects")
                .message
        };
        assert_eq!(
            err("nonlocal x\n"),
            "nonlocal declaration not allowed at module level"
        );
        assert_eq!(
            err("def f():\n    nonlocal y\n"),
            "no binding for nonlocal 'y' found"
        );
        assert_eq!(
            err("def f(a):\n    global a\n"),
            "name 'a' is parameter and global"
        );
        assert_eq!(
            err("def f():\n    x\n    global x\n"),
            "name 'x' is used prior to global declaration"
        );
        assert_eq!(
            err("def f():\n    from m import *\n"),
            "import * only allowed at module level"
        );
    }
}
