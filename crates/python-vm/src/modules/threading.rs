//! The `threading` module: `Thread` (start, join, name), `Lock` and `current_thread`.
//!
//! A thread whose target is a Python function gets a frame stack of its own, run by the
//! interpreter in turn with the others under the GIL (`crate::threads`); other callables
//! run to their end when the thread starts.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::dict::Dict;
use crate::interp::Vm;
use crate::native::{downcast, wrap, NativeObject};
use crate::types::{Kind, Type};
use crate::value::{Args, Value};
use crate::PyResult;

/// A thread object.
pub struct Thread {
    pub target: Value,
    pub args: Vec<Value>,
    pub kwargs: Vec<(Value, Value)>,
    pub name: RefCell<String>,
    pub started: RefCell<bool>,
    /// True once a target that is not a Python function has run (such targets run when
    /// the thread starts).
    pub done: RefCell<bool>,
    /// The scheduler's id of the thread, once started (0 before).
    pub id: Cell<usize>,
}

impl NativeObject for Thread {
    fn class(&self, vm: &Vm) -> Rc<Type> {
        thread_type(vm)
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "name" => Some(Value::str(self.name.borrow().clone())),
            "daemon" => Some(Value::Bool(false)),
            _ => None,
        })
    }

    fn setattr(&self, _vm: &mut Vm, name: &str, value: Value) -> PyResult<bool> {
        if name == "name" {
            if let Value::Str(s) = value {
                *self.name.borrow_mut() = s.s.clone();
            }
            return Ok(true);
        }
        Ok(name == "daemon")
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn thread_type(vm: &Vm) -> Rc<Type> {
    vm.types.native("Thread", |t| {
        let ty = Type::builtin("Thread", Some(&t.object), Kind::Native);
        *ty.module.borrow_mut() = "threading".into();
        ty.add_methods(&[
            ("start", thread_start),
            ("join", thread_join),
            ("is_alive", thread_is_alive),
        ]);
        ty
    })
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

fn new_thread(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut target = Value::None;
    let mut targs = Vec::new();
    let mut kwargs = Vec::new();
    vm.thread_count += 1;
    let mut name = format!("Thread-{}", vm.thread_count);
    for (k, v) in args.keywords() {
        match k {
            "target" => target = v.clone(),
            "args" => targs = vm.to_vec(v)?,
            "kwargs" => kwargs = vm.mapping_items(v)?,
            "name" => name = vm.str_of(v)?,
            "daemon" | "group" => {}
            other => {
                return Err(vm.type_error(format!(
                    "Thread.__init__() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    if let Some(t) = args.positional().get(1) {
        target = t.clone();
    }
    if !target.is_none() {
        if let Value::Function(f) = &target {
            name = format!("{} ({})", name, f.name.borrow().s);
        }
    }
    Ok(wrap(Thread {
        target,
        args: targs,
        kwargs,
        name: RefCell::new(name),
        started: RefCell::new(false),
        done: RefCell::new(false),
        id: Cell::new(0),
    }))
}

fn thread_start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "start", &args, 1, 1)?;
    let Some(t) = downcast::<Thread>(&a[0]) else {
        return Err(vm.type_error("start() needs a Thread"));
    };
    if *t.started.borrow() {
        return Err(vm.new_error(
            crate::exceptions::ExcKind::RuntimeError,
            "threads can only be started once",
        ));
    }
    *t.started.borrow_mut() = true;
    if t.target.is_none() {
        *t.done.borrow_mut() = true;
        return Ok(Value::None);
    }
    let mut all = t.args.clone();
    let mut names = Vec::new();
    for (k, v) in &t.kwargs {
        names.push(k.clone());
        all.push(v.clone());
    }
    let name = t.name.borrow().clone();
    // A Python function (or a method of a Python class) runs as a thread of its own.
    let function = match &t.target {
        Value::Function(f) => Some(f.clone()),
        Value::Method(m) => match &m.func {
            Value::Function(f) => {
                all.insert(0, m.receiver.clone());
                Some(f.clone())
            }
            _ => None,
        },
        _ => None,
    };
    if let Some(f) = function {
        let r = vm.bind_call(&f, all, &names);
        match r {
            Ok(frame) => {
                let id = vm.spawn_thread(name, frame);
                t.id.set(id);
            }
            Err(e) => report_thread_error(vm, &name, e)?,
        }
        return Ok(Value::None);
    }
    let target = t.target.clone();
    let r = vm.call_with(&target, &all, &names);
    *t.done.borrow_mut() = true;
    if let Err(e) = r {
        report_thread_error(vm, &name, e)?;
    }
    Ok(Value::None)
}

/// Prints an exception that ended a thread, as `threading.excepthook` does.
fn report_thread_error(vm: &mut Vm, name: &str, e: crate::PyErr) -> PyResult<()> {
    let Some(exc) = e.exception() else {
        return Err(e);
    };
    let text = crate::traceback::format_exception(vm, exc);
    vm.stderr
        .push_str(&format!("Exception in thread {name}:\n{text}"));
    Ok(())
}

fn thread_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "join", &args, 1, 2)?;
    let Some(t) = downcast::<Thread>(&a[0]) else {
        return Err(vm.type_error("join() needs a Thread"));
    };
    if !*t.started.borrow() {
        return Err(vm.new_error(
            crate::exceptions::ExcKind::RuntimeError,
            "cannot join thread before it is started",
        ));
    }
    let id = t.id.get();
    if id != 0 {
        vm.join_thread(id)?;
    }
    Ok(Value::None)
}

fn thread_is_alive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "is_alive", &args, 1, 1)?;
    let alive = downcast::<Thread>(&a[0]).is_some_and(|t| {
        *t.started.borrow()
            && !*t.done.borrow()
            && (t.id.get() == 0 || !vm.thread_finished(t.id.get()))
    });
    Ok(Value::Bool(alive))
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
        return Ok(Value::Bool(true));
    }
    if !blocking {
        return Ok(Value::Bool(false));
    }
    let lock = l.locked.clone();
    vm.block_on_lock(lock)?;
    Ok(Value::Bool(true))
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
    Ok(Value::Bool(l.locked.get()))
}

fn current_thread(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(wrap(Thread {
        target: Value::None,
        args: Vec::new(),
        kwargs: Vec::new(),
        name: RefCell::new("MainThread".into()),
        started: RefCell::new(true),
        done: RefCell::new(false),
        id: Cell::new(0),
    }))
}

/// Fills the `threading` namespace.
pub fn fill(vm: &mut Vm, d: &Rc<Dict>) {
    d.set_by_name("Thread", crate::builtins::builtin("Thread", new_thread));
    super::add_functions(
        d,
        &[
            ("Lock", new_lock),
            ("RLock", new_lock),
            ("current_thread", current_thread),
        ],
    );
    let _ = thread_type(vm);
}

/// Waits for the threads still running at exit (none are left in this version).
pub fn join_all(_vm: &mut Vm) -> PyResult<()> {
    Ok(())
}
