//! The HIR panel: the desugared Rust program, each piece linked to the source it came from.
//!
//! A function of (hir stage JSON, shared selection) to DOM. Every line is cut into runs of text
//! that belong to the same innermost HIR node; a run the desugaring introduced (a `for` loop's
//! `match next(&mut iter)`, the `format_args!` of a `println!`) is marked and says what made it.
//! Pointing at a run lights up its source in the editor; the editor's cursor marks the runs
//! whose source it is in.

import type { HirLine, HirMark, HirStage } from "../api";
import type { Selection } from "../selection";
import { overlaps } from "../selection";
import { h } from "./panel";
import type { Panel, PanelContext } from "./panel";

/** Whether a stage JSON has the HIR stage's shape. */
export function isHirStage(stage: unknown): stage is HirStage {
  return (
    typeof stage === "object" &&
    stage !== null &&
    typeof (stage as { text?: unknown }).text === "string" &&
    Array.isArray((stage as { lines?: unknown }).lines)
  );
}

/** A run of a line's text and the innermost node it belongs to (null: indentation, no node). */
export interface HirRun {
  text: string;
  mark: HirMark | null;
}

/** Cuts a line into runs by the innermost mark covering each character. */
export function hirRuns(line: HirLine): HirRun[] {
  const chars = Array.from(line.text);
  const owner: (HirMark | null)[] = chars.map(() => null);
  // Marks come outermost first, so later (inner) marks overwrite earlier ones.
  for (const m of line.marks) {
    for (let i = Math.max(0, m.start); i < Math.min(chars.length, m.end); i++) owner[i] = m;
  }
  const runs: HirRun[] = [];
  chars.forEach((c, i) => {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.mark === owner[i]) last.text += c;
    else runs.push({ text: c, mark: owner[i] ?? null });
  });
  return runs;
}

function describe(mark: HirMark): string {
  const s = mark.span;
  const where = `${s.line_start}:${s.column_start}–${s.line_end}:${s.column_end}`;
  return mark.desugaring === null
    ? `written in the source at ${where}`
    : `introduced by ${mark.desugaring} (source ${where})`;
}

/** Renders the HIR panel for `stage` and links it to the shared selection. */
export function hirPanel(stage: HirStage, ctx: PanelContext): Panel {
  const { language, selection } = ctx;
  const origin = `panel:hir:${language}`;
  const el = h("div", "panel panel-hir");
  const head = h("div", "panel-head");
  head.append(
    h(
      "span",
      "panel-count",
      "The program after desugaring and name resolution, as rustc -Zunpretty=hir prints it. Marked code was introduced by a desugaring.",
    ),
  );
  el.append(head);
  const pre = h("pre", "hir-text");
  pre.setAttribute("aria-label", "HIR of the Rust program");
  const runEls: { el: HTMLElement; mark: HirMark }[] = [];
  for (const line of stage.lines) {
    const row = h("div", "hir-line");
    for (const run of hirRuns(line)) {
      if (run.mark === null) {
        row.append(document.createTextNode(run.text));
        continue;
      }
      const mark = run.mark;
      const span = h("span", mark.desugaring === null ? "hir-run" : "hir-run hir-desugared", run.text);
      span.title = describe(mark);
      if (mark.desugaring !== null) span.dataset.desugaring = mark.desugaring;
      span.addEventListener("mouseenter", () =>
        selection.set({ language, byteStart: mark.span.byte_start, byteEnd: mark.span.byte_end, origin }),
      );
      span.addEventListener("mouseleave", () => selection.release(origin));
      runEls.push({ el: span, mark });
      row.append(span);
    }
    if (line.text === "") row.append(document.createTextNode(" "));
    pre.append(row);
  }
  const scroll = h("div", "panel-scroll");
  scroll.append(pre);
  el.append(scroll);

  function redraw(current: Selection | null): void {
    for (const r of runEls) {
      let linked = false;
      if (current !== null && current.language === language && current.origin !== origin) {
        const s = r.mark.span;
        linked =
          current.byteStart === current.byteEnd
            ? s.byte_start <= current.byteStart && current.byteStart < s.byte_end
            : overlaps(current.byteStart, current.byteEnd, s.byte_start, s.byte_end);
      }
      r.el.classList.toggle("is-linked", linked);
    }
  }
  const unsubscribe = selection.subscribe(redraw);
  redraw(selection.get());
  return {
    el,
    destroy() {
      unsubscribe();
      selection.release(origin);
    },
  };
}
