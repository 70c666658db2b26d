//! Picks the panel for a stage: the one module per stage that exists, else a generic one.

import type { Stages, TokensStage } from "../api";
import type { StageDef } from "../pipeline";
import { messagePanel, notBuiltPanel, rawPanel } from "./panel";
import type { Panel, PanelContext } from "./panel";
import { tokensPanel } from "./tokens";

/** What the page knows of the pipeline when it draws a panel. */
export type PanelInput =
  | { kind: "waiting" }
  | { kind: "failed"; message: string }
  | { kind: "answer"; stages: Stages };

export function renderStage(def: StageDef, input: PanelInput, ctx: PanelContext): Panel {
  if (def.key === null) {
    return messagePanel("Source", [
      "This stage is the editor above: the text exactly as you typed it.",
      "Pick the next stage in the bar to see what the pipeline makes of it.",
    ]);
  }
  if (input.kind === "waiting") return messagePanel(`${def.label}`, ["Computing…"], "panel-waiting");
  if (input.kind === "failed") {
    return messagePanel(`${def.label}: no answer`, [input.message], "panel-failed");
  }
  const stage = input.stages[def.key];
  if (stage === undefined) return notBuiltPanel(def.label);
  switch (def.key) {
    case "tokens":
      return tokensPanel(stage as TokensStage, ctx);
    default:
      return rawPanel(stage);
  }
}
