//! The report of an uncaught exception, as CPython 3.11 prints it (`PyErr_Display`, the C
//! code in `Python/pythonrun.c` and `Python/traceback.c`, which `traceback.py` mirrors): the
//! chained exceptions (`__cause__`, `__context__`), each traceback entry with its source line
//! and the `~~^~~` position markers, repeated entries folded, the `Type: message` line with
//! its "Did you mean" suggestion, and the exception's notes.

use std::rc::Rc;

use python_syntax::ast::{ExprKind, StmtKind};

use crate::exceptions::{data, ExcKind, TbEntry};
use crate::interp::Vm;
use crate::value::{Instance, Value};

/// How many identical entries in a row are printed before they are folded
/// (`TB_RECURSIVE_CUTOFF`).
const RECURSIVE_CUTOFF: usize = 3;

/// How many entries are printed at most: the innermost ones (`sys.tracebacklimit`'s default,
/// `PyTraceBack_LIMIT`).
const TRACEBACK_LIMIT: usize = 1000;

/// The indentation of a source line under its `File` line.
const SOURCE_INDENT: usize = 4;

/// Which printer's conventions a report follows.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// The interpreter's own (`PyErr_Display`, C): source lines keep trailing blanks.
    Interpreter,
    /// The `traceback` module's: source lines are stripped at both ends.
    Module,
    /// No source lines (an unraisable exception at exit, when CPython cannot read them).
    NoSource,
}

/// The whole report for an exception, chained exceptions first.
pub fn format_exception(vm: &mut Vm, exc: &Rc<Instance>) -> String {
    format_exception_with(vm, exc, Style::Interpreter)
}

/// The report in a given printer's style.
pub fn format_exception_with(vm: &mut Vm, exc: &Rc<Instance>, style: Style) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(vm, exc, &mut out, &mut seen, style);
    out
}

/// The report of one exception without the exceptions chained to it (what
/// `PyErr_WriteUnraisable` prints).
pub fn format_unchained(vm: &mut Vm, exc: &Rc<Instance>, style: Style) -> String {
    let mut out = String::new();
    format_one(vm, exc, &mut out, style);
    out
}

