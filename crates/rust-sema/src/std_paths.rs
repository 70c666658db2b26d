//! The table of standard-library paths deepdive knows, and the 2021 prelude's names.
//!
//! Name resolution looks paths such as `std::collections::HashMap` up here. A path under a
//! known module that is missing from the table is a mistake when a known name is close to it
//! (rustc's E0432/E0433/E0425 with its suggestion); otherwise it is an item of `std` outside
//! deepdive's subset, reported as unsupported rather than as an error rustc would not give.

use crate::hir::StdKind::{self, *};

/// Every std path deepdive supports, with its kind. `core::` and `alloc::` paths are looked up
/// with their `std::` spelling.
pub const STD_ITEMS: &[(&str, StdKind)] = &[
    ("std", Mod),
    ("std::prelude", Mod),
    ("std::collections", Mod),
    ("std::collections::HashMap", Struct),
    ("std::collections::HashSet", Struct),
    ("std::collections::BTreeMap", Struct),
    ("std::collections::BTreeSet", Struct),
    ("std::collections::VecDeque", Struct),
    ("std::collections::hash_map", Mod),
    ("std::collections::hash_map::Entry", Enum),
    ("std::fmt", Mod),
    ("std::fmt::Display", Trait),
    ("std::fmt::Debug", Trait),
    ("std::fmt::Formatter", Struct),
    ("std::fmt::Result", TyAlias),
    ("std::fmt::Error", Struct),
    ("std::fmt::Write", Trait),
    ("std::thread", Mod),
    ("std::thread::spawn", Fn),
    ("std::thread::sleep", Fn),
    ("std::thread::JoinHandle", Struct),
    ("std::sync", Mod),
    ("std::sync::Arc", Struct),
    ("std::sync::Mutex", Struct),
    ("std::sync::RwLock", Struct),
    ("std::sync::mpsc", Mod),
    ("std::sync::mpsc::channel", Fn),
    ("std::rc", Mod),
    ("std::rc::Rc", Struct),
    ("std::rc::Weak", Struct),
    ("std::cell", Mod),
    ("std::cell::RefCell", Struct),
    ("std::cell::Cell", Struct),
    ("std::ops", Mod),
    ("std::ops::Add", Trait),
    ("std::ops::Sub", Trait),
    ("std::ops::Mul", Trait),
    ("std::ops::Div", Trait),
    ("std::ops::Rem", Trait),
    ("std::ops::Neg", Trait),
    ("std::ops::Not", Trait),
    ("std::ops::AddAssign", Trait),
    ("std::ops::SubAssign", Trait),
    ("std::ops::MulAssign", Trait),
    ("std::ops::DivAssign", Trait),
    ("std::ops::Index", Trait),
    ("std::ops::IndexMut", Trait),
    ("std::ops::Deref", Trait),
    ("std::ops::DerefMut", Trait),
    ("std::ops::Range", Struct),
    ("std::ops::RangeInclusive", Struct),
    ("std::ops::Fn", Trait),
    ("std::ops::FnMut", Trait),
    ("std::ops::FnOnce", Trait),
    ("std::ops::Drop", Trait),
    ("std::cmp", Mod),
    ("std::cmp::Ordering", Enum),
    ("std::cmp::max", Fn),
    ("std::cmp::min", Fn),
    ("std::cmp::PartialEq", Trait),
    ("std::cmp::PartialOrd", Trait),
    ("std::cmp::Ord", Trait),
    ("std::cmp::Eq", Trait),
    ("std::cmp::Reverse", Struct),
    ("std::mem", Mod),
    ("std::mem::swap", Fn),
    ("std::mem::replace", Fn),
    ("std::mem::take", Fn),
    ("std::mem::drop", Fn),
    ("std::mem::size_of", Fn),
    ("std::iter", Mod),
    ("std::iter::Iterator", Trait),
    ("std::iter::IntoIterator", Trait),
    ("std::iter::FromIterator", Trait),
    ("std::iter::Peekable", Struct),
    ("std::iter::once", Fn),
    ("std::iter::repeat", Fn),
    ("std::string", Mod),
    ("std::string::String", Struct),
    ("std::string::ToString", Trait),
    ("std::vec", Mod),
    ("std::vec::Vec", Struct),
    ("std::boxed", Mod),
    ("std::boxed::Box", Struct),
    ("std::option", Mod),
    ("std::option::Option", Enum),
    ("std::result", Mod),
    ("std::result::Result", Enum),
    ("std::convert", Mod),
    ("std::convert::From", Trait),
    ("std::convert::Into", Trait),
    ("std::convert::TryFrom", Trait),
    ("std::convert::TryInto", Trait),
    ("std::default", Mod),
    ("std::default::Default", Trait),
    ("std::clone", Mod),
    ("std::clone::Clone", Trait),
    ("std::marker", Mod),
    ("std::marker::Copy", Trait),
    ("std::marker::Send", Trait),
    ("std::marker::Sync", Trait),
    ("std::marker::PhantomData", Struct),
    ("std::hash", Mod),
    ("std::hash::Hash", Trait),
    ("std::error", Mod),
    ("std::error::Error", Trait),
    ("std::num", Mod),
    ("std::num::ParseIntError", Struct),
    ("std::process", Mod),
    ("std::process::exit", Fn),
    ("std::i32", Mod),
    ("std::i32::MAX", Const),
    ("std::i32::MIN", Const),
    ("std::u32", Mod),
    ("std::u32::MAX", Const),
    ("std::u64", Mod),
    ("std::u64::MAX", Const),
    ("std::i64", Mod),
    ("std::i64::MAX", Const),
    ("std::f64", Mod),
    ("std::f64::consts", Mod),
    ("std::f64::consts::PI", Const),
    ("std::f64::consts::E", Const),
    ("std::usize", Mod),
    ("std::usize::MAX", Const),
    ("std::io", Mod),
    ("std::io::Write", Trait),
    ("std::io::Error", Struct),
    ("std::io::Result", TyAlias),
    ("std::fs", Mod),
    ("std::fs::read_to_string", Fn),
    ("std::char", Mod),
    ("std::char::from_digit", Fn),
    ("std::char::from_u32", Fn),
    ("std::str", Mod),
    ("std::str::from_utf8", Fn),
    ("std::str::FromStr", Trait),
    ("std::ptr", Mod),
    ("std::ptr::eq", Fn),
];

