//! What every stage panel is, and the panels for stages with nothing of their own to show yet.

import type { Language } from "../api";
import type { SelectionStore } from "../selection";

/** What a panel gets besides its stage JSON. */
export interface PanelContext {
  language: Language;
  selection: SelectionStore;
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
