//! `python3 -m tokenize` reproduced: prints the token report of each file, or writes the reports
//! of many files into a directory, or times the tokenizer over many files.
//!
//! ```text
//! cargo run --release -p python-syntax --example tokenize -- FILE...
//! cargo run --release -p python-syntax --example tokenize -- --out-dir DIR [--files-from LIST] [FILE...]
//! cargo run --release -p python-syntax --example tokenize -- --bench RUNS [--files-from LIST] [FILE...]
//! ```
//!
//! With `--out-dir`, the report of the N-th file (counting from 0) goes to `DIR/N.stdout`,
//! `DIR/N.stderr` and `DIR/N.code`. `--files-from` reads more file names, one per line. With
//! `--bench`, every file is read first, then tokenized RUNS times in this process; each run's time
//! in seconds is printed on its own line.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use python_syntax::{tokenize, tokenize_report};

/// What the command line asked for.
struct Options {
    files: Vec<String>,
    out_dir: Option<PathBuf>,
    bench_runs: Option<usize>,
}

/// Reads the command line, or explains it.
fn parse_args() -> Result<Options, String> {
    let mut options = Options {
        files: Vec::new(),
        out_dir: None,
        bench_runs: None,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out-dir" => {
                options.out_dir = Some(args.next().ok_or("--out-dir needs a directory")?.into())
            }
            "--files-from" => {
                let list = args.next().ok_or("--files-from needs a file")?;
                let text = std::fs::read_to_string(&list).map_err(|e| format!("{list}: {e}"))?;
                options
                    .files
                    .extend(text.lines().filter(|l| !l.is_empty()).map(String::from));
            }
            "--bench" => {
                let runs = args.next().ok_or("--bench needs a number of runs")?;
                options.bench_runs = Some(runs.parse().map_err(|_| "--bench needs a number")?);
            }
            _ => options.files.push(arg),
        }
    }
    if options.files.is_empty() {
        return Err(
            "usage: tokenize [--out-dir DIR | --bench RUNS] [--files-from LIST] FILE...".into(),
        );
    }
    Ok(options)
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    if let Some(runs) = options.bench_runs {
        return bench(&options.files, runs);
    }
    let mut status = 0;
    for (index, file) in options.files.iter().enumerate() {
        let source = match std::fs::read(file) {
            Ok(source) => source,
            Err(error) => {
                eprintln!("{file}: {error}");
                return ExitCode::from(2);
            }
        };
        let report = tokenize_report(&source, file);
        match &options.out_dir {
            Some(dir) => {
                let write = |ext: &str, text: &str| {
                    std::fs::write(dir.join(format!("{index}.{ext}")), text)
                };
                let written = write("stdout", &report.stdout)
                    .and_then(|_| write("stderr", &report.stderr))
                    .and_then(|_| write("code", &report.exit_code.to_string()));
                if let Err(error) = written {
                    eprintln!("{}: {error}", dir.display());
                    return ExitCode::from(2);
                }
            }
            None => {
                print!("{}", report.stdout);
                eprint!("{}", report.stderr);
                status = status.max(report.exit_code);
            }
        }
    }
    ExitCode::from(status as u8)
}

/// Tokenizes every file `runs` times and prints the seconds each run took.
fn bench(files: &[String], runs: usize) -> ExitCode {
    let mut sources = Vec::with_capacity(files.len());
    for file in files {
        match std::fs::read(file) {
            Ok(source) => sources.push(source),
            Err(error) => {
                eprintln!("{file}: {error}");
                return ExitCode::from(2);
            }
        }
    }
    for _ in 0..runs {
        let started = Instant::now();
        let mut tokens = 0;
        for source in &sources {
            tokens += tokenize(source).tokens.len();
        }
        let elapsed = started.elapsed().as_secs_f64();
        println!("{elapsed:.6} {tokens}");
    }
    ExitCode::SUCCESS
}
