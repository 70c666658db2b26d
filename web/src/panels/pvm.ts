//! The PVM panel: a stepper over the recorded run (value stack, frames, heap with refcounts and arrows, output), and the virtual files.
//!
//! The server sends the whole (bounded) trace in one answer; Step, Back, the slider, Run to end and
//! Run to cursor only walk it (DESIGN.md §8). The current instruction is written into the shared
//! selection (the editor lights its source) and into `currentInstruction` (the Bytecode panel marks it).

import type { BytecodeStage, Diagnostic, PvmStage, PvmStep, PvmVal, VirtualFile } from "../api";
import { isEditorOrigin } from "../selection";
import { Replay } from "../trace";
import { currentInstruction, virtualFiles } from "../vmstate";
import { h } from "./panel";
import type { Panel, PanelContext } from "./panel";

/** Where the reader stands: kept across redraws of the same program. */
let remembered: { key: string; pos: number } | null = null;

const MAX_ARROWS = 200;

function valEl(v: PvmVal): HTMLElement {
  if (typeof v === "number") {
    const el = h("span", "pvm-ref", `#${v}`);
    el.dataset.ref = String(v);
    el.title = `A reference to heap object #${v}`;
    return el;
  }
  const el = h("span", v === "NULL" ? "pvm-val pvm-null" : "pvm-val", v);
  if (v === "NULL") el.title = "CPython's NULL marker (PUSH_NULL), never seen by programs";
  return el;
}

/** The virtual files editor; one element for the page, so typing survives redraws. */
let filesEl: HTMLElement | null = null;

function filesPanel(): HTMLElement {
  if (filesEl) return filesEl;
  const el = h("details", "pvm-files");
  el.id = "pvm-files";
  const summary = h("summary", "pvm-files-title");
  el.append(summary);
  const list = h("div", "pvm-files-list");
  const add = h("button", "pvm-button", "Add a file");
  add.type = "button";
  add.id = "pvm-add-file";
  el.append(
    h("p", "pvm-files-note", "Files the program can open(). They are sent with the code; the run is redone when they change."),
    list,
    add,
  );
  const update = (files: VirtualFile[]) => virtualFiles.set(files);
  function draw(): void {
    const files = virtualFiles.get();
    summary.textContent = `Virtual files (${files.length})`;
    if (list.childElementCount === files.length) return;
    list.replaceChildren();
    files.forEach((f, i) => {
      const row = h("div", "pvm-file");
      const name = h("input", "pvm-file-name");
      name.value = f.name;
      name.setAttribute("aria-label", "File name");
      const content = h("textarea", "pvm-file-content");
      content.value = f.content;
      content.rows = 3;
      content.setAttribute("aria-label", `Contents of ${f.name}`);
      const remove = h("button", "pvm-button", "Remove");
      remove.type = "button";
      remove.setAttribute("aria-label", `Remove ${f.name}`);
      name.addEventListener("input", () => {
        const next = [...virtualFiles.get()];
        next[i] = { name: name.value, content: content.value };
        update(next);
      });
      content.addEventListener("input", () => {
        const next = [...virtualFiles.get()];
        next[i] = { name: name.value, content: content.value };
        update(next);
      });
      remove.addEventListener("click", () => {
        list.replaceChildren();
        update(virtualFiles.get().filter((_, j) => j !== i));
      });
      row.append(name, remove, content);
      list.append(row);
    });
  }
  add.addEventListener("click", () => {
    const files = virtualFiles.get();
    const name = files.some((f) => f.name === "config.toml") ? `file${files.length + 1}.txt` : "config.toml";
    el.open = true;
    update([...files, { name, content: name === "config.toml" ? 'name = "deepdive"\ndebug = true\n' : "" }]);
  });
  virtualFiles.subscribe(draw);
  draw();
  filesEl = el;
  return el;
}

