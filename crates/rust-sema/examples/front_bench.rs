//! Times the Rust front end's stages (lex, parse, lower with name resolution, type check) on files, for
//! `scripts/rust_front_bench.py`, which puts rustc's `--emit=metadata` beside the figures.
//!
//! ```text
//! cargo run --release -p rust-sema --example front_bench -- [--runs N] FILE...
//! ```
//!
//! Prints one line per file, `FILE LINES lex_ms parse_ms lower_ms typeck_ms` (medians of N runs, default
//! 20), then the sums over all files.

use std::time::Instant;

/// The median of some durations, in milliseconds.
fn median_ms(mut times: Vec<f64>) -> f64 {
    times.sort_by(f64::total_cmp);
    times[times.len() / 2] * 1e3
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut runs = 20;
    if args.first().map(String::as_str) == Some("--runs") && args.len() >= 2 {
        runs = args[1].parse().expect("--runs takes a number");
        args.drain(..2);
    }
    let mut totals = [0.0f64; 4];
    let mut total_lines = 0;
    for file in &args {
        let src = std::fs::read_to_string(file).expect("the file is UTF-8 text");
        let (mut lex, mut parse, mut lower, mut typeck) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for _ in 0..runs {
            let t = Instant::now();
            let lexed = rust_syntax::lex(&src);
            lex.push(t.elapsed().as_secs_f64());
            let t = Instant::now();
            let parsed = rust_syntax::parse_lexed(&src, &lexed, rust_syntax::Edition::E2021);
            parse.push(t.elapsed().as_secs_f64());
            let t = Instant::now();
            let lowered = rust_sema::lower(&src, &parsed.krate);
            lower.push(t.elapsed().as_secs_f64());
            let t = Instant::now();
            let checked = rust_sema::typeck::check(&src, &lowered.hir);
            typeck.push(t.elapsed().as_secs_f64());
            std::hint::black_box((lowered, checked));
        }
        let ms = [
            median_ms(lex),
            median_ms(parse),
            median_ms(lower),
            median_ms(typeck),
        ];
        let lines = src.lines().count();
        total_lines += lines;
        for (t, m) in totals.iter_mut().zip(ms) {
            *t += m;
        }
        println!(
            "{file} {lines} {:.3} {:.3} {:.3} {:.3}",
            ms[0], ms[1], ms[2], ms[3]
        );
    }
    println!(
        "TOTAL {total_lines} {:.3} {:.3} {:.3} {:.3}",
        totals[0], totals[1], totals[2], totals[3]
    );
}
