//! The `threading` module: `Thread` (start, join, name), `Lock` and `current_thread`.
//!
//! This first version runs a thread's target to completion when it starts, on the single
//! interpreter; the GIL switch interval is recorded but threads do not interleave yet.

use std::cell::RefCell;
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
    pub done: RefCell<bool>,
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
    pub locked: RefCell<bool>,
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
    if !t.target.is_none() {
        let mut all = t.args.clone();
        let mut names = Vec::new();
        for (k, v) in &t.kwargs {
            names.push(k.clone());
            all.push(v.clone());
        }
        let target = t.target.clone();
        let r = vm.call_with(&target, &all, &names);
        if let Err(e) = r {
            if e.exception().is_none() {
                return Err(e);
            }
            let text = match e.exception() {
                Some(exc) => crate::traceback::format_exception(vm, exc),
                None => String::new(),
            };
            let name = t.name.borrow().clone();
            vm.stderr
                .push_str(&format!("Exception in thread {name}:\n{text}"));
        }
    }
    *t.done.borrow_mut() = true;
    Ok(Value::None)
}

fn thread_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check(vm, "join", &args, 1, 2)?;
    Ok(Value::None)
}

fn thread_is_alive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "is_alive", &args, 1, 1)?;
    let alive = downcast::<Thread>(&a[0]).is_some_and(|t| *t.started.borrow() && !*t.done.borrow());
    Ok(Value::Bool(alive))
}

fn new_lock(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check(vm, "Lock", &args, 0, 0)?;
    Ok(wrap(Lock {
        locked: RefCell::new(false),
    }))
}

fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(l) = args.args.first().and_then(downcast::<Lock>) else {
        return Err(vm.type_error("acquire() needs a lock"));
    };
    *l.locked.borrow_mut() = true;
    Ok(Value::Bool(true))
}

fn lock_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(l) = args.args.first().and_then(downcast::<Lock>) else {
        return Err(vm.type_error("release() needs a lock"));
    };
    if !*l.locked.borrow() {
        return Err(vm.new_error(
            crate::exceptions::ExcKind::RuntimeError,
            "release unlocked lock",
        ));
    }
    *l.locked.borrow_mut() = false;
    Ok(Value::None)
}

fn lock_locked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(l) = args.args.first().and_then(downcast::<Lock>) else {
        return Err(vm.type_error("locked() needs a lock"));
    };
    Ok(Value::Bool(*l.locked.borrow()))
}

fn current_thread(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(wrap(Thread {
        target: Value::None,
        args: Vec::new(),
        kwargs: Vec::new(),
        name: RefCell::new("MainThread".into()),
        started: RefCell::new(true),
        done: RefCell::new(false),
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
