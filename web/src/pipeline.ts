//! The two pipeline bars of the seed page: every stage, its label and the API stage key it shows.

import type { Language, StageKey } from "./api";

export interface StageDef {
  /** Stable id used in the URL and in element ids. */
  id: string;
  /** What the bar shows. */
  label: string;
  /** The API stage key the panel renders; `null` for Source, which is the editor itself. */
  key: StageKey | null;
  /** One line on what the stage does, shown on hover and in the panel header. */
  blurb: string;
}

export const PIPELINES: Record<Language, readonly StageDef[]> = {
  rust: [
    { id: "source", label: "Source", key: null, blurb: "The text you write: the editor above." },
    { id: "lexer", label: "Lexer", key: "tokens", blurb: "Breaks the text into tokens." },
    { id: "parser", label: "Parser", key: "ast", blurb: "Builds a tree from the tokens." },
    { id: "ast", label: "AST", key: "ast", blurb: "The abstract syntax tree." },
    {
      id: "hir",
      label: "HIR",
      key: "hir",
      blurb: "Desugared, names resolved, types checked.",
    },
    {
      id: "mir",
      label: "MIR",
      key: "mir",
      blurb: "A control-flow graph, where the borrow checker works.",
    },
    { id: "llvm-ir", label: "LLVM IR", key: "llvm_ir", blurb: "LLVM's intermediate representation." },
    { id: "machine-code", label: "Machine code", key: "asm", blurb: "x86-64 assembly." },
  ],
  python: [
    { id: "source", label: "Source", key: null, blurb: "The text you write: the editor above." },
    { id: "lexer", label: "Lexer", key: "tokens", blurb: "Breaks the text into tokens." },
    { id: "parser", label: "Parser", key: "ast", blurb: "Builds a tree from the tokens." },
    { id: "ast", label: "AST", key: "ast", blurb: "The abstract syntax tree, as ast.dump shows it." },
    {
      id: "bytecode",
      label: "Bytecode",
      key: "bytecode",
      blurb: "CPython 3.11 instructions, as dis shows them.",
    },
    {
      id: "pvm",
      label: "PVM",
      key: "pvm",
      blurb: "The Python virtual machine runs the bytecode, one instruction at a time.",
    },
  ],
};

/** The stage shown when nothing else is asked for. */
export const DEFAULT_STAGE = "lexer";

/** The stage with id `id` in `language`'s bar, or the default one. */
export function stageById(language: Language, id: string | undefined): StageDef {
  const stages = PIPELINES[language];
  const found = stages.find((s) => s.id === id) ?? stages.find((s) => s.id === DEFAULT_STAGE);
  return found ?? (stages[0] as StageDef);
}
