//! Tests of the editor's links: API diagnostics as lint ranges, and the shared selection both ways.
import { afterEach, describe, expect, test } from "vitest";
import type { Diagnostic } from "./api";
import { createEditor, lintSeverity, toLintDiagnostics, typeAt } from "./editor";
import { SelectionStore } from "./selection";

function span(byteStart: number, byteEnd: number) {
  return { byte_start: byteStart, byte_end: byteEnd, line_start: 1, column_start: 1, line_end: 1, column_end: 1 };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe("diagnostics as lint marks", () => {
  test("byte spans become UTF-16 ranges, with code, labels and notes in the message", () => {
    // "é" is 2 bytes; the crab is 4 bytes and 2 units.
    const source = 's = "é🦀\n';
    const d: Diagnostic = {
      stage: "tokens",
      severity: "error",
      code: "E0765",
      message: "unterminated double quote string",
      labels: [
        { span: span(0, 1), message: "other", primary: false },
        { span: span(4, 11), message: "starts here", primary: true },
      ],
      notes: ["a note"],
      rendered: "error[E0765]: …",
    };
    const [lint] = toLintDiagnostics([d], source);
    expect(lint).toMatchObject({ from: 4, to: 8, severity: "error", source: "tokens" });
    expect(lint?.message).toBe("error[E0765]: unterminated double quote string\nnote: other\nstarts here\n= a note");
  });

  test("a syntax error of the ast stage is a lint mark too", () => {
    const d: Diagnostic = {
      stage: "ast",
      severity: "error",
      code: "SyntaxError",
      message: "expected ':'",
      labels: [{ span: span(10, 10), message: "", primary: true }],
      notes: [],
      rendered: '  File "main.py", line 1\n    def fib(n)\n              ^\nSyntaxError: expected \':\'\n',
    };
    const [lint] = toLintDiagnostics([d], "def fib(n)\n    return n\n");
    expect(lint).toMatchObject({ from: 10, to: 10, severity: "error", source: "ast" });
    expect(lint?.message).toBe("error[SyntaxError]: expected ':'");
  });

  test("diagnostics without a span are left to the list under the panel", () => {
    const d: Diagnostic = { stage: "run", severity: "warning", code: null, message: "m", labels: [], notes: [], rendered: "" };
    expect(toLintDiagnostics([d], "x")).toEqual([]);
  });

  test("severities", () => {
    expect(lintSeverity("error")).toBe("error");
    expect(lintSeverity("warning")).toBe("warning");
    expect(lintSeverity("note")).toBe("info");
    expect(lintSeverity("help")).toBe("hint");
  });
});

describe("editor and selection", () => {
  test("a span selected elsewhere lights up in the editor, and goes away", () => {
    const selection = new SelectionStore();
    const parent = document.createElement("div");
    document.body.append(parent);
    const editor = createEditor({ parent, language: "python", doc: 'é = "🦀"\nfib\n', selection, onChange: () => {} });
    // "fib" is bytes 12..15 (é 2, " = " 3, quote, crab 4, quote, newline).
    selection.set({ language: "python", byteStart: 12, byteEnd: 15, origin: "panel:tokens:python" });
    const linked = parent.querySelector(".cm-dd-linked");
    expect(linked?.textContent).toBe("fib");
    selection.set({ language: "rust", byteStart: 12, byteEnd: 15, origin: "panel:tokens:rust" });
    expect(parent.querySelector(".cm-dd-linked")).toBeNull();
    // An empty span (a DEDENT) is a thin bar.
    selection.set({ language: "python", byteStart: 12, byteEnd: 12, origin: "panel:tokens:python" });
    expect(parent.querySelector(".cm-dd-linked-point")).not.toBeNull();
    editor.destroy();
  });

  test("replacing the text tells the page", () => {
    const selection = new SelectionStore();
    const parent = document.createElement("div");
    document.body.append(parent);
    const changes: string[] = [];
    const editor = createEditor({ parent, language: "rust", doc: "// é\nfn main() {}\n", selection, onChange: (d) => changes.push(d) });
    editor.setText("fn x() {}\n");
    expect(changes).toEqual(["fn x() {}\n"]);
    expect(editor.text()).toBe("fn x() {}\n");
    editor.destroy();
  });
});

describe("types on hover", () => {
  // `let v = a + b;` with the types of `a + b` (8..13), `a` (8..9) and `b` (12..13).
  const types = [
    { span: span(8, 13), ty: "i64" },
    { span: span(8, 9), ty: "i64" },
    { span: span(12, 13), ty: "&i64" },
  ];

  test("the narrowest expression under the pointer wins", () => {
    expect(typeAt(types, 12)?.ty).toBe("&i64");
    expect(typeAt(types, 10)?.span.byte_start).toBe(8);
    expect(typeAt(types, 10)?.span.byte_end).toBe(13);
    expect(typeAt(types, 8)?.span.byte_end).toBe(9);
  });

  test("nothing outside every span, and span ends are exclusive", () => {
    expect(typeAt(types, 3)).toBeNull();
    expect(typeAt(types, 13)).toBeNull();
    expect(typeAt([], 0)).toBeNull();
  });
});
