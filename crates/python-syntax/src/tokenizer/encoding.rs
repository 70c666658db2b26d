//! From bytes to characters the way `tokenize` does it: `detect_encoding` (the UTF-8 byte order
//! mark and the PEP 263 coding cookie), the codec lookup of `codecs.lookup`, and the decoding
//! of each physical line with its exact error messages.
//!
//! `tokenize` reads the source with `readline`, which splits bytes after each `\n` only, and
//! decodes every line on its own. [`LineReader`] does the same and remembers, for every
//! character, the byte offset it came from, so that tokens can point back into the original
//! input.

use super::codec_tables::{ALIASES, CODECS};

/// The UTF-8 encoding of U+FEFF, which marks a file as UTF-8 when it comes first.
const BOM_UTF8: &[u8] = b"\xef\xbb\xbf";

/// How deepdive decodes with a codec of CPython's `encodings` package.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CodecKind {
    /// `utf_8`: strict UTF-8, with CPython's error messages.
    Utf8,
    /// `latin_1` (and `charmap` without a table): each byte is the code point of that value.
    Latin1,
    /// `ascii`: bytes below 128 only.
    Ascii,
    /// A single-byte codec with a 256-character decoding table (`cp1252`, `koi8_r`, …), in which
    /// U+FFFE marks a byte that has no meaning; and the traceback lines of the codec's Python
    /// `decode` method, which CPython prints when decoding fails.
    Charmap(&'static str, &'static str),
    /// A multi-byte codec that decodes ASCII bytes to themselves (`shift_jis`, `gbk`, …):
    /// deepdive decodes lines that are pure ASCII and reports the others as unsupported.
    AsciiCompatible,
    /// A bytes-to-bytes codec (`rot_13`, `base64_codec`, …): `bytes.decode` refuses it.
    NotText,
    /// Any other codec (`utf_16`, `iso2022_jp`, …): deepdive cannot decode with it.
    Unsupported,
}

/// Normalises an encoding name as `codecs.lookup` does before searching: lower case, and every
/// run of characters other than letters, digits and `.` turned into one `_`, with none at the
/// ends (`encodings.normalize_encoding`).
fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// `codecs.lookup(name)` reduced to what deepdive needs: the kind of the codec, or `None` for
/// an unknown encoding (a `LookupError`).
///
/// `encodings.search_function` tries the alias of the normalised name (also with `.` read as
/// `_`), then the normalised name itself, as a module of the `encodings` package; a module name
/// containing `.` is never imported.
pub(crate) fn lookup(name: &str) -> Option<CodecKind> {
    let normalized = normalize_encoding(name);
    let alias = |key: &str| -> Option<&'static str> {
        ALIASES
            .binary_search_by(|(alias, _)| (*alias).cmp(key))
            .ok()
            .map(|i| ALIASES[i].1)
    };
    let aliased = alias(&normalized).or_else(|| alias(&normalized.replace('.', "_")));
    let found = [aliased, Some(normalized.as_str())]
        .into_iter()
        .flatten()
        .filter(|module| !module.is_empty() && !module.contains('.'))
        .find_map(|module| {
            CODECS
                .binary_search_by(|(name, _)| (*name).cmp(module))
                .ok()
                .map(|i| CODECS[i].1)
        });
    found
}

/// `_get_normal_name`: spells the common names of UTF-8 and Latin-1 the way the C tokenizer
/// does, looking at the first 12 characters only, and leaves every other name as written.
fn get_normal_name(orig: &str) -> String {
    let enc: String = orig
        .chars()
        .take(12)
        .collect::<String>()
        .to_lowercase()
        .replace('_', "-");
    if enc == "utf-8" || enc.starts_with("utf-8-") {
        return "utf-8".to_string();
    }
    let latin = ["latin-1", "iso-8859-1", "iso-latin-1"];
    if latin.contains(&enc.as_str()) || latin.iter().any(|l| enc.starts_with(&format!("{l}-"))) {
        return "iso-8859-1".to_string();
    }
    orig.to_string()
}

/// Why `detect_encoding` rejected the source (a `SyntaxError` in `tokenize`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum DetectError {
    /// Line 1 (or line 2, when it is read) is not valid UTF-8.
    InvalidDeclaration,
    /// The cookie names an encoding `codecs.lookup` does not know.
    UnknownEncoding(String),
    /// A UTF-8 byte order mark and a cookie naming another encoding.
    EncodingProblem,
}

