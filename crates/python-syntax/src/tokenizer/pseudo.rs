//! The regular expressions of CPython's `Lib/tokenize.py`, written out by hand as matchers over
//! a [`Cursor`].
//!
//! `tokenize.py` finds each token with one big expression, `PseudoToken`:
//!
//! ```text
//! PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)
//! PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
//! ```
//!
//! A regular expression tries the alternatives of a group in order and takes the first that
//! matches (not the longest), backtracking inside an alternative when a later part fails.
//! [`Matcher::pseudo_token`] tries the same alternatives in the same order; each function below
//! names the piece of `tokenize.py` it stands for, and says where backtracking could matter and
//! why the greedy, straight-line scan finds the same match.
//!
//! Two memos keep the work linear in the length of the line, where the regular expression would
//! be quadratic on lines such as `"\"\"\"…` or a long run of spaces before a `$`; each is
//! explained where it is used.

use super::cursor::Cursor;
use super::unicode::is_word;

/// `Whitespace = r'[ \f\t]*'`: the characters skipped before a token.
pub(crate) fn is_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\x0c' | '\t')
}

/// True for the two quote characters.
fn is_quote(c: char) -> bool {
    c == '\'' || c == '"'
}

/// True when `prefix` is one of `_all_string_prefixes()`: the empty string, `b`, `r`, `u`, `f`,
/// `br` and `fr` in any order and any mix of cases.
pub(crate) fn is_valid_prefix(prefix: &[char]) -> bool {
    let lower = |i: usize| prefix[i].to_ascii_lowercase();
    match prefix.len() {
        0 => true,
        1 => matches!(lower(0), 'b' | 'r' | 'u' | 'f'),
        2 => matches!(
            (lower(0), lower(1)),
            ('b', 'r') | ('r', 'b') | ('f', 'r') | ('r', 'f')
        ),
        _ => false,
    }
}

/// The length of a string prefix at the cursor that is directly followed by a quote, as
/// `StringPrefix` followed by `'` or `"` would match it.
///
/// A prefix is made of letters and a quote is not a letter, so at most one prefix length can be
/// followed by a quote: the order in which the regular expression tries the prefixes is moot.
fn prefix_before_quote(cursor: Cursor) -> Option<usize> {
    let ahead = [cursor.first(), cursor.second(), cursor.third()];
    let len = ahead.iter().position(|c| c.is_some_and(is_quote))?;
    let mut prefix = [' '; 2];
    for (slot, c) in prefix.iter_mut().zip(ahead[..len].iter().flatten()) {
        *slot = *c;
    }
    is_valid_prefix(&prefix[..len]).then_some(len)
}

/// How a string ends: which quote, and whether it is tripled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct StringEnd {
    /// `'` or `"`.
    pub(crate) quote: char,
    /// True for `'''` and `"""`.
    pub(crate) triple: bool,
}

/// Matches the rest of a string from `pos` to just past its closing quote(s), the way
/// `endpats[...]` does, and returns the end index.
///
/// For a single quote that is `Single = r"[^'\\]*(?:\\.[^'\\]*)*'"` (used only on the lines that
/// follow a backslash-continued string); for a triple quote it is
/// `Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"`. In both, a backslash escapes the next
/// character except a newline (`.` does not match `\n`), and a newline itself is ordinary text.
///
/// Backtracking cannot find a different match: a backslash can only be consumed as the start of
/// an escape, and a lone quote only when it is not the start of the closing quotes, so the first
/// unescaped closing quote(s) end the only possible match, and an unescapable backslash (before
/// `\n` or at the end) makes the match fail.
pub(crate) fn match_string_end(line: &[char], pos: usize, end: StringEnd) -> Option<usize> {
    let mut cursor = Cursor::new(line, pos);
    loop {
        match cursor.first()? {
            c if c == end.quote => {
                if !end.triple {
                    return Some(cursor.pos() + 1);
                }
                if cursor.second() == Some(end.quote) && cursor.third() == Some(end.quote) {
                    return Some(cursor.pos() + 3);
                }
                cursor.bump();
            }
            '\\' => match cursor.second() {
                Some(escaped) if escaped != '\n' => {
                    cursor.bump();
                    cursor.bump();
                }
                _ => return None,
            },
            _ => cursor.bump(),
        }
    }
}

