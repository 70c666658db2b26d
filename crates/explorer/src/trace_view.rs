//! JSON views of the PVM stage: a run's output and its recorded trace (docs/trace.md), for the
//! page's stepper and for `deepdive python FILE --emit trace`.

use python_vm::trace::{FrameSnap, HeapObject, Step, Trace, Val};
use serde::ser::{SerializeSeq, SerializeTuple};
use serde::{Serialize, Serializer};

/// The most instructions a page request may run.
pub const PAGE_FUEL: u64 = 3_000_000;
/// The most steps a page request records.
pub const PAGE_TRACE_STEPS: usize = 10_000;
/// The most bytes a page run's strings and containers may hold.
pub const PAGE_HEAP_CAP: usize = 64 * 1024 * 1024;
/// The most steps `--emit trace` records.
pub const CLI_TRACE_STEPS: usize = 100_000;
/// The most bytes of program output a page answer carries.
pub const PAGE_OUTPUT_BYTES: usize = 256 * 1024;

/// A value: a JSON string for a value drawn in place (its repr), a number for a heap object id.
pub struct ValView<'a>(pub &'a Val);

impl Serialize for ValView<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Val::Inline(repr) => s.serialize_str(repr),
            Val::Ref(id) => s.serialize_u32(*id),
        }
    }
}

/// A named value: `[name, value]`.
struct Named<'a>(&'a str, &'a Val);

impl Serialize for Named<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut t = s.serialize_tuple(2)?;
        t.serialize_element(self.0)?;
        t.serialize_element(&ValView(self.1))?;
        t.end()
    }
}

struct NamedList<'a>(&'a [(String, Val)]);

impl Serialize for NamedList<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for (name, v) in self.0 {
            seq.serialize_element(&Named(name, v))?;
        }
        seq.end()
    }
}

struct ValList<'a>(&'a [Val]);

impl Serialize for ValList<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for v in self.0 {
            seq.serialize_element(&ValView(v))?;
        }
        seq.end()
    }
}

#[derive(Serialize)]
struct FrameView<'a> {
    code: u32,
    name: &'a str,
    line: Option<u32>,
    locals: NamedList<'a>,
}

impl<'a> FrameView<'a> {
    fn new(f: &'a FrameSnap) -> Self {
        FrameView {
            code: f.code,
            name: &f.name,
            line: f.line,
            locals: NamedList(&f.locals),
        }
    }
}

#[derive(Serialize)]
struct HeapObjectView<'a> {
    id: u32,
    #[serde(rename = "type")]
    type_name: &'a str,
    repr: &'a str,
    rc: usize,
    refs: NamedList<'a>,
    #[serde(skip_serializing_if = "is_zero")]
    more: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl<'a> HeapObjectView<'a> {
    fn new(o: &'a HeapObject) -> Self {
        HeapObjectView {
            id: o.id,
            type_name: &o.type_name,
            repr: &o.repr,
            rc: o.refcount,
            refs: NamedList(&o.refs),
            more: o.more,
        }
    }
}

#[derive(Serialize)]
struct StackDelta<'a> {
    keep: usize,
    push: ValList<'a>,
}

#[derive(Serialize)]
struct FramesDelta<'a> {
    keep: usize,
    push: Vec<FrameView<'a>>,
}

#[derive(Serialize)]
struct HeapDelta<'a> {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    set: Vec<HeapObjectView<'a>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    rc: &'a [(u32, usize)],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    del: &'a [u32],
}

/// One step as JSON: the instruction, and what changed since the step before (a part that did
/// not change is left out).
#[derive(Serialize)]
pub struct StepView<'a> {
    code: u32,
    index: u32,
    offset: u32,
    line: Option<u32>,
    span: Option<(u32, u32)>,
    thread: u32,
    out: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    stack: Option<StackDelta<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    frames: Option<FramesDelta<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    heap: Option<HeapDelta<'a>>,
}

