//! Trace recording: the hook the interpreter calls before every instruction when a trace is
//! asked for, and the recorded trace.

use crate::interp::{Frame, Vm};
use crate::RunOutput;

/// Receives every step of a run.
pub trait Tracer {
    /// Called before the instruction at `frame.lasti()` runs.
    fn step(&mut self, vm: &Vm, frame: &Frame);

    /// Turns what was recorded into a trace at the end of the run.
    fn finish(self: Box<Self>, vm: &Vm, out: &RunOutput) -> Option<Trace>;
}

/// One recorded step.
#[derive(Clone, Debug)]
pub struct Step {
    /// The code object's qualified name.
    pub code: String,
    /// The instruction's byte offset.
    pub offset: u32,
    /// The source line.
    pub line: Option<u32>,
    /// The value stack, as reprs.
    pub stack: Vec<String>,
    /// Bytes of output printed before this step.
    pub output_len: usize,
}

/// A recorded run.
#[derive(Clone, Debug, Default)]
pub struct Trace {
    pub steps: Vec<Step>,
    /// True when the run went on past the recorded steps.
    pub truncated: bool,
}

/// The tracer that records the first `max` steps.
pub struct Recorder {
    max: usize,
    trace: Trace,
}

impl Recorder {
    /// A recorder of at most `max` steps.
    pub fn new(max: usize) -> Recorder {
        Recorder {
            max,
            trace: Trace::default(),
        }
    }
}

impl Tracer for Recorder {
    fn step(&mut self, vm: &Vm, frame: &Frame) {
        // The library modules written in Python stand for CPython's C code: their steps are
        // not shown.
        if frame
            .code
            .co
            .filename
            .starts_with(crate::modules::python::FILE_PREFIX)
        {
            return;
        }
        if self.trace.steps.len() >= self.max {
            self.trace.truncated = true;
            return;
        }
        let stack = frame
            .stack
            .iter()
            .map(|v| crate::methods::short_repr(vm, v))
            .collect();
        self.trace.steps.push(Step {
            code: frame.code.qualname.s.clone(),
            offset: frame.code.offset_of(frame.lasti()),
            line: frame.code.line_of(frame.lasti()),
            stack,
            output_len: vm.stdout.len(),
        });
    }

    fn finish(self: Box<Self>, _vm: &Vm, _out: &RunOutput) -> Option<Trace> {
        Some(self.trace)
    }
}
