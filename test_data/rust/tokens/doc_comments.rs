//! Inner doc comment for the crate.
/*! Inner block doc comment. */

/// Outer doc comment.
/** Outer block doc comment. */
fn documented() {}

fn main() {
    documented();
}
