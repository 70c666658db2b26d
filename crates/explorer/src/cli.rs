//! The command line: `deepdive python|rust FILE --emit STAGE` and `deepdive serve`.
//!
//! Every command produces an [`Outcome`] (what to print and the exit code) instead of printing
//! directly, so tests can check the exact bytes without spawning a process.

use std::fmt::Write;
use std::io::Read;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use crate::{pipeline, MAX_SOURCE_BYTES};

/// See how code becomes a running program: every stage of Rust's compiler and CPython.
#[derive(Parser, Debug)]
#[command(name = "deepdive", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands of DESIGN §3.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Show a stage of CPython 3.11's pipeline for a Python file (`-` reads standard input).
    Python {
        /// The source file, or `-` for standard input.
        file: PathBuf,
        /// The stage to print.
        #[arg(long, value_enum, default_value_t = PythonEmit::Run)]
        emit: PythonEmit,
        /// The most instructions `run` and `trace` may execute.
        #[arg(long, default_value_t = python_vm::RunOptions::default().fuel)]
        fuel: u64,
    },
    /// Show a stage of rustc's pipeline for a Rust file (`-` reads standard input).
    Rust {
        /// The source file, or `-` for standard input.
        file: PathBuf,
        /// The stage to print.
        #[arg(long, value_enum, default_value_t = RustEmit::Run)]
        emit: RustEmit,
    },
    /// Serve the explorer page and its JSON API.
    Serve {
        /// The address to listen on; the default is reachable from this machine only.
        #[arg(long, default_value = "127.0.0.1:7878")]
        addr: SocketAddr,
    },
}

/// The stages of the Python pipeline the CLI can print.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum PythonEmit {
    Tokens,
    Ast,
    Bytecode,
    Run,
    Trace,
}

/// The stages of the Rust pipeline the CLI can print.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum RustEmit {
    Tokens,
    Ast,
    Hir,
    Mir,
    LlvmIr,
    Asm,
    Run,
    Trace,
}

/// What a command prints and how it exits.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub exit_code: u8,
}

impl Outcome {
    fn error(message: String, exit_code: u8) -> Outcome {
        Outcome {
            stderr: message,
            exit_code,
            ..Outcome::default()
        }
    }

