// Tests of the PVM stepper and the trace replay, on the real server's answer for the seed's fib program.
import { afterEach, describe, expect, test } from "vitest";
import type { BytecodeStage, PipelineAnswer, PvmStage } from "../api";
import fixture from "../__fixtures__/python-pvm.json";
import { SelectionStore } from "../selection";
import { Replay } from "../trace";
import { currentInstruction, virtualFiles } from "../vmstate";
import { pvmPanel } from "./pvm";

const answer = fixture as unknown as PipelineAnswer;
const pvm = answer.stages.pvm as PvmStage;
const bytecode = answer.stages.bytecode as BytecodeStage;
const SOURCE = "def fib(n):\n    if n <= 1:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nresult = fib(10)\nprint(result)\n";

afterEach(() => {
  document.body.replaceChildren();
});

describe("the trace replay", () => {
  const steps = pvm.trace?.steps ?? [];
  const replay = new Replay(steps);

  test("the fixture is the whole run of fib(10)", () => {
    expect(pvm.stdout).toBe("55\n");
    expect(pvm.trace?.truncated).toBe(false);
    expect(steps.length).toBe(pvm.instructions);
    expect(pvm.trace?.codes.map((c) => c.qualname)).toEqual(["<module>", "fib"]);
  });

  test("before the first CALL the module's stack holds NULL, fib and 10", () => {
    const call = steps.findIndex((s) => s.code === 0 && s.offset === 18);
    const state = replay.at(call);
    expect(state.stack.length).toBe(3);
    expect(state.stack[0]).toBe("NULL");
    expect(state.stack[2]).toBe("10");
    const fn = state.heap.get(state.stack[1] as number);
    expect(fn?.type).toBe("function");
    expect(fn?.repr).toBe("<function fib>");
    // On the stack and in the module's namespace.
    expect(fn?.rc).toBeGreaterThanOrEqual(2);
    // The step after it runs fib, n = 10, the module below.
    const inside = replay.at(call + 1);
    expect(inside.frames.map((f) => f.name)).toEqual(["<module>", "fib"]);
    expect(inside.frames[1]?.locals).toEqual([["n", "10"]]);
  });

  test("random access agrees with replaying every step in order", () => {
    const forward = new Replay(steps);
    for (let i = 0; i < steps.length; i += 97) forward.at(i);
    for (const i of [steps.length - 1, 5, 700, 64, 63, 1500]) {
      const a = replay.at(i);
      const b = new Replay(steps).at(i);
      expect(a.stack).toEqual(b.stack);
      expect(a.frames).toEqual(b.frames);
      expect([...a.heap.entries()].sort()).toEqual([...b.heap.entries()].sort());
    }
  });
});

describe("the PVM panel", () => {
  function open() {
    const selection = new SelectionStore();
    const panel = pvmPanel(pvm, bytecode, [], { language: "python", selection, source: SOURCE });
    document.body.append(panel.el);
    const $ = (id: string) => panel.el.querySelector(`#${id}`) as HTMLElement;
    return { panel, selection, $ };
  }

  test("steps forward and back, showing the stack top first, and the output at the end", () => {
    const { panel, selection, $ } = open();
    $("pvm-reset").click();
    expect($("pvm-pos").textContent).toBe(`step 1 of ${pvm.instructions}`);
    for (let i = 0; i < 8; i++) $("pvm-step").click();
    expect($("pvm-instr").textContent).toMatch(/^Next: CALL 1 — in <module>, line 6/);
    const stack = [...$("pvm-stack").querySelectorAll("li")].map((li) => li.textContent);
    expect(stack[0]).toBe("10");
    expect(stack[1]).toMatch(/^#\d+$/);
    expect(stack[2]).toBe("NULL");
    // The editor is shown the call; the Bytecode panel the instruction.
    expect(selection.get()?.origin).toBe("panel:pvm:python");
    expect(SOURCE.slice(selection.get()?.byteStart, selection.get()?.byteEnd)).toBe("fib(10)");
    expect(currentInstruction.get()).toEqual({ codeIndex: 0, offset: 18 });
    $("pvm-step").click();
    expect($("pvm-instr").textContent).toMatch(/in fib/);
    $("pvm-back").click();
    expect($("pvm-instr").textContent).toMatch(/CALL 1/);
    panel.el.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect($("pvm-instr").textContent).toMatch(/in fib/);
    expect($("pvm-output").textContent).toBe("(nothing printed yet)");
    $("pvm-end").click();
    expect($("pvm-output").textContent).toBe("55\n");
    expect($("pvm-pos").textContent).toMatch(/finished/);
    panel.destroy();
    expect(selection.get()).toBeNull();
  });

  test("run to cursor stops at the next step on the cursor's line", () => {
    const { panel, selection, $ } = open();
    $("pvm-reset").click();
    const line7 = new TextEncoder().encode(SOURCE.slice(0, SOURCE.indexOf("print"))).length;
    selection.set({ language: "python", byteStart: line7, byteEnd: line7, origin: "editor:python" });
    $("pvm-cursor").click();
    expect($("pvm-instr").textContent).toMatch(/line 7/);
    // print has not run yet: fib's result is computed, nothing is printed.
    expect($("pvm-output").textContent).toBe("(nothing printed yet)");
    panel.destroy();
  });

  test("a truncated trace says so; the files panel adds a file", () => {
    const cut: PvmStage = { ...pvm, trace: pvm.trace && { ...pvm.trace, steps: pvm.trace.steps.slice(0, 50), truncated: true } };
    const panel = pvmPanel(cut, bytecode, [], { language: "python", selection: new SelectionStore(), source: SOURCE });
    document.body.append(panel.el);
    expect(panel.el.querySelector(".pvm-truncated")?.textContent).toMatch(/Trace truncated after 50 steps/);
    (panel.el.querySelector("#pvm-add-file") as HTMLElement).click();
    expect(virtualFiles.get().map((f) => f.name)).toEqual(["config.toml"]);
    expect(panel.el.querySelector(".pvm-files-title")?.textContent).toBe("Virtual files (1)");
    virtualFiles.set([]);
    panel.destroy();
  });

  test("a GIL timeline appears when more than one thread ran", () => {
    const { trace } = pvm;
    if (!trace) throw new Error("no trace");
    const single = pvmPanel(pvm, bytecode, [], { language: "python", selection: new SelectionStore(), source: SOURCE });
    expect(single.el.querySelector(".pvm-gil")).toBeNull();
    single.destroy();
    // Steps 100–199 on thread 1: three bands (0, 1, 0).
    const steps = trace.steps.map((st, i) => (i >= 100 && i < 200 ? { ...st, thread: 1 } : st));
    const two: PvmStage = { ...pvm, trace: { ...trace, steps } };
    const panel = pvmPanel(two, bytecode, [], { language: "python", selection: new SelectionStore(), source: SOURCE });
    const rects = [...panel.el.querySelectorAll(".pvm-gil rect")];
    expect(rects.map((r) => [r.getAttribute("x"), r.getAttribute("width"), r.getAttribute("y")])).toEqual([
      ["0", "100", "0"],
      ["100", "100", "1"],
      ["200", String(steps.length - 200), "0"],
    ]);
    panel.destroy();
  });
});
