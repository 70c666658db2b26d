//! `dis.dis(compile(source, FILE, "exec"))` reproduced, for the conformance and benchmark scripts.
//!
//! ```text
//! cargo run --release -p python-compiler --example pydis -- FILE...
//! cargo run --release -p python-compiler --example pydis -- --out-dir DIR [--files-from LIST] [FILE...]
//! cargo run --release -p python-compiler --example pydis -- --bench RUNS [--files-from LIST] [FILE...]
//! ```
//!
//! Without options, prints the disassembly of each file (or its error report). With
//! `--out-dir`, the N-th file (counting from 0) gets `DIR/N.dis`, or `DIR/N.err` (the error's
//! type, message and line, separated by tabs) when it does not compile. With `--bench`, every
//! file is read first, then parsed and compiled RUNS times in this process; each run's time in
//! seconds is printed on its own line.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut files = Vec::new();
    let mut out_dir = None;
    let mut bench = None;
    let mut meta = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--out-dir" => out_dir = args.next().map(PathBuf::from),
            "--meta" => meta = true,
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
            let mut n = 0usize;
            for (name, source) in files.iter().zip(&sources) {
                let parsed = python_syntax::parse(source);
                if let Some(module) = parsed.module {
                    let compiled = python_compiler::compile(&module, source, name);
                    n += compiled.code.map_or(0, |c| c.instructions.len());
                }
            }
            println!("{:.6}", start.elapsed().as_secs_f64());
            std::hint::black_box(n);
        }
        return ExitCode::SUCCESS;
    }
    for (i, (name, source)) in files.iter().zip(&sources).enumerate() {
        let parsed = python_syntax::parse(source);
        let result = match parsed.module {
            Some(module) => {
                let compiled = python_compiler::compile(&module, source, name);
                match (compiled.code, compiled.error) {
                    (Some(code), _) if meta => Ok(metadata(&code)),
                    (Some(code), _) => Ok(python_compiler::dis(&code)),
                    (None, Some(e)) => Err(format!(
                        "{}\t{}\t{}\t{}",
                        e.kind,
                        e.message,
                        e.lineno,
                        e.render(name)
                    )),
                    (None, None) => Err("Error\tno result\t0\t".into()),
                }
            }
            None => {
                let e = parsed.error.expect("a failed parse has an error");
                Err(format!(
                    "{}\t{}\t{}\t{}",
                    e.kind.name(),
                    e.message,
                    e.lineno,
                    e.render(name)
                ))
            }
        };
        match (&out_dir, result) {
            (Some(dir), Ok(text)) => {
                let _ = std::fs::write(dir.join(format!("{i}.dis")), text);
            }
            (Some(dir), Err(text)) => {
                let _ = std::fs::write(dir.join(format!("{i}.err")), text);
            }
            (None, Ok(text)) => print!("{text}"),
            (None, Err(text)) => eprint!("{}", text.splitn(4, '\t').nth(3).unwrap_or("")),
        }
    }
    ExitCode::SUCCESS
}

/// The code object attributes `dis` does not print, for the whole tree of code objects.
fn metadata(code: &python_compiler::CodeObject) -> String {
    let mut out = String::new();
    for c in std::iter::once(code).chain(code.nested()) {
        out.push_str(&format!(
            "{} {} {} {} {} {} {} {} [{}] [{}] [{}] [{}]\n",
            c.qualname,
            c.first_line,
            c.flags,
            c.argcount,
            c.posonlyargcount,
            c.kwonlyargcount,
            c.nlocals,
            c.stacksize,
            c.varnames.join(","),
            c.cellvars.join(","),
            c.freevars.join(","),
            c.names.join(",")
        ));
    }
    out
}
