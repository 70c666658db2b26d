//! Tests of the Tokens panel: category classes, chip text, and rendering and linking from fixtures.
import { afterEach, describe, expect, test } from "vitest";
import type { PipelineAnswer, Token, TokensStage } from "../api";
import { TOKEN_CATEGORIES } from "../api";
import pythonFib from "../__fixtures__/python-fib.json";
import rustFib from "../__fixtures__/rust-fib.json";
import { SelectionStore } from "../selection";
import { LEGEND, categoryClass, chipText, markedTokens, tokenAt, tokensPanel } from "./tokens";

const python = (pythonFib as PipelineAnswer).stages.tokens as TokensStage;
const rust = (rustFib as PipelineAnswer).stages.tokens as TokensStage;

function token(kind: string, text: string, category: Token["category"], start: number, end: number): Token {
  return {
    kind,
    text,
    category,
    span: { byte_start: start, byte_end: end, line_start: 1, column_start: start + 1, line_end: 1, column_end: end + 1 },
  };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe("categories", () => {
  test("every category has its own class and a legend entry", () => {
    const classes = TOKEN_CATEGORIES.map(categoryClass);
    expect(classes).toEqual([
      "tok-keyword",
      "tok-identifier",
      "tok-literal",
      "tok-operator",
      "tok-delimiter",
      "tok-type",
      "tok-comment",
      "tok-trivia",
      "tok-error",
    ]);
    for (const c of TOKEN_CATEGORIES) expect(LEGEND[c].label).toBeTruthy();
  });

  test("an unknown category gets a neutral class", () => {
    expect(categoryClass("whitespace")).toBe("tok-unknown");
    expect(categoryClass("")).toBe("tok-unknown");
  });
});

describe("chip text", () => {
  test("Python's layout tokens show their names", () => {
    expect(chipText(token("NEWLINE", "\n", "delimiter", 0, 1))).toBe("NEWLINE");
    expect(chipText(token("INDENT", "    ", "delimiter", 0, 4))).toBe("INDENT");
    expect(chipText(token("DEDENT", "", "delimiter", 0, 0))).toBe("DEDENT");
    expect(chipText(token("NL", "\n", "trivia", 0, 1))).toBe("NL");
    expect(chipText(token("ENCODING", "utf-8", "trivia", 0, 0))).toBe("ENCODING");
    expect(chipText(token("ENDMARKER", "", "trivia", 0, 0))).toBe("ENDMARKER");
  });

  test("other tokens show their text, line breaks visible, long ones cut", () => {
    expect(chipText(token("NAME", "def", "keyword", 0, 3))).toBe("def");
    expect(chipText(token("STRING", '"""a\nb"""', "literal", 0, 9))).toBe('"""a⏎b"""');
    const long = chipText(token("STRING", `"${"x".repeat(100)}"`, "literal", 0, 102));
    expect(long.length).toBe(40);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("token under the cursor", () => {
  // fib(n)
  const tokens = [
    token("NAME", "fib", "identifier", 0, 3),
    token("OP", "(", "delimiter", 3, 4),
    token("NAME", "n", "identifier", 4, 5),
    token("OP", ")", "delimiter", 5, 6),
    token("NEWLINE", "\n", "delimiter", 6, 7),
    token("DEDENT", "", "delimiter", 7, 7),
  ];
  test("inside a token, and right after a word", () => {
    expect(tokenAt(tokens, 1)).toBe(0);
    expect(tokenAt(tokens, 0)).toBe(0);
    expect(tokenAt(tokens, 3)).toBe(0); // fib|( → fib
    expect(tokenAt(tokens, 4)).toBe(2); // (|n → n
    expect(tokenAt(tokens, 5)).toBe(2); // n|) → n
    expect(tokenAt(tokens, 6)).toBe(4); // )|⏎ → NEWLINE: neither is a word, the containing one wins
  });
  test("nothing there", () => {
    expect(tokenAt(tokens, 50)).toBe(-1);
    expect(tokenAt([], 0)).toBe(-1);
  });
  test("a range marks every token it overlaps, and only in its language", () => {
    expect(markedTokens(tokens, "python", { language: "python", byteStart: 2, byteEnd: 5, origin: "editor:python" })).toEqual([0, 1, 2]);
    expect(markedTokens(tokens, "python", { language: "rust", byteStart: 2, byteEnd: 5, origin: "editor:rust" })).toEqual([]);
    expect(markedTokens(tokens, "python", null)).toEqual([]);
  });
});

describe("tokens panel", () => {
  test("renders the Python fib fixture as chips by line", () => {
    const selection = new SelectionStore();
    const panel = tokensPanel(python, { language: "python", selection });
    document.body.append(panel.el);
    const chips = [...panel.el.querySelectorAll<HTMLElement>(".tok-list .chip")];
    expect(chips).toHaveLength(python.tokens.length);
    expect(panel.el.querySelector(".panel-count")?.textContent).toBe(`${python.tokens.length} tokens`);
    const def = chips.find((c) => c.textContent === "def");
    expect(def?.classList.contains("tok-keyword")).toBe(true);
    expect(def?.title).toContain("NAME");
    expect(def?.title).toContain("keyword");
    const indent = chips.find((c) => c.textContent === "INDENT");
    expect(indent?.classList.contains("is-named")).toBe(true);
    expect(indent?.classList.contains("tok-delimiter")).toBe(true);
    expect(chips.some((c) => c.textContent === "NEWLINE")).toBe(true);
    expect(chips.some((c) => c.textContent === "DEDENT")).toBe(true);
    const encoding = chips.find((c) => c.textContent === "ENCODING");
    expect(encoding?.classList.contains("is-dim")).toBe(true);
    // One row per source line that has tokens; fib has 8 lines (7 + ENDMARKER's).
    const rows = panel.el.querySelectorAll(".tok-line");
    expect(rows.length).toBe(8);
    expect(rows[0]?.querySelector(".tok-lineno")?.textContent).toBe("1");
    // The legend is the seed's table.
    expect(panel.el.querySelector(".tok-legend")?.textContent).toContain("def, if, return, class, import");
    panel.destroy();
  });

  test("renders the Rust fib fixture with the Rust legend", () => {
    const selection = new SelectionStore();
    const panel = tokensPanel(rust, { language: "rust", selection });
    const chips = [...panel.el.querySelectorAll<HTMLElement>(".tok-list .chip")];
    expect(chips).toHaveLength(rust.tokens.length);
    expect(chips[0]?.textContent).toBe("fn");
    expect(chips[0]?.classList.contains("tok-keyword")).toBe(true);
    expect(chips.find((c) => c.textContent === "u64")?.classList.contains("tok-type")).toBe(true);
    expect(panel.el.querySelector(".tok-legend")?.textContent).toContain("fn, let, if, return, mut, pub");
    panel.destroy();
  });

  test("hovering a chip selects its span; leaving gives the cursor back", () => {
    const selection = new SelectionStore();
    const cursor = { language: "python" as const, byteStart: 0, byteEnd: 0, origin: "editor:python" };
    selection.set(cursor);
    const panel = tokensPanel(python, { language: "python", selection });
    document.body.append(panel.el);
    const fib = [...panel.el.querySelectorAll<HTMLElement>(".chip")].find((c) => c.textContent === "fib");
    expect(fib).toBeDefined();
    fib?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    expect(selection.get()).toEqual({ language: "python", byteStart: 4, byteEnd: 7, origin: "panel:tokens:python" });
    expect(fib?.classList.contains("is-linked")).toBe(true);
    panel.el.querySelector(".tok-list")?.dispatchEvent(new MouseEvent("mouseleave"));
    expect(selection.get()).toEqual(cursor);
    panel.destroy();
  });

  test("the editor's cursor marks the chip under it", () => {
    const selection = new SelectionStore();
    const panel = tokensPanel(python, { language: "python", selection });
    document.body.append(panel.el);
    // "result" starts line 6: byte offset of "result = fib(10)".
    const source = "def fib(n):\n    if n <= 1:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\n";
    const at = new TextEncoder().encode(source).length + 2;
    selection.set({ language: "python", byteStart: at, byteEnd: at, origin: "editor:python" });
    const marked = [...panel.el.querySelectorAll<HTMLElement>(".chip.is-linked")];
    expect(marked.map((c) => c.textContent)).toEqual(["result"]);
    expect(marked[0]?.getAttribute("aria-selected")).toBe("true");
    expect(panel.el.querySelector(".tok-list")?.getAttribute("aria-activedescendant")).toBe(marked[0]?.id);
    // The other language's cursor leaves this panel alone.
    selection.set({ language: "rust", byteStart: at, byteEnd: at, origin: "editor:rust" });
    expect(panel.el.querySelectorAll(".chip.is-linked")).toHaveLength(0);
    panel.destroy();
  });

  test("arrow keys walk the tokens", () => {
    const selection = new SelectionStore();
    const panel = tokensPanel(rust, { language: "rust", selection });
    document.body.append(panel.el);
    const list = panel.el.querySelector<HTMLElement>(".tok-list");
    list?.dispatchEvent(new KeyboardEvent("keydown", { key: "Home", bubbles: true }));
    expect(selection.get()?.byteStart).toBe(0);
    list?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect(selection.get()).toMatchObject({ byteStart: 3, byteEnd: 6, origin: "panel:tokens:rust" });
    list?.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(selection.get()).toBeNull();
    panel.destroy();
  });

  test("non-ASCII spans: a chip's bytes are the API's bytes", () => {
    const source = '# é\ns = "héllo 🦀"\n';
    const stage: TokensStage = {
      tokens: [
        token("COMMENT", "# é", "comment", 0, 4),
        token("NL", "\n", "trivia", 4, 5),
        token("NAME", "s", "identifier", 5, 6),
        token("OP", "=", "operator", 7, 8),
        token("STRING", '"héllo 🦀"', "literal", 9, 22),
        token("NEWLINE", "\n", "delimiter", 22, 23),
      ],
    };
    expect(new TextEncoder().encode(source).length).toBe(23);
    const selection = new SelectionStore();
    const panel = tokensPanel(stage, { language: "python", selection });
    selection.set({ language: "python", byteStart: 15, byteEnd: 15, origin: "editor:python" });
    expect([...panel.el.querySelectorAll(".chip.is-linked")].map((c) => c.textContent)).toEqual(['"héllo 🦀"']);
    panel.destroy();
  });

  test("destroy unsubscribes", () => {
    const selection = new SelectionStore();
    const panel = tokensPanel(rust, { language: "rust", selection });
    panel.destroy();
    selection.set({ language: "rust", byteStart: 0, byteEnd: 0, origin: "editor:rust" });
    expect(panel.el.querySelectorAll(".chip.is-linked")).toHaveLength(0);
  });

  test("an empty stage says so", () => {
    const panel = tokensPanel({ tokens: [] }, { language: "rust", selection: new SelectionStore() });
    expect(panel.el.textContent).toContain("No tokens.");
    expect(panel.el.querySelector(".panel-count")?.textContent).toBe("0 tokens");
  });
});
