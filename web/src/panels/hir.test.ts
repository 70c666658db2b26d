//! Tests of the HIR panel: runs by innermost node, desugaring marks, and linking to the editor.
import { afterEach, describe, expect, test } from "vitest";
import type { HirMark, HirStage } from "../api";
import { SelectionStore } from "../selection";
import { hirPanel, hirRuns, isHirStage } from "./hir";

function mark(start: number, end: number, byteStart: number, byteEnd: number, desugaring: string | null): HirMark {
  return {
    start,
    end,
    desugaring,
    span: { byte_start: byteStart, byte_end: byteEnd, line_start: 1, column_start: 1, line_end: 1, column_end: 2 },
  };
}

// `next(&mut iter)` introduced by a `for` loop at bytes 16..60, around the user's `i` at 20..21.
const stage: HirStage = {
  text: "    next(i)\n",
  lines: [
    {
      text: "    next(i)",
      marks: [mark(4, 11, 16, 60, "for"), mark(9, 10, 20, 21, null)],
    },
  ],
};

afterEach(() => {
  document.body.replaceChildren();
});

describe("hir", () => {
  test("lines are cut into runs by the innermost node", () => {
    const runs = hirRuns(stage.lines[0]!);
    expect(runs.map((r) => [r.text, r.mark?.desugaring ?? "-"])).toEqual([
      ["    ", "-"],
      ["next(", "for"],
      ["i", "-"],
      [")", "for"],
    ]);
    expect(isHirStage(stage)).toBe(true);
    expect(isHirStage({ text: 1 })).toBe(false);
  });

  test("desugared runs are marked and link both ways", () => {
    const selection = new SelectionStore();
    const panel = hirPanel(stage, { language: "rust", selection });
    document.body.append(panel.el);
    const desugared = panel.el.querySelectorAll(".hir-desugared");
    expect(desugared.length).toBe(2);
    expect((desugared[0] as HTMLElement).title).toContain("introduced by for");
    desugared[0]!.dispatchEvent(new MouseEvent("mouseenter"));
    expect(selection.get()).toMatchObject({ byteStart: 16, byteEnd: 60, origin: "panel:hir:rust" });
    desugared[0]!.dispatchEvent(new MouseEvent("mouseleave"));
    // The editor's cursor on the user's `i` marks its run.
    selection.set({ language: "rust", byteStart: 20, byteEnd: 20, origin: "editor:rust" });
    const linked = [...panel.el.querySelectorAll(".is-linked")].map((e) => e.textContent);
    expect(linked).toContain("i");
    panel.destroy();
  });
});
