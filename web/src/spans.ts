//! Maps between the API's UTF-8 byte offsets and the editor's UTF-16 positions.
//!
//! The server counts bytes of the UTF-8 encoding of the source; CodeMirror (like every JavaScript
//! string) counts UTF-16 code units. A `SpanMap` is built once per text and answers both ways in
//! constant time. Offsets that fall inside a character (a byte in the middle of a multi-byte
//! sequence, or the low half of a surrogate pair) map to the start of that character; offsets past
//! the end are clamped to the end.

/// How many bytes the UTF-8 encoding of the code point `cp` takes.
function utf8Width(cp: number): number {
  if (cp < 0x80) return 1;
  if (cp < 0x800) return 2;
  if (cp < 0x10000) return 3;
  return 4;
}

/// Length in bytes of the UTF-8 encoding of `text` (lone surrogates count as U+FFFD, 3 bytes, as
/// `TextEncoder` encodes them).
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
        continue;
      }
    }
    bytes += utf8Width(c);
  }
  return bytes;
}

/// Both directions of the offset mapping for one text.
export class SpanMap {
  /** The text this map was built for. */
  readonly text: string;
  /** Length of the text in UTF-8 bytes. */
  readonly byteLength: number;
  /** For each UTF-16 position 0..=length, the byte offset of the character starting there. */
  private readonly toByte: Uint32Array;
  /** For each byte offset 0..=byteLength, the UTF-16 position of the character containing it. */
  private readonly toUtf16: Uint32Array;

  constructor(text: string) {
    this.text = text;
    this.byteLength = utf8Length(text);
    this.toByte = new Uint32Array(text.length + 1);
    this.toUtf16 = new Uint32Array(this.byteLength + 1);
    let byte = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let units = 1;
      let width = utf8Width(c);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          units = 2;
          width = 4;
        }
      }
      for (let u = 0; u < units; u++) this.toByte[i + u] = byte;
      for (let b = 0; b < width; b++) this.toUtf16[byte + b] = i;
      byte += width;
      i += units - 1;
    }
    this.toByte[text.length] = byte;
    this.toUtf16[byte] = text.length;
  }

  /// The UTF-16 position of byte offset `byte`.
  byteToUtf16(byte: number): number {
    if (!(byte > 0)) return 0;
    if (byte >= this.byteLength) return this.text.length;
    return this.toUtf16[Math.floor(byte)] ?? this.text.length;
  }

  /// The byte offset of UTF-16 position `pos`.
  utf16ToByte(pos: number): number {
    if (!(pos > 0)) return 0;
    if (pos >= this.text.length) return this.byteLength;
    return this.toByte[Math.floor(pos)] ?? this.byteLength;
  }

  /// A byte range as a UTF-16 range `[from, to]`, with `to >= from`.
  rangeToUtf16(byteStart: number, byteEnd: number): { from: number; to: number } {
    const from = this.byteToUtf16(byteStart);
    const to = this.byteToUtf16(byteEnd);
    return { from, to: Math.max(from, to) };
  }
}

/// One-off conversion of a byte offset to a UTF-16 position (builds a map; prefer `SpanMap`).
export function byteToUtf16(text: string, byte: number): number {
  return new SpanMap(text).byteToUtf16(byte);
}

/// One-off conversion of a UTF-16 position to a byte offset (builds a map; prefer `SpanMap`).
export function utf16ToByte(text: string, pos: number): number {
  return new SpanMap(text).utf16ToByte(pos);
}
