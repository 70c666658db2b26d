//! The Tokens panel: every token as a chip coloured by category, linked to the editor both ways.
//!
//! A function of (tokens stage JSON, shared selection) to DOM. Pointing at a chip (mouse, or arrow
//! keys when the list has focus) writes its span into the selection; whatever the selection holds
//! (the editor's cursor, another panel's pointer) marks the chips it covers.

import { TOKEN_CATEGORIES } from "../api";
import type { Language, Token, TokenCategory, TokensStage } from "../api";
import type { Selection } from "../selection";
import { overlaps } from "../selection";
import { h, scrollIntoPanel } from "./panel";
import type { Panel, PanelContext } from "./panel";

/** Python tokens shown by their name, since their text is whitespace or nothing. */
const NAMED_KINDS = new Set(["NEWLINE", "NL", "INDENT", "DEDENT", "ENCODING", "ENDMARKER"]);

/** The CSS class of a category; an unknown category gets a neutral class rather than none. */
export function categoryClass(category: string): string {
  return (TOKEN_CATEGORIES as readonly string[]).includes(category)
    ? `tok-${category}`
    : "tok-unknown";
}

/** The seed's table of categories, with the examples of each language. */
export const LEGEND: Record<TokenCategory, { label: string; rust: string; python: string }> = {
  keyword: { label: "Keyword", rust: "fn, let, if, return, mut, pub", python: "def, if, return, class, import" },
  identifier: { label: "Identifier", rust: "fib, n, result", python: "fib, n, result" },
  literal: { label: "Literal", rust: '1, 2, "hello"', python: '1, 2, "hello"' },
  operator: { label: "Operator", rust: "+, -, <=, ->", python: "+, -, <=, **" },
  delimiter: { label: "Delimiter", rust: "{ } ( ) ; :", python: "( ) : INDENT DEDENT NEWLINE" },
  type: { label: "Type", rust: "u64, String, Vec<T>", python: "optional hints: int, str" },
  comment: { label: "Comment", rust: "// …", python: "# …" },
  trivia: { label: "Trivia", rust: "whitespace (not listed)", python: "NL, ENCODING, ENDMARKER" },
  error: { label: "Error", rust: "what the lexer cannot read", python: "ERRORTOKEN" },
};

/** The text a chip shows for a token. */
export function chipText(token: Token): string {
  if (NAMED_KINDS.has(token.kind) || token.text === "") return token.kind;
  const visible = token.text.replace(/\r\n|\r|\n/g, "⏎").replace(/\t/g, "⇥");
  return visible.length > 40 ? `${visible.slice(0, 39)}…` : visible;
}

/** Whether a token is shown dimmed (trivia: NL, ENCODING, ENDMARKER). */
export function isDimmed(token: Token): boolean {
  return token.category === "trivia";
}

function isWordy(token: Token): boolean {
  return (
    !NAMED_KINDS.has(token.kind) &&
    (token.category === "keyword" ||
      token.category === "identifier" ||
      token.category === "literal" ||
      token.category === "type")
  );
}

/**
 * The index of the token a bare cursor at byte `pos` is on: the token containing it, or the one
 * ending right before it when that one is a word and the containing one is not (`fib|(` → `fib`).
 */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let containing = -1;
  let before = -1;
  for (let i = 0; i < tokens.length; i++) {
    const s = (tokens[i] as Token).span;
    if (s.byte_start === s.byte_end) continue;
    if (s.byte_start <= pos && pos < s.byte_end && containing < 0) containing = i;
    if (s.byte_end === pos) before = i;
    if (s.byte_start > pos) break;
  }
  if (containing >= 0 && before >= 0) {
    const c = tokens[containing] as Token;
    const b = tokens[before] as Token;
    return isWordy(b) && !isWordy(c) ? before : containing;
  }
  return containing >= 0 ? containing : before;
}

/** Indices of the tokens a selection marks. */
export function markedTokens(
  tokens: readonly Token[],
  language: Language,
  selection: Selection | null,
): number[] {
  if (selection === null || selection.language !== language) return [];
  const { byteStart, byteEnd } = selection;
  if (byteStart === byteEnd) {
    const i = tokenAt(tokens, byteStart);
    return i >= 0 ? [i] : [];
  }
  const marked: number[] = [];
  tokens.forEach((t, i) => {
    if (overlaps(byteStart, byteEnd, t.span.byte_start, t.span.byte_end)) marked.push(i);
  });
  return marked;
}

function legend(language: Language, tokens: readonly Token[]): HTMLElement {
  const present = new Set(tokens.map((t) => t.category));
  const el = h("div", "tok-legend");
  el.setAttribute("aria-label", "Token categories");
  el.setAttribute("role", "list");
  for (const category of TOKEN_CATEGORIES) {
    if (category === "trivia" && language === "rust" && !present.has("trivia")) continue;
    const entry = LEGEND[category];
    const item = h("span", "tok-legend-item");
    item.setAttribute("role", "listitem");
    const chip = h("span", `chip ${categoryClass(category)}`, entry.label);
    const examples = h("span", "tok-legend-examples", language === "rust" ? entry.rust : entry.python);
    item.title = `${entry.label}: ${language === "rust" ? entry.rust : entry.python}`;
    item.append(chip, examples);
    el.append(item);
  }
  return el;
}

