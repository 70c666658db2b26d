//! Conformance: our raw lexer against rustc's own, on every `.rs` file of the dependency tree.
//!
//! The oracle is `ra-ap-rustc_lexer`, the `rustc_lexer` crate published from rustc's sources.
//! For every package that `cargo metadata` lists for this workspace (members, dependencies and
//! dev-dependencies, for every platform) we walk the package's folder, lex each `.rs` file with
//! both lexers, and require the same token boundaries and the same kinds, error flags included.
//! The inputs of `test_data/rust/tokens` are checked the same way.
//!
//! Both sides see the file as rustc does: without a byte order mark and without a shebang line
//! (`rustc_lexer::strip_shebang`). The oracle's tokens are read as rustc reads them for Rust 2021:
//! `#"`/`##` (reserved "guarded strings" in Rust 2024) are a `#` and a fresh token after it, and
//! `k#ident` (unstable forced keywords) is the unknown prefix `k` and a fresh token after it.
//!
//! Run with `--nocapture` to see the count, the first mismatches and the throughput of both
//! lexers (meaningful in release mode: `cargo test --release -p rust-syntax --test oracle`).

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::{Duration, Instant};

mod common;

use common::{collect_rs_files, package_dirs, workspace_root};
use ra_ap_rustc_lexer as rustc;
use rust_syntax::{tokenize, Base, DocStyle, LiteralKind, RawToken, TokenKind};

/// Files where rustc 1.95 (our target) and the newer published lexer are known to differ, with
/// the reason. They are reported, not failed.
const KNOWN_DIFFERENCES: &[(&str, &str)] = &[(
    "lifetime_emoji.rs",
    "ra-ap-rustc_lexer 0.184 lexes emoji inside lifetimes (`'a🦀`, `'🦀`) as one invalid \
     lifetime; rustc 1.95 stops the lifetime before the emoji, as we do",
)];

/// The text rustc lexes: without a byte order mark and a shebang line.
fn rustc_view(src: &str) -> &str {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    match rustc::strip_shebang(src) {
        Some(len) => &src[len..],
        None => src,
    }
}

/// The oracle's tokens, read as rustc reads them for Rust 2021, in our vocabulary.
fn rustc_tokens(src: &str) -> Vec<RawToken> {
    let mut tokens = Vec::new();
    let mut offset = 0;
    'restart: loop {
        let mut cursor = rustc::Cursor::new(&src[offset..], rustc::FrontmatterAllowed::No);
        loop {
            let token = cursor.advance_token();
            // Rust 2024 syntax: rustc 2021 keeps the first character and lexes on from there.
            let split = match token.kind {
                rustc::TokenKind::Eof => break 'restart,
                rustc::TokenKind::GuardedStrPrefix => Some(TokenKind::Pound),
                rustc::TokenKind::ForcedKeywordIdent => Some(TokenKind::UnknownPrefix),
                _ => None,
            };
            if let Some(kind) = split {
                tokens.push(RawToken { kind, len: 1 });
                offset += 1;
                continue 'restart;
            }
            tokens.push(RawToken {
                kind: our_kind(token.kind),
                len: token.len,
            });
            offset += token.len as usize;
        }
    }
    tokens
}

/// Our name for each of the oracle's kinds.
fn our_kind(kind: rustc::TokenKind) -> TokenKind {
    use rustc::TokenKind as R;
    match kind {
        R::LineComment { doc_style } => TokenKind::LineComment {
            doc_style: doc_style.map(our_doc_style),
        },
        R::BlockComment {
            doc_style,
            terminated,
        } => TokenKind::BlockComment {
            doc_style: doc_style.map(our_doc_style),
            terminated,
        },
        R::Whitespace => TokenKind::Whitespace,
        R::Ident => TokenKind::Ident,
        R::InvalidIdent => TokenKind::InvalidIdent,
        R::RawIdent => TokenKind::RawIdent,
        R::UnknownPrefix => TokenKind::UnknownPrefix,
        R::UnknownPrefixLifetime => TokenKind::UnknownPrefixLifetime,
        R::RawLifetime => TokenKind::RawLifetime,
        R::Literal { kind, suffix_start } => TokenKind::Literal {
            kind: our_literal(kind),
            suffix_start,
        },
        R::Lifetime { starts_with_number } => TokenKind::Lifetime { starts_with_number },
        R::Semi => TokenKind::Semi,
        R::Comma => TokenKind::Comma,
        R::Dot => TokenKind::Dot,
        R::OpenParen => TokenKind::OpenParen,
        R::CloseParen => TokenKind::CloseParen,
        R::OpenBrace => TokenKind::OpenBrace,
        R::CloseBrace => TokenKind::CloseBrace,
        R::OpenBracket => TokenKind::OpenBracket,
        R::CloseBracket => TokenKind::CloseBracket,
        R::At => TokenKind::At,
        R::Pound => TokenKind::Pound,
        R::Tilde => TokenKind::Tilde,
        R::Question => TokenKind::Question,
        R::Colon => TokenKind::Colon,
        R::Dollar => TokenKind::Dollar,
        R::Eq => TokenKind::Eq,
        R::Bang => TokenKind::Bang,
        R::Lt => TokenKind::Lt,
        R::Gt => TokenKind::Gt,
        R::Minus => TokenKind::Minus,
        R::And => TokenKind::And,
        R::Or => TokenKind::Or,
        R::Plus => TokenKind::Plus,
        R::Star => TokenKind::Star,
        R::Slash => TokenKind::Slash,
        R::Caret => TokenKind::Caret,
        R::Percent => TokenKind::Percent,
        // Frontmatter is off, and the two Rust 2024 kinds are split by the caller; anything new
        // in a later oracle shows up as a mismatch.
        R::Unknown
        | R::Frontmatter { .. }
        | R::GuardedStrPrefix
        | R::ForcedKeywordIdent
        | R::Eof => TokenKind::Unknown,
    }
}

