//! The interpreter: the VM state, frames, and the evaluation loop over CPython 3.11 bytecode.
//!
//! Calls between Python functions do not recurse in Rust: the loop keeps the suspended callers
//! in `Vm::frames` and switches frames in place, as CPython 3.11 does. Rust code that calls
//! back into Python (a builtin calling a key function, an operator calling `__add__`) runs a
//! nested loop over the frames it pushes.

use std::rc::Rc;

use python_compiler::opcode::Opcode;
use python_compiler::{CodeObject, Constant};

use crate::dict::Dict;
use crate::exceptions::ExcKind;
use crate::value::*;
use crate::{Halt, PyErr, PyResult, RunOptions};

/// One decoded instruction: jumps hold the *index* of their target instruction.
#[derive(Clone, Copy, Debug)]
pub struct Instr {
    pub op: Opcode,
    pub arg: u32,
}

/// An exception-table entry in instruction indices.
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// A code object ready to run: the compiler's code object with its instructions decoded,
/// its constants turned into values and its names interned.
pub struct Code {
    pub co: CodeObject,
    pub instrs: Vec<Instr>,
    pub consts: Vec<Value>,
    pub names: Vec<Rc<PyStr>>,
    pub localsplus: Vec<Rc<PyStr>>,
    pub handlers: Vec<Handler>,
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
}

impl Code {
    /// Prepares a compiled code object (and, recursively, the code objects nested in it).
    pub fn new(co: &CodeObject, vm: &mut Vm) -> Rc<Code> {
        let offsets: Vec<u32> = co.instructions.iter().map(|i| i.offset).collect();
        let index_of = |offset: u32| -> u32 { offsets.partition_point(|&o| o < offset) as u32 };
        let instrs = co
            .instructions
            .iter()
            .map(|ins| {
                let arg = match ins.jump_target() {
                    Some(target) => index_of(target),
                    None => ins.arg.unwrap_or(0),
                };
                Instr {
                    op: ins.opcode,
                    arg,
                }
            })
            .collect();
        let handlers = co
            .exception_table
            .iter()
            .map(|e| Handler {
                start: index_of(e.start),
                end: index_of(e.end),
                target: index_of(e.target),
                depth: e.depth,
                lasti: e.lasti,
            })
            .collect();
        let consts = co.consts.iter().map(|c| vm.constant(c)).collect();
        let names = co.names.iter().map(|n| vm.intern(n)).collect();
        let localsplus = co.localsplusnames.iter().map(|n| vm.intern(n)).collect();
        Rc::new(Code {
            instrs,
            consts,
            names,
            localsplus,
            handlers,
            name: vm.intern(&co.name),
            qualname: vm.intern(&co.qualname),
            co: co.clone(),
        })
    }

    /// The handler covering instruction `index`.
    pub fn handler_for(&self, index: usize) -> Option<Handler> {
        let i = index as u32;
        self.handlers
            .iter()
            .find(|h| h.start <= i && i < h.end)
            .copied()
    }

    /// The source line of instruction `index`.
    pub fn line_of(&self, index: usize) -> Option<u32> {
        self.co.instructions.get(index)?.positions.lineno
    }

    /// The byte offset of instruction `index` in `co_code`.
    pub fn offset_of(&self, index: usize) -> u32 {
        self.co.instructions.get(index).map_or(0, |i| i.offset)
    }

    /// True for the code of a generator function.
    pub fn is_generator(&self) -> bool {
        self.co.flags & python_compiler::flags::GENERATOR != 0
    }
}

/// A running (or suspended) function call.
pub struct Frame {
    pub code: Rc<Code>,
    /// The next instruction to run.
    pub pc: usize,
    /// The instruction running now (or last run).
    pub lasti: usize,
    pub stack: Vec<Value>,
    /// Locals, cells and free variables (`f_localsplus`).
    pub fast: Vec<Value>,
    pub globals: Rc<Dict>,
    /// The namespace of `*_NAME` instructions (module and class bodies).
    pub locals: Option<Rc<Dict>>,
    pub func: Option<Rc<Function>>,
    /// The keyword names the next `CALL` uses (set by `KW_NAMES`).
    pub kwnames: Option<Value>,
}

/// What one instruction asks the loop to do next.
pub enum Flow {
    Next,
    /// Start running a new frame; the current one waits for its result.
    Call(Box<Frame>),
    /// The frame returns a value.
    Return(Value),
    /// The frame yields a value (generator frames only).
    Yield(Value),
    /// The frame becomes a generator, returned to the caller.
    ReturnGenerator,
}

/// The interpreter state of one run.
pub struct Vm {
    pub types: crate::builtins::Types,
    pub builtins: Rc<Dict>,
    pub modules: Rc<Dict>,
    pub stdout: String,
    /// What the program wrote to `sys.stderr`.
    pub stderr: String,
    /// `sys.getswitchinterval()`, in seconds.
    pub switch_interval: f64,
    /// Threads made so far (for their default names).
    pub thread_count: usize,
    /// Suspended callers of the running frame.
    pub frames: Vec<Box<Frame>>,
    /// Python frames alive (for the recursion limit).
    pub depth: usize,
    pub recursion_limit: usize,
    /// Instructions run so far, and the budget.
    pub steps: u64,
    pub fuel: u64,
    pub heap_cap: usize,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub handled: Value,
    pub options: RunOptions,
    /// Strings interned by content.
    interned: hashbrown::HashMap<String, Rc<PyStr>>,
    /// A generator frame that just yielded, handed to the generator that resumed it.
    pub yielded: Option<Box<Frame>>,
    /// Frames recycled for new calls.
    pool: Vec<Box<Frame>>,
    /// The file name of the main module.
    pub file_name: String,
    /// The source of the main module, for tracebacks.
    pub source: Vec<u8>,
    /// Containers being printed, against infinite recursion in repr.
    pub repr_stack: Vec<usize>,
    /// The instruction hook, when a trace is being recorded.
    pub tracer: Option<Box<dyn crate::trace::Tracer>>,
}

