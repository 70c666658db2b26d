//! Exceptions: the built-in exception classes of CPython 3.11, the state an exception object
//! carries (arguments, traceback, cause and context), raising, and the report of an uncaught
//! exception exactly as CPython prints it.

use std::cell::RefCell;
use std::rc::Rc;

use crate::interp::{Code, Vm};
use crate::types::Type;
use crate::value::{Instance, Payload, Value};
use crate::{PyErr, PyResult};

macro_rules! exc_kinds {
    ($( $kind:ident : $parent:ident ),* $(,)?) => {
        /// The built-in exception classes.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcKind { BaseException, $( $kind ),* }

        impl ExcKind {
            /// Every built-in exception class, parents before children.
            pub const ALL: &'static [ExcKind] = &[ExcKind::BaseException, $( ExcKind::$kind ),*];

            /// The class's name.
            pub fn name(self) -> &'static str {
                match self {
                    ExcKind::BaseException => "BaseException",
                    $( ExcKind::$kind => stringify!($kind) ),*
                }
            }

            /// The base class (None for BaseException).
            pub fn parent(self) -> Option<ExcKind> {
                match self {
                    ExcKind::BaseException => None,
                    $( ExcKind::$kind => Some(ExcKind::$parent) ),*
                }
            }
        }
    };
}

exc_kinds! {
    GeneratorExit: BaseException,
    KeyboardInterrupt: BaseException,
    SystemExit: BaseException,
    Exception: BaseException,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    StopAsyncIteration: Exception,
    StopIteration: Exception,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    BytesWarning: Warning,
    DeprecationWarning: Warning,
    EncodingWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    PendingDeprecationWarning: Warning,
    ResourceWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    UnicodeWarning: Warning,
    UserWarning: Warning,
}

/// One traceback entry: a frame's code and the instruction it was at.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<Code>,
    pub lasti: usize,
}

/// What an exception object carries.
#[derive(Default)]
pub struct ExcData {
    /// `args`, a tuple.
    pub args: Vec<Value>,
    /// Traceback entries, innermost first (each frame the exception leaves adds one at the end).
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

/// Adds the entry of the frame an exception is passing through (`PyTraceBack_Here`).
pub fn add_traceback(exc: &Rc<Instance>, code: &Rc<Code>, lasti: usize) {
    // The modules deepdive writes in Python stand for CPython's C modules: their frames do
    // not appear in tracebacks (see `modules::python`).
    if code
        .co
        .filename
        .starts_with(crate::modules::python::FILE_PREFIX)
    {
        return;
    }
    if let Payload::Exception(data) = &exc.payload {
        data.borrow_mut().traceback.push(TbEntry {
            code: code.clone(),
            lasti,
        });
    }
}

/// The exception state of an instance, if it is an exception.
pub fn data(exc: &Rc<Instance>) -> Option<&RefCell<ExcData>> {
    match &exc.payload {
        Payload::Exception(d) => Some(d),
        _ => None,
    }
}

/// `exc.__traceback__` as a value: None when empty, else an opaque traceback object.
pub fn traceback_value(_vm: &mut Vm, exc: &Value) -> Value {
    match exc {
        Value::Instance(i) => match data(i) {
            Some(d) if !d.borrow().traceback.is_empty() => Value::Ellipsis,
            _ => Value::None,
        },
        _ => Value::None,
    }
}

impl Vm {
    /// The class of a built-in exception.
    pub fn exc_type(&self, kind: ExcKind) -> Rc<Type> {
        self.types.exc(kind)
    }

    /// A new exception instance of class `class` with `args`.
    pub fn new_exception(&mut self, class: Rc<Type>, args: Vec<Value>) -> Rc<Instance> {
        let dict = if class.slots.is_some() {
            None
        } else {
            Some(Rc::new(crate::dict::Dict::new()))
        };
        let exc = Rc::new(Instance {
            class: RefCell::new(class),
            dict,
            slots: RefCell::new(Vec::new()),
            payload: Payload::Exception(RefCell::new(ExcData {
                args,
                ..ExcData::default()
            })),
        });
        self.set_context(&exc);
        exc
    }

    /// Sets `__context__` of a newly raised exception to the exception being handled.
    pub fn set_context(&mut self, exc: &Rc<Instance>) {
        if let Value::Instance(handled) = &self.handled {
            if Rc::ptr_eq(handled, exc) {
                return;
            }
            if let Some(d) = data(exc) {
                if d.borrow().context.is_none() {
                    d.borrow_mut().context = Value::Instance(handled.clone());
                }
            }
        }
    }

    /// A raised built-in exception with a message.
    pub fn new_error(&mut self, kind: ExcKind, message: impl Into<String>) -> PyErr {
        let class = self.types.exc(kind);
        let exc = self.new_exception(class, vec![Value::str(message.into())]);
        PyErr::Exception(exc)
    }

    /// A raised built-in exception with the given arguments.
    pub fn new_error_args(&mut self, kind: ExcKind, args: Vec<Value>) -> PyErr {
        let class = self.types.exc(kind);
        let exc = self.new_exception(class, args);
        PyErr::Exception(exc)
    }

