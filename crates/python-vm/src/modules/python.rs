//! The modules deepdive writes in Python, as CPython writes most of them (`functools`,
//! `collections`, `collections.abc`, `itertools`, `operator`, `copy`, `string`, `heapq`,
//! `bisect`, `dataclasses`, `abc`, `typing`, `enum`, `pprint`): their source (in `py/`) is compiled by
//! deepdive's own compiler and run at import time with the module's namespace as globals.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use python_compiler::CodeObject;

use crate::dict::Dict;
use crate::exceptions::ExcKind;
use crate::interp::{Code, Vm};
use crate::value::Value;
use crate::PyResult;

/// How the file names of these modules begin (`<deepdive functools>`); tracebacks leave
/// their frames out, as CPython shows no frames for its C modules.
pub const FILE_PREFIX: &str = "<deepdive ";

/// The Python source of a module written in Python, by module name.
pub fn source(name: &str) -> Option<&'static str> {
    Some(match name {
        "functools" => include_str!("py/functools.py"),
        "threading" => include_str!("py/threading.py"),
        "collections" => include_str!("py/collections.py"),
        "itertools" => include_str!("py/itertools.py"),
        "operator" => include_str!("py/operator.py"),
        "copy" => include_str!("py/copy.py"),
        "string" => include_str!("py/string.py"),
        "heapq" => include_str!("py/heapq.py"),
        "bisect" => include_str!("py/bisect.py"),
        "dataclasses" => include_str!("py/dataclasses.py"),
        "abc" => include_str!("py/abc.py"),
        "collections.abc" => include_str!("py/collections_abc.py"),
        "typing" => include_str!("py/typing.py"),
        "enum" => include_str!("py/enum.py"),
        "pprint" => include_str!("py/pprint.py"),
        _ => return None,
    })
}

thread_local! {
    /// The compiled modules, by name: each is compiled once per thread, not once per run.
    static COMPILED: RefCell<HashMap<String, Rc<CodeObject>>> = RefCell::new(HashMap::new());
}

/// The code object of a module's source, compiled on first use.
fn compiled(name: &str, src: &str) -> Result<Rc<CodeObject>, String> {
    if let Some(co) = COMPILED.with(|c| c.borrow().get(name).cloned()) {
        return Ok(co);
    }
    let file = format!("{FILE_PREFIX}{name}>");
    let co = Rc::new(python_compiler::compile_source(src.as_bytes(), &file)?);
    COMPILED.with(|c| c.borrow_mut().insert(name.to_string(), co.clone()));
    Ok(co)
}

/// Compiles and runs a module's source with `dict` as its globals.
pub fn run_source(vm: &mut Vm, name: &str, src: &str, dict: &Rc<Dict>) -> PyResult<()> {
    let co = match compiled(name, src) {
        Ok(co) => co,
        Err(e) => {
            return Err(vm.new_error(
                ExcKind::SystemError,
                format!("deepdive could not compile its {name} module: {e}"),
            ))
        }
    };
    let code = Code::new(&co, vm);
    dict.set_by_name("__doc__", Value::None);
    dict.set_by_name("__builtins__", Value::Module(vm.builtins_module()));
    let frame = vm.new_frame(code, dict.clone(), Some(dict.clone()), None);
    vm.run_nested(frame)?;
    Ok(())
}
