// Replays a PVM trace (docs/trace.md): rebuilds the full state at any step from the deltas, with checkpoints.

import type { PvmFrame, PvmHeapObject, PvmStep, PvmVal } from "./api";

/** The whole state before one step runs. */
export interface VmState {
  stack: PvmVal[];
  frames: PvmFrame[];
  heap: Map<number, PvmHeapObject>;
}

const EVERY = 64;

function copy(s: VmState): VmState {
  return { stack: [...s.stack], frames: [...s.frames], heap: new Map(s.heap) };
}

/** Applies one step's delta to `s` in place. */
export function apply(s: VmState, step: PvmStep): void {
  if (step.stack) {
    s.stack.length = Math.min(s.stack.length, step.stack.keep);
    s.stack.push(...step.stack.push);
  }
  if (step.frames) {
    s.frames.length = Math.min(s.frames.length, step.frames.keep);
    s.frames.push(...step.frames.push);
  }
  const heap = step.heap;
  if (heap) {
    for (const id of heap.del ?? []) s.heap.delete(id);
    for (const o of heap.set ?? []) s.heap.set(o.id, o);
    for (const [id, rc] of heap.rc ?? []) {
      const o = s.heap.get(id);
      if (o) s.heap.set(id, { ...o, rc });
    }
  }
}

/** Random access to the states of a trace. */
export class Replay {
  private readonly steps: readonly PvmStep[];
  private readonly checkpoints: VmState[] = [];
  private cache: { at: number; state: VmState } | null = null;

  constructor(steps: readonly PvmStep[]) {
    this.steps = steps;
    let s: VmState = { stack: [], frames: [], heap: new Map() };
    steps.forEach((step, i) => {
      apply(s, step);
      if (i % EVERY === 0) {
        this.checkpoints.push(s);
        s = copy(s);
      }
    });
  }

  get length(): number {
    return this.steps.length;
  }

  /** The state at step `i` (before its instruction runs). */
  at(i: number): VmState {
    const n = this.steps.length;
    if (n === 0) return { stack: [], frames: [], heap: new Map() };
    const k = Math.max(0, Math.min(n - 1, i));
    if (this.cache && this.cache.at === k) return this.cache.state;
    let from: number;
    let s: VmState;
    if (this.cache && this.cache.at < k && k - this.cache.at < EVERY) {
      from = this.cache.at;
      s = copy(this.cache.state);
    } else {
      const c = Math.floor(k / EVERY);
      from = c * EVERY;
      s = copy(this.checkpoints[c] as VmState);
    }
    for (let j = from + 1; j <= k; j++) apply(s, this.steps[j] as PvmStep);
    this.cache = { at: k, state: s };
    return s;
  }
}
