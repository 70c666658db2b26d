//! Tests of the URL hash: sources and open stages survive a round trip; junk is ignored.
import { describe, expect, test } from "vitest";
import { PYTHON_FIB, RUST_FIB } from "./examples";
import { decodeHash, decodeSource, encodeHash, encodeSource } from "./urlstate";

describe("URL state", () => {
  test("round trip of both programs and both stages", () => {
    const state = { rust: RUST_FIB, python: PYTHON_FIB, stages: { rust: "mir", python: "bytecode" } };
    const hash = encodeHash(state);
    expect(hash.startsWith("#rust=")).toBe(true);
    expect(decodeHash(hash)).toEqual(state);
    expect(decodeHash(hash.slice(1))).toEqual(state);
  });

  test("non-ASCII and astral text, and the empty program", () => {
    for (const text of ["", "s = \"héllo 🦀\"\n", "// 中文 ✓\r\n\t\0", "a".repeat(100_000)]) {
      const encoded = encodeSource(text);
      expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(decodeSource(encoded)).toBe(text);
      expect(decodeHash(encodeHash({ python: text, stages: {} })).python).toBe(text);
    }
  });

  test("base64url uses - and _ and no padding", () => {
    // 0xFB 0xFF encode to "+/8=" in plain base64.
    expect(encodeSource("\u{FFFF}")).not.toMatch(/[+/=]/);
    expect(encodeSource("??>")).toBe("Pz8-");
  });

  test("the stage parameter reads like the URL shows it", () => {
    expect(encodeHash({ stages: { rust: "lexer", python: "pvm" } })).toBe("#stage=rust:lexer,python:pvm");
    expect(encodeHash({ stages: {} })).toBe("");
  });

  test("junk is left out instead of failing", () => {
    expect(decodeHash("")).toEqual({ stages: {} });
    expect(decodeHash("#rust=%%%&python=!!!&stage=cobol:x,rust")).toEqual({ stages: {} });
    // Valid base64url of invalid UTF-8 (0xFF).
    expect(decodeSource("_w")).toBeUndefined();
    expect(decodeHash("#stage=rust:%E0%A4%A&python=aGk").python).toBe("hi");
    expect(decodeHash("#unknown=1&rust=Zm4").rust).toBe("fn");
  });
});
