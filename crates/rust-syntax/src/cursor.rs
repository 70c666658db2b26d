//! A cursor over source text: peek at the next characters, step over them, and measure how far
//! the current token reaches.
//!
//! The lexer never indexes into the text by hand. It asks the cursor for the next character
//! ([`Cursor::first`]), the one after it ([`Cursor::second`]) or the third, and moves on with
//! [`Cursor::bump`]. When a token is complete, [`Cursor::token_len`] says how many bytes it used and
//! [`Cursor::start_token`] begins the next one.

/// The character that [`Cursor::first`] and friends return past the end of the input.
///
/// `'\0'` can also appear in real text, so a caller that sees it and cares must confirm with
/// [`Cursor::is_eof`].
pub(crate) const EOF_CHAR: char = '\0';

/// A position in the text being lexed.
#[derive(Clone)]
pub(crate) struct Cursor<'a> {
    /// The text not consumed yet.
    rest: &'a str,
    /// The length of `rest` when the current token started.
    rest_len_at_token_start: usize,
}

impl<'a> Cursor<'a> {
    /// A cursor at the start of `input`.
    pub(crate) fn new(input: &'a str) -> Cursor<'a> {
        Cursor {
            rest: input,
            rest_len_at_token_start: input.len(),
        }
    }

    /// The next character, without consuming it, or [`EOF_CHAR`] at the end.
    pub(crate) fn first(&self) -> char {
        self.rest.chars().next().unwrap_or(EOF_CHAR)
    }

    /// The character after the next one, or [`EOF_CHAR`].
    pub(crate) fn second(&self) -> char {
        let mut chars = self.rest.chars();
        chars.next();
        chars.next().unwrap_or(EOF_CHAR)
    }

    /// The third character from here, or [`EOF_CHAR`].
    pub(crate) fn third(&self) -> char {
        let mut chars = self.rest.chars();
        chars.next();
        chars.next();
        chars.next().unwrap_or(EOF_CHAR)
    }

    /// True when every character has been consumed.
    pub(crate) fn is_eof(&self) -> bool {
        self.rest.is_empty()
    }

    /// Consumes the next character and returns it, or returns `None` at the end.
    pub(crate) fn bump(&mut self) -> Option<char> {
        let mut chars = self.rest.chars();
        let c = chars.next()?;
        self.rest = chars.as_str();
        Some(c)
    }

    /// Consumes characters as long as `predicate` accepts them.
    pub(crate) fn eat_while(&mut self, mut predicate: impl FnMut(char) -> bool) {
        let end = self
            .rest
            .char_indices()
            .find(|&(_, c)| !predicate(c))
            .map_or(self.rest.len(), |(i, _)| i);
        self.rest = &self.rest[end..];
    }

    /// Consumes everything up to, but not including, the next `stop` character (or to the end).
    pub(crate) fn eat_until(&mut self, stop: char) {
        let end = self.rest.find(stop).unwrap_or(self.rest.len());
        self.rest = &self.rest[end..];
    }

    /// How many bytes the current token has consumed so far.
    pub(crate) fn token_len(&self) -> u32 {
        (self.rest_len_at_token_start - self.rest.len()) as u32
    }

    /// Starts a new token at the current position.
    pub(crate) fn start_token(&mut self) {
        self.rest_len_at_token_start = self.rest.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn peeks_and_bumps() {
        let mut c = Cursor::new("aé!");
        assert_eq!((c.first(), c.second(), c.third()), ('a', 'é', '!'));
        assert_eq!(c.bump(), Some('a'));
        assert_eq!(c.bump(), Some('é'));
        assert_eq!(c.token_len(), 3);
        c.start_token();
        assert_eq!(c.second(), EOF_CHAR);
        assert_eq!(c.bump(), Some('!'));
        assert!(c.is_eof());
        assert_eq!(c.bump(), None);
        assert_eq!(c.token_len(), 1);
    }

    #[test]
    fn eats() {
        let mut c = Cursor::new("aaab\nc");
        c.eat_while(|ch| ch == 'a');
        assert_eq!((c.token_len(), c.first()), (3, 'b'));
        c.eat_until('\n');
        assert_eq!((c.token_len(), c.first()), (4, '\n'));
        c.eat_until('z');
        assert!(c.is_eof());
        assert_eq!(c.token_len(), 6);
    }
}
