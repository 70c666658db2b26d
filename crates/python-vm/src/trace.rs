//! Trace recording: the hook the interpreter calls before every instruction when a trace is
//! asked for, and the recorded trace.
//!
//! A trace is a list of steps, each one instruction about to run, recorded as a *delta*
//! against the step before it: what was popped from and pushed on the value stack, which
//! frames changed, which heap objects appeared, changed or went away. Replaying the deltas
//! from the first step rebuilds the whole state at any step (docs/trace.md).
//!
//! Values are rendered without running Python code: the tracer never calls a user's
//! `__repr__`, never allocates Python objects and never clones a `Value` (a clone would
//! change the reference counts it reports).
//!
//! What is visible: the running frame and its suspended callers in `Vm::frames`. While Rust
//! code runs Python code (a `__repr__` called by `print`, a key function called by `sorted`, a
//! generator resumed by `for`), the frame that called into Rust is held by the outer loop and
//! is not in `Vm::frames`: the trace shows the inner frames on top of the outer loop's callers.
//!
//! Bounds: at most `max` steps (then `truncated`, and the run goes on for its output), at most
//! [`MAX_HEAP_OBJECTS`] heap objects per step, [`MAX_REFS`] references per object, and a
//! budget of [`MAX_UNITS`] recorded values over the whole trace, so memory stays bounded
//! whatever the program does.

use std::collections::HashMap;
use std::rc::Rc;

use crate::interp::{Code, Frame, Vm};
use crate::value::{OtherKind, Payload, Value};
use crate::RunOutput;

/// Receives every step of a run.
pub trait Tracer {
    /// Called before the instruction at `frame.lasti()` runs.
    fn step(&mut self, vm: &Vm, frame: &Frame);

    /// Turns what was recorded into a trace at the end of the run.
    fn finish(self: Box<Self>, vm: &Vm, out: &RunOutput) -> Option<Trace>;
}

/// The most heap objects one step shows (the nearest to the frames first).
pub const MAX_HEAP_OBJECTS: usize = 120;
/// The most references (items, entries, attributes) one heap object shows.
pub const MAX_REFS: usize = 24;
/// The most stack slots and locals one frame shows.
pub const MAX_SLOTS: usize = 64;
/// The most values (stack slots, locals, references, refcount changes) a whole trace records;
/// recording stops (truncated) when it is spent.
pub const MAX_UNITS: usize = 3_000_000;
/// The longest repr recorded, in characters.
const MAX_REPR: usize = 60;

/// A value as the trace shows it: inline (its repr) or a reference to a heap object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Val {
    /// A value drawn in place: None, bools, numbers, strings, bytes, built-in functions and
    /// types, the NULL marker.
    Inline(String),
    /// A heap object of the step's heap, by id.
    Ref(u32),
}

/// A heap object at one step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeapObject {
    /// Stable while the object lives (an address can be reused by a later object).
    pub id: u32,
    /// The type's name (`list`, `dict`, `function`, a class's name...).
    pub type_name: String,
    /// A short repr, built without running Python code.
    pub repr: String,
    /// `Value::refcount()`: every reference the VM holds, frames and stack included.
    pub refcount: usize,
    /// Outgoing references: (label, value) — list indices, dict keys, attribute names.
    pub refs: Vec<(String, Val)>,
    /// References not shown (over [`MAX_REFS`]).
    pub more: usize,
}

/// One frame at one step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrameSnap {
    /// Index into [`Trace::codes`].
    pub code: u32,
    /// The function's qualified name.
    pub name: String,
    /// The line it is at (for callers: the line of the call).
    pub line: Option<u32>,
    /// The variables bound, in `co_varnames` order (module and class frames: their namespace,
    /// dunder names left out).
    pub locals: Vec<(String, Val)>,
}

/// An entry of the code-object table.
#[derive(Clone, Debug)]
pub struct CodeEntry {
    pub name: String,
    pub qualname: String,
    pub first_line: u32,
}

