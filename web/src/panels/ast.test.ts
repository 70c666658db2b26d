//! Tests of the AST panel: rendering from CPython's fib tree, opening and closing, lazy children,
//! long lists, the innermost node under a cursor, linking both ways, the text view and errors.
import { afterEach, describe, expect, test, vi } from "vitest";
import type { AstNode, AstStage, PipelineAnswer, Span } from "../api";
import { isFailed } from "../bar";
import { PYTHON_FIB } from "../examples";
import pythonAst from "../__fixtures__/python-ast.json";
import pythonAstError from "../__fixtures__/python-ast-error.json";
import { stageById } from "../pipeline";
import { SelectionStore } from "../selection";
import {
  INITIAL_ROWS,
  LIST_PAGE,
  MORE_PAGE,
  astPanel,
  indexTree,
  innermostNode,
  isAstStage,
  newViewState,
  positionText,
  valueClass,
} from "./ast";
import { renderStage } from "./index";

const fib = (pythonAst as PipelineAnswer).stages.ast as AstStage;
const errorAnswer = pythonAstError as PipelineAnswer;
const bytes = (text: string) => new TextEncoder().encode(text).length;
/** Byte offset of the `n`-th occurrence (0-based) of `needle` in the fib program. */
function at(needle: string, n = 0): number {
  let i = -1;
  for (let k = 0; k <= n; k++) i = PYTHON_FIB.indexOf(needle, i + 1);
  if (i < 0) throw new Error(`${needle} not in fib`);
  return bytes(PYTHON_FIB.slice(0, i));
}

function span(start: number, end: number): Span {
  return { byte_start: start, byte_end: end, line_start: 1, column_start: start + 1, line_end: 1, column_end: end + 1 };
}

function panelOf(stage: AstStage = fib, language: "python" | "rust" = "python") {
  const selection = new SelectionStore();
  const state = newViewState();
  const panel = astPanel(stage, { language, selection }, state);
  document.body.append(panel.el);
  return { panel, selection, state, el: panel.el };
}

/** The rendered node rows of a kind. */
function nodes(el: HTMLElement, kind: string): HTMLElement[] {
  return [...el.querySelectorAll<HTMLElement>(`li.ast-item-node[data-kind="${kind}"]`)];
}

function row(li: HTMLElement | undefined): HTMLElement {
  const r = li?.querySelector<HTMLElement>(":scope > .ast-row");
  if (!r) throw new Error("no row");
  return r;
}

function key(li: HTMLElement, k: string): void {
  li.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));
}

afterEach(() => {
  document.body.replaceChildren();
});

describe("the fixture", () => {
  test("is CPython's tree of the seed's fib program", () => {
    expect(isAstStage(fib)).toBe(true);
    expect(fib.dump.startsWith("Module(body=[FunctionDef(name='fib', args=arguments(posonlyargs=[], args=[arg(arg='n')]")).toBe(true);
    expect(fib.dump.endsWith("type_ignores=[])")).toBe(true);
    expect(fib.tree.kind).toBe("Module");
    expect(fib.tree.span.byte_end).toBe(bytes(PYTHON_FIB) - 1); // up to print(result), without the last newline
  });
  test("is not mistaken for something else", () => {
    expect(isAstStage({ dump: "x" })).toBe(false);
    expect(isAstStage({ text: "…" })).toBe(false);
    expect(isAstStage(null)).toBe(false);
  });
});

