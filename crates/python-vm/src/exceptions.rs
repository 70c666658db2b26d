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
    /// The frame's globals (for NameError's suggestions).
    pub globals: Option<Rc<crate::dict::Dict>>,
}

/// What an exception object carries.
pub struct ExcData {
    /// `args`, a tuple.
    pub args: Vec<Value>,
    /// Traceback entries, innermost first (each frame the exception leaves adds one at the end).
    pub traceback: Vec<TbEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// The traceback object last handed out, and the traceback's length then.
    pub tb_object: Option<(usize, Value)>,
    /// `OSError.filename` (the third argument, which `args` does not keep).
    pub filename: Value,
}

impl Default for ExcData {
    fn default() -> ExcData {
        ExcData {
            args: Vec::new(),
            traceback: Vec::new(),
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
            tb_object: None,
            filename: Value::None,
        }
    }
}

/// Adds the entry of the frame an exception is passing through (`PyTraceBack_Here`).
pub fn add_traceback(exc: &Rc<Instance>, frame: &crate::interp::Frame) {
    // The modules deepdive writes in Python stand for CPython's C modules: their frames do
    // not appear in tracebacks (see `modules::python`).
    if frame
        .code
        .co
        .filename
        .starts_with(crate::modules::python::FILE_PREFIX)
    {
        return;
    }
    if let Payload::Exception(data) = &exc.payload {
        data.borrow_mut().traceback.push(TbEntry {
            code: frame.code.clone(),
            lasti: frame.lasti(),
            globals: Some(frame.globals.clone()),
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

/// A traceback object: one entry and, through `tb_next`, the entries inside it.
pub struct Traceback {
    /// This entry first, then the ones it called into (outermost first).
    pub entries: Vec<TbEntry>,
}

impl crate::native::NativeObject for Traceback {
    fn class(&self, vm: &Vm) -> Rc<Type> {
        vm.types.native("traceback", |t| {
            Type::builtin("traceback", Some(&t.object), crate::types::Kind::Native)
        })
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
        let e = &self.entries[0];
        Ok(match name {
            "tb_lineno" => Some(
                e.code
                    .line_of(e.lasti)
                    .map_or(Value::None, |l| Value::Int(l as i64)),
            ),
            "tb_lasti" => Some(Value::Int(e.code.offset_of(e.lasti) as i64)),
            "tb_next" => Some(if self.entries.len() > 1 {
                crate::native::wrap(Traceback {
                    entries: self.entries[1..].to_vec(),
                })
            } else {
                Value::None
            }),
            _ => None,
        })
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `exc.__traceback__`: None when empty, else a traceback object (the same object while the
/// traceback does not grow).
pub fn traceback_value(vm: &mut Vm, exc: &Value) -> Value {
    match exc {
        Value::Instance(i) => traceback_of(vm, i),
        _ => Value::None,
    }
}

/// `exc.__traceback__` of an exception instance.
pub fn traceback_of(_vm: &mut Vm, exc: &Rc<Instance>) -> Value {
    let Some(d) = data(exc) else {
        return Value::None;
    };
    let mut d = d.borrow_mut();
    if d.traceback.is_empty() {
        return Value::None;
    }
    if let Some((len, tb)) = &d.tb_object {
        if *len == d.traceback.len() {
            return tb.clone();
        }
    }
    let tb = crate::native::wrap(Traceback {
        entries: d.traceback.iter().rev().cloned().collect(),
    });
    d.tb_object = Some((d.traceback.len(), tb.clone()));
    tb
}

/// Sets one of the attributes an exception keeps outside its `__dict__`; false for the
/// others.
pub fn set_attribute(vm: &mut Vm, exc: &Rc<Instance>, name: &str, value: &Value) -> PyResult<bool> {
    let Some(d) = data(exc) else {
        return Ok(false);
    };
    let base = vm.types.exc(ExcKind::BaseException);
    let is_exc = |v: &Value| matches!(v, Value::Instance(i) if i.class.borrow().is_subtype(&base));
    match name {
        "args" => {
            let items = match value {
                Value::Tuple(t) => t.items.clone(),
                Value::List(l) => l.items.borrow().clone(),
                other => vec![other.clone()],
            };
            d.borrow_mut().args = items;
        }
        "__cause__" => {
            if !value.is_none() && !is_exc(value) {
                return Err(
                    vm.type_error("exception cause must be None or derive from BaseException")
                );
            }
            let mut d = d.borrow_mut();
            d.cause = value.clone();
            d.suppress_context = true;
        }
        "__context__" => {
            if !value.is_none() && !is_exc(value) {
                return Err(
                    vm.type_error("exception context must be None or derive from BaseException")
                );
            }
            d.borrow_mut().context = value.clone();
        }
        "__suppress_context__" => {
            let b = vm.truthy(value)?;
            d.borrow_mut().suppress_context = b;
        }
        "__traceback__" => {
            let entries = match value {
                Value::None => Vec::new(),
                _ => match crate::native::downcast::<Traceback>(value) {
                    Some(tb) => tb.entries.iter().rev().cloned().collect(),
                    None => {
                        return Err(vm.type_error("__traceback__ must be a traceback or None"));
                    }
                },
            };
            let mut d = d.borrow_mut();
            d.tb_object = (!entries.is_empty()).then(|| (entries.len(), value.clone()));
            d.traceback = entries;
        }
        _ => return Ok(false),
    }
    Ok(true)
}

impl Vm {
    /// What `OSError(errno, strerror, filename)` makes (`OSError.__new__`): the subclass of
    /// the errno when the class is OSError itself, and the filename kept apart from `args`.
    pub fn os_error_parts(&self, class: Rc<Type>, args: &mut Vec<Value>) -> (Rc<Type>, Value) {
        let os_error = self.types.exc(ExcKind::OSError);
        if !class.is_subtype(&os_error) || !(2..=5).contains(&args.len()) {
            return (class, Value::None);
        }
        let mut class = class;
        if Rc::ptr_eq(&class, &os_error) {
            if let Value::Int(errno) = args[0] {
                let kind = match errno {
                    11 | 114 | 115 => Some(ExcKind::BlockingIOError),
                    10 => Some(ExcKind::ChildProcessError),
                    32 | 108 => Some(ExcKind::BrokenPipeError),
                    103 => Some(ExcKind::ConnectionAbortedError),
                    111 => Some(ExcKind::ConnectionRefusedError),
                    104 => Some(ExcKind::ConnectionResetError),
                    17 => Some(ExcKind::FileExistsError),
                    2 => Some(ExcKind::FileNotFoundError),
                    21 => Some(ExcKind::IsADirectoryError),
                    20 => Some(ExcKind::NotADirectoryError),
                    4 => Some(ExcKind::InterruptedError),
                    1 | 13 => Some(ExcKind::PermissionError),
                    3 => Some(ExcKind::ProcessLookupError),
                    110 => Some(ExcKind::TimeoutError),
                    _ => None,
                };
                if let Some(k) = kind {
                    class = self.types.exc(k);
                }
            }
        }
        let mut filename = Value::None;
        if args.len() >= 3 {
            filename = args[2].clone();
            args.truncate(2);
        }
        (class, filename)
    }

    /// A new exception instance of class `class` with `args`.
    pub fn new_exception(&mut self, class: Rc<Type>, args: Vec<Value>) -> Rc<Instance> {
        let mut args = args;
        let (class, filename) = self.os_error_parts(class, &mut args);
        let dict = if class.slots.is_some() {
            None
        } else {
            Some(Rc::new(crate::dict::Dict::new()))
        };
        let exc = Rc::new(Instance {
            class: RefCell::new(class),
            dict,
            slots: RefCell::new(Vec::new()),
            payload: Payload::Exception(Box::new(RefCell::new(ExcData {
                args,
                filename,
                ..ExcData::default()
            }))),
        });
        self.set_context(&exc);
        exc
    }

    /// Sets `__context__` of a newly raised exception to the exception being handled, first
    /// cutting the context chain of the handled exception where it comes back to `exc` (so
    /// that no cycle forms), as `_PyErr_SetObject` does.
    pub fn set_context(&mut self, exc: &Rc<Instance>) {
        let Value::Instance(handled) = self.handled.clone() else {
            return;
        };
        if Rc::ptr_eq(&handled, exc) {
            return;
        }
        let mut o = handled.clone();
        while let Some(d) = data(&o) {
            let next = d.borrow().context.clone();
            match next {
                Value::Instance(c) if Rc::ptr_eq(&c, exc) => {
                    if let Some(d) = data(&o) {
                        d.borrow_mut().context = Value::None;
                    }
                    break;
                }
                Value::Instance(c) if !Rc::ptr_eq(&c, &handled) => o = c,
                _ => break,
            }
        }
        if let Some(d) = data(exc) {
            d.borrow_mut().context = Value::Instance(handled);
        }
    }

    /// `_Py_EnterRecursiveCall(where)`: CPython counts some C-level calls against the
    /// recursion limit as well as Python frames (`repr()`, comparisons, calling a class...);
    /// `f` runs one level deeper, or RecursionError says where the limit was hit.
    pub fn c_level<T>(
        &mut self,
        place: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        if self.depth >= self.recursion_limit {
            return Err(self.new_error(
                ExcKind::RecursionError,
                format!("maximum recursion depth exceeded{place}"),
            ));
        }
        self.depth += 1;
        let r = f(self);
        self.depth -= 1;
        r
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

    /// `NameError("name 'x' is not defined")`, with its `name` attribute.
    pub fn name_error(&mut self, name: &str) -> PyErr {
        let err = self.new_error(ExcKind::NameError, format!("name '{name}' is not defined"));
        if let Some(d) = err.exception().and_then(|e| e.dict.clone()) {
            d.set_by_name("name", Value::str(name));
        }
        err
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

    /// `str()` of UnicodeDecodeError and UnicodeEncodeError made with their five arguments.
    fn unicode_error_str(&self, class: &Rc<Type>, args: &[Value]) -> Option<String> {
        let decode = class.is_subtype(&self.types.exc(ExcKind::UnicodeDecodeError));
        let encode = class.is_subtype(&self.types.exc(ExcKind::UnicodeEncodeError));
        if !(decode || encode) || args.len() != 5 {
            return None;
        }
        let (Value::Str(enc), Value::Int(start), Value::Int(end), Value::Str(reason)) =
            (&args[0], &args[2], &args[3], &args[4])
        else {
            return None;
        };
        let (start, end) = (*start, *end);
        if decode {
            let Value::Bytes(b) = &args[1] else {
                return None;
            };
            if end == start + 1 {
                let byte = *b.b.get(usize::try_from(start).ok()?)?;
                return Some(format!(
                    "'{}' codec can't decode byte 0x{byte:02x} in position {start}: {}",
                    enc.s, reason.s
                ));
            }
            return Some(format!(
                "'{}' codec can't decode bytes in position {start}-{}: {}",
                enc.s,
                end - 1,
                reason.s
            ));
        }
        let Value::Str(obj) = &args[1] else {
            return None;
        };
        if end == start + 1 {
            let c = obj.s.chars().nth(usize::try_from(start).ok()?)? as u32;
            let shown = if c < 0x100 {
                format!("\\x{c:02x}")
            } else if c < 0x10000 {
                format!("\\u{c:04x}")
            } else {
                format!("\\U{c:08x}")
            };
            return Some(format!(
                "'{}' codec can't encode character '{shown}' in position {start}: {}",
                enc.s, reason.s
            ));
        }
        Some(format!(
            "'{}' codec can't encode characters in position {start}-{}: {}",
            enc.s,
            end - 1,
            reason.s
        ))
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
        if let Some(text) = self.unicode_error_str(&class, &args) {
            return Ok(text);
        }
        if class.is_subtype(&os_error) && args.len() == 2 {
            let filename = data(exc).map_or(Value::None, |d| d.borrow().filename.clone());
            let errno = self.str_of(&args[0])?;
            let strerror = self.str_of(&args[1])?;
            if !filename.is_none() {
                let filename = self.repr(&filename)?;
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

/// `ExceptionGroup(...)` and `BaseExceptionGroup(...)`: not supported, said plainly rather
/// than answered wrongly.
pub fn exception_group(vm: &mut Vm, _args: crate::value::Args) -> PyResult<Value> {
    Err(vm.type_error("deepdive does not support exception groups yet"))
}

/// Prints an uncaught exception (or a halt) the way CPython does at exit, and sets the exit
/// code; `SystemExit` exits quietly with its code.
pub fn report_uncaught(vm: &mut Vm, err: PyErr, out: &mut crate::RunOutput) {
    let exc = match err {
        PyErr::Exception(e) | PyErr::Reraise(e) => e,
        PyErr::Halt(crate::Halt::Block) => {
            out.stderr
                .push_str("deepdive: a thread waited where it could not\n");
            out.exit_code = 1;
            return;
        }
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
            Value::Bool(b) => out.exit_code = b.get() as i32,
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
    // An uncaught KeyboardInterrupt ends the process as SIGINT would: 128 + 2.
    let interrupt = vm.types.exc(ExcKind::KeyboardInterrupt);
    out.exit_code = if exc.class.borrow().is_subtype(&interrupt) {
        130
    } else {
        1
    };
}
