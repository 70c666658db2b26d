//! The modules a program can import: `sys`, `math` and `threading` in Rust; `functools`,
//! `collections`, `itertools`, `operator`, `copy`, `string`, `heapq`, `bisect`, `dataclasses`,
//! `abc`, `collections.abc`, `typing`, `enum` and `pprint` in Python (see `python`); and the
//! file objects of `open()` over the run's virtual file system.

pub mod io;
pub mod math;
pub mod python;
pub mod sys;
pub mod threading;

use std::rc::Rc;

use crate::dict::Dict;
use crate::interp::Vm;
use crate::value::{Module, NativeFn, Value};
use crate::PyResult;

/// Loads a supported module by name; `None` for modules deepdive does not provide. Modules
/// written in Python (as CPython's own `functools` and `collections` mostly are) run their
/// source here, so an exception raised while importing them propagates.
pub fn load(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    let dict = Rc::new(Dict::new());
    dict.set_by_name("__name__", Value::str(name));
    match name {
        "sys" => {
            sys::fill(vm, &dict);
            python::run_source(vm, name, include_str!("py/sys.py"), &dict)?;
        }
        "math" => math::fill(vm, &dict),
        "threading" => {
            threading::fill(vm, &dict);
            python::run_source(vm, name, include_str!("py/threading.py"), &dict)?;
        }
        "traceback" => crate::traceback::fill(vm, &dict),
        _ => match python::source(name) {
            Some(src) => python::run_source(vm, name, src, &dict)?,
            None => return Ok(None),
        },
    }
    Ok(Some(Value::Module(Rc::new(Module {
        name: name.to_string(),
        dict,
    }))))
}

/// Adds functions to a module namespace.
pub fn add_functions(dict: &Dict, functions: &[(&'static str, NativeFn)]) {
    for (name, f) in functions {
        dict.set_by_name(name, crate::builtins::builtin(name, *f));
    }
}
