//! The global allocator of the binaries that run the VM: mimalloc, called without the
//! alignment argument whenever the word alignment every mimalloc block has is enough.
//!
//! The VM allocates as often as CPython does (CPython has its own small-object allocator,
//! pymalloc). The `mimalloc` crate's allocator passes every request to `mi_malloc_aligned`,
//! whose checks cost about as much again as the plain `mi_malloc` fast path; nearly all of the
//! VM's allocations (strings, `Rc` boxes of objects, vectors of values) need no more than
//! word alignment.

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// The alignment every block `mi_malloc` returns has: its size classes are whole words.
const WORD: usize = std::mem::size_of::<usize>();

/// mimalloc, with the unaligned entry points for word-aligned requests.
pub struct Allocator;

// SAFETY: each method hands the request to mimalloc's matching function; the unaligned ones
// only when `layout.align()` is at most a word, which every mimalloc block satisfies, and
// blocks from either family are freed and resized by `mi_free`/`mi_realloc*`, which take both.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi::mi_malloc(layout.size()) as *mut u8
        } else {
            mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            mi::mi_zalloc(layout.size()) as *mut u8
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi::mi_free(ptr as *mut c_void)
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD {
            mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
        } else {
            mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
        }
    }
}