/// The names of the Rust 2021 prelude in the type namespace and where they live.
pub const PRELUDE_TYPES: &[(&str, &str, StdKind)] = &[
    ("Option", "std::option::Option", Enum),
    ("Result", "std::result::Result", Enum),
    ("Vec", "std::vec::Vec", Struct),
    ("String", "std::string::String", Struct),
    ("Box", "std::boxed::Box", Struct),
    ("ToString", "std::string::ToString", Struct),
    ("Clone", "std::clone::Clone", Trait),
    ("Copy", "std::marker::Copy", Trait),
    ("Send", "std::marker::Send", Trait),
    ("Sync", "std::marker::Sync", Trait),
    ("Sized", "std::marker::Sized", Trait),
    ("Iterator", "std::iter::Iterator", Trait),
    ("IntoIterator", "std::iter::IntoIterator", Trait),
    (
        "DoubleEndedIterator",
        "std::iter::DoubleEndedIterator",
        Trait,
    ),
    ("ExactSizeIterator", "std::iter::ExactSizeIterator", Trait),
    ("Extend", "std::iter::Extend", Trait),
    ("FromIterator", "std::iter::FromIterator", Trait),
    ("Default", "std::default::Default", Trait),
    ("Drop", "std::ops::Drop", Trait),
    ("Fn", "std::ops::Fn", Trait),
    ("FnMut", "std::ops::FnMut", Trait),
    ("FnOnce", "std::ops::FnOnce", Trait),
    ("PartialEq", "std::cmp::PartialEq", Trait),
    ("Eq", "std::cmp::Eq", Trait),
    ("PartialOrd", "std::cmp::PartialOrd", Trait),
    ("Ord", "std::cmp::Ord", Trait),
    ("From", "std::convert::From", Trait),
    ("Into", "std::convert::Into", Trait),
    ("TryFrom", "std::convert::TryFrom", Trait),
    ("TryInto", "std::convert::TryInto", Trait),
    ("AsRef", "std::convert::AsRef", Trait),
    ("AsMut", "std::convert::AsMut", Trait),
    ("ToOwned", "std::borrow::ToOwned", Trait),
];

/// The names of the Rust 2021 prelude in the value namespace.
pub const PRELUDE_VALUES: &[(&str, &str, StdKind)] = &[
    ("Some", "std::option::Option::Some", Variant),
    ("None", "std::option::Option::None", Variant),
    ("Ok", "std::result::Result::Ok", Variant),
    ("Err", "std::result::Result::Err", Variant),
    ("drop", "std::mem::drop", Fn),
];

