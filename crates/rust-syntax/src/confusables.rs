//! Unicode characters that look like ASCII punctuation, for rustc's "looks like" help.
//!
//! When rustc meets an unknown character such as `；` (a fullwidth semicolon) it adds
//! `help: Unicode character '；' (Fullwidth Semicolon) looks like ';' (Semicolon), but it is not`.
//! rustc's table is long; this one holds the entries that rustc 1.95 reports for the characters
//! people most often paste by accident: spaces, dashes, quotes, fullwidth and small forms,
//! mathematical operators and brackets. It was produced by running rustc on each candidate.

/// `(character, its name, the ASCII character it looks like)`, sorted by character.
const CONFUSABLES: &[(char, &str, char)] = &[
    ('\u{a0}', "No-Break Space", ' '),
    ('\u{b4}', "Acute Accent", '\''),
    ('\u{b7}', "Middle Dot", '.'),
    ('\u{b8}', "Cedilla", ','),
    ('\u{2c2}', "Modifier Letter Left Arrowhead", '<'),
    ('\u{2c3}', "Modifier Letter Right Arrowhead", '>'),
    ('\u{2d7}', "Modifier Letter Minus Sign", '-'),
    ('\u{2dd}', "Double Acute Accent", '"'),
    ('\u{2f4}', "Modifier Letter Middle Grave Accent", '\''),
    ('\u{2f5}', "Modifier Letter Middle Double Grave Accent", '"'),
    ('\u{2f6}', "Modifier Letter Middle Double Acute Accent", '"'),
    ('\u{2f8}', "Modifier Letter Raised Colon", ':'),
    ('\u{37e}', "Greek Question Mark", ';'),
    ('\u{387}', "Greek Ano Teleia", '.'),
    ('\u{66b}', "Arabic Decimal Separator", ','),
    ('\u{66d}', "Arabic Five Pointed Star", '*'),
    ('\u{6d4}', "Arabic Full Stop", '-'),
    ('\u{1680}', "Ogham Space mark", ' '),
    ('\u{2000}', "En Quad", ' '),
    ('\u{2001}', "Em Quad", ' '),
    ('\u{2002}', "En Space", ' '),
    ('\u{2003}', "Em Space", ' '),
    ('\u{2004}', "Three-Per-Em Space", ' '),
    ('\u{2005}', "Four-Per-Em Space", ' '),
    ('\u{2006}', "Six-Per-Em Space", ' '),
    ('\u{2007}', "Figure Space", ' '),
    ('\u{2008}', "Punctuation Space", ' '),
    ('\u{2009}', "Thin Space", ' '),
    ('\u{200a}', "Hair Space", ' '),
    ('\u{2010}', "Hyphen", '-'),
    ('\u{2011}', "Non-Breaking Hyphen", '-'),
    ('\u{2012}', "Figure Dash", '-'),
    ('\u{2013}', "En Dash", '-'),
    ('\u{2014}', "Em Dash", '-'),
    ('\u{2015}', "Horizontal Bar", '-'),
    ('\u{2018}', "Left Single Quotation Mark", '\''),
    ('\u{2019}', "Right Single Quotation Mark", '\''),
    ('\u{201a}', "Single Low-9 Quotation Mark", ','),
    ('\u{201b}', "Single High-Reversed-9 Quotation Mark", '\''),
    ('\u{201d}', "Right Double Quotation Mark", '"'),
    ('\u{201f}', "Double High-Reversed-9 Quotation Mark", '"'),
    ('\u{2022}', "Bullet", '.'),
    ('\u{2024}', "One Dot Leader", '.'),
    ('\u{2027}', "Hyphenation Point", '.'),
    ('\u{202f}', "Narrow No-Break Space", ' '),
    ('\u{2032}', "Prime", '\''),
    ('\u{2033}', "Double Prime", '"'),
    ('\u{2035}', "Reversed Prime", '\''),
    ('\u{2036}', "Reversed Double Prime", '"'),
    ('\u{2039}', "Single Left-Pointing Angle Quotation Mark", '<'),
    (
        '\u{203a}',
        "Single Right-Pointing Angle Quotation Mark",
        '>',
    ),
    ('\u{2041}', "Caret Insertion Point", '/'),
    ('\u{2043}', "Hyphen Bullet", '-'),
    ('\u{2044}', "Fraction Slash", '/'),
    ('\u{204e}', "Low Asterisk", '*'),
    ('\u{205a}', "Two Dot Punctuation", ':'),
    ('\u{205f}', "Medium Mathematical Space", ' '),
    ('\u{2212}', "Minus Sign", '-'),
    ('\u{2215}', "Division Slash", '/'),
    ('\u{2216}', "Set Minus", '\\'),
    ('\u{2217}', "Asterisk Operator", '*'),
    ('\u{2219}', "Bullet Operator", '.'),
    ('\u{2236}', "Ratio", ':'),
    ('\u{22c5}', "Dot Operator", '.'),
    ('\u{2329}', "Left-Pointing Angle Bracket", '<'),
    ('\u{232a}', "Right-Pointing Angle Bracket", '>'),
    (
        '\u{275d}',
        "Heavy Double Turned Comma Quotation Mark Ornament",
        '"',
    ),
    (
        '\u{275e}',
        "Heavy Double Comma Quotation Mark Ornament",
        '"',
    ),
    ('\u{2768}', "Medium Left Parenthesis Ornament", '('),
    ('\u{2769}', "Medium Right Parenthesis Ornament", ')'),
    (
        '\u{276c}',
        "Medium Left-Pointing Angle Bracket Ornament",
        '<',
    ),
    (
        '\u{276d}',
        "Medium Right-Pointing Angle Bracket Ornament",
        '>',
    ),
    (
        '\u{276e}',
        "Heavy Left-Pointing Angle Quotation Mark Ornament",
        '<',
    ),
    (
        '\u{276f}',
        "Heavy Right-Pointing Angle Quotation Mark Ornament",
        '>',
    ),
    (
        '\u{2772}',
        "Light Left Tortoise Shell Bracket Ornament",
        '[',
    ),
    (
        '\u{2773}',
        "Light Right Tortoise Shell Bracket Ornament",
        ']',
    ),
    ('\u{2774}', "Medium Left Curly Bracket Ornament", '{'),
    ('\u{2775}', "Medium Right Curly Bracket Ornament", '}'),
    ('\u{2795}', "Heavy Plus Sign", '+'),
    ('\u{2796}', "Heavy Minus Sign", '-'),
    ('\u{27e8}', "Mathematical Left Angle Bracket", '<'),
    ('\u{27e9}', "Mathematical Right Angle Bracket", '>'),
    ('\u{2e31}', "Word Separator Middle Dot", '.'),
    ('\u{2e40}', "Double Hyphen", '='),
    ('\u{3000}', "Ideographic Space", ' '),
    ('\u{3001}', "Ideographic Comma", '\\'),
    ('\u{3002}', "Ideographic Full Stop", '.'),
    ('\u{3003}', "Ditto Mark", '"'),
    ('\u{3008}', "Left Angle Bracket", '<'),
    ('\u{3009}', "Right Angle Bracket", '>'),
    ('\u{300a}', "Left Double Angle Bracket", '<'),
    ('\u{300b}', "Right Double Angle Bracket", '>'),
    ('\u{300c}', "Left Corner Bracket", '['),
    ('\u{300d}', "Right Corner Bracket", ']'),
    ('\u{300e}', "Left White Corner Bracket", '['),
    ('\u{300f}', "Right White Corner Bracket", ']'),
    ('\u{3010}', "Left Black Lenticular Bracket", '['),
    ('\u{3011}', "Right Black Lenticular Bracket", ']'),
    ('\u{3014}', "Left Tortoise Shell Bracket", '['),
    ('\u{3015}', "Right Tortoise Shell Bracket", ']'),
    ('\u{3016}', "Left White Lenticular Bracket", '['),
    ('\u{3017}', "Right White Lenticular Bracket", ']'),
    ('\u{3018}', "Left White Tortoise Shell Bracket", '['),
    ('\u{3019}', "Right White Tortoise Shell Bracket", ']'),
    ('\u{301a}', "Left White Square Bracket", '['),
    ('\u{301b}', "Right White Square Bracket", ']'),
    (
        '\u{fe12}',
        "Presentation Form For Vertical Ideographic Full Stop",
        '.',
    ),
    ('\u{fe13}', "Presentation Form For Vertical Colon", ':'),
    ('\u{fe14}', "Presentation Form For Vertical Semicolon", ';'),
    (
        '\u{fe15}',
        "Presentation Form For Vertical Exclamation Mark",
        '!',
    ),
    (
        '\u{fe16}',
        "Presentation Form For Vertical Question Mark",
        '?',
    ),
    (
        '\u{fe30}',
        "Presentation Form For Vertical Two Dot Leader",
        ':',
    ),
    ('\u{fe4d}', "Dashed Low Line", '_'),
    ('\u{fe4e}', "Centreline Low Line", '_'),
    ('\u{fe4f}', "Wavy Low Line", '_'),
    ('\u{fe58}', "Small Em Dash", '-'),
    ('\u{fe68}', "Small Reverse Solidus", '\\'),
    ('\u{ff01}', "Fullwidth Exclamation Mark", '!'),
    ('\u{ff02}', "Fullwidth Quotation Mark", '"'),
    ('\u{ff06}', "Fullwidth Ampersand", '&'),
    ('\u{ff07}', "Fullwidth Apostrophe", '\''),
    ('\u{ff08}', "Fullwidth Left Parenthesis", '('),
    ('\u{ff09}', "Fullwidth Right Parenthesis", ')'),
    ('\u{ff0a}', "Fullwidth Asterisk", '*'),
    ('\u{ff0b}', "Fullwidth Plus Sign", '+'),
    ('\u{ff0c}', "Fullwidth Comma", ','),
    ('\u{ff0d}', "Fullwidth Hyphen-Minus", '-'),
    ('\u{ff0e}', "Fullwidth Full Stop", '.'),
    ('\u{ff0f}', "Fullwidth Solidus", '/'),
    ('\u{ff1a}', "Fullwidth Colon", ':'),
    ('\u{ff1b}', "Fullwidth Semicolon", ';'),
    ('\u{ff1c}', "Fullwidth Less-Than Sign", '<'),
    ('\u{ff1d}', "Fullwidth Equals Sign", '='),
    ('\u{ff1e}', "Fullwidth Greater-Than Sign", '>'),
    ('\u{ff1f}', "Fullwidth Question Mark", '?'),
    ('\u{ff3b}', "Fullwidth Left Square Bracket", '['),
    ('\u{ff3c}', "Fullwidth Reverse Solidus", '\\'),
    ('\u{ff3d}', "Fullwidth Right Square Bracket", ']'),
    ('\u{ff3f}', "Fullwidth Low Line", '_'),
    ('\u{ff40}', "Fullwidth Grave Accent", '\''),
    ('\u{ff5b}', "Fullwidth Left Curly Bracket", '{'),
    ('\u{ff5d}', "Fullwidth Right Curly Bracket", '}'),
    ('\u{ff65}', "Halfwidth Katakana Middle Dot", '.'),
];

