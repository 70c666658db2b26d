//! The Bytecode panel (Python): CPython's `dis` listing per code object, linked to the editor both ways.
//!
//! A function of (bytecode stage JSON, shared selection) to DOM. Each code object is a section with
//! its instructions as `dis` prints them (line number on a line's first instruction, `>>` on jump
//! targets, offset, opname, arg, `(argrepr)`) and its exception table when it has one. Pointing at
//! an instruction (mouse or keyboard focus on its opname) writes its span into the selection;
//! whatever the selection holds marks the instructions compiled from the innermost span covering
//! it. An opname explains what it does to the value stack in a small tooltip. A toggle shows the
//! plain `dis` text instead.

import type { BytecodeCodeObject, BytecodeInstruction, BytecodeStage, Language } from "../api";
import type { Selection } from "../selection";
import { currentInstruction } from "../vmstate";
import { h, scrollIntoPanel } from "./panel";
import type { Panel, PanelContext } from "./panel";

/** What the reader chose, kept across answers (the panel is redrawn for every edit). */
export interface BytecodeViewState {
  view: "table" | "text";
}

const viewStates = new Map<Language, BytecodeViewState>();

/** The view state of one language's Bytecode panel. */
export function bytecodeViewState(language: Language): BytecodeViewState {
  let state = viewStates.get(language);
  if (state === undefined) {
    state = { view: "table" };
    viewStates.set(language, state);
  }
  return state;
}

/** Whether `stage` has the shape of docs/api.md's Bytecode stage. */
export function isBytecodeStage(stage: unknown): stage is BytecodeStage {
  if (typeof stage !== "object" || stage === null) return false;
  const { text, code_objects } = stage as { text?: unknown; code_objects?: unknown };
  return typeof text === "string" && Array.isArray(code_objects);
}

/** One instruction of the listing, with where it sits and its span copied out for lookups. */
export interface BytecodeRow {
  /** Index of its code object in `code_objects`. */
  code: number;
  instruction: BytecodeInstruction;
  /** Byte span, or -1/-1 when it has none (artificial instructions such as `RESUME`). */
  start: number;
  end: number;
}

function instructionsOf(co: BytecodeCodeObject): BytecodeInstruction[] {
  return Array.isArray(co.instructions) ? co.instructions : [];
}

/** Every instruction of every code object, in listing order. */
export function indexRows(stage: BytecodeStage): BytecodeRow[] {
  const rows: BytecodeRow[] = [];
  stage.code_objects.forEach((co, code) => {
    for (const instruction of instructionsOf(co)) {
      const s = instruction.span;
      const has = s !== null && s !== undefined && s.byte_end > s.byte_start;
      rows.push({ code, instruction, start: has ? s.byte_start : -1, end: has ? s.byte_end : -1 });
    }
  });
  return rows;
}

/**
 * The rows compiled from the innermost span covering a selection. A range `[start, end)` needs a
 * span containing all of it; a bare cursor counts as inside a span it touches at either end (so
 * `fib|(` finds `fib`), one it is strictly inside winning over one it only touches. The smallest
 * such span wins, and every row with that very span is returned (`COMPARE_OP` and its jump share
 * theirs). Rows without a span are never found.
 */
export function rowsAt(rows: readonly BytecodeRow[], start: number, end: number): number[] {
  const cursor = start === end;
  let bestSize = Infinity;
  let bestStrict = false;
  let bestStart = -1;
  let found: number[] = [];
  rows.forEach((row, i) => {
    const s = row.start;
    const e = row.end;
    if (s < 0 || s >= e) return;
    let strict: boolean;
    if (cursor) {
      if (start < s || start > e) return;
      strict = start < e;
    } else {
      if (start < s || end > e) return;
      strict = true;
    }
    const size = e - s;
    if (size < bestSize || (size === bestSize && strict && !bestStrict)) {
      bestSize = size;
      bestStrict = strict;
      bestStart = s;
      found = [i];
    } else if (size === bestSize && strict === bestStrict && s === bestStart) {
      found.push(i);
    }
  });
  return found;
}

/** The rows a selection marks in this language's panel (none for the other language's). */
export function markedRows(
  rows: readonly BytecodeRow[],
  language: Language,
  selection: Selection | null,
): number[] {
  if (selection === null || selection.language !== language) return [];
  return rowsAt(rows, selection.byteStart, selection.byteEnd);
}

