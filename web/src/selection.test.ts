//! Tests of the shared selection store: notifications, and falling back to the cursor.
import { describe, expect, test } from "vitest";
import { SelectionStore, isEditorOrigin, overlaps } from "./selection";
import type { Selection } from "./selection";

const cursor: Selection = { language: "rust", byteStart: 4, byteEnd: 4, origin: "editor:rust" };
const hover: Selection = { language: "rust", byteStart: 10, byteEnd: 13, origin: "panel:tokens:rust" };

describe("SelectionStore", () => {
  test("set, get and subscribe", () => {
    const store = new SelectionStore();
    const seen: (Selection | null)[] = [];
    const unsubscribe = store.subscribe((s) => seen.push(s));
    expect(store.get()).toBeNull();
    store.set(cursor);
    expect(store.get()).toEqual(cursor);
    store.set({ ...cursor });
    expect(seen).toHaveLength(1);
    store.set(hover);
    expect(seen).toEqual([cursor, hover]);
    unsubscribe();
    store.set(null);
    expect(seen).toHaveLength(2);
    expect(store.get()).toBeNull();
  });

  test("a panel letting go falls back to the editor's cursor", () => {
    const store = new SelectionStore();
    store.set(cursor);
    store.set(hover);
    store.release("panel:tokens:rust");
    expect(store.get()).toEqual(cursor);
  });

  test("release by someone not holding the selection changes nothing", () => {
    const store = new SelectionStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.set(hover);
    store.release("panel:ast:rust");
    expect(store.get()).toEqual(hover);
    store.release("panel:tokens:rust");
    expect(store.get()).toBeNull();
    expect(calls).toBe(2);
  });

  test("the newest editor selection is the one kept, across languages", () => {
    const store = new SelectionStore();
    const py: Selection = { language: "python", byteStart: 0, byteEnd: 3, origin: "editor:python" };
    store.set(cursor);
    store.set(py);
    store.set(hover);
    store.release(hover.origin);
    expect(store.get()).toEqual(py);
  });

  test("a listener may unsubscribe while being called", () => {
    const store = new SelectionStore();
    const calls: string[] = [];
    const off = store.subscribe(() => {
      calls.push("a");
      off();
    });
    store.subscribe(() => calls.push("b"));
    store.set(cursor);
    store.set(hover);
    expect(calls).toEqual(["a", "b", "b"]);
  });

  test("helpers", () => {
    expect(isEditorOrigin("editor:rust")).toBe(true);
    expect(isEditorOrigin("editor")).toBe(true);
    expect(isEditorOrigin("panel:tokens:rust")).toBe(false);
    expect(isEditorOrigin("editorial")).toBe(false);
    expect(overlaps(0, 3, 2, 5)).toBe(true);
    expect(overlaps(0, 3, 3, 5)).toBe(false);
    expect(overlaps(2, 2, 0, 5)).toBe(false);
  });
});
