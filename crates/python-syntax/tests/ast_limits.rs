//! Deep and huge inputs give CPython's errors (or a tree), never a stack overflow. The
//! expected outcomes were measured with CPython 3.11's `ast.parse`; the tests run on the test
//! harness's threads, whose stacks are small (2 MiB).

use python_syntax::parse;
use python_syntax::parser::SyntaxErrorKind;

/// Parses and returns the error's kind, message, line and offset.
fn error_of(source: &str) -> (SyntaxErrorKind, String, u32, i32) {
    let parsed = parse(source.as_bytes());
    let e = parsed.error.expect("an error");
    (e.kind, e.message, e.lineno, e.offset)
}

#[test]
fn hundred_thousand_parentheses() {
    let source = "(".repeat(100_000);
    let (kind, message, line, offset) = error_of(&source);
    assert_eq!(kind, SyntaxErrorKind::SyntaxError);
    assert_eq!(message, "too many nested parentheses");
    assert_eq!((line, offset), (1, 201));
}

#[test]
fn two_hundred_parentheses_are_too_many_but_199_are_fine() {
    let ok = format!("{}1{}\n", "(".repeat(199), ")".repeat(199));
    assert!(parse(ok.as_bytes()).module.is_some());
    let bad = format!("{}1{}\n", "(".repeat(201), ")".repeat(201));
    assert_eq!(error_of(&bad).1, "too many nested parentheses");
}

#[test]
fn ten_thousand_nested_blocks() {
    let mut source = String::new();
    for depth in 0..10_000 {
        source.push_str(&" ".repeat(depth));
        source.push_str("if x:\n");
    }
    source.push_str(&" ".repeat(10_000));
    source.push_str("pass\n");
    let (kind, message, line, offset) = error_of(&source);
    assert_eq!(kind, SyntaxErrorKind::IndentationError);
    assert_eq!(message, "too many levels of indentation");
    assert_eq!((line, offset), (101, 1));
}

#[test]
fn ninety_nine_nested_blocks_parse() {
    let mut source = String::new();
    for depth in 0..99 {
        source.push_str(&" ".repeat(depth));
        source.push_str("if x:\n");
    }
    source.push_str(&" ".repeat(99));
    source.push_str("pass\n");
    assert!(parse(source.as_bytes()).module.is_some());
}

#[test]
fn one_mebibyte_flat_expression_is_too_deep_for_ast_construction() {
    // `1+1+…+1` is a left-leaning tree as deep as it is long; CPython parses it and then
    // fails converting it to Python objects.
    let mut source = String::from("1");
    while source.len() < 1 << 20 {
        source.push_str("+1");
    }
    source.push('\n');
    let (kind, message, _, _) = error_of(&source);
    assert_eq!(kind, SyntaxErrorKind::RecursionError);
    assert_eq!(
        message,
        "maximum recursion depth exceeded during ast construction"
    );
}

#[test]
fn ast_depth_limit_is_cpythons() {
    // `1` followed by N times `+1`: the module, the statement, N BinOps and a Constant.
    let ok = format!("1{}\n", "+1".repeat(2988));
    assert!(parse(ok.as_bytes()).module.is_some());
    let bad = format!("1{}\n", "+1".repeat(2989));
    assert_eq!(error_of(&bad).0, SyntaxErrorKind::RecursionError);
    let ok = format!("a{}\n", ".a".repeat(2988));
    assert!(parse(ok.as_bytes()).module.is_some());
    let bad = format!("a{}\n", "()".repeat(2989));
    assert_eq!(error_of(&bad).0, SyntaxErrorKind::RecursionError);
}

#[test]
fn hundred_thousand_unary_minus_overflow_the_parser_stack() {
    let source = format!("{}1\n", "-".repeat(100_000));
    assert_eq!(error_of(&source).0, SyntaxErrorKind::MemoryError);
    let source = format!("{}1\n", "not ".repeat(100_000));
    assert_eq!(error_of(&source).0, SyntaxErrorKind::MemoryError);
    let source = format!("{}1\n", "lambda: ".repeat(100_000));
    assert_eq!(error_of(&source).0, SyntaxErrorKind::MemoryError);
    let source = format!("{}\n", vec!["2"; 100_000].join("**"));
    assert_eq!(error_of(&source).0, SyntaxErrorKind::MemoryError);
}

#[test]
fn stacked_chains_inside_brackets_stay_bounded() {
    // Chains of a thousand attributes, nested inside 150 brackets: far deeper than CPython
    // converts, built without recursion; the result is CPython's RecursionError.
    let mut source = String::from("x");
    for _ in 0..150 {
        source = format!("({source}){}", ".a".repeat(1000));
    }
    source.push('\n');
    assert_eq!(error_of(&source).0, SyntaxErrorKind::RecursionError);
}

#[test]
fn long_lines_and_many_statements() {
    let line = format!("x = {}\n", vec!["1"; 20_000].join(", "));
    assert!(parse(line.as_bytes()).module.is_some());
    let many = "x = 1\n".repeat(100_000);
    assert_eq!(
        parse(many.as_bytes()).module.expect("parses").body.len(),
        100_000
    );
    let strings = format!("x = {}\n", vec!["'a'"; 100_000].join(" "));
    assert!(parse(strings.as_bytes()).module.is_some());
}