describe("innermost node", () => {
  const index = indexTree(fib.tree);
  const kindAt = (start: number, end = start) => {
    const i = innermostNode(index, start, end);
    return i < 0 ? null : index.nodes[i]?.kind;
  };

  test("indexes every node in preorder with its parent and field", () => {
    expect(index.nodes[0]?.kind).toBe("Module");
    expect(index.nodes[1]?.kind).toBe("FunctionDef");
    expect(index.field[1]).toBe("body");
    expect(index.position[1]).toBe(0);
    expect(index.nodes[2]?.kind).toBe("arguments");
    expect(index.field[2]).toBe("args");
    expect(index.position[2]).toBe(-1);
    expect(index.parent[2]).toBe(1);
    expect(index.after[0]).toBe(index.nodes.length);
    // The comparison operator is a node without a position, as the server sends it.
    expect(index.nodes.some((n) => n.kind === "LtE" && n.span.byte_end === 0)).toBe(true);
  });

  test("a cursor finds the smallest node it is in or touches", () => {
    expect(kindAt(at("def"))).toBe("FunctionDef");
    expect(kindAt(at("fib(n - 1)") + 1)).toBe("Name"); // f|ib
    expect(kindAt(at("fib(n - 1)") + 3)).toBe("Name"); // fib|( → fib
    expect(kindAt(at("fib(n - 1)") + 5)).toBe("Name"); // n| - 1 → n, smaller than the BinOp
    expect(kindAt(at("n - 2") + 2)).toBe("BinOp"); // n |- 2: only the BinOp
    expect(kindAt(at("2)"))).toBe("Constant");
    expect(kindAt(at("<="))).toBe("Compare");
    // Expr and its Call share a span: the deeper Call wins.
    expect(kindAt(at("print") + 5, at("print") + 13)).toBe("Call");
  });

  test("a range finds the smallest node containing all of it", () => {
    expect(kindAt(at("fib(n - 1)"), at("fib(n - 1)") + 10)).toBe("Call");
    expect(kindAt(at("fib(n - 1)"), at("fib(n - 2)") + 2)).toBe("BinOp");
    expect(kindAt(at("if"), at("return fib"))).toBe("FunctionDef");
    expect(kindAt(at("if"), at("result"))).toBe("Module");
    expect(kindAt(0, bytes(PYTHON_FIB))).toBe(null); // past the Module's last byte
  });

  test("nothing there, and nodes without a position are never found", () => {
    expect(kindAt(bytes(PYTHON_FIB))).toBe(null);
    const tree: AstNode = {
      kind: "Module",
      span: span(0, 0),
      fields: [{ name: "ops", list: [{ kind: "Eq", span: span(0, 0), fields: [] }] }],
    };
    expect(innermostNode(indexTree(tree), 0, 0)).toBe(-1);
  });

  test("a tree 100,000 deep is indexed and searched without recursion", () => {
    let node: AstNode = { kind: "Name", span: span(0, 1), fields: [{ name: "id", value: "'a'" }] };
    for (let i = 1; i < 100_000; i++) {
      node = { kind: "BinOp", span: span(0, 2 * i + 1), fields: [{ name: "left", node }, { name: "op", value: "Add()" }] };
    }
    const index = indexTree(node);
    expect(index.nodes.length).toBe(100_000);
    expect(index.depth[99_999]).toBe(99_999);
    expect(index.nodes[innermostNode(index, 0, 0)]?.kind).toBe("Name");
    // The panel opens only its first levels.
    const { el, panel } = panelOf({ dump: "", tree: node });
    expect(el.querySelectorAll("li.ast-item").length).toBeLessThanOrEqual(4);
    panel.destroy();
  });
});

