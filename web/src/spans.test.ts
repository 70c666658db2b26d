//! Tests of the byte ↔ UTF-16 mapping, on ASCII, multi-byte and astral text.
import { describe, expect, test } from "vitest";
import { SpanMap, byteToUtf16, utf16ToByte, utf8Length } from "./spans";

const encoder = new TextEncoder();

describe("SpanMap", () => {
  test("ASCII maps one to one", () => {
    const m = new SpanMap("fn main() {}");
    for (let i = 0; i <= 12; i++) {
      expect(m.byteToUtf16(i)).toBe(i);
      expect(m.utf16ToByte(i)).toBe(i);
    }
    expect(m.byteLength).toBe(12);
  });

  test("two- and three-byte characters", () => {
    // "é" is 2 bytes, 1 unit; "中" is 3 bytes, 1 unit.
    const text = "aé中b";
    const m = new SpanMap(text);
    expect(m.byteLength).toBe(7);
    expect(m.utf16ToByte(0)).toBe(0);
    expect(m.utf16ToByte(1)).toBe(1);
    expect(m.utf16ToByte(2)).toBe(3);
    expect(m.utf16ToByte(3)).toBe(6);
    expect(m.utf16ToByte(4)).toBe(7);
    expect(m.byteToUtf16(3)).toBe(2);
    expect(m.byteToUtf16(6)).toBe(3);
    expect(m.byteToUtf16(7)).toBe(4);
  });

  test("astral characters are 4 bytes and 2 UTF-16 units", () => {
    const text = "x🦀y";
    const m = new SpanMap(text);
    expect(text.length).toBe(4);
    expect(m.byteLength).toBe(6);
    expect(m.byteToUtf16(1)).toBe(1);
    expect(m.byteToUtf16(5)).toBe(3);
    expect(m.utf16ToByte(3)).toBe(5);
    expect(m.utf16ToByte(4)).toBe(6);
  });

  test("offsets inside a character map to its start", () => {
    const m = new SpanMap("a🦀é");
    // Bytes 2, 3, 4 are inside the crab (bytes 1..5).
    for (const b of [2, 3, 4]) expect(m.byteToUtf16(b)).toBe(1);
    // Byte 6 is inside "é" (bytes 5..7), which starts at unit 3.
    expect(m.byteToUtf16(6)).toBe(3);
    // Unit 2 is the low surrogate of the crab.
    expect(m.utf16ToByte(2)).toBe(1);
  });

  test("out of range offsets are clamped", () => {
    const m = new SpanMap("héllo");
    expect(m.byteToUtf16(-3)).toBe(0);
    expect(m.byteToUtf16(999)).toBe(5);
    expect(m.utf16ToByte(-1)).toBe(0);
    expect(m.utf16ToByte(999)).toBe(6);
    expect(m.byteToUtf16(Number.NaN)).toBe(0);
  });

  test("empty text", () => {
    const m = new SpanMap("");
    expect(m.byteLength).toBe(0);
    expect(m.byteToUtf16(0)).toBe(0);
    expect(m.utf16ToByte(0)).toBe(0);
  });

  test("lone surrogates count as U+FFFD, like TextEncoder", () => {
    const text = "a\ud800b\udc00";
    expect(utf8Length(text)).toBe(encoder.encode(text).length);
    const m = new SpanMap(text);
    expect(m.utf16ToByte(2)).toBe(4);
    expect(m.byteToUtf16(4)).toBe(2);
  });

  test("round trip at every character boundary of a mixed text", () => {
    const text = "fn main() { let s = \"héllo 🦀 中文 \u{1F600}\"; }\n# ✓ done\r\n";
    const m = new SpanMap(text);
    expect(m.byteLength).toBe(encoder.encode(text).length);
    let unit = 0;
    for (const ch of text) {
      const byte = encoder.encode(text.slice(0, unit)).length;
      expect(m.utf16ToByte(unit)).toBe(byte);
      expect(m.byteToUtf16(byte)).toBe(unit);
      unit += ch.length;
    }
  });

  test("rangeToUtf16 and the one-off helpers", () => {
    const text = "é = 🦀";
    const m = new SpanMap(text);
    expect(m.rangeToUtf16(0, 2)).toEqual({ from: 0, to: 1 });
    expect(m.rangeToUtf16(6, 10)).toEqual({ from: 4, to: 6 });
    expect(m.rangeToUtf16(10, 6)).toEqual({ from: 6, to: 6 });
    expect(byteToUtf16(text, 6)).toBe(4);
    expect(utf16ToByte(text, 4)).toBe(5);
  });

  test("utf8Length agrees with TextEncoder on pseudo-random text", () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pool = ["a", "é", "中", "🦀", "\n", "\u{10FFFF}", "ß", " "];
    for (let n = 0; n < 50; n++) {
      let s = "";
      for (let i = 0; i < 40; i++) s += pool[Math.floor(rand() * pool.length)];
      expect(utf8Length(s)).toBe(encoder.encode(s).length);
    }
  });
});
