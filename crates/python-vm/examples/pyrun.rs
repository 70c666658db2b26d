//! Runs Python files with deepdive's VM as `python3 FILE` would, for the run corpus scripts
//! and the benchmarks.
//!
//! ```text
//! cargo run --release -p python-vm --example pyrun -- FILE
//! ```
//!
//! Prints the program's stdout and stderr and exits with its exit code.

use std::io::Write;
use std::process::ExitCode;

/// The allocator of the `deepdive` binary too (CPython has its own small-object allocator).
#[global_allocator]
static ALLOCATOR: python_vm::alloc::Allocator = python_vm::alloc::Allocator;

fn main() -> ExitCode {
    let Some(file) = std::env::args().nth(1) else {
        eprintln!("usage: pyrun FILE");
        return ExitCode::from(2);
    };
    let source = match std::fs::read(&file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::from(2);
        }
    };
    let out = python_vm::run(&source, &file, python_vm::RunOptions::default());
    let _ = std::io::stdout().write_all(out.stdout.as_bytes());
    let _ = std::io::stderr().write_all(out.stderr.as_bytes());
    ExitCode::from(out.exit_code.clamp(0, 255) as u8)
}