impl Vm {
    /// A fresh interpreter with its built-in types and functions.
    pub fn new(options: RunOptions) -> Vm {
        let types = crate::builtins::Types::new();
        let mut vm = Vm {
            types,
            builtins: Rc::new(Dict::new()),
            modules: Rc::new(Dict::new()),
            stdout: String::new(),
            stderr: String::new(),
            switch_interval: 0.005,
            thread_count: 0,
            frames: Vec::new(),
            depth: 0,
            recursion_limit: 1000,
            steps: 0,
            fuel: options.fuel,
            heap_cap: options.heap_cap,
            handled: Value::None,
            options,
            interned: hashbrown::HashMap::new(),
            yielded: None,
            pool: Vec::new(),
            file_name: String::new(),
            source: Vec::new(),
            repr_stack: Vec::new(),
            tracer: None,
        };
        crate::builtins::install(&mut vm);
        vm
    }

    /// The interned string with this text.
    pub fn intern(&mut self, s: &str) -> Rc<PyStr> {
        if let Some(r) = self.interned.get(s) {
            return r.clone();
        }
        let r = Rc::new(PyStr::new(s.to_string()));
        self.interned.insert(s.to_string(), r.clone());
        r
    }

    /// A constant of a code object as a value.
    pub fn constant(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Int(i) => Value::from_bigint(i.clone()),
            Constant::Float(f) => Value::Float(*f),
            Constant::Complex(..) => Value::None,
            Constant::Str(s) => Value::Str(self.intern(s)),
            Constant::StrCodePoints(cps) => Value::str(
                cps.iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                    .collect::<String>(),
            ),
            Constant::Bytes(b) => Value::Bytes(Rc::new(PyBytes { b: b.to_vec() })),
            Constant::Tuple(items) => {
                Value::tuple(items.iter().map(|c| self.constant(c)).collect())
            }
            Constant::FrozenSet(items) => {
                let set = crate::set::Set::new(true);
                for item in items.iter() {
                    let v = self.constant(item);
                    // Constants are hashable built-in values: adding cannot fail.
                    let _ = set.add(self, v);
                }
                Value::Set(Rc::new(set))
            }
            Constant::Code(co) => Value::Code(Code::new(co, self)),
        }
    }

    /// Runs a module's code object as `__main__`.
    pub fn run_module(&mut self, code: Rc<Code>, globals: Rc<Dict>) -> PyResult<Value> {
        let frame = self.new_frame(code, globals.clone(), Some(globals), None);
        self.depth += 1;
        self.eval(frame, self.frames.len())
    }

    /// A frame for `code`, from the pool when one is free.
    pub fn new_frame(
        &mut self,
        code: Rc<Code>,
        globals: Rc<Dict>,
        locals: Option<Rc<Dict>>,
        func: Option<Rc<Function>>,
    ) -> Box<Frame> {
        let n = code.localsplus.len();
        match self.pool.pop() {
            Some(mut f) => {
                f.fast.resize(n, Value::Null);
                f.code = code;
                f.pc = 0;
                f.lasti = 0;
                f.globals = globals;
                f.locals = locals;
                f.func = func;
                f.kwnames = None;
                f
            }
            None => Box::new(Frame {
                stack: Vec::with_capacity(code.co.stacksize as usize),
                fast: vec![Value::Null; n],
                code,
                pc: 0,
                lasti: 0,
                globals,
                locals,
                func,
                kwnames: None,
            }),
        }
    }

    /// Returns a finished frame to the pool.
    fn recycle(&mut self, mut frame: Box<Frame>) {
        frame.stack.clear();
        frame.fast.clear();
        frame.func = None;
        frame.locals = None;
        if self.pool.len() < 64 {
            self.pool.push(frame);
        }
    }

    /// Runs `frame` (and every frame it calls) until it returns, yields or raises. `base` is
    /// the depth of `self.frames` this loop must not unwind below.
    pub fn eval(&mut self, frame: Box<Frame>, base: usize) -> PyResult<Value> {
        self.eval_from(frame, base, None)
    }

    /// Like [`Vm::eval`], raising `initial` at the frame's current instruction first (for
    /// `generator.throw`).
    fn eval_from(
        &mut self,
        mut frame: Box<Frame>,
        base: usize,
        initial: Option<PyErr>,
    ) -> PyResult<Value> {
        if let Some(err) = initial {
            if let Some(f) = self.unwind(&mut frame, base, err)? {
                frame = f;
            }
        }
        loop {
            let index = frame.pc;
            let instr = frame.code.instrs[index];
            frame.lasti = index;
            frame.pc = index + 1;
            self.steps += 1;
            if self.steps > self.fuel {
                return Err(self.halt(frame, base, Halt::Fuel(self.fuel)));
            }
            if self.tracer.is_some() {
                self.trace_step(&frame);
            }
            let flow = self.step(&mut frame, instr);
            match flow {
                Ok(Flow::Next) => {}
                Ok(Flow::Call(new)) => {
                    if self.depth >= self.recursion_limit {
                        self.recycle(new);
                        let err = self
                            .new_error(ExcKind::RecursionError, "maximum recursion depth exceeded");
                        if let Some(f) = self.unwind(&mut frame, base, err)? {
                            frame = f;
                        }
                        continue;
                    }
                    self.depth += 1;
                    let caller = std::mem::replace(&mut frame, new);
                    self.frames.push(caller);
                }
                Ok(Flow::Return(value)) => {
                    self.depth -= 1;
                    if self.frames.len() == base {
                        self.recycle(frame);
                        return Ok(value);
                    }
                    let caller = self.frames.pop().expect("a caller below the frame");
                    let done = std::mem::replace(&mut frame, caller);
                    self.recycle(done);
                    frame.stack.push(value);
                }
                Ok(Flow::Yield(value)) => {
                    self.depth -= 1;
                    // Generator frames always run in a loop of their own.
                    debug_assert_eq!(self.frames.len(), base);
                    self.yielded = Some(frame);
                    return Ok(value);
                }
                Ok(Flow::ReturnGenerator) => {
                    self.depth -= 1;
                    let gen = crate::generator::Generator::new(frame);
                    let value = Value::Generator(Rc::new(gen));
                    if self.frames.len() == base {
                        return Ok(value);
                    }
                    frame = self.frames.pop().expect("a caller below the frame");
                    frame.stack.push(value);
                }
                Err(err) => {
                    if let Some(f) = self.unwind(&mut frame, base, err)? {
                        frame = f;
                    }
                }
            }
        }
    }

    /// Unwinds an exception: to the nearest handler in this loop's frames (`Ok(Some)` when
    /// the handler is in a caller, `Ok(None)` when in `frame` itself), or out of the loop.
    fn unwind(
        &mut self,
        frame: &mut Box<Frame>,
        base: usize,
        err: PyErr,
    ) -> PyResult<Option<Box<Frame>>> {
        let (exc, mut skip_traceback) = match err {
            PyErr::Exception(exc) => (exc, false),
            PyErr::Reraise(exc) => (exc, true),
            PyErr::Halt(h) => {
                let f = std::mem::replace(frame, self.placeholder_frame());
                return Err(self.halt(f, base, h));
            }
        };
        let mut current: Option<Box<Frame>> = None;
        loop {
            let f: &mut Box<Frame> = match current.as_mut() {
                Some(f) => f,
                None => frame,
            };
            if !skip_traceback {
                crate::exceptions::add_traceback(&exc, &f.code, f.lasti);
            }
            skip_traceback = false;
            if let Some(h) = f.code.handler_for(f.lasti) {
                f.stack.truncate(h.depth as usize);
                if h.lasti {
                    f.stack.push(Value::Int(f.code.offset_of(f.lasti) as i64));
                }
                f.stack.push(Value::Instance(exc));
                f.pc = h.target as usize;
                return Ok(current);
            }
            self.depth -= 1;
            if self.frames.len() == base {
                if let Some(f) = current.take() {
                    self.recycle(f);
                } else {
                    let f = std::mem::replace(frame, self.placeholder_frame());
                    self.recycle(f);
                }
                return Err(PyErr::Exception(exc));
            }
            let caller = self.frames.pop().expect("a caller below the frame");
            if let Some(f) = current.replace(caller) {
                self.recycle(f);
            } else {
                let f = std::mem::replace(frame, self.placeholder_frame());
                self.recycle(f);
            }
        }
    }

    /// An empty frame to leave behind where a frame was moved out.
    fn placeholder_frame(&mut self) -> Box<Frame> {
        let code = self.types.empty_code.clone();
        let globals = self.builtins.clone();
        self.new_frame(code, globals, None, None)
    }

    /// Stops the run: drops the frames of this loop and passes the halt outwards.
    fn halt(&mut self, frame: Box<Frame>, base: usize, h: Halt) -> PyErr {
        self.recycle(frame);
        while self.frames.len() > base {
            let f = self.frames.pop().expect("frames above base");
            self.depth -= 1;
            self.recycle(f);
        }
        self.depth = self.depth.saturating_sub(1);
        PyErr::Halt(h)
    }

    fn trace_step(&mut self, frame: &Frame) {
        if let Some(mut tracer) = self.tracer.take() {
            tracer.step(self, frame);
            self.tracer = Some(tracer);
        }
    }

    /// Pops `n` values off a frame's stack, in order.
    #[inline]
    fn pop_n(frame: &mut Frame, n: usize) -> Vec<Value> {
        let at = frame.stack.len() - n;
        frame.stack.split_off(at)
    }

    /// Runs one instruction.
    #[inline(always)]
    fn step(&mut self, frame: &mut Frame, instr: Instr) -> PyResult<Flow> {
        use Opcode as O;
        let arg = instr.arg;
        macro_rules! pop {
            () => {
                frame.stack.pop().unwrap_or_default()
            };
        }
        macro_rules! top {
            () => {
                frame.stack.last().cloned().unwrap_or_default()
            };
        }
        macro_rules! push {
            ($v:expr) => {
                frame.stack.push($v)
            };
        }
        match instr.op {
            O::Nop | O::Resume | O::Cache | O::ExtendedArg | O::Precall => {}
            O::LoadFast => {
                let v = frame.fast[arg as usize].clone();
                if v.is_null() {
                    let name = frame.code.localsplus[arg as usize].s.clone();
                    return Err(self.new_error(
                        ExcKind::UnboundLocalError,
                        format!(
                            "cannot access local variable '{name}' where it is not associated with a value"
                        ),
                    ));
                }
                push!(v);
            }
            O::StoreFast => {
                let v = pop!();
                frame.fast[arg as usize] = v;
            }
            O::DeleteFast => {
                let old = std::mem::take(&mut frame.fast[arg as usize]);
                if old.is_null() {
                    let name = frame.code.localsplus[arg as usize].s.clone();
                    return Err(self.new_error(
                        ExcKind::UnboundLocalError,
                        format!(
                            "cannot access local variable '{name}' where it is not associated with a value"
                        ),
                    ));
                }
            }
            O::LoadConst => {
                let v = frame.code.consts[arg as usize].clone();
                push!(v);
            }
            O::PopTop => {
                pop!();
            }
            O::PushNull => push!(Value::Null),
            O::Copy => {
                let v = frame.stack[frame.stack.len() - arg as usize].clone();
                push!(v);
            }
            O::Swap => {
                let len = frame.stack.len();
                frame.stack.swap(len - 1, len - arg as usize);
            }
            O::UnaryPositive => {
                let v = pop!();
                let r = self.unary_op(&v, crate::ops::Unary::Pos)?;
                push!(r);
            }
            O::UnaryNegative => {
                let v = pop!();
                let r = self.unary_op(&v, crate::ops::Unary::Neg)?;
                push!(r);
            }
            O::UnaryInvert => {
                let v = pop!();
                let r = self.unary_op(&v, crate::ops::Unary::Invert)?;
                push!(r);
            }
            O::UnaryNot => {
                let v = pop!();
                let t = self.truthy(&v)?;
                push!(Value::Bool(!t));
            }
            O::BinaryOp => {
                let b = pop!();
                let a = pop!();
                let r = self.binary_op(&a, &b, arg)?;
                push!(r);
            }
            O::CompareOp => {
                let b = pop!();
                let a = pop!();
                let r = self.compare(&a, &b, arg)?;
                push!(r);
            }
            O::IsOp => {
                let b = pop!();
                let a = pop!();
                push!(Value::Bool(a.is(&b) != (arg == 1)));
            }
            O::ContainsOp => {
                let container = pop!();
                let item = pop!();
                let r = self.contains(&container, &item)?;
                push!(Value::Bool(r != (arg == 1)));
            }
            O::BinarySubscr => {
                let key = pop!();
                let container = pop!();
                let r = self.getitem(&container, &key)?;
                push!(r);
            }
            O::StoreSubscr => {
                let key = pop!();
                let container = pop!();
                let value = pop!();
                self.setitem(&container, key, value)?;
            }
            O::DeleteSubscr => {
                let key = pop!();
                let container = pop!();
                self.delitem(&container, &key)?;
            }
            O::JumpForward | O::JumpBackward | O::JumpBackwardNoInterrupt => {
                frame.pc = arg as usize;
            }
            O::PopJumpForwardIfFalse | O::PopJumpBackwardIfFalse => {
                let v = pop!();
                let t = match v {
                    Value::Bool(b) => b,
                    _ => self.truthy(&v)?,
                };
                if !t {
                    frame.pc = arg as usize;
                }
            }
            O::PopJumpForwardIfTrue | O::PopJumpBackwardIfTrue => {
                let v = pop!();
                let t = match v {
                    Value::Bool(b) => b,
                    _ => self.truthy(&v)?,
                };
                if t {
                    frame.pc = arg as usize;
                }
            }
            O::PopJumpForwardIfNone | O::PopJumpBackwardIfNone => {
                if pop!().is_none() {
                    frame.pc = arg as usize;
                }
            }
            O::PopJumpForwardIfNotNone | O::PopJumpBackwardIfNotNone => {
                if !pop!().is_none() {
                    frame.pc = arg as usize;
                }
            }
            O::JumpIfFalseOrPop => {
                let v = top!();
                if !self.truthy(&v)? {
                    frame.pc = arg as usize;
                } else {
                    pop!();
                }
            }
            O::JumpIfTrueOrPop => {
                let v = top!();
                if self.truthy(&v)? {
                    frame.pc = arg as usize;
                } else {
                    pop!();
                }
            }
            O::LoadGlobal => {
                let name = frame.code.names[(arg >> 1) as usize].clone();
                if arg & 1 == 1 {
                    push!(Value::Null);
                }
                let v = match frame.globals.get_str(&name) {
                    Some(v) => v,
                    None => match self.builtins.get_str(&name) {
                        Some(v) => v,
                        None => {
                            return Err(self.new_error(
                                ExcKind::NameError,
                                format!("name '{}' is not defined", name.s),
                            ))
                        }
                    },
                };
                push!(v);
            }
            O::StoreGlobal => {
                let name = frame.code.names[arg as usize].clone();
                let v = pop!();
                frame.globals.set_str(name, v);
            }
            O::DeleteGlobal => {
                let name = frame.code.names[arg as usize].clone();
                if frame.globals.remove_str(&name).is_none() {
                    return Err(self.new_error(
                        ExcKind::NameError,
                        format!("name '{}' is not defined", name.s),
                    ));
                }
            }
            O::LoadName => {
                let name = frame.code.names[arg as usize].clone();
                let local = match &frame.locals {
                    Some(l) => l.get_str(&name),
                    None => None,
                };
                let v = match local {
                    Some(v) => v,
                    None => match frame.globals.get_str(&name) {
                        Some(v) => v,
                        None => match self.builtins.get_str(&name) {
                            Some(v) => v,
                            None => {
                                return Err(self.new_error(
                                    ExcKind::NameError,
                                    format!("name '{}' is not defined", name.s),
                                ))
                            }
                        },
                    },
                };
                push!(v);
            }
            O::StoreName => {
                let name = frame.code.names[arg as usize].clone();
                let v = pop!();
                match &frame.locals {
                    Some(l) => l.set_str(name, v),
                    None => frame.globals.set_str(name, v),
                }
            }
            O::DeleteName => {
                let name = frame.code.names[arg as usize].clone();
                let ns = frame
                    .locals
                    .clone()
                    .unwrap_or_else(|| frame.globals.clone());
                if ns.remove_str(&name).is_none() {
                    return Err(self.new_error(
                        ExcKind::NameError,
                        format!("name '{}' is not defined", name.s),
                    ));
                }
            }
            O::MakeCell => {
                let slot = &mut frame.fast[arg as usize];
                let initial = std::mem::take(slot);
                *slot = Value::Cell(Rc::new(Cell::new(initial)));
            }
            O::CopyFreeVars => {
                if let Some(func) = &frame.func {
                    let n = arg as usize;
                    let offset = frame.code.localsplus.len() - n;
                    for (i, cell) in func.closure.iter().take(n).enumerate() {
                        frame.fast[offset + i] = Value::Cell(cell.clone());
                    }
                }
            }
            O::LoadClosure => {
                let v = frame.fast[arg as usize].clone();
                push!(v);
            }
            O::LoadDeref => {
                let v = match &frame.fast[arg as usize] {
                    Value::Cell(c) => c.value.borrow().clone(),
                    _ => Value::Null,
                };
                if v.is_null() {
                    return Err(self.unbound_deref(frame, arg));
                }
                push!(v);
            }
            O::LoadClassderef => {
                let name = frame.code.localsplus[arg as usize].clone();
                let local = frame.locals.as_ref().and_then(|l| l.get_str(&name));
                let v = match local {
                    Some(v) => v,
                    None => match &frame.fast[arg as usize] {
                        Value::Cell(c) => c.value.borrow().clone(),
                        _ => Value::Null,
                    },
                };
                if v.is_null() {
                    return Err(self.unbound_deref(frame, arg));
                }
                push!(v);
            }
            O::StoreDeref => {
                let v = pop!();
                if let Value::Cell(c) = &frame.fast[arg as usize] {
                    let old = c.value.replace(v);
                    drop(old);
                }
            }
            O::DeleteDeref => {
                let old = match &frame.fast[arg as usize] {
                    Value::Cell(c) => c.value.replace(Value::Null),
                    _ => Value::Null,
                };
                if old.is_null() {
                    return Err(self.unbound_deref(frame, arg));
                }
            }
            O::LoadAttr => {
                let name = frame.code.names[arg as usize].clone();
                let obj = pop!();
                let v = self.getattr(&obj, &name)?;
                push!(v);
            }
            O::LoadMethod => {
                let name = frame.code.names[arg as usize].clone();
                let obj = pop!();
                match self.get_method(&obj, &name)? {
                    Some(method) => {
                        push!(method);
                        push!(obj);
                    }
                    None => {
                        let v = self.getattr(&obj, &name)?;
                        push!(Value::Null);
                        push!(v);
                    }
                }
            }
            O::StoreAttr => {
                let name = frame.code.names[arg as usize].clone();
                let obj = pop!();
                let value = pop!();
                self.setattr(&obj, &name, value)?;
            }
            O::DeleteAttr => {
                let name = frame.code.names[arg as usize].clone();
                let obj = pop!();
                self.delattr(&obj, &name)?;
            }
            O::KwNames => {
                frame.kwnames = Some(frame.code.consts[arg as usize].clone());
            }
            O::Call => return self.op_call(frame, arg as usize),
            O::CallFunctionEx => {
                let kwargs = if arg & 1 == 1 { Some(pop!()) } else { None };
                let args = pop!();
                let func = pop!();
                let null = pop!();
                let _ = null;
                let mut positional = self.to_vec(&args)?;
                let mut kwnames = Vec::new();
                if let Some(kw) = kwargs {
                    if let Value::Dict(d) = &kw {
                        for (k, v) in d.items() {
                            kwnames.push(k);
                            positional.push(v);
                        }
                    }
                }
                return self.call_flow(frame, func, positional, kwnames);
            }
            O::ReturnValue => {
                let v = pop!();
                return Ok(Flow::Return(v));
            }
            O::ReturnGenerator => return Ok(Flow::ReturnGenerator),
            O::YieldValue => {
                let v = pop!();
                return Ok(Flow::Yield(v));
            }
            O::BuildTuple => {
                let items = Self::pop_n(frame, arg as usize);
                push!(Value::tuple(items));
            }
            O::BuildList => {
                let items = Self::pop_n(frame, arg as usize);
                push!(Value::list(items));
            }
            O::BuildSet => {
                let items = Self::pop_n(frame, arg as usize);
                let set = crate::set::Set::new(false);
                for item in items {
                    set.add(self, item)?;
                }
                push!(Value::Set(Rc::new(set)));
            }
            O::BuildMap => {
                let items = Self::pop_n(frame, 2 * arg as usize);
                let dict = Dict::new();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    dict.set(self, k, v)?;
                }
                push!(Value::Dict(Rc::new(dict)));
            }
            O::BuildConstKeyMap => {
                let keys = pop!();
                let values = Self::pop_n(frame, arg as usize);
                let dict = Dict::new();
                if let Value::Tuple(keys) = keys {
                    for (k, v) in keys.items.iter().zip(values) {
                        dict.set(self, k.clone(), v)?;
                    }
                }
                push!(Value::Dict(Rc::new(dict)));
            }
            O::BuildString => {
                let parts = Self::pop_n(frame, arg as usize);
                let mut s = String::new();
                for p in &parts {
                    if let Value::Str(p) = p {
                        s.push_str(&p.s);
                    }
                }
                push!(Value::str(s));
            }
            O::BuildSlice => {
                let step = if arg == 3 { pop!() } else { Value::None };
                let stop = pop!();
                let start = pop!();
                push!(Value::Slice(Rc::new(Slice { start, stop, step })));
            }
            O::ListAppend => {
                let v = pop!();
                let len = frame.stack.len();
                if let Value::List(l) = &frame.stack[len - arg as usize] {
                    l.items.borrow_mut().push(v);
                }
            }
            O::SetAdd => {
                let v = pop!();
                let len = frame.stack.len();
                if let Value::Set(s) = frame.stack[len - arg as usize].clone() {
                    s.add(self, v)?;
                }
            }
            O::MapAdd => {
                let value = pop!();
                let key = pop!();
                let len = frame.stack.len();
                if let Value::Dict(d) = frame.stack[len - arg as usize].clone() {
                    d.set(self, key, value)?;
                }
            }
            O::ListExtend => {
                let iterable = pop!();
                let len = frame.stack.len();
                let target = frame.stack[len - arg as usize].clone();
                let items = match self.to_vec(&iterable) {
                    Ok(items) => items,
                    Err(e) => {
                        if self.is_exc_kind(&e, ExcKind::TypeError) && !self.is_iterable(&iterable)
                        {
                            return Err(self.new_error(
                                ExcKind::TypeError,
                                format!(
                                    "Value after * must be an iterable, not {}",
                                    self.type_name(&iterable)
                                ),
                            ));
                        }
                        return Err(e);
                    }
                };
                if let Value::List(l) = target {
                    l.items.borrow_mut().extend(items);
                }
            }
            O::SetUpdate => {
                let iterable = pop!();
                let len = frame.stack.len();
                let target = frame.stack[len - arg as usize].clone();
                let items = self.to_vec(&iterable)?;
                if let Value::Set(s) = target {
                    for item in items {
                        s.add(self, item)?;
                    }
                }
            }
            O::DictUpdate | O::DictMerge => {
                let other = pop!();
                let len = frame.stack.len();
                let target = frame.stack[len - arg as usize].clone();
                if let Value::Dict(d) = target {
                    let items = match self.mapping_items(&other) {
                        Ok(items) => items,
                        Err(e) => {
                            if instr.op == O::DictMerge {
                                let func = frame.stack[len - arg as usize - 2].clone();
                                return Err(self.new_error(
                                    ExcKind::TypeError,
                                    format!(
                                        "{} argument after ** must be a mapping, not {}",
                                        self.func_display_name(&func),
                                        self.type_name(&other)
                                    ),
                                ));
                            }
                            return Err(e);
                        }
                    };
                    for (k, v) in items {
                        if instr.op == O::DictMerge && d.contains(self, &k)? {
                            let func = frame.stack[len - arg as usize - 2].clone();
                            let key = self.str_of(&k)?;
                            return Err(self.new_error(
                                ExcKind::TypeError,
                                format!(
                                    "{} got multiple values for keyword argument '{}'",
                                    self.func_display_name(&func),
                                    key
                                ),
                            ));
                        }
                        d.set(self, k, v)?;
                    }
                }
            }
            O::ListToTuple => {
                let l = pop!();
                let items = match &l {
                    Value::List(l) => l.items.borrow().clone(),
                    _ => Vec::new(),
                };
                push!(Value::tuple(items));
            }
            O::UnpackSequence => {
                let seq = pop!();
                let items = self.unpack(&seq, arg as usize)?;
                frame.stack.extend(items.into_iter().rev());
            }
            O::UnpackEx => {
                let seq = pop!();
                let before = (arg & 0xff) as usize;
                let after = (arg >> 8) as usize;
                let items = self.to_vec(&seq)?;
                if items.len() < before + after {
                    return Err(self.new_error(
                        ExcKind::ValueError,
                        format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        ),
                    ));
                }
                let mut out = Vec::with_capacity(before + after + 1);
                out.extend(items[..before].iter().cloned());
                out.push(Value::list(items[before..items.len() - after].to_vec()));
                out.extend(items[items.len() - after..].iter().cloned());
                frame.stack.extend(out.into_iter().rev());
            }
            O::GetIter => {
                let v = pop!();
                let it = self.iter(&v)?;
                push!(it);
            }
            O::GetYieldFromIter => {
                let v = pop!();
                let it = match v {
                    Value::Generator(_) => v,
                    _ => self.iter(&v)?,
                };
                push!(it);
            }
            O::ForIter => {
                let it = top!();
                match self.next(&it)? {
                    Some(v) => push!(v),
                    None => {
                        pop!();
                        frame.pc = arg as usize;
                    }
                }
            }
            O::Send => {
                let v = pop!();
                let receiver = top!();
                match self.send(&receiver, v)? {
                    crate::generator::Sent::Yielded(y) => push!(y),
                    crate::generator::Sent::Returned(r) => {
                        pop!();
                        push!(r);
                        frame.pc = arg as usize;
                    }
                }
            }
            O::GetLen => {
                let v = top!();
                let n = self.len(&v)?;
                push!(Value::Int(n as i64));
            }
            O::MakeFunction => {
                let code = pop!();
                let closure = if arg & 8 != 0 { Some(pop!()) } else { None };
                let annotations = if arg & 4 != 0 { Some(pop!()) } else { None };
                let kwdefaults = if arg & 2 != 0 { Some(pop!()) } else { None };
                let defaults = if arg & 1 != 0 { Some(pop!()) } else { None };
                let Value::Code(code) = code else {
                    return Err(self.new_error(ExcKind::SystemError, "MAKE_FUNCTION without code"));
                };
                let closure = match closure {
                    Some(Value::Tuple(t)) => t
                        .items
                        .iter()
                        .filter_map(|c| match c {
                            Value::Cell(c) => Some(c.clone()),
                            _ => None,
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                let defaults = match defaults {
                    Some(Value::Tuple(t)) => t.items.clone(),
                    _ => Vec::new(),
                };
                let kwdefaults = match kwdefaults {
                    Some(Value::Dict(d)) => Some(d),
                    _ => None,
                };
                let annotations = match annotations {
                    Some(Value::Tuple(t)) => {
                        let d = Dict::new();
                        for pair in t.items.chunks(2) {
                            if let [k, v] = pair {
                                d.set(self, k.clone(), v.clone())?;
                            }
                        }
                        Value::Dict(Rc::new(d))
                    }
                    _ => Value::None,
                };
                let doc = match code.consts.first() {
                    Some(Value::Str(s))
                        if code.co.flags & python_compiler::flags::OPTIMIZED != 0
                            && code.co.instructions.iter().all(|_| true) =>
                    {
                        // The first constant of a function is its docstring when it has one.
                        if crate::builtins::has_docstring(&code) {
                            Value::Str(s.clone())
                        } else {
                            Value::None
                        }
                    }
                    _ => Value::None,
                };
                let module = frame.globals.get_by_name("__name__").unwrap_or(Value::None);
                let f = Function {
                    name: std::cell::RefCell::new(code.name.clone()),
                    qualname: std::cell::RefCell::new(code.qualname.clone()),
                    code,
                    globals: frame.globals.clone(),
                    defaults: std::cell::RefCell::new(defaults),
                    kwdefaults: std::cell::RefCell::new(kwdefaults),
                    closure,
                    annotations: std::cell::RefCell::new(annotations),
                    dict: std::cell::RefCell::new(None),
                    doc: std::cell::RefCell::new(doc),
                    module,
                };
                push!(Value::Function(Rc::new(f)));
            }
            O::LoadBuildClass => {
                let v = self
                    .builtins
                    .get_by_name("__build_class__")
                    .unwrap_or(Value::None);
                push!(v);
            }
            O::LoadAssertionError => {
                push!(Value::Type(self.types.exc(ExcKind::AssertionError)));
            }
            O::SetupAnnotations => {
                let ns = frame
                    .locals
                    .clone()
                    .unwrap_or_else(|| frame.globals.clone());
                if ns.get_by_name("__annotations__").is_none() {
                    ns.set_by_name("__annotations__", Value::Dict(Rc::new(Dict::new())));
                }
            }
            O::FormatValue => {
                let spec = if arg & 4 != 0 { Some(pop!()) } else { None };
                let v = pop!();
                let converted = match arg & 3 {
                    1 => Value::str(self.str_of(&v)?),
                    2 => Value::str(self.repr(&v)?),
                    3 => Value::str(crate::builtins::ascii_of(&self.repr(&v)?)),
                    _ => v,
                };
                let spec = match &spec {
                    Some(Value::Str(s)) => s.s.clone(),
                    _ => String::new(),
                };
                let r = match (&converted, spec.is_empty()) {
                    (Value::Str(_), true) => converted,
                    _ => Value::str(self.format(&converted, &spec)?),
                };
                push!(r);
            }
            O::RaiseVarargs => {
                return Err(match arg {
                    0 => match &self.handled {
                        Value::Instance(exc) => {
                            let exc = exc.clone();
                            return Err(PyErr::Reraise(exc));
                        }
                        _ => {
                            self.new_error(ExcKind::RuntimeError, "No active exception to reraise")
                        }
                    },
                    1 => {
                        let exc = pop!();
                        self.make_raise(exc, None)?
                    }
                    _ => {
                        let cause = pop!();
                        let exc = pop!();
                        self.make_raise(exc, Some(cause))?
                    }
                });
            }
            O::Reraise => {
                let exc = pop!();
                if arg != 0 {
                    if let Some(Value::Int(lasti)) = frame.stack.last() {
                        let offset = *lasti as u32;
                        frame.lasti = frame
                            .code
                            .co
                            .instructions
                            .partition_point(|i| i.offset < offset);
                    }
                }
                return match exc {
                    Value::Instance(exc) => Err(PyErr::Reraise(exc)),
                    _ => Err(self.new_error(ExcKind::SystemError, "RERAISE of a non-exception")),
                };
            }
            O::PushExcInfo => {
                let exc = pop!();
                let prev = std::mem::replace(&mut self.handled, exc.clone());
                push!(prev);
                push!(exc);
            }
            O::PopExcept => {
                let prev = pop!();
                self.handled = prev;
            }
            O::CheckExcMatch => {
                let ty = pop!();
                let exc = top!();
                let r = self.exception_matches(&exc, &ty)?;
                push!(Value::Bool(r));
            }
            O::BeforeWith => {
                let mgr = pop!();
                let exit = self.special_method(&mgr, "__exit__")?;
                let enter = self.special_method(&mgr, "__enter__")?;
                let (Some(exit), Some(enter)) = (exit, enter) else {
                    return Err(self.new_error(
                        ExcKind::TypeError,
                        format!(
                            "'{}' object does not support the context manager protocol",
                            self.type_name(&mgr)
                        ),
                    ));
                };
                push!(exit);
                let r = self.call(&enter, &[])?;
                push!(r);
            }
            O::WithExceptStart => {
                // Stack: exit, lasti, prev_exc, exc.
                let len = frame.stack.len();
                let exc = frame.stack[len - 1].clone();
                let exit = frame.stack[len - 4].clone();
                let ty = self.type_of(&exc);
                let tb = crate::exceptions::traceback_value(self, &exc);
                let r = self.call(&exit, &[Value::Type(ty), exc, tb])?;
                push!(r);
            }
            O::MatchMapping => {
                let v = top!();
                let r = self.is_mapping(&v);
                push!(Value::Bool(r));
            }
            O::MatchSequence => {
                let v = top!();
                let r = self.is_sequence(&v);
                push!(Value::Bool(r));
            }
            O::MatchKeys => {
                let keys = top!();
                let subject = frame.stack[frame.stack.len() - 2].clone();
                let r = self.match_keys(&subject, &keys)?;
                push!(r);
            }
            O::MatchClass => {
                let names = pop!();
                let cls = pop!();
                let subject = pop!();
                let r = self.match_class(&subject, &cls, arg as usize, &names)?;
                push!(r);
            }
            O::ImportName => {
                let name = frame.code.names[arg as usize].clone();
                let fromlist = pop!();
                let level = pop!();
                let _ = (fromlist, level);
                let m = self.import(&name.s)?;
                push!(m);
            }
            O::ImportFrom => {
                let name = frame.code.names[arg as usize].clone();
                let module = top!();
                let v = match self.getattr(&module, &name) {
                    Ok(v) => v,
                    Err(_) => {
                        let mname = match &module {
                            Value::Module(m) => m.name.clone(),
                            _ => "?".into(),
                        };
                        return Err(self.new_error(
                            ExcKind::ImportError,
                            format!(
                                "cannot import name '{}' from '{}' (unknown location)",
                                name.s, mname
                            ),
                        ));
                    }
                };
                push!(v);
            }
            O::ImportStar => {
                let module = pop!();
                if let Value::Module(m) = module {
                    let ns = frame
                        .locals
                        .clone()
                        .unwrap_or_else(|| frame.globals.clone());
                    for (k, v) in m.dict.items() {
                        if let Value::Str(s) = &k {
                            if !s.s.starts_with('_') {
                                ns.set_str(s.clone(), v);
                            }
                        }
                    }
                }
            }
            other => {
                return Err(self.new_error(
                    ExcKind::SystemError,
                    format!(
                        "deepdive does not support the {} instruction yet",
                        other.name()
                    ),
                ))
            }
        }
        Ok(Flow::Next)
    }

    fn unbound_deref(&mut self, frame: &Frame, arg: u32) -> PyErr {
        let name = frame.code.localsplus[arg as usize].s.clone();
        let is_free = (arg as usize) >= frame.code.localsplus.len() - frame.code.co.freevars.len();
        if is_free {
            self.new_error(
                ExcKind::NameError,
                format!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            )
        } else {
            self.new_error(
                ExcKind::UnboundLocalError,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        }
    }

    /// `CALL argc`: the callable and its arguments are on the stack.
    fn op_call(&mut self, frame: &mut Frame, argc: usize) -> PyResult<Flow> {
        let kwnames = frame.kwnames.take();
        let len = frame.stack.len();
        let is_meth = !frame.stack[len - argc - 2].is_null();
        let nargs = argc + is_meth as usize;
        let mut callable = frame.stack[len - nargs - 1].clone();
        let mut bound_self = None;
        if !is_meth {
            if let Value::Method(m) = &callable {
                bound_self = Some(m.receiver.clone());
                callable = m.func.clone();
            }
        }
        let nkw = match &kwnames {
            Some(Value::Tuple(t)) => t.items.len(),
            _ => 0,
        };
        if let Value::Function(f) = &callable {
            let f = f.clone();
            let mut args = Vec::with_capacity(nargs + 1);
            if let Some(s) = bound_self {
                args.push(s);
            }
            args.extend(frame.stack.drain(len - nargs..));
            frame.stack.truncate(len + is_meth as usize - nargs - 2);
            let names: &[Value] = match &kwnames {
                Some(Value::Tuple(t)) => &t.items,
                _ => &[],
            };
            let new = self.bind_call(&f, args, names)?;
            return Ok(Flow::Call(new));
        }
        // Special builtins that need the calling frame.
        if let Value::Builtin(b) = &callable {
            if b.owner.is_none()
                && nargs == 0
                && matches!(b.name, "super" | "locals" | "globals" | "vars" | "dir")
            {
                let r = self.frame_builtin(b.name, frame)?;
                frame.stack.truncate(len - 2);
                frame.stack.push(r);
                return Ok(Flow::Next);
            }
        }
        let mut args: Vec<Value> = Vec::with_capacity(nargs + 1);
        if let Some(s) = bound_self {
            args.push(s);
        }
        args.extend(frame.stack.drain(len - nargs..));
        let names: Vec<Value> = match &kwnames {
            Some(Value::Tuple(t)) => t.items.clone(),
            _ => Vec::new(),
        };
        debug_assert!(nkw <= args.len());
        let r = self.call_with(&callable, &args, &names);
        // The callable and the NULL below it are popped after the call, as in CPython, so
        // that reference counts seen during the call match.
        drop(args);
        frame.stack.truncate(len + is_meth as usize - nargs - 2);
        frame.stack.push(r?);
        Ok(Flow::Next)
    }

    /// Calls `func` with `args` from a `CALL_FUNCTION_EX`: Python functions get a frame of
    /// their own in this loop.
    fn call_flow(
        &mut self,
        frame: &mut Frame,
        func: Value,
        args: Vec<Value>,
        kwnames: Vec<Value>,
    ) -> PyResult<Flow> {
        let (func, args) = match &func {
            Value::Method(m) => {
                let mut a = vec![m.receiver.clone()];
                a.extend(args);
                (m.func.clone(), a)
            }
            _ => (func, args),
        };
        if let Value::Function(f) = &func {
            let new = self.bind_call(f, args, &kwnames)?;
            return Ok(Flow::Call(new));
        }
        let r = self.call_with(&func, &args, &kwnames)?;
        frame.stack.push(r);
        Ok(Flow::Next)
    }

    /// Calls any callable with positional arguments.
    pub fn call(&mut self, func: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_with(func, args, &[])
    }

    /// Calls any callable; the last `kwnames.len()` of `args` are keyword arguments.
    pub fn call_with(
        &mut self,
        func: &Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        match func {
            Value::Builtin(b) => {
                let f = b.func;
                if !b.data.is_none() {
                    // A function made with data: the data comes first.
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(b.data.clone());
                    all.extend_from_slice(args);
                    return f(
                        self,
                        Args {
                            args: &all,
                            kwnames,
                        },
                    );
                }
                f(self, Args { args, kwnames })
            }
            Value::Function(f) => {
                let frame = self.bind_call(f, args.to_vec(), kwnames)?;
                self.run_nested(frame)
            }
            Value::Method(m) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(m.receiver.clone());
                all.extend_from_slice(args);
                self.call_with(&m.func.clone(), &all, kwnames)
            }
            Value::Type(t) => self.call_type(t, Args { args, kwnames }),
            _ => self.call_object(func, Args { args, kwnames }),
        }
    }

    /// Runs a frame in a nested loop (Rust code calling Python), growing the Rust stack when
    /// it runs low.
    pub fn run_nested(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        if self.depth >= self.recursion_limit {
            self.recycle(frame);
            return Err(self.new_error(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        let base = self.frames.len();
        stacker::maybe_grow(256 * 1024, 4 * 1024 * 1024, || self.eval(frame, base))
    }

    /// Runs a suspended generator frame in a nested loop, raising `err` in it first.
    pub fn run_nested_throw(&mut self, frame: Box<Frame>, err: PyErr) -> PyResult<Value> {
        self.depth += 1;
        let base = self.frames.len();
        stacker::maybe_grow(256 * 1024, 4 * 1024 * 1024, || {
            self.eval_from(frame, base, Some(err))
        })
    }

    /// Binds arguments to a Python function's parameters and makes its frame, with
    /// CPython's messages for calls that do not fit the signature.
    pub fn bind_call(
        &mut self,
        f: &Rc<Function>,
        mut args: Vec<Value>,
        kwnames: &[Value],
    ) -> PyResult<Box<Frame>> {
        let code = f.code.clone();
        let co = &code.co;
        let argcount = co.argcount as usize;
        let nkw = kwnames.len();
        let npos = args.len() - nkw;
        let simple = nkw == 0
            && npos == argcount
            && co.kwonlyargcount == 0
            && co.flags & (python_compiler::flags::VARARGS | python_compiler::flags::VARKEYWORDS)
                == 0;
        let mut frame = self.new_frame(code.clone(), f.globals.clone(), None, Some(f.clone()));
        if simple {
            for (slot, v) in frame.fast.iter_mut().zip(args.drain(..)) {
                *slot = v;
            }
            return Ok(frame);
        }
        match crate::call::bind_args(self, f, &mut frame.fast, args, kwnames) {
            Ok(()) => Ok(frame),
            Err(e) => {
                self.recycle(frame);
                Err(e)
            }
        }
    }
}
