//! Differential test: our expression trees against `syn`'s on every file of the dependency tree.
//!
//! `syn` is an independent, widely used Rust parser. For every file both parsers accept, we
//! collect the expressions each one found, as (kind, operator, byte range), and require the same
//! multiset. A difference in operator precedence or associativity, in where a postfix chain or
//! a closure body ends, or in how a statement is split, changes the byte ranges of some
//! expressions, so this checks the shape of every expression tree without a printer.
//!
//! Items (with associated and foreign items), types and patterns are compared the same way,
//! by kind and byte range.
//!
//! Expression kinds compared: binary operators (with the operator), assignments, casts, ranges, unary
//! operators, borrows, calls, method calls, indexing, fields, `?`, `.await`, closures, `let`
//! conditions, parentheses, `if`, `match`, struct literals, tuples, arrays, `return` and
//! `break`. Expressions inside patterns are left out (syn does not represent them as
//! expressions), as are macro arguments (neither parser looks inside).
//! Run with `--nocapture` for the counts, in release mode to compare every file:
//! `cargo test --release -p rust-syntax --test syn_oracle -- --nocapture`.

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;

use common::{collect_rs_files, package_dirs, package_edition};
use rust_syntax::ast::{self, TreeField, TreeNode};
use rust_syntax::{parse_with_edition, Edition};
use syn::spanned::Spanned;
use syn::visit::Visit;