/// What changed in a list from one step to the next: keep the first `keep` items, then push.
#[derive(Clone, Debug, Default)]
pub struct ListDelta<T> {
    pub keep: usize,
    pub push: Vec<T>,
}

/// One recorded step: the instruction about to run, and the state before it runs, as a delta.
#[derive(Clone, Debug)]
pub struct Step {
    /// Index into [`Trace::codes`].
    pub code: u32,
    /// The instruction's index in the code object, and its byte offset.
    pub index: u32,
    pub offset: u32,
    /// The source line.
    pub line: Option<u32>,
    /// The source span of the instruction (byte offsets), if it has one.
    pub span: Option<(u32, u32)>,
    /// The thread running it (0: the main thread).
    pub thread: u32,
    /// Bytes of standard output printed before this step.
    pub output_len: usize,
    /// The running frame's value stack, bottom first.
    pub stack: ListDelta<Val>,
    /// The frames, outermost first; the last one is running.
    pub frames: ListDelta<FrameSnap>,
    /// Heap objects new or changed (beyond their refcount) since the step before.
    pub heap_set: Vec<HeapObject>,
    /// Heap objects whose only change is their refcount: (id, refcount).
    pub heap_rc: Vec<(u32, usize)>,
    /// Heap objects no longer reachable (or no longer shown).
    pub heap_del: Vec<u32>,
}

/// A recorded run.
#[derive(Clone, Debug, Default)]
pub struct Trace {
    /// The code objects the steps run, by first use.
    pub codes: Vec<CodeEntry>,
    pub steps: Vec<Step>,
    /// True when the run went on past the recorded steps.
    pub truncated: bool,
    /// Instructions the whole run executed.
    pub total_steps: u64,
}

/// The tracer that records the first `max` steps.
pub struct Recorder {
    max: usize,
    trace: Trace,
    units: usize,
    code_ids: HashMap<usize, u32>,
    object_ids: HashMap<usize, u32>,
    next_object: u32,
    prev_stack: Vec<Val>,
    /// Snapshots of the suspended frames (`vm.frames`) at the previous step, and the frames
    /// they were taken of (their addresses), to know when a thread switch replaced them.
    suspended: Vec<FrameSnap>,
    suspended_ptrs: Vec<usize>,
    prev_top: Option<FrameSnap>,
    prev_suspended: usize,
    prev_heap: HashMap<u32, HeapObject>,
}

impl Recorder {
    /// A recorder of at most `max` steps.
    pub fn new(max: usize) -> Recorder {
        Recorder {
            max,
            trace: Trace::default(),
            units: 0,
            code_ids: HashMap::new(),
            object_ids: HashMap::new(),
            next_object: 1,
            prev_stack: Vec::new(),
            suspended: Vec::new(),
            suspended_ptrs: Vec::new(),
            prev_top: None,
            prev_suspended: 0,
            prev_heap: HashMap::new(),
        }
    }

    fn code_id(&mut self, code: &Rc<Code>) -> u32 {
        let key = Rc::as_ptr(code) as usize;
        if let Some(&id) = self.code_ids.get(&key) {
            if self.trace.codes[id as usize].qualname == code.qualname.s {
                return id;
            }
        }
        let id = self.trace.codes.len() as u32;
        self.trace.codes.push(CodeEntry {
            name: code.name.s.clone(),
            qualname: code.qualname.s.clone(),
            first_line: code.co.first_line,
        });
        self.code_ids.insert(key, id);
        id
    }

    fn object_id(&mut self, ptr: usize) -> u32 {
        if let Some(&id) = self.object_ids.get(&ptr) {
            return id;
        }
        let id = self.next_object;
        self.next_object += 1;
        self.object_ids.insert(ptr, id);
        id
    }

    /// How a value is shown; heap objects get an id and are queued for the heap snapshot.
    fn val(&mut self, vm: &Vm, v: &Value, queue: &mut Vec<(u32, *const Value)>) -> Val {
        if !is_heap_object(v) {
            return Val::Inline(clip(inline_repr(vm, v)));
        }
        let ptr = v.ptr().unwrap_or(0);
        let id = self.object_id(ptr);
        queue.push((id, v as *const Value));
        Val::Ref(id)
    }