fn our_doc_style(style: rustc::DocStyle) -> DocStyle {
    match style {
        rustc::DocStyle::Outer => DocStyle::Outer,
        rustc::DocStyle::Inner => DocStyle::Inner,
    }
}

fn our_base(base: rustc::Base) -> Base {
    match base {
        rustc::Base::Binary => Base::Binary,
        rustc::Base::Octal => Base::Octal,
        rustc::Base::Decimal => Base::Decimal,
        rustc::Base::Hexadecimal => Base::Hexadecimal,
    }
}

fn our_literal(kind: rustc::LiteralKind) -> LiteralKind {
    use rustc::LiteralKind as R;
    match kind {
        R::Int { base, empty_int } => LiteralKind::Int {
            base: our_base(base),
            empty_int,
        },
        R::Float {
            base,
            empty_exponent,
        } => LiteralKind::Float {
            base: our_base(base),
            empty_exponent,
        },
        R::Char { terminated } => LiteralKind::Char { terminated },
        R::Byte { terminated } => LiteralKind::Byte { terminated },
        R::Str { terminated } => LiteralKind::Str { terminated },
        R::ByteStr { terminated } => LiteralKind::ByteStr { terminated },
        R::CStr { terminated } => LiteralKind::CStr { terminated },
        R::RawStr { n_hashes } => LiteralKind::RawStr { n_hashes },
        R::RawByteStr { n_hashes } => LiteralKind::RawByteStr { n_hashes },
        R::RawCStr { n_hashes } => LiteralKind::RawCStr { n_hashes },
    }
}

/// Where two token streams first disagree, described for a person.
fn first_difference(src: &str, ours: &[RawToken], theirs: &[RawToken]) -> Option<String> {
    let mut offset = 0usize;
    for (i, (a, b)) in ours.iter().zip(theirs).enumerate() {
        if a != b {
            let line = src[..offset].matches('\n').count() + 1;
            let show = |t: &RawToken| {
                let end = (offset + t.len as usize).min(src.len());
                let text = src.get(offset..end).unwrap_or("<not on a char boundary>");
                format!("{:?} {:?}", t.kind, text)
            };
            return Some(format!(
                "token {i} at byte {offset} (line {line}): ours {} / rustc {}",
                show(a),
                show(b)
            ));
        }
        offset += a.len as usize;
    }
    (ours.len() != theirs.len()).then(|| {
        format!(
            "token counts differ: ours {} / rustc {} (same up to byte {offset})",
            ours.len(),
            theirs.len()
        )
    })
}

/// One file's verdict.
struct Checked {
    path: PathBuf,
    bytes: usize,
    difference: Option<String>,
    ours: Duration,
    theirs: Duration,
}

fn check_file(path: PathBuf) -> Option<Checked> {
    let bytes = std::fs::read(&path).ok()?;
    // rustc refuses files that are not UTF-8, so there is nothing to compare.
    let text = String::from_utf8(bytes).ok()?;
    let src = rustc_view(&text);
    let start = Instant::now();
    let ours: Vec<RawToken> = tokenize(src).collect();
    let ours_time = start.elapsed();
    let start = Instant::now();
    let theirs = rustc_tokens(src);
    let theirs_time = start.elapsed();
    Some(Checked {
        path,
        bytes: src.len(),
        difference: first_difference(src, &ours, &theirs),
        ours: ours_time,
        theirs: theirs_time,
    })
}