/// What `detect_encoding` decided.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Detected {
    /// The name the ENCODING token carries (`utf-8-sig` is reported as `utf-8`).
    pub(crate) name: String,
    /// How to decode each line.
    pub(crate) kind: CodecKind,
    /// True when the input starts with a byte order mark, which is not part of line 1.
    pub(crate) bom: bool,
}

/// The physical lines of `source` as `readline` returns them: each ends just after a `\n`,
/// except perhaps the last.
fn split_lines(source: &[u8]) -> impl Iterator<Item = &[u8]> {
    source.split_inclusive(|&b| b == b'\n')
}

/// `blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)')`: a line that holds no code.
fn is_blank(line: &[u8]) -> bool {
    matches!(skip_blanks(line).first(), None | Some(b'#' | b'\r' | b'\n'))
}

/// The rest of a byte line after `[ \t\f]*`.
fn skip_blanks(line: &[u8]) -> &[u8] {
    let skip = line
        .iter()
        .take_while(|&&b| matches!(b, b' ' | b'\t' | b'\x0c'))
        .count();
    &line[skip..]
}

/// `cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)`: the encoding
/// name of a coding cookie, if the line has one.
///
/// `.*?` is lazy, so the first `coding` followed by `:` or `=`, optional blanks and at least one
/// name character wins; `.` stops at a newline. The line is valid UTF-8 here and every byte of
/// the pattern is ASCII, so working on bytes is the same as working on characters.
fn find_cookie_name(line: &[u8]) -> Option<String> {
    let rest = skip_blanks(line);
    let rest = rest.strip_prefix(b"#")?;
    let is_name_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.';
    for start in 0..rest.len() {
        if rest[start] == b'\n' {
            return None;
        }
        let Some(after) = rest[start..].strip_prefix(b"coding") else {
            continue;
        };
        let Some((&b':' | &b'=', after)) = after.split_first() else {
            continue;
        };
        let skip = after
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        let name_len = after[skip..]
            .iter()
            .take_while(|&&b| is_name_byte(b))
            .count();
        if name_len > 0 {
            let name = &after[skip..skip + name_len];
            return Some(String::from_utf8_lossy(name).into_owned());
        }
    }
    None
}

/// `detect_encoding(readline)`: the byte order mark, then a cookie on line 1, or on line 2 when
/// line 1 is blank or a comment. On error, also returns the line (1 or 2) at fault.
pub(crate) fn detect_encoding(source: &[u8]) -> Result<Detected, (DetectError, u32)> {
    let mut lines = split_lines(source);
    let mut first = lines.next().unwrap_or_default();
    let bom = first.starts_with(BOM_UTF8);
    if bom {
        first = &first[BOM_UTF8.len()..];
    }
    let default = Detected {
        name: "utf-8".to_string(),
        kind: CodecKind::Utf8,
        bom,
    };
    if first.is_empty() {
        return Ok(default);
    }
    let find_cookie = |line: &[u8], number: u32| -> Result<Option<Detected>, (DetectError, u32)> {
        if std::str::from_utf8(line).is_err() {
            return Err((DetectError::InvalidDeclaration, number));
        }
        let Some(cookie) = find_cookie_name(line) else {
            return Ok(None);
        };
        let name = get_normal_name(&cookie);
        let Some(kind) = lookup(&name) else {
            return Err((DetectError::UnknownEncoding(name), number));
        };
        if bom && name != "utf-8" {
            return Err((DetectError::EncodingProblem, number));
        }
        // With a byte order mark the name would become `utf-8-sig`, which `_tokenize` reports
        // as `utf-8` again.
        Ok(Some(Detected { name, kind, bom }))
    };
    if let Some(found) = find_cookie(first, 1)? {
        return Ok(found);
    }
    if !is_blank(first) {
        return Ok(default);
    }
    match lines.next() {
        None => Ok(default),
        Some(second) => Ok(find_cookie(second, 2)?.unwrap_or(default)),
    }
}

/// Why a line could not be decoded: the exception `bytes.decode` raises.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum DecodeError {
    /// A Python exception, by class name and message (`UnicodeDecodeError`, `LookupError`),
    /// with the range of offending bytes relative to the line.
    Python {
        /// The exception class.
        exception: &'static str,
        /// `str(exception)`.
        message: String,
        /// The offending bytes, as offsets into the line.
        bytes: (usize, usize),
        /// Traceback lines of the codec's own frame, if it is written in Python.
        frame: &'static str,
    },
    /// The codec is one deepdive cannot decode with.
    Unsupported,
}

