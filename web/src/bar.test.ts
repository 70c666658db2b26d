//! Tests of the pipeline bars and of picking a panel for a stage.
import { describe, expect, test } from "vitest";
import { createBar, isBuilt } from "./bar";
import { renderStage } from "./panels/index";
import { PIPELINES, stageById } from "./pipeline";
import { SelectionStore } from "./selection";

describe("pipeline bars", () => {
  test("the seed's stages in order", () => {
    expect(PIPELINES.rust.map((s) => s.label)).toEqual([
      "Source", "Lexer", "Parser", "AST", "HIR", "MIR", "LLVM IR", "Machine code",
    ]);
    expect(PIPELINES.python.map((s) => s.label)).toEqual(["Source", "Lexer", "Parser", "AST", "Bytecode", "PVM"]);
    expect(PIPELINES.rust.map((s) => s.key)).toEqual([null, "tokens", "ast", "ast", "hir", "mir", "llvm_ir", "asm"]);
    expect(PIPELINES.python.map((s) => s.key)).toEqual([null, "tokens", "ast", "ast", "bytecode", "pvm"]);
  });

  test("unknown stage ids fall back to the Lexer", () => {
    expect(stageById("rust", "mir").label).toBe("MIR");
    expect(stageById("rust", "bytecode").label).toBe("Lexer");
    expect(stageById("python", undefined).label).toBe("Lexer");
  });

  test("stages absent from the answer are marked with words, not only colour", () => {
    const picked: string[] = [];
    const bar = createBar("rust", "panel-rust", (id) => picked.push(id));
    document.body.append(bar.el);
    bar.select("lexer");
    bar.setBuilt({ tokens: { tokens: [] } });
    const tabs = [...bar.el.querySelectorAll<HTMLButtonElement>("[role=tab]")];
    expect(tabs).toHaveLength(8);
    const notBuilt = tabs.filter((t) => t.classList.contains("not-built")).map((t) => t.dataset.stage);
    expect(notBuilt).toEqual(["parser", "ast", "hir", "mir", "llvm-ir", "machine-code"]);
    for (const t of tabs) expect(t.querySelector(".stage-note")?.textContent).toBe("not built yet");
    expect(tabs[5]?.title).toContain("not built yet");
    expect(tabs[1]?.getAttribute("aria-selected")).toBe("true");
    expect(tabs[1]?.tabIndex).toBe(0);
    expect(tabs[2]?.tabIndex).toBe(-1);
    tabs[1]?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    tabs[0]?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowLeft", bubbles: true }));
    tabs[4]?.click();
    expect(picked).toEqual(["parser", "machine-code", "hir"]);
    bar.el.remove();
  });

  test("a stage that stopped at an error says so instead of 'not built yet'", () => {
    const bar = createBar("python", "panel-python", () => {});
    const diagnostics = [
      { stage: "ast", severity: "error", code: "SyntaxError", message: "m", labels: [], notes: [], rendered: "" },
    ];
    bar.setBuilt({ tokens: { tokens: [] } }, diagnostics);
    const tab = (id: string) => bar.el.querySelector<HTMLElement>(`[data-stage="${id}"]`);
    for (const id of ["parser", "ast"]) {
      expect(tab(id)?.classList.contains("has-error")).toBe(true);
      expect(tab(id)?.classList.contains("not-built")).toBe(false);
      expect(tab(id)?.querySelector(".stage-note")?.textContent).toBe("error");
      expect(tab(id)?.title).toContain("stopped at an error");
    }
    expect(tab("bytecode")?.classList.contains("not-built")).toBe(true);
    expect(tab("bytecode")?.querySelector(".stage-note")?.textContent).toBe("not built yet");
    // Fixed: the error marks go away.
    bar.setBuilt({ tokens: { tokens: [] }, ast: { dump: "", tree: { kind: "Module", span: { byte_start: 0, byte_end: 0, line_start: 1, column_start: 1, line_end: 1, column_end: 1 }, fields: [] } } }, []);
    expect(tab("ast")?.classList.contains("has-error")).toBe(false);
    expect(tab("ast")?.classList.contains("not-built")).toBe(false);
  });

  test("before any answer nothing is marked", () => {
    expect(isBuilt(PIPELINES.rust[5]!, null)).toBe(true);
    expect(isBuilt(PIPELINES.rust[5]!, { tokens: { tokens: [] } })).toBe(false);
    expect(isBuilt(PIPELINES.rust[0]!, {})).toBe(true);
  });
});

describe("renderStage", () => {
  const ctx = { language: "python" as const, selection: new SelectionStore() };
  test("a stage missing from the answer says it is not built yet", () => {
    const panel = renderStage(stageById("python", "bytecode"), { kind: "answer", stages: { tokens: { tokens: [] } } }, ctx);
    expect(panel.el.textContent).toContain("Bytecode: not built yet");
  });
  test("a built stage without a panel of its own shows its text", () => {
    const panel = renderStage(stageById("rust", "mir"), { kind: "answer", stages: { mir: { text: "fn fib(_1: u64) -> u64" } } }, ctx);
    expect(panel.el.querySelector("pre")?.textContent).toBe("fn fib(_1: u64) -> u64");
  });
  test("the bytecode stage has its own panel", () => {
    const stages = { bytecode: { text: "  0  0 RESUME 0", code_objects: [], opcodes: {} } };
    expect(renderStage(stageById("python", "bytecode"), { kind: "answer", stages }, ctx).el.classList.contains("panel-bytecode")).toBe(true);
  });
  test("tokens, source, waiting and failure", () => {
    expect(renderStage(stageById("python", "lexer"), { kind: "answer", stages: { tokens: { tokens: [] } } }, ctx).el.classList.contains("panel-tokens")).toBe(true);
    expect(renderStage(stageById("python", "source"), { kind: "waiting" }, ctx).el.textContent).toContain("editor");
    expect(renderStage(stageById("python", "lexer"), { kind: "waiting" }, ctx).el.textContent).toContain("Computing");
    expect(renderStage(stageById("python", "lexer"), { kind: "failed", message: "boom" }, ctx).el.textContent).toContain("boom");
  });
});