#[test]
fn same_tokens_as_rustc_on_the_dependency_tree() {
    let mut files = BTreeSet::new();
    for dir in package_dirs() {
        collect_rs_files(&dir, &mut files);
    }
    collect_rs_files(&workspace_root().join("test_data/rust/tokens"), &mut files);
    let files: Vec<PathBuf> = files.into_iter().collect();
    assert!(files.len() > 10, "found only {} files", files.len());

    // Two threads: lexing is quick, reading and comparing thousands of files is the cost.
    let half = files.len() / 2;
    let (first, second) = files.split_at(half);
    let results: Vec<Option<Checked>> = std::thread::scope(|scope| {
        let other = scope.spawn(|| {
            second
                .iter()
                .map(|p| check_file(p.clone()))
                .collect::<Vec<_>>()
        });
        let mut mine: Vec<_> = first.iter().map(|p| check_file(p.clone())).collect();
        mine.extend(other.join().expect("worker thread"));
        mine
    });

    let skipped = results.iter().filter(|r| r.is_none()).count();
    let checked: Vec<Checked> = results.into_iter().flatten().collect();
    let mut failures = Vec::new();
    let mut known = Vec::new();
    for c in checked.iter() {
        let Some(difference) = &c.difference else {
            continue;
        };
        let name = c.path.file_name().unwrap_or_default().to_string_lossy();
        match KNOWN_DIFFERENCES.iter().find(|(file, _)| *file == name) {
            Some((_, why)) => known.push(format!(
                "{}: {difference}\n    known: {why}",
                c.path.display()
            )),
            None => failures.push(format!("{}: {difference}", c.path.display())),
        }
    }
    let identical = checked.len() - failures.len() - known.len();
    let total_bytes: usize = checked.iter().map(|c| c.bytes).sum();
    let mb = total_bytes as f64 / 1e6;
    let ours: f64 = checked.iter().map(|c| c.ours.as_secs_f64()).sum();
    let theirs: f64 = checked.iter().map(|c| c.theirs.as_secs_f64()).sum();
    println!(
        "{identical}/{} files identical ({} known differences, {skipped} files not UTF-8 skipped)",
        checked.len(),
        known.len()
    );
    println!(
        "{mb:.1} MB lexed: ours {:.0} MB/s, ra-ap-rustc_lexer {:.0} MB/s",
        mb / ours.max(1e-9),
        mb / theirs.max(1e-9)
    );
    for k in &known {
        println!("{k}");
    }
    for f in failures.iter().take(20) {
        println!("MISMATCH {f}");
    }
    assert!(
        failures.is_empty(),
        "{} files lex differently from rustc_lexer; first: {}",
        failures.len(),
        failures[0]
    );
}

#[test]
fn the_oracle_adapter_reads_rust_2021() {
    // `#"x"` and `k#fn` are Rust 2024 / unstable syntax; for 2021 they split as rustc does.
    let kinds = |src: &str| {
        rustc_tokens(src)
            .iter()
            .map(|t| t.kind.name())
            .collect::<Vec<_>>()
    };
    assert_eq!(kinds("#\"x\""), ["Pound", "Literal(Str)"]);
    assert_eq!(kinds("k#fn"), ["UnknownPrefix", "Pound", "Ident"]);
    assert_eq!(kinds("##"), ["Pound", "Pound"]);
    let src = "#\"x\" k#fn ##";
    assert_eq!(
        first_difference(src, &tokenize(src).collect::<Vec<_>>(), &rustc_tokens(src)),
        None
    );
}

/// True for the one known difference between rustc 1.95 and the newer oracle: a token of the
/// oracle that starts with `'` and contains an emoji (see [`KNOWN_DIFFERENCES`]).
fn is_emoji_lifetime_difference(src: &str, ours: &[RawToken], theirs: &[RawToken]) -> bool {
    let mut offset = 0usize;
    for (a, b) in ours.iter().zip(theirs) {
        if a != b {
            let text = src.get(offset..offset + b.len as usize).unwrap_or("");
            return text.starts_with('\'')
                && text
                    .chars()
                    .any(|c| !c.is_ascii() && !rust_syntax::is_id_continue(c));
        }
        offset += a.len as usize;
    }
    false
}

#[test]
fn random_token_soups_lex_like_rustc() {
    const PIECES: &[&str] = &[
        "'", "\"", "#", "##", "r", "b", "c", "br", "cr", "k", "r#", "/*", "*/", "//", "///", "/**",
        "//!", "/*!", "\\", "\\\"", "\\u{", "}", "0", "1", "9", "0x", "0b", "0o", "e", "E", "e+",
        ".", "..", "_", "a", "u8", "f32", "\n", "\r\n", " ", "\t", "🦀", "é", "№", "\u{a0}", "\0",
        "!", "[", "-", "{", "$", "'a", "'r#", "\u{200e}", "\u{85}",
    ];
    // The same small generator as the limits test: deterministic, so failures reproduce.
    let mut state: u64 = 0x5EED;
    let mut next = move |n: usize| {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        (state.wrapping_mul(0x2545_F491_4F6C_DD1D) % n as u64) as usize
    };
    let mut failures = Vec::new();
    let mut known = 0;
    for _ in 0..100_000 {
        let count = next(32);
        let src: String = (0..count).map(|_| PIECES[next(PIECES.len())]).collect();
        let ours: Vec<RawToken> = tokenize(&src).collect();
        let theirs = rustc_tokens(&src);
        if let Some(difference) = first_difference(&src, &ours, &theirs) {
            if is_emoji_lifetime_difference(&src, &ours, &theirs) {
                known += 1;
            } else {
                failures.push(format!("{src:?}: {difference}"));
            }
        }
    }
    println!(
        "100000 random soups: {} identical, {known} known differences",
        100_000 - known - failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} soups differ, e.g.\n{}",
        failures.len(),
        failures[..failures.len().min(10)].join("\n")
    );
}
