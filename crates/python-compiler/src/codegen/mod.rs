//! Code generation: from the tree (and its symbol tables) to a flow graph per code object, as
//! CPython 3.11's `Python/compile.c` does it, statement by statement.
//!
//! The compiler keeps a stack of compilation units, one per code object being built (the
//! module, then each function, class body, lambda or comprehension nested in it). Each unit
//! has its flow graph, its constants and names, and a stack of "frame blocks" (loops, `try`,
//! `with`...) that `break`, `continue` and `return` unwind. Expressions are in `expr.rs`,
//! `match` patterns in `pattern.rs`; turning a finished unit into a code object is
//! `crate::assemble`.

mod expr;
mod pattern;

use std::collections::HashMap;
use std::rc::Rc;

use python_syntax::ast::{self, Expr, ExprKind, Pos, Stmt, StmtKind};

use crate::error::CompileError;
use crate::fold::{self, Fold, Folded};
use crate::ir::{BlockId, Cfg, Instr, Location, Op};
use crate::opcode::Opcode as O;
use crate::symtable::{self, BlockType, Scope, ScopeId, SymbolTable};
use crate::value::Constant;
use crate::CodeObject;

/// The result of most code generation steps: success, or the error that stops compilation.
pub(crate) type R = Result<(), CompileError>;

/// What kind of code object a unit builds (CPython's `COMPILER_SCOPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// The kinds of frame block (`enum fblocktype`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FBlockKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

/// Extra data a frame block carries for unwinding.
#[derive(Clone, Copy, Debug)]
enum Datum<'a> {
    None,
    /// The `finally` body of a `try`.
    Finally(&'a [Stmt]),
    /// The `with` statement, for its position.
    With(&'a Pos),
    /// The name bound by `except ... as name`.
    Handler(Option<&'a str>),
}

#[derive(Clone, Copy, Debug)]
struct FBlock<'a> {
    kind: FBlockKind,
    block: Option<BlockId>,
    exit: Option<BlockId>,
    datum: Datum<'a>,
}

/// The hashable identity of a constant in a unit's constant table (`_PyCode_ConstantKey`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Ellipsis,
    Bool(bool),
    Int(num_bigint::BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Rc<str>),
    CodePoints(Rc<[u32]>),
    Bytes(Rc<[u8]>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
    /// Code objects compare by content (`code_richcompare`).
    Code(Box<CodeKey>),
    /// Not-a-number floats never compare equal, so each one is its own constant.
    Unique(usize),
}

fn const_key(c: &Constant) -> ConstKey {
    match c {
        Constant::None => ConstKey::None,
        Constant::Ellipsis => ConstKey::Ellipsis,
        Constant::Bool(b) => ConstKey::Bool(*b),
        Constant::Int(i) => ConstKey::Int(i.clone()),
        Constant::Float(f) if f.is_nan() => {
            static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
            ConstKey::Unique(NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
        }
        Constant::Float(f) => ConstKey::Float(f.to_bits()),
        Constant::Complex(r, i) => ConstKey::Complex(r.to_bits(), i.to_bits()),
        Constant::Str(s) => ConstKey::Str(s.clone()),
        Constant::StrCodePoints(s) => ConstKey::CodePoints(s.clone()),
        Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
        Constant::Tuple(t) => ConstKey::Tuple(t.iter().map(const_key).collect()),
        Constant::FrozenSet(t) => ConstKey::FrozenSet(t.iter().map(const_key).collect()),
        Constant::Code(c) => ConstKey::Code(code_key(c)),
    }
}

/// The fields `code_richcompare` compares: code objects equal in all of them are one constant.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct CodeKey {
    name: String,
    counts: [u32; 5],
    code: Vec<u8>,
    consts: Vec<ConstKey>,
    names: Vec<String>,
    localsplusnames: Vec<String>,
    linetable: Vec<u8>,
    exception_table: Vec<(u32, u32, u32, u32, bool)>,
}

fn code_key(c: &CodeObject) -> Box<CodeKey> {
    Box::new(CodeKey {
        name: c.name.clone(),
        counts: [
            c.argcount,
            c.posonlyargcount,
            c.kwonlyargcount,
            c.flags,
            c.first_line,
        ],
        code: c.code.clone(),
        consts: c.consts.iter().map(const_key).collect(),
        names: c.names.clone(),
        localsplusnames: c.localsplusnames.clone(),
        linetable: c.linetable.clone(),
        exception_table: c
            .exception_table
            .iter()
            .map(|e| (e.start, e.end, e.target, e.depth, e.lasti))
            .collect(),
    })
}

/// An ordered set of names with their indices (CPython's name-to-index dicts).
#[derive(Clone, Debug, Default)]
pub(crate) struct NameTable {
    pub names: Vec<String>,
    index: HashMap<String, u32>,
}

impl NameTable {
    fn from_names(names: impl IntoIterator<Item = String>) -> NameTable {
        let mut t = NameTable::default();
        for n in names {
            t.add(&n);
        }
        t
    }

    /// The index of a name, adding it at the end when it is new.
    pub fn add(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(name.to_string());
        self.index.insert(name.to_string(), i);
        i
    }

    /// The index of a name, if present.
    pub fn get(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }
}

/// The state of one code object under construction (`struct compiler_unit`).
pub(crate) struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: UnitKind,
    pub name: String,
    pub qualname: Option<String>,
    pub consts: Vec<Constant>,
    const_index: HashMap<ConstKey, u32>,
    pub names: NameTable,
    pub varnames: NameTable,
    pub cellvars: NameTable,
    pub freevars: NameTable,
    pub private: Option<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub cfg: Cfg,
    pub curblock: BlockId,
    fblocks: Vec<FBlock<'a>>,
    pub firstlineno: u32,
    pub loc: Location,
    need_new_implicit_block: bool,
}

/// The compiler: the whole module's state across units.
pub(crate) struct Compiler<'a> {
    pub table: &'a SymbolTable,
    pub folded: &'a Folded,
    pub filename: String,
    pub units: Vec<Unit<'a>>,
    /// The line of the last `from __future__ import` at the top of the module.
    pub future_lineno: u32,
    pub future_annotations: bool,
    /// `CO_FUTURE_BARRY_AS_BDFL` when that future is imported.
    pub future_barry: u32,
    /// The frozenset constants of the compilation, as CPython's constant cache holds them.
    pub frozensets: Vec<Constant>,
}

