//! `ast.dump(ast.parse(source))` reproduced, for the conformance and benchmark scripts.
//!
//! ```text
//! cargo run --release -p python-syntax --example ast_dump -- FILE...
//! cargo run --release -p python-syntax --example ast_dump -- --out-dir DIR [--files-from LIST] [FILE...]
//! cargo run --release -p python-syntax --example ast_dump -- --bench RUNS [--files-from LIST] [FILE...]
//! ```
//!
//! Without options, prints the dump of each file (or its error report). With `--out-dir`, the
//! N-th file (counting from 0) gets `DIR/N.ast` (the dump), `DIR/N.attrs` (the dump with
//! attributes) or, when it does not parse, `DIR/N.err`: the exception's type, message, line
//! and offset separated by tabs. With `--bench`, every file is read first, then parsed RUNS
//! times in this process; each run's time in seconds is printed on its own line.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use python_syntax::ast::{dump, dump_with_attributes};
use python_syntax::parse;

fn main() -> ExitCode {
    let mut files = Vec::new();
    let mut out_dir = None;
    let mut bench = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out-dir" => out_dir = args.next().map(PathBuf::from),
            "--bench" => bench = args.next().and_then(|n| n.parse::<usize>().ok()),
            "--files-from" => {
                let Some(list) = args.next() else {
                    eprintln!("--files-from needs a file");
                    return ExitCode::from(2);
                };
                match std::fs::read_to_string(&list) {
                    Ok(text) => {
                        files.extend(text.lines().filter(|l| !l.is_empty()).map(String::from))
                    }
                    Err(e) => {
                        eprintln!("{list}: {e}");
                        return ExitCode::from(2);
                    }
                }
            }
            _ => files.push(arg),
        }
    }
    let sources: Vec<Vec<u8>> = files
        .iter()
        .map(|f| std::fs::read(f).unwrap_or_default())
        .collect();
    if let Some(runs) = bench {
        for _ in 0..runs {
            let start = Instant::now();
            let mut nodes = 0usize;
            for source in &sources {
                let parsed = parse(source);
                nodes += parsed.module.map_or(0, |m| m.body.len());
            }
            println!("{:.6}", start.elapsed().as_secs_f64());
            std::hint::black_box(nodes);
        }
        return ExitCode::SUCCESS;
    }
    for (i, (name, source)) in files.iter().zip(&sources).enumerate() {
        let parsed = parse(source);
        match (&out_dir, parsed.module, parsed.error) {
            (Some(dir), Some(module), _) => {
                let _ = std::fs::write(dir.join(format!("{i}.ast")), dump(&module) + "\n");
                let _ = std::fs::write(
                    dir.join(format!("{i}.attrs")),
                    dump_with_attributes(&module) + "\n",
                );
            }
            (Some(dir), None, Some(e)) => {
                let line = format!(
                    "{}\t{}\t{}\t{}\n",
                    e.kind.name(),
                    e.message,
                    e.lineno,
                    e.offset
                );
                let _ = std::fs::write(dir.join(format!("{i}.err")), line);
            }
            (None, Some(module), _) => println!("{}", dump(&module)),
            (None, None, Some(e)) => eprint!("{}", e.render(name)),
            _ => {}
        }
    }
    ExitCode::SUCCESS
}
