//! The deepdive explorer: the command line, the HTTP server and the JSON views of every stage.
//!
//! This is the only crate that does I/O. The stage crates are pure functions from one artifact to
//! the next; here they are chained into the two pipelines ([`pipeline`]), turned into JSON for the
//! page ([`views`]) or into the real tools' text for the CLI ([`cli`]), and served ([`server`]).

pub mod cli;
pub mod pipeline;
pub mod server;
pub mod trace_view;
pub mod views;

/// The largest source deepdive accepts, from a file or a request body: 1 MiB.
pub const MAX_SOURCE_BYTES: usize = 1 << 20;