fn format_chain(
    vm: &mut Vm,
    exc: &Rc<Instance>,
    out: &mut String,
    seen: &mut Vec<usize>,
    style: Style,
) {
    seen.push(Rc::as_ptr(exc) as usize);
    if let Some(d) = data(exc) {
        let (cause, context, suppress) = {
            let d = d.borrow();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        if let Value::Instance(c) = &cause {
            if !seen.contains(&(Rc::as_ptr(c) as usize)) {
                format_chain(vm, c, out, seen, style);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let (Value::Instance(c), false) = (&context, suppress) {
            if !seen.contains(&(Rc::as_ptr(c) as usize)) {
                format_chain(vm, c, out, seen, style);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
    }
    format_one(vm, exc, out, style);
}

/// One exception: its traceback, its message line and its notes.
fn format_one(vm: &mut Vm, exc: &Rc<Instance>, out: &mut String, style: Style) {
    let entries: Vec<TbEntry> = data(exc)
        .map(|d| d.borrow().traceback.iter().rev().cloned().collect())
        .unwrap_or_default();
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        let skip = entries.len().saturating_sub(TRACEBACK_LIMIT);
        let mut last: Option<(String, u32, String)> = None;
        let mut count = 0usize;
        for e in &entries[skip..] {
            let file = e.code.co.filename.clone();
            let line = e.code.line_of(e.lasti).unwrap_or(0);
            let name = e.code.name.s.clone();
            let key = (file, line, name);
            if last.as_ref() != Some(&key) {
                flush_repeats(out, count);
                last = Some(key);
                count = 0;
            }
            count += 1;
            if count <= RECURSIVE_CUTOFF {
                format_entry(vm, e, out, style);
            }
        }
        flush_repeats(out, count);
    }
    out.push_str(&message_line(vm, exc));
    out.push('\n');
    format_notes(vm, exc, out);
}

/// `  [Previous line repeated N more times]` after more than three identical entries.
fn flush_repeats(out: &mut String, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n > 1 { "s" } else { "" }
        ));
    }
}

/// The `Type: message` line (just `Type` for an empty message), with a suggestion for
/// NameError and AttributeError.
pub fn message_line(vm: &mut Vm, exc: &Rc<Instance>) -> String {
    let class = exc.class.borrow().clone();
    // `__module__` as the class says now (a program may have set it).
    let module = match class.dict.get_by_name("__module__") {
        Some(Value::Str(m)) => m.s.clone(),
        _ => class.module.borrow().clone(),
    };
    let qualname = class.qualname.borrow().clone();
    let name = if module == "builtins" || module == "__main__" {
        qualname
    } else {
        format!("{module}.{qualname}")
    };
    let mut message = match vm.str_of(&Value::Instance(exc.clone())) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if let Some(s) = suggestion(vm, exc) {
        message.push_str(&format!(". Did you mean: '{s}'?"));
    }
    if message.is_empty() {
        name
    } else {
        format!("{name}: {message}")
    }
}

/// The notes of `add_note`, one a line, after the message.
fn format_notes(vm: &mut Vm, exc: &Rc<Instance>, out: &mut String) {
    let Some(notes) = exc.dict.as_ref().and_then(|d| d.get_by_name("__notes__")) else {
        return;
    };
    let items = match &notes {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.clone(),
        // A str is a sequence too: CPython 3.11 prints one character a line.
        Value::Str(text) => text.s.chars().map(|c| Value::str(c.to_string())).collect(),
        other => {
            // Not a sequence: CPython prints its repr (or str for a str) as one note.
            let text = vm
                .repr(other)
                .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
            out.push_str(&text);
            out.push('\n');
            return;
        }
    };
    for note in items {
        let text = match &note {
            Value::Str(s) => s.s.clone(),
            other => vm
                .str_of(other)
                .unwrap_or_else(|_| "<note str() failed>".into()),
        };
        out.push_str(&text);
        out.push('\n');
    }
}

/// One entry: the `File` line, the source line, and the position markers under it.
fn format_entry(vm: &mut Vm, e: &TbEntry, out: &mut String, style: Style) {
    let file = &e.code.co.filename;
    let line = e.code.line_of(e.lasti).unwrap_or(0);
    out.push_str(&format!(
        "  File \"{file}\", line {line}, in {}\n",
        e.code.name.s
    ));
    let Some(mut text) = source_line(vm, file, line).filter(|_| style != Style::NoSource) else {
        return;
    };
    if style == Style::Module {
        text.truncate(text.trim_end().len());
    }
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    if let Some(markers) = carets(e, &text) {
        out.push_str(&markers);
        out.push('\n');
    }
}

/// The marker line under a source line, or None when CPython shows none.
fn carets(e: &TbEntry, line: &str) -> Option<String> {
    let pos = e.code.co.instructions.get(e.lasti)?.positions;
    let (start_line, end_line) = (pos.lineno?, pos.end_lineno?);
    let (start_col, end_col) = (pos.col_offset?, pos.end_col_offset?);
    let chars: Vec<char> = line.chars().collect();
    let indent = chars
        .iter()
        .take_while(|c| matches!(c, ' ' | '\t' | '\x0c'))
        .count();
    let start = byte_to_char_offset(line, start_col as usize);
    let mut end = byte_to_char_offset(line, end_col as usize);
    let mut anchors = None;
    if start_line == end_line {
        anchors = anchors_of_segment(&chars, start, end);
    } else {
        // A multi-line expression: marked up to the last non-blank byte of its first line.
        end = line.trim_end_matches([' ', '\t', '\x0c']).len();
    }
    if end.saturating_sub(start) == chars.len() - indent && anchors.is_none() {
        return None;
    }
    let mut s = " ".repeat(SOURCE_INDENT);
    for k in indent..end {
        let c = if k < start {
            ' '
        } else {
            match anchors {
                Some((left, right)) if left <= k && k < right => '^',
                Some(_) => '~',
                None => '^',
            }
        };
        s.push(c);
    }
    Some(s)
}

/// The number of characters in the first `offset` bytes of `line`
/// (`_PyPegen_byte_offset_to_character_offset`: past the end counts one more).
fn byte_to_char_offset(line: &str, offset: usize) -> usize {
    let bytes = line.as_bytes();
    let offset = offset.min(bytes.len() + 1);
    if offset > bytes.len() {
        return String::from_utf8_lossy(bytes).chars().count() + 1;
    }
    String::from_utf8_lossy(&bytes[..offset]).chars().count()
}

/// The `^` range inside the segment `chars[start..end]` of a line, in characters of the
/// line, when the segment is a binary operation (the operator) or a subscript (the brackets
/// and what is inside them): CPython parses the segment alone to find it.
fn anchors_of_segment(chars: &[char], start: usize, end: usize) -> Option<(usize, usize)> {
    if start >= end || end > chars.len() {
        return None;
    }
    let segment: String = chars[start..end].iter().collect();
    let seg = segment.as_bytes();
    let module = python_syntax::parse(seg).module?;
    let [stmt] = module.body.as_slice() else {
        return None;
    };
    let StmtKind::Expr { value } = &stmt.kind else {
        return None;
    };
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\x0c');
    let (left, right) = match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            let (from, to) = (
                left.pos.end_col_offset as usize,
                right.pos.col_offset as usize,
            );
            let (mut l, mut r) = (None, None);
            let mut i = from;
            while i < to {
                if is_space(seg[i]) {
                    i += 1;
                    continue;
                }
                l = Some(i);
                r = Some(if i + 1 < to && !is_space(seg[i + 1]) {
                    i + 2
                } else {
                    i + 1
                });
                if i + 1 < to && seg[i] == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            (l?, r?)
        }
        ExprKind::Subscript { value, slice, .. } => {
            let mut l = value.pos.end_col_offset as usize;
            let mut r = slice.pos.end_col_offset as usize + 1;
            while l < seg.len() && seg[l] != b'[' {
                l += 1;
            }
            while r < seg.len() && seg[r] != b']' {
                r += 1;
            }
            if r < seg.len() {
                r += 1;
            }
            (l, r)
        }
        _ => return None,
    };
    Some((
        start + byte_to_char_offset(&segment, left),
        start + byte_to_char_offset(&segment, right),
    ))
}

