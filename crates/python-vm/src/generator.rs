//! Generators: a suspended frame resumed by `next()`, `send()`, `throw()` and `close()`
//! (CPython's `Objects/genobject.c`: a throw or close reaches the sub-iterator of a pending
//! `yield from` first), the methods of the generator type, and the `SEND` instruction.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::exceptions::ExcKind;
use crate::interp::{Code, Frame, Vm};
use crate::value::{Args, PyStr, Value};
use crate::{PyErr, PyResult};

/// A generator object.
pub struct Generator {
    /// The suspended frame; `None` once the generator has finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    /// True once it has run past its first instruction.
    pub started: Cell<bool>,
    pub code: Rc<Code>,
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    /// The exception being handled inside the generator while it is suspended.
    pub handled: RefCell<Value>,
}

thread_local! {
    /// Generators dropped while suspended, waiting to be closed as CPython closes a
    /// generator when its last reference goes (`_PyGen_Finalize`).
    static DROPPED: RefCell<Vec<Generator>> = const { RefCell::new(Vec::new()) };
    /// True while `DROPPED` is not empty (checked between instructions).
    static PENDING: Cell<bool> = const { Cell::new(false) };
}

impl Drop for Generator {
    fn drop(&mut self) {
        if !self.started.get() || self.running.get() {
            return;
        }
        let Some(frame) = self.frame.get_mut().take() else {
            return;
        };
        // The frame moves to a generator of its own, closed by the VM at the next
        // instruction boundary.
        let orphan = Generator {
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            started: Cell::new(true),
            code: self.code.clone(),
            name: self.name.clone(),
            qualname: self.qualname.clone(),
            handled: RefCell::new(std::mem::take(self.handled.get_mut())),
        };
        // During thread teardown the queue may be gone: the frame is then simply dropped
        // (marked unstarted so that its drop does not try to queue it again).
        let mut orphan = Some(orphan);
        let _ = DROPPED.try_with(|d| d.borrow_mut().extend(orphan.take()));
        if let Some(o) = orphan {
            o.started.set(false);
        } else {
            let _ = PENDING.try_with(|p| p.set(true));
        }
    }
}

/// True when dropped generators wait to be closed.
#[inline]
pub fn finalization_pending() -> bool {
    PENDING.with(Cell::get)
}

/// Forgets the generators of an earlier run still waiting to be closed.
pub fn discard_pending() {
    // Dropping one may queue the generators its frame held: go on until none is left.
    while let Some(g) = DROPPED.with(|d| d.borrow_mut().pop()) {
        // Its frame must not be queued again.
        g.started.set(false);
        drop(g);
    }
    PENDING.with(|p| p.set(false));
}

/// Closes the generators dropped while suspended (their `finally` blocks run, as in
/// CPython); an error in one is reported as CPython reports unraisable exceptions (at exit,
/// without source lines: CPython can no longer read them then).
pub fn finalize_pending(vm: &mut Vm, at_exit: bool) {
    loop {
        let next = DROPPED.with(|d| d.borrow_mut().pop());
        let Some(gen) = next else {
            PENDING.with(|p| p.set(false));
            return;
        };
        let gen = Rc::new(gen);
        if let Err(err) = close(vm, &gen) {
            let Some(exc) = err.exception().cloned() else {
                // A halt: the budget ran out while closing; nothing more runs.
                discard_pending();
                return;
            };
            let what = vm
                .repr(&Value::Generator(gen.clone()))
                .unwrap_or_else(|_| "<generator>".into());
            // The unraisable hook prints the exception alone, without its chain.
            let style = if at_exit {
                crate::traceback::Style::NoSource
            } else {
                crate::traceback::Style::Interpreter
            };
            let report = crate::traceback::format_unchained(vm, &exc, style);
            vm.stderr
                .push_str(&format!("Exception ignored in: {what}\n{report}"));
        }
    }
}

/// What resuming a generator gave.
pub enum Sent {
    Yielded(Value),
    Returned(Value),
}

