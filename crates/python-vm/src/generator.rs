//! Generators: a suspended frame resumed by `next()`, `send()`, `throw()` and `close()`, and
//! the `SEND` instruction of `yield from`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::exceptions::ExcKind;
use crate::interp::{Code, Frame, Vm};
use crate::value::{PyStr, Value};
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
                        Ok(Sent::Returned(Value::None))
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
