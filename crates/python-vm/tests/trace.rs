//! Tests of trace recording: a traced run prints what an untraced one prints (the tracer never
//! changes reference counts or runs Python code), and the deltas replay to the VM's state.

use python_vm::trace::{Trace, Val};
use python_vm::{run, RunOptions};

fn traced(source: &str, steps: usize) -> (python_vm::RunOutput, Trace) {
    let mut out = run(
        source.as_bytes(),
        "main.py",
        RunOptions {
            trace_steps: Some(steps),
            ..RunOptions::default()
        },
    );
    let trace = out.trace.take().expect("a trace was asked for");
    (out, trace)
}

const PROGRAMS: &[&str] = &[
    "import sys\na = [1, 2, 3]\nprint(sys.getrefcount(a))\nb = a\nprint(sys.getrefcount(a))\ndel b\nprint(sys.getrefcount(a))\n",
    "def fib(n):\n    if n <= 1:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nresult = fib(10)\nprint(result)\n",
    "class P:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        return f'P({self.x})'\n\nps = [P(i) for i in range(5)]\nprint(ps, sorted(ps, key=lambda p: -p.x))\nd = {'a': ps, 'b': (ps, ps)}\nprint(len(d))\n",
    "x = 5\ny = 'hello'\nz = x + y\n",
];

#[test]
fn a_traced_run_prints_what_an_untraced_run_prints() {
    for source in PROGRAMS {
        let plain = run(source.as_bytes(), "main.py", RunOptions::default());
        let (out, trace) = traced(source, 100_000);
        assert_eq!(out.stdout, plain.stdout, "{source}");
        assert_eq!(out.stderr, plain.stderr, "{source}");
        assert_eq!(out.exit_code, plain.exit_code, "{source}");
        // Steps inside the library modules written in Python are run (and counted) but not
        // shown, as CPython's C code has no steps.
        if source.contains("import") {
            assert!(trace.steps.len() as u64 <= out.steps, "{source}");
        } else {
            assert_eq!(trace.steps.len() as u64, out.steps, "{source}");
        }
        assert!(!trace.truncated);
    }
}

#[test]
fn the_step_cap_truncates_the_trace_but_not_the_run() {
    let (out, trace) = traced(PROGRAMS[1], 100);
    assert_eq!(out.stdout, "55\n");
    assert_eq!(trace.steps.len(), 100);
    assert!(trace.truncated);
    assert_eq!(trace.total_steps, out.steps);
}

#[test]
fn deltas_replay_to_the_stack_and_frames_of_each_step() {
    let (_, trace) = traced(PROGRAMS[1], 100_000);
    let mut stack: Vec<Val> = Vec::new();
    let mut frames = Vec::new();
    let mut max_depth = 0;
    let mut heap = std::collections::HashMap::new();
    for step in &trace.steps {
        stack.truncate(step.stack.keep);
        stack.extend(step.stack.push.iter().cloned());
        frames.truncate(step.frames.keep);
        frames.extend(step.frames.push.iter().cloned());
        for id in &step.heap_del {
            heap.remove(id);
        }
        for o in &step.heap_set {
            heap.insert(o.id, o.clone());
        }
        for (id, rc) in &step.heap_rc {
            heap.get_mut(id)
                .expect("a refcount change of a known object")
                .refcount = *rc;
        }
        // Every reference on the stack is to an object of the step's heap.
        for v in &stack {
            if let Val::Ref(id) = v {
                assert!(heap.contains_key(id), "stack ref #{id} not in the heap");
            }
        }
        let top = frames.last().expect("a running frame");
        assert_eq!(top.code, step.code);
        assert_eq!(top.line, step.line);
        max_depth = max_depth.max(frames.len());
    }
    // fib(10) recurses 10 deep below the module.
    assert_eq!(max_depth, 11);
    assert_eq!(trace.codes[1].qualname, "fib");
    // At the end the module frame alone is left, with result = 55.
    assert_eq!(frames.len(), 1);
    assert!(frames[0]
        .locals
        .iter()
        .any(|(n, v)| n == "result" && *v == Val::Inline("55".into())));
}
