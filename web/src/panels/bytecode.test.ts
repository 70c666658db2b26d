//! Tests of the Bytecode panel: rendering the real server's fib answer, cursor → rows, hover → selection.
import { afterEach, describe, expect, test } from "vitest";
import type { BytecodeStage, PipelineAnswer } from "../api";
import fixture from "../__fixtures__/python-bytecode.json";
import { SelectionStore } from "../selection";
import { bytecodePanel, codeTitle, indexRows, isBytecodeStage, markedRows, rowsAt } from "./bytecode";

const stage = (fixture as unknown as PipelineAnswer).stages.bytecode as BytecodeStage;
const rows = indexRows(stage);
const SOURCE = "def fib(n):\n    if n <= 1:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nresult = fib(10)\nprint(result)\n";
const at = (needle: string, from = 0) => new TextEncoder().encode(SOURCE.slice(0, SOURCE.indexOf(needle, from))).length;
const fresh = () => ({ view: "table" as const });

afterEach(() => {
  document.body.replaceChildren();
});

function label(i: number): string {
  const r = rows[i];
  return r ? `${stage.code_objects[r.code]?.name}:${r.instruction.offset} ${r.instruction.opname}` : "?";
}

describe("the fixture", () => {
  test("is the seed fib program's bytecode", () => {
    expect(isBytecodeStage(stage)).toBe(true);
    expect(isBytecodeStage({ text: "x" })).toBe(false);
    expect(stage.code_objects.map((c) => c.name)).toEqual(["<module>", "fib"]);
    expect(stage.text).toContain("Disassembly of <code object fib at 0x0000");
    expect(rows.length).toBe(stage.code_objects.reduce((n, c) => n + c.instructions.length, 0));
  });
});

describe("cursor → rows", () => {
  test("a cursor on a name finds the instruction compiled from it", () => {
    // The second `fib` of line 4: `fib(n - 2)`.
    const second = at("fib(n - 2)");
    expect(rowsAt(rows, second + 1, second + 1).map(label)).toEqual(["fib:52 LOAD_GLOBAL"]);
    // Right after the name (`fib|(`) still finds it, not the whole call.
    expect(rowsAt(rows, second + 3, second + 3).map(label)).toEqual(["fib:52 LOAD_GLOBAL"]);
  });

  test("every instruction of the innermost span is found", () => {
    const le = at("<=");
    expect(rowsAt(rows, le, le).map(label)).toEqual(["fib:6 COMPARE_OP", "fib:12 POP_JUMP_FORWARD_IF_FALSE"]);
  });

  test("a range needs a span containing all of it", () => {
    const call = at("fib(10)");
    expect(rowsAt(rows, call, call + 7).map(label)).toEqual(["<module>:14 PRECALL", "<module>:18 CALL"]);
    expect(rowsAt(rows, 0, SOURCE.length)).toEqual([]);
  });

  test("nothing outside the code, and nothing for the other language", () => {
    expect(rowsAt(rows, 10_000, 10_000)).toEqual([]);
    const n = at("n <= 1");
    expect(markedRows(rows, "python", { language: "rust", byteStart: n, byteEnd: n, origin: "editor:rust" })).toEqual([]);
    expect(markedRows(rows, "python", null)).toEqual([]);
  });
});