/// If `c` looks like an ASCII character, returns `(name of c, that character, its name)`.
pub(crate) fn confusable(c: char) -> Option<(&'static str, char, &'static str)> {
    let i = CONFUSABLES.binary_search_by_key(&c, |&(k, _, _)| k).ok()?;
    let (_, name, ascii) = CONFUSABLES[i];
    Some((name, ascii, ascii_name(ascii)))
}

/// rustc's name for an ASCII character of the table.
fn ascii_name(c: char) -> &'static str {
    match c {
        ' ' => "Space",
        '!' => "Exclamation Mark",
        '"' => "Quotation Mark",
        '&' => "Ampersand",
        '\'' => "Single Quote",
        '(' => "Left Parenthesis",
        ')' => "Right Parenthesis",
        '*' => "Asterisk",
        '+' => "Plus Sign",
        ',' => "Comma",
        '-' => "Minus/Hyphen",
        '.' => "Period",
        '/' => "Slash",
        ':' => "Colon",
        ';' => "Semicolon",
        '<' => "Less-Than Sign",
        '=' => "Equals Sign",
        '>' => "Greater-Than Sign",
        '?' => "Question Mark",
        '[' => "Left Square Bracket",
        '\\' => "Backslash",
        ']' => "Right Square Bracket",
        '_' => "Underscore",
        '{' => "Left Curly Brace",
        '}' => "Right Curly Brace",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_named() {
        assert!(CONFUSABLES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(CONFUSABLES
            .iter()
            .all(|&(_, _, a)| !ascii_name(a).is_empty()));
        assert_eq!(
            confusable('\u{ff1b}'),
            Some(("Fullwidth Semicolon", ';', "Semicolon"))
        );
        assert_eq!(confusable('a'), None);
    }
}