/** The heading of a code object: `dis` names nested ones by qualname. */
export function codeTitle(co: BytecodeCodeObject): string {
  return `Disassembly of ${co.qualname || co.name}`;
}

/** An exception entry's end as `dis` prints it: the last instruction covered, not one past it. */
export function disEnd(end: number): number {
  return end - 2;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/** Renders the Bytecode panel for `stage` and links it to the shared selection. */
export function bytecodePanel(
  stage: BytecodeStage,
  ctx: PanelContext,
  state: BytecodeViewState = bytecodeViewState(ctx.language),
): Panel {
  const { language, selection } = ctx;
  const origin = `panel:bytecode:${language}`;
  const rows = indexRows(stage);
  const opcodes = typeof stage.opcodes === "object" && stage.opcodes !== null ? stage.opcodes : {};
  const idPrefix = `bc-${language}-`;

  const el = h("div", "panel panel-bytecode");
  const head = h("div", "panel-head");
  head.append(
    h(
      "span",
      "panel-count",
      `${plural(rows.length, "instruction")} in ${plural(stage.code_objects.length, "code object")}`,
    ),
  );
  const views = h("div", "ast-views");
  views.setAttribute("role", "group");
  views.setAttribute("aria-label", "Show the bytecode as");
  const tableButton = h("button", "ast-view-button", "Instructions");
  const textButton = h("button", "ast-view-button", "dis");
  tableButton.type = "button";
  textButton.type = "button";
  tableButton.dataset.view = "table";
  textButton.dataset.view = "text";
  textButton.title = 'The text of dis.dis(compile(source, "main.py", "exec"))';
  views.append(tableButton, textButton);
  const hint = h("span", "bc-hint", "Point at an instruction to find its source; at an opname for what it does");
  head.append(views, hint);
  el.append(head);

  const scroll = h("div", "panel-scroll");
  const listing = h("div", "bc-listing");
  scroll.append(listing);
  el.append(scroll);
  let textEl: HTMLPreElement | null = null;

  const tip = h("div", "bc-tip");
  tip.id = `${idPrefix}tip`;
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  el.append(tip);

  const trs: HTMLTableRowElement[] = [];
  stage.code_objects.forEach((co, code) => {
    const section = h("section", "bc-code");
    section.dataset.code = String(code);
    const title = h("h3", "bc-title");
    title.append(h("span", "bc-name", codeTitle(co)));
    if (typeof co.first_line === "number") title.append(h("span", "bc-first-line", `line ${co.first_line}`));
    section.append(title);

    const table = h("table", "bc-table");
    table.setAttribute("aria-label", `${codeTitle(co)}, instructions`);
    const thead = h("thead");
    const headRow = h("tr");
    for (const [label, cls] of [
      ["line", "bc-line"],
      ["", "bc-target"],
      ["offset", "bc-offset"],
      ["opname", "bc-opname"],
      ["arg", "bc-arg"],
      ["", "bc-argrepr"],
    ] as const) {
      const th = h("th", cls, label);
      th.scope = "col";
      if (label === "") th.setAttribute("aria-label", cls === "bc-target" ? "jump target" : "argument meaning");
      headRow.append(th);
    }
    thead.append(headRow);
    table.append(thead);
    const tbody = h("tbody");
    instructionsOf(co).forEach((ins, k) => {
      const i = trs.length;
      const tr = h("tr", "bc-row");
      tr.id = `${idPrefix}${i}`;
      tr.dataset.row = String(i);
      tr.dataset.opname = ins.opname;
      tr.dataset.offset = String(ins.offset);
      const row = rows[i] as BytecodeRow;
      if (row.start >= 0) {
        tr.dataset.start = String(row.start);
        tr.dataset.end = String(row.end);
      } else tr.classList.add("is-artificial");
      if (ins.starts_line !== null && ins.starts_line !== undefined && k > 0) tr.classList.add("bc-line-start");
      tr.append(
        h("td", "bc-line", ins.starts_line === null || ins.starts_line === undefined ? "" : String(ins.starts_line)),
        h("td", "bc-target", ins.jump_target ? ">>" : ""),
        h("td", "bc-offset", String(ins.offset)),
      );
      const opTd = h("td", "bc-opname");
      const op = h("span", "bc-op", ins.opname);
      op.tabIndex = 0;
      const what = opcodes[ins.opname];
      if (typeof what === "string") op.dataset.tip = what;
      op.setAttribute("aria-label", `${ins.opname} at offset ${ins.offset}${ins.argrepr ? `, ${ins.argrepr}` : ""}`);
      opTd.append(op);
      tr.append(
        opTd,
        h("td", "bc-arg", ins.arg === null || ins.arg === undefined ? "" : String(ins.arg)),
        h("td", "bc-argrepr", ins.argrepr ? `(${ins.argrepr})` : ""),
      );
      const s = ins.span;
      tr.title =
        s && row.start >= 0
          ? `${ins.opname} · from ${s.line_start}:${s.column_start}–${s.line_end}:${s.column_end}`
          : `${ins.opname} · no source of its own`;
      trs.push(tr);
      tbody.append(tr);
    });
    table.append(tbody);
    section.append(table);

    const exceptions = Array.isArray(co.exception_table) ? co.exception_table : [];
    if (exceptions.length > 0) {
      const ex = h("table", "bc-exceptions");
      ex.append(h("caption", "bc-exceptions-title", "ExceptionTable"));
      const exHead = h("tr");
      for (const label of ["start", "end", "target", "depth", "lasti"]) {
        const th = h("th", undefined, label);
        th.scope = "col";
        if (label === "end") th.title = "The last instruction covered, as dis prints it (the API's end is exclusive: this + 2)";
        exHead.append(th);
      }
      const exThead = h("thead");
      exThead.append(exHead);
      const exBody = h("tbody");
      for (const entry of exceptions) {
        const tr = h("tr");
        tr.append(
          h("td", undefined, String(entry.start)),
          h("td", undefined, String(disEnd(entry.end))),
          h("td", undefined, String(entry.target)),
          h("td", undefined, String(entry.depth)),
          h("td", undefined, entry.lasti ? "lasti" : ""),
        );
        exBody.append(tr);
      }
      ex.append(exThead, exBody);
      section.append(ex);
    }
    listing.append(section);
  });
  if (rows.length === 0) listing.append(h("p", "panel-empty", "No instructions."));

  // The opname tooltip: one element, placed next to the opname under the pointer or the focus.

  function showTip(op: HTMLElement): void {
    const text = op.dataset.tip;
    if (text === undefined) return;
    tip.replaceChildren(h("strong", undefined, op.textContent ?? ""), document.createTextNode(` ${text}`));
    tip.hidden = false;
    op.setAttribute("aria-describedby", tip.id);
    const box = el.getBoundingClientRect();
    const r = op.getBoundingClientRect();
    // Below the opname, kept inside the panel; above it when there is no room below.
    const left = Math.min(r.left - box.left, el.clientWidth - tip.offsetWidth - 4);
    tip.style.left = `${Math.max(0, left)}px`;
    const below = r.bottom - box.top + 4;
    const above = r.top - box.top - tip.offsetHeight - 4;
    tip.style.top = `${below + tip.offsetHeight > el.clientHeight && above >= 0 ? above : below}px`;
  }

  function hideTip(op: HTMLElement | null): void {
    tip.hidden = true;
    op?.removeAttribute("aria-describedby");
  }

  // Linking with the selection.

  /** The row pointed at from this panel (mouse or focus), or -1. */
  let pointed = -1;
  let marked: number[] = [];

  function point(i: number): void {
    const row = rows[i];
    pointed = i;
    if (row === undefined || row.start < 0) {
      selection.release(origin);
      redraw(selection.get());
      return;
    }
    selection.set({ language, byteStart: row.start, byteEnd: row.end, origin });
    // The store stays silent when the span is the same (two rows of one span): mark here.
    if (selection.get()?.origin === origin) redraw(selection.get());
  }

  function letGo(): void {
    pointed = -1;
    selection.release(origin);
  }

  function redraw(current: Selection | null): void {
    for (const i of marked) {
      trs[i]?.classList.remove("is-linked");
      trs[i]?.removeAttribute("aria-current");
    }
    if (current !== null && current.origin === origin) marked = pointed >= 0 ? [pointed] : [];
    else marked = markedRows(rows, language, current);
    for (const i of marked) {
      trs[i]?.classList.add("is-linked");
      trs[i]?.setAttribute("aria-current", "true");
    }
    const first = marked[0];
    if (first !== undefined && current !== null && current.origin !== origin && !listing.hidden) {
      const tr = trs[first];
      if (tr) scrollIntoPanel(tr);
    }
  }

  function rowOf(target: EventTarget | null): number {
    const tr = (target as HTMLElement | null)?.closest?.<HTMLElement>("tr.bc-row");
    return tr ? Number(tr.dataset.row) : -1;
  }

  listing.addEventListener("mouseover", (event) => {
    const target = event.target as HTMLElement | null;
    const i = rowOf(target);
    if (i >= 0 && i !== pointed) point(i);
    const op = target?.closest?.<HTMLElement>(".bc-op");
    if (op) showTip(op);
  });
  listing.addEventListener("mouseout", (event) => {
    const op = (event.target as HTMLElement | null)?.closest?.<HTMLElement>(".bc-op");
    if (op && document.activeElement !== op) hideTip(op);
  });
  listing.addEventListener("mouseleave", () => {
    hideTip(null);
    letGo();
  });
  listing.addEventListener("focusin", (event) => {
    const op = (event.target as HTMLElement | null)?.closest?.<HTMLElement>(".bc-op");
    if (!op) return;
    const i = rowOf(op);
    if (i >= 0) {
      point(i);
      const tr = trs[i];
      if (tr) scrollIntoPanel(tr);
    }
    showTip(op);
  });
  listing.addEventListener("focusout", (event) => {
    const op = (event.target as HTMLElement | null)?.closest?.<HTMLElement>(".bc-op");
    hideTip(op ?? null);
    letGo();
  });
  listing.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      hideTip(null);
      letGo();
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const i = rowOf(event.target);
    if (i < 0) return;
    const next = trs[event.key === "ArrowDown" ? Math.min(i + 1, trs.length - 1) : Math.max(i - 1, 0)];
    const op = next?.querySelector<HTMLElement>(".bc-op");
    if (op) {
      event.preventDefault();
      op.focus({ preventScroll: true });
    }
  });

  // The two views.

  function showView(view: "table" | "text"): void {
    if (view !== state.view) scroll.scrollTop = 0;
    state.view = view;
    tableButton.setAttribute("aria-pressed", String(view === "table"));
    textButton.setAttribute("aria-pressed", String(view === "text"));
    listing.hidden = view !== "table";
    hint.hidden = view !== "table";
    if (view === "text" && textEl === null) {
      textEl = h("pre", "bc-text", stage.text);
      textEl.tabIndex = 0;
      textEl.setAttribute("aria-label", "The dis text");
      scroll.append(textEl);
    }
    if (textEl) textEl.hidden = view !== "text";
    hideTip(null);
  }
  tableButton.addEventListener("click", () => showView("table"));
  textButton.addEventListener("click", () => showView("text"));
  showView(state.view);

  const unsubscribe = selection.subscribe(redraw);
  redraw(selection.get());

  // The instruction the PVM stepper stands at, marked with ▶.
  let currentRow: HTMLElement | null = null;
  function markCurrent(): void {
    currentRow?.classList.remove("is-current");
    currentRow = null;
    const at = currentInstruction.get();
    if (at === null || language !== "python") return;
    const row = listing.querySelector<HTMLElement>(
      `section[data-code="${at.codeIndex}"] tr[data-offset="${at.offset}"]`,
    );
    if (row) {
      row.classList.add("is-current");
      row.title = `${row.title} · the PVM stepper is here`;
      currentRow = row;
    }
  }
  const unsubscribeCurrent = currentInstruction.subscribe(markCurrent);
  markCurrent();
  // Once the panel is on the page, bring the row under the editor's cursor into view.
  if (typeof requestAnimationFrame === "function") {
    requestAnimationFrame(() => {
      const tr = trs[marked[0] ?? -1];
      if (tr && el.isConnected && !listing.hidden) scrollIntoPanel(tr);
    });
  }

  return {
    el,
    destroy() {
      unsubscribe();
      unsubscribeCurrent();
      if (selection.get()?.origin === origin) selection.release(origin);
    },
  };
}
