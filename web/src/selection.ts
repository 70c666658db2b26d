//! The one shared selection: the source span under the pointer or the cursor.
//!
//! Editors and panels never talk to each other. Each writes the span it is pointing at into this
//! store and redraws itself from what the store holds, so a new panel links to the editor and to
//! every other panel just by subscribing. (DESIGN.md §8.)
//!
//! Writers name themselves with an `origin`. Origins starting with `editor` (the cursor) are the
//! resting selection; any other origin (a panel under the pointer) is passing: when it lets go with
//! `release`, the store falls back to the last editor selection.

import type { Language } from "./api";

export interface Selection {
  language: Language;
  /** Byte offset into the UTF-8 source, inclusive. */
  byteStart: number;
  /** Byte offset into the UTF-8 source, exclusive; equal to `byteStart` for a bare cursor. */
  byteEnd: number;
  /** Who wrote it: `editor:rust`, `panel:tokens:python`… */
  origin: string;
}

export type SelectionListener = (selection: Selection | null) => void;

/** Whether a selection comes from an editor (the resting kind). */
export function isEditorOrigin(origin: string): boolean {
  return origin === "editor" || origin.startsWith("editor:");
}

function same(a: Selection | null, b: Selection | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.language === b.language &&
    a.byteStart === b.byteStart &&
    a.byteEnd === b.byteEnd &&
    a.origin === b.origin
  );
}

export class SelectionStore {
  private current: Selection | null = null;
  private resting: Selection | null = null;
  private readonly listeners = new Set<SelectionListener>();

  /** What is selected now. */
  get(): Selection | null {
    return this.current;
  }

  /** Selects a span (or nothing); tells every subscriber if it changed. */
  set(selection: Selection | null): void {
    if (selection !== null && isEditorOrigin(selection.origin)) this.resting = selection;
    if (selection === null) this.resting = null;
    if (same(this.current, selection)) return;
    this.current = selection;
    this.emit();
  }

  /** `origin` lets go: if it holds the selection, fall back to the last editor selection. */
  release(origin: string): void {
    if (this.current === null || this.current.origin !== origin) return;
    this.current = this.resting;
    this.emit();
  }

  /** Calls `listener` on every change; returns the function that unsubscribes it. */
  subscribe(listener: SelectionListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener(this.current);
  }
}

/** Half-open ranges overlap (an empty range overlaps nothing). */
export function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < aEnd && bStart < bEnd && aStart < bEnd && bStart < aEnd;
}
