//! From the bytes of a file to the text the parser reads, as CPython does when it compiles
//! bytes: a UTF-8 byte order mark or a PEP 263 coding cookie on line 1 or 2 picks the
//! encoding (UTF-8 by default), the text is decoded, and a line break is added at the end if
//! the last line lacks one.
//!
//! Positions in the AST are byte offsets into the decoded UTF-8 text (as CPython's are). Spans
//! must point into the original input, so for encodings other than UTF-8 we keep, for every
//! byte of the decoded text, the offset of the input byte it came from.
//!
//! A cookie may name any codec CPython knows; the 8-bit ones (tables in `codecs`, generated
//! from CPython) are decoded, the others are reported as unsupported.

use std::borrow::Cow;

use crate::tokenizer::encoding::{lookup, CodecKind};

/// The decoded source.
pub(crate) struct Decoded<'a> {
    /// The UTF-8 text, always ending with a line break (invalid UTF-8 is kept as it is and
    /// reported where it matters).
    pub text: Cow<'a, [u8]>,
    /// How many bytes of the input precede the text (the byte order mark).
    pub skip: u32,
    /// For a re-encoded input: the input offset of each byte of `text`.
    pub map: Option<Vec<u32>>,
    /// The input length, to clamp spans of the added line break.
    pub input_len: u32,
    /// Whether a byte order mark or a cookie declared the encoding (CPython then reports the
    /// parser's error offsets in characters rather than bytes).
    pub declared: bool,
}

impl Decoded<'_> {
    /// The input offset of byte `offset` of the text.
    pub fn input_offset(&self, offset: u32) -> u32 {
        let mapped = match &self.map {
            Some(map) => map.get(offset as usize).copied().unwrap_or(self.input_len),
            None => offset + self.skip,
        };
        mapped.min(self.input_len)
    }
}

/// Why the input could not be decoded, with the line at fault.
pub(crate) struct DecodeError {
    pub message: String,
    pub lineno: u32,
}

/// The coding cookie of one line, if it is a comment holding one (CPython's
/// `get_coding_spec`), already normalised as `get_normal_name` does.
fn coding_spec(line: &[u8]) -> Option<String> {
    let mut i = 0;
    while i < line.len() && matches!(line[i], b' ' | b'\t' | b'\x0c') {
        i += 1;
    }
    if line.get(i) != Some(&b'#') {
        return None;
    }
    let mut at = i;
    while at + 6 <= line.len() {
        if &line[at..at + 6] == b"coding" {
            let mut t = at + 6;
            if matches!(line.get(t), Some(b':' | b'=')) {
                t += 1;
                while matches!(line.get(t), Some(b' ' | b'\t')) {
                    t += 1;
                }
                let begin = t;
                while t < line.len()
                    && (line[t].is_ascii_alphanumeric() || matches!(line[t], b'-' | b'_' | b'.'))
                {
                    t += 1;
                }
                if t > begin {
                    let name = String::from_utf8_lossy(&line[begin..t]).into_owned();
                    return Some(normal_name(&name));
                }
            }
        }
        at += 1;
    }
    None
}

/// CPython's `get_normal_name`: spellings of UTF-8 and Latin-1 folded to one name.
fn normal_name(name: &str) -> String {
    let lower: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let is = |base: &str| lower == base || lower.starts_with(&format!("{base}-"));
    if is("utf-8") {
        "utf-8".into()
    } else if is("latin-1") || is("iso-8859-1") || is("iso-latin-1") {
        "iso-8859-1".into()
    } else {
        name.to_string()
    }
}

/// Whether a line holds only whitespace and maybe a comment (so line 2 may carry the cookie).
fn blank_or_comment(line: &[u8]) -> bool {
    for &b in line {
        match b {
            b'#' | b'\n' | b'\r' => return true,
            b' ' | b'\t' | b'\x0c' => {}
            _ => return false,
        }
    }
    true
}

/// Splits off the first line (with its `\n`).
fn first_line(bytes: &[u8]) -> (&[u8], &[u8]) {
    match bytes.iter().position(|&b| b == b'\n') {
        Some(i) => bytes.split_at(i + 1),
        None => (bytes, &[]),
    }
}

