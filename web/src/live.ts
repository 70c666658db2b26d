//! Keeps one pipeline answer in step with an editor: debounced requests, stale ones cancelled.
//!
//! Every call to `schedule` restarts a short timer; when it fires, the previous request (if still
//! in flight) is aborted and a new one is sent. Answers carry a sequence number, and only the
//! answer to the newest request is delivered, so a slow old answer can never overwrite a newer one.

import { ApiError, fetchPipeline, isAbort } from "./api";
import type { FetchFn, Language, PipelineAnswer, VirtualFile } from "./api";

/** What the page shows about the request in flight. */
export type LiveStatus =
  | { state: "loading" }
  | { state: "ready"; answer: PipelineAnswer; source: string; millis: number }
  | { state: "error"; error: ApiError; source: string };

export interface LiveOptions {
  /** Debounce delay in milliseconds (default 150). */
  delay?: number;
  /** `fetch` or a stand-in for tests. */
  fetchFn?: FetchFn;
  /** The clock, for the time an answer took. */
  now?: () => number;
  /** The virtual files sent with every request (Python's open() reads them). */
  files?: () => readonly VirtualFile[];
}

export class LiveQuery {
  private readonly language: Language;
  private readonly onStatus: (status: LiveStatus) => void;
  private readonly delay: number;
  private readonly fetchFn: FetchFn | undefined;
  private readonly now: () => number;
  private readonly files: () => readonly VirtualFile[];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | undefined;
  private sequence = 0;

  constructor(language: Language, onStatus: (status: LiveStatus) => void, options: LiveOptions = {}) {
    this.language = language;
    this.onStatus = onStatus;
    this.delay = options.delay ?? 150;
    this.fetchFn = options.fetchFn;
    this.now = options.now ?? (() => performance.now());
    this.files = options.files ?? (() => []);
  }

  /** Sends `source` after the debounce delay, unless another call comes first. */
  schedule(source: string): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.send(source);
    }, this.delay);
  }

  /** Sends `source` now, cancelling whatever is pending or in flight. */
  async send(source: string): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const sequence = ++this.sequence;
    this.onStatus({ state: "loading" });
    const started = this.now();
    try {
      const answer = await fetchPipeline(
        this.language,
        source,
        controller.signal,
        this.fetchFn,
        this.files(),
      );
      if (sequence !== this.sequence) return;
      this.onStatus({ state: "ready", answer, source, millis: this.now() - started });
    } catch (e) {
      if (sequence !== this.sequence || isAbort(e)) return;
      const error = e instanceof ApiError ? e : new ApiError(0, String(e));
      this.onStatus({ state: "error", error, source });
    } finally {
      if (this.controller === controller) this.controller = undefined;
    }
  }

  /** Stops the timer and the request in flight; nothing more is delivered. */
  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.controller?.abort();
    this.sequence++;
  }
}