impl Generator {
    /// The generator of a frame that has just run `RETURN_GENERATOR`.
    pub fn new(frame: Box<Frame>) -> Generator {
        let code = frame.code.clone();
        Generator {
            name: code.name.clone(),
            qualname: code.qualname.clone(),
            code,
            frame: RefCell::new(Some(frame)),
            running: Cell::new(false),
            started: Cell::new(false),
            handled: RefCell::new(Value::None),
        }
    }
}

/// Resumes a generator with a sent value (or an exception thrown in at the yield point).
pub fn resume(
    vm: &mut Vm,
    gen: &Rc<Generator>,
    value: Value,
    throw: Option<PyErr>,
) -> PyResult<Sent> {
    if gen.running.get() {
        return Err(vm.value_error("generator already executing"));
    }
    let Some(mut frame) = gen.frame.borrow_mut().take() else {
        if let Some(err) = throw {
            return Err(err);
        }
        return Ok(Sent::Returned(Value::None));
    };
    if !gen.started.get() && !value.is_none() && throw.is_none() {
        *gen.frame.borrow_mut() = Some(frame);
        return Err(vm.type_error("can't send non-None value to a just-started generator"));
    }
    gen.started.set(true);
    frame.stack.push(value);
    gen.running.set(true);
    let outer = vm.handled.clone();
    let inner = gen.handled.replace(Value::None);
    if !inner.is_none() {
        vm.handled = inner;
    }
    let result = vm.run_generator_frame(frame, throw);
    gen.running.set(false);
    let inner_now = std::mem::replace(&mut vm.handled, outer.clone());
    match result {
        Ok(v) => match vm.yielded.take() {
            Some(frame) => {
                if !inner_now.is(&outer) {
                    *gen.handled.borrow_mut() = inner_now;
                }
                *gen.frame.borrow_mut() = Some(frame);
                Ok(Sent::Yielded(v))
            }
            None => Ok(Sent::Returned(v)),
        },
        Err(e) => {
            if vm.is_exc_kind(&e, ExcKind::StopIteration) {
                let err = vm.new_error(ExcKind::RuntimeError, "generator raised StopIteration");
                if let (Some(new), Some(old)) = (err.exception(), e.exception()) {
                    if let Some(d) = crate::exceptions::data(new) {
                        let mut d = d.borrow_mut();
                        d.cause = Value::Instance(old.clone());
                        d.context = Value::Instance(old.clone());
                        d.suppress_context = true;
                    }
                }
                return Err(err);
            }
            Err(e)
        }
    }
}

