//! A benchmark of the parsing stage on a generated 1,000-line program (not a timed test: it
//! prints the figures and asserts only that the program parses cleanly).
//!
//! Run in release mode to see meaningful numbers:
//! `cargo test --release -p rust-syntax --test parse_bench -- --nocapture`.

use std::time::Instant;

use rust_syntax::{lex, parse_lexed, Edition};

/// A program of about `lines` lines in the teaching subset: structs, enums, impls, traits,
/// functions with loops, matches, closures and iterator chains.
fn program(lines: usize) -> String {
    let mut out = String::from("use std::collections::HashMap;\nuse std::fmt;\n\n");
    let mut i = 0;
    while out.lines().count() < lines {
        out += &format!(
            "#[derive(Debug, Clone, PartialEq)]
struct Point{i} {{
    x: i64,
    y: i64,
}}

enum Shape{i} {{
    Circle {{ r: f64 }},
    Rect(f64, f64),
    Empty,
}}

impl fmt::Display for Point{i} {{
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {{
        write!(f, \"({{}}, {{}})\", self.x, self.y)
    }}
}}

fn work{i}(n: u64, v: &mut Vec<i64>) -> Result<u64, String> {{
    let mut total = 0u64;
    for k in 0..n {{
        if k % 3 == 0 && k != 9 {{
            total += k * 2;
        }} else if let Some(x) = v.get(k as usize) {{
            total = total.wrapping_add(*x as u64);
        }}
    }}
    let squares: Vec<i64> = v.iter().map(|x| x * x).filter(|x| *x > 10).collect();
    let mut map: HashMap<String, usize> = HashMap::new();
    *map.entry(format!(\"k{{}}\", n)).or_insert(0) += squares.len();
    let shape = Shape{i}::Rect(1.0, 2.0);
    let area = match shape {{
        Shape{i}::Circle {{ r }} => 3.14 * r * r,
        Shape{i}::Rect(w, h) if w > 0.0 => w * h,
        _ => 0.0,
    }};
    'outer: while total > 100 {{
        total /= 2;
        if total < 10 {{
            break 'outer;
        }}
    }}
    let p = Point{i} {{ x: 1, y: -2 }};
    v.push(p.x + p.y + area as i64);
    Ok(total)
}}

"
        );
        i += 1;
    }
    out
}

#[test]
fn parse_a_thousand_line_program() {
    let src = program(1000);
    // `scripts/rust_front_bench.py` times every front-end stage, and rustc, on this program.
    if let Ok(path) = std::env::var("DEEPDIVE_WRITE_BENCH_PROGRAM") {
        std::fs::write(&path, &src).expect("the benchmark program is written");
    }
    let lines = src.lines().count();
    let lexed = lex(&src);
    let parsed = parse_lexed(&src, &lexed, Edition::E2021);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let runs = 50;
    let mut lex_times = Vec::new();
    let mut parse_times = Vec::new();
    for _ in 0..runs {
        let start = Instant::now();
        let lexed = lex(&src);
        lex_times.push(start.elapsed().as_secs_f64());
        let start = Instant::now();
        let parsed = parse_lexed(&src, &lexed, Edition::E2021);
        parse_times.push(start.elapsed().as_secs_f64());
        assert!(parsed.diagnostics.is_empty());
    }
    lex_times.sort_by(f64::total_cmp);
    parse_times.sort_by(f64::total_cmp);
    let median = |v: &[f64]| v[v.len() / 2] * 1e3;
    println!(
        "{lines} lines, {} bytes: lex {:.3} ms, parse {:.3} ms (median of {runs}); \
         best: lex {:.3} ms, parse {:.3} ms",
        src.len(),
        median(&lex_times),
        median(&parse_times),
        lex_times[0] * 1e3,
        parse_times[0] * 1e3
    );
}
