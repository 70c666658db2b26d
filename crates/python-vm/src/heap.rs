//! Heap accounting: an approximate count of the bytes that strings and lists hold, so that a
//! program growing without bound gets a `MemoryError` instead of exhausting the server.
//!
//! The count is per thread (each run owns the thread it runs on), kept by the constructors and
//! destructors of the growing objects, and checked before large allocations.

use std::cell::Cell;

thread_local! {
    static LIVE: Cell<usize> = const { Cell::new(0) };
}

/// Records that `bytes` more are held.
pub fn track_alloc(bytes: usize) {
    LIVE.with(|l| l.set(l.get().saturating_add(bytes)));
}

/// Records that `bytes` are no longer held.
pub fn track_free(bytes: usize) {
    LIVE.with(|l| l.set(l.get().saturating_sub(bytes)));
}

/// The bytes held now.
pub fn live() -> usize {
    LIVE.with(|l| l.get())
}

/// Whether `more` bytes can still be allocated under `cap`.
pub fn fits(more: usize, cap: usize) -> bool {
    live().saturating_add(more) <= cap
}