/// One decoded physical line: its characters and where each came from.
#[derive(Clone, Debug, Default)]
pub(crate) struct Line {
    /// The characters, as `line.decode(encoding)` gives them.
    pub(crate) chars: Vec<char>,
    /// `offsets[i]` is the byte offset in the whole input where character `i` starts;
    /// `offsets[chars.len()]` is where the line ends. Never empty.
    pub(crate) offsets: Vec<u32>,
}

impl Line {
    /// Number of characters.
    pub(crate) fn len(&self) -> usize {
        self.chars.len()
    }

    /// True for the empty line that stands for the end of the input.
    pub(crate) fn is_empty(&self) -> bool {
        self.chars.is_empty()
    }

    /// The characters from `start` to `end` as a string.
    pub(crate) fn text(&self, start: usize, end: usize) -> String {
        self.chars[start..end].iter().collect()
    }

    /// True when the line ends with the characters of `suffix`.
    pub(crate) fn ends_with(&self, suffix: &str) -> bool {
        let suffix: Vec<char> = suffix.chars().collect();
        self.chars.ends_with(&suffix)
    }
}

/// Reads the physical lines of the input one at a time, decoded, as `readline` and
/// `line.decode(encoding)` do in `_tokenize`.
pub(crate) struct LineReader<'a> {
    source: &'a [u8],
    /// Offset of the next line's first byte.
    next: usize,
    kind: CodecKind,
    /// The decoding table of a [`CodecKind::Charmap`] codec, one character per byte.
    table: Vec<char>,
    /// The encoding name, for messages that quote it.
    name: String,
}

impl<'a> LineReader<'a> {
    /// A reader of `source` with the encoding `detect_encoding` chose.
    pub(crate) fn new(source: &'a [u8], detected: &Detected) -> LineReader<'a> {
        LineReader {
            source,
            next: if detected.bom { BOM_UTF8.len() } else { 0 },
            kind: detected.kind,
            table: match detected.kind {
                CodecKind::Charmap(table, _) => table.chars().collect(),
                _ => Vec::new(),
            },
            name: detected.name.clone(),
        }
    }

    /// Byte offset where the next line starts.
    pub(crate) fn offset(&self) -> usize {
        self.next
    }

    /// Decodes the next line into `out` (an empty line at the end of the input). On error,
    /// `out` is left empty and the error's byte range is relative to the line's start, which
    /// [`LineReader::offset`] still gives.
    pub(crate) fn read_line(&mut self, out: &mut Line) -> Result<(), DecodeError> {
        out.chars.clear();
        out.offsets.clear();
        let start = self.next;
        let rest = &self.source[start..];
        let len = rest
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rest.len(), |i| i + 1);
        let bytes = &rest[..len];
        let codec = Codec {
            kind: self.kind,
            table: &self.table,
            name: &self.name,
        };
        let result = codec.decode(bytes, start as u32, out);
        if result.is_err() {
            out.chars.clear();
            out.offsets.clear();
            out.offsets.push(start as u32);
            return result;
        }
        self.next = start + len;
        Ok(())
    }
}

/// A codec ready to decode: its kind, its table (for a charmap codec) and its name.
struct Codec<'a> {
    kind: CodecKind,
    table: &'a [char],
    name: &'a str,
}

