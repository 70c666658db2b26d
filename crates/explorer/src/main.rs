//! The `deepdive` binary: parses the command line and hands over to [`explorer::cli`].

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

/// A fast small-object allocator (mimalloc): the Python VM allocates as often as CPython, which
/// has its own (pymalloc); with the system's malloc string-heavy programs ran ~15% more
/// instructions.
#[global_allocator]
static ALLOCATOR: python_vm::alloc::Allocator = python_vm::alloc::Allocator;

fn main() -> ExitCode {
    let cli = explorer::cli::Cli::parse();
    let outcome = explorer::cli::run(cli);
    // Ignore write errors such as a closed pipe (`deepdive … | head`): there is nobody left to tell.
    let _ = std::io::stdout().write_all(outcome.stdout.as_bytes());
    let _ = std::io::stderr().write_all(outcome.stderr.as_bytes());
    ExitCode::from(outcome.exit_code)
}
