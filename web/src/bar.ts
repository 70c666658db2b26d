//! A pipeline bar: the stages of one language as keyboard-usable tabs, marking those not built yet.

import type { Diagnostic, Language, Stages } from "./api";
import type { StageDef } from "./pipeline";
import { PIPELINES } from "./pipeline";
import { h } from "./panels/panel";

export interface PipelineBar {
  el: HTMLElement;
  /** Marks the tab of `id` as the open one. */
  select(id: string): void;
  /**
   * Marks which stages the server built, from the keys of its answer (`null`: not known yet), and
   * which ran into errors instead (absent, with error diagnostics of their key).
   */
  setBuilt(stages: Stages | null, diagnostics?: readonly Diagnostic[]): void;
}

/** Whether a stage has something to show in `stages` (Source always has). */
export function isBuilt(def: StageDef, stages: Stages | null): boolean {
  if (def.key === null) return true;
  if (stages === null) return true;
  return Object.prototype.hasOwnProperty.call(stages, def.key);
}

/** Whether a stage ran and stopped at an error: absent from `stages`, with errors of its own. */
export function isFailed(def: StageDef, stages: Stages | null, diagnostics: readonly Diagnostic[]): boolean {
  if (def.key === null || stages === null || isBuilt(def, stages)) return false;
  return diagnostics.some((d) => d.stage === def.key && d.severity === "error");
}

export function tabId(language: Language, stageId: string): string {
  return `tab-${language}-${stageId}`;
}

export function createBar(
  language: Language,
  panelId: string,
  onSelect: (id: string) => void,
): PipelineBar {
  const defs = PIPELINES[language];
  const el = h("div", "pipeline-bar");
  el.setAttribute("role", "tablist");
  el.setAttribute("aria-label", `${language === "rust" ? "Rust" : "Python"} pipeline stages`);
  const tabs: HTMLButtonElement[] = [];

  defs.forEach((def, i) => {
    // The arrow travels with the stage it leads to, so a wrapped bar never ends in an arrow.
    const step = h("span", "pipeline-step");
    step.setAttribute("role", "presentation");
    if (i > 0) {
      const arrow = h("span", "pipeline-arrow", "→");
      arrow.setAttribute("aria-hidden", "true");
      step.append(arrow);
    }
    const tab = h("button", "stage-tab");
    tab.type = "button";
    tab.id = tabId(language, def.id);
    tab.dataset.stage = def.id;
    tab.setAttribute("role", "tab");
    tab.setAttribute("aria-controls", panelId);
    tab.setAttribute("aria-selected", "false");
    tab.tabIndex = -1;
    tab.title = def.blurb;
    tab.append(h("span", "stage-label", def.label));
    const note = h("span", "stage-note", "not built yet");
    tab.append(note);
    tab.addEventListener("click", () => onSelect(def.id));
    tab.addEventListener("keydown", (event) => {
      let next = -1;
      if (event.key === "ArrowRight") next = (i + 1) % defs.length;
      else if (event.key === "ArrowLeft") next = (i - 1 + defs.length) % defs.length;
      else if (event.key === "Home") next = 0;
      else if (event.key === "End") next = defs.length - 1;
      else return;
      event.preventDefault();
      const target = defs[next];
      if (target) {
        onSelect(target.id);
        tabs[next]?.focus();
      }
    });
    tabs.push(tab);
    step.append(tab);
    el.append(step);
  });

  return {
    el,
    select(id) {
      for (const tab of tabs) {
        const on = tab.dataset.stage === id;
        tab.setAttribute("aria-selected", String(on));
        tab.classList.toggle("is-open", on);
        tab.tabIndex = on ? 0 : -1;
      }
    },
    setBuilt(stages, diagnostics = []) {
      defs.forEach((def, i) => {
        const tab = tabs[i];
        if (!tab) return;
        const failed = isFailed(def, stages, diagnostics);
        const built = failed || isBuilt(def, stages);
        tab.classList.toggle("not-built", !built);
        tab.classList.toggle("has-error", failed);
        const note = tab.querySelector(".stage-note");
        if (note) note.textContent = failed ? "error" : "not built yet";
        tab.title = failed
          ? `${def.label}: stopped at an error. ${def.blurb}`
          : built
            ? def.blurb
            : `${def.label}: not built yet. ${def.blurb}`;
      });
    },
  };
}