/// The pseudo-token matcher for one line, with its memos.
///
/// Make a new one for every line: the memos describe one line only.
#[derive(Default)]
pub(crate) struct Matcher {
    /// After a failed match that skipped whitespace from `pos` up to index `w`, every match
    /// starting in `pos..=w` fails too (it skips to the same `w` and finds the same nothing).
    /// `tokenize.py` retries at each of those positions, yielding one ERRORTOKEN per whitespace
    /// character; remembering `w` makes each retry immediate.
    fail_through: Option<usize>,
    /// For `'` and `"`: the last body of a one-line string (`ContStr`) that was scanned without
    /// finding its end, as the index where the body started and the index where the scan
    /// stopped (the end of the line, or a `\n` that a codec such as `cp037` decoded in the
    /// middle of it). A later body of a string with the same quote starting in that range fails
    /// too: its opening quote was passed by the earlier scan only as an escaped character, so
    /// from the character after it both scans are in the same state and stop at the same place.
    string_failed: [Option<(usize, usize)>; 2],
}

impl Matcher {
    /// A matcher for a new line.
    pub(crate) fn new() -> Matcher {
        Matcher::default()
    }

    /// `PseudoToken.match(line, pos)`: skips `Whitespace` and returns the span of group 1 (the
    /// token), which is empty only at the end of the line (`\Z`), or `None` when nothing matches.
    pub(crate) fn pseudo_token(&mut self, line: &[char], pos: usize) -> Option<(usize, usize)> {
        if self.fail_through.is_some_and(|through| pos <= through) {
            return None;
        }
        let mut cursor = Cursor::new(line, pos);
        cursor.eat_while(is_whitespace);
        let start = cursor.pos();
        match self.token_at(cursor) {
            Some(end) => Some((start, end)),
            None => {
                self.fail_through = Some(start);
                None
            }
        }
    }

    /// `group(PseudoExtras, Number, Funny, ContStr, Name)`: the first alternative that matches.
    fn token_at(&mut self, cursor: Cursor) -> Option<usize> {
        backslash_newline(cursor)
            .or_else(|| cursor.is_eof().then(|| cursor.pos()))
            .or_else(|| comment(cursor))
            .or_else(|| triple_quote_start(cursor))
            .or_else(|| number(cursor))
            .or_else(|| funny(cursor))
            .or_else(|| self.one_line_string(cursor))
            .or_else(|| name(cursor))
    }

    /// `ContStr`: a one-line string with its closing quote, or the first line of a string that
    /// continues with a backslash and newline:
    ///
    /// ```text
    /// StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + group("'", r'\\\r?\n')
    /// ```
    ///
    /// The greedy scan stops at the quote (a match), at a backslash that cannot start an escape
    /// (before `\n`, where `\\\r?\n` matches, or at the end), or at the newline. There is one
    /// place where backtracking finds a match the greedy scan passed over: if the scan consumed
    /// `\` `\r` as an escape and then stopped at `\n`, the expression gives that escape back and
    /// matches `\\\r\n` as the ending instead.
    fn one_line_string(&mut self, cursor: Cursor) -> Option<usize> {
        let prefix_len = prefix_before_quote(cursor)?;
        let mut cursor = cursor;
        for _ in 0..prefix_len {
            cursor.bump();
        }
        let quote = cursor.first()?;
        cursor.bump();
        let slot = usize::from(quote == '"');
        let body_start = cursor.pos();
        if self.string_failed[slot].is_some_and(|(from, to)| (from..=to).contains(&body_start)) {
            return None;
        }
        // The index just past the last escape that was `\` `\r`, if that escape came last.
        let mut after_backslash_cr = None;
        loop {
            match cursor.first() {
                Some(c) if c == quote => return Some(cursor.pos() + 1),
                Some('\\') => match cursor.second() {
                    Some('\n') => return Some(cursor.pos() + 2),
                    Some(escaped) => {
                        cursor.bump();
                        cursor.bump();
                        after_backslash_cr = (escaped == '\r').then(|| cursor.pos());
                    }
                    None => break,
                },
                Some('\n') => {
                    if after_backslash_cr == Some(cursor.pos()) {
                        return Some(cursor.pos() + 1);
                    }
                    break;
                }
                Some(_) => {
                    cursor.bump();
                    after_backslash_cr = None;
                }
                None => break,
            }
        }
        self.string_failed[slot] = Some((body_start, cursor.pos()));
        None
    }
}

/// `\\\r?\n`: a backslash that continues the statement on the next line.
fn backslash_newline(mut cursor: Cursor) -> Option<usize> {
    if !cursor.eat('\\') {
        return None;
    }
    cursor.eat('\r');
    cursor.eat('\n').then(|| cursor.pos())
}

