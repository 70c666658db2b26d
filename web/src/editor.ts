//! A CodeMirror 6 editor for one language, linked to the shared selection and showing diagnostics.
//!
//! The editor writes its cursor into the selection store (as byte offsets of its UTF-8 text) and
//! lights up whatever span another part of the page points at. Diagnostics of the API become lint
//! marks at their spans, and the expression types of the Rust type checker a tooltip on hover.

import { closeBrackets, closeBracketsKeymap } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";
import { rust } from "@codemirror/lang-rust";
import {
  HighlightStyle,
  bracketMatching,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
} from "@codemirror/language";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import type { Diagnostic as LintDiagnostic } from "@codemirror/lint";
import { Compartment, EditorState, StateEffect, StateField } from "@codemirror/state";
import type { Extension, Text } from "@codemirror/state";
import {
  Decoration,
  EditorView,
  WidgetType,
  drawSelection,
  highlightActiveLine,
  hoverTooltip,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import type { DecorationSet } from "@codemirror/view";
import { tags as t } from "@lezer/highlight";

import type { Diagnostic, ExprType, Language } from "./api";
import type { Selection, SelectionStore } from "./selection";
import { isEditorOrigin } from "./selection";
import { SpanMap } from "./spans";

/** The editor's colours are the page's CSS variables, so one theme serves light and dark. */
const baseTheme = EditorView.theme({
  "&": {
    color: "var(--fg)",
    backgroundColor: "var(--editor-bg)",
    fontSize: "14px",
    height: "100%",
  },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": {
    fontFamily: "var(--mono)",
    lineHeight: "1.5",
  },
  ".cm-content": { caretColor: "var(--fg)" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--fg)", borderLeftWidth: "2px" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection":
    { backgroundColor: "var(--selection-bg) !important" },
  ".cm-gutters": {
    backgroundColor: "var(--editor-gutter-bg)",
    color: "var(--muted)",
    borderRight: "1px solid var(--border)",
  },
  ".cm-activeLine": { backgroundColor: "var(--active-line-bg)" },
  ".cm-activeLineGutter": { backgroundColor: "var(--active-line-bg)", color: "var(--fg)" },
  "&.cm-focused .cm-matchingBracket": {
    backgroundColor: "var(--bracket-bg)",
    outline: "1px solid var(--border-strong)",
  },
  ".cm-dd-linked": {
    backgroundColor: "var(--linked-bg)",
    outline: "2px solid var(--linked-outline)",
    borderRadius: "2px",
  },
  ".cm-dd-linked-point": {
    display: "inline-block",
    width: "0",
    height: "1.2em",
    verticalAlign: "text-bottom",
    borderLeft: "3px solid var(--linked-outline)",
    marginLeft: "-1px",
    marginRight: "-2px",
  },
  ".cm-tooltip": {
    backgroundColor: "var(--surface)",
    color: "var(--fg)",
    border: "1px solid var(--border-strong)",
  },
  ".cm-diagnostic": { fontFamily: "var(--mono)", whiteSpace: "pre-wrap" },
  ".cm-dd-type": { padding: "2px 6px", fontFamily: "var(--mono)" },
  ".cm-lintRange-error": {
    backgroundImage: "none",
    textDecoration: "underline wavy var(--tok-error)",
    textUnderlineOffset: "3px",
  },
  ".cm-lintRange-warning": {
    backgroundImage: "none",
    textDecoration: "underline wavy var(--warn)",
    textUnderlineOffset: "3px",
  },
});

/** Syntax colours follow the token categories of the Tokens panel. */
const highlightStyle = HighlightStyle.define([
  {
    tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.operatorKeyword, t.self],
    color: "var(--tok-keyword)",
    fontWeight: "600",
  },
  { tag: [t.bool, t.null, t.atom], color: "var(--tok-literal)" },
  { tag: [t.number, t.string, t.character, t.special(t.string), t.escape], color: "var(--tok-literal)" },
  { tag: [t.typeName, t.className, t.standard(t.typeName), t.namespace], color: "var(--tok-type)" },
  {
    tag: [t.function(t.variableName), t.function(t.propertyName), t.macroName, t.definition(t.variableName)],
    color: "var(--tok-identifier)",
  },
  { tag: [t.variableName, t.propertyName, t.labelName, t.attributeName], color: "var(--tok-identifier)" },
  {
    tag: [t.operator, t.arithmeticOperator, t.compareOperator, t.logicOperator, t.definitionOperator, t.derefOperator],
    color: "var(--tok-operator)",
  },
  { tag: [t.punctuation, t.paren, t.brace, t.bracket, t.separator, t.angleBracket], color: "var(--tok-delimiter)" },
  { tag: [t.comment, t.lineComment, t.blockComment, t.docComment], color: "var(--tok-comment)", fontStyle: "italic" },
  { tag: [t.special(t.name), t.meta], color: "var(--tok-type)" },
  { tag: t.invalid, color: "var(--tok-error)" },
]);

