//! One half of the page: a language's editor, its pipeline bar, the open stage panel and diagnostics.

import type { Diagnostic, Language, PipelineAnswer } from "./api";
import type { PipelineBar } from "./bar";
import { createBar, tabId } from "./bar";
import type { Editor } from "./editor";
import { createEditor } from "./editor";
import type { LiveStatus } from "./live";
import { LiveQuery } from "./live";
import { renderStage } from "./panels/index";
import type { PanelInput } from "./panels/index";
import { h } from "./panels/panel";
import type { Panel } from "./panels/panel";
import type { StageDef } from "./pipeline";
import { stageById } from "./pipeline";
import type { SelectionStore } from "./selection";
import { SpanMap } from "./spans";
import { currentInstruction, virtualFiles } from "./vmstate";

export interface SideOptions {
  language: Language;
  doc: string;
  stage: string | undefined;
  selection: SelectionStore;
  /** Called after the text or the open stage changed (to update the URL). */
  onStateChange: () => void;
}

const NAMES: Record<Language, string> = { rust: "Rust", python: "Python" };

export class Side {
  readonly language: Language;
  readonly el: HTMLElement;
  readonly editor: Editor;
  private readonly bar: PipelineBar;
  private readonly panelHost: HTMLElement;
  private readonly diagnosticsHost: HTMLElement;
  private readonly statusEl: HTMLElement;
  private readonly live: LiveQuery;
  private readonly selection: SelectionStore;
  private readonly onStateChange: () => void;
  private stage: StageDef;
  private panel: Panel | null = null;
  private answer: PipelineAnswer | null = null;
  private answerSource = "";
  private failure: string | null = null;

  constructor(options: SideOptions) {
    const { language, selection } = options;
    this.language = language;
    this.selection = selection;
    this.onStateChange = options.onStateChange;
    this.stage = stageById(language, options.stage);

    this.el = h("section", `side side-${language}`);
    this.el.id = `side-${language}`;
    this.el.setAttribute("aria-labelledby", `title-${language}`);
    this.el.dataset.state = "loading";

    const head = h("div", "side-head");
    const title = h("h2", "side-title", NAMES[language]);
    title.id = `title-${language}`;
    this.statusEl = h("span", "status");
    this.statusEl.setAttribute("role", "status");
    this.statusEl.setAttribute("aria-live", "polite");
    head.append(title, this.statusEl);

    const editorHost = h("div", "editor-host");
    editorHost.dataset.language = language;

    const panelId = `panel-${language}`;
    this.bar = createBar(language, panelId, (id) => this.openStage(id));

    this.panelHost = h("div", "panel-host");
    this.panelHost.id = panelId;
    this.panelHost.setAttribute("role", "tabpanel");
    this.panelHost.tabIndex = -1;

    const diagnostics = h("section", "diagnostics");
    diagnostics.setAttribute("aria-label", `${NAMES[language]} diagnostics`);
    this.diagnosticsHost = diagnostics;

    this.el.append(head, editorHost, this.bar.el, this.panelHost, diagnostics);

    this.editor = createEditor({
      parent: editorHost,
      language,
      doc: options.doc,
      selection,
      onChange: (doc) => {
        this.live.schedule(doc);
        this.onStateChange();
      },
    });

    this.live = new LiveQuery(language, (status) => this.onStatus(status), {
      files: () => (language === "python" ? virtualFiles.get() : []),
    });
    if (language === "python") {
      virtualFiles.subscribe(() => this.live.schedule(this.editor.text()));
    }
    this.bar.select(this.stage.id);
    this.bar.setBuilt(null);
    this.renderPanel();
    this.renderDiagnostics([]);
    void this.live.send(options.doc);
  }

  /** The id of the open stage. */
  stageId(): string {
    return this.stage.id;
  }

  /** Opens the stage `id` of this side's bar. */
  openStage(id: string): void {
    const next = stageById(this.language, id);
    if (next.id === this.stage.id) return;
    this.stage = next;
    this.bar.select(next.id);
    this.renderPanel();
    this.onStateChange();
  }