impl Codec<'_> {
    /// Decodes `bytes` (one line starting at byte `base` of the input) into `out`.
    fn decode(&self, bytes: &[u8], base: u32, out: &mut Line) -> Result<(), DecodeError> {
        match self.kind {
            CodecKind::Utf8 => decode_utf8(bytes, base, out)?,
            CodecKind::Latin1 => {
                for (i, &b) in bytes.iter().enumerate() {
                    out.chars.push(char::from(b));
                    out.offsets.push(base + i as u32);
                }
            }
            CodecKind::Ascii | CodecKind::AsciiCompatible => {
                for (i, &b) in bytes.iter().enumerate() {
                    if !b.is_ascii() {
                        if self.kind == CodecKind::AsciiCompatible {
                            return Err(DecodeError::Unsupported);
                        }
                        let reason = "ordinal not in range(128)";
                        return Err(unicode_decode_error("ascii", bytes, (i, i + 1), reason));
                    }
                    out.chars.push(char::from(b));
                    out.offsets.push(base + i as u32);
                }
            }
            CodecKind::Charmap(_, frame) => {
                for (i, &b) in bytes.iter().enumerate() {
                    let c = self.table[usize::from(b)];
                    if c == '\u{fffe}' {
                        let reason = "character maps to <undefined>";
                        let mut error = unicode_decode_error("charmap", bytes, (i, i + 1), reason);
                        if let DecodeError::Python { frame: slot, .. } = &mut error {
                            *slot = frame;
                        }
                        return Err(error);
                    }
                    out.chars.push(c);
                    out.offsets.push(base + i as u32);
                }
            }
            CodecKind::NotText => {
                return Err(DecodeError::Python {
                    exception: "LookupError",
                    message: format!(
                    "'{}' is not a text encoding; use codecs.decode() to handle arbitrary codecs",
                    self.name
                ),
                    bytes: (0, 0),
                    frame: "",
                })
            }
            CodecKind::Unsupported => return Err(DecodeError::Unsupported),
        }
        out.offsets.push(base + bytes.len() as u32);
        Ok(())
    }
}

/// Strict UTF-8, reporting the first error as CPython's decoder does.
///
/// Rust and CPython agree on what is valid UTF-8 (no surrogates, no overlong forms, nothing past
/// U+10FFFF) and on how long the invalid sequence is (the longest prefix of a valid sequence, or
/// one byte). CPython calls a one-byte error an "invalid start byte" when the byte cannot begin
/// a sequence and an "invalid continuation byte" when it can but the next byte does not fit, and
/// a valid but truncated sequence at the end "unexpected end of data".
fn decode_utf8(bytes: &[u8], base: u32, out: &mut Line) -> Result<(), DecodeError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            for (i, c) in text.char_indices() {
                out.chars.push(c);
                out.offsets.push(base + i as u32);
            }
            Ok(())
        }
        Err(error) => {
            let start = error.valid_up_to();
            let (end, reason) = match error.error_len() {
                None => (bytes.len(), "unexpected end of data"),
                Some(len) if len > 1 || (0xC2..=0xF4).contains(&bytes[start]) => {
                    (start + len, "invalid continuation byte")
                }
                Some(_) => (start + 1, "invalid start byte"),
            };
            Err(unicode_decode_error("utf-8", bytes, (start, end), reason))
        }
    }
}