/** A thin bar standing for an empty span (a Python DEDENT, say). */
class PointWidget extends WidgetType {
  override eq(): boolean {
    return true;
  }
  toDOM(): HTMLElement {
    const el = document.createElement("span");
    el.className = "cm-dd-linked-point";
    el.setAttribute("aria-hidden", "true");
    return el;
  }
}

/** Sets (or clears, with `null`) the span lit up by another part of the page. */
const setLinked = StateEffect.define<{ from: number; to: number } | null>();

const linkedField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, tr) {
    let next = value.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setLinked)) continue;
      const range = effect.value;
      if (range === null) next = Decoration.none;
      else if (range.from === range.to)
        next = Decoration.set([Decoration.widget({ widget: new PointWidget(), side: -1 }).range(range.from)]);
      else next = Decoration.set([Decoration.mark({ class: "cm-dd-linked" }).range(range.from, range.to)]);
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export interface EditorOptions {
  parent: HTMLElement;
  language: Language;
  doc: string;
  selection: SelectionStore;
  /** Called with the whole text after every change. */
  onChange: (doc: string) => void;
}

export interface Editor {
  view: EditorView;
  /** The current text. */
  text(): string;
  /** Replaces the whole text (undoable). */
  setText(text: string): void;
  /** Shows the API's diagnostics as lint marks; `source` is the text they were computed from. */
  showDiagnostics(diagnostics: readonly Diagnostic[], source: string): void;
  /** Keeps the expression types to show on hover; `source` is the text they were computed for. */
  showTypes(types: readonly ExprType[], source: string): void;
  destroy(): void;
}

const darkQuery =
  typeof window !== "undefined" && typeof window.matchMedia === "function"
    ? window.matchMedia("(prefers-color-scheme: dark)")
    : null;

/** Maps the API's severities to CodeMirror's. */
export function lintSeverity(severity: string): LintDiagnostic["severity"] {
  if (severity === "error") return "error";
  if (severity === "warning") return "warning";
  if (severity === "help") return "hint";
  return "info";
}

/** The API's diagnostics as CodeMirror lint diagnostics, positioned in `source`. */
export function toLintDiagnostics(diagnostics: readonly Diagnostic[], source: string): LintDiagnostic[] {
  const map = new SpanMap(source);
  const out: LintDiagnostic[] = [];
  for (const d of diagnostics) {
    const label = d.labels.find((l) => l.primary) ?? d.labels[0];
    if (label === undefined) continue;
    const { from, to } = map.rangeToUtf16(label.span.byte_start, label.span.byte_end);
    const parts = [`${d.severity}${d.code ? `[${d.code}]` : ""}: ${d.message}`];
    for (const l of d.labels) if (l.message) parts.push(`${l.primary ? "" : "note: "}${l.message}`);
    for (const n of d.notes) parts.push(`= ${n}`);
    out.push({ from, to, severity: lintSeverity(d.severity), message: parts.join("\n"), source: d.stage });
  }
  return out;
}

/** The narrowest expression whose span holds the byte at `byte` (null when none does). */
export function typeAt(types: readonly ExprType[], byte: number): ExprType | null {
  let best: ExprType | null = null;
  for (const t of types) {
    const { byte_start: start, byte_end: end } = t.span;
    if (start <= byte && byte < end && (best === null || end - start < best.span.byte_end - best.span.byte_start)) {
      best = t;
    }
  }
  return best;
}

