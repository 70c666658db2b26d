//! Tests of live requests: debouncing, cancelling stale requests, ignoring out-of-order answers.
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import type { FetchFn, PipelineAnswer } from "./api";
import { ApiError, fetchPipeline } from "./api";
import { LiveQuery } from "./live";
import type { LiveStatus } from "./live";

function answerFor(source: string): PipelineAnswer {
  return { language: "python", stages: { tokens: { tokens: [] } }, diagnostics: [{ stage: "tokens", severity: "error", code: null, message: source, labels: [], notes: [], rendered: source }] };
}

/** A fetch whose answers the test releases by hand, in any order. */
function manualFetch() {
  const pending: { body: string; signal: AbortSignal | undefined; resolve: (r: Response) => void; reject: (e: unknown) => void }[] = [];
  const fetchFn: FetchFn = (_input, init) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal ?? undefined;
      signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
      pending.push({ body: String(init?.body), signal, resolve, reject });
    });
  const answer = (i: number) => {
    const p = pending[i]!;
    const source = (JSON.parse(p.body) as { source: string }).source;
    p.resolve(new Response(JSON.stringify(answerFor(source)), { status: 200 }));
  };
  return { fetchFn, pending, answer };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("LiveQuery", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test("typing quickly sends one request, after the delay", async () => {
    const { fetchFn, pending } = manualFetch();
    const seen: LiveStatus[] = [];
    const live = new LiveQuery("python", (s) => seen.push(s), { fetchFn, delay: 150 });
    live.schedule("a");
    vi.advanceTimersByTime(100);
    live.schedule("ab");
    vi.advanceTimersByTime(100);
    live.schedule("abc");
    vi.advanceTimersByTime(149);
    expect(pending).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(pending).toHaveLength(1);
    expect(JSON.parse(pending[0]!.body)).toEqual({ source: "abc" });
    live.dispose();
  });

  test("a new request aborts the one in flight, and only the newest answer is delivered", async () => {
    vi.useRealTimers();
    const { fetchFn, pending, answer } = manualFetch();
    const seen: LiveStatus[] = [];
    const live = new LiveQuery("python", (s) => seen.push(s), { fetchFn });
    const first = live.send("old");
    const second = live.send("new");
    expect(pending[0]!.signal?.aborted).toBe(true);
    expect(pending[1]!.signal?.aborted).toBe(false);
    answer(1);
    await Promise.all([first, second]);
    const ready = seen.filter((s) => s.state === "ready");
    expect(ready).toHaveLength(1);
    expect(ready[0]?.state === "ready" && ready[0].source).toBe("new");
  });

  test("an old answer arriving last is ignored even if it was not aborted", async () => {
    vi.useRealTimers();
    const pending: ((r: Response) => void)[] = [];
    // This fetch ignores abort signals, like a server that answers anyway.
    const fetchFn: FetchFn = () => new Promise<Response>((resolve) => pending.push(resolve));
    const seen: LiveStatus[] = [];
    const live = new LiveQuery("python", (s) => seen.push(s), { fetchFn });
    const a = live.send("one");
    const b = live.send("two");
    pending[1]!(new Response(JSON.stringify(answerFor("two"))));
    await b;
    pending[0]!(new Response(JSON.stringify(answerFor("one"))));
    await a;
    await flush();
    const ready = seen.filter((s) => s.state === "ready");
    expect(ready.map((s) => s.state === "ready" && s.source)).toEqual(["two"]);
  });

  test("errors are reported with the server's message", async () => {
    vi.useRealTimers();
    const fetchFn: FetchFn = async () =>
      new Response(JSON.stringify({ error: "request body is over the 1 MiB limit" }), { status: 413 });
    const seen: LiveStatus[] = [];
    await new LiveQuery("rust", (s) => seen.push(s), { fetchFn }).send("x");
    const last = seen[seen.length - 1];
    expect(last?.state).toBe("error");
    if (last?.state === "error") {
      expect(last.error.status).toBe(413);
      expect(last.error.message).toBe("request body is over the 1 MiB limit");
    }
  });
});

describe("fetchPipeline", () => {
  test("posts JSON to api/<language>", async () => {
    let seenUrl = "";
    let seenInit: RequestInit | undefined;
    const fetchFn: FetchFn = async (url, init) => {
      seenUrl = url;
      seenInit = init;
      return new Response(JSON.stringify(answerFor("s")));
    };
    const answer = await fetchPipeline("rust", "fn main() {}", undefined, fetchFn);
    expect(seenUrl).toBe("api/rust");
    expect(seenInit?.method).toBe("POST");
    expect(new Headers(seenInit?.headers).get("content-type")).toBe("application/json");
    expect(JSON.parse(String(seenInit?.body))).toEqual({ source: "fn main() {}" });
    expect(answer.stages.tokens).toEqual({ tokens: [] });
  });

  test("a network failure and a non-JSON answer become ApiErrors", async () => {
    await expect(fetchPipeline("rust", "", undefined, async () => Promise.reject(new TypeError("failed")))).rejects.toMatchObject({ status: 0 });
    await expect(fetchPipeline("rust", "", undefined, async () => new Response("<html>", { status: 502 }))).rejects.toBeInstanceOf(ApiError);
  });
});
