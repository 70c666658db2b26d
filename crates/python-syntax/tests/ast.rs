//! Data-driven AST tests: every `test_data/python/ast/NAME.py` must dump exactly as CPython
//! 3.11 dumps it, in `NAME.ast` (`ast.dump`) and `NAME.attrs` (`include_attributes=True`).
//!
//! The expectations come from CPython (`python3 scripts/python_ast_gen.py`). A missing
//! expectation is written from our output on first run, to be reviewed and regenerated with
//! the script.

use std::fs;
use std::path::{Path, PathBuf};

use python_syntax::ast::{dump, dump_with_attributes, tree, TreeField, TreeNode};
use python_syntax::parse;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../test_data/python/ast")
}

fn check(path: &Path, ext: &str, actual: &str, failures: &mut Vec<String>) {
    let expected_path = path.with_extension(ext);
    match fs::read_to_string(&expected_path) {
        Ok(expected) => {
            if expected.trim_end_matches('\n') != actual {
                failures.push(format!(
                    "{}:\n  ours:    {}\n  CPython: {}",
                    expected_path.display(),
                    actual,
                    expected.trim_end()
                ));
            }
        }
        Err(_) => {
            fs::write(&expected_path, format!("{actual}\n")).expect("write expectation");
        }
    }
}

#[test]
fn dumps_match_cpython() {
    let mut files: Vec<PathBuf> = fs::read_dir(corpus())
        .expect("corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    assert!(files.len() >= 60, "the corpus has {} programs", files.len());
    let mut failures = Vec::new();
    for path in &files {
        let source = fs::read(path).expect("read");
        let parsed = parse(&source);
        let Some(module) = parsed.module else {
            failures.push(format!("{}: rejected: {:?}", path.display(), parsed.error));
            continue;
        };
        check(path, "ast", &dump(&module), &mut failures);
        check(path, "attrs", &dump_with_attributes(&module), &mut failures);
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Every node of the generic tree lies within the input, and children within their parent.
fn check_tree(node: &TreeNode, len: u32) {
    assert!(
        node.span.start <= node.span.end && node.span.end <= len,
        "{node:?}"
    );
    for (_, field) in &node.fields {
        let children: Vec<&TreeNode> = match field {
            TreeField::Node(n) => vec![n],
            TreeField::List(l) => l.iter().collect(),
            TreeField::Value(_) => vec![],
        };
        for child in children {
            check_tree(child, len);
        }
    }
}

#[test]
fn tree_view_has_fields_in_asdl_order() {
    let source = b"x = f(1, y=2)\n";
    let module = parse(source).module.expect("parses");
    let root = tree(&module);
    assert_eq!(root.kind, "Module");
    check_tree(&root, source.len() as u32);
    let TreeField::List(body) = &root.fields[0].1 else {
        panic!("body is a list")
    };
    let assign = &body[0];
    assert_eq!(assign.kind, "Assign");
    assert_eq!(assign.span, source::Span::new(0, 13));
    let names: Vec<&str> = assign.fields.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, ["targets", "value"]);
    let TreeField::Node(call) = &assign.fields[1].1 else {
        panic!("value is a node")
    };
    assert_eq!(call.kind, "Call");
    assert_eq!(call.span, source::Span::new(4, 13));
    let TreeField::List(targets) = &assign.fields[0].1 else {
        panic!("targets is a list")
    };
    assert_eq!(
        targets[0].fields,
        vec![
            ("id", TreeField::Value("'x'".into())),
            ("ctx", TreeField::Value("Store()".into()))
        ]
    );
}

#[test]
fn spans_point_into_the_original_bytes() {
    // A byte order mark and a Latin-1 file: spans are offsets into the input as given.
    let source = b"\xef\xbb\xbfx = 1\n";
    let module = parse(source).module.expect("parses");
    let root = tree(&module);
    let TreeField::List(body) = &root.fields[0].1 else {
        panic!()
    };
    assert_eq!(body[0].span, source::Span::new(3, 8));
    let source = b"# coding: latin-1\ns = '\xe9\xe9'\n";
    let module = parse(source).module.expect("parses");
    let root = tree(&module);
    let TreeField::List(body) = &root.fields[0].1 else {
        panic!()
    };
    assert_eq!(body[0].span, source::Span::new(18, 26));
}

/// Finds the first node of a kind, depth first.
fn find<'a>(node: &'a TreeNode, kind: &str) -> Option<&'a TreeNode> {
    if node.kind == kind {
        return Some(node);
    }
    node.fields.iter().find_map(|(_, field)| match field {
        TreeField::Node(n) => find(n, kind),
        TreeField::List(l) => l.iter().find_map(|n| find(n, kind)),
        TreeField::Value(_) => None,
    })
}

#[test]
fn spans_inside_fstrings_point_at_the_expression() {
    let source = "x = f'{abc!r:>{width}}'\ny = (f'''\n  {deep}''')\n";
    let module = parse(source.as_bytes()).module.expect("parses");
    let root = tree(&module);
    let name = |id: &str| {
        let mut found = None;
        let mut stack = vec![&root];
        while let Some(n) = stack.pop() {
            if n.kind == "Name" && n.fields[0].1 == TreeField::Value(format!("'{id}'")) {
                found = Some(n.span);
            }
            for (_, f) in &n.fields {
                match f {
                    TreeField::Node(c) => stack.push(c),
                    TreeField::List(l) => stack.extend(l.iter()),
                    TreeField::Value(_) => {}
                }
            }
        }
        found.expect("name present")
    };
    for id in ["abc", "width", "deep"] {
        let span = name(id);
        assert_eq!(&source[span.start as usize..span.end as usize], id);
    }
    let joined = find(&root, "JoinedStr").expect("an f-string");
    assert_eq!(
        &source[joined.span.start as usize..joined.span.end as usize],
        "f'{abc!r:>{width}}'"
    );
}