export function createEditor(options: EditorOptions): Editor {
  const { language, selection } = options;
  const origin = `editor:${language}`;
  const dark = new Compartment();

  // The byte map of the current text, rebuilt only when the text changes.
  let mapDoc: Text | null = null;
  let map: SpanMap | null = null;
  const spanMap = (doc: Text): SpanMap => {
    if (mapDoc !== doc || map === null) {
      map = new SpanMap(doc.toString());
      mapDoc = doc;
    }
    return map;
  };

  let writing = false;

  // The types of the last answer, and the text they belong to: after an edit they wait for the
  // next answer rather than point at the wrong code.
  let types: readonly ExprType[] = [];
  let typesSource: string | null = null;
  const typeTooltip = hoverTooltip((view, pos, side) => {
    if (typesSource === null || typesSource !== view.state.doc.toString()) return null;
    const m = spanMap(view.state.doc);
    // Past the end of a word the pointer means the character before it.
    const byte = m.utf16ToByte(side < 0 && pos > 0 ? pos - 1 : pos);
    const found = typeAt(types, byte);
    if (found === null) return null;
    const { from, to } = m.rangeToUtf16(found.span.byte_start, found.span.byte_end);
    return {
      pos: from,
      end: to,
      above: true,
      create: () => {
        const dom = document.createElement("div");
        dom.className = "cm-dd-type";
        const code = document.createElement("code");
        code.textContent = found.ty;
        dom.append(code);
        return { dom };
      },
    };
  });

  const extensions: Extension[] = [
    lineNumbers(),
    highlightActiveLineGutter(),
    history(),
    drawSelection(),
    indentOnInput(),
    indentUnit.of("    "),
    bracketMatching(),
    closeBrackets(),
    highlightActiveLine(),
    syntaxHighlighting(highlightStyle),
    language === "rust" ? rust() : python(),
    keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
    lintGutter(),
    typeTooltip,
    linkedField,
    baseTheme,
    dark.of(EditorView.darkTheme.of(darkQuery?.matches ?? false)),
    EditorView.contentAttributes.of({
      "aria-label": `${language === "rust" ? "Rust" : "Python"} source. Press Escape, then Tab, to leave the editor.`,
    }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update.state.doc.toString());
      if ((update.selectionSet || update.docChanged || update.focusChanged) && update.view.hasFocus) {
        const main = update.state.selection.main;
        const m = spanMap(update.state.doc);
        // Our own listener hears this write while CodeMirror is still updating, when it may not
        // dispatch; `writing` makes it wait for the update to end.
        writing = true;
        try {
          selection.set({
            language,
            byteStart: m.utf16ToByte(main.from),
            byteEnd: m.utf16ToByte(main.to),
            origin,
          });
        } finally {
          writing = false;
        }
      }
    }),
  ];

  const view = new EditorView({
    parent: options.parent,
    state: EditorState.create({ doc: options.doc, extensions }),
  });

  const onScheme = (e: MediaQueryListEvent) => {
    view.dispatch({ effects: dark.reconfigure(EditorView.darkTheme.of(e.matches)) });
  };
  darkQuery?.addEventListener("change", onScheme);

  /** Scrolls the editor (only its own scroller) so that `pos` is visible. */
  function reveal(pos: number): void {
    const scroller = view.scrollDOM;
    const block = view.lineBlockAt(pos);
    if (block.top < scroller.scrollTop || block.bottom > scroller.scrollTop + scroller.clientHeight) {
      scroller.scrollTop = Math.max(0, block.top - scroller.clientHeight / 3);
    }
  }

  function onSelection(current: Selection | null): void {
    if (writing) {
      queueMicrotask(() => onSelection(selection.get()));
      return;
    }
    if (current === null || current.language !== language || isEditorOrigin(current.origin)) {
      if (view.state.field(linkedField).size > 0) view.dispatch({ effects: setLinked.of(null) });
      return;
    }
    const m = spanMap(view.state.doc);
    const range = m.rangeToUtf16(current.byteStart, current.byteEnd);
    view.dispatch({ effects: setLinked.of(range) });
    reveal(range.from);
  }
  const unsubscribe = selection.subscribe(onSelection);

  return {
    view,
    text: () => view.state.doc.toString(),
    setText(text: string) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    showDiagnostics(diagnostics, source) {
      // Positions computed for another text would land in the wrong place; the answer for the
      // current text is on its way, and until then the old marks follow the edits.
      if (source !== view.state.doc.toString()) return;
      view.dispatch(setDiagnostics(view.state, toLintDiagnostics(diagnostics, source)));
    },
    showTypes(next, source) {
      types = next;
      typesSource = source;
    },
    destroy() {
      unsubscribe();
      darkQuery?.removeEventListener("change", onScheme);
      view.destroy();
    },
  };
}