/// `Comment = r'#[^\r\n]*'`.
fn comment(mut cursor: Cursor) -> Option<usize> {
    if !cursor.eat('#') {
        return None;
    }
    cursor.eat_while(|c| c != '\r' && c != '\n');
    Some(cursor.pos())
}

/// `Triple = group(StringPrefix + "'''", StringPrefix + '"""')`: the opening of a triple-quoted
/// string (its body is matched afterwards by [`match_string_end`]).
fn triple_quote_start(mut cursor: Cursor) -> Option<usize> {
    let prefix_len = prefix_before_quote(cursor)?;
    for _ in 0..prefix_len {
        cursor.bump();
    }
    let quote = cursor.first()?;
    if cursor.second() == Some(quote) && cursor.third() == Some(quote) {
        Some(cursor.pos() + 3)
    } else {
        None
    }
}

/// `Name = r'\w+'`, with Unicode word characters.
fn name(mut cursor: Cursor) -> Option<usize> {
    let start = cursor.pos();
    cursor.eat_while(is_word);
    (cursor.pos() > start).then(|| cursor.pos())
}

/// `Funny = group(r'\r?\n', Special)`: a newline, or an operator from `EXACT_TOKEN_TYPES`.
///
/// `Special` lists the operators sorted in reverse, which puts every operator before its own
/// prefixes (`**=` before `**` before `*`), so it finds the longest operator at the cursor.
fn funny(mut cursor: Cursor) -> Option<usize> {
    let start = cursor.pos();
    if cursor.first() == Some('\r') && cursor.second() == Some('\n') {
        return Some(start + 2);
    }
    if cursor.eat('\n') {
        return Some(start + 1);
    }
    let [a, b, c] = [cursor.first(), cursor.second(), cursor.third()].map(|c| c.unwrap_or(' '));
    operator_len(a, b, c).map(|len| start + len)
}

/// The length of the longest operator of CPython 3.11's `token.EXACT_TOKEN_TYPES` that starts
/// with the characters `a`, `b`, `c`, if any.
pub(crate) fn operator_len(a: char, b: char, c: char) -> Option<usize> {
    match (a, b, c) {
        ('*', '*', '=') | ('.', '.', '.') | ('/', '/', '=') | ('<', '<', '=') | ('>', '>', '=') => {
            Some(3)
        }
        (
            '!' | '%' | '&' | '*' | '+' | '-' | '/' | ':' | '<' | '=' | '>' | '@' | '^' | '|',
            '=',
            _,
        )
        | ('*', '*', _)
        | ('-', '>', _)
        | ('/', '/', _)
        | ('<', '<', _)
        | ('>', '>', _) => Some(2),
        (
            '%' | '&' | '(' | ')' | '*' | '+' | ',' | '-' | '.' | '/' | ':' | ';' | '<' | '=' | '>'
            | '@' | '[' | ']' | '^' | '{' | '|' | '}' | '~',
            _,
            _,
        ) => Some(1),
        _ => None,
    }
}

/// `Number = group(Imagnumber, Floatnumber, Intnumber)`, with ASCII digits only.
///
/// The three are tried in this order and the first that matches wins, even when a later one
/// would match more: `012` is the number `0` (a `Decnumber` cannot have leading zeros) followed
/// by the number `12`, and `0x` is the number `0` followed by the name `x`.
fn number(cursor: Cursor) -> Option<usize> {
    imaginary(cursor)
        .or_else(|| float(cursor))
        .or_else(|| integer(cursor))
        .map(|end| end.pos())
}

/// `[0-9](?:_?[0-9])*`: digits with single underscores between them.
///
/// The repetition is greedy; giving characters back could only leave the match before a digit
/// or before `_` and a digit, where nothing that follows a digit part in `Number` can match, so
/// the greedy match is the only one that matters.
fn digit_part(mut cursor: Cursor) -> Option<Cursor> {
    if !cursor.eat_if(|c| c.is_ascii_digit()) {
        return None;
    }
    loop {
        if cursor.first() == Some('_') && cursor.second().is_some_and(|c| c.is_ascii_digit()) {
            cursor.bump();
            cursor.bump();
        } else if !cursor.eat_if(|c| c.is_ascii_digit()) {
            return Some(cursor);
        }
    }
}

/// `Exponent = r'[eE][-+]?[0-9](?:_?[0-9])*'`.
fn exponent(mut cursor: Cursor) -> Option<Cursor> {
    if !cursor.eat_if(|c| c == 'e' || c == 'E') {
        return None;
    }
    cursor.eat_if(|c| c == '-' || c == '+');
    digit_part(cursor)
}

