//! The VM's limits (DESIGN §5): an infinite loop stops at the fuel budget keeping its output,
//! memory bombs raise `MemoryError`, unbounded recursion raises `RecursionError`, and none of
//! them panics, overflows the stack or takes long.
//!
//! Each case runs in a child process of this test binary, so that a limit that does not hold
//! (a stack overflow or a failed allocation aborts the process) fails only its own test.

use std::process::Command;

use python_vm::{run, RunOptions, RunOutput};

/// Runs `body` in a child process running only the test `name`; in the child, runs it.
fn isolated(name: &str, body: impl FnOnce()) {
    if std::env::var_os("DEEPDIVE_LIMITS_CHILD").is_some() {
        body();
        return;
    }
    let out = Command::new(std::env::current_exe().expect("the test binary"))
        .args([name, "--exact", "--nocapture", "--test-threads=1"])
        .env("DEEPDIVE_LIMITS_CHILD", "1")
        .output()
        .expect("the test binary runs");
    assert!(
        out.status.success(),
        "{name} failed in its child process ({}):\n{}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn run_with(source: &str, options: RunOptions) -> RunOutput {
    run(source.as_bytes(), "limits.py", options)
}

/// Options with a small fuel budget and heap cap, so that each case ends quickly.
fn small(fuel: u64, heap_cap: usize) -> RunOptions {
    RunOptions {
        fuel,
        heap_cap,
        ..RunOptions::default()
    }
}

/// Asserts that the run ended with an uncaught `exception` line and CPython's exit code 1.
fn assert_uncaught(out: &RunOutput, last_line: &str) {
    assert!(
        out.stderr
            .starts_with("Traceback (most recent call last):\n"),
        "stderr: {}",
        out.stderr
    );
    assert_eq!(
        out.stderr.lines().last(),
        Some(last_line),
        "stderr: {}",
        out.stderr
    );
    assert_eq!(out.exit_code, 1);
}

#[test]
fn infinite_loop_stops_at_the_fuel_budget_keeping_output() {
    isolated(
        "infinite_loop_stops_at_the_fuel_budget_keeping_output",
        || {
            let out = run_with(
                "print('before')\nwhile True:\n    pass\n",
                small(100_000, 1 << 20),
            );
            assert_eq!(out.stdout, "before\n");
            assert!(
                out.stderr.contains("execution stopped after 100000"),
                "stderr: {}",
                out.stderr
            );
            assert_ne!(out.exit_code, 0);
            // The fuel is checked where a run can go on forever (backward jumps and calls,
            // as CPython's eval breaker), so a budget overshoots by a few instructions at most.
            assert!(out.steps <= 100_000 + 16, "{} steps ran", out.steps);
        },
    );
}

#[test]
fn huge_list_repetition_is_a_memory_error() {
    isolated("huge_list_repetition_is_a_memory_error", || {
        let out = run_with("x = [0] * 10**10\n", RunOptions::default());
        assert_uncaught(&out, "MemoryError");
        // CPython marks the operator: `~~~~^~~~~~~~` under `[0] * 10**10`.
        assert!(
            out.stderr.contains("        ~~~~^~~~~~~~\n"),
            "stderr: {}",
            out.stderr
        );
    });
}

#[test]
fn string_doubling_forever_is_a_memory_error() {
    isolated("string_doubling_forever_is_a_memory_error", || {
        let out = run_with(
            "s = 'x'\nwhile True:\n    s += s\n",
            small(1_000_000, 1 << 20),
        );
        assert_uncaught(&out, "MemoryError");
    });
}

#[test]
fn list_growing_forever_is_a_memory_error() {
    isolated("list_growing_forever_is_a_memory_error", || {
        let out = run_with(
            "xs = []\nwhile True:\n    xs.append(1)\n",
            small(10_000_000, 1 << 20),
        );
        assert_uncaught(&out, "MemoryError");
    });
}

#[test]
fn unbounded_recursion_is_a_recursion_error() {
    isolated("unbounded_recursion_is_a_recursion_error", || {
        let out = run_with(
            "def f(n):\n    return f(n + 1)\nf(0)\n",
            RunOptions::default(),
        );
        assert_uncaught(&out, "RecursionError: maximum recursion depth exceeded");
        assert!(out
            .stderr
            .contains("  [Previous line repeated 996 more times]\n"));
    });
}

#[test]
fn recursion_through_repr_is_a_recursion_error() {
    isolated("recursion_through_repr_is_a_recursion_error", || {
        let out = run_with(
            "class A:\n    def __repr__(self):\n        return repr(self)\nprint(A())\n",
            RunOptions::default(),
        );
        // CPython 3.11's message for this case.
        assert_uncaught(
            &out,
            "RecursionError: maximum recursion depth exceeded while calling a Python object",
        );
    });
}

#[test]
fn deep_recursion_in_a_nested_repr_is_a_recursion_error() {
    isolated(
        "deep_recursion_in_a_nested_repr_is_a_recursion_error",
        || {
            let source = "class Node:\n    def __init__(self, nxt):\n        self.nxt = nxt\n    \
                      def __repr__(self):\n        return 'Node(' + repr(self.nxt) + ')'\n\
                      n = None\nfor i in range(100000):\n    n = Node(n)\nprint(n)\n";
            let out = run_with(source, RunOptions::default());
            // CPython 3.11's message when the C-level repr recursion runs out.
            assert_uncaught(
            &out,
            "RecursionError: maximum recursion depth exceeded while getting the repr of an object",
        );
        },
    );
}