    fn frame_snap(
        &mut self,
        vm: &Vm,
        frame: &Frame,
        queue: &mut Vec<(u32, *const Value)>,
    ) -> FrameSnap {
        let code = self.code_id(&frame.code);
        let mut locals = Vec::new();
        match &frame.locals {
            Some(ns) if frame.code.localsplus.is_empty() || frame.func.is_none() => {
                let table = ns.table.borrow();
                for e in table.iter() {
                    let Some(name) = e.key.as_str() else { continue };
                    if name.starts_with("__") && name.ends_with("__") {
                        continue;
                    }
                    if matches!(e.value, Value::Module(_)) && name == "__builtins__" {
                        continue;
                    }
                    if locals.len() >= MAX_SLOTS {
                        break;
                    }
                    let val = self.val(vm, &e.value, queue);
                    locals.push((name.to_string(), val));
                }
            }
            _ => {}
        }
        for (name, value) in frame.code.localsplus.iter().zip(&frame.fast) {
            if locals.len() >= MAX_SLOTS {
                break;
            }
            let shown = match value {
                Value::Null => continue,
                Value::Cell(cell) => {
                    let inner = cell.value.borrow();
                    if inner.is_null() {
                        continue;
                    }
                    // SAFETY-free: the cell outlives this step; render through the borrow.
                    let v: &Value = &inner;
                    let val = if is_heap_object(v) {
                        let id = self.object_id(v.ptr().unwrap_or(0));
                        // Cells' contents are queued from the cell itself below.
                        Val::Ref(id)
                    } else {
                        Val::Inline(clip(inline_repr(vm, v)))
                    };
                    if let Val::Ref(id) = val {
                        queue.push((id, v as *const Value));
                    }
                    val
                }
                v => self.val(vm, v, queue),
            };
            locals.push((name.s.clone(), shown));
        }
        FrameSnap {
            code,
            name: frame.code.qualname.s.clone(),
            line: frame.code.line_of(frame.lasti()),
            locals,
        }
    }

    /// The heap objects a suspended frame's variables point at, without rendering anything.
    fn frame_roots(&mut self, frame: &Frame, roots: &mut Vec<(u32, *const Value)>) {
        let mut add = |this: &mut Recorder, v: &Value| {
            if is_heap_object(v) {
                let id = this.object_id(v.ptr().unwrap_or(0));
                roots.push((id, v as *const Value));
            }
        };
        if let (Some(ns), None) = (&frame.locals, &frame.func) {
            let table = ns.table.borrow();
            for e in table.iter().take(MAX_SLOTS) {
                let dunder = e
                    .key
                    .as_str()
                    .is_some_and(|k| k.starts_with("__") && k.ends_with("__"));
                if !dunder {
                    add(self, &e.value);
                }
            }
        }
        for value in frame.fast.iter() {
            match value {
                Value::Cell(c) => {
                    let inner = c.value.borrow();
                    let p: &Value = &inner;
                    // SAFETY: see `heap`.
                    add(self, unsafe { &*(p as *const Value) });
                }
                v => add(self, v),
            }
        }
    }

    /// The heap objects reachable from `roots`, breadth first, at most [`MAX_HEAP_OBJECTS`].
    fn heap(&mut self, vm: &Vm, roots: Vec<(u32, *const Value)>) -> HashMap<u32, HeapObject> {
        let mut seen: HashMap<u32, HeapObject> = HashMap::new();
        let mut queue = std::collections::VecDeque::from(roots);
        while let Some((id, ptr)) = queue.pop_front() {
            if seen.contains_key(&id) {
                continue;
            }
            if seen.len() >= MAX_HEAP_OBJECTS {
                break;
            }
            // SAFETY: every pointer in the queue points at a `Value` owned by a frame, a
            // stack or a heap object reachable from them; nothing runs between taking the
            // pointer and reading it (the VM is borrowed immutably for the whole step), so the
            // value is still there. Raw pointers are used only because the values sit behind
            // `RefCell` borrows that end before the queue is processed.
            let v: &Value = unsafe { &*ptr };
            let mut next = Vec::new();
            let obj = self.object(vm, id, v, &mut next);
            seen.insert(id, obj);
            queue.extend(next);
        }
        seen
    }