/// `Pointfloat = group(r'[0-9](?:_?[0-9])*\.(?:[0-9](?:_?[0-9])*)?', r'\.[0-9](?:_?[0-9])*')
/// + maybe(Exponent)`.
fn point_float(cursor: Cursor) -> Option<Cursor> {
    let after_fraction = match digit_part(cursor) {
        Some(mut after_digits) => {
            if !after_digits.eat('.') {
                return None;
            }
            digit_part(after_digits).unwrap_or(after_digits)
        }
        None => {
            let mut after_dot = cursor;
            if !after_dot.eat('.') {
                return None;
            }
            digit_part(after_dot)?
        }
    };
    Some(exponent(after_fraction).unwrap_or(after_fraction))
}

/// `Floatnumber = group(Pointfloat, Expfloat)` where `Expfloat = r'[0-9](?:_?[0-9])*' +
/// Exponent`.
fn float(cursor: Cursor) -> Option<Cursor> {
    point_float(cursor).or_else(|| exponent(digit_part(cursor)?))
}

/// `Imagnumber = group(r'[0-9](?:_?[0-9])*[jJ]', Floatnumber + r'[jJ]')`.
///
/// A `Pointfloat` and an `Expfloat` cannot both match at one place (after the digits comes
/// either `.` or `e`), so trying `Floatnumber` once and then `[jJ]` is what backtracking would do.
fn imaginary(cursor: Cursor) -> Option<Cursor> {
    let is_j = |c: char| c == 'j' || c == 'J';
    if let Some(mut end) = digit_part(cursor) {
        if end.eat_if(is_j) {
            return Some(end);
        }
    }
    let mut end = float(cursor)?;
    end.eat_if(is_j).then_some(end)
}

/// `Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)`:
///
/// ```text
/// Hexnumber = r'0[xX](?:_?[0-9a-fA-F])+'
/// Binnumber = r'0[bB](?:_?[01])+'
/// Octnumber = r'0[oO](?:_?[0-7])+'
/// Decnumber = r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)'
/// ```
fn integer(cursor: Cursor) -> Option<Cursor> {
    let radix_digits: [(char, DigitClass); 3] = [
        ('x', |c| c.is_ascii_hexdigit()),
        ('b', |c| c == '0' || c == '1'),
        ('o', |c| ('0'..='7').contains(&c)),
    ];
    if cursor.first() == Some('0') {
        let marker = cursor.second().map(|c| c.to_ascii_lowercase());
        for (letter, is_digit) in radix_digits {
            if marker == Some(letter) {
                let mut after = cursor;
                after.bump();
                after.bump();
                if let Some(end) = underscored(after, is_digit) {
                    return Some(end);
                }
            }
        }
        let mut end = cursor;
        end.bump();
        return Some(underscored(end, |c| c == '0').unwrap_or(end));
    }
    let mut end = cursor;
    if !end.eat_if(|c| ('1'..='9').contains(&c)) {
        return None;
    }
    Some(underscored(end, |c| c.is_ascii_digit()).unwrap_or(end))
}

/// A class of digits, such as `[0-7]`.
type DigitClass = fn(char) -> bool;

