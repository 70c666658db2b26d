//! The library code the type checker reads: the prelude (`Option` and `Result` with their
//! methods, written in the Rust subset in `prelude/prelude.rs`) and the signatures of the std
//! methods of `Vec`, slices, `str`, `String`, `HashMap` and iterators (`prelude/std_sigs.rs`).
//!
//! Both are parsed by rust-syntax and lowered by [`crate::lower`] once, into one HIR (the
//! [`Library`]); the prelude's bodies are type-checked like a user's crate (a test asserts that
//! they check with no diagnostic), and the type checker takes the methods' signatures from
//! that HIR (`typeck::library_methods`) to type a user's method calls on these types. The
//! HIR of a user's crate is not changed: its `Option` and `Result` still resolve to the std
//! paths, which the checker maps to the prelude's enums.
//!
//! The lists of all method names ([`ALL_METHODS`]) say which methods exist at all on each of
//! these types in the real std (including those of the traits it implements), so that the
//! checker reports E0599 only for a name that exists nowhere, never for a std method it merely
//! has no signature for.

use std::sync::OnceLock;

use crate::hir::ItemId;
use crate::ty::Adt;
use crate::Lowered;

/// The prelude: `Option` and `Result`, written in the subset.
pub const PRELUDE: &str = include_str!("../prelude/prelude.rs");

/// The signatures of the std methods the checker knows (bodies left out).
pub const STD_SIGS: &str = include_str!("../prelude/std_sigs.rs");

/// The library, lowered: one HIR holding the prelude and the std signatures.
pub struct Library {
    /// The source text (the prelude, then the signatures), which the HIR's spans point into.
    pub source: String,
    pub lowered: Lowered,
    /// The library's types that stand for std types (`Option`, `Result`, `Iter`) and its
    /// `Unknown` (the error type: `None`).
    pub std_types: Vec<(ItemId, Option<Adt>)>,
}

/// The library, parsed and lowered on first use.
pub fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| {
        let source = format!("{PRELUDE}\n{STD_SIGS}\nfn main() {{}}\n");
        let parsed = rust_syntax::parse(&source);
        let lowered = crate::lower(&source, &parsed.krate);
        let mut std_types = Vec::new();
        for (i, item) in lowered.hir.items.iter().enumerate() {
            let adt = match (item.name.as_str(), &item.kind) {
                ("Option", crate::hir::ItemKind::Enum { .. }) => Some(Adt::Option),
                ("Result", crate::hir::ItemKind::Enum { .. }) => Some(Adt::Result),
                ("Iter", crate::hir::ItemKind::Struct { .. }) => Some(Adt::Iter),
                ("Unknown", crate::hir::ItemKind::Struct { .. }) => None,
                _ => continue,
            };
            std_types.push((ItemId(i as u32), adt));
        }
        Library {
            source,
            lowered,
            std_types,
        }
    })
}

/// Type-checks the library's bodies (the prelude's methods).
pub fn check_prelude() -> crate::typeck::Typeck {
    let lib = library();
    crate::typeck::check(&lib.source, &lib.lowered.hir)
}

/// Methods every type has through the std traits of the 2021 prelude and their blanket
/// impls (`Into`, `ToOwned`, `Borrow`, `Clone` on references, …).
pub const UNIVERSAL_METHODS: &[&str] = &[
    "clone", "clone_from", "clone_into", "to_owned", "into", "try_into", "from", "try_from",
    "borrow", "borrow_mut", "type_id", "as_ref", "as_mut", "eq", "ne", "partial_cmp", "lt",
    "le", "gt", "ge", "cmp", "max", "min", "clamp", "to_string", "fmt", "hash", "into_iter",
    "default", "drop", "deref", "deref_mut", "index", "index_mut", "extend", "from_iter",
];