    fn object(
        &mut self,
        vm: &Vm,
        id: u32,
        v: &Value,
        next: &mut Vec<(u32, *const Value)>,
    ) -> HeapObject {
        let mut refs: Vec<(String, Val)> = Vec::new();
        let mut more = 0;
        let mut push = |this: &mut Recorder,
                        label: String,
                        item: &Value,
                        next: &mut Vec<(u32, *const Value)>| {
            if refs.len() >= MAX_REFS {
                more += 1;
                return;
            }
            let val = this.val(vm, item, next);
            refs.push((label, val));
        };
        let type_name = vm.type_name(v);
        let mut repr = String::new();
        // Only the first MAX_REFS items of a container are looked at: a step costs the same
        // whatever the container's size.
        let mut skipped = 0;
        match v {
            Value::List(l) => {
                let items = l.items.borrow();
                for (i, item) in items.iter().enumerate().take(MAX_REFS) {
                    push(self, i.to_string(), item, next);
                }
                skipped = items.len().saturating_sub(MAX_REFS);
                repr = format!("list of {}", items.len());
            }
            Value::Tuple(t) => {
                for (i, item) in t.items.iter().enumerate().take(MAX_REFS) {
                    push(self, i.to_string(), item, next);
                }
                skipped = t.items.len().saturating_sub(MAX_REFS);
                repr = format!("tuple of {}", t.items.len());
            }
            Value::Dict(d) => {
                let table = d.table.borrow();
                for e in table.iter().take(MAX_REFS) {
                    push(self, clip(inline_repr(vm, &e.key)), &e.value, next);
                }
                skipped = table.len().saturating_sub(MAX_REFS);
                repr = format!("dict of {}", table.len());
            }
            Value::Set(s) => {
                let table = s.table.borrow();
                for item in table.iter().take(MAX_REFS) {
                    push(self, String::new(), item, next);
                }
                skipped = table.len().saturating_sub(MAX_REFS);
                repr = format!("{} of {}", type_name, table.len());
            }
            Value::Instance(inst) => {
                if let Some(dict) = &inst.dict {
                    let table = dict.table.borrow();
                    for e in table.iter() {
                        push(self, clip(inline_repr(vm, &e.key)), &e.value, next);
                    }
                }
                match &inst.payload {
                    Payload::Exception(_) => repr = format!("{type_name} object"),
                    Payload::Builtin(inner) => {
                        if let Ok(inner) = inner.try_borrow() {
                            let p: &Value = &inner;
                            let ptr = p as *const Value;
                            // SAFETY: as in `heap`.
                            push(self, "value".into(), unsafe { &*ptr }, next);
                        }
                        repr = format!("{type_name} object");
                    }
                    Payload::None => repr = format!("{type_name} object"),
                }
            }
            Value::Method(m) => {
                push(self, "__self__".into(), &m.receiver, next);
                push(self, "__func__".into(), &m.func, next);
                repr = "bound method".into();
            }
            Value::Function(f) => {
                for (i, d) in f.defaults.borrow().iter().enumerate() {
                    push(self, format!("default {i}"), d, next);
                }
                for (cell, name) in f.closure.iter().zip(&f.code.co.freevars) {
                    let inner = cell.value.borrow();
                    let p: &Value = &inner;
                    let ptr = p as *const Value;
                    // SAFETY: as in `heap`.
                    push(self, name.clone(), unsafe { &*ptr }, next);
                }
            }
            Value::Type(t) => {
                let table = t.dict.table.borrow();
                for e in table.iter() {
                    let Some(name) = e.key.as_str() else { continue };
                    if name.starts_with("__") && name.ends_with("__") {
                        continue;
                    }
                    push(self, name.to_string(), &e.value, next);
                }
                repr = format!("class {}", t.name);
            }
            Value::Generator(g) => {
                repr = format!("<generator {}>", g.qualname.s);
            }
            Value::Other(o) => {
                if let OtherKind::StaticMethod(f) | OtherKind::ClassMethod(f) = &o.kind {
                    push(self, "__func__".into(), f, next);
                }
            }
            _ => {}
        }
        if repr.is_empty() {
            repr = clip(crate::methods::short_repr(vm, v));
        }
        HeapObject {
            id,
            type_name,
            repr,
            refcount: v.refcount().unwrap_or(0),
            refs,
            more: more + skipped,
        }
    }
}