export function pvmPanel(
  stage: PvmStage | null,
  bytecode: BytecodeStage | null,
  diagnostics: readonly Diagnostic[],
  ctx: PanelContext,
): Panel {
  const { language, selection } = ctx;
  const origin = `panel:pvm:${language}`;
  const el = h("div", "panel panel-pvm");
  const files = filesPanel();
  if (stage === null) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    el.append(h("p", "panel-message-title", "PVM: nothing to run"));
    el.append(
      h(
        "p",
        undefined,
        errors.length > 0
          ? "The program does not compile, so the VM has nothing to run: see the diagnostics below."
          : "The server did not run this program.",
      ),
    );
    for (const d of errors) el.append(h("pre", "stage-error-text", d.rendered));
    el.append(files);
    return { el, destroy() {} };
  }

  const trace = stage.trace;
  const steps: readonly PvmStep[] = trace?.steps ?? [];
  const replay = new Replay(steps);
  const n = steps.length;
  const stdoutBytes = new TextEncoder().encode(stage.stdout);
  const decoder = new TextDecoder();
  const key = `${ctx.source ?? ""}\u0000${stage.instructions}`;
  let pos = remembered && remembered.key === key ? Math.min(remembered.pos, n) : 0;

  // Controls.
  const controls = h("div", "pvm-controls");
  controls.setAttribute("role", "toolbar");
  controls.setAttribute("aria-label", "Step through the run");
  const button = (id: string, text: string, title: string) => {
    const b = h("button", "pvm-button", text);
    b.type = "button";
    b.id = id;
    b.title = title;
    return b;
  };
  const resetB = button("pvm-reset", "« Start", "Back to the first instruction (Home)");
  const backB = button("pvm-back", "◀ Back", "One instruction back (←)");
  const stepB = button("pvm-step", "Step ▶", "Run one instruction (→)");
  const endB = button("pvm-end", "Run to end »", "Jump to the end of the run (End)");
  const cursorB = button("pvm-cursor", "Run to cursor", "Run until the line of the editor's cursor");
  const slider = h("input", "pvm-slider");
  slider.type = "range";
  slider.id = "pvm-slider";
  slider.min = "0";
  slider.max = String(n);
  slider.setAttribute("aria-label", "Position in the run");
  const posEl = h("span", "pvm-pos");
  posEl.id = "pvm-pos";
  posEl.setAttribute("aria-live", "polite");
  controls.append(resetB, backB, stepB, endB, cursorB, slider, posEl);

  const instrEl = h("p", "pvm-instr");
  instrEl.id = "pvm-instr";
  const explainEl = h("p", "pvm-explain");
  explainEl.id = "pvm-explain";
  const noteEl = h("p", "pvm-note");
  noteEl.hidden = true;
  el.append(controls, instrEl, explainEl);
  if (trace?.truncated) {
    el.append(
      h(
        "p",
        "pvm-truncated",
        `⚠ Trace truncated after ${n.toLocaleString("en")} steps: the run went on (${stage.instructions.toLocaleString("en")} instructions in all), and its whole output is shown at the end.`,
      ),
    );
  }
  el.append(noteEl);

  // The GIL timeline, when more than one thread ran.
  const threads = new Set(steps.map((s) => s.thread));
  let gilCursor: SVGLineElement | null = null;
  if (threads.size > 1) {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.classList.add("pvm-gil");
    svg.setAttribute("viewBox", `0 0 ${n} ${threads.size}`);
    svg.setAttribute("preserveAspectRatio", "none");
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", `Which of ${threads.size} threads held the GIL at each step`);
    const ids = [...threads].sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= n; i++) {
      const t = steps[start]?.thread ?? 0;
      if (i === n || steps[i]?.thread !== t) {
        const r = document.createElementNS(ns, "rect");
        r.setAttribute("x", String(start));
        r.setAttribute("y", String(ids.indexOf(t)));
        r.setAttribute("width", String(i - start));
        r.setAttribute("height", "1");
        r.setAttribute("class", `pvm-gil-t${ids.indexOf(t) % 6}`);
        svg.append(r);
        start = i;
      }
    }
    gilCursor = document.createElementNS(ns, "line");
    gilCursor.setAttribute("y1", "0");
    gilCursor.setAttribute("y2", String(threads.size));
    gilCursor.classList.add("pvm-gil-cursor");
    svg.append(gilCursor);
    const wrap = h("div", "pvm-gil-wrap");
    wrap.append(h("span", "pvm-label", "GIL"), svg);
    el.append(wrap);
  }

  // The state panes.
  const grid = h("div", "pvm-grid");
  const codeCol = h("section", "pvm-col pvm-code");
  codeCol.setAttribute("aria-label", "Bytecode of the running code object");
  const codeTitle = h("h3", "pvm-title", "Bytecode");
  const codeList = h("ol", "pvm-code-list");
  codeCol.append(codeTitle, codeList);
  const midCol = h("div", "pvm-col pvm-mid");
  const stackSec = h("section", "pvm-stack");
  stackSec.setAttribute("aria-label", "Value stack, top first");
  const stackList = h("ol", "pvm-stack-list");
  stackList.id = "pvm-stack";
  stackSec.append(h("h3", "pvm-title", "Value stack (top first)"), stackList);
  const framesSec = h("section", "pvm-frames");
  framesSec.setAttribute("aria-label", "Frames, innermost first");
  const framesList = h("div", "pvm-frames-list");
  framesSec.append(h("h3", "pvm-title", "Frames (innermost first)"), framesList);
  midCol.append(stackSec, framesSec);
  const heapCol = h("section", "pvm-col pvm-heap");
  heapCol.setAttribute("aria-label", "Heap objects with reference counts");
  const heapList = h("div", "pvm-heap-list");
  heapCol.append(h("h3", "pvm-title", "Heap (refcounts)"), heapList);
  const svgNs = "http://www.w3.org/2000/svg";
  const arrows = document.createElementNS(svgNs, "svg");
  arrows.classList.add("pvm-arrows");
  arrows.setAttribute("aria-hidden", "true");
  grid.append(codeCol, midCol, heapCol, arrows);
  el.append(grid);

  const outSec = h("section", "pvm-output");
  outSec.setAttribute("aria-label", "Program output");
  const outPre = h("pre", "pvm-output-text");
  outPre.id = "pvm-output";
  outSec.append(h("h3", "pvm-title", "Output"), outPre);
  el.append(outSec, files);

  // The bytecode of the code object running, drawn when it changes.
  let shownCode = -1;
  let codeRows = new Map<number, HTMLElement>();
  function drawCode(step: PvmStep | undefined): void {
    const entry = step ? trace?.codes[step.code] : undefined;
    const bi = entry?.bytecode_index ?? null;
    const co = bi !== null && bytecode ? bytecode.code_objects[bi] : undefined;
    if (step && step.code !== shownCode) {
      shownCode = step.code;
      codeRows = new Map();
      codeList.replaceChildren();
      codeTitle.textContent = entry ? `Bytecode of ${entry.qualname}` : "Bytecode";
      for (const ins of co?.instructions ?? []) {
        const li = h("li", "pvm-code-row");
        li.append(
          h("span", "pvm-code-offset", String(ins.offset)),
          h("span", "pvm-code-op", ins.opname),
          h("span", "pvm-code-arg", ins.argrepr ? `(${ins.argrepr})` : ins.arg === null ? "" : String(ins.arg)),
        );
        codeRows.set(ins.offset, li);
        codeList.append(li);
      }
    }
    for (const li of codeRows.values()) {
      li.classList.remove("is-current");
      li.removeAttribute("aria-current");
    }
    const li = step ? codeRows.get(step.offset) : undefined;
    if (li) {
      li.classList.add("is-current");
      li.setAttribute("aria-current", "step");
      const box = codeList.getBoundingClientRect();
      const r = li.getBoundingClientRect();
      if (r.top < box.top || r.bottom > box.bottom) codeList.scrollTop += r.top - box.top - box.height / 3;
    }
    if (step && bi !== null) currentInstruction.set({ codeIndex: bi, offset: step.offset });
  }

  /** What the next instruction does to the stack, from the Bytecode stage's opcode table. */
  function explain(step: PvmStep): string {
    const bi = trace?.codes[step.code]?.bytecode_index ?? null;
    const ins = bi !== null && bytecode ? bytecode.code_objects[bi]?.instructions.find((i) => i.offset === step.offset) : undefined;
    const what = ins && bytecode?.opcodes ? bytecode.opcodes[ins.opname] : undefined;
    return typeof what === "string" ? what : "";
  }

  function describe(step: PvmStep): string {
    const entry = trace?.codes[step.code];
    const bi = entry?.bytecode_index ?? null;
    const ins = bi !== null && bytecode ? bytecode.code_objects[bi]?.instructions.find((i) => i.offset === step.offset) : undefined;
    const what = ins ? `${ins.opname}${ins.argrepr ? ` (${ins.argrepr})` : ins.arg !== null ? ` ${ins.arg}` : ""}` : `offset ${step.offset}`;
    const where = `${entry?.qualname ?? "?"}${step.line !== null && step.line > 0 ? `, line ${step.line}` : ""}`;
    return `Next: ${what} — in ${where}, offset ${step.offset}`;
  }


  function draw(): void {
    const finished = pos >= n;
    const i = Math.min(pos, n - 1);
    const step = steps[i];
    const state = replay.at(i);
    slider.value = String(pos);
    posEl.textContent = n === 0 ? "no steps" : finished ? `finished · ${n} steps` : `step ${pos + 1} of ${n}`;
    backB.disabled = pos <= 0;
    resetB.disabled = pos <= 0;
    stepB.disabled = finished;
    endB.disabled = finished;
    if (finished) {
      instrEl.textContent =
        stage!.exit_code === 0
          ? `The program finished (exit code 0) after ${stage!.instructions.toLocaleString("en")} instructions.`
          : `The program stopped with exit code ${stage!.exit_code}.`;
    } else if (step) instrEl.textContent = describe(step);
    explainEl.textContent = finished || !step ? "" : explain(step);
    el.dataset.pos = String(pos);
    if (gilCursor) {
      gilCursor.setAttribute("x1", String(pos));
      gilCursor.setAttribute("x2", String(pos));
    }

    // Stack, top first.
    stackList.replaceChildren();
    if (state.stack.length === 0) stackList.append(h("li", "pvm-empty", "empty"));
    for (let k = state.stack.length - 1; k >= 0; k--) {
      const li = h("li", "pvm-slot");
      li.append(valEl(state.stack[k] as PvmVal));
      stackList.append(li);
    }

    // Frames, innermost first.
    framesList.replaceChildren();
    for (let k = state.frames.length - 1; k >= 0; k--) {
      const f = state.frames[k];
      if (!f) continue;
      const box = h("div", k === state.frames.length - 1 ? "pvm-frame is-running" : "pvm-frame");
      box.append(h("p", "pvm-frame-name", `${f.name}${f.line !== null && f.line > 0 ? ` · line ${f.line}` : ""}`));
      const table = h("table", "pvm-locals");
      for (const [name, v] of f.locals) {
        const tr = h("tr");
        const td = h("td");
        td.append(valEl(v));
        tr.append(h("th", undefined, name), td);
        table.append(tr);
      }
      if (f.locals.length === 0) box.append(h("p", "pvm-empty", "no variables yet"));
      else box.append(table);
      framesList.append(box);
    }

    // Heap objects, by id.
    heapList.replaceChildren();
    const objects = [...state.heap.values()].sort((a, b) => a.id - b.id);
    if (objects.length === 0) heapList.append(h("p", "pvm-empty", "no objects reachable yet"));
    for (const o of objects) {
      const box = h("div", "pvm-obj");
      box.dataset.obj = String(o.id);
      const head = h("p", "pvm-obj-head");
      head.append(
        h("span", "pvm-obj-id", `#${o.id}`),
        h("span", "pvm-obj-type", o.type),
        h("span", "pvm-rc", `refcount ${o.rc}`),
      );
      box.append(head);
      if (o.repr && o.repr !== o.type) box.append(h("p", "pvm-obj-repr", o.repr));
      if (o.refs.length > 0) {
        const table = h("table", "pvm-locals");
        for (const [label, v] of o.refs) {
          const tr = h("tr");
          const td = h("td");
          td.append(valEl(v));
          tr.append(h("th", undefined, label), td);
          table.append(tr);
        }
        box.append(table);
      }
      if (o.more) box.append(h("p", "pvm-empty", `…and ${o.more} more`));
      heapList.append(box);
    }

    // Output so far; the whole of it (and stderr) at the end.
    const out = finished ? stage!.stdout : decoder.decode(stdoutBytes.slice(0, step?.out ?? 0));
    outPre.textContent = finished && stage!.stderr ? `${out}${stage!.stderr}` : out;
    outPre.classList.toggle("is-empty", outPre.textContent === "");
    if (outPre.textContent === "") outPre.textContent = "(nothing printed yet)";

    drawCode(finished ? steps[n - 1] : step);
    if (step?.span && !finished) {
      selection.set({ language, byteStart: step.span[0], byteEnd: step.span[1], origin });
    } else selection.release(origin);
    remembered = { key, pos };
    scheduleArrows();
  }

  // Arrows from stack slots, locals and references to the heap objects.
  let arrowFrame = 0;
  function scheduleArrows(): void {
    if (typeof requestAnimationFrame !== "function") return;
    cancelAnimationFrame(arrowFrame);
    arrowFrame = requestAnimationFrame(drawArrows);
  }
  function drawArrows(): void {
    arrows.replaceChildren();
    if (!el.isConnected) return;
    const g = grid.getBoundingClientRect();
    arrows.setAttribute("width", String(g.width));
    arrows.setAttribute("height", String(g.height));
    arrows.setAttribute("viewBox", `0 0 ${g.width} ${g.height}`);
    const defs = document.createElementNS(svgNs, "defs");
    const marker = document.createElementNS(svgNs, "marker");
    marker.id = "pvm-arrowhead";
    marker.setAttribute("viewBox", "0 0 8 8");
    marker.setAttribute("refX", "7");
    marker.setAttribute("refY", "4");
    marker.setAttribute("markerWidth", "7");
    marker.setAttribute("markerHeight", "7");
    marker.setAttribute("orient", "auto");
    const tip = document.createElementNS(svgNs, "path");
    tip.setAttribute("d", "M0,0 L8,4 L0,8 z");
    marker.append(tip);
    defs.append(marker);
    arrows.append(defs);
    let count = 0;
    for (const ref of grid.querySelectorAll<HTMLElement>(".pvm-ref")) {
      if (count >= MAX_ARROWS) break;
      const target = heapList.querySelector<HTMLElement>(`[data-obj="${ref.dataset.ref}"]`);
      if (!target) continue;
      const a = ref.getBoundingClientRect();
      const b = target.getBoundingClientRect();
      if (a.width === 0 || b.width === 0) continue;
      const inHeap = heapList.contains(ref);
      const x1 = a.right - g.left;
      const y1 = a.top + a.height / 2 - g.top;
      let d: string;
      if (inHeap) {
        // Between heap objects: a loop on the right side of the heap column.
        const x2 = b.right - g.left;
        const y2 = b.top + 12 - g.top;
        const bend = Math.min(g.width - 4, Math.max(x1, x2) + 16 + Math.min(40, Math.abs(y2 - y1) / 8));
        d = `M${x1},${y1} C${bend},${y1} ${bend},${y2} ${x2},${y2}`;
      } else {
        const x2 = b.left - g.left;
        const y2 = b.top + 12 - g.top;
        const mid = (x1 + x2) / 2;
        d = `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
      }
      const path = document.createElementNS(svgNs, "path");
      path.setAttribute("d", d);
      path.setAttribute("marker-end", "url(#pvm-arrowhead)");
      arrows.append(path);
      count++;
    }
  }

  function go(next: number): void {
    pos = Math.max(0, Math.min(n, next));
    noteEl.hidden = true;
    draw();
  }

  // The editor's cursor, for Run to cursor.
  let cursorByte: number | null = null;
  const unsubscribe = selection.subscribe((s) => {
    if (s && s.language === language && isEditorOrigin(s.origin)) cursorByte = s.byteStart;
  });
  const initial = selection.get();
  if (initial && initial.language === language && isEditorOrigin(initial.origin)) cursorByte = initial.byteStart;
  const sourceBytes = new TextEncoder().encode(ctx.source ?? "");
  function lineOf(byte: number): number {
    let line = 1;
    for (let k = 0; k < Math.min(byte, sourceBytes.length); k++) if (sourceBytes[k] === 10) line++;
    return line;
  }
  function runToCursor(): void {
    if (cursorByte === null) {
      noteEl.textContent = "Put the cursor on a line in the editor first.";
      noteEl.hidden = false;
      return;
    }
    const line = lineOf(cursorByte);
    const from = pos < n ? pos + 1 : 0;
    for (let k = from; k < n; k++) {
      if (steps[k]?.line === line && steps[k]?.span) return go(k);
    }
    for (let k = 0; k < Math.min(from, n); k++) {
      if (steps[k]?.line === line && steps[k]?.span) return go(k);
    }
    noteEl.textContent = `Line ${line} never runs${trace?.truncated ? " in the recorded steps" : ""}.`;
    noteEl.hidden = false;
  }

  resetB.addEventListener("click", () => go(0));
  backB.addEventListener("click", () => go(pos - 1));
  stepB.addEventListener("click", () => go(pos + 1));
  endB.addEventListener("click", () => go(n));
  cursorB.addEventListener("click", runToCursor);
  slider.addEventListener("input", () => go(Number(slider.value)));
  el.tabIndex = -1;
  el.addEventListener("keydown", (e) => {
    const t = e.target as HTMLElement;
    if (t.tagName === "INPUT" || t.tagName === "TEXTAREA") return;
    if (e.key === "ArrowRight") go(pos + 1);
    else if (e.key === "ArrowLeft") go(pos - 1);
    else if (e.key === "Home") go(0);
    else if (e.key === "End") go(n);
    else return;
    e.preventDefault();
  });
  const onResize = () => scheduleArrows();
  window.addEventListener("resize", onResize);
  grid.addEventListener("scroll", onResize, true);

  draw();
  return {
    el,
    destroy() {
      unsubscribe();
      window.removeEventListener("resize", onResize);
      if (typeof cancelAnimationFrame === "function") cancelAnimationFrame(arrowFrame);
      selection.release(origin);
    },
  };
}
