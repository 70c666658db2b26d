//! Picks the panel for a stage: the one module per stage that exists, else a generic one.

import type { Diagnostic, Stages, TokensStage } from "../api";
import type { StageDef } from "../pipeline";
import { astPanel, isAstStage } from "./ast";
import { bytecodePanel, isBytecodeStage } from "./bytecode";
import { hirPanel, isHirStage } from "./hir";
import { pvmPanel } from "./pvm";
import { messagePanel, notBuiltPanel, rawPanel, stageErrorPanel } from "./panel";
import type { Panel, PanelContext } from "./panel";
import { tokensPanel } from "./tokens";

/** What the page knows of the pipeline when it draws a panel. */
export type PanelInput =
  | { kind: "waiting" }
  | { kind: "failed"; message: string }
  | { kind: "answer"; stages: Stages; diagnostics?: readonly Diagnostic[] };

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
  if (def.key === "pvm") {
    // The stepper shows the files panel even when the program does not compile.
    return pvmPanel(input.stages.pvm ?? null, input.stages.bytecode ?? null, input.diagnostics ?? [], ctx);
  }
  if (stage === undefined) {
    // A stage that ran and failed (a syntax error) has its errors instead of an artifact.
    const errors = (input.diagnostics ?? []).filter((d) => d.stage === def.key && d.severity === "error");
    return errors.length > 0 ? stageErrorPanel(def.label, errors, ctx) : notBuiltPanel(def.label);
  }
  switch (def.key) {
    case "tokens":
      return tokensPanel(stage as TokensStage, ctx);
    case "ast":
      return isAstStage(stage) ? astPanel(stage, ctx) : rawPanel(stage);
    case "hir":
      return isHirStage(stage) ? hirPanel(stage, ctx) : rawPanel(stage);
    case "bytecode":
      return isBytecodeStage(stage) ? bytecodePanel(stage, ctx) : rawPanel(stage);
    default:
      return rawPanel(stage);
  }
}
