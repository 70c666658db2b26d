//! What every stage panel is, and the panels for stages with nothing of their own to show yet.

import type { Diagnostic, Language } from "../api";
import type { SelectionStore } from "../selection";

/** What a panel gets besides its stage JSON. */
export interface PanelContext {
  language: Language;
  selection: SelectionStore;
  /** The source the answer was computed from (for byte offsets to lines). */
  source?: string;
}

/** A rendered panel: its element, and how to let go of its subscriptions. */
export interface Panel {
  el: HTMLElement;
  destroy(): void;
}

/** Creates an element with a class and optional text. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Scrolls `el` into view inside its nearest `.panel-scroll` ancestor only (never the page). */
export function scrollIntoPanel(el: HTMLElement): void {
  const scroller = el.closest(".panel-scroll");
  if (!(scroller instanceof HTMLElement)) return;
  const box = scroller.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  const margin = 24;
  if (r.top < box.top + margin) scroller.scrollTop -= box.top + margin - r.top;
  else if (r.bottom > box.bottom - margin) scroller.scrollTop += r.bottom - (box.bottom - margin);
}

/** A panel that is only a message (loading, not built yet, the source). */
export function messagePanel(title: string, lines: readonly string[], className = ""): Panel {
  const el = h("div", `panel panel-message ${className}`.trim());
  el.append(h("p", "panel-message-title", title));
  for (const line of lines) el.append(h("p", undefined, line));
  return { el, destroy() {} };
}

/** The panel of a stage whose key the server does not answer yet. */
export function notBuiltPanel(label: string): Panel {
  return messagePanel(
    `${label}: not built yet`,
    [
      `The server does not compute the ${label} stage yet, so there is nothing to show here.`,
      "It will appear as soon as deepdive builds it.",
    ],
    "panel-not-built",
  );
}

/**
 * The panel of a stage that ran into errors and has no artifact (Python's AST on a syntax error):
 * each error as the real tool prints it, pointing at its place in the editor on hover.
 */
export function stageErrorPanel(
  label: string,
  diagnostics: readonly Diagnostic[],
  ctx: PanelContext,
): Panel {
  const { language, selection } = ctx;
  const origin = `panel:error:${language}`;
  const el = h("div", "panel panel-stage-error");
  const first = diagnostics[0];
  const what = first?.code ?? "error";
  el.append(h("p", "stage-error-title", `⚠ ${label}: stopped at ${/^[aeiou]/i.test(what) ? "an" : "a"} ${what}`));
  for (const d of diagnostics) {
    const pre = h("pre", "stage-error-text", d.rendered || `${d.severity}: ${d.message}`);
    const primary = d.labels.find((l) => l.primary) ?? d.labels[0];
    if (primary) {
      pre.title = "Point here to find it in the editor";
      pre.addEventListener("mouseenter", () =>
        selection.set({ language, byteStart: primary.span.byte_start, byteEnd: primary.span.byte_end, origin }),
      );
      pre.addEventListener("mouseleave", () => selection.release(origin));
    }
    el.append(pre);
  }
  el.append(
    h(
      "p",
      "stage-error-note",
      "Nothing to show until the code gets past this error. It is marked in the editor too: fix it there and this stage comes back.",
    ),
  );
  return {
    el,
    destroy() {
      selection.release(origin);
    },
  };
}

/**
 * A stage that exists but has no panel of its own yet: its `text` if it has one, else its JSON.
 * Bounded, so a huge artifact cannot freeze the page.
 */
export function rawPanel(stage: unknown): Panel {
  const el = h("div", "panel panel-raw");
  let text: string;
  if (typeof stage === "string") text = stage;
  else if (
    typeof stage === "object" &&
    stage !== null &&
    typeof (stage as { text?: unknown }).text === "string"
  ) {
    text = (stage as { text: string }).text;
  } else text = JSON.stringify(stage, null, 2) ?? "";
  const limit = 200_000;
  const pre = h("pre", "raw-text", text.length > limit ? `${text.slice(0, limit)}\n…` : text);
  el.append(pre);
  return { el, destroy() {} };
}