/// The message CPython gives for invalid UTF-8, about the first bad byte of `bytes`.
pub(crate) fn utf8_error(bytes: &[u8]) -> Option<String> {
    let e = std::str::from_utf8(bytes).err()?;
    let at = e.valid_up_to();
    let bad = bytes[at];
    let reason = match e.error_len() {
        None => "unexpected end of data",
        Some(_) if (0x80..0xc2).contains(&bad) || bad >= 0xf5 => "invalid start byte",
        Some(_) => "invalid continuation byte",
    };
    Some(format!(
        "(unicode error) 'utf-8' codec can't decode byte 0x{bad:02x} in position {at}: {reason}"
    ))
}

/// An error CPython raises before tokenizing: no line, offset -1.
fn early(message: String) -> DecodeError {
    DecodeError { message, lineno: 0 }
}

/// Decodes `source`. UTF-8 is not validated here: like CPython reading bytes, invalid
/// sequences are only reported where a token needs them decoded (a name or a string).
pub(crate) fn decode(source: &[u8]) -> Result<Decoded<'_>, DecodeError> {
    let input_len = source.len() as u32;
    let (bom, body) = match source.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, source),
    };
    let (line1, rest) = first_line(body);
    let mut cookie = coding_spec(line1);
    if cookie.is_none() && blank_or_comment(line1) {
        cookie = coding_spec(first_line(rest).0);
    }
    let encoding = cookie.clone().unwrap_or_else(|| "utf-8".into());
    if bom && encoding != "utf-8" {
        return Err(early(format!("encoding problem: {encoding} with BOM")));
    }
    let skip = if bom { 3 } else { 0 };
    let declared = bom || cookie.is_some();
    let needs_newline = !matches!(body.last(), Some(b'\n' | b'\r'));
    let codec = if encoding == "utf-8" {
        CodecKind::Utf8
    } else {
        match lookup(&encoding) {
            Some(codec) => codec,
            None => return Err(early(format!("unknown encoding: {encoding}"))),
        }
    };
    if codec == CodecKind::Utf8 {
        let text = if needs_newline {
            let mut owned = body.to_vec();
            owned.push(b'\n');
            Cow::Owned(owned)
        } else {
            Cow::Borrowed(body)
        };
        return Ok(Decoded {
            text,
            skip,
            map: None,
            input_len,
            declared,
        });
    }
    let table: Vec<char> = match codec {
        CodecKind::Charmap(table, _) => table.chars().collect(),
        _ => Vec::new(),
    };
    let decode_byte = |b: u8| -> Option<char> {
        match codec {
            CodecKind::Latin1 => Some(b as char),
            CodecKind::Ascii => (b < 128).then_some(b as char),
            CodecKind::Charmap(..) => table.get(b as usize).copied().filter(|&c| c != '\u{fffe}'),
            _ => None,
        }
    };
    if !matches!(
        codec,
        CodecKind::Latin1 | CodecKind::Ascii | CodecKind::Charmap(..)
    ) {
        return Err(DecodeError {
            message: format!("deepdive does not support the source encoding '{encoding}'"),
            lineno: 0,
        });
    }
    let mut text = String::with_capacity(body.len() + 1);
    let mut map = Vec::with_capacity(body.len() + 1);
    for (i, &b) in body.iter().enumerate() {
        let Some(c) = decode_byte(b) else {
            let codec_name = if codec == CodecKind::Ascii {
                "ascii"
            } else {
                "charmap"
            };
            let reason = if codec == CodecKind::Ascii {
                "ordinal not in range(128)"
            } else {
                "character maps to <undefined>"
            };
            return Err(DecodeError {
                message: format!(
                    "(unicode error) '{codec_name}' codec can't decode byte 0x{b:02x} in position {i}: {reason}"
                ),
                lineno: body[..i].iter().filter(|&&b| b == b'\n').count() as u32 + 1,
            });
        };
        for _ in 0..c.len_utf8() {
            map.push(i as u32 + skip);
        }
        text.push(c);
    }
    if needs_newline {
        text.push('\n');
        map.push(input_len);
    }
    map.push(input_len);
    Ok(Decoded {
        text: Cow::Owned(text.into_bytes()),
        skip,
        map: Some(map),
        input_len,
        declared,
    })
}