/// Every method name of the std types whose list is complete, with those of the traits they
/// implement (beyond [`UNIVERSAL_METHODS`]): `Vec` (with `[T]` through deref), `String` (with
/// `str`), `Option` and `Result`. A type without a list here never gets E0599.
pub const ALL_METHODS: &[(Adt, &[&str])] = &[
    (
        Adt::Vec,
        &[
            "new", "with_capacity", "from_raw_parts", "capacity", "reserve", "reserve_exact",
            "try_reserve", "try_reserve_exact", "shrink_to_fit", "shrink_to", "into_boxed_slice",
            "truncate", "as_slice", "as_mut_slice", "as_ptr", "as_mut_ptr", "set_len",
            "swap_remove", "insert", "remove", "retain", "retain_mut", "dedup_by_key", "dedup_by",
            "dedup", "push", "pop", "pop_if", "append", "drain", "clear", "len", "is_empty",
            "split_off", "resize_with", "leak", "spare_capacity_mut", "resize", "extend_from_slice",
            "extend_from_within", "splice", "extract_if", "into_flattened", "into_raw_parts",
            "allocator", "push_within_capacity", "try_from", "from_iter",
        ],
    ),
    (
        Adt::String,
        &[
            "new", "with_capacity", "from_utf8", "from_utf8_lossy", "from_utf16",
            "from_utf16_lossy", "from_raw_parts", "from_utf8_unchecked", "into_bytes", "as_str",
            "as_mut_str", "push_str", "extend_from_within", "capacity", "reserve",
            "reserve_exact", "try_reserve", "try_reserve_exact", "shrink_to_fit", "shrink_to",
            "push", "as_bytes", "truncate", "pop", "remove", "retain", "insert", "insert_str",
            "as_mut_vec", "len", "is_empty", "split_off", "clear", "drain", "replace_range",
            "into_boxed_str", "leak", "from_str", "add", "add_assign",
        ],
    ),
    (
        Adt::Option,
        &[
            "is_some", "is_some_and", "is_none", "is_none_or", "as_ref", "as_mut", "as_pin_ref",
            "as_pin_mut", "as_slice", "as_mut_slice", "expect", "unwrap", "unwrap_or",
            "unwrap_or_else", "unwrap_or_default", "unwrap_unchecked", "map", "inspect",
            "map_or", "map_or_else", "map_or_default", "ok_or", "ok_or_else", "as_deref",
            "as_deref_mut", "iter", "iter_mut", "and", "and_then", "filter", "or", "or_else",
            "xor", "insert", "get_or_insert", "get_or_insert_default", "get_or_insert_with",
            "take", "take_if", "replace", "zip", "unzip", "copied", "cloned", "transpose",
            "flatten", "sum", "product", "from_iter", "from_residual", "branch", "from_output",
        ],
    ),
    (
        Adt::Result,
        &[
            "is_ok", "is_ok_and", "is_err", "is_err_and", "ok", "err", "as_ref", "as_mut", "map",
            "map_or", "map_or_else", "map_or_default", "map_err", "inspect", "inspect_err",
            "as_deref", "as_deref_mut", "iter", "iter_mut", "expect", "unwrap",
            "unwrap_or_default", "expect_err", "unwrap_err", "into_ok", "into_err", "and",
            "and_then", "or", "or_else", "unwrap_or", "unwrap_or_else", "unwrap_unchecked",
            "unwrap_err_unchecked", "copied", "cloned", "transpose", "flatten", "sum", "product",
            "from_iter", "from_residual", "branch", "from_output",
        ],
    ),
];

/// Every method name of `[T]` (reached from `Vec` and arrays by deref).
pub const SLICE_METHODS: &[&str] = &[
    "len", "is_empty", "first", "first_mut", "split_first", "split_first_mut", "split_last",
    "split_last_mut", "last", "last_mut", "first_chunk", "last_chunk", "get", "get_mut",
    "get_unchecked", "get_unchecked_mut", "as_ptr", "as_mut_ptr", "as_ptr_range", "swap",
    "reverse", "iter", "iter_mut", "windows", "chunks", "chunks_mut", "chunks_exact",
    "chunks_exact_mut", "rchunks", "rchunks_mut", "rchunks_exact", "chunk_by", "chunk_by_mut",
    "split_at", "split_at_mut", "split_at_checked", "split", "split_mut", "split_inclusive",
    "rsplit", "splitn", "rsplitn", "contains", "starts_with", "ends_with", "strip_prefix",
    "strip_suffix", "binary_search", "binary_search_by", "binary_search_by_key",
    "sort_unstable", "sort_unstable_by", "sort_unstable_by_key", "select_nth_unstable",
    "select_nth_unstable_by", "select_nth_unstable_by_key", "partition_dedup", "rotate_left",
    "rotate_right", "fill", "fill_with", "clone_from_slice", "copy_from_slice", "copy_within",
    "swap_with_slice", "align_to", "align_to_mut", "is_sorted", "is_sorted_by",
    "is_sorted_by_key", "partition_point", "sort", "sort_by", "sort_by_key", "sort_by_cached_key",
    "to_vec", "into_vec", "repeat", "concat", "join", "connect", "to_ascii_uppercase",
    "to_ascii_lowercase", "is_ascii", "eq_ignore_ascii_case", "make_ascii_uppercase",
    "make_ascii_lowercase", "escape_ascii", "trim_ascii", "trim_ascii_start", "trim_ascii_end",
    "as_chunks", "as_rchunks", "iter_mut", "split_off", "as_array", "to_owned",
];

/// Every method name of `str` (reached from `String` by deref).
pub const STR_METHODS: &[&str] = &[
    "len", "is_empty", "is_char_boundary", "as_bytes", "as_bytes_mut", "as_ptr", "as_mut_ptr",
    "get", "get_mut", "get_unchecked", "get_unchecked_mut", "slice_unchecked", "split_at",
    "split_at_mut", "split_at_checked", "chars", "char_indices", "bytes", "split_whitespace",
    "split_ascii_whitespace", "lines", "lines_any", "encode_utf16", "contains", "starts_with",
    "ends_with", "find", "rfind", "split", "split_inclusive", "rsplit", "split_terminator",
    "rsplit_terminator", "splitn", "rsplitn", "split_once", "rsplit_once", "matches",
    "rmatches", "match_indices", "rmatch_indices", "trim", "trim_start", "trim_end",
    "trim_left", "trim_right", "trim_matches", "trim_start_matches", "strip_prefix",
    "strip_suffix", "trim_end_matches", "trim_left_matches", "trim_right_matches", "parse",
    "is_ascii", "eq_ignore_ascii_case", "make_ascii_uppercase", "make_ascii_lowercase",
    "trim_ascii_start", "trim_ascii_end", "trim_ascii", "escape_debug", "escape_default",
    "escape_unicode", "into_boxed_bytes", "replace", "replacen", "to_lowercase",
    "to_uppercase", "into_string", "repeat", "to_ascii_uppercase", "to_ascii_lowercase",
    "floor_char_boundary", "ceil_char_boundary", "to_string", "to_owned", "as_str",
];
