//! `open()` over the run's virtual file system: the files given with the request, never the
//! server's disk. Files open for reading; writing goes to a new in-memory file.

use std::cell::RefCell;
use std::rc::Rc;

use crate::exceptions::ExcKind;
use crate::interp::Vm;
use crate::native::{downcast, wrap, NativeObject};
use crate::types::{Kind, Type};
use crate::value::{Args, Value};
use crate::PyResult;

/// An open file.
pub struct File {
    pub name: String,
    pub mode: String,
    pub text: RefCell<String>,
    /// The read position, in bytes of `text`.
    pub pos: RefCell<usize>,
    pub closed: RefCell<bool>,
    pub writable: bool,
}

impl NativeObject for File {
    fn class(&self, vm: &Vm) -> Rc<Type> {
        vm.types.native("TextIOWrapper_file", |t| {
            let ty = Type::builtin("TextIOWrapper", Some(&t.object), Kind::Native);
            ty.add_methods(&[
                ("read", file_read),
                ("readline", file_readline),
                ("readlines", file_readlines),
                ("write", file_write),
                ("close", file_close),
                ("__enter__", file_enter),
                ("__exit__", file_exit),
                ("__iter__", file_enter),
                ("__next__", file_next),
            ]);
            ty
        })
    }

    fn getattr(&self, _vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "name" => Some(Value::str(self.name.clone())),
            "mode" => Some(Value::str(self.mode.clone())),
            "closed" => Some(Value::bool(*self.closed.borrow())),
            _ => None,
        })
    }

    fn repr(&self, _vm: &mut Vm) -> PyResult<Option<String>> {
        Ok(Some(format!(
            "<_io.TextIOWrapper name={} mode={} encoding='UTF-8'>",
            python_syntax::python_repr(&self.name),
            python_syntax::python_repr(&self.mode)
        )))
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn this<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a File> {
    match downcast::<File>(v) {
        Some(f) => {
            if *f.closed.borrow() {
                return Err(vm.value_error("I/O operation on closed file."));
            }
            Ok(f)
        }
        None => Err(vm.type_error("descriptor requires a file object")),
    }
}

/// `open(path, mode='r')`.
pub fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.positional();
    let path = pos.first().cloned().or_else(|| args.kw("file").cloned());
    let mode = pos
        .get(1)
        .cloned()
        .or_else(|| args.kw("mode").cloned())
        .unwrap_or_else(|| Value::str("r"));
    let Some(Value::Str(path)) = path else {
        return Err(vm.type_error("open() needs a file name (str)"));
    };
    let Value::Str(mode) = mode else {
        return Err(vm.type_error("open() argument 'mode' must be str"));
    };
    let mode = mode.s.clone();
    let name = path.s.clone();
    if mode.contains('b') {
        return Err(vm.value_error("deepdive does not support binary files yet"));
    }
    let writable = mode.contains('w') || mode.contains('a');
    let existing = vm
        .options
        .files
        .iter()
        .find(|(n, _)| *n == name || n.trim_start_matches("./") == name.trim_start_matches("./"))
        .map(|(_, c)| c.clone());
    let text = match (existing, writable) {
        (Some(bytes), _) if !mode.contains('w') => String::from_utf8_lossy(&bytes).into_owned(),
        (_, true) => String::new(),
        (None, false) => {
            return Err(vm.new_error_args(
                ExcKind::FileNotFoundError,
                vec![
                    Value::Int(2),
                    Value::str("No such file or directory"),
                    Value::str(name),
                ],
            ))
        }
        (Some(_), false) => String::new(),
    };
    Ok(wrap(File {
        name,
        mode,
        text: RefCell::new(text),
        pos: RefCell::new(0),
        closed: RefCell::new(false),
        writable,
    }))
}

fn file_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "read", &args, 1, 2)?;
    let f = this(vm, &a[0])?;
    let text = f.text.borrow();
    let mut pos = f.pos.borrow_mut();
    let rest = &text[*pos..];
    let n = match a.get(1) {
        Some(Value::Int(n)) if *n >= 0 => rest
            .char_indices()
            .nth(*n as usize)
            .map_or(rest.len(), |(i, _)| i),
        _ => rest.len(),
    };
    let out = rest[..n].to_string();
    *pos += n;
    Ok(Value::str(out))
}

fn read_line(f: &File) -> Option<String> {
    let text = f.text.borrow();
    let mut pos = f.pos.borrow_mut();
    if *pos >= text.len() {
        return None;
    }
    let rest = &text[*pos..];
    let n = rest.find('\n').map_or(rest.len(), |i| i + 1);
    *pos += n;
    Some(rest[..n].to_string())
}

fn file_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "readline", &args, 1, 2)?;
    let f = this(vm, &a[0])?;
    Ok(Value::str(read_line(f).unwrap_or_default()))
}

fn file_readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "readlines", &args, 1, 2)?;
    let f = this(vm, &a[0])?;
    let mut lines = Vec::new();
    while let Some(l) = read_line(f) {
        lines.push(Value::str(l));
    }
    Ok(Value::list(lines))
}

fn file_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "__next__", &args, 1, 1)?;
    let f = this(vm, &a[0])?;
    match read_line(f) {
        Some(l) => Ok(Value::str(l)),
        None => Err(vm.new_error_args(ExcKind::StopIteration, vec![])),
    }
}

fn file_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "write", &args, 2, 2)?;
    let f = this(vm, &a[0])?;
    if !f.writable {
        return Err(vm.new_error(ExcKind::OSError, "not writable"));
    }
    let Value::Str(s) = &a[1] else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(&a[1])
        )));
    };
    f.text.borrow_mut().push_str(&s.s);
    Ok(Value::Int(s.chars as i64))
}

fn file_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "close", &args, 1, 1)?;
    if let Some(f) = downcast::<File>(&a[0]) {
        *f.closed.borrow_mut() = true;
    }
    Ok(Value::None)
}

fn file_enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::builtins::check(vm, "__enter__", &args, 1, 1)?;
    this(vm, &a[0])?;
    Ok(a[0].clone())
}

fn file_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(f) = args.args.first().and_then(downcast::<File>) {
        *f.closed.borrow_mut() = true;
    }
    let _ = vm;
    Ok(Value::None)
}