/** Renders the Tokens panel for `stage` and links it to the shared selection. */
export function tokensPanel(stage: TokensStage, ctx: PanelContext): Panel {
  const { language, selection } = ctx;
  const origin = `panel:tokens:${language}`;
  const tokens = Array.isArray(stage.tokens) ? stage.tokens : [];
  const idPrefix = `tok-${language}-`;

  const el = h("div", "panel panel-tokens");
  const head = h("div", "panel-head");
  head.append(h("span", "panel-count", `${tokens.length} token${tokens.length === 1 ? "" : "s"}`));
  head.append(legend(language, tokens));
  el.append(head);

  const list = h("div", "tok-list");
  list.tabIndex = 0;
  list.setAttribute("role", "listbox");
  list.setAttribute(
    "aria-label",
    `${language === "rust" ? "Rust" : "Python"} tokens. Arrow keys move from token to token.`,
  );
  const chips: HTMLElement[] = [];
  let row: HTMLElement | null = null;
  let rowLine = -1;
  tokens.forEach((token, i) => {
    const line = token.span.line_start;
    if (row === null || line !== rowLine) {
      row = h("div", "tok-line");
      const number = h("span", "tok-lineno", String(line));
      number.setAttribute("aria-hidden", "true");
      row.append(number);
      list.append(row);
      rowLine = line;
    }
    const chip = h("span", `chip ${categoryClass(token.category)}`, chipText(token));
    if (isDimmed(token)) chip.classList.add("is-dim");
    if (NAMED_KINDS.has(token.kind)) chip.classList.add("is-named");
    chip.id = `${idPrefix}${i}`;
    chip.setAttribute("role", "option");
    chip.setAttribute("aria-selected", "false");
    const s = token.span;
    chip.title = `${token.kind} · ${token.category} · ${s.line_start}:${s.column_start}–${s.line_end}:${s.column_end}${
      NAMED_KINDS.has(token.kind) || token.text === "" ? "" : ` · ${JSON.stringify(token.text)}`
    }`;
    chip.setAttribute("aria-label", `${chipText(token)}, ${token.kind}, ${token.category}`);
    chip.dataset.index = String(i);
    chip.dataset.kind = token.kind;
    chip.dataset.category = token.category;
    chip.dataset.start = String(s.byte_start);
    chip.dataset.end = String(s.byte_end);
    chips.push(chip);
    (row as HTMLElement).append(chip);
  });
  if (tokens.length === 0) list.append(h("p", "panel-empty", "No tokens."));
  const scroll = h("div", "panel-scroll");
  scroll.append(list);
  el.append(scroll);

  /** The chip pointed at from this panel (mouse or keys), or -1. */
  let pointed = -1;
  let marked: number[] = [];

  function point(i: number): void {
    const token = tokens[i];
    if (token === undefined) return;
    pointed = i;
    selection.set({
      language,
      byteStart: token.span.byte_start,
      byteEnd: token.span.byte_end,
      origin,
    });
  }

  function redraw(current: Selection | null): void {
    for (const i of marked) {
      chips[i]?.classList.remove("is-linked");
      chips[i]?.setAttribute("aria-selected", "false");
    }
    marked =
      current !== null && current.origin === origin && pointed >= 0
        ? [pointed]
        : markedTokens(tokens, language, current);
    for (const i of marked) {
      chips[i]?.classList.add("is-linked");
      chips[i]?.setAttribute("aria-selected", "true");
    }
    const first = marked[0];
    if (first !== undefined) {
      list.setAttribute("aria-activedescendant", `${idPrefix}${first}`);
      const chip = chips[first];
      if (chip && current !== null && current.origin !== origin) scrollIntoPanel(chip);
    } else list.removeAttribute("aria-activedescendant");
  }

  list.addEventListener("mouseover", (event) => {
    const target = (event.target as HTMLElement | null)?.closest<HTMLElement>(".chip[data-index]");
    if (target) point(Number(target.dataset.index));
  });
  list.addEventListener("mouseleave", () => {
    pointed = -1;
    selection.release(origin);
  });
  list.addEventListener("keydown", (event) => {
    if (tokens.length === 0) return;
    const at = pointed >= 0 ? pointed : (marked[0] ?? -1);
    let next = at;
    if (event.key === "ArrowRight" || event.key === "ArrowDown") next = Math.min(at + 1, tokens.length - 1);
    else if (event.key === "ArrowLeft" || event.key === "ArrowUp") next = Math.max(at - 1, 0);
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = tokens.length - 1;
    else if (event.key === "Escape") {
      pointed = -1;
      selection.release(origin);
      return;
    } else return;
    event.preventDefault();
    point(next);
    const chip = chips[next];
    if (chip) scrollIntoPanel(chip);
  });
  list.addEventListener("blur", () => {
    pointed = -1;
    selection.release(origin);
  });

  const unsubscribe = selection.subscribe(redraw);
  redraw(selection.get());

  return {
    el,
    destroy() {
      unsubscribe();
      if (pointed >= 0) selection.release(origin);
    },
  };
}
