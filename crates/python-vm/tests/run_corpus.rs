//! The run corpus: every program in `test_data/python/run/` runs on the VM exactly as under
//! `python3 NAME.py` (stdout `NAME.out`, stderr `NAME.err`, exit code `NAME.code`, written by
//! `scripts/python_run_gen.py`), except the programs listed in `KNOWN_FAILURES`, which are
//! reported apart and must keep failing (the list only shrinks).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::OnceLock;
use std::time::Duration;

use python_vm::{run, RunOptions};

/// How long one program may take before it counts as hung (debug builds are slow).
const TIME_LIMIT: Duration = Duration::from_secs(10);

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test_data/python/run")
}

/// What CPython printed for one program, or what the VM printed.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Output {
    stdout: String,
    stderr: String,
    exit_code: i32,
}

/// One program's run on the VM.
struct Outcome {
    name: String,
    expected: Output,
    /// `Err` when the VM panicked or did not finish.
    actual: Result<Output, String>,
    /// Instructions executed.
    steps: u64,
}

impl Outcome {
    fn identical(&self) -> bool {
        self.actual.as_ref() == Ok(&self.expected)
    }

    /// A few lines saying how the VM's run differs from CPython's.
    fn summary(&self) -> String {
        let actual = match &self.actual {
            Ok(actual) => actual,
            Err(why) => return format!("    {why}\n"),
        };
        let mut out = String::new();
        if actual.exit_code != self.expected.exit_code {
            out += &format!(
                "    exit code: ours {}, CPython {}\n",
                actual.exit_code, self.expected.exit_code
            );
        }
        for (stream, ours, theirs) in [
            ("stdout", &actual.stdout, &self.expected.stdout),
            ("stderr", &actual.stderr, &self.expected.stderr),
        ] {
            if ours != theirs {
                out += &format!("    {stream} {}", first_difference(ours, theirs));
            }
        }
        out
    }
}

/// The first line where two texts differ, with both versions.
fn first_difference(ours: &str, theirs: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (ours.lines().collect(), theirs.lines().collect());
    for i in 0..a.len().max(b.len()) {
        let (x, y) = (a.get(i), b.get(i));
        if x != y {
            let show = |l: Option<&&str>| l.map_or("<end>".to_string(), |l| format!("{l:?}"));
            return format!(
                "line {}:\n        ours:    {}\n        CPython: {}\n",
                i + 1,
                show(x),
                show(y)
            );
        }
    }
    "differs only in its final newline\n".to_string()
}

fn read_optional(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok()
}

/// CPython's output for `NAME.py`, from the expectation files beside it.
fn expected(path: &Path) -> Output {
    Output {
        stdout: read_optional(&path.with_extension("out")).unwrap_or_else(|| {
            panic!(
                "{} has no .out file: run scripts/python_run_gen.py",
                path.display()
            )
        }),
        stderr: read_optional(&path.with_extension("err")).unwrap_or_default(),
        exit_code: read_optional(&path.with_extension("code"))
            .map(|c| c.trim().parse().expect("a .code file holds an integer"))
            .unwrap_or(0),
    }
}

/// Runs one program on its own thread, so that a panic or a hang is reported, not fatal.
fn run_program(name: &str, source: Vec<u8>) -> (Result<Output, String>, u64) {
    let (send, receive) = mpsc::channel();
    let file_name = name.to_string();
    let spawned = std::thread::Builder::new()
        .name(name.to_string())
        .stack_size(64 << 20)
        .spawn(move || {
            let result = std::panic::catch_unwind(|| {
                let out = run(&source, &file_name, RunOptions::default());
                let output = Output {
                    stdout: out.stdout,
                    stderr: out.stderr,
                    exit_code: out.exit_code,
                };
                (output, out.steps)
            });
            let _ = send.send(result.map_err(|payload| panic_message(&*payload)));
        });
    if let Err(e) = spawned {
        return (Err(format!("could not start a thread: {e}")), 0);
    }
    match receive.recv_timeout(TIME_LIMIT) {
        Ok(Ok((output, steps))) => (Ok(output), steps),
        Ok(Err(message)) => (Err(format!("the VM panicked: {message}")), 0),
        Err(mpsc::RecvTimeoutError::Timeout) => (
            Err(format!("did not finish in {} s", TIME_LIMIT.as_secs())),
            0,
        ),
        Err(mpsc::RecvTimeoutError::Disconnected) => (Err("the VM's thread died".to_string()), 0),
    }
}

