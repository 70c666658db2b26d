//! The Python virtual machine: runs the CPython 3.11 bytecode of `python-compiler` with
//! CPython's behaviour, one instruction at a time, within a fuel budget, a recursion limit
//! and a heap cap, and records the run as a trace when asked.
//!
//! [`run`] is the whole stage: source bytes in, the program's output, its traceback and exit
//! code out (what `python3 FILE` prints), with the trace of every step when requested.

pub mod alloc;
pub mod builtins;
pub mod call;
pub mod dict;
pub mod exceptions;
pub mod format;
pub mod generator;
pub mod hash;
pub mod heap;
pub mod interp;
pub mod iter;
pub mod methods;
pub mod modules;
pub mod native;
pub mod num;
pub mod ops;
pub mod set;
pub mod threads;
pub mod trace;
pub mod traceback;
pub mod trashcan;
pub mod types;
pub mod value;

use std::rc::Rc;

pub use interp::Vm;
pub use value::Value;

/// Why a run stopped before its end, outside Python's own exceptions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Halt {
    /// The instruction budget ran out.
    Fuel(u64),
    /// The running thread waits (for another thread, or a lock); the loop switches threads
    /// and runs the waiting instruction again later. Never leaves the interpreter loop.
    Block,
}

/// An error travelling up the stack.
pub enum PyErr {
    /// A raised exception (an instance of a `BaseException` subclass).
    Exception(Rc<value::Instance>),
    /// A re-raised exception (bare `raise`, `RERAISE`): the frame it is re-raised in does not
    /// get a second traceback entry.
    Reraise(Rc<value::Instance>),
    /// The run must stop; no handler can catch this.
    Halt(Halt),
}

impl PyErr {
    /// The exception object, unless the run is halting.
    pub fn exception(&self) -> Option<&Rc<value::Instance>> {
        match self {
            PyErr::Exception(e) | PyErr::Reraise(e) => Some(e),
            PyErr::Halt(_) => None,
        }
    }
}

/// The result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

/// What a run may use, and what it is given.
#[derive(Clone, Debug)]
pub struct RunOptions {
    /// The most instructions a run may execute.
    pub fuel: u64,
    /// The most bytes strings and containers may hold together.
    pub heap_cap: usize,
    /// The virtual file system `open()` reads: (path, contents).
    pub files: Vec<(String, Vec<u8>)>,
    /// Record a trace of at most this many steps.
    pub trace_steps: Option<usize>,
}

impl Default for RunOptions {
    fn default() -> RunOptions {
        RunOptions {
            fuel: 2_000_000_000,
            heap_cap: 512 * 1024 * 1024,
            files: Vec::new(),
            trace_steps: None,
        }
    }
}

/// What a run printed and how it ended.
#[derive(Debug, Default)]
pub struct RunOutput {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
    /// Instructions executed.
    pub steps: u64,
    /// The recorded trace, when one was asked for.
    pub trace: Option<trace::Trace>,
}

/// Runs a program as `python3 FILE` does: parse, compile, execute as `__main__`.
pub fn run(source: &[u8], file_name: &str, options: RunOptions) -> RunOutput {
    let parsed = python_syntax::parse(source);
    let module = match (parsed.module, parsed.error) {
        (_, Some(e)) => {
            return RunOutput {
                stderr: e.render(file_name),
                exit_code: 1,
                ..RunOutput::default()
            }
        }
        (Some(m), None) => m,
        (None, None) => return RunOutput::default(),
    };
    let compiled = python_compiler::compile(&module, source, file_name);
    let code = match (compiled.code, compiled.error) {
        (_, Some(e)) => {
            return RunOutput {
                stderr: e.render(file_name),
                exit_code: 1,
                ..RunOutput::default()
            }
        }
        (Some(c), None) => c,
        (None, None) => return RunOutput::default(),
    };
    run_code(&code, source, file_name, options)
}

/// Runs compiled module code as `__main__`.
pub fn run_code(
    code: &python_compiler::CodeObject,
    source: &[u8],
    file_name: &str,
    options: RunOptions,
) -> RunOutput {
    heap::track_free(heap::live());
    generator::discard_pending();
    let trace_steps = options.trace_steps;
    let mut vm = Vm::new(options);
    vm.file_name = file_name.to_string();
    vm.source = source.to_vec();
    if let Some(max) = trace_steps {
        vm.tracer = Some(Box::new(trace::Recorder::new(max)));
    }
    let code = interp::Code::new(code, &mut vm);
    let globals = Rc::new(dict::Dict::new());
    globals.set_by_name("__name__", Value::str("__main__"));
    globals.set_by_name("__doc__", Value::None);
    globals.set_by_name("__package__", Value::None);
    globals.set_by_name("__loader__", Value::None);
    globals.set_by_name("__spec__", Value::None);
    globals.set_by_name("__annotations__", Value::Dict(Rc::new(dict::Dict::new())));
    globals.set_by_name("__builtins__", Value::Module(vm.builtins_module()));
    globals.set_by_name("__file__", Value::str(file_name));
    let main = Rc::new(value::Module {
        name: "__main__".into(),
        dict: globals.clone(),
    });
    vm.modules.set_by_name("__main__", Value::Module(main));
    let result = vm.run_module(code, globals.clone());
    let mut out = RunOutput::default();
    match result {
        Ok(_) => {}
        Err(err) => exceptions::report_uncaught(&mut vm, err, &mut out),
    }
    // Generators still suspended are closed when the module's globals go, as at CPython's
    // exit (their `finally` blocks run).
    if vm.steps <= vm.fuel {
        for name in globals.keys() {
            let is_generator = matches!(globals.get(&mut vm, &name), Ok(Some(Value::Generator(_))));
            if is_generator {
                let _ = globals.set(&mut vm, name, Value::None);
                generator::finalize_pending(&mut vm, true);
            }
        }
    }
    out.stdout = std::mem::take(&mut vm.stdout);
    out.stderr = std::mem::take(&mut vm.stderr) + &out.stderr;
    out.steps = vm.steps;
    if let Some(tracer) = vm.tracer.take() {
        out.trace = tracer.finish(&vm, &out);
    }
    // Break the reference cycles between the module's functions and its globals.
    globals.clear();
    vm.modules.clear();
    generator::discard_pending();
    out
}
