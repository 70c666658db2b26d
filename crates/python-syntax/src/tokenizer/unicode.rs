//! The Unicode questions CPython's tokenizer asks about single characters, answered from tables
//! generated out of CPython 3.11 itself (see `unicode_tables.rs`).
//!
//! Every predicate answers ASCII characters directly and searches a sorted range table for the
//! rest, so each question costs a few comparisons.

use super::unicode_tables::{IDENTIFIER_START, PRINTABLE, SPACE, WORD};

/// True when `c` lies in one of the inclusive ranges of `table`.
fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    // The first range whose last code point is at least `c` is the only one that can hold it.
    let index = table.partition_point(|&(_, last)| last < c);
    table.get(index).is_some_and(|&(first, _)| first <= c)
}

/// True when the regular expression `\w` matches `c` (what tokenize's `Name = r'\w+'` accepts).
pub(crate) fn is_word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        in_table(WORD, c)
    }
}

/// True when the one-character string `c` is an identifier, as `str.isidentifier()` says.
pub(crate) fn is_identifier_start(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic() || c == '_'
    } else {
        in_table(IDENTIFIER_START, c)
    }
}

/// True when `repr()` prints `c` as itself (`str.isprintable()`).
pub(crate) fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        (' '..='~').contains(&c)
    } else {
        in_table(PRINTABLE, c)
    }
}

/// True when `str.strip()` removes `c` (`str.isspace()`).
pub(crate) fn is_space(c: char) -> bool {
    in_table(SPACE, c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_characters() {
        assert!(is_word('a') && is_word('Z') && is_word('0') && is_word('_'));
        assert!(is_word('é') && is_word('²') && is_word('٣') && is_word('中'));
        assert!(!is_word(' ') && !is_word('$') && !is_word('\u{301}'));
    }

    #[test]
    fn identifier_starts() {
        assert!(is_identifier_start('_') && is_identifier_start('é'));
        assert!(!is_identifier_start('1') && !is_identifier_start('²'));
        assert!(!is_identifier_start('٣'));
    }

    #[test]
    fn printable_characters() {
        assert!(is_printable(' ') && is_printable('é') && is_printable('\u{301}'));
        assert!(!is_printable('\n') && !is_printable('\u{7f}') && !is_printable('\u{a0}'));
        assert!(!is_printable('\u{ad}') && !is_printable('\u{2028}'));
        assert!(!is_printable('\u{10ffff}'));
    }

    #[test]
    fn space_characters() {
        assert!(is_space(' ') && is_space('\t') && is_space('\u{1c}') && is_space('\u{85}'));
        assert!(is_space('\u{3000}') && !is_space('a') && !is_space('\u{200b}'));
    }
}
