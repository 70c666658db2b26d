//! Freeing deeply nested objects without deep recursion: CPython's "trashcan".
//!
//! Dropping a chain of a hundred thousand linked objects would recurse once per link and
//! overflow the stack. Containers hand what they hold to [`dispose`], which drops it at once
//! while the nesting is shallow, and otherwise queues it; the outermost drop then frees the
//! queue in a loop.

use std::any::Any;
use std::cell::{Cell, RefCell};

/// How deep drops may nest before the rest is queued.
const MAX_DEPTH: usize = 200;

thread_local! {
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    static QUEUE: RefCell<Vec<Box<dyn Any>>> = const { RefCell::new(Vec::new()) };
}

/// Drops `contents` (what a container held) now or, when drops are nested deep, later.
pub fn dispose<T: 'static>(contents: T) {
    // While the thread exits its thread-locals may be gone: then drop plainly.
    let Ok(depth) = DEPTH.try_with(Cell::get) else {
        drop(contents);
        return;
    };
    if depth >= MAX_DEPTH {
        let mut contents = Some(contents);
        let _ = QUEUE.try_with(|q| {
            if let Some(c) = contents.take() {
                q.borrow_mut().push(Box::new(c));
            }
        });
        drop(contents);
        return;
    }
    let _ = DEPTH.try_with(|d| d.set(depth + 1));
    drop(contents);
    if depth == 0 {
        // The outermost drop frees what deeper ones queued, each at a shallow depth again.
        loop {
            let next = QUEUE.try_with(|q| q.borrow_mut().pop()).ok().flatten();
            match next {
                Some(item) => drop(item),
                None => break,
            }
        }
    }
    let _ = DEPTH.try_with(|d| d.set(depth));
}