describe("bytecode panel", () => {
  test("renders one section per code object, rows as dis prints them", () => {
    const panel = bytecodePanel(stage, { language: "python", selection: new SelectionStore() }, fresh());
    document.body.append(panel.el);
    const sections = [...panel.el.querySelectorAll<HTMLElement>("section.bc-code")];
    expect(sections.map((s) => s.querySelector(".bc-name")?.textContent)).toEqual([
      "Disassembly of <module>",
      "Disassembly of fib",
    ]);
    expect(sections[1]?.querySelector(".bc-first-line")?.textContent).toBe("line 1");
    expect(panel.el.querySelectorAll("tr.bc-row")).toHaveLength(rows.length);
    expect(panel.el.querySelector(".panel-count")?.textContent).toBe(`${rows.length} instructions in 2 code objects`);

    const fibRows = [...(sections[1]?.querySelectorAll<HTMLElement>("tr.bc-row") ?? [])];
    const cells = (tr: HTMLElement | null | undefined) => [...(tr?.querySelectorAll("td") ?? [])].map((td) => td.textContent);
    const target = fibRows.find((tr) => tr.dataset.offset === "18");
    expect(cells(target)).toEqual(["4", ">>", "18", "LOAD_GLOBAL", "1", "(NULL + fib)"]);
    const jump = fibRows.find((tr) => tr.dataset.opname === "POP_JUMP_FORWARD_IF_FALSE");
    expect(cells(jump)).toEqual(["", "", "12", "POP_JUMP_FORWARD_IF_FALSE", "2", "(to 18)"]);
    expect(cells(fibRows.find((tr) => tr.dataset.opname === "RETURN_VALUE"))).toEqual(["", "", "16", "RETURN_VALUE", "", ""]);
    // The module's RESUME is line 0, as dis prints it, and has no source of its own.
    const resume = panel.el.querySelector<HTMLElement>("tr.bc-row");
    expect(cells(resume)).toEqual(["0", "", "0", "RESUME", "0", ""]);
    expect(resume?.classList.contains("is-artificial")).toBe(true);
    // fib has no exception table, so none is shown.
    expect(panel.el.querySelector(".bc-exceptions")).toBeNull();
    panel.destroy();
  });

  test("opnames say what they do to the stack, on hover and on focus", () => {
    const panel = bytecodePanel(stage, { language: "python", selection: new SelectionStore() }, fresh());
    document.body.append(panel.el);
    const op = panel.el.querySelector<HTMLElement>('tr[data-opname="LOAD_GLOBAL"] .bc-op');
    expect(op?.tabIndex).toBe(0);
    const tip = panel.el.querySelector<HTMLElement>(".bc-tip");
    expect(tip?.hidden).toBe(true);
    op?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    expect(tip?.hidden).toBe(false);
    expect(tip?.textContent).toBe(`LOAD_GLOBAL ${stage.opcodes.LOAD_GLOBAL}`);
    expect(op?.getAttribute("aria-describedby")).toBe(tip?.id);
    op?.dispatchEvent(new MouseEvent("mouseout", { bubbles: true }));
    expect(tip?.hidden).toBe(true);
    op?.focus();
    expect(tip?.hidden).toBe(false);
    panel.destroy();
  });

  test("hovering a row selects its span; leaving gives the cursor back", () => {
    const selection = new SelectionStore();
    const cursor = { language: "python" as const, byteStart: 0, byteEnd: 0, origin: "editor:python" };
    selection.set(cursor);
    const panel = bytecodePanel(stage, { language: "python", selection }, fresh());
    document.body.append(panel.el);
    const row = panel.el.querySelector<HTMLElement>('tr[data-opname="LOAD_GLOBAL"]');
    row?.querySelector(".bc-offset")?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    const fib = at("fib(n - 1)");
    expect(selection.get()).toEqual({ language: "python", byteStart: fib, byteEnd: fib + 3, origin: "panel:bytecode:python" });
    expect(row?.classList.contains("is-linked")).toBe(true);
    // A row without a span lets go.
    panel.el.querySelector("tr.bc-row")?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    expect(selection.get()).toEqual(cursor);
    row?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    panel.el.querySelector(".bc-listing")?.dispatchEvent(new MouseEvent("mouseleave"));
    expect(selection.get()).toEqual(cursor);
    panel.destroy();
  });

  test("the editor's cursor marks the rows under it", () => {
    const selection = new SelectionStore();
    const panel = bytecodePanel(stage, { language: "python", selection }, fresh());
    document.body.append(panel.el);
    const p = at("print");
    selection.set({ language: "python", byteStart: p + 2, byteEnd: p + 2, origin: "editor:python" });
    const marked = [...panel.el.querySelectorAll<HTMLElement>("tr.is-linked")];
    expect(marked.map((tr) => `${tr.dataset.offset} ${tr.dataset.opname}`)).toEqual(["30 PUSH_NULL", "32 LOAD_NAME"]);
    expect(marked[0]?.getAttribute("aria-current")).toBe("true");
    selection.set({ language: "python", byteStart: 10_000, byteEnd: 10_000, origin: "editor:python" });
    expect(panel.el.querySelectorAll("tr.is-linked")).toHaveLength(0);
    panel.destroy();
    selection.set({ language: "python", byteStart: p, byteEnd: p, origin: "editor:python" });
    expect(panel.el.querySelectorAll("tr.is-linked")).toHaveLength(0);
  });

  test("the toggle shows the dis text, and is remembered", () => {
    const state = fresh() as { view: "table" | "text" };
    const panel = bytecodePanel(stage, { language: "python", selection: new SelectionStore() }, state);
    const textButton = panel.el.querySelector<HTMLButtonElement>('.ast-view-button[data-view="text"]');
    expect(textButton?.textContent).toBe("dis");
    textButton?.click();
    expect(state.view).toBe("text");
    expect(panel.el.querySelector("pre.bc-text")?.textContent).toBe(stage.text);
    expect(panel.el.querySelector<HTMLElement>(".bc-listing")?.hidden).toBe(true);
    const again = bytecodePanel(stage, { language: "python", selection: new SelectionStore() }, state);
    expect(again.el.querySelector<HTMLElement>("pre.bc-text")?.hidden).toBe(false);
    again.el.querySelector<HTMLButtonElement>('.ast-view-button[data-view="table"]')?.click();
    expect(again.el.querySelector<HTMLElement>(".bc-listing")?.hidden).toBe(false);
    panel.destroy();
    again.destroy();
  });

  test("an exception table is shown after its code object's rows", () => {
    const withTable: BytecodeStage = {
      ...stage,
      code_objects: [
        { ...(stage.code_objects[1] as BytecodeStage["code_objects"][number]), exception_table: [{ start: 4, end: 20, target: 24, depth: 1, lasti: true }] },
      ],
    };
    const panel = bytecodePanel(withTable, { language: "python", selection: new SelectionStore() }, fresh());
    const cells = [...panel.el.querySelectorAll(".bc-exceptions tbody td")].map((td) => td.textContent);
    // As dis prints it: `4 to 18 -> 24 [1] lasti` (the API's end, 20, is exclusive).
    expect(cells).toEqual(["4", "18", "24", "1", "lasti"]);
    expect(codeTitle(withTable.code_objects[0] as BytecodeStage["code_objects"][number])).toBe("Disassembly of fib");
    panel.destroy();
  });
});