describe("rendering", () => {
  test("a tree of nodes with kinds, fields, lists and positions, opened three levels deep", () => {
    const { el, panel } = panelOf();
    const tree = el.querySelector('[role="tree"]');
    expect(tree).not.toBeNull();
    expect(el.querySelector(".panel-count")?.textContent).toBe(`${indexTree(fib.tree).nodes.length} nodes`);
    const [module] = nodes(el, "Module");
    expect(module?.getAttribute("aria-level")).toBe("1");
    expect(module?.getAttribute("aria-expanded")).toBe("true");
    expect(row(module).textContent).toContain("type_ignores:[]");

    const [def] = nodes(el, "FunctionDef");
    expect(row(def).querySelector(".ast-label-index")?.textContent).toBe("0");
    expect(row(def).textContent).toContain("name:'fib'");
    expect(row(def).querySelector(".ast-pos")?.textContent).toBe("1:1–4:35");
    expect(def?.getAttribute("aria-label")).toBe("0, FunctionDef, name 'fib', decorator_list empty, at 1:1–4:35");
    expect(def?.getAttribute("aria-expanded")).toBe("true");
    // body: a list with its length.
    const body = [...el.querySelectorAll<HTMLElement>("li.ast-item-list")].find((li) =>
      row(li).textContent?.startsWith("▾body[3 items]"),
    );
    expect(body?.getAttribute("aria-expanded")).toBe("true");
    // The function's own body list, and its args as a field holding one node.
    const [args] = nodes(el, "arguments");
    expect(row(args).querySelector(".ast-label-field")?.textContent).toBe("args");
    expect(row(args).textContent).toContain("posonlyargs:[]");

    // Depth 3 (the If's test, the Assign's value…) is shown closed; deeper is not rendered at all.
    const [compare] = nodes(el, "Compare");
    expect(compare?.getAttribute("aria-level")).toBe("6"); // Module, body, FunctionDef, body, If, Compare
    expect(compare?.getAttribute("aria-expanded")).toBe("false");
    expect(compare?.querySelector("ul")).toBeNull();
    expect(nodes(el, "LtE")).toHaveLength(0);

    // Leaves have no aria-expanded; singletons print as values.
    const names = nodes(el, "Name");
    expect(names.length).toBeGreaterThan(0);
    expect(names[0]?.hasAttribute("aria-expanded")).toBe(false);
    expect(row(names[0]).textContent).toMatch(/id:'(result|print)'ctx:(Store|Load)\(\)/);
    expect(row(names[0]).querySelector(".ast-v-word")?.textContent).toMatch(/^(Store|Load)\(\)$/);
    panel.destroy();
  });

  test("clicks and Enter/Space open and close nodes, rendering children only when first opened", () => {
    const { el, panel, state } = panelOf();
    const [compare] = nodes(el, "Compare");
    expect(compare).toBeDefined();
    row(compare).click();
    expect(compare?.getAttribute("aria-expanded")).toBe("true");
    expect(document.activeElement).toBe(compare);
    expect(compare?.tabIndex).toBe(0);
    expect(nodes(el, "LtE")).toHaveLength(1);
    const ops = [...(compare?.querySelectorAll<HTMLElement>("li.ast-item-list") ?? [])].map((li) => row(li).textContent);
    expect(ops).toEqual(["▾ops[1 item]", "▾comparators[1 item]"]);
    expect(state.open.get("$.body.0.body.0.test")).toBe(true);

    key(compare as HTMLElement, "Enter");
    expect(compare?.getAttribute("aria-expanded")).toBe("false");
    expect(compare?.querySelector("ul")?.hidden).toBe(true);
    key(compare as HTMLElement, " ");
    expect(compare?.getAttribute("aria-expanded")).toBe("true");
    expect(nodes(el, "LtE")).toHaveLength(1); // rendered once, shown again
    key(compare as HTMLElement, "ArrowLeft");
    expect(compare?.getAttribute("aria-expanded")).toBe("false");
    panel.destroy();

    // The reader's choice survives the next answer (the panel is redrawn for every edit).
    const again = astPanel(fib, { language: "python", selection: new SelectionStore() }, state);
    expect(nodes(again.el, "Compare")[0]?.getAttribute("aria-expanded")).toBe("false");
    again.destroy();
  });

  test("arrow keys walk the visible rows, Right opens, Left goes to the parent", () => {
    const { el, panel } = panelOf();
    const [module] = nodes(el, "Module");
    (module as HTMLElement).focus();
    key(module as HTMLElement, "ArrowDown");
    const body = document.activeElement as HTMLElement;
    expect(body.classList.contains("ast-item-list")).toBe(true);
    key(body, "ArrowDown");
    expect((document.activeElement as HTMLElement).dataset.kind).toBe("FunctionDef");
    key(document.activeElement as HTMLElement, "ArrowLeft"); // open: closes it
    const def = document.activeElement as HTMLElement;
    expect(def.getAttribute("aria-expanded")).toBe("false");
    key(def, "ArrowDown");
    expect((document.activeElement as HTMLElement).dataset.kind).toBe("Assign");
    key(document.activeElement as HTMLElement, "ArrowUp");
    expect(document.activeElement).toBe(def);
    key(def, "ArrowRight");
    expect(def.getAttribute("aria-expanded")).toBe("true");
    key(def, "ArrowRight");
    const args = document.activeElement as HTMLElement;
    expect(args.dataset.kind).toBe("arguments");
    key(args, "ArrowLeft"); // open: closes it
    expect(args.getAttribute("aria-expanded")).toBe("false");
    key(args, "ArrowLeft"); // closed: to its parent
    expect(document.activeElement).toBe(def);
    key(def, "Home");
    expect(document.activeElement).toBe(module);
    // One tab stop: only the focused row is in the tab order.
    expect(el.querySelectorAll('li.ast-item[tabindex="0"]')).toHaveLength(1);
    key(module as HTMLElement, "End");
    expect((document.activeElement as HTMLElement).closest("li.ast-item-node")?.getAttribute("data-kind")).toBeTruthy();
    panel.destroy();
  });

  test("long lists show their first items and a 'show more' row; big trees open within a budget", () => {
    const items: AstNode[] = [];
    for (let i = 0; i < 250; i++) {
      items.push({
        kind: "Expr",
        span: span(i * 2, i * 2 + 1),
        fields: [{ name: "value", node: { kind: "Constant", span: span(i * 2, i * 2 + 1), fields: [{ name: "value", value: String(i) }] } }],
      });
    }
    const tree: AstNode = { kind: "Module", span: span(0, 499), fields: [{ name: "body", list: items }] };
    const { el, panel, state, selection } = panelOf({ dump: "", tree });
    expect(nodes(el, "Expr")).toHaveLength(LIST_PAGE);
    const more = el.querySelector<HTMLElement>("li.ast-item-more");
    expect(more?.textContent).toBe(`show ${MORE_PAGE} more (230 hidden)`);
    expect(more?.getAttribute("role")).toBe("treeitem");
    (more as HTMLElement).focus();
    key(more as HTMLElement, "Enter");
    expect(nodes(el, "Expr")).toHaveLength(LIST_PAGE + MORE_PAGE);
    expect(document.activeElement?.getAttribute("data-kind")).toBe("Expr"); // the first new one
    expect(row(document.activeElement as HTMLElement).querySelector(".ast-label-index")?.textContent).toBe("20");
    expect(state.shown.get("$.body")).toBe(LIST_PAGE + MORE_PAGE);
    expect(el.querySelector("li.ast-item-more")?.textContent).toBe("show 30 more");
    row(el.querySelector<HTMLElement>("li.ast-item-more") ?? undefined).click();
    expect(nodes(el, "Expr")).toHaveLength(250);
    expect(el.querySelector("li.ast-item-more")).toBeNull();
    // Items keep their order.
    const labels = nodes(el, "Expr").map((li) => row(li).querySelector(".ast-label-index")?.textContent);
    expect(labels.slice(18, 23)).toEqual(["18", "19", "20", "21", "22"]);
    panel.destroy();

    // A cursor on a hidden item shows it.
    const fresh = panelOf({ dump: "", tree });
    fresh.selection.set({ language: "python", byteStart: 2 * 100, byteEnd: 2 * 100, origin: "editor:python" });
    const marked = fresh.el.querySelector<HTMLElement>(".ast-row.is-linked");
    expect(marked?.textContent).toContain("100");
    expect(nodes(fresh.el, "Expr").length).toBeGreaterThanOrEqual(101);
    fresh.panel.destroy();
    void selection;

    // Ten thousand statements of a few nodes each: only a bounded number of rows is built.
    const big: AstNode[] = [];
    for (let i = 0; i < 10_000; i++) {
      big.push({
        kind: "Assign",
        span: span(i * 10, i * 10 + 5),
        fields: [
          { name: "targets", list: [{ kind: "Name", span: span(i * 10, i * 10 + 1), fields: [{ name: "id", value: "'x'" }, { name: "ctx", value: "Store()" }] }] },
          { name: "value", node: { kind: "Constant", span: span(i * 10 + 4, i * 10 + 5), fields: [{ name: "value", value: "1" }] } },
        ],
      });
    }
    const huge = panelOf({ dump: "", tree: { kind: "Module", span: span(0, 100_000), fields: [{ name: "body", list: big }] } });
    const rows = huge.el.querySelectorAll("li.ast-item").length;
    expect(rows).toBeGreaterThan(LIST_PAGE);
    expect(rows).toBeLessThan(INITIAL_ROWS + 100);
    huge.panel.destroy();
  });

  test("long values get a row of their own", () => {
    const long = `'${"x".repeat(60)}'`;
    const tree: AstNode = {
      kind: "Constant",
      span: span(0, 62),
      fields: [{ name: "value", value: long }],
    };
    const { el, panel } = panelOf({ dump: "", tree });
    const [root] = nodes(el, "Constant");
    expect(root?.getAttribute("aria-expanded")).toBe("true");
    expect(el.querySelector(".ast-item-value .ast-value")?.textContent).toBe(long);
    panel.destroy();
  });

  test("helpers: positions and value colours", () => {
    expect(positionText(span(3, 6))).toBe("1:4–7");
    expect(positionText({ byte_start: 0, byte_end: 9, line_start: 1, column_start: 1, line_end: 2, column_end: 3 })).toBe("1:1–2:3");
    expect(positionText(span(0, 0))).toBe("");
    expect(valueClass("'x'")).toBe("ast-v-str");
    expect(valueClass("b'x'")).toBe("ast-v-str");
    expect(valueClass("12")).toBe("ast-v-num");
    expect(valueClass("-1.5")).toBe("ast-v-num");
    expect(valueClass("None")).toBe("ast-v-const");
    expect(valueClass("Load()")).toBe("ast-v-word");
    expect(valueClass("['a', 'b']")).toBe("ast-v-other");
  });
});