    /// `TypeError(message)`.
    pub fn type_error(&mut self, message: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::TypeError, message)
    }

    /// `ValueError(message)`.
    pub fn value_error(&mut self, message: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::ValueError, message)
    }

    /// True when `err` is an exception of the built-in class `kind` (or a subclass).
    pub fn is_exc_kind(&self, err: &PyErr, kind: ExcKind) -> bool {
        match err.exception() {
            Some(exc) => exc.class.borrow().is_subtype(&self.types.exc(kind)),
            None => false,
        }
    }

    /// What `raise exc from cause` raises: an instance (classes are instantiated), with its
    /// cause set.
    pub fn make_raise(&mut self, exc: Value, cause: Option<Value>) -> PyResult<PyErr> {
        let base = self.types.exc(ExcKind::BaseException);
        let inst = match &exc {
            Value::Type(t) if t.is_subtype(&base) => match self.call(&exc, &[])? {
                Value::Instance(i) => i,
                other => {
                    let r = self.repr(&exc)?;
                    let msg = format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        r,
                        self.type_name(&other)
                    );
                    return Ok(self.type_error(msg));
                }
            },
            Value::Instance(i) if i.class.borrow().is_subtype(&base) => i.clone(),
            _ => {
                return Ok(self.type_error("exceptions must derive from BaseException"));
            }
        };
        if let Some(cause) = cause {
            let cause = match &cause {
                Value::None => Value::None,
                Value::Type(t) if t.is_subtype(&base) => self.call(&cause, &[])?,
                Value::Instance(i) if i.class.borrow().is_subtype(&base) => cause.clone(),
                _ => {
                    return Ok(self.type_error("exception causes must derive from BaseException"));
                }
            };
            if let Some(d) = data(&inst) {
                let mut d = d.borrow_mut();
                d.cause = cause;
                d.suppress_context = true;
            }
        }
        self.set_context(&inst);
        Ok(PyErr::Exception(inst))
    }

    /// `except T:` matching: is the exception an instance of T (or of one class of a tuple T)?
    pub fn exception_matches(&mut self, exc: &Value, ty: &Value) -> PyResult<bool> {
        let base = self.types.exc(ExcKind::BaseException);
        let class = self.type_of(exc);
        match ty {
            Value::Type(t) if t.is_subtype(&base) => Ok(class.is_subtype(t)),
            Value::Tuple(items) => {
                for item in &items.items {
                    if self.exception_matches(exc, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// `str(exc)` as CPython computes it for the built-in exception classes.
    pub fn exception_str(&mut self, exc: &Rc<Instance>) -> PyResult<String> {
        let args = data(exc)
            .map(|d| d.borrow().args.clone())
            .unwrap_or_default();
        let class = exc.class.borrow().clone();
        let key_error = self.types.exc(ExcKind::KeyError);
        let os_error = self.types.exc(ExcKind::OSError);
        if class.is_subtype(&key_error) && args.len() == 1 {
            return self.repr(&args[0]);
        }
        if class.is_subtype(&os_error) && (2..=3).contains(&args.len()) {
            let errno = self.str_of(&args[0])?;
            let strerror = self.str_of(&args[1])?;
            if args.len() == 3 {
                let filename = self.repr(&args[2])?;
                return Ok(format!("[Errno {errno}] {strerror}: {filename}"));
            }
            return Ok(format!("[Errno {errno}] {strerror}"));
        }
        match args.len() {
            0 => Ok(String::new()),
            1 => self.str_of(&args[0]),
            _ => self.repr(&Value::tuple(args)),
        }
    }
}

/// Prints an uncaught exception (or a halt) the way CPython does at exit, and sets the exit
/// code; `SystemExit` exits quietly with its code.
pub fn report_uncaught(vm: &mut Vm, err: PyErr, out: &mut crate::RunOutput) {
    let exc = match err {
        PyErr::Exception(e) | PyErr::Reraise(e) => e,
        PyErr::Halt(crate::Halt::Fuel(n)) => {
            out.stderr.push_str(&format!(
                "deepdive: execution stopped after {n} instructions (the fuel budget); the output so far is kept\n"
            ));
            out.exit_code = 1;
            return;
        }
    };
    let system_exit = vm.types.exc(ExcKind::SystemExit);
    if exc.class.borrow().is_subtype(&system_exit) {
        let args = data(&exc)
            .map(|d| d.borrow().args.clone())
            .unwrap_or_default();
        let code = args.first().cloned().unwrap_or(Value::None);
        match code {
            Value::None => out.exit_code = 0,
            Value::Int(i) => out.exit_code = (i & 0xff) as i32,
            Value::Bool(b) => out.exit_code = b as i32,
            other => {
                let text = vm.str_of(&other).unwrap_or_default();
                out.stderr.push_str(&text);
                out.stderr.push('\n');
                out.exit_code = 1;
            }
        }
        return;
    }
    let text = crate::traceback::format_exception(vm, &exc);
    out.stderr.push_str(&text);
    out.exit_code = 1;
}