/// `(?:_?D)+` for the digit class `is_digit`: at least one digit, each maybe after one `_`.
fn underscored(mut cursor: Cursor, is_digit: DigitClass) -> Option<Cursor> {
    let start = cursor.pos();
    loop {
        if cursor.first() == Some('_') && cursor.second().is_some_and(is_digit) {
            cursor.bump();
            cursor.bump();
        } else if !cursor.eat_if(is_digit) {
            return (cursor.pos() > start).then_some(cursor);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the pseudo-token matcher over `text` the way tokenize's inner loop does, returning
    /// the matched texts, with `!c` for a character where nothing matched.
    fn pieces(text: &str) -> Vec<String> {
        let line: Vec<char> = text.chars().collect();
        let mut matcher = Matcher::new();
        let mut out = Vec::new();
        let mut pos = 0;
        while pos < line.len() {
            match matcher.pseudo_token(&line, pos) {
                Some((start, end)) => {
                    if start != end {
                        out.push(line[start..end].iter().collect());
                    }
                    pos = end;
                }
                None => {
                    out.push(format!("!{}", line[pos]));
                    pos += 1;
                }
            }
        }
        out
    }

    #[test]
    fn numbers_take_the_first_alternative() {
        assert_eq!(
            pieces("012 0x 0x_ff 0b102"),
            ["0", "12", "0", "x", "0x_ff", "0b10", "2"]
        );
        assert_eq!(
            pieces("1_000.5e-3j 1e5J .5 1. 1.e"),
            ["1_000.5e-3j", "1e5J", ".5", "1.", "1.", "e"]
        );
        assert_eq!(
            pieces("1__0 0_0 0o17 1if"),
            ["1", "__0", "0_0", "0o17", "1", "if"]
        );
        assert_eq!(pieces("1_j 10j 1.5j"), ["1", "_j", "10j", "1.5j"]);
    }

    #[test]
    fn operators_are_longest_first() {
        assert_eq!(
            pieces("**= ... .. -> := @= != !"),
            ["**=", "...", ".", ".", "->", ":=", "@=", "!=", "! ", "!!"]
        );
        assert_eq!(pieces("a//=b<<c"), ["a", "//=", "b", "<<", "c"]);
    }

    #[test]
    fn operator_table_is_cpythons() {
        // `sorted(token.EXACT_TOKEN_TYPES)` of CPython 3.11.
        let exact = [
            "!=", "%", "%=", "&", "&=", "(", ")", "*", "**", "**=", "*=", "+", "+=", ",", "-",
            "-=", "->", ".", "...", "/", "//", "//=", "/=", ":", ":=", ";", "<", "<<", "<<=", "<=",
            "=", "==", ">", ">=", ">>", ">>=", "@", "@=", "[", "]", "^", "^=", "{", "|", "|=", "}",
            "~",
        ];
        for op in exact {
            let c: Vec<char> = op.chars().chain("  ".chars()).collect();
            assert_eq!(operator_len(c[0], c[1], c[2]), Some(op.len()), "{op}");
        }
        let printable = (' '..='~').collect::<Vec<char>>();
        let mut count = 0;
        for &a in &printable {
            for &b in &printable {
                if let Some(len) = operator_len(a, b, ' ') {
                    let text: String = [a, b][..len].iter().collect();
                    assert!(exact.contains(&text.as_str()), "{text}");
                    count += usize::from(len == 2 || b == ' ');
                }
            }
        }
        assert!(count > 0);
    }

    #[test]
    fn strings_and_prefixes() {
        assert_eq!(
            pieces("rb'x' Rb\"y\" ub'z'"),
            ["rb'x'", "Rb\"y\"", "ub", "'z'"]
        );
        assert_eq!(pieces("f'''a"), ["f'''", "a"]);
        assert_eq!(pieces("'a\\'b' 'c"), ["'a\\'b'", "! ", "!'", "c"]);
        assert_eq!(pieces("'abc\\\n"), ["'abc\\\n"]);
        assert_eq!(pieces("'abc\\\r\n"), ["'abc\\\r\n"]);
        // A newline inside a line (a codec such as cp037 can decode one) ends a failed scan.
        assert_eq!(
            pieces("'a\n'b' 'c\n\"d\""),
            ["!'", "a", "\n", "'b'", "! ", "!'", "c", "\n", "\"d\""]
        );
    }

    #[test]
    fn errors_cover_whitespace() {
        assert_eq!(pieces("a  $\\ b"), ["a", "! ", "! ", "!$", "!\\", "b"]);
        assert_eq!(pieces("x\r"), ["x", "!\r"]);
        assert_eq!(pieces("\\\n"), ["\\\n"]);
        assert_eq!(pieces("# c\r\n"), ["# c", "\r\n"]);
    }

    #[test]
    fn string_ends() {
        let line: Vec<char> = "ab\\''' c'''d".chars().collect();
        let triple = StringEnd {
            quote: '\'',
            triple: true,
        };
        assert_eq!(match_string_end(&line, 0, triple), Some(11));
        let single = StringEnd {
            quote: '\'',
            triple: false,
        };
        assert_eq!(match_string_end(&line, 0, single), Some(5));
        let dangling: Vec<char> = "abc\\\n".chars().collect();
        assert_eq!(match_string_end(&dangling, 0, triple), None);
        let four: Vec<char> = "a''''".chars().collect();
        assert_eq!(match_string_end(&four, 0, triple), Some(4));
    }

    #[test]
    fn escaped_quotes_do_not_go_quadratic() {
        let line: Vec<char> = "\"\\".repeat(20_000).chars().collect();
        let mut matcher = Matcher::new();
        let mut pos = 0;
        let mut errors = 0;
        while pos < line.len() {
            match matcher.pseudo_token(&line, pos) {
                Some((_, end)) => pos = end,
                None => {
                    errors += 1;
                    pos += 1;
                }
            }
        }
        assert_eq!(errors, line.len());
    }
}
