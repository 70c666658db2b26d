//! Threads and the GIL: every Python thread has its own frame stack, and one interpreter
//! loop runs them in turn, switching every N instructions (the switch interval) at the
//! points where CPython's eval loop checks for a GIL drop request (backward jumps, calls).
//!
//! Everything is deterministic: a thread started with `Thread.start()` runs first (as the
//! starting thread waits for it to signal that it started), a thread that blocks in
//! `join()` or on a held `Lock` gives the interpreter to the next runnable thread, and the
//! order is round robin. Switching happens only in the outermost loop: while Rust code is
//! calling back into Python (a `key=` function, a `__repr__`), the running thread keeps the
//! interpreter, and a `join()` there runs the joined thread to its end first.

use std::cell::Cell;
use std::rc::Rc;

use crate::exceptions::ExcKind;
use crate::interp::{Frame, Vm};
use crate::value::Value;
use crate::{Halt, PyErr, PyResult};

/// How CPython's switch interval (seconds) maps to instructions: about 50 million bytecode
/// instructions a second, so the default 5 ms is 250,000 instructions.
pub const INSTRUCTIONS_PER_SECOND: f64 = 50e6;

/// What a thread is waiting for.
#[derive(Clone, Default)]
pub enum Blocked {
    #[default]
    No,
    /// `join()` on the thread with this id.
    OnThread(usize),
    /// `acquire()` on a lock held by another thread.
    OnLock(Rc<Cell<bool>>),
}

/// A thread that is not running now.
pub struct ThreadState {
    pub id: usize,
    pub name: String,
    #[allow(clippy::vec_box)]
    frames: Vec<Box<Frame>>,
    frame: Option<Box<Frame>>,
    depth: usize,
    handled: Value,
    blocked: Blocked,
}

/// The scheduler's state.
#[derive(Default)]
pub struct Scheduler {
    /// The threads that are not running, in round-robin order.
    pub waiting: Vec<ThreadState>,
    /// The running thread's id (the main thread is 0).
    pub current: usize,
    /// The running thread's name.
    pub current_name: String,
    /// What the running thread waits for, when it is about to give up the interpreter.
    pub current_blocked: Blocked,
    /// Ids of the threads that ended.
    pub finished: Vec<usize>,
    next_id: usize,
    /// A thread that must run next (one just started).
    pub pending: Option<usize>,
    /// The instruction count at which the running thread gives up the interpreter.
    pub next_switch: u64,
    /// How deep Rust code has nested interpreter loops (switching happens only at 0).
    pub nested: usize,
    /// The main module's result, kept while other threads finish.
    main_result: Option<Value>,
    /// (step, thread id) whenever the running thread changed, for the GIL timeline.
    pub switches: Vec<(u64, usize)>,
    /// Set by `CALL` (and `BEFORE_WITH`) just before calling a builtin, which takes it into
    /// `direct`: only a builtin called straight from the loop may block its thread.
    pub direct_next: bool,
    /// True while the builtin running now was called straight from the loop.
    pub direct: bool,
}

impl Scheduler {
    /// True when a thread other than the running one exists.
    pub fn has_others(&self) -> bool {
        !self.waiting.is_empty()
    }

    /// True when a thread waiting for `blocked` can run now.
    fn runnable(&self, blocked: &Blocked) -> bool {
        match blocked {
            Blocked::No => true,
            Blocked::OnThread(id) => self.finished.contains(id),
            Blocked::OnLock(l) => !l.get(),
        }
    }
}

impl Vm {
    /// The number of instructions a thread runs before the next switch.
    pub fn switch_every(&self) -> u64 {
        ((self.switch_interval * INSTRUCTIONS_PER_SECOND).round() as u64).max(1)
    }

    /// True while more than one thread exists or the running one is not the main thread.
    pub fn threads_running(&self) -> bool {
        self.sched.has_others() || self.sched.current != 0
    }

    /// True when the running thread should give up the interpreter now.
    #[inline]
    pub fn switch_due(&self) -> bool {
        self.sched.has_others()
            && self.sched.nested == 0
            && (self.sched.pending.is_some() || self.steps >= self.sched.next_switch)
    }

    /// Registers a new thread that will run `frame`; it runs first at the next switch
    /// point. Returns its id.
    pub fn spawn_thread(&mut self, name: String, frame: Box<Frame>) -> usize {
        self.sched.next_id += 1;
        let id = self.sched.next_id;
        self.sched.waiting.push(ThreadState {
            id,
            name,
            frames: Vec::new(),
            frame: Some(frame),
            depth: 1,
            handled: Value::None,
            blocked: Blocked::No,
        });
        self.sched.pending = Some(id);
        id
    }

    /// True when the thread with this id has ended (or never existed).
    pub fn thread_finished(&self, id: usize) -> bool {
        self.sched.finished.contains(&id)
            || (self.sched.current != id && !self.sched.waiting.iter().any(|t| t.id == id))
    }

    /// Saves the running thread (whose current frame is `frame`) and loads the next runnable
    /// one into `frame`. With no other runnable thread, the running one goes on; when every
    /// thread waits, the error is a deadlock, since CPython would hang.
    pub fn switch_thread(&mut self, frame: &mut Box<Frame>) -> PyResult<()> {
        let blocked = std::mem::take(&mut self.sched.current_blocked);
        let pending = self.sched.pending.take();
        let pick = pending.and_then(|id| self.sched.waiting.iter().position(|t| t.id == id));
        let pick = pick.or_else(|| {
            self.sched
                .waiting
                .iter()
                .position(|t| self.sched.runnable(&t.blocked))
        });
        let Some(index) = pick else {
            if self.sched.runnable(&blocked) {
                self.sched.next_switch = self.steps + self.switch_every();
                return Ok(());
            }
            return Err(self.deadlock());
        };
        let next = self.sched.waiting.remove(index);
        let next_frame = self.load_thread_state(next);
        let current = std::mem::replace(frame, next_frame);
        // `load_thread_state` swapped the stacks; the saved state holds the old ones.
        if let Some(saved) = self.sched.waiting.last_mut() {
            saved.frame = Some(current);
            saved.blocked = blocked;
        }
        Ok(())
    }