describe("linking with the editor", () => {
  test("hovering a node selects its span; leaving gives the cursor back", () => {
    const { el, panel, selection } = panelOf();
    const cursor = { language: "python" as const, byteStart: 0, byteEnd: 0, origin: "editor:python" };
    selection.set(cursor);
    const [def] = nodes(el, "FunctionDef");
    row(def).dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    expect(selection.get()).toEqual({ language: "python", byteStart: 0, byteEnd: at("\n\nresult"), origin: "panel:ast:python" });
    expect(row(def).classList.contains("is-linked")).toBe(true);
    // A list lights up all of its items.
    const body = def?.querySelector<HTMLElement>(":scope > ul > li.ast-item-list");
    row(body ?? undefined).dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    expect(selection.get()).toMatchObject({ byteStart: at("if"), byteEnd: at("\n\nresult") });
    expect(row(body ?? undefined).classList.contains("is-linked")).toBe(true);
    // A list with one node has that node's span: pointing at one then the other moves the mark.
    const [args] = nodes(el, "arguments");
    const argsList = args?.querySelector<HTMLElement>(":scope > ul > li.ast-item-list");
    row(args).dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    row(argsList ?? undefined).dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    expect(el.querySelectorAll(".is-linked")).toHaveLength(1);
    expect(row(argsList ?? undefined).classList.contains("is-linked")).toBe(true);
    el.querySelector(".ast-tree")?.dispatchEvent(new MouseEvent("mouseleave"));
    expect(selection.get()).toEqual(cursor);
    panel.destroy();
  });

  test("the editor's cursor marks the innermost node, opening its ancestors", () => {
    const { el, panel, selection } = panelOf();
    expect(nodes(el, "Constant").map((li) => row(li).textContent)).not.toContain("2");
    const pos = at("2)");
    selection.set({ language: "python", byteStart: pos, byteEnd: pos, origin: "editor:python" });
    const marked = [...el.querySelectorAll<HTMLElement>(".ast-row.is-linked")];
    expect(marked).toHaveLength(1);
    const li = marked[0]?.parentElement as HTMLElement;
    expect(li.dataset.kind).toBe("Constant");
    expect(li.dataset.start).toBe(String(pos));
    expect(li.getAttribute("aria-selected")).toBe("true");
    // Every ancestor is open, so the row is visible.
    for (let p = li.parentElement?.closest("li.ast-item"); p; p = p.parentElement?.closest("li.ast-item")) {
      expect(p.getAttribute("aria-expanded")).toBe("true");
    }
    // Moving on moves the mark; the other language's cursor clears it.
    selection.set({ language: "python", byteStart: at("print"), byteEnd: at("print"), origin: "editor:python" });
    expect([...el.querySelectorAll(".is-linked")].map((r) => r.parentElement?.getAttribute("data-kind"))).toEqual(["Name"]);
    expect(li.getAttribute("aria-selected")).toBe("false");
    selection.set({ language: "rust", byteStart: 3, byteEnd: 3, origin: "editor:rust" });
    expect(el.querySelectorAll(".is-linked")).toHaveLength(0);
    panel.destroy();
  });

  test("focusing a node selects it; leaving the tree lets go", () => {
    const { el, panel, selection } = panelOf();
    const [assign] = nodes(el, "Assign");
    (assign as HTMLElement).focus();
    expect(selection.get()).toMatchObject({ byteStart: at("result ="), origin: "panel:ast:python" });
    key(assign as HTMLElement, "Escape");
    expect(selection.get()).toBeNull();
    panel.destroy();
  });

  test("destroy unsubscribes and lets go", () => {
    const { el, panel, selection } = panelOf();
    row(nodes(el, "Assign")[0]).dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    panel.destroy();
    expect(selection.get()).toBeNull();
    selection.set({ language: "python", byteStart: 1, byteEnd: 1, origin: "editor:python" });
    expect(row(nodes(el, "FunctionDef")[0]).classList.contains("is-linked")).toBe(false);
  });
});

