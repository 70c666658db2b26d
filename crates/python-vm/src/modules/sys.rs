//! The `sys` module: `getrefcount`, the recursion limit, the switch interval, `exit`,
//! `argv`, `maxsize`, and `stdout`/`stderr` as objects whose `write` goes to the run's output.

use std::rc::Rc;

use crate::dict::Dict;
use crate::exceptions::ExcKind;
use crate::interp::Vm;
use crate::native::{downcast, wrap, NativeObject};
use crate::types::{Kind, Type};
use crate::value::{Args, Value};
use crate::PyResult;

/// `sys.stdout` or `sys.stderr`.
pub struct Stream {
    pub err: bool,
}

impl NativeObject for Stream {
    fn class(&self, vm: &Vm) -> Rc<Type> {
        vm.types.native("TextIOWrapper", |t| {
            let ty = Type::builtin("TextIOWrapper", Some(&t.object), Kind::Native);
            ty.add_methods(&[("write", stream_write), ("flush", stream_flush)]);
            ty
        })
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "write", &args, 2, 2)?;
    let Value::Str(s) = &a[1] else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(&a[1])
        )));
    };
    let text = s.s.clone();
    write_to(vm, &a[0], &text)?;
    Ok(Value::Int(s.chars as i64))
}

fn stream_flush(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// Writes text to a file-like object (`None` is standard output).
pub fn write_to(vm: &mut Vm, file: &Value, text: &str) -> PyResult<()> {
    match file {
        Value::None => {
            if !crate::heap::fits(text.len(), vm.heap_cap)
                || vm.stdout.len() + text.len() > vm.heap_cap / 4
            {
                return Err(vm.new_error_args(ExcKind::MemoryError, vec![]));
            }
            vm.stdout.push_str(text);
            Ok(())
        }
        other => {
            if let Some(stream) = downcast::<Stream>(other) {
                if stream.err {
                    vm.stderr.push_str(text);
                } else {
                    vm.stdout.push_str(text);
                }
                return Ok(());
            }
            let write = vm.getattr_str(other, "write")?;
            vm.call(&write, &[Value::str(text)])?;
            Ok(())
        }
    }
}

fn getrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "getrefcount", &args, 1, 1)?;
    Ok(Value::Int(match &a[0] {
        // Inline values stand for CPython's immortal-looking singletons and small ints.
        Value::None | Value::Bool(_) | Value::Ellipsis | Value::NotImplemented => 4294967295,
        Value::Int(_) => 4294967295,
        v => v.refcount().unwrap_or(1) as i64,
    }))
}

fn getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check(vm, "getrecursionlimit", &args, 0, 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "setrecursionlimit", &args, 1, 1)?;
    let n = vm.index_value(&a[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    // Deeper recursion than this would exhaust the server; CPython itself crashes near it.
    vm.recursion_limit = n.min(20_000) as usize;
    Ok(Value::None)
}

fn setswitchinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "setswitchinterval", &args, 1, 1)?;
    let seconds = match &a[0] {
        Value::Float(f) => f.get(),
        Value::Int(i) => *i as f64,
        other => {
            return Err(vm.type_error(format!("must be real number, not {}", vm.type_name(other))))
        }
    };
    if seconds <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    vm.switch_interval = seconds;
    Ok(Value::None)
}

fn getswitchinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::builtins::check(vm, "getswitchinterval", &args, 0, 0)?;
    Ok(Value::float(vm.switch_interval))
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "exit", &args, 0, 1)?;
    Err(vm.new_error_args(ExcKind::SystemExit, a.to_vec()))
}

fn exc_info(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let exc = vm.handled.clone();
    if exc.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let ty = Value::Type(vm.type_of(&exc));
    let tb = crate::exceptions::traceback_value(vm, &exc);
    Ok(Value::tuple(vec![ty, exc, tb]))
}

/// Fills the `sys` namespace.
pub fn fill(vm: &mut Vm, d: &Rc<Dict>) {
    super::add_functions(
        d,
        &[
            ("getrefcount", getrefcount),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("setswitchinterval", setswitchinterval),
            ("getswitchinterval", getswitchinterval),
            ("exit", exit),
            ("exc_info", exc_info),
        ],
    );
    d.set_by_name("stdout", wrap(Stream { err: false }));
    d.set_by_name("stderr", wrap(Stream { err: true }));
    d.set_by_name("argv", Value::list(vec![Value::str(vm.file_name.clone())]));
    d.set_by_name("maxsize", Value::Int(i64::MAX));
    d.set_by_name("byteorder", Value::str("little"));
    d.set_by_name("platform", Value::str("linux"));
    d.set_by_name("version", Value::str("3.11.7 (deepdive)"));
    // version_info, float_info, int_info, implementation: see py/sys.py.
    d.set_by_name("modules", Value::Dict(vm.modules.clone()));
}