impl<'a> StepView<'a> {
    /// The view of `step`; `prev` is the previous step's (stack length, frame count).
    pub fn new(step: &'a Step, prev: (usize, usize)) -> Self {
        let stack =
            (step.stack.keep != prev.0 || !step.stack.push.is_empty()).then(|| StackDelta {
                keep: step.stack.keep,
                push: ValList(&step.stack.push),
            });
        let frames =
            (step.frames.keep != prev.1 || !step.frames.push.is_empty()).then(|| FramesDelta {
                keep: step.frames.keep,
                push: step.frames.push.iter().map(FrameView::new).collect(),
            });
        let heap =
            (!step.heap_set.is_empty() || !step.heap_rc.is_empty() || !step.heap_del.is_empty())
                .then(|| HeapDelta {
                    set: step.heap_set.iter().map(HeapObjectView::new).collect(),
                    rc: &step.heap_rc,
                    del: &step.heap_del,
                });
        StepView {
            code: step.code,
            index: step.index,
            offset: step.offset,
            line: step.line,
            span: step.span,
            thread: step.thread,
            out: step.output_len,
            stack,
            frames,
            heap,
        }
    }
}

/// The (stack length, frame count) after each step, for the "unchanged" test of the next one.
fn lengths(step: &Step) -> (usize, usize) {
    (
        step.stack.keep + step.stack.push.len(),
        step.frames.keep + step.frames.push.len(),
    )
}

/// Every step of a trace as views, in order.
pub fn step_views(trace: &Trace) -> Vec<StepView<'_>> {
    let mut prev = (0, 0);
    trace
        .steps
        .iter()
        .map(|step| {
            let view = StepView::new(step, prev);
            prev = lengths(step);
            view
        })
        .collect()
}

/// The steps of a trace, serialised one by one as [`StepView`]s.
#[derive(Debug)]
pub struct Steps(pub Trace);

impl Serialize for Steps {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.steps.len()))?;
        let mut prev = (0, 0);
        for step in &self.0.steps {
            seq.serialize_element(&StepView::new(step, prev))?;
            prev = lengths(step);
        }
        seq.end()
    }
}

/// An entry of the code-object table.
#[derive(Serialize, Debug)]
pub struct CodeView {
    pub name: String,
    pub qualname: String,
    pub first_line: u32,
    /// Index of the same code object in `stages.bytecode.code_objects`, when found.
    pub bytecode_index: Option<usize>,
}

/// The recorded trace.
#[derive(Serialize, Debug)]
pub struct TraceView {
    pub codes: Vec<CodeView>,
    pub steps: Steps,
    /// True when the run went on past the last recorded step.
    pub truncated: bool,
    /// The most steps recorded.
    pub max_steps: usize,
}

/// The PVM stage: what the run printed, how it ended, and its trace.
#[derive(Serialize, Debug)]
pub struct PvmView {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: i32,
    /// Instructions the whole run executed.
    pub instructions: u64,
    /// True when `stdout` was cut to the page's limit.
    pub stdout_truncated: bool,
    pub trace: Option<TraceView>,
}

/// Builds the PVM view of a run. `code_keys` are the (qualname, first_line) of the Bytecode
/// stage's code objects, in order.
pub fn pvm_view(
    out: python_vm::RunOutput,
    code_keys: &[(String, u32)],
    max_steps: usize,
) -> PvmView {
    let trace = out.trace.map(|trace| TraceView {
        codes: trace
            .codes
            .iter()
            .map(|c| CodeView {
                name: c.name.clone(),
                qualname: c.qualname.clone(),
                first_line: c.first_line,
                bytecode_index: code_keys
                    .iter()
                    .position(|(q, l)| *q == c.qualname && *l == c.first_line),
            })
            .collect(),
        truncated: trace.truncated,
        max_steps,
        steps: Steps(trace),
    });
    let mut stdout = out.stdout;
    let stdout_truncated = stdout.len() > PAGE_OUTPUT_BYTES;
    if stdout_truncated {
        let mut cut = PAGE_OUTPUT_BYTES;
        while !stdout.is_char_boundary(cut) {
            cut -= 1;
        }
        stdout.truncate(cut);
    }
    PvmView {
        stdout,
        stderr: out.stderr,
        exit_code: out.exit_code,
        instructions: out.steps,
        stdout_truncated,
        trace,
    }
}
