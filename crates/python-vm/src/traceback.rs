//! The report of an uncaught exception, as CPython 3.11 prints it: the chained exceptions
//! (`__cause__`, `__context__`), each traceback entry with its source line and the `~~^~~`
//! position markers, repeated entries folded, and the `Type: message` line.

use std::rc::Rc;

use crate::exceptions::{data, TbEntry};
use crate::interp::Vm;
use crate::value::{Instance, Value};

/// The whole report for an exception, chained exceptions first.
pub fn format_exception(vm: &mut Vm, exc: &Rc<Instance>) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(vm, exc, &mut out, &mut seen);
    out
}

fn format_chain(vm: &mut Vm, exc: &Rc<Instance>, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(Rc::as_ptr(exc) as usize);
    if let Some(d) = data(exc) {
        let (cause, context, suppress) = {
            let d = d.borrow();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        if let Value::Instance(c) = &cause {
            if !seen.contains(&(Rc::as_ptr(c) as usize)) {
                format_chain(vm, c, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let (Value::Instance(c), false) = (&context, suppress) {
            if !seen.contains(&(Rc::as_ptr(c) as usize)) {
                format_chain(vm, c, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
    }
    format_one(vm, exc, out);
}

/// One exception: its traceback and its message line.
fn format_one(vm: &mut Vm, exc: &Rc<Instance>, out: &mut String) {
    let entries: Vec<TbEntry> = data(exc)
        .map(|d| d.borrow().traceback.iter().rev().cloned().collect())
        .unwrap_or_default();
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        let mut last: Option<(String, u32, String)> = None;
        let mut repeats = 0usize;
        for e in &entries {
            let file = e.code.co.filename.clone();
            let line = e.code.line_of(e.lasti).unwrap_or(0);
            let name = e.code.name.s.clone();
            let key = (file.clone(), line, name.clone());
            if last.as_ref() == Some(&key) {
                repeats += 1;
                if repeats >= 3 {
                    continue;
                }
            } else {
                flush_repeats(out, repeats);
                repeats = 0;
                last = Some(key);
            }
            out.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
            if let Some(text) = source_line(vm, &file, line) {
                let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
                out.push_str("    ");
                out.push_str(stripped.trim_end());
                out.push('\n');
            }
        }
        flush_repeats(out, repeats);
    }
    let class = exc.class.borrow().clone();
    let module = class.module.borrow().clone();
    let qualname = class.qualname.borrow().clone();
    let name = if module == "builtins" || module == "__main__" {
        qualname
    } else {
        format!("{module}.{qualname}")
    };
    let message = match vm.str_of(&Value::Instance(exc.clone())) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if message.is_empty() {
        out.push_str(&name);
    } else {
        out.push_str(&format!("{name}: {message}"));
    }
    out.push('\n');
}

fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// The text of line `line` of the main file.
fn source_line(vm: &Vm, file: &str, line: u32) -> Option<String> {
    if file != vm.file_name || line == 0 {
        return None;
    }
    let text = String::from_utf8_lossy(&vm.source);
    text.lines().nth(line as usize - 1).map(String::from)
}
