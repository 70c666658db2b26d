//! Maps byte offsets to 1-based line and column numbers, the way rustc reports positions.

/// A position in the source as people read it: 1-based line, 1-based column counted in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    /// 1-based line number.
    pub line: u32,
    /// 1-based column, counted in Unicode scalar values (each invalid UTF-8 byte counts as one).
    pub col: u32,
}

/// The byte offset where each line starts, so that offset -> line is a binary search.
///
/// Lines end at `\n`; a `\r` before it belongs to the line it ends. Offsets past the end of the
/// text are clamped to the end.
///
/// Columns count characters, so a column needs the characters before the offset on its line. To
/// keep that constant-time on a 1 MiB line, the index also records how many characters precede every
/// [`CHECKPOINT`]th byte; a column then costs one subtraction and a count over at most that many bytes.
#[derive(Clone, Debug)]
pub struct LineIndex {
    text: Vec<u8>,
    line_starts: Vec<u32>,
    /// `chars_before[k]` is the number of characters in `text[..k * CHECKPOINT]`.
    chars_before: Vec<u32>,
}

/// The distance in bytes between two recorded character counts.
const CHECKPOINT: usize = 64;

impl LineIndex {
    /// The indexed text.
    pub fn text(&self) -> &[u8] {
        &self.text
    }

    /// Indexes `text`, which may be any bytes (invalid UTF-8 included).
    pub fn new(text: &[u8]) -> LineIndex {
        let mut line_starts = vec![0];
        line_starts.extend(
            text.iter()
                .enumerate()
                .filter(|(_, &b)| b == b'\n')
                .map(|(i, _)| i as u32 + 1),
        );
        let mut chars_before = Vec::with_capacity(text.len() / CHECKPOINT + 1);
        let mut count = 0;
        for chunk in text.chunks(CHECKPOINT) {
            chars_before.push(count);
            count += count_chars(chunk);
        }
        chars_before.push(count);
        LineIndex {
            text: text.to_vec(),
            line_starts,
            chars_before,
        }
    }

    /// Number of lines (a text ending in `\n` has an empty last line).
    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }

    /// The byte offset where 1-based `line` starts, or `None` past the last line.
    pub fn line_start(&self, line: u32) -> Option<u32> {
        self.line_starts.get(line.checked_sub(1)? as usize).copied()
    }

    /// The text of 1-based `line` without its line ending, lossily decoded.
    pub fn line_text(&self, line: u32) -> String {
        let Some(start) = self.line_start(line) else {
            return String::new();
        };
        let end = self
            .line_start(line + 1)
            .map(|s| s - 1)
            .unwrap_or(self.text.len() as u32);
        let mut bytes = &self.text[start as usize..end as usize];
        if let [rest @ .., b'\r'] = bytes {
            bytes = rest;
        }
        String::from_utf8_lossy(bytes).into_owned()
    }

    /// Like [`LineIndex::line_col`], with rustc's view of the end of a file that ends with a
    /// newline: its source map starts no line there, so the end is on the last line, one
    /// column past the newline (`2:16` for the end of `"fn main() {\n    let x = 1;\n"`).
    pub fn line_col_rustc(&self, offset: u32) -> LineCol {
        let len = self.text.len() as u32;
        if offset >= len && len > 0 && self.text.ends_with(b"\n") {
            let before = self.line_col(len - 1);
            return LineCol {
                line: before.line,
                col: before.col + 1,
            };
        }
        self.line_col(offset)
    }

    /// The line and column of byte `offset`.
    pub fn line_col(&self, offset: u32) -> LineCol {
        let offset = offset.min(self.text.len() as u32);
        let line_idx = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line_idx];
        let col = self.chars_up_to(offset) - self.chars_up_to(start);
        LineCol {
            line: line_idx as u32 + 1,
            col: col + 1,
        }
    }
}

impl LineIndex {
    /// The number of characters in `text[..offset]`.
    fn chars_up_to(&self, offset: u32) -> u32 {
        let block = offset as usize / CHECKPOINT;
        let from = block * CHECKPOINT;
        self.chars_before[block] + count_chars(&self.text[from..offset as usize])
    }
}

/// Counts characters in possibly invalid UTF-8: every byte that does not continue a sequence
/// starts a new character.
fn count_chars(bytes: &[u8]) -> u32 {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let idx = LineIndex::new("fn main() {\n    let é = 1;\r\n}".as_bytes());
        assert_eq!(idx.line_count(), 3);
        assert_eq!(idx.line_col(0), LineCol { line: 1, col: 1 });
        assert_eq!(idx.line_col(12), LineCol { line: 2, col: 1 });
        // `=` comes after the two-byte `é`: byte 23, character column 11.
        assert_eq!(idx.line_col(23), LineCol { line: 2, col: 11 });
        assert_eq!(idx.line_text(2), "    let é = 1;");
        assert_eq!(idx.line_col(1000), LineCol { line: 3, col: 2 });
    }

    #[test]
    fn columns_agree_with_counting_on_long_lines() {
        let text = "aé€😀\n".repeat(100) + &"ü".repeat(300);
        let idx = LineIndex::new(text.as_bytes());
        for (offset, _) in text.char_indices() {
            let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
            let expected = text[line_start..offset].chars().count() as u32 + 1;
            assert_eq!(idx.line_col(offset as u32).col, expected, "offset {offset}");
        }
    }
}