impl Tracer for Recorder {
    fn step(&mut self, vm: &Vm, frame: &Frame) {
        if self.trace.truncated {
            return;
        }
        // The library modules written in Python stand for CPython's C code: their steps (and
        // their frames below this one) are not shown.
        if is_library(frame) {
            return;
        }
        if self.trace.steps.len() >= self.max || self.units >= MAX_UNITS {
            self.trace.truncated = true;
            return;
        }
        let mut roots: Vec<(u32, *const Value)> = Vec::new();

        // The suspended frames: callers do not change while suspended, so only the frames
        // that are not the ones snapshotted last time (new calls, or another thread's after a
        // switch) are rendered.
        let visible: Vec<&Frame> = vm
            .frames
            .iter()
            .map(|f| &**f)
            .filter(|f| !is_library(f))
            .collect();
        let n = visible.len();
        let mut same = 0;
        while same < self.suspended_ptrs.len()
            && same < n
            && self.suspended_ptrs[same] == visible[same] as *const Frame as usize
        {
            same += 1;
        }
        self.suspended.truncate(same);
        self.suspended_ptrs.truncate(same);
        let suspended_changed = self.prev_suspended != n || same < n;
        while self.suspended.len() < n {
            let f = visible[self.suspended.len()];
            let snap = self.frame_snap(vm, f, &mut Vec::new());
            self.suspended.push(snap);
            self.suspended_ptrs.push(f as *const Frame as usize);
        }
        // Callers' locals may point at objects: collect roots from every frame.
        for f in &visible {
            self.frame_roots(f, &mut roots);
        }
        let mut top_roots = Vec::new();
        let top = self.frame_snap(vm, frame, &mut top_roots);

        let stack: Vec<Val> = frame
            .stack
            .iter()
            .take(MAX_SLOTS)
            .map(|v| self.val(vm, v, &mut top_roots))
            .collect();
        // The running frame's roots first, so the objects nearest to it are shown first.
        top_roots.extend(roots);
        let heap = self.heap(vm, top_roots);

        // Deltas.
        let keep = common_prefix(&self.prev_stack, &stack);
        let stack_delta = ListDelta {
            keep,
            push: stack[keep..].to_vec(),
        };
        // Suspended frames below both the old and the new count did not change; the running
        // frame is sent again when it changed.
        let frames_delta = if suspended_changed {
            let base = self.prev_suspended.min(same);
            let mut push = self.suspended[base..].to_vec();
            push.push(top.clone());
            ListDelta { keep: base, push }
        } else if self.prev_top.as_ref() == Some(&top) {
            ListDelta {
                keep: n + 1,
                push: Vec::new(),
            }
        } else {
            ListDelta {
                keep: n,
                push: vec![top.clone()],
            }
        };
        let mut heap_set = Vec::new();
        let mut heap_rc = Vec::new();
        for (id, obj) in &heap {
            match self.prev_heap.get(id) {
                Some(old) if old == obj => {}
                Some(old)
                    if old.refs == obj.refs
                        && old.repr == obj.repr
                        && old.type_name == obj.type_name
                        && old.more == obj.more =>
                {
                    heap_rc.push((*id, obj.refcount))
                }
                _ => heap_set.push(obj.clone()),
            }
        }
        let mut heap_del: Vec<u32> = self
            .prev_heap
            .keys()
            .filter(|id| !heap.contains_key(id))
            .copied()
            .collect();
        heap_set.sort_by_key(|o| o.id);
        heap_rc.sort_unstable();
        heap_del.sort_unstable();
        // Ids of objects that are gone can be reused by new objects at the same address:
        // forget the addresses of everything not shown any more.
        if !heap_del.is_empty() {
            let gone: std::collections::HashSet<u32> = heap_del.iter().copied().collect();
            self.object_ids
                .retain(|_, id| !gone.contains(id) || heap.contains_key(id));
        }

        self.units += 1
            + stack_delta.push.len()
            + frames_delta
                .push
                .iter()
                .map(|f| 1 + f.locals.len())
                .sum::<usize>()
            + heap_set.iter().map(|o| 1 + o.refs.len()).sum::<usize>()
            + heap_rc.len()
            + heap_del.len();

        let instr = frame.code.co.instructions.get(frame.lasti());
        let step = Step {
            code: top.code,
            index: frame.lasti() as u32,
            offset: frame.code.offset_of(frame.lasti()),
            line: frame.code.line_of(frame.lasti()),
            span: instr.and_then(|i| i.span).map(|s| (s.start, s.end)),
            thread: current_thread(vm),
            output_len: vm.stdout.len(),
            stack: stack_delta,
            frames: frames_delta,
            heap_set,
            heap_rc,
            heap_del,
        };
        self.trace.steps.push(step);
        self.prev_stack = stack;
        self.prev_top = Some(top);
        self.prev_suspended = n;
        self.prev_heap = heap;
    }

