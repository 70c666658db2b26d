//! Unit tests of lowering and name resolution: scopes, shadowing, patterns, desugaring marks,
//! unsupported constructs and deep input.

use rust_sema::hir::{Desugaring, ExprKind, Origin, PatKind, Res};

fn lower(src: &str) -> rust_sema::Lowered {
    let parsed = rust_syntax::parse(src);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let lowered = rust_sema::lower(src, &parsed.krate);
    let problems = rust_sema::verify::verify(&lowered.hir);
    assert!(problems.is_empty(), "{problems:?}");
    lowered
}

fn messages(src: &str) -> Vec<String> {
    lower(src)
        .diagnostics
        .iter()
        .map(|d| format!("{} {}", d.code.as_deref().unwrap_or("-"), d.message))
        .collect()
}

#[test]
fn shadowing_resolves_to_the_latest_binding() {
    let l = lower("fn main() { let x = 1; let x = x + 1; let y = x; }");
    assert!(l.diagnostics.is_empty());
    let xs: Vec<_> = l.hir.locals.iter().filter(|v| v.name == "x").collect();
    assert_eq!(xs.len(), 2);
    // The path `x` in `let y = x` resolves to the second `x`.
    let second = l.hir.locals.iter().rposition(|v| v.name == "x").unwrap() as u32;
    let uses: Vec<u32> = l
        .hir
        .exprs
        .iter()
        .filter_map(|e| match &e.kind {
            ExprKind::Path(p) => match p.res {
                Res::Local(id) => Some(id.0),
                _ => None,
            },
            _ => None,
        })
        .collect();
    assert_eq!(uses.last(), Some(&second));
}

#[test]
fn block_scopes_end() {
    assert_eq!(
        messages("fn main() { { let a = 1; } let b = a; }"),
        vec!["E0425 cannot find value `a` in this scope"]
    );
}

#[test]
fn or_patterns_bind_one_local_and_none_is_a_path() {
    let l = lower(
        "enum E { A(i32), B(i32), C }\nfn f(e: E, o: Option<i32>) -> i32 {\n    let n = match o { None => 0, Some(v) => v };\n    match e { E::A(x) | E::B(x) => x + n, E::C => 0 }\n}\nfn main() {}\n",
    );
    assert!(l.diagnostics.is_empty(), "{:?}", l.diagnostics);
    assert_eq!(l.hir.locals.iter().filter(|v| v.name == "x").count(), 1);
    assert!(l
        .hir
        .pats
        .iter()
        .any(|p| matches!(&p.kind, PatKind::Path(path) if path.segments[0].name == "None")));
}

#[test]
fn items_modules_uses_and_self() {
    let src = "mod a {\n    pub mod b { pub fn f() -> i32 { super::g() } }\n    pub fn g() -> i32 { 1 }\n}\nuse a::b::f;\nenum Dir { Up, Down }\nuse Dir::*;\nstruct P { x: i32 }\nimpl P {\n    fn new() -> Self { Self { x: f() } }\n    fn get(&self) -> i32 { self.x }\n}\nfn main() {\n    let d = Up;\n    match d { Up => {}, Down => {} }\n    let p = P::new();\n    let _ = p.get() + later();\n    fn later() -> i32 { 2 }\n}\n";
    let l = lower(src);
    assert!(l.diagnostics.is_empty(), "{:?}", l.diagnostics);
}

#[test]
fn desugarings_are_marked() {
    let l = lower(
        "fn f(x: Option<i32>) -> Option<i32> {\n    let mut n = 0;\n    for i in 0..3 { n += i; }\n    while n < 10 { n += 1; }\n    Some(x? + n)\n}\nfn main() {}\n",
    );
    let kinds: Vec<&Desugaring> = l
        .hir
        .exprs
        .iter()
        .filter_map(|e| match &e.origin {
            Origin::Desugared(d) => Some(d),
            Origin::Source => None,
        })
        .collect();
    for d in [
        Desugaring::ForLoop,
        Desugaring::WhileLoop,
        Desugaring::QuestionMark,
        Desugaring::RangeStruct,
        Desugaring::CompoundAssign,
    ] {
        assert!(kinds.contains(&&d), "{d:?} missing");
    }
}

#[test]
fn unsupported_constructs_are_diagnostics() {
    let m = messages(
        "macro_rules! m { () => {} }\nfn main() { let x = 1; let y = unsafe { x }; dbg!(y); }\n",
    );
    assert!(m.contains(&"- deepdive does not support macro definitions yet".to_string()));
    assert!(m.contains(&"- deepdive does not support unsafe code yet".to_string()));
    assert!(m.contains(&"- deepdive does not support the macro `dbg!` yet".to_string()));
}

#[test]
fn format_strings_check_their_arguments() {
    assert_eq!(
        messages("fn main() { let x = 1; println!(\"{} {}\", x); }"),
        vec!["- 2 positional arguments in format string, but there is 1 argument"]
    );
    assert_eq!(
        messages("fn main() { let x = 1; println!(\"{y}\"); }"),
        vec!["E0425 cannot find value `y` in this scope"]
    );
    assert!(
        messages("fn main() { let x = 1.5; println!(\"{x:>8.3} {:?} {0:#x}\", 3); }").is_empty()
    );
}

#[test]
fn deep_input_does_not_overflow() {
    let depth = 120;
    let src = format!(
        "fn main() {{ let x = {}1{}; let y = {}0{}; }}",
        "(".repeat(depth),
        ")".repeat(depth),
        "{ ".repeat(depth),
        " }".repeat(depth)
    );
    let l = lower(&src);
    assert!(l.diagnostics.is_empty());
    let printed = rust_sema::print::print(&l.hir);
    assert!(printed.text.contains("let x = 1;"));
}

#[test]
fn expansions_near_the_start_of_the_file_keep_their_spans() {
    // `unreachable!` puts a prefix before the format string; a literal at a small offset must
    // not make the span arithmetic underflow.
    let m = messages("fn main(){unreachable!(\"{}\")}");
    assert_eq!(
        m,
        vec!["- 1 positional argument in format string, but no arguments were given"]
    );
    assert!(messages("fn main(){todo!(\"{x}\", x = 1)}").is_empty());
}