/// `SEND`: resumes the sub-iterator of `yield from` with a value.
pub fn send_to(vm: &mut Vm, receiver: &Value, v: Value) -> PyResult<Sent> {
    match receiver {
        Value::Generator(g) => resume(vm, g, v, None),
        _ => {
            if v.is_none() {
                match crate::iter::next_raw(vm, receiver) {
                    Ok(Some(x)) => Ok(Sent::Yielded(x)),
                    Ok(None) => Ok(Sent::Returned(Value::None)),
                    Err(e) if vm.is_exc_kind(&e, ExcKind::StopIteration) => {
                        let value = e
                            .exception()
                            .and_then(|x| crate::exceptions::data(x))
                            .and_then(|d| d.borrow().args.first().cloned())
                            .unwrap_or(Value::None);
                        Ok(Sent::Returned(value))
                    }
                    Err(e) => Err(e),
                }
            } else {
                let send = vm.getattr_str(receiver, "send")?;
                match vm.call(&send, &[v]) {
                    Ok(x) => Ok(Sent::Yielded(x)),
                    Err(e) if vm.is_exc_kind(&e, ExcKind::StopIteration) => {
                        Ok(Sent::Returned(stop_value(&e)))
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }
}

impl Vm {
    /// Runs a generator's frame until it yields or returns, raising `throw` at the point where
    /// it is suspended first.
    fn run_generator_frame(&mut self, frame: Box<Frame>, throw: Option<PyErr>) -> PyResult<Value> {
        match throw {
            None => self.run_nested(frame),
            Some(err) => {
                let mut frame = frame;
                // The sent value pushed by `resume` is not wanted when throwing.
                frame.stack.pop();
                self.run_nested_throw(frame, err)
            }
        }
    }
}

/// The value a StopIteration carries (its first argument, or None).
fn stop_value(e: &PyErr) -> Value {
    e.exception()
        .and_then(|x| crate::exceptions::data(x))
        .and_then(|d| d.borrow().args.first().cloned())
        .unwrap_or(Value::None)
}

/// The sub-iterator of the `yield from` a generator is suspended in (`_PyGen_yf`): the
/// frame's next instruction is `RESUME` with an argument of 2 or more, and the sub-iterator
/// is on top of its stack.
fn delegate(gen: &Generator) -> Option<Value> {
    let frame = gen.frame.borrow();
    let frame = frame.as_ref()?;
    let next = frame.code.instrs.get(frame.pc)?;
    if next.op != python_compiler::opcode::Opcode::Resume || next.arg < 2 {
        return None;
    }
    frame.stack.last().cloned()
}

/// Closes the sub-iterator of a `yield from` (`gen_close_iter`).
fn close_iter(vm: &mut Vm, yf: &Value) -> PyResult<()> {
    if let Value::Generator(g) = yf {
        return close(vm, g).map(|_| ());
    }
    let close = match vm.getattr_str(yf, "close") {
        Ok(m) => m,
        Err(e) if vm.is_exc_kind(&e, ExcKind::AttributeError) => return Ok(()),
        Err(e) => return Err(e),
    };
    vm.call(&close, &[]).map(|_| ())
}

/// `gen.throw(exc)`: raises `err` where the generator is suspended, or first in the
/// sub-iterator of its pending `yield from` (`_gen_throw`).
pub fn throw(vm: &mut Vm, gen: &Rc<Generator>, err: PyErr) -> PyResult<Sent> {
    if gen.running.get() {
        return Err(vm.value_error("generator already executing"));
    }
    let Some(yf) = delegate(gen) else {
        return resume(vm, gen, Value::None, Some(err));
    };
    if vm.is_exc_kind(&err, ExcKind::GeneratorExit) {
        gen.running.set(true);
        let r = close_iter(vm, &yf);
        gen.running.set(false);
        return match r {
            Err(e) => resume(vm, gen, Value::None, Some(e)),
            Ok(()) => resume(vm, gen, Value::None, Some(err)),
        };
    }
    gen.running.set(true);
    let r = match &yf {
        Value::Generator(g) => throw(vm, g, err),
        _ => {
            let meth = match vm.getattr_str(&yf, "throw") {
                Ok(m) => Some(m),
                Err(e) if vm.is_exc_kind(&e, ExcKind::AttributeError) => None,
                Err(e) => {
                    gen.running.set(false);
                    return Err(e);
                }
            };
            match meth {
                None => {
                    gen.running.set(false);
                    return resume(vm, gen, Value::None, Some(err));
                }
                Some(m) => {
                    let exc = match err.exception() {
                        Some(x) => Value::Instance(x.clone()),
                        None => return Err(err),
                    };
                    match vm.call(&m, &[exc]) {
                        Ok(v) => Ok(Sent::Yielded(v)),
                        Err(e) if vm.is_exc_kind(&e, ExcKind::StopIteration) => {
                            Ok(Sent::Returned(stop_value(&e)))
                        }
                        Err(e) => Err(e),
                    }
                }
            }
        }
    };
    gen.running.set(false);
    match r {
        Ok(Sent::Yielded(v)) => Ok(Sent::Yielded(v)),
        Ok(Sent::Returned(v)) => {
            // The sub-iterator is done: leave the SEND loop with its value, as SEND does.
            if let Some(frame) = gen.frame.borrow_mut().as_mut() {
                frame.stack.pop();
                if let Some(send) = frame
                    .pc
                    .checked_sub(2)
                    .and_then(|i| frame.code.instrs.get(i))
                {
                    frame.pc = send.arg as usize;
                }
            }
            resume(vm, gen, v, None)
        }
        Err(e) => resume(vm, gen, Value::None, Some(e)),
    }
}

/// `gen.close()`: raises GeneratorExit where the generator is suspended; a generator that
/// yields again is an error.
pub fn close(vm: &mut Vm, gen: &Rc<Generator>) -> PyResult<Value> {
    if gen.frame.borrow().is_none() {
        return Ok(Value::None);
    }
    if gen.running.get() {
        return Err(vm.value_error("generator already executing"));
    }
    let mut pending = None;
    if let Some(yf) = delegate(gen) {
        gen.running.set(true);
        let r = close_iter(vm, &yf);
        gen.running.set(false);
        pending = r.err();
    }
    let err = match pending {
        Some(e) => e,
        None => vm.new_error_args(ExcKind::GeneratorExit, Vec::new()),
    };
    match resume(vm, gen, Value::None, Some(err)) {
        Ok(Sent::Yielded(_)) => {
            Err(vm.new_error(ExcKind::RuntimeError, "generator ignored GeneratorExit"))
        }
        Ok(Sent::Returned(_)) => Ok(Value::None),
        Err(e)
            if vm.is_exc_kind(&e, ExcKind::StopIteration)
                || vm.is_exc_kind(&e, ExcKind::GeneratorExit) =>
        {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

/// The StopIteration that ends a generator returning `value`.
fn stop_iteration(vm: &mut Vm, value: Value) -> PyErr {
    let args = if value.is_none() {
        Vec::new()
    } else {
        vec![value]
    };
    vm.new_error_args(ExcKind::StopIteration, args)
}

/// Installs `send`, `throw`, `close`, `__next__` and `__iter__` on the generator type.
pub fn install(vm: &mut Vm) {
    vm.types.generator.clone().add_methods(&[
        ("send", gen_send),
        ("throw", gen_throw),
        ("close", gen_close),
        ("__next__", gen_next),
        ("__iter__", gen_iter),
    ]);
}

fn this<'a>(vm: &mut Vm, name: &str, args: &Args<'a>) -> PyResult<Rc<Generator>> {
    match args.args.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{name}' for 'generator' objects doesn't apply to a '{}' object",
            vm.type_name(other)
        ))),
        None => Err(vm.type_error(format!(
            "unbound method generator.{name}() needs an argument"
        ))),
    }
}

fn sent_value(vm: &mut Vm, r: PyResult<Sent>) -> PyResult<Value> {
    match r? {
        Sent::Yielded(v) => Ok(v),
        Sent::Returned(v) => Err(stop_iteration(vm, v)),
    }
}

fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, "send", &args)?;
    let a = crate::builtins::check(vm, "send", &args, 2, 2)?;
    let r = resume(vm, &g, a[1].clone(), None);
    sent_value(vm, r)
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, "__next__", &args)?;
    crate::builtins::check(vm, "__next__", &args, 1, 1)?;
    let r = resume(vm, &g, Value::None, None);
    sent_value(vm, r)
}