/// The text of line `line` of the main file, without its line break.
fn source_line(vm: &Vm, file: &str, line: u32) -> Option<String> {
    if file != vm.file_name || line == 0 {
        return None;
    }
    let text = String::from_utf8_lossy(&vm.source);
    text.split('\n')
        .nth(line as usize - 1)
        .map(|l| l.strip_suffix('\r').unwrap_or(l).to_string())
}

// ---------------------------------------------------------------------------------------
// The `traceback` module: the same reports, as text for the program.

/// Fills the namespace of `import traceback`.
pub fn fill(_vm: &mut Vm, dict: &crate::dict::Dict) {
    crate::modules::add_functions(
        dict,
        &[
            ("format_exc", tb_format_exc),
            ("print_exc", tb_print_exc),
            ("format_exception", tb_format_exception),
            ("print_exception", tb_print_exception),
            ("format_exception_only", tb_format_exception_only),
        ],
    );
}

/// The exception a `traceback` function is about: its argument (the value of the old
/// three-argument form), or the one being handled.
fn exception_arg(vm: &mut Vm, args: &crate::value::Args) -> Option<Rc<Instance>> {
    let positional = args.positional();
    let v = match positional.len() {
        0 => vm.handled.clone(),
        1 => positional[0].clone(),
        _ => positional[1].clone(),
    };
    match v {
        Value::Instance(i) if data(&i).is_some() => Some(i),
        _ => None,
    }
}

fn report_text(vm: &mut Vm, exc: Option<Rc<Instance>>) -> String {
    match exc {
        Some(e) => format_exception_with(vm, &e, Style::Module),
        None => "NoneType: None\n".to_string(),
    }
}

fn tb_format_exc(vm: &mut Vm, args: crate::value::Args) -> crate::PyResult<Value> {
    let exc = match &vm.handled {
        Value::Instance(i) => Some(i.clone()),
        _ => None,
    };
    let _ = args;
    Ok(Value::str(report_text(vm, exc)))
}

fn tb_print_exc(vm: &mut Vm, args: crate::value::Args) -> crate::PyResult<Value> {
    let exc = match &vm.handled {
        Value::Instance(i) => Some(i.clone()),
        _ => None,
    };
    let _ = args;
    let text = report_text(vm, exc);
    vm.stderr.push_str(&text);
    Ok(Value::None)
}

