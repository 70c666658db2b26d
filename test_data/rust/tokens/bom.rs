// A byte order mark precedes this comment.
fn main() {}