/// The unit variants of the prelude (a lone `None` in a pattern is a path, not a binding).
pub const PRELUDE_UNIT_VARIANTS: &[&str] = &["None"];

/// The macros deepdive expands.
pub const MACROS: &[&str] = &[
    "println",
    "print",
    "eprintln",
    "eprint",
    "format",
    "panic",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "vec",
    "matches",
    "write",
    "writeln",
    "unreachable",
    "todo",
    "unimplemented",
];

/// Every macro of the standard library's prelude (the ones deepdive does not expand are
/// reported as unsupported; any other name is rustc's "cannot find macro").
pub const STD_MACROS: &[&str] = &[
    "assert",
    "assert_eq",
    "assert_ne",
    "cfg",
    "column",
    "compile_error",
    "concat",
    "dbg",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
    "env",
    "eprint",
    "eprintln",
    "file",
    "format",
    "format_args",
    "include",
    "include_bytes",
    "include_str",
    "line",
    "matches",
    "module_path",
    "option_env",
    "panic",
    "print",
    "println",
    "stringify",
    "thread_local",
    "todo",
    "unimplemented",
    "unreachable",
    "vec",
    "write",
    "writeln",
    "try",
    "concat_idents",
    "trace_macros",
    "log_syntax",
    "is_x86_feature_detected",
    "const_format_args",
    "format_args_nl",
    "global_asm",
    "asm",
    "cfg_match",
    "addr_of",
    "addr_of_mut",
];

/// The primitive types.
pub const PRIMS: &[&str] = &[
    "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32",
    "f64", "bool", "char", "str",
];

/// Names of the table's types and traits that std also defines in another public place
/// (`std::rc::Weak` and `std::sync::Weak`, `std::cmp::Ordering` and
/// `std::sync::atomic::Ordering`, …): rustc's import suggestion then lists every one, which
/// this table cannot.
const ALSO_ELSEWHERE_IN_STD: &[&str] = &[
    "Display",
    "Weak",
    "Range",
    "RangeInclusive",
    "Ordering",
    "Entry",
    "Error",
    "Write",
    "Result",
];

/// The std type or trait named `name`, with rustc's word for its kind, when the table holds
/// exactly one and std has no other of that name (what rustc's "consider importing this …"
/// suggests).
pub fn unique_type_named(name: &str) -> Option<(&'static str, &'static str)> {
    if ALSO_ELSEWHERE_IN_STD.contains(&name) {
        return None;
    }
    let mut found = STD_ITEMS
        .iter()
        .filter(|(p, k)| matches!(k, Struct | Enum | Trait) && p.rsplit("::").next() == Some(name));
    let (path, kind) = found.next()?;
    if found.next().is_some() {
        return None;
    }
    let descr = match kind {
        Struct => "struct",
        Enum => "enum",
        _ => "trait",
    };
    Some((path, descr))
}

/// The kind of the std item at `path` (a `core::`/`alloc::` path is read as `std::`).
pub fn lookup(path: &str) -> Option<(&'static str, StdKind)> {
    let normal = normalise(path);
    STD_ITEMS
        .iter()
        .find(|(p, _)| *p == normal)
        .map(|&(p, k)| (p, k))
        .or_else(|| {
            PRELUDE_TYPES
                .iter()
                .find(|(_, p, _)| *p == normal)
                .map(|&(_, p, k)| (p, k))
        })
        .or_else(|| {
            PRELUDE_VALUES
                .iter()
                .find(|(_, p, _)| *p == normal)
                .map(|&(_, p, k)| (p, k))
        })
}

/// The names directly inside the std module `module` (for suggestions).
pub fn children(module: &str) -> Vec<&'static str> {
    let normal = normalise(module);
    let prefix = format!("{normal}::");
    STD_ITEMS
        .iter()
        .filter_map(|(p, _)| p.strip_prefix(prefix.as_str()))
        .filter(|rest| !rest.contains("::"))
        .collect()
}

fn normalise(path: &str) -> String {
    for root in ["core", "alloc"] {
        if path == root {
            return "std".into();
        }
        if let Some(rest) = path.strip_prefix(root).and_then(|r| r.strip_prefix("::")) {
            return format!("std::{rest}");
        }
    }
    path.to_string()
}