impl<'a> Compiler<'a> {
    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is always open")
    }

    pub fn u_ref(&self) -> &Unit<'a> {
        self.units.last().expect("a unit is always open")
    }

    fn ste(&self) -> &'a symtable::ScopeEntry {
        self.table.get(self.u_ref().scope)
    }

    // -----------------------------------------------------------------------------------
    // Emitting instructions.
    // -----------------------------------------------------------------------------------

    /// A new block, not yet placed in the layout.
    pub fn new_block(&mut self) -> BlockId {
        self.u().cfg.new_block()
    }

    /// Places `block` after the current one and makes it current.
    pub fn use_next_block(&mut self, block: BlockId) {
        let u = self.u();
        let cur = u.curblock;
        u.cfg.block_mut(cur).next = Some(block);
        u.curblock = block;
        u.need_new_implicit_block = false;
    }

    fn push_instr(&mut self, op: Op, arg: u32, target: Option<BlockId>, loc: Location) {
        if self.u_ref().need_new_implicit_block {
            let b = self.new_block();
            self.use_next_block(b);
        }
        let u = self.u();
        let cur = u.curblock;
        let block = u.cfg.block_mut(cur);
        block.instrs.push(Instr {
            op,
            arg,
            target,
            except: None,
            loc,
        });
        if op == Op::Real(O::ReturnValue) {
            block.returns = true;
        }
        if op.ends_block() {
            u.need_new_implicit_block = true;
        }
    }

    pub fn addop(&mut self, op: O) {
        let loc = self.u_ref().loc;
        self.push_instr(Op::Real(op), 0, None, loc);
    }

    pub fn addop_noline(&mut self, op: Op) {
        self.push_instr(op, 0, None, Location::NOLINE);
    }

    pub fn addop_i(&mut self, op: O, arg: u32) {
        let loc = self.u_ref().loc;
        self.push_instr(Op::Real(op), arg, None, loc);
    }

    pub fn addop_pseudo(&mut self, op: Op) {
        let loc = self.u_ref().loc;
        self.push_instr(op, 0, None, loc);
    }

    pub fn addop_i_noline(&mut self, op: O, arg: u32) {
        self.push_instr(Op::Real(op), arg, None, Location::NOLINE);
    }

    pub fn addop_j(&mut self, op: Op, target: BlockId) {
        let loc = self.u_ref().loc;
        self.push_instr(op, 0, Some(target), loc);
    }

    pub fn addop_j_noline(&mut self, op: Op, target: BlockId) {
        self.push_instr(op, 0, Some(target), Location::NOLINE);
    }

    /// CPython keeps one instance of equal constants for the whole compilation, and builds
    /// that instance of a frozenset anew from the first one's iteration order; the order of
    /// its items can change in the process. This returns that instance.
    fn canonical(&mut self, c: Constant) -> Constant {
        match c {
            Constant::FrozenSet(items) => {
                if let Some(found) = self
                    .frozensets
                    .iter()
                    .find(|f| f.same_key(&Constant::FrozenSet(items.clone())))
                {
                    return found.clone();
                }
                let items: Vec<Constant> =
                    items.iter().map(|x| self.canonical(x.clone())).collect();
                // CPython's instance is made by iterating the first one: the new insertion
                // order is the old iteration order.
                let rebuilt =
                    crate::value::make_frozenset(&crate::value::frozenset_iteration_order(&items));
                self.frozensets.push(rebuilt.clone());
                rebuilt
            }
            Constant::Tuple(items)
                if items
                    .iter()
                    .any(|x| matches!(x, Constant::FrozenSet(_) | Constant::Tuple(_))) =>
            {
                let items: Vec<Constant> =
                    items.iter().map(|x| self.canonical(x.clone())).collect();
                Constant::Tuple(items.into())
            }
            other => other,
        }
    }

    /// The index of a constant in the current unit, adding it when new.
    pub fn add_const(&mut self, c: Constant) -> u32 {
        let c = self.canonical(c);
        let key = const_key(&c);
        let u = self.u();
        if let Some(&i) = u.const_index.get(&key) {
            return i;
        }
        let i = u.consts.len() as u32;
        u.consts.push(c);
        u.const_index.insert(key, i);
        i
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.addop_i(O::LoadConst, i);
    }

    /// Adds an instruction whose argument is a (mangled) name of `co_names`.
    pub fn addop_name(&mut self, op: O, name: &str) {
        let mangled = symtable::mangle(self.u_ref().private.as_deref(), name).into_owned();
        let i = self.u().names.add(&mangled);
        self.addop_i(op, i);
    }

    /// Adds an instruction whose argument is a name of `co_names`, unmangled.
    pub fn addop_name_raw(&mut self, op: O, name: &str) {
        let i = self.u().names.add(name);
        self.addop_i(op, i);
    }

    pub fn set_loc(&mut self, pos: &Pos) {
        self.u().loc = Location::of(pos);
    }

    pub fn unset_loc(&mut self) {
        self.u().loc = Location::NONE;
    }

    pub fn error(&self, message: impl Into<String>) -> CompileError {
        let loc = self.units.last().map_or(Location::NONE, |u| u.loc);
        CompileError::at_location(message, &loc)
    }

    // -----------------------------------------------------------------------------------
    // Scopes.
    // -----------------------------------------------------------------------------------

    pub fn enter_scope(&mut self, name: &str, kind: UnitKind, node: usize, lineno: u32) -> R {
        let Some(scope) = self.table.scope_of(node) else {
            return Err(self.error("internal error: no symbol table for scope"));
        };
        let ste = self.table.get(scope);
        let mut cells: Vec<String> = ste
            .symbols
            .iter()
            .enumerate()
            .filter(|(i, _)| ste.scopes.get(*i) == Some(&Scope::Cell))
            .map(|(_, (n, _))| n.clone())
            .collect();
        cells.sort();
        if ste.needs_class_closure {
            cells = vec!["__class__".to_string()];
        }
        let mut frees: Vec<String> = ste
            .symbols
            .iter()
            .enumerate()
            .filter(|(i, (_, flags))| {
                ste.scopes.get(*i) == Some(&Scope::Free) || flags & symtable::DEF_FREE_CLASS != 0
            })
            .map(|(_, (n, _))| n.clone())
            .collect();
        frees.sort();
        let private = self.units.last().and_then(|u| u.private.clone());
        let mut cfg = Cfg::default();
        let entry = cfg.new_block();
        let unit = Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname: None,
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: NameTable::default(),
            varnames: NameTable::from_names(ste.varnames.iter().cloned()),
            cellvars: NameTable::from_names(cells),
            freevars: NameTable::from_names(frees),
            private,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            cfg,
            curblock: entry,
            fblocks: Vec::new(),
            firstlineno: lineno,
            loc: Location {
                lineno: lineno as i32,
                end_lineno: lineno as i32,
                col: 0,
                end_col: 0,
                span: source::Span::empty(0),
            },
            need_new_implicit_block: false,
        };
        self.units.push(unit);
        if kind == UnitKind::Module {
            self.u().loc.lineno = 0;
        } else {
            self.set_qualname();
        }
        self.addop_i(O::Resume, 0);
        if kind == UnitKind::Module {
            self.u().loc.lineno = -1;
        }
        Ok(())
    }

    fn set_qualname(&mut self) {
        let n = self.units.len();
        let mut base: Option<String> = None;
        if n > 2 {
            let parent = &self.units[n - 2];
            let u = &self.units[n - 1];
            let mut force_global = false;
            if matches!(
                u.kind,
                UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Class
            ) {
                let mangled = symtable::mangle(parent.private.as_deref(), &u.name);
                if self.table.get(parent.scope).scope(&mangled) == Scope::GlobalExplicit {
                    force_global = true;
                }
            }
            if !force_global {
                let pq = parent
                    .qualname
                    .clone()
                    .unwrap_or_else(|| parent.name.clone());
                if matches!(
                    parent.kind,
                    UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Lambda
                ) {
                    base = Some(format!("{pq}.<locals>"));
                } else {
                    base = Some(pq);
                }
            }
        }
        let u = self.u();
        u.qualname = Some(match base {
            Some(b) => format!("{}.{}", b, u.name),
            None => u.name.clone(),
        });
    }

    /// Finishes the current unit: assembles its code object and leaves its scope.
    pub fn exit_scope_assemble(&mut self, add_none: bool) -> Result<Rc<CodeObject>, CompileError> {
        // Every block that falls off the end returns None.
        let cur = self.u_ref().curblock;
        if !self.u_ref().cfg.block(cur).returns {
            self.unset_loc();
            if add_none {
                self.load_const(Constant::None);
            }
            self.addop(O::ReturnValue);
        }
        let unit = self.units.pop().expect("a unit is open");
        let ste = self.table.get(unit.scope);
        let future_flags = if self.future_annotations {
            crate::code::flags::FUTURE_ANNOTATIONS
        } else {
            0
        } | self.future_barry;
        let code = crate::assemble::assemble(
            unit,
            ste,
            &self.filename,
            future_flags,
            &self.folded.identifiers,
        )?;
        Ok(Rc::new(code))
    }

    // -----------------------------------------------------------------------------------
    // Frame blocks.
    // -----------------------------------------------------------------------------------

    fn push_fblock(
        &mut self,
        kind: FBlockKind,
        block: Option<BlockId>,
        exit: Option<BlockId>,
        datum: Datum<'a>,
    ) -> R {
        if self.u_ref().fblocks.len() >= 20 {
            return Err(self.error("too many statically nested blocks"));
        }
        self.u().fblocks.push(FBlock {
            kind,
            block,
            exit,
            datum,
        });
        Ok(())
    }

    fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    fn call_exit_with_nones(&mut self) {
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.addop_i(O::Precall, 2);
        self.addop_i(O::Call, 2);
    }

    /// The `SEND` loop of `yield from` and `await`.
    pub fn add_yield_from(&mut self, is_await: bool) {
        let start = self.new_block();
        let resume = self.new_block();
        let exit = self.new_block();
        self.use_next_block(start);
        self.addop_j(Op::Real(O::Send), exit);
        self.use_next_block(resume);
        self.addop(O::YieldValue);
        self.addop_i(O::Resume, if is_await { 3 } else { 2 });
        self.addop_j(Op::JumpNoInterrupt, start);
        self.use_next_block(exit);
    }

    fn pop_except_and_reraise(&mut self) {
        self.addop_i(O::Copy, 3);
        self.addop(O::PopExcept);
        self.addop_i(O::Reraise, 1);
    }

    fn unwind_fblock(&mut self, info: &FBlock<'a>, preserve_tos: bool) -> R {
        match info.kind {
            FBlockKind::WhileLoop
            | FBlockKind::ExceptionHandler
            | FBlockKind::ExceptionGroupHandler
            | FBlockKind::AsyncComprehensionGenerator => {}
            FBlockKind::ForLoop => {
                if preserve_tos {
                    self.addop_i(O::Swap, 2);
                }
                self.addop(O::PopTop);
            }
            FBlockKind::TryExcept => self.addop_pseudo(Op::PopBlock),
            FBlockKind::FinallyTry => {
                self.addop_pseudo(Op::PopBlock);
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue, None, None, Datum::None)?;
                }
                if let Datum::Finally(body) = info.datum {
                    self.stmts(body)?;
                }
                if preserve_tos {
                    self.pop_fblock();
                }
                self.unset_loc();
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.addop_i(O::Swap, 2);
                }
                self.addop(O::PopTop);
                if preserve_tos {
                    self.addop_i(O::Swap, 2);
                }
                self.addop_pseudo(Op::PopBlock);
                self.addop(O::PopExcept);
            }
            FBlockKind::With | FBlockKind::AsyncWith => {
                if let Datum::With(pos) = info.datum {
                    self.set_loc(pos);
                }
                self.addop_pseudo(Op::PopBlock);
                if preserve_tos {
                    self.addop_i(O::Swap, 2);
                }
                self.call_exit_with_nones();
                if info.kind == FBlockKind::AsyncWith {
                    self.addop_i(O::GetAwaitable, 2);
                    self.load_const(Constant::None);
                    self.add_yield_from(true);
                }
                self.addop(O::PopTop);
                self.unset_loc();
            }
            FBlockKind::HandlerCleanup => {
                let name = match info.datum {
                    Datum::Handler(n) => n,
                    _ => None,
                };
                if name.is_some() {
                    self.addop_pseudo(Op::PopBlock);
                }
                if preserve_tos {
                    self.addop_i(O::Swap, 2);
                }
                self.addop_pseudo(Op::PopBlock);
                self.addop(O::PopExcept);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.nameop(n, ast::ExprContext::Store)?;
                    self.nameop(n, ast::ExprContext::Del)?;
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.addop_i(O::Swap, 2);
                }
                self.addop(O::PopTop);
            }
        }
        Ok(())
    }

    /// Unwinds the frame blocks; with `want_loop`, stops at the innermost loop and returns it.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        want_loop: bool,
    ) -> Result<Option<FBlock<'a>>, CompileError> {
        let Some(top) = self.u_ref().fblocks.last().copied() else {
            return Ok(None);
        };
        if top.kind == FBlockKind::ExceptionGroupHandler {
            return Err(
                self.error("'break', 'continue' and 'return' cannot appear in an except* block")
            );
        }
        if want_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        self.unwind_fblock(&top, preserve_tos)?;
        let found = self.unwind_fblock_stack(preserve_tos, want_loop)?;
        self.u().fblocks.push(top);
        Ok(found)
    }

    // -----------------------------------------------------------------------------------
    // Module and statements.
    // -----------------------------------------------------------------------------------

    /// Compiles the module into its code object.
    pub fn compile_module(
        &mut self,
        module: &'a ast::Module,
    ) -> Result<Rc<CodeObject>, CompileError> {
        let key = module as *const ast::Module as usize;
        self.enter_scope("<module>", UnitKind::Module, key, 1)?;
        self.u().loc.lineno = 1;
        self.body(&module.body)?;
        self.exit_scope_assemble(true)
    }

    /// A module or class body: annotations setup, docstring, statements.
    fn body(&mut self, stmts: &'a [Stmt]) -> R {
        if self.u_ref().kind == UnitKind::Module {
            if let Some(first) = stmts.first() {
                self.set_loc(&first.pos);
            }
        }
        if find_ann(stmts) {
            self.addop(O::SetupAnnotations);
        }
        if stmts.is_empty() {
            return Ok(());
        }
        let mut start = 0;
        if let Some(doc) = fold::docstring(stmts) {
            start = 1;
            self.expr(doc)?;
            self.unset_loc();
            self.nameop("__doc__", ast::ExprContext::Store)?;
        }
        for s in &stmts[start..] {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmts(&mut self, stmts: &'a [Stmt]) -> R {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &'a Stmt) -> R {
        stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || self.stmt_inner(s))
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> R {
        self.set_loc(&s.pos);
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function(s, f, false),
            StmtKind::AsyncFunctionDef(f) => self.function(s, f, true),
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => self.class(s, name, bases, keywords, body, decorator_list),
            StmtKind::Return { value } => self.return_stmt(s, value.as_deref()),
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.expr(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.addop_i(O::Copy, 1);
                    }
                    self.expr(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.augassign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.annassign(target, annotation, value.as_deref(), *simple),
            StmtKind::For(f) => self.for_stmt(f),
            StmtKind::AsyncFor(f) => self.async_for(f),
            StmtKind::While { test, body, orelse } => self.while_stmt(s, test, body, orelse),
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse),
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n += 1;
                    }
                }
                self.addop_i(O::RaiseVarargs, n);
                Ok(())
            }
            StmtKind::Try(t) => {
                if !t.finalbody.is_empty() {
                    self.try_finally(t, false)
                } else {
                    self.try_except(t)
                }
            }
            StmtKind::TryStar(t) => {
                if !t.finalbody.is_empty() {
                    self.try_finally(t, true)
                } else {
                    self.try_star_except(t)
                }
            }
            StmtKind::Assert { test, msg } => self.assert_stmt(test, msg.as_deref()),
            StmtKind::Import { names } => self.import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(s, module.as_deref(), names, *level),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => Ok(()),
            StmtKind::Expr { value } => self.stmt_expr(value),
            StmtKind::Pass => {
                self.addop(O::Nop);
                Ok(())
            }
            StmtKind::Break => self.break_stmt(),
            StmtKind::Continue => self.continue_stmt(),
            StmtKind::With(w) => self.with(s, w, 0),
            StmtKind::AsyncWith(w) => self.async_with(s, w, 0),
        }
    }

    fn stmt_expr(&mut self, value: &'a Expr) -> R {
        if self.folded.is_constant(value)
            && !self.folded.wrapped_docstrings.contains(&fold::key(value))
        {
            self.addop(O::Nop);
            return Ok(());
        }
        self.expr(value)?;
        self.unset_loc();
        self.addop(O::PopTop);
        Ok(())
    }

    fn decorators(&mut self, decos: &'a [Expr]) -> R {
        for d in decos {
            self.expr(d)?;
        }
        Ok(())
    }

    fn apply_decorators(&mut self, decos: &'a [Expr]) {
        let saved = self.u_ref().loc;
        for d in decos.iter().rev() {
            self.set_loc(&d.pos);
            self.addop_i(O::Precall, 0);
            self.addop_i(O::Call, 0);
        }
        self.u().loc = saved;
    }

    fn kwonly_defaults(&mut self, args: &'a ast::Arguments) -> Result<bool, CompileError> {
        let mut keys = Vec::new();
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                let mangled =
                    symtable::mangle(self.u_ref().private.as_deref(), &arg.arg).into_owned();
                keys.push(Constant::str(&mangled));
                self.expr(d)?;
            }
        }
        if keys.is_empty() {
            return Ok(false);
        }
        let n = keys.len() as u32;
        self.load_const(Constant::Tuple(keys.into()));
        self.addop_i(O::BuildConstKeyMap, n);
        Ok(true)
    }

    fn argannotation(&mut self, id: &str, annotation: Option<&'a Expr>, len: &mut u32) -> R {
        let Some(ann) = annotation else {
            return Ok(());
        };
        let mangled = symtable::mangle(self.u_ref().private.as_deref(), id).into_owned();
        self.load_const(Constant::str(&mangled));
        if self.future_annotations {
            let text = crate::unparse::unparse(ann);
            self.load_const(Constant::str(&text));
        } else if let ExprKind::Starred { value, .. } = &ann.kind {
            self.expr(value)?;
            self.addop_i(O::UnpackSequence, 1);
        } else {
            self.expr(ann)?;
        }
        *len += 2;
        Ok(())
    }

    fn annotations(
        &mut self,
        args: &'a ast::Arguments,
        returns: Option<&'a Expr>,
    ) -> Result<bool, CompileError> {
        let mut len = 0;
        for a in &args.args {
            self.argannotation(&a.arg, a.annotation.as_deref(), &mut len)?;
        }
        for a in &args.posonlyargs {
            self.argannotation(&a.arg, a.annotation.as_deref(), &mut len)?;
        }
        if let Some(v) = &args.vararg {
            self.argannotation(&v.arg, v.annotation.as_deref(), &mut len)?;
        }
        for a in &args.kwonlyargs {
            self.argannotation(&a.arg, a.annotation.as_deref(), &mut len)?;
        }
        if let Some(k) = &args.kwarg {
            self.argannotation(&k.arg, k.annotation.as_deref(), &mut len)?;
        }
        self.argannotation("return", returns, &mut len)?;
        if len > 0 {
            self.addop_i(O::BuildTuple, len);
            return Ok(true);
        }
        Ok(false)
    }

    fn default_arguments(&mut self, args: &'a ast::Arguments) -> Result<u32, CompileError> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.addop_i(O::BuildTuple, args.defaults.len() as u32);
            flags |= 1;
        }
        if !args.kwonlyargs.is_empty() && self.kwonly_defaults(args)? {
            flags |= 2;
        }
        Ok(flags)
    }

    fn check_debug_args(&self, args: &'a ast::Arguments) -> R {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.as_deref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_deref());
        for a in all {
            if a.arg == "__debug__" {
                return Err(self.error("cannot assign to __debug__"));
            }
        }
        Ok(())
    }

    fn function(&mut self, s: &'a Stmt, f: &'a ast::FunctionDef, is_async: bool) -> R {
        self.check_debug_args(&f.args)?;
        self.decorators(&f.decorator_list)?;
        let firstlineno = f
            .decorator_list
            .first()
            .map_or(s.pos.lineno, |d| d.pos.lineno);
        let mut funcflags = self.default_arguments(&f.args)?;
        if self.annotations(&f.args, f.returns.as_deref())? {
            funcflags |= 4;
        }
        let kind = if is_async {
            UnitKind::AsyncFunction
        } else {
            UnitKind::Function
        };
        self.enter_scope(&f.name, kind, symtable::stmt_key(s), firstlineno)?;
        let doc = fold::docstring(&f.body);
        let first = match doc.map(|d| self.folded.constant(d)) {
            Some(Some(c)) => c,
            _ => Constant::None,
        };
        self.add_const(first);
        let u = self.u();
        u.argcount = f.args.args.len() as u32;
        u.posonlyargcount = f.args.posonlyargs.len() as u32;
        u.kwonlyargcount = f.args.kwonlyargs.len() as u32;
        let start = if doc.is_some() { 1 } else { 0 };
        for st in &f.body[start..] {
            self.stmt(st)?;
        }
        let qualname = self.u_ref().qualname.clone();
        let code = self.exit_scope_assemble(true)?;
        self.make_closure(code, funcflags, qualname)?;
        self.apply_decorators(&f.decorator_list);
        self.nameop(&f.name, ast::ExprContext::Store)
    }

    fn class(
        &mut self,
        s: &'a Stmt,
        name: &'a str,
        bases: &'a [Expr],
        keywords: &'a [ast::Keyword],
        body: &'a [Stmt],
        decos: &'a [Expr],
    ) -> R {
        self.decorators(decos)?;
        let firstlineno = decos.first().map_or(s.pos.lineno, |d| d.pos.lineno);
        self.enter_scope(name, UnitKind::Class, symtable::stmt_key(s), firstlineno)?;
        self.u().private = Some(name.to_string());
        self.nameop("__name__", ast::ExprContext::Load)?;
        self.nameop("__module__", ast::ExprContext::Store)?;
        let qualname = self.u_ref().qualname.clone().unwrap_or_default();
        self.load_const(Constant::str(&qualname));
        self.nameop("__qualname__", ast::ExprContext::Store)?;
        self.body(body)?;
        self.unset_loc();
        if self.ste().needs_class_closure {
            let i = self.u_ref().cellvars.get("__class__").unwrap_or(0);
            self.addop_i(O::LoadClosure, i);
            self.addop_i(O::Copy, 1);
            self.nameop("__classcell__", ast::ExprContext::Store)?;
        } else {
            self.load_const(Constant::None);
        }
        self.addop(O::ReturnValue);
        let code = self.exit_scope_assemble(true)?;
        self.addop(O::PushNull);
        self.addop(O::LoadBuildClass);
        self.make_closure(code, 0, None)?;
        self.load_const(Constant::str(name));
        self.call_helper(2, bases, keywords)?;
        self.apply_decorators(decos);
        self.nameop(name, ast::ExprContext::Store)
    }

    /// Builds a function object from a code object, with its closure when it has free variables.
    pub fn make_closure(
        &mut self,
        code: Rc<CodeObject>,
        mut flags: u32,
        qualname: Option<String>,
    ) -> R {
        let _ = qualname;
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let is_cell = (self.u_ref().kind == UnitKind::Class && name == "__class__")
                    || self.ste().scope(name) == Scope::Cell;
                let u = self.u_ref();
                let arg = if is_cell {
                    u.cellvars.get(name)
                } else {
                    u.freevars.get(name).map(|i| i + u.cellvars.len() as u32)
                };
                let Some(arg) = arg else {
                    return Err(self.error(format!("internal error: no closure cell for '{name}'")));
                };
                self.addop_i(O::LoadClosure, arg);
            }
            flags |= 8;
            self.addop_i(O::BuildTuple, code.freevars.len() as u32);
        }
        self.load_const(Constant::Code(code));
        self.addop_i(O::MakeFunction, flags);
        Ok(())
    }

    fn return_stmt(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> R {
        let value_is_const = value.is_some_and(|v| self.folded.is_constant(v));
        let preserve_tos = value.is_some() && !value_is_const;
        if !self.ste().is_function() {
            return Err(self.error("'return' outside function"));
        }
        if value.is_some() && self.ste().coroutine && self.ste().generator {
            return Err(self.error("'return' with value in async generator"));
        }
        if preserve_tos {
            self.expr(value.expect("checked above"))?;
        } else if let Some(v) = value {
            self.set_loc(&v.pos);
            self.addop(O::Nop);
        }
        if value.is_none_or(|v| v.pos.lineno != s.pos.lineno) {
            self.set_loc(&s.pos);
            self.addop(O::Nop);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match value {
            None => self.load_const(Constant::None),
            Some(v) if !preserve_tos => {
                let c = self.folded.constant(v).unwrap_or(Constant::None);
                self.load_const(c);
            }
            _ => {}
        }
        self.addop(O::ReturnValue);
        Ok(())
    }

    fn break_stmt(&mut self) -> R {
        let saved = self.u_ref().loc;
        self.addop(O::Nop);
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            self.u().loc = saved;
            return Err(self.error("'break' outside loop"));
        };
        self.unwind_fblock(&lp, false)?;
        self.addop_j(Op::Jump, lp.exit.expect("loops have an exit"));
        Ok(())
    }

    fn continue_stmt(&mut self) -> R {
        let saved = self.u_ref().loc;
        self.addop(O::Nop);
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            self.u().loc = saved;
            return Err(self.error("'continue' not properly in loop"));
        };
        self.addop_j(Op::Jump, lp.block.expect("loops have a start"));
        Ok(())
    }

    fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> R {
        let end = self.new_block();
        let next = if orelse.is_empty() {
            end
        } else {
            self.new_block()
        };
        self.jump_if(test, next, false)?;
        self.stmts(body)?;
        if !orelse.is_empty() {
            self.addop_j_noline(Op::Jump, end);
            self.use_next_block(next);
            self.stmts(orelse)?;
        }
        self.use_next_block(end);
        Ok(())
    }

    fn for_stmt(&mut self, f: &'a ast::For) -> R {
        let start = self.new_block();
        let body = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.push_fblock(FBlockKind::ForLoop, Some(start), Some(end), Datum::None)?;
        self.expr(&f.iter)?;
        self.addop(O::GetIter);
        self.use_next_block(start);
        self.addop_j(Op::Real(O::ForIter), cleanup);
        self.use_next_block(body);
        self.expr(&f.target)?;
        self.stmts(&f.body)?;
        self.unset_loc();
        self.addop_j(Op::Jump, start);
        self.use_next_block(cleanup);
        self.pop_fblock();
        self.stmts(&f.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    fn async_for(&mut self, f: &'a ast::For) -> R {
        if self.u_ref().kind != UnitKind::AsyncFunction {
            return Err(self.error("'async for' outside async function"));
        }
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.expr(&f.iter)?;
        self.addop(O::GetAiter);
        self.use_next_block(start);
        self.push_fblock(FBlockKind::ForLoop, Some(start), Some(end), Datum::None)?;
        self.addop_j(Op::SetupFinally, except);
        self.addop(O::GetAnext);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.addop_pseudo(Op::PopBlock);
        self.expr(&f.target)?;
        self.stmts(&f.body)?;
        self.unset_loc();
        self.addop_j(Op::Jump, start);
        self.pop_fblock();
        self.use_next_block(except);
        self.set_loc(&f.iter.pos);
        self.addop(O::EndAsyncFor);
        self.stmts(&f.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    fn while_stmt(
        &mut self,
        s: &'a Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R {
        let lp = self.new_block();
        let body_block = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_next_block(lp);
        self.push_fblock(FBlockKind::WhileLoop, Some(lp), Some(end), Datum::None)?;
        self.jump_if(test, anchor, false)?;
        self.use_next_block(body_block);
        self.stmts(body)?;
        self.set_loc(&s.pos);
        self.jump_if(test, body_block, true)?;
        self.pop_fblock();
        self.use_next_block(anchor);
        self.stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    /// `try: … finally: …`, with `except` (or, when `star`, `except*`) handlers inside when
    /// there are any: both compile the same way around their body.
    fn try_finally(&mut self, t: &'a ast::Try, star: bool) -> R {
        let body = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.addop_j(Op::SetupFinally, end);
        self.use_next_block(body);
        self.push_fblock(
            FBlockKind::FinallyTry,
            Some(body),
            Some(end),
            Datum::Finally(&t.finalbody),
        )?;
        if t.handlers.is_empty() {
            self.stmts(&t.body)?;
        } else if star {
            self.try_star_except(t)?;
        } else {
            self.try_except(t)?;
        }
        self.addop_noline(Op::PopBlock);
        self.pop_fblock();
        self.stmts(&t.finalbody)?;
        self.addop_j_noline(Op::Jump, exit);
        self.use_next_block(end);
        self.unset_loc();
        self.addop_j(Op::SetupCleanup, cleanup);
        self.addop(O::PushExcInfo);
        self.push_fblock(FBlockKind::FinallyEnd, Some(end), None, Datum::None)?;
        self.stmts(&t.finalbody)?;
        self.pop_fblock();
        self.addop_i(O::Reraise, 0);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit);
        Ok(())
    }

    fn try_except(&mut self, t: &'a ast::Try) -> R {
        let body = self.new_block();
        let mut except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.addop_j(Op::SetupFinally, except);
        self.use_next_block(body);
        self.push_fblock(FBlockKind::TryExcept, Some(body), None, Datum::None)?;
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.addop_noline(Op::PopBlock);
        self.stmts(&t.orelse)?;
        self.addop_j_noline(Op::Jump, end);
        let n = t.handlers.len();
        self.use_next_block(except);
        self.unset_loc();
        self.addop_j(Op::SetupCleanup, cleanup);
        self.addop(O::PushExcInfo);
        self.push_fblock(FBlockKind::ExceptionHandler, None, None, Datum::None)?;
        for (i, handler) in t.handlers.iter().enumerate() {
            self.set_loc(&handler.pos);
            if handler.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last"));
            }
            except = self.new_block();
            if let Some(ty) = &handler.type_ {
                self.expr(ty)?;
                self.addop(O::CheckExcMatch);
                self.addop_j(Op::PopJumpIfFalse, except);
            }
            if let Some(name) = &handler.name {
                let cleanup_end = self.new_block();
                let cleanup_body = self.new_block();
                self.nameop(name, ast::ExprContext::Store)?;
                self.addop_j(Op::SetupCleanup, cleanup_end);
                self.use_next_block(cleanup_body);
                self.push_fblock(
                    FBlockKind::HandlerCleanup,
                    Some(cleanup_body),
                    None,
                    Datum::Handler(Some(name)),
                )?;
                self.stmts(&handler.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.addop_pseudo(Op::PopBlock);
                self.addop_pseudo(Op::PopBlock);
                self.addop(O::PopExcept);
                self.load_const(Constant::None);
                self.nameop(name, ast::ExprContext::Store)?;
                self.nameop(name, ast::ExprContext::Del)?;
                self.addop_j(Op::Jump, end);
                self.use_next_block(cleanup_end);
                self.unset_loc();
                self.load_const(Constant::None);
                self.nameop(name, ast::ExprContext::Store)?;
                self.nameop(name, ast::ExprContext::Del)?;
                self.addop_i(O::Reraise, 1);
            } else {
                let cleanup_body = self.new_block();
                self.addop(O::PopTop);
                self.use_next_block(cleanup_body);
                self.push_fblock(
                    FBlockKind::HandlerCleanup,
                    Some(cleanup_body),
                    None,
                    Datum::Handler(None),
                )?;
                self.stmts(&handler.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.addop_pseudo(Op::PopBlock);
                self.addop(O::PopExcept);
                self.addop_j(Op::Jump, end);
            }
            self.use_next_block(except);
        }
        self.unset_loc();
        self.pop_fblock();
        self.addop_i(O::Reraise, 0);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(end);
        Ok(())
    }

    fn try_star_except(&mut self, t: &'a ast::Try) -> R {
        let body = self.new_block();
        let mut except = self.new_block();
        let orelse = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        let reraise_star = self.new_block();
        self.addop_j(Op::SetupFinally, except);
        self.use_next_block(body);
        self.push_fblock(FBlockKind::TryExcept, Some(body), None, Datum::None)?;
        self.stmts(&t.body)?;
        self.pop_fblock();
        self.addop_noline(Op::PopBlock);
        self.addop_j_noline(Op::Jump, orelse);
        let n = t.handlers.len();
        self.use_next_block(except);
        self.unset_loc();
        self.addop_j(Op::SetupCleanup, cleanup);
        self.addop(O::PushExcInfo);
        self.push_fblock(FBlockKind::ExceptionGroupHandler, None, None, Datum::None)?;
        for (i, handler) in t.handlers.iter().enumerate() {
            self.set_loc(&handler.pos);
            except = self.new_block();
            let except_with_error = self.new_block();
            let no_match = self.new_block();
            if i == 0 {
                self.addop_i(O::Copy, 1);
                self.addop_i(O::BuildList, 0);
                self.addop_i(O::Swap, 2);
            }
            if let Some(ty) = &handler.type_ {
                self.expr(ty)?;
                self.addop(O::CheckEgMatch);
                self.addop_i(O::Copy, 1);
                self.addop_j(Op::PopJumpIfNone, no_match);
            }
            let cleanup_end = self.new_block();
            let cleanup_body = self.new_block();
            match &handler.name {
                Some(name) => self.nameop(name, ast::ExprContext::Store)?,
                None => self.addop(O::PopTop),
            }
            self.addop_j(Op::SetupCleanup, cleanup_end);
            self.use_next_block(cleanup_body);
            self.push_fblock(
                FBlockKind::HandlerCleanup,
                Some(cleanup_body),
                None,
                Datum::Handler(handler.name.as_deref()),
            )?;
            self.stmts(&handler.body)?;
            self.pop_fblock();
            self.unset_loc();
            self.addop_pseudo(Op::PopBlock);
            if let Some(name) = &handler.name {
                self.load_const(Constant::None);
                self.nameop(name, ast::ExprContext::Store)?;
                self.nameop(name, ast::ExprContext::Del)?;
            }
            self.addop_j(Op::Jump, except);
            self.use_next_block(cleanup_end);
            self.unset_loc();
            if let Some(name) = &handler.name {
                self.load_const(Constant::None);
                self.nameop(name, ast::ExprContext::Store)?;
                self.nameop(name, ast::ExprContext::Del)?;
            }
            self.addop_i(O::ListAppend, 3);
            self.addop(O::PopTop);
            self.addop_j(Op::Jump, except_with_error);
            self.use_next_block(except);
            self.addop(O::Nop);
            self.addop_j(Op::Jump, except_with_error);
            self.use_next_block(no_match);
            self.addop(O::PopTop);
            self.use_next_block(except_with_error);
            if i + 1 == n {
                self.addop_i(O::ListAppend, 1);
                self.addop_j(Op::Jump, reraise_star);
            }
        }
        self.unset_loc();
        self.pop_fblock();
        let reraise = self.new_block();
        self.use_next_block(reraise_star);
        self.addop(O::PrepReraiseStar);
        self.addop_i(O::Copy, 1);
        self.addop_j(Op::PopJumpIfNotNone, reraise);
        self.addop(O::PopTop);
        self.addop_pseudo(Op::PopBlock);
        self.addop(O::PopExcept);
        self.addop_j(Op::Jump, end);
        self.use_next_block(reraise);
        self.addop_pseudo(Op::PopBlock);
        self.addop_i(O::Swap, 2);
        self.addop(O::PopExcept);
        self.addop_i(O::Reraise, 0);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(orelse);
        self.stmts(&t.orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    fn import_as(&mut self, name: &str, asname: &str) -> R {
        let mut parts = name.split('.');
        parts.next();
        let attrs: Vec<&str> = parts.collect();
        if !attrs.is_empty() {
            for (i, attr) in attrs.iter().enumerate() {
                self.addop_name_raw(O::ImportFrom, attr);
                if i + 1 < attrs.len() {
                    self.addop_i(O::Swap, 2);
                    self.addop(O::PopTop);
                }
            }
            self.nameop(asname, ast::ExprContext::Store)?;
            self.addop(O::PopTop);
            return Ok(());
        }
        self.nameop(asname, ast::ExprContext::Store)
    }

    fn import(&mut self, names: &'a [ast::Alias]) -> R {
        for alias in names {
            self.load_const(Constant::int(0));
            self.load_const(Constant::None);
            self.addop_name(O::ImportName, &alias.name);
            if let Some(asname) = &alias.asname {
                self.import_as(&alias.name, asname)?;
            } else {
                let first = alias.name.split('.').next().unwrap_or(&alias.name);
                self.nameop(first, ast::ExprContext::Store)?;
            }
        }
        Ok(())
    }

    fn import_from(
        &mut self,
        s: &'a Stmt,
        module: Option<&str>,
        names: &'a [ast::Alias],
        level: u32,
    ) -> R {
        self.load_const(Constant::int(level as i64));
        let tuple: Vec<Constant> = names.iter().map(|a| Constant::str(&a.name)).collect();
        if s.pos.lineno > self.future_lineno && module == Some("__future__") {
            return Err(
                self.error("from __future__ imports must occur at the beginning of the file")
            );
        }
        self.load_const(Constant::Tuple(tuple.into()));
        self.addop_name(O::ImportName, module.unwrap_or(""));
        for (i, alias) in names.iter().enumerate() {
            if i == 0 && alias.name.starts_with('*') {
                self.addop(O::ImportStar);
                return Ok(());
            }
            self.addop_name(O::ImportFrom, &alias.name);
            let store = alias.asname.as_deref().unwrap_or(&alias.name);
            self.nameop(store, ast::ExprContext::Store)?;
        }
        self.addop(O::PopTop);
        Ok(())
    }

    fn assert_stmt(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> R {
        let end = self.new_block();
        self.jump_if(test, end, true)?;
        self.addop(O::LoadAssertionError);
        if let Some(m) = msg {
            self.expr(m)?;
            self.addop_i(O::Precall, 0);
            self.addop_i(O::Call, 0);
        }
        self.addop_i(O::RaiseVarargs, 1);
        self.use_next_block(end);
        Ok(())
    }

    fn with_except_finish(&mut self, cleanup: BlockId) {
        self.unset_loc();
        let exit = self.new_block();
        self.addop_j(Op::PopJumpIfTrue, exit);
        self.addop_i(O::Reraise, 2);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit);
        self.addop(O::PopTop);
        self.addop_pseudo(Op::PopBlock);
        self.addop(O::PopExcept);
        self.addop(O::PopTop);
        self.addop(O::PopTop);
    }

    fn with(&mut self, s: &'a Stmt, w: &'a ast::With, pos: usize) -> R {
        let item = &w.items[pos];
        let block = self.new_block();
        let fin = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.expr(&item.context_expr)?;
        self.addop(O::BeforeWith);
        self.addop_j(Op::SetupWith, fin);
        self.use_next_block(block);
        self.push_fblock(
            FBlockKind::With,
            Some(block),
            Some(fin),
            Datum::With(&s.pos),
        )?;
        if let Some(v) = &item.optional_vars {
            self.expr(v)?;
        } else {
            self.addop(O::PopTop);
        }
        if pos + 1 == w.items.len() {
            self.stmts(&w.body)?;
        } else {
            self.with(s, w, pos + 1)?;
        }
        self.unset_loc();
        self.addop_pseudo(Op::PopBlock);
        self.pop_fblock();
        self.set_loc(&s.pos);
        self.call_exit_with_nones();
        self.addop(O::PopTop);
        self.addop_j(Op::Jump, exit);
        self.use_next_block(fin);
        self.addop_j(Op::SetupCleanup, cleanup);
        self.addop(O::PushExcInfo);
        self.addop(O::WithExceptStart);
        self.with_except_finish(cleanup);
        self.use_next_block(exit);
        Ok(())
    }

    fn async_with(&mut self, s: &'a Stmt, w: &'a ast::With, pos: usize) -> R {
        let item = &w.items[pos];
        if self.u_ref().kind != UnitKind::AsyncFunction {
            return Err(self.error("'async with' outside async function"));
        }
        let block = self.new_block();
        let fin = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.expr(&item.context_expr)?;
        self.addop(O::BeforeAsyncWith);
        self.addop_i(O::GetAwaitable, 1);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.addop_j(Op::SetupWith, fin);
        self.use_next_block(block);
        self.push_fblock(
            FBlockKind::AsyncWith,
            Some(block),
            Some(fin),
            Datum::With(&s.pos),
        )?;
        if let Some(v) = &item.optional_vars {
            self.expr(v)?;
        } else {
            self.addop(O::PopTop);
        }
        if pos + 1 == w.items.len() {
            self.stmts(&w.body)?;
        } else {
            self.async_with(s, w, pos + 1)?;
        }
        self.pop_fblock();
        self.addop_pseudo(Op::PopBlock);
        self.set_loc(&s.pos);
        self.call_exit_with_nones();
        self.addop_i(O::GetAwaitable, 2);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.addop(O::PopTop);
        self.addop_j(Op::Jump, exit);
        self.use_next_block(fin);
        self.addop_j(Op::SetupCleanup, cleanup);
        self.addop(O::PushExcInfo);
        self.addop(O::WithExceptStart);
        self.addop_i(O::GetAwaitable, 2);
        self.load_const(Constant::None);
        self.add_yield_from(true);
        self.with_except_finish(cleanup);
        self.use_next_block(exit);
        Ok(())
    }

    fn augassign(&mut self, target: &'a Expr, op: ast::Operator, value: &'a Expr) -> R {
        let saved = self.u_ref().loc;
        self.set_loc(&target.pos);
        match &target.kind {
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.addop_i(O::Copy, 1);
                self.update_start_location_to_match_attr(target);
                self.addop_name(O::LoadAttr, attr);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.addop_i(O::Copy, 2);
                self.addop_i(O::Copy, 2);
                self.addop(O::BinarySubscr);
            }
            ExprKind::Name { id, .. } => self.nameop(id, ast::ExprContext::Load)?,
            _ => return Err(self.error("invalid node type for augmented assignment")),
        }
        self.u().loc = saved;
        self.expr(value)?;
        self.addop_i(O::BinaryOp, expr::binop_arg(op, true));
        self.set_loc(&target.pos);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                self.update_start_location_to_match_attr(target);
                self.addop_i(O::Swap, 2);
                self.addop_name(O::StoreAttr, attr);
            }
            ExprKind::Subscript { .. } => {
                self.addop_i(O::Swap, 3);
                self.addop_i(O::Swap, 2);
                self.addop(O::StoreSubscr);
            }
            ExprKind::Name { id, .. } => self.nameop(id, ast::ExprContext::Store)?,
            _ => {}
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> R {
        self.expr(e)?;
        self.addop(O::PopTop);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> R {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(x)?;
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } if !self.folded.is_constant(e) => {
                for x in elts {
                    self.check_ann_subscr(x)?;
                }
                Ok(())
            }
            _ => self.check_ann_expr(e),
        }
    }

    fn annassign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> R {
        if let Some(v) = value {
            self.expr(v)?;
            self.expr(target)?;
        }
        let module_or_class = matches!(self.u_ref().kind, UnitKind::Module | UnitKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if id == "__debug__" {
                    return Err(self.error("cannot assign to __debug__"));
                }
                if simple && module_or_class {
                    if self.future_annotations {
                        let text = crate::unparse::unparse(annotation);
                        self.load_const(Constant::str(&text));
                    } else {
                        self.expr(annotation)?;
                    }
                    self.addop_name_raw(O::LoadName, "__annotations__");
                    let mangled =
                        symtable::mangle(self.u_ref().private.as_deref(), id).into_owned();
                    self.load_const(Constant::str(&mangled));
                    self.addop(O::StoreSubscr);
                }
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                if attr == "__debug__" {
                    return Err(self.error("cannot assign to __debug__"));
                }
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => return Err(self.error("invalid node type for annotated assignment")),
        }
        if !simple && !self.future_annotations && module_or_class {
            self.check_ann_expr(annotation)?;
        }
        Ok(())
    }

    /// Loads, stores or deletes a name with the opcode its scope calls for.
    pub fn nameop(&mut self, name: &str, ctx: ast::ExprContext) -> R {
        if name == "__debug__" {
            match ctx {
                ast::ExprContext::Store => return Err(self.error("cannot assign to __debug__")),
                ast::ExprContext::Del => return Err(self.error("cannot delete __debug__")),
                ast::ExprContext::Load => {}
            }
        }
        let mangled = symtable::mangle(self.u_ref().private.as_deref(), name).into_owned();
        let ste = self.ste();
        let scope = ste.scope(&mangled);
        let is_function = ste.is_function();
        enum Kind {
            Fast,
            Global,
            Deref(bool),
            Name,
        }
        let kind = match scope {
            Scope::Free => Kind::Deref(false),
            Scope::Cell => Kind::Deref(true),
            Scope::Local if is_function => Kind::Fast,
            Scope::GlobalImplicit if is_function => Kind::Global,
            Scope::GlobalExplicit => Kind::Global,
            _ => Kind::Name,
        };
        use ast::ExprContext::*;
        match kind {
            Kind::Deref(cell) => {
                let op = match ctx {
                    Load => {
                        if ste.kind == BlockType::Class {
                            O::LoadClassderef
                        } else {
                            O::LoadDeref
                        }
                    }
                    Store => O::StoreDeref,
                    Del => O::DeleteDeref,
                };
                let u = self.u();
                // Free variables are numbered after the cells, as in CPython's dicts.
                let i = if cell {
                    u.cellvars.add(&mangled)
                } else {
                    u.cellvars.len() as u32 + u.freevars.add(&mangled)
                };
                self.addop_i(op, i);
            }
            Kind::Fast => {
                let op = match ctx {
                    Load => O::LoadFast,
                    Store => O::StoreFast,
                    Del => O::DeleteFast,
                };
                let i = self.u().varnames.add(&mangled);
                self.addop_i(op, i);
            }
            Kind::Global => {
                let op = match ctx {
                    Load => O::LoadGlobal,
                    Store => O::StoreGlobal,
                    Del => O::DeleteGlobal,
                };
                let mut i = self.u().names.add(&mangled);
                if op == O::LoadGlobal {
                    i <<= 1;
                }
                self.addop_i(op, i);
            }
            Kind::Name => {
                let op = match ctx {
                    Load => O::LoadName,
                    Store => O::StoreName,
                    Del => O::DeleteName,
                };
                let i = self.u().names.add(&mangled);
                self.addop_i(op, i);
            }
        }
        Ok(())
    }

    /// What the folder made of an expression.
    pub fn fold_of(&self, e: &Expr) -> Option<&'a Fold> {
        self.folded.get(e)
    }
}

/// Whether a body has variable annotations that need `__annotations__` (`find_ann`).
fn find_ann(stmts: &[Stmt]) -> bool {
    for s in stmts {
        let found = match &s.kind {
            StmtKind::AnnAssign { .. } => return true,
            StmtKind::For(f) | StmtKind::AsyncFor(f) => find_ann(&f.body) || find_ann(&f.orelse),
            StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
                find_ann(body) || find_ann(orelse)
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => find_ann(&w.body),
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                if t.handlers.iter().any(|h| find_ann(&h.body)) {
                    return true;
                }
                find_ann(&t.body) || find_ann(&t.finalbody) || find_ann(&t.orelse)
            }
            StmtKind::Match { cases, .. } => {
                if cases.iter().any(|c| find_ann(&c.body)) {
                    return true;
                }
                false
            }
            _ => false,
        };
        if found {
            return true;
        }
    }
    false
}