fn gen_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, "__iter__", &args)?;
    Ok(Value::Generator(g))
}

fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, "close", &args)?;
    crate::builtins::check(vm, "close", &args, 1, 1)?;
    close(vm, &g)
}

/// `throw(type[, value[, traceback]])` or `throw(exception)`.
fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this(vm, "throw", &args)?;
    let a = crate::builtins::check(vm, "throw", &args, 2, 4)?;
    let base = vm.types.exc(ExcKind::BaseException);
    let value = a.get(2).cloned().unwrap_or(Value::None);
    let exc = match &a[1] {
        Value::Type(t) if t.is_subtype(&base) => {
            let args = match &value {
                Value::None => Vec::new(),
                Value::Tuple(t) => t.items.clone(),
                Value::Instance(i) if i.class.borrow().is_subtype(t) => {
                    Vec::new() // replaced below
                }
                other => vec![other.clone()],
            };
            match &value {
                Value::Instance(i) if i.class.borrow().is_subtype(t) => i.clone(),
                _ => match vm.call(&a[1], &args)? {
                    Value::Instance(i) => i,
                    _ => return Err(vm.type_error("exceptions must derive from BaseException")),
                },
            }
        }
        Value::Instance(i) if i.class.borrow().is_subtype(&base) => {
            if !value.is_none() {
                return Err(vm.type_error("instance exception may not have a separate value"));
            }
            i.clone()
        }
        other => {
            return Err(vm.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                vm.type_name(other)
            )))
        }
    };
    let r = throw(vm, &g, PyErr::Exception(exc));
    sent_value(vm, r)
}
