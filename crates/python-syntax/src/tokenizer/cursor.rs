//! A cursor over the characters of one decoded line: peek ahead, step over, and remember where
//! you are.
//!
//! CPython's `tokenize` module works one physical line at a time and measures positions in
//! characters, so the cursor walks a slice of `char`s rather than bytes. It is `Copy`: a matcher
//! that wants to try something and give up (what a regular expression does when it backtracks)
//! copies the cursor, tries on the copy, and keeps the copy only if the attempt succeeded.

/// A position in one line of characters.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cursor<'a> {
    /// The whole line, so that positions stay meaningful after moving.
    chars: &'a [char],
    /// Index of the next character to look at.
    pos: usize,
}

impl<'a> Cursor<'a> {
    /// A cursor at index `pos` of `chars`.
    pub(crate) fn new(chars: &'a [char], pos: usize) -> Cursor<'a> {
        Cursor { chars, pos }
    }

    /// Index of the next character.
    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    /// True when every character of the line has been consumed.
    pub(crate) fn is_eof(&self) -> bool {
        self.pos >= self.chars.len()
    }

    /// The next character, or `None` at the end of the line.
    pub(crate) fn first(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    /// The character after the next one, or `None`.
    pub(crate) fn second(&self) -> Option<char> {
        self.chars.get(self.pos + 1).copied()
    }

    /// The third character from here, or `None`.
    pub(crate) fn third(&self) -> Option<char> {
        self.chars.get(self.pos + 2).copied()
    }

    /// Steps over one character (does nothing at the end of the line).
    pub(crate) fn bump(&mut self) {
        if !self.is_eof() {
            self.pos += 1;
        }
    }

    /// Steps over the next character if it is `c`, and says whether it did.
    pub(crate) fn eat(&mut self, c: char) -> bool {
        self.eat_if(|next| next == c)
    }

    /// Steps over the next character if `predicate` accepts it, and says whether it did.
    pub(crate) fn eat_if(&mut self, predicate: impl Fn(char) -> bool) -> bool {
        match self.first() {
            Some(c) if predicate(c) => {
                self.pos += 1;
                true
            }
            _ => false,
        }
    }

    /// Steps over characters while `predicate` accepts them.
    pub(crate) fn eat_while(&mut self, predicate: impl Fn(char) -> bool) {
        while self.eat_if(&predicate) {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peeks_and_steps() {
        let chars: Vec<char> = "ab\0".chars().collect();
        let mut cursor = Cursor::new(&chars, 0);
        assert_eq!(
            (cursor.first(), cursor.second(), cursor.third()),
            (Some('a'), Some('b'), Some('\0'))
        );
        assert!(!cursor.eat('b') && cursor.eat('a'));
        cursor.eat_while(|c| c != '\0');
        assert_eq!(cursor.pos(), 2);
        cursor.bump();
        cursor.bump();
        assert!(cursor.is_eof() && cursor.first().is_none() && cursor.pos() == 3);
    }
}