type Key = (&'static str, String, usize, usize);

/// Files where syn, not rustc, is the odd one out (matched by the end of the path), with why.
const KNOWN: &[(&str, &str)] = &[(
    "zerocopy-derive-0.8.64/tests/include.rs",
    "syn keeps `pub use { ::core::{…}, … };` (a `::` path inside a use group) as unparsed \
     `Item::Verbatim`; rustc accepts it and we parse it as a `Use` item",
)];

/// The expressions of our tree.
fn ours(node: &TreeNode, out: &mut Vec<Key>) {
    let mut stack = vec![node];
    while let Some(n) = stack.pop() {
        let in_pattern_literal = matches!(n.kind, "PatLit" | "PatRange");
        let kind = match n.kind {
            k if k.starts_with("Ty") && !matches!(k, "TyAlias" | "TyErr" | "TypeParam") => Some(k),
            k if k.starts_with("Pat")
                && !matches!(k, "Path" | "PathSegment" | "PatErr" | "PatField") =>
            {
                Some(k)
            }
            "Const" | "Enum" | "ExternCrate" | "Fn" | "ForeignMod" | "Impl" | "MacroRules"
            | "MacItem" | "Mod" | "Static" | "Struct" | "Trait" | "TraitAlias" | "TyAlias"
            | "Union" | "Use" => Some(n.kind),
            "TupleField" => Some("Field"),
            "Binary" | "AssignOp" | "Assign" | "Cast" | "Range" | "Unary" | "AddrOf"
            | "MethodCall" | "Call" | "Index" | "Field" | "Try" | "Await" | "Closure" | "Let"
            | "Paren" | "If" | "Match" | "StructExpr" | "Tuple" | "Array" | "Repeat" | "Return"
            | "Break" => Some(n.kind),
            _ => None,
        };
        if let Some(kind) = kind {
            let op = n
                .fields
                .iter()
                .find(|(name, _)| *name == "op")
                .and_then(|(_, f)| match f {
                    TreeField::Value(v) => Some(v.trim_matches('"').to_string()),
                    _ => None,
                })
                .unwrap_or_default();
            out.push((kind, op, n.span.start as usize, n.span.end as usize));
        }
        if in_pattern_literal {
            continue;
        }
        for (name, field) in &n.fields {
            // The names of function pointer parameters are not patterns for syn.
            if *name == "pat" && is_fn_ptr_param(n) {
                continue;
            }
            match field {
                TreeField::Node(c) => stack.push(c),
                TreeField::List(cs) => stack.extend(cs.iter()),
                TreeField::Value(_) => {}
            }
        }
    }
}

fn is_fn_ptr_param(n: &TreeNode) -> bool {
    n.kind == "FnPtrParam"
}

/// Collects syn's expressions.
struct Collector {
    out: Vec<Key>,
}

impl<'ast> Visit<'ast> for Collector {
    fn visit_expr(&mut self, e: &'ast syn::Expr) {
        use syn::{BinOp as B, Expr as E, UnOp as U};
        let key: Option<(&'static str, &str)> = match e {
            E::Binary(b) => Some(match b.op {
                B::Add(_) => ("Binary", "+"),
                B::Sub(_) => ("Binary", "-"),
                B::Mul(_) => ("Binary", "*"),
                B::Div(_) => ("Binary", "/"),
                B::Rem(_) => ("Binary", "%"),
                B::And(_) => ("Binary", "&&"),
                B::Or(_) => ("Binary", "||"),
                B::BitXor(_) => ("Binary", "^"),
                B::BitAnd(_) => ("Binary", "&"),
                B::BitOr(_) => ("Binary", "|"),
                B::Shl(_) => ("Binary", "<<"),
                B::Shr(_) => ("Binary", ">>"),
                B::Eq(_) => ("Binary", "=="),
                B::Lt(_) => ("Binary", "<"),
                B::Le(_) => ("Binary", "<="),
                B::Ne(_) => ("Binary", "!="),
                B::Ge(_) => ("Binary", ">="),
                B::Gt(_) => ("Binary", ">"),
                B::AddAssign(_) => ("AssignOp", "+="),
                B::SubAssign(_) => ("AssignOp", "-="),
                B::MulAssign(_) => ("AssignOp", "*="),
                B::DivAssign(_) => ("AssignOp", "/="),
                B::RemAssign(_) => ("AssignOp", "%="),
                B::BitXorAssign(_) => ("AssignOp", "^="),
                B::BitAndAssign(_) => ("AssignOp", "&="),
                B::BitOrAssign(_) => ("AssignOp", "|="),
                B::ShlAssign(_) => ("AssignOp", "<<="),
                B::ShrAssign(_) => ("AssignOp", ">>="),
                _ => ("Binary", "?"),
            }),
            E::Assign(_) => Some(("Assign", "")),
            E::Cast(_) => Some(("Cast", "")),
            E::Range(_) => Some(("Range", "")),
            E::Unary(u) => Some((
                "Unary",
                match u.op {
                    U::Deref(_) => "*",
                    U::Not(_) => "!",
                    U::Neg(_) => "-",
                    _ => "?",
                },
            )),
            E::Reference(_) | E::RawAddr(_) => Some(("AddrOf", "")),
            E::MethodCall(_) => Some(("MethodCall", "")),
            E::Call(_) => Some(("Call", "")),
            E::Index(_) => Some(("Index", "")),
            E::Field(_) => Some(("Field", "")),
            E::Try(_) => Some(("Try", "")),
            E::Await(_) => Some(("Await", "")),
            E::Closure(_) => Some(("Closure", "")),
            E::Let(_) => Some(("Let", "")),
            E::Paren(_) => Some(("Paren", "")),
            E::If(_) => Some(("If", "")),
            E::Match(_) => Some(("Match", "")),
            E::Struct(_) => Some(("StructExpr", "")),
            E::Tuple(_) => Some(("Tuple", "")),
            E::Array(_) => Some(("Array", "")),
            E::Repeat(_) => Some(("Repeat", "")),
            E::Return(_) => Some(("Return", "")),
            E::Break(_) => Some(("Break", "")),
            _ => None,
        };
        if let Some((kind, op)) = key {
            let range = e.span().byte_range();
            self.out
                .push((kind, op.to_string(), range.start, range.end));
        }
        syn::visit::visit_expr(self, e);
    }

    fn visit_pat(&mut self, p: &'ast syn::Pat) {
        use syn::Pat as P;
        let kind = match p {
            P::Ident(_) => Some("PatIdent"),
            P::Lit(_) => Some("PatLit"),
            P::Macro(_) => Some("PatMacCall"),
            P::Or(_) => Some("PatOr"),
            P::Paren(_) => Some("PatParen"),
            P::Path(_) => Some("PatPath"),
            P::Range(_) => Some("PatRange"),
            P::Reference(_) => Some("PatRef"),
            P::Rest(_) => Some("PatRest"),
            P::Slice(_) => Some("PatSlice"),
            P::Struct(_) => Some("PatStruct"),
            P::Tuple(_) => Some("PatTuple"),
            P::TupleStruct(_) => Some("PatTupleStruct"),
            P::Wild(_) => Some("PatWild"),
            _ => None,
        };
        if let Some(kind) = kind {
            let range = p.span().byte_range();
            self.out.push((kind, String::new(), range.start, range.end));
        }
        // Literals and range ends inside patterns are not compared as expressions.
        if !matches!(p, P::Lit(_) | P::Range(_)) {
            syn::visit::visit_pat(self, p);
        }
    }

    fn visit_receiver(&mut self, r: &'ast syn::Receiver) {
        // `&self` has an implicit type in syn; only a written one (`self: Box<Self>`) counts.
        if r.colon_token.is_some() {
            syn::visit::visit_receiver(self, r);
        }
    }

    fn visit_type(&mut self, t: &'ast syn::Type) {
        use syn::Type as T;
        let kind = match t {
            T::Array(_) => Some("TyArray"),
            T::BareFn(_) => Some("TyFnPtr"),
            T::ImplTrait(_) => Some("TyImplTrait"),
            T::Infer(_) => Some("TyInfer"),
            T::Macro(_) => Some("TyMacCall"),
            T::Never(_) => Some("TyNever"),
            T::Paren(_) => Some("TyParen"),
            T::Path(_) => Some("TyPath"),
            T::Ptr(_) => Some("TyPtr"),
            T::Reference(_) => Some("TyRef"),
            T::Slice(_) => Some("TySlice"),
            T::TraitObject(_) => Some("TyTraitObject"),
            T::Tuple(_) => Some("TyTuple"),
            _ => None,
        };
        if let Some(kind) = kind {
            let range = t.span().byte_range();
            self.out.push((kind, String::new(), range.start, range.end));
        }
        syn::visit::visit_type(self, t);
    }

    fn visit_item(&mut self, i: &'ast syn::Item) {
        use syn::Item as I;
        let kind = match i {
            I::Const(_) => Some("Const"),
            I::Enum(_) => Some("Enum"),
            I::ExternCrate(_) => Some("ExternCrate"),
            I::Fn(_) => Some("Fn"),
            I::ForeignMod(_) => Some("ForeignMod"),
            I::Impl(_) => Some("Impl"),
            I::Macro(m) if m.mac.path.is_ident("macro_rules") => Some("MacroRules"),
            I::Macro(_) => Some("MacItem"),
            I::Mod(_) => Some("Mod"),
            I::Static(_) => Some("Static"),
            I::Struct(_) => Some("Struct"),
            I::Trait(_) => Some("Trait"),
            I::TraitAlias(_) => Some("TraitAlias"),
            I::Type(_) => Some("TyAlias"),
            I::Union(_) => Some("Union"),
            I::Use(_) => Some("Use"),
            _ => None,
        };
        if let Some(kind) = kind {
            let range = i.span().byte_range();
            self.out.push((kind, String::new(), range.start, range.end));
        }
        syn::visit::visit_item(self, i);
    }

    fn visit_impl_item(&mut self, i: &'ast syn::ImplItem) {
        use syn::ImplItem as I;
        let kind = match i {
            I::Const(_) => Some("Const"),
            I::Fn(_) => Some("Fn"),
            I::Type(_) => Some("TyAlias"),
            I::Macro(_) => Some("MacItem"),
            _ => None,
        };
        self.push_item(kind, i.span());
        syn::visit::visit_impl_item(self, i);
    }

    fn visit_trait_item(&mut self, i: &'ast syn::TraitItem) {
        use syn::TraitItem as I;
        let kind = match i {
            I::Const(_) => Some("Const"),
            I::Fn(_) => Some("Fn"),
            I::Type(_) => Some("TyAlias"),
            I::Macro(_) => Some("MacItem"),
            _ => None,
        };
        self.push_item(kind, i.span());
        syn::visit::visit_trait_item(self, i);
    }

    fn visit_foreign_item(&mut self, i: &'ast syn::ForeignItem) {
        use syn::ForeignItem as I;
        let kind = match i {
            I::Static(_) => Some("Static"),
            I::Fn(_) => Some("Fn"),
            I::Type(_) => Some("TyAlias"),
            I::Macro(_) => Some("MacItem"),
            _ => None,
        };
        self.push_item(kind, i.span());
        syn::visit::visit_foreign_item(self, i);
    }
}

impl Collector {
    fn push_item(&mut self, kind: Option<&'static str>, span: proc_macro2::Span) {
        if let Some(kind) = kind {
            let range = span.byte_range();
            self.out.push((kind, String::new(), range.start, range.end));
        }
    }
}

fn edition(year: u32) -> Edition {
    match year {
        2015 => Edition::E2015,
        2018 => Edition::E2018,
        2021 => Edition::E2021,
        _ => Edition::E2024,
    }
}

enum Outcome {
    Same(usize),
    SynRejects,
    Differs(String),
}

fn compare(path: &PathBuf, year: u32) -> Option<Outcome> {
    let text = String::from_utf8(std::fs::read(path).ok()?).ok()?;
    let Ok(file) = syn::parse_file(&text) else {
        return Some(Outcome::SynRejects);
    };
    let mut theirs = Collector { out: Vec::new() };
    theirs.visit_file(&file);
    let parsed = parse_with_edition(&text, edition(year));
    let mut mine = Vec::new();
    ours(&ast::tree(&text, &parsed.krate), &mut mine);
    // syn counts from the start of the text it was given, which keeps the BOM and shebang.
    let mut a: Vec<Key> = mine;
    let mut b: Vec<Key> = theirs.out;
    a.sort();
    b.sort();
    if a == b {
        return Some(Outcome::Same(a.len()));
    }
    let sa: BTreeSet<&Key> = a.iter().collect();
    let sb: BTreeSet<&Key> = b.iter().collect();
    let show = |k: &Key| {
        let (s, e) = (k.2.min(text.len()), k.3.min(text.len()));
        let snippet: String = text
            .get(s..e)
            .unwrap_or("")
            .chars()
            .take(80)
            .collect::<String>()
            .replace('\n', "⏎");
        format!("{} {} {}..{} `{snippet}`", k.0, k.1, k.2, k.3)
    };
    let only_ours: Vec<String> = sa.difference(&sb).take(3).map(|k| show(k)).collect();
    let only_syn: Vec<String> = sb.difference(&sa).take(3).map(|k| show(k)).collect();
    Some(Outcome::Differs(format!(
        "ours only: {only_ours:?}\n    syn only: {only_syn:?}"
    )))
}

#[test]
fn expression_trees_match_syn_on_the_dependency_tree() {
    let mut files: Vec<(PathBuf, u32)> = Vec::new();
    for dir in package_dirs() {
        let year = package_edition(&dir);
        let mut set = BTreeSet::new();
        collect_rs_files(&dir, &mut set);
        files.extend(set.into_iter().map(|p| (p, year)));
    }
    files.sort();
    files.dedup_by(|a, b| a.0 == b.0);
    // rust-sema's library signatures are declarations for our own type checker: functions
    // without bodies in impls, which rustc's parser (and ours) accepts and a later pass
    // rejects, but which syn keeps as verbatim tokens, so there is no tree to compare.
    files.retain(|(p, _)| !p.ends_with("rust-sema/prelude/std_sigs.rs"));
    // Unoptimised, syn and our parser together take minutes over the whole tree: debug builds
    // compare every eighth file, release builds all of them.
    if cfg!(debug_assertions) {
        files = files.into_iter().step_by(8).collect();
        println!("debug build: comparing every eighth file (run with --release for all)");
    }
    let half = files.len() / 2;
    let (first, second) = files.split_at(half);
    // syn recurses on the depth of expressions; in debug builds its frames are big, so both
    // workers get a large stack.
    let results: Vec<(PathBuf, Outcome)> = std::thread::scope(|scope| {
        let work = |part: &'_ [(PathBuf, u32)]| {
            part.iter()
                .filter_map(|(p, y)| compare(p, *y).map(|o| (p.clone(), o)))
                .collect::<Vec<_>>()
        };
        let spawn = |part| {
            std::thread::Builder::new()
                .stack_size(512 << 20)
                .spawn_scoped(scope, move || work(part))
                .expect("worker thread starts")
        };
        let a = spawn(first);
        let b = spawn(second);
        let mut all = a.join().expect("worker thread");
        all.extend(b.join().expect("worker thread"));
        all
    });
    let mut same_files = 0;
    let mut exprs = 0;
    let mut rejected = 0;
    let mut failures = Vec::new();
    for (path, outcome) in &results {
        match outcome {
            Outcome::Same(n) => {
                same_files += 1;
                exprs += n;
            }
            Outcome::SynRejects => rejected += 1,
            Outcome::Differs(d) => {
                let shown = path.to_string_lossy();
                match KNOWN.iter().find(|(end, _)| shown.ends_with(end)) {
                    Some((_, why)) => println!("KNOWN {shown}: {why}"),
                    None => failures.push(format!("{}:\n    {d}", path.display())),
                }
            }
        }
    }
    println!(
        "{same_files} files with identical trees ({exprs} items, types, patterns and \
         expressions), {} differ, {rejected} not parsed by syn",
        failures.len()
    );
    for f in failures.iter().take(40) {
        println!("DIFF {f}");
    }
    assert!(
        failures.is_empty(),
        "{} files differ; first: {}",
        failures.len(),
        failures[0]
    );
}