/// A `UnicodeDecodeError` with the message `str()` gives it.
fn unicode_decode_error(
    codec: &str,
    bytes: &[u8],
    (start, end): (usize, usize),
    reason: &str,
) -> DecodeError {
    let message = if end == start + 1 {
        format!(
            "'{codec}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            bytes[start]
        )
    } else {
        format!(
            "'{codec}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    };
    DecodeError::Python {
        exception: "UnicodeDecodeError",
        message,
        bytes: (start, end),
        frame: "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detect(source: &[u8]) -> Result<(String, CodecKind, bool), (DetectError, u32)> {
        detect_encoding(source).map(|d| (d.name, d.kind, d.bom))
    }

    #[test]
    fn codec_lookup_normalises_like_cpython() {
        assert_eq!(lookup("utf-8"), Some(CodecKind::Utf8));
        assert_eq!(lookup("UTF8"), Some(CodecKind::Utf8));
        assert_eq!(lookup("-utf--8-"), Some(CodecKind::Utf8));
        assert_eq!(lookup("u8"), Some(CodecKind::Utf8));
        assert_eq!(lookup("utf.8"), None);
        assert_eq!(lookup("iso8859.1"), lookup("latin1"));
        assert_eq!(lookup("iso-8859-1"), Some(CodecKind::Latin1));
        assert!(matches!(lookup("koi8-r"), Some(CodecKind::Charmap(..))));
        assert_eq!(lookup("rot13"), Some(CodecKind::NotText));
        assert_eq!(lookup("uft-8"), None);
        assert_eq!(lookup("mbcs"), None);
    }

    #[test]
    fn normal_names() {
        assert_eq!(get_normal_name("UTF_8"), "utf-8");
        assert_eq!(get_normal_name("utf-8-sig"), "utf-8");
        assert_eq!(get_normal_name("utf8"), "utf8");
        assert_eq!(get_normal_name("Latin-1"), "iso-8859-1");
        assert_eq!(get_normal_name("iso-latin-1-unix"), "iso-8859-1");
        assert_eq!(get_normal_name("latin1"), "latin1");
    }

    #[test]
    fn cookies() {
        assert_eq!(
            find_cookie_name(b"# -*- coding: latin-1 -*-\n").as_deref(),
            Some("latin-1")
        );
        assert_eq!(
            find_cookie_name(b"# vim: set fileencoding=utf8 :\n").as_deref(),
            Some("utf8")
        );
        assert_eq!(find_cookie_name(b"#coding: \n"), None);
        assert_eq!(
            find_cookie_name(b"# coding:  coding=x\n").as_deref(),
            Some("coding")
        );
        assert_eq!(
            find_cookie_name(b"# coding:: coding=x\n").as_deref(),
            Some("x")
        );
        assert_eq!(find_cookie_name(b"x = 1 # coding: latin-1\n"), None);
    }

    #[test]
    fn detection() {
        assert_eq!(detect(b"").unwrap().0, "utf-8");
        assert_eq!(
            detect(b"\xef\xbb\xbfx\n").unwrap(),
            ("utf-8".into(), CodecKind::Utf8, true)
        );
        assert_eq!(
            detect(b"#!py\n# coding: latin-1\n").unwrap().0,
            "iso-8859-1"
        );
        assert_eq!(detect(b"x\n# coding: latin-1\n").unwrap().0, "utf-8");
        assert_eq!(detect(b"\n\n# coding: latin-1\n").unwrap().0, "utf-8");
        assert_eq!(
            detect(b"# coding: uft-8\n"),
            Err((DetectError::UnknownEncoding("uft-8".into()), 1))
        );
        assert_eq!(
            detect(b"\xef\xbb\xbf# coding: latin-1\n"),
            Err((DetectError::EncodingProblem, 1))
        );
        assert_eq!(
            detect(b"x = '\xff'\n"),
            Err((DetectError::InvalidDeclaration, 1))
        );
        assert_eq!(
            detect(b"#\n\xff\n"),
            Err((DetectError::InvalidDeclaration, 2))
        );
        assert_eq!(detect(b"x\n\xff\n").unwrap().0, "utf-8");
    }

    fn decode_line(kind: CodecKind, bytes: &[u8]) -> Result<String, String> {
        let mut line = Line::default();
        let table: Vec<char> = match kind {
            CodecKind::Charmap(table, _) => table.chars().collect(),
            _ => Vec::new(),
        };
        let codec = Codec {
            kind,
            table: &table,
            name: "x",
        };
        match codec.decode(bytes, 0, &mut line) {
            Ok(()) => Ok(line.chars.iter().collect()),
            Err(DecodeError::Python { message, .. }) => Err(message),
            Err(DecodeError::Unsupported) => Err("unsupported".into()),
        }
    }

    #[test]
    fn utf8_errors_read_like_cpython() {
        assert_eq!(
            decode_line(CodecKind::Utf8, "é\n".as_bytes()),
            Ok("é\n".into())
        );
        let err = |b: &[u8]| decode_line(CodecKind::Utf8, b).unwrap_err();
        assert_eq!(
            err(b"ab\xff"),
            "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"
        );
        assert_eq!(
            err(b"\xe2\x82("),
            "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"
        );
        assert_eq!(
            err(b"\xe0\x80"),
            "'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte"
        );
        assert_eq!(
            err(b"\xf0\x90\x80"),
            "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"
        );
        assert_eq!(
            err(b"\xed\xa0\x80"),
            "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte"
        );
    }

    #[test]
    fn other_codecs() {
        assert_eq!(decode_line(CodecKind::Latin1, b"\xe9"), Ok("é".into()));
        assert_eq!(
            decode_line(CodecKind::Ascii, b"a\xe9").unwrap_err(),
            "'ascii' codec can't decode byte 0xe9 in position 1: ordinal not in range(128)"
        );
        let cp1252 = lookup("cp1252").unwrap();
        assert!(matches!(cp1252, CodecKind::Charmap(..)));
        assert_eq!(decode_line(cp1252, b"\x80"), Ok("€".into()));
        assert_eq!(
            decode_line(cp1252, b"\x81").unwrap_err(),
            "'charmap' codec can't decode byte 0x81 in position 0: character maps to <undefined>"
        );
        assert_eq!(
            decode_line(CodecKind::AsciiCompatible, b"abc"),
            Ok("abc".into())
        );
        assert_eq!(
            decode_line(CodecKind::AsciiCompatible, b"\x81").unwrap_err(),
            "unsupported"
        );
    }
}