    /// Makes `t` the running thread, keeping the running one's state at the end of the
    /// waiting list (its frame is filled in by the caller); returns `t`'s frame.
    fn load_thread_state(&mut self, t: ThreadState) -> Box<Frame> {
        let saved = ThreadState {
            id: self.sched.current,
            name: std::mem::take(&mut self.sched.current_name),
            frames: std::mem::take(&mut self.frames),
            frame: None,
            depth: self.depth,
            handled: std::mem::replace(&mut self.handled, Value::None),
            blocked: Blocked::No,
        };
        self.sched.waiting.push(saved);
        self.load_thread(t)
    }

    fn load_thread(&mut self, t: ThreadState) -> Box<Frame> {
        self.sched.current = t.id;
        self.sched.current_name = t.name;
        self.frames = t.frames;
        self.depth = t.depth;
        self.handled = t.handled;
        self.sched.next_switch = self.steps + self.switch_every();
        self.sched.switches.push((self.steps, t.id));
        t.frame.expect("a waiting thread has a frame")
    }

    /// The running thread's bottom frame returned `result`. Returns the frame of the next
    /// thread to run, or `None` when the run is over (with the main module's result).
    pub fn end_thread(&mut self, result: PyResult<Value>) -> PyResult<Option<Box<Frame>>> {
        let id = self.sched.current;
        match result {
            Ok(v) => {
                if id == 0 {
                    self.sched.main_result = Some(v);
                }
            }
            Err(e) => {
                if id == 0 || e.exception().is_none() {
                    return Err(e);
                }
                let name = self.sched.current_name.clone();
                self.report_thread_exception(&name, &e);
            }
        }
        self.sched.finished.push(id);
        let pick = self
            .sched
            .waiting
            .iter()
            .position(|t| self.sched.runnable(&t.blocked));
        match pick {
            Some(index) => {
                let next = self.sched.waiting.remove(index);
                Ok(Some(self.load_thread(next)))
            }
            None if self.sched.waiting.is_empty() => Ok(None),
            None => Err(self.deadlock()),
        }
    }

    /// Takes the main module's result once every thread has ended.
    pub fn main_result(&mut self) -> Value {
        self.sched.main_result.take().unwrap_or(Value::None)
    }

    /// `Thread.join()` on thread `id`: returns at once when it has ended; otherwise the
    /// running thread blocks (in the outermost loop) or, inside a nested loop, runs the
    /// joined thread to its end first.
    pub fn join_thread(&mut self, id: usize) -> PyResult<()> {
        if self.thread_finished(id) {
            return Ok(());
        }
        if id == self.sched.current {
            return Err(self.new_error(ExcKind::RuntimeError, "cannot join current thread"));
        }
        if self.sched.nested == 0 && self.sched.direct {
            self.sched.current_blocked = Blocked::OnThread(id);
            return Err(PyErr::Halt(Halt::Block));
        }
        self.run_thread_to_end(id)
    }

    /// `Lock.acquire()` of a held lock in the outermost loop: the thread blocks until it is
    /// released.
    pub fn block_on_lock(&mut self, lock: Rc<Cell<bool>>) -> PyResult<()> {
        if self.sched.nested == 0 && self.sched.direct && self.sched.has_others() {
            self.sched.current_blocked = Blocked::OnLock(lock);
            return Err(PyErr::Halt(Halt::Block));
        }
        Err(self.deadlock())
    }

    /// Runs a waiting thread to its end inside the running one (used where switching is not
    /// possible).
    fn run_thread_to_end(&mut self, id: usize) -> PyResult<()> {
        let Some(index) = self.sched.waiting.iter().position(|t| t.id == id) else {
            return Ok(());
        };
        let t = self.sched.waiting.remove(index);
        let Some(frame) = t.frame else {
            return Ok(());
        };
        let base = self.frames.len();
        self.frames.extend(t.frames);
        let saved_depth = self.depth;
        let saved_id = std::mem::replace(&mut self.sched.current, id);
        let saved_name = std::mem::replace(&mut self.sched.current_name, t.name);
        self.depth += t.depth.saturating_sub(1);
        let r = self.run_nested(frame);
        self.depth = saved_depth;
        let name = std::mem::replace(&mut self.sched.current_name, saved_name);
        self.sched.current = saved_id;
        self.sched.finished.push(id);
        if let Err(e) = r {
            if e.exception().is_none() {
                return Err(e);
            }
            self.report_thread_exception(&name, &e);
        }
        debug_assert!(self.frames.len() >= base);
        Ok(())
    }

    /// Prints an exception that ended a thread, as `threading.excepthook` does.
    fn report_thread_exception(&mut self, name: &str, e: &PyErr) {
        if let Some(exc) = e.exception() {
            let text = crate::traceback::format_exception(self, exc);
            self.stderr
                .push_str(&format!("Exception in thread {name}:\n{text}"));
        }
    }

    fn deadlock(&mut self) -> PyErr {
        self.new_error(
            ExcKind::RuntimeError,
            "deepdive: every thread is waiting for another (a deadlock: CPython would hang here)",
        )
    }
}