fn tb_print_exception(vm: &mut Vm, args: crate::value::Args) -> crate::PyResult<Value> {
    let exc = exception_arg(vm, &args);
    let text = report_text(vm, exc);
    vm.stderr.push_str(&text);
    Ok(Value::None)
}

/// The report as the module's list: one string for each line group, as
/// `"".join(traceback.format_exception(e))` is meant to be used.
fn tb_format_exception(vm: &mut Vm, args: crate::value::Args) -> crate::PyResult<Value> {
    let exc = exception_arg(vm, &args);
    let text = report_text(vm, exc);
    let mut parts: Vec<Value> = Vec::new();
    let mut current = String::new();
    for line in text.split_inclusive('\n') {
        // An entry's source and marker lines belong to its `File` line.
        if line.starts_with("    ") && !current.is_empty() {
            current.push_str(line);
            continue;
        }
        if !current.is_empty() {
            parts.push(Value::str(std::mem::take(&mut current)));
        }
        current.push_str(line);
    }
    if !current.is_empty() {
        parts.push(Value::str(current));
    }
    Ok(Value::list(parts))
}

fn tb_format_exception_only(vm: &mut Vm, args: crate::value::Args) -> crate::PyResult<Value> {
    let Some(exc) = exception_arg(vm, &args) else {
        return Ok(Value::list(vec![Value::str("NoneType: None\n")]));
    };
    let mut lines = vec![Value::str(format!("{}\n", message_line(vm, &exc)))];
    let mut notes = String::new();
    format_notes(vm, &exc, &mut notes);
    lines.extend(notes.split_inclusive('\n').map(Value::str));
    Ok(Value::list(lines))
}

// ---------------------------------------------------------------------------------------
// "Did you mean" (Python/suggestions.c of 3.11)

/// At most this many candidates are compared (`MAX_CANDIDATE_ITEMS`).
const MAX_CANDIDATES: usize = 750;
/// Longer names (after trimming common ends) are not compared (`MAX_STRING_SIZE`).
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

/// The suggestion printed after a NameError's or AttributeError's message, if any.
fn suggestion(vm: &mut Vm, exc: &Rc<Instance>) -> Option<String> {
    let class = exc.class.borrow().clone();
    let dict = exc.dict.clone()?;
    let Some(Value::Str(name)) = dict.get_by_name("name") else {
        return None;
    };
    if class.is_subtype(&vm.types.exc(ExcKind::AttributeError)) {
        let obj = dict.get_by_name("obj")?;
        let dir = vm.builtins.get_by_name("dir")?;
        let Ok(Value::List(names)) = vm.call(&dir, &[obj]) else {
            return None;
        };
        let names = names.items.borrow().clone();
        return best_match(&names, &name.s);
    }
    if class.is_subtype(&vm.types.exc(ExcKind::NameError)) {
        // The innermost frame's locals, then its globals, then the builtins.
        let inner = data(exc)?.borrow().traceback.first().cloned()?;
        let co = &inner.code.co;
        let locals: Vec<Value> = co.varnames.iter().map(|n| Value::str(n.clone())).collect();
        if let Some(s) = best_match(&locals, &name.s) {
            return Some(s);
        }
        if let Some(globals) = &inner.globals {
            if let Some(s) = best_match(&globals.keys(), &name.s) {
                return Some(s);
            }
        }
        return best_match(&vm.builtins.keys(), &name.s);
    }
    None
}

/// The candidate closest to `name` within a third of their lengths (`calculate_suggestions`).
fn best_match(candidates: &[Value], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for c in candidates {
        // A name that is not a str makes CPython give up.
        let item = c.as_str()?;
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.to_string())
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance of CPython's suggestions: moves cost 2, case changes 1; anything above
/// `max_cost` is reported as `max_cost + 1`.
fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levenshtein_costs() {
        assert_eq!(levenshtein(b"countr", b"counter", 10), 2);
        assert_eq!(levenshtein(b"Len", b"len", 10), 1);
        assert_eq!(levenshtein(b"abc", b"xyz", 3), 4);
    }

    #[test]
    fn byte_offsets() {
        assert_eq!(byte_to_char_offset("héllo", 3), 2);
        assert_eq!(byte_to_char_offset("ab", 5), 3);
    }
}