describe("the text view", () => {
  test("shows ast.dump in a wrapping <pre>, remembered across answers, and copies it", async () => {
    const { el, panel, state } = panelOf();
    const buttons = [...el.querySelectorAll<HTMLButtonElement>(".ast-view-button")];
    expect(buttons.map((b) => b.textContent)).toEqual(["Tree", "ast.dump"]);
    expect(buttons[0]?.getAttribute("aria-pressed")).toBe("true");
    expect(el.querySelector(".ast-dump")).toBeNull(); // built on first use
    buttons[1]?.click();
    expect(state.view).toBe("text");
    const pre = el.querySelector<HTMLPreElement>("pre.ast-dump");
    expect(pre?.textContent).toBe(fib.dump);
    expect(pre?.hidden).toBe(false);
    expect(el.querySelector<HTMLElement>(".ast-tree")?.hidden).toBe(true);
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const copy = el.querySelector<HTMLButtonElement>(".ast-copy");
    expect(copy?.hidden).toBe(false);
    copy?.click();
    expect(writeText).toHaveBeenCalledWith(fib.dump);
    await Promise.resolve();
    await Promise.resolve();
    expect(copy?.textContent).toBe("Copied");
    panel.destroy();
    const again = astPanel(fib, { language: "python", selection: new SelectionStore() }, state);
    expect(again.el.querySelector<HTMLPreElement>("pre.ast-dump")?.hidden).toBe(false);
    again.destroy();
  });

  test("nothing language-specific: a Rust tree of the same shape renders the same way", () => {
    const { el, panel } = panelOf({ dump: "Crate { … }", tree: { kind: "Crate", span: span(0, 5), fields: [{ name: "items", list: [] }] } }, "rust");
    expect(nodes(el, "Crate")).toHaveLength(1);
    expect([...el.querySelectorAll(".ast-view-button")].map((b) => b.textContent)).toEqual(["Tree", "Text"]);
    expect(el.querySelector('[role="tree"]')?.getAttribute("aria-label")).toContain("Rust");
    panel.destroy();
  });
});