  /** Replaces the editor's text (an example, a link); the pipeline follows at once. */
  load(text: string): void {
    if (text === this.editor.text()) return;
    this.editor.setText(text);
    void this.live.send(text);
  }

  private onStatus(status: LiveStatus): void {
    this.el.dataset.state = status.state;
    if (status.state === "loading") {
      this.statusEl.textContent = "updating…";
      this.statusEl.className = "status is-loading";
      return;
    }
    if (status.state === "error") {
      this.failure = status.error.message;
      this.statusEl.textContent = `⚠ ${status.error.message}`;
      this.statusEl.className = "status is-error";
      if (this.answer === null) this.renderPanel();
      return;
    }
    this.failure = null;
    this.answer = status.answer;
    this.answerSource = status.source;
    if (this.language === "python") currentInstruction.set(null);
    this.statusEl.textContent = `✓ up to date · ${Math.max(1, Math.round(status.millis))} ms`;
    this.statusEl.className = "status is-ready";
    const diagnostics = Array.isArray(status.answer.diagnostics) ? status.answer.diagnostics : [];
    this.bar.setBuilt(status.answer.stages, diagnostics);
    this.renderPanel();
    this.renderDiagnostics(diagnostics);
    this.editor.showDiagnostics(diagnostics, status.source);
    const types = status.answer.stages?.hir?.types;
    this.editor.showTypes(Array.isArray(types) ? types : [], status.source);
  }

  private renderPanel(): void {
    const input: PanelInput =
      this.answer !== null
        ? {
            kind: "answer",
            stages: this.answer.stages ?? {},
            diagnostics: Array.isArray(this.answer.diagnostics) ? this.answer.diagnostics : [],
          }
        : this.failure !== null
          ? { kind: "failed", message: this.failure }
          : { kind: "waiting" };
    // Keep the reader's place when the same stage is redrawn for a new answer.
    const oldScroll = this.panelHost.querySelector(".panel-scroll")?.scrollTop ?? 0;
    const sameStage = this.panelHost.dataset.stage === this.stage.id;
    this.panel?.destroy();
    this.panel = renderStage(this.stage, input, {
      language: this.language,
      selection: this.selection,
      source: this.answerSource,
    });
    this.panelHost.replaceChildren(this.panel.el);
    this.panelHost.dataset.stage = this.stage.id;
    this.panelHost.setAttribute("aria-labelledby", tabId(this.language, this.stage.id));
    const scroll = this.panelHost.querySelector(".panel-scroll");
    if (sameStage && scroll) scroll.scrollTop = oldScroll;
  }

  private renderDiagnostics(diagnostics: readonly Diagnostic[]): void {
    const host = this.diagnosticsHost;
    host.replaceChildren();
    const count = diagnostics.length;
    const title = h(
      "h3",
      "diagnostics-title",
      count === 0 ? "No diagnostics" : `${count} diagnostic${count === 1 ? "" : "s"}`,
    );
    host.append(title);
    const map = new SpanMap(this.answerSource);
    const origin = `diagnostics:${this.language}`;
    for (const d of diagnostics) {
      const pre = h("pre", `diagnostic severity-${d.severity}`, d.rendered || `${d.severity}: ${d.message}`);
      const label = d.labels.find((l) => l.primary) ?? d.labels[0];
      if (label) {
        pre.addEventListener("mouseenter", () =>
          this.selection.set({
            language: this.language,
            byteStart: Math.min(label.span.byte_start, map.byteLength),
            byteEnd: Math.min(label.span.byte_end, map.byteLength),
            origin,
          }),
        );
        pre.addEventListener("mouseleave", () => this.selection.release(origin));
      }
      host.append(pre);
    }
  }

  destroy(): void {
    this.live.dispose();
    this.panel?.destroy();
    this.editor.destroy();
  }
}