    fn not_built(stage: impl ValueEnum) -> Outcome {
        let name = stage
            .to_possible_value()
            .map(|v| v.get_name().to_string())
            .unwrap_or_default();
        Outcome::error(format!("deepdive: stage '{name}' is not built yet\n"), 2)
    }
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Outcome {
    match cli.command {
        Command::Python { file, emit, fuel } => match read_source(&file) {
            Ok(bytes) => python_with_fuel(&bytes, &display_name(&file), emit, fuel),
            Err(outcome) => outcome,
        },
        Command::Rust { file, emit } => match read_source(&file) {
            Ok(bytes) => rust(&bytes, &display_name(&file), emit),
            Err(outcome) => outcome,
        },
        Command::Serve { addr } => match crate::server::serve_blocking(addr) {
            Ok(()) => Outcome::default(),
            Err(e) => Outcome::error(format!("deepdive: cannot serve on {addr}: {e}\n"), 1),
        },
    }
}

/// The name diagnostics use for `file`: as given, or `<stdin>` for `-`.
fn display_name(file: &Path) -> String {
    if file == Path::new("-") {
        "<stdin>".to_string()
    } else {
        file.display().to_string()
    }
}

/// Reads a file (or standard input for `-`), refusing anything over the source limit.
fn read_source(file: &Path) -> Result<Vec<u8>, Outcome> {
    let name = display_name(file);
    let mut bytes = Vec::new();
    // Read one byte past the limit so an oversized input is detected without reading all of it.
    let limit = MAX_SOURCE_BYTES as u64 + 1;
    let result = if file == Path::new("-") {
        std::io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(file).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    if let Err(e) = result {
        return Err(Outcome::error(
            format!("deepdive: cannot read {name}: {e}\n"),
            1,
        ));
    }
    if bytes.len() > MAX_SOURCE_BYTES {
        return Err(Outcome::error(
            format!("deepdive: {name} is over the 1 MiB source limit; nothing was run\n"),
            1,
        ));
    }
    Ok(bytes)
}

/// `deepdive python FILE --emit STAGE` with the VM's default fuel.
pub fn python(source: &[u8], file_name: &str, emit: PythonEmit) -> Outcome {
    python_with_fuel(
        source,
        file_name,
        emit,
        python_vm::RunOptions::default().fuel,
    )
}

/// `deepdive python FILE --emit STAGE --fuel N`.
pub fn python_with_fuel(source: &[u8], file_name: &str, emit: PythonEmit, fuel: u64) -> Outcome {
    match emit {
        PythonEmit::Tokens => {
            let report = python_syntax::tokenize_report(source, file_name);
            Outcome {
                stdout: report.stdout,
                stderr: report.stderr,
                exit_code: report.exit_code.clamp(0, 255) as u8,
            }
        }
        PythonEmit::Run => {
            let options = python_vm::RunOptions {
                fuel,
                ..python_vm::RunOptions::default()
            };
            let out = python_vm::run(source, file_name, options);
            Outcome {
                stdout: out.stdout,
                stderr: out.stderr,
                exit_code: out.exit_code.clamp(0, 255) as u8,
            }
        }
        PythonEmit::Trace => python_trace(source, file_name, fuel),
        stage => {
            // Every later stage starts by parsing, so a syntax error is reported as
            // `python3 FILE` reports it, whichever stage was asked for.
            let parsed = python_syntax::parse(source);
            match (parsed.module, parsed.error) {
                (_, Some(error)) => Outcome::error(error.render(file_name), 1),
                (Some(module), None) if stage == PythonEmit::Ast => Outcome {
                    stdout: python_syntax::ast::dump(&module) + "\n",
                    ..Outcome::default()
                },
                (Some(module), None) => {
                    let compiled = python_compiler::compile(&module, source, file_name);
                    match (compiled.code, compiled.error) {
                        (_, Some(error)) => Outcome::error(error.render(file_name), 1),
                        (Some(code), None) if stage == PythonEmit::Bytecode => Outcome {
                            stdout: python_compiler::dis(&code),
                            ..Outcome::default()
                        },
                        _ => Outcome::not_built(stage),
                    }
                }
                (None, None) => Outcome::not_built(stage),
            }
        }
    }
}

/// `deepdive python FILE --emit trace`: one JSON line per recorded step (docs/trace.md), then
/// one closing line with the code-object table, the run's output and how it ended. The
/// program's own output is in that last line, not printed; the exit code is the program's.
fn python_trace(source: &[u8], file_name: &str, fuel: u64) -> Outcome {
    use crate::trace_view::{step_views, CLI_TRACE_STEPS};
    let options = python_vm::RunOptions {
        trace_steps: Some(CLI_TRACE_STEPS),
        fuel,
        ..python_vm::RunOptions::default()
    };
    let out = python_vm::run(source, file_name, options);
    let mut stdout = String::new();
    let mut codes = Vec::new();
    let mut truncated = false;
    if let Some(trace) = &out.trace {
        for step in step_views(trace) {
            stdout += &serde_json::to_string(&step).unwrap_or_default();
            stdout.push('\n');
        }
        codes = trace
            .codes
            .iter()
            .map(|c| serde_json::json!({"name": c.name, "qualname": c.qualname, "first_line": c.first_line}))
            .collect();
        truncated = trace.truncated;
    }
    let end = serde_json::json!({
        "end": {
            "codes": codes,
            "truncated": truncated,
            "instructions": out.steps,
            "stdout": out.stdout,
            "stderr": out.stderr,
            "exit_code": out.exit_code,
        }
    });
    stdout += &end.to_string();
    stdout.push('\n');
    Outcome {
        stdout,
        stderr: String::new(),
        exit_code: out.exit_code.clamp(0, 255) as u8,
    }
}

/// `deepdive rust FILE --emit STAGE`.
pub fn rust(source: &[u8], file_name: &str, emit: RustEmit) -> Outcome {
    // rustc refuses a file that is not UTF-8 before it lexes anything; so do we, in its words.
    let text = match std::str::from_utf8(source) {
        Ok(text) => text,
        Err(e) => {
            return Outcome::error(
                format!(
                    "error: couldn't read `{file_name}`: stream did not contain valid UTF-8\n  |\n  \
                     = note: invalid utf-8 at byte `{}`\n\nerror: aborting due to 1 previous error\n\n",
                    e.valid_up_to()
                ),
                1,
            )
        }
    };
    match emit {
        // Tokens and the AST need only the stages up to theirs.
        RustEmit::Tokens => {
            let lexed = rust_syntax::lex(text);
            let mut outcome = Outcome {
                stdout: rust_syntax::format_tokens(text, &lexed),
                ..Outcome::default()
            };
            let errors: Vec<&source::Diagnostic> = lexed.diagnostics.iter().collect();
            report_rustc(&mut outcome, &errors, text, file_name);
            outcome
        }
        RustEmit::Ast => {
            let lexed = rust_syntax::lex(text);
            let parsed = rust_syntax::parse_lexed(text, &lexed, rust_syntax::Edition::E2021);
            let mut outcome = Outcome {
                stdout: rust_syntax::ast::print(text, &parsed.krate),
                ..Outcome::default()
            };
            let errors: Vec<&source::Diagnostic> = lexed
                .diagnostics
                .iter()
                .filter(|d| parsed.lexer_reports(d))
                .chain(&parsed.diagnostics)
                .collect();
            report_rustc(&mut outcome, &errors, text, file_name);
            outcome
        }
        RustEmit::Hir => rust_hir(text, file_name),
        other => Outcome::not_built(other),
    }
}

/// `deepdive rust FILE --emit hir`: the desugared program as `rustc -Zunpretty=hir` prints it,
/// or the lexer's, parser's or name resolver's errors in rustc's format (exit 1).
fn rust_hir(text: &str, file_name: &str) -> Outcome {
    let artifacts = pipeline::rust(text);
    // As for `--emit ast`: past an unexpected closing delimiter rustc stops lexing, so the
    // lexer errors after it are not reported.
    let mut errors: Vec<&source::Diagnostic> = artifacts
        .lexed
        .diagnostics
        .iter()
        .filter(|d| artifacts.parsed.lexer_reports(d))
        .chain(&artifacts.parsed.diagnostics)
        .collect();
    let mut outcome = Outcome::default();
    if let Some(lowered) = &artifacts.hir {
        errors.extend(&lowered.diagnostics);
        if lowered.diagnostics.is_empty() {
            outcome.stdout = rust_sema::print::print(&lowered.hir).text;
        }
    }
    // In position order, within the order rustc emits them in (`Diagnostic::emission`).
    errors.sort_by_key(|d| (d.emission, d.primary_span().start));
    report_rustc(&mut outcome, &errors, text, file_name);
    outcome
}

/// Writes `errors` to the outcome's stderr as rustc does (each, then `aborting due to…`) and
/// makes it exit 1; nothing when there are none.
fn report_rustc(
    outcome: &mut Outcome,
    errors: &[&source::Diagnostic],
    text: &str,
    file_name: &str,
) {
    if errors.is_empty() {
        return;
    }
    let index = source::LineIndex::new(text.as_bytes());
    for d in errors {
        outcome.stderr += &d.render_rustc(file_name, &index);
        outcome.stderr.push('\n');
    }
    let _ = writeln!(outcome.stderr, "{}", aborting(errors.len()));
    let codes: std::collections::BTreeSet<&str> =
        errors.iter().filter_map(|d| d.code.as_deref()).collect();
    let mut codes = codes.into_iter();
    match (codes.next(), codes.len()) {
        // rustc ends with an empty line when it has no explanation to point at.
        (None, _) => outcome.stderr.push('\n'),
        (Some(code), 0) => {
            let _ = writeln!(
                outcome.stderr,
                "\nFor more information about this error, try `rustc --explain {code}`."
            );
        }
        (Some(first), _) => {
            let all: Vec<&str> = std::iter::once(first).chain(codes).collect();
            let _ = writeln!(
                outcome.stderr,
                "\nSome errors have detailed explanations: {}.\n\
                 For more information about an error, try `rustc --explain {first}`.",
                all.join(", ")
            );
        }
    }
    outcome.exit_code = 1;
}

/// rustc's closing line after errors.
fn aborting(count: usize) -> String {
    match count {
        1 => "error: aborting due to 1 previous error".to_string(),
        n => format!("error: aborting due to {n} previous errors"),
    }
}