describe("registered for Parser and AST, with syntax errors", () => {
  const ctx = { language: "python" as const, selection: new SelectionStore() };
  test("both stages show the tree", () => {
    for (const id of ["parser", "ast"]) {
      const panel = renderStage(stageById("python", id), { kind: "answer", stages: { ast: fib } }, ctx);
      expect(panel.el.classList.contains("panel-ast")).toBe(true);
      panel.destroy();
    }
    const rust = renderStage(stageById("rust", "ast"), { kind: "answer", stages: { ast: fib } }, { ...ctx, language: "rust" });
    expect(rust.el.classList.contains("panel-ast")).toBe(true);
    rust.destroy();
  });

  test("a syntax error shows CPython's report in the panel and marks the tab", () => {
    const panel = renderStage(
      stageById("python", "ast"),
      { kind: "answer", stages: errorAnswer.stages, diagnostics: errorAnswer.diagnostics },
      ctx,
    );
    expect(panel.el.classList.contains("panel-stage-error")).toBe(true);
    expect(panel.el.querySelector(".stage-error-title")?.textContent).toBe("⚠ AST: stopped at a SyntaxError");
    const pre = panel.el.querySelector("pre.stage-error-text");
    expect(pre?.textContent).toBe('  File "main.py", line 1\n    def fib(n)\n              ^\nSyntaxError: expected \':\'\n');
    pre?.dispatchEvent(new MouseEvent("mouseenter"));
    expect(ctx.selection.get()).toMatchObject({ byteStart: 10, byteEnd: 10, origin: "panel:error:python" });
    pre?.dispatchEvent(new MouseEvent("mouseleave"));
    expect(ctx.selection.get()).toBeNull();
    panel.destroy();
    expect(isFailed(stageById("python", "ast"), errorAnswer.stages, errorAnswer.diagnostics)).toBe(true);
    expect(isFailed(stageById("python", "bytecode"), errorAnswer.stages, errorAnswer.diagnostics)).toBe(false);
    expect(isFailed(stageById("python", "ast"), { ast: fib }, errorAnswer.diagnostics)).toBe(false);
  });

  test("without an ast diagnostic, a missing stage is still 'not built yet'", () => {
    const panel = renderStage(stageById("python", "ast"), { kind: "answer", stages: {}, diagnostics: [] }, ctx);
    expect(panel.el.textContent).toContain("AST: not built yet");
  });

  test("a malformed stage falls back to its JSON", () => {
    const panel = renderStage(stageById("python", "ast"), { kind: "answer", stages: { ast: { dump: 1 } as unknown as AstStage } }, ctx);
    expect(panel.el.classList.contains("panel-raw")).toBe(true);
  });
});
