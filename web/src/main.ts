//! The page's entry point: builds the header, the examples menu and both sides, and keeps the URL.

import "./style.css";

import type { Language } from "./api";
import { EXAMPLES, PYTHON_FIB, RUST_FIB, exampleById } from "./examples";
import { h } from "./panels/panel";
import { SelectionStore } from "./selection";
import { Side } from "./side";
import { decodeHash, encodeHash } from "./urlstate";

const LANGUAGES: readonly Language[] = ["rust", "python"];
const DEFAULTS: Record<Language, string> = { rust: RUST_FIB, python: PYTHON_FIB };

function examplesMenu(onPick: (id: string) => void): HTMLElement {
  const label = h("label", "examples");
  label.append(h("span", "examples-label", "Examples"));
  const select = h("select");
  select.id = "examples";
  const placeholder = h("option", undefined, "Load an example…");
  placeholder.value = "";
  placeholder.disabled = true;
  placeholder.selected = true;
  select.append(placeholder);
  for (const language of LANGUAGES) {
    const group = h("optgroup");
    group.label = language === "rust" ? "Rust (left editor)" : "Python (right editor)";
    for (const example of EXAMPLES.filter((e) => e.language === language)) {
      const option = h("option", undefined, example.title);
      option.value = example.id;
      group.append(option);
    }
    select.append(group);
  }
  select.addEventListener("change", () => {
    const id = select.value;
    select.value = "";
    if (id) onPick(id);
  });
  label.append(select);
  return label;
}

function start(root: HTMLElement): void {
  const selection = new SelectionStore();
  const initial = decodeHash(location.hash);
  const sides = {} as Record<Language, Side>;

  let urlTimer: ReturnType<typeof setTimeout> | undefined;
  const writeUrl = () => {
    if (urlTimer !== undefined) clearTimeout(urlTimer);
    urlTimer = setTimeout(() => {
      urlTimer = undefined;
      const hash = encodeHash({
        rust: sides.rust.editor.text(),
        python: sides.python.editor.text(),
        stages: { rust: sides.rust.stageId(), python: sides.python.stageId() },
      });
      if (hash !== location.hash) history.replaceState(null, "", hash || location.pathname);
    }, 300);
  };

  const header = h("header", "top");
  const brand = h("div", "brand");
  brand.append(
    h("h1", undefined, "deepdive"),
    h(
      "p",
      "tagline",
      "Every stage of how Rust is compiled and how Python is run, computed live from your own code. Hover a token to find it in the source; move the cursor to find it in the panel.",
    ),
  );
  header.append(
    brand,
    examplesMenu((id) => {
      const example = exampleById(id);
      if (!example) return;
      sides[example.language].load(example.code);
      writeUrl();
    }),
  );

  const main = h("main", "sides");
  for (const language of LANGUAGES) {
    sides[language] = new Side({
      language,
      doc: initial[language] ?? DEFAULTS[language],
      stage: initial.stages[language],
      selection,
      onStateChange: writeUrl,
    });
    main.append(sides[language].el);
  }

  const footer = h("footer", "bottom");
  footer.append(
    h(
      "p",
      undefined,
      "The code and the open stages live in the address bar: copy the link to share this exact view.",
    ),
  );
  root.replaceChildren(header, main, footer);

  // A link pasted into this tab: show what it holds.
  window.addEventListener("hashchange", () => {
    const state = decodeHash(location.hash);
    for (const language of LANGUAGES) {
      const text = state[language];
      if (text !== undefined) sides[language].load(text);
      const stage = state.stages[language];
      if (stage !== undefined) sides[language].openStage(stage);
    }
  });
}

const root = document.getElementById("app");
if (root) start(root);
