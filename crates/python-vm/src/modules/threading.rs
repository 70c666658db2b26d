//! The `threading` module's natives: starting and joining threads, and `Lock`.
//!
//! `Thread` itself is Python (`py/threading.py`), over the natives here: a started thread
//! gets a frame stack of its own, run by the interpreter in turn with the others under the
//! GIL (`crate::threads`).

use std::cell::Cell;
use std::rc::Rc;

use crate::dict::Dict;
use crate::interp::Vm;
use crate::native::{downcast, wrap, NativeObject};
use crate::types::{Kind, Type};
use crate::value::{Args, Value};
use crate::PyResult;

/// `_start(callable, name)`: a new thread that calls `callable()` (a Python function or a
/// method of a Python class); returns its id.
fn start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "_start", &args, 2, 2)?;
    let name = vm.str_of(&a[1])?;
    let (function, receiver) = match &a[0] {
        Value::Function(f) => (f.clone(), None),
        Value::Method(m) => match &m.func {
            Value::Function(f) => (f.clone(), Some(m.receiver.clone())),
            _ => return Err(vm.type_error("_start() needs a Python function")),
        },
        _ => return Err(vm.type_error("_start() needs a Python function")),
    };
    let frame = vm.bind_call(&function, receiver.into_iter().collect(), &[])?;
    Ok(Value::Int(vm.spawn_thread(name, frame) as i64))
}

/// `_join(id)`: waits until the thread has ended.
fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "_join", &args, 1, 1)?;
    let id = vm.index_value(&a[0])?;
    vm.join_thread(id as usize)?;
    Ok(Value::None)
}

/// `_finished(id)`: whether the thread has ended.
fn finished(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "_finished", &args, 1, 1)?;
    let id = vm.index_value(&a[0])?;
    Ok(Value::bool(vm.thread_finished(id as usize)))
}

/// `_current()`: the running thread's id (0 for the main thread).
fn current(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check(vm, "_current", &args, 0, 0)?;
    Ok(Value::Int(vm.sched.current as i64))
}

/// `_yield()`: gives the interpreter to another thread at the next switch point; false
/// when no other thread could run.
fn yield_now(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check(vm, "_yield", &args, 0, 0)?;
    if !vm.sched.has_others() {
        return Ok(Value::FALSE);
    }
    vm.sched.next_switch = vm.steps;
    Ok(Value::TRUE)
}

/// A lock.
pub struct Lock {
    /// Held or not; shared with the scheduler, which wakes the threads waiting for it.
    pub locked: Rc<Cell<bool>>,
}

impl NativeObject for Lock {
    fn class(&self, vm: &Vm) -> Rc<Type> {
        vm.types.native("lock", |t| {
            let ty = Type::builtin("lock", Some(&t.object), Kind::Native);
            *ty.module.borrow_mut() = "_thread".into();
            ty.add_methods(&[
                ("acquire", lock_acquire),
                ("release", lock_release),
                ("locked", lock_locked),
                ("__enter__", lock_acquire),
                ("__exit__", lock_release),
            ]);
            ty
        })
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn new_lock(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check(vm, "Lock", &args, 0, 0)?;
    Ok(wrap(Lock {
        locked: Rc::new(Cell::new(false)),
    }))
}

fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(l) = args.args.first().and_then(downcast::<Lock>) else {
        return Err(vm.type_error("acquire() needs a lock"));
    };
    let blocking = match args.args.get(1).or_else(|| args.kw("blocking")) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    if !l.locked.get() {
        l.locked.set(true);
        return Ok(Value::TRUE);
    }
    if !blocking {
        return Ok(Value::FALSE);
    }
    let lock = l.locked.clone();
    vm.block_on_lock(lock)?;
    Ok(Value::TRUE)
}

fn lock_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(l) = args.args.first().and_then(downcast::<Lock>) else {
        return Err(vm.type_error("release() needs a lock"));
    };
    if !l.locked.get() {
        return Err(vm.new_error(
            crate::exceptions::ExcKind::RuntimeError,
            "release unlocked lock",
        ));
    }
    l.locked.set(false);
    Ok(Value::None)
}

fn lock_locked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(l) = args.args.first().and_then(downcast::<Lock>) else {
        return Err(vm.type_error("locked() needs a lock"));
    };
    Ok(Value::bool(l.locked.get()))
}

/// Fills the `threading` namespace with its natives; the rest is `py/threading.py`.
pub fn fill(_vm: &mut Vm, d: &Rc<Dict>) {
    super::add_functions(
        d,
        &[
            ("Lock", new_lock),
            ("RLock", new_lock),
            ("_start", start),
            ("_join", join),
            ("_finished", finished),
            ("_current", current),
            ("_yield", yield_now),
        ],
    );
}