    fn finish(mut self: Box<Self>, vm: &Vm, _out: &RunOutput) -> Option<Trace> {
        self.trace.total_steps = vm.steps;
        Some(self.trace)
    }
}

/// True for the frames of the library modules written in Python (CPython's C code).
fn is_library(frame: &Frame) -> bool {
    frame
        .code
        .co
        .filename
        .starts_with(crate::modules::python::FILE_PREFIX)
}

/// The thread running now (0 is the main thread), for the GIL timeline.
fn current_thread(vm: &Vm) -> u32 {
    vm.sched.current as u32
}

/// The length of the common prefix of two lists.
fn common_prefix<T: PartialEq>(a: &[T], b: &[T]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

/// Whether a value is drawn as a heap object (with an id, a refcount and arrows) rather than
/// in place. Immutable atoms (strings, bytes, big ints, ranges), built-in functions, types,
/// modules and code objects are drawn in place.
fn is_heap_object(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Function(_)
            | Value::Method(_)
            | Value::Instance(_)
            | Value::Generator(_)
            | Value::Iter(_)
    ) || matches!(v, Value::Tuple(t) if !t.items.is_empty())
        || matches!(v, Value::Other(o) if !matches!(o.kind, OtherKind::Native(_)))
        || matches!(v, Value::Type(t) if !t.builtin)
}

/// The repr of a value drawn in place.
fn inline_repr(vm: &Vm, v: &Value) -> String {
    match v {
        Value::Ellipsis => "Ellipsis".into(),
        Value::NotImplemented => "NotImplemented".into(),
        Value::Bytes(b) => python_compiler::Constant::Bytes(Rc::from(b.b.as_slice())).repr(),
        Value::Range(r) => {
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        Value::Module(m) => format!("<module '{}'>", m.name),
        // Only the characters the trace shows are escaped (a string may be megabytes long).
        Value::Str(s) => python_syntax::python_repr_prefix(&s.s, MAX_REPR),
        Value::Tuple(t) if t.items.is_empty() => "()".into(),
        _ => crate::methods::short_repr(vm, v),
    }
}

/// A repr cut to [`MAX_REPR`] characters.
fn clip(s: String) -> String {
    if s.chars().count() <= MAX_REPR {
        return s;
    }
    let cut: String = s.chars().take(MAX_REPR - 1).collect();
    format!("{cut}…")
}
