// Page-wide state of the Python run: the virtual files sent with each request, and the instruction the PVM stepper is at.

import type { VirtualFile } from "./api";

type Listener = () => void;

/** A tiny observable value. */
export class Signal<T> {
  private value: T;
  private readonly listeners = new Set<Listener>();
  constructor(value: T) {
    this.value = value;
  }
  get(): T {
    return this.value;
  }
  set(value: T): void {
    this.value = value;
    for (const l of [...this.listeners]) l();
  }
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}

/** The files Python's open() can read; the seed's config.toml example starts with one. */
export const virtualFiles = new Signal<VirtualFile[]>([]);

/** The instruction the PVM stepper stands at: a code object of the Bytecode stage and an offset. */
export interface CurrentInstruction {
  codeIndex: number;
  offset: number;
}

export const currentInstruction = new Signal<CurrentInstruction | null>(null);