/// The message of a caught panic.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    let location = PANIC_LOCATION.with(|l| l.take()).unwrap_or_default();
    let text = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".to_string());
    format!("{text} at {location}")
}

thread_local! {
    /// Where the last panic on this thread happened, recorded by the quiet hook.
    static PANIC_LOCATION: std::cell::Cell<Option<String>> = const { std::cell::Cell::new(None) };
}

/// Makes panics on the programs' threads (named after the program) quiet: the hook only
/// records where they happened, and the report shows it with the program's name. Panics
/// elsewhere (the tests' own assertions) go to the default hook.
fn quiet_panics() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current()
            .name()
            .is_some_and(|n| n.ends_with(".py"))
        {
            let location = info.location().map(|l| l.to_string());
            PANIC_LOCATION.with(|l| l.set(location));
        } else {
            default(info);
        }
    }));
}

/// Every corpus program's run, computed once for all the tests of this file.
fn outcomes() -> &'static [Outcome] {
    static OUTCOMES: OnceLock<Vec<Outcome>> = OnceLock::new();
    OUTCOMES.get_or_init(|| {
        quiet_panics();
        let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
            .expect("the run corpus exists")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "py"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|path| {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                let source = std::fs::read(path).expect("corpus file is readable");
                let (actual, steps) = run_program(&name, source);
                Outcome {
                    name: name.trim_end_matches(".py").to_string(),
                    expected: expected(path),
                    actual,
                    steps,
                }
            })
            .collect()
    })
}

/// `KNOWN_FAILURES`: program name -> reason, from lines `NAME  # reason` (other `#` lines are
/// group headings).
fn known_failures() -> BTreeMap<String, String> {
    let text = read_optional(&corpus_dir().join("KNOWN_FAILURES")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (name, reason) = l.split_once('#').unwrap_or((l, ""));
            (name.trim().to_string(), reason.trim().to_string())
        })
        .collect()
}

#[test]
fn corpus_matches_cpython() {
    let outcomes = outcomes();
    let known = known_failures();
    let mut report = String::new();
    let mut unexpected = Vec::new();
    let mut known_report = String::new();
    let mut fixed = Vec::new();
    for o in outcomes {
        match (o.identical(), known.get(&o.name)) {
            (true, None) => {}
            (true, Some(_)) => fixed.push(o.name.clone()),
            (false, None) => {
                report += &format!("{}:\n{}", o.name, o.summary());
                unexpected.push(o.name.clone());
            }
            (false, Some(reason)) => {
                known_report += &format!("  {} ({reason})\n{}", o.name, o.summary());
            }
        }
    }
    let missing: Vec<&String> = known
        .keys()
        .filter(|k| !outcomes.iter().any(|o| &o.name == *k))
        .collect();
    let identical = outcomes.iter().filter(|o| o.identical()).count();
    if !known_report.is_empty() {
        println!("known failures (test_data/python/run/KNOWN_FAILURES):\n{known_report}");
    }
    if !report.is_empty() {
        println!("programs that differ from CPython:\n{report}");
    }
    println!(
        "{identical}/{} programs identical ({} known failures)",
        outcomes.len(),
        known.len()
    );
    let mut problems = Vec::new();
    if !unexpected.is_empty() {
        problems.push(format!(
            "{} program(s) differ from CPython: {}",
            unexpected.len(),
            unexpected.join(", ")
        ));
    }
    if !fixed.is_empty() {
        problems.push(format!(
            "now identical, remove from KNOWN_FAILURES: {}",
            fixed.join(", ")
        ));
    }
    if !missing.is_empty() {
        problems.push(format!(
            "KNOWN_FAILURES names programs that do not exist: {missing:?}"
        ));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The corpus programs are small: each runs in under 1% of the default fuel budget, so the
/// budget never decides a corpus result.
#[test]
fn corpus_runs_well_within_default_fuel() {
    let budget = RunOptions::default().fuel / 100;
    let known = known_failures();
    let heavy: Vec<String> = outcomes()
        .iter()
        .filter(|o| !known.contains_key(&o.name) && (o.steps > budget || o.actual.is_err()))
        .map(|o| format!("{} ({} instructions)", o.name, o.steps))
        .collect();
    if let Some(most) = outcomes().iter().max_by_key(|o| o.steps) {
        println!("most instructions: {} ({})", most.name, most.steps);
    }
    assert!(
        heavy.is_empty(),
        "programs over {budget} instructions: {heavy:?}"
    );
}
