// A line comment.
//// Four slashes: not a doc comment.
/* A block comment. */
/**/
/***/
/*** Three stars: not a doc comment. */
fn main() { /* inline */ let x = 1; // trailing
    let _ = x;
}
// Comment at the end of the file without a newline