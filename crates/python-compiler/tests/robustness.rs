//! Bad and extreme input: nothing that parses may panic or overflow the stack when compiled,
//! and CPython's compile-time limits give CPython's errors.

use python_compiler::{compile, dis};

/// Parses and compiles; returns the disassembly or the error's message.
fn run(source: &str) -> Result<String, String> {
    let parsed = python_syntax::parse(source.as_bytes());
    let Some(module) = parsed.module else {
        return Err(parsed.error.map(|e| e.message).unwrap_or_default());
    };
    let compiled = compile(&module, source.as_bytes(), "t.py");
    match (compiled.code, compiled.error) {
        (Some(code), _) => Ok(dis(&code)),
        (None, Some(e)) => Err(e.message),
        (None, None) => Err(String::new()),
    }
}

#[test]
fn deep_expressions_do_not_overflow() {
    let cases = [
        format!("x = {}1{}", "(".repeat(150), ")".repeat(150)),
        format!("x = {}1", "-".repeat(2500)),
        format!("x = {}", vec!["a"; 5000].join(" + ")),
        format!("x = {}", vec!["a"; 2000].join(" and ")),
        format!("x = {}1{}", "[".repeat(150), "]".repeat(150)),
        format!("x = {}", vec!["a"; 1000].join(" if b else ")),
        format!("x = {}", "not ".repeat(2000) + "a"),
        format!("x = a{}", ".b".repeat(2500)),
        format!("x = f{}", "()".repeat(2500)),
        format!("x = {}", vec!["1"; 3000].join(" < ")),
    ];
    for source in &cases {
        let _ = run(source);
    }
}

#[test]
fn deep_statements_do_not_overflow() {
    let mut source = String::new();
    for depth in 0..99 {
        source.push_str(&" ".repeat(depth));
        source.push_str(&format!("def f{depth}():\n"));
    }
    source.push_str(&" ".repeat(99));
    source.push_str("return 1\n");
    let _ = run(&source);

    let mut source = String::new();
    for depth in 0..99 {
        source.push_str(&" ".repeat(depth));
        source.push_str("if x:\n");
    }
    source.push_str(&" ".repeat(99));
    source.push_str("pass\n");
    assert!(run(&source).is_ok());
}

#[test]
fn too_many_nested_blocks_is_cpythons_error() {
    let mut source = String::new();
    for depth in 0..21 {
        source.push_str(&" ".repeat(depth));
        source.push_str(&format!("for i{depth} in x:\n"));
    }
    source.push_str(&" ".repeat(21));
    source.push_str("pass\n");
    assert_eq!(
        run(&source),
        Err("too many statically nested blocks".to_string())
    );
}

#[test]
fn large_code_needs_extended_args() {
    let body: String = (0..400).map(|i| format!("    x{i} = {i}.25\n")).collect();
    let source = format!("def f():\n{body}    return x0\n");
    let text = run(&source).expect("compiles");
    assert!(text.contains("EXTENDED_ARG"));
}

#[test]
fn odd_but_valid_programs_compile() {
    let cases = [
        "",
        "\n\n\n",
        "# only a comment\n",
        "x: int\n",
        "class A: pass\n",
        "lambda: (yield)\n",
        "def f():\n    yield from (yield)\n",
        "async def f():\n    return [x async for x in y]\n",
        "def f():\n    x = 1\n    def g():\n        nonlocal x\n        del x\n",
        "class C:\n    def f(self):\n        return __class__\n",
        "class C:\n    x = 1\n    def f(self):\n        return x\n",
        "def f(__debug2__, *, a, b=1, **kw):\n    pass\n",
        "match x:\n    case {1: a, **rest}:\n        pass\n",
        "try:\n    pass\nexcept* (A, B) as e:\n    pass\n",
        "while True:\n    try:\n        break\n    finally:\n        continue\n",
        "for x in y:\n    with a:\n        with b:\n            break\n",
        "x = 10 ** 10000\n",
        "x = 'a' * 100000\n",
        "x = (1,) * 1000\n",
        "x = 1 << 1000\n",
        "x = 1 / 0\n",
        "x = -9223372036854775808\n",
        "x = [*a, *b][0:1:2]\n",
    ];
    for source in cases {
        let _ = run(source);
    }
}

#[test]
fn compile_errors_are_reported() {
    assert_eq!(run("return 1\n"), Err("'return' outside function".into()));
    assert_eq!(run("break\n"), Err("'break' outside loop".into()));
    assert_eq!(
        run("nonlocal x\n"),
        Err("nonlocal declaration not allowed at module level".into())
    );
    assert_eq!(
        run("def f():\n    x = 1\n    global x\n"),
        Err("name 'x' is assigned to before global declaration".into())
    );
}
