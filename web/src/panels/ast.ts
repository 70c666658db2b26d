//! The AST panel: the syntax tree to expand and collapse, linked to the editor both ways, and its text.
//!
//! A function of (ast stage JSON, shared selection) to DOM, the same for every language. Each node
//! shows its kind and its fields: short values in its own row (`id: 'n'`), child nodes nested
//! under their field's name, lists with their length. Pointing at a node (mouse or keyboard focus)
//! writes its span into the selection; whatever the selection holds (the editor's cursor, another
//! panel's pointer) marks the innermost node covering it, opening its ancestors.
//!
//! Big trees stay fast: children are rendered only when their parent is first opened, long lists
//! show their first items behind a "show more" control, and nothing here recurses on the tree's
//! depth (a chain of 100,000 `+` is a tree 100,000 deep).

import type { AstField, AstNode, AstStage, Language, Span } from "../api";
import type { Selection } from "../selection";
import { h, scrollIntoPanel } from "./panel";
import type { Panel, PanelContext } from "./panel";

/** Nodes this deep or deeper start closed (the root is depth 0). */
export const INITIAL_DEPTH = 3;
/** Lists longer than this show their first `LIST_PAGE` items and a "show more" control. */
export const LIST_PAGE = 20;
/** How many more items one "show more" adds. */
export const MORE_PAGE = 200;
/** About how many rows opening by default may create, so a big program opens fast. */
export const INITIAL_ROWS = 400;
/** Values longer than this get a row of their own instead of sitting in their node's row. */
export const INLINE_VALUE_MAX = 40;

/** What the reader chose, kept across answers (the panel is redrawn for every edit). */
export interface AstViewState {
  view: "tree" | "text";
  /** Nodes and lists the reader opened (`true`) or closed (`false`), by path. */
  open: Map<string, boolean>;
  /** How many items of a long list the reader asked to see, by the list's path. */
  shown: Map<string, number>;
}

export function newViewState(): AstViewState {
  return { view: "tree", open: new Map(), shown: new Map() };
}

const viewStates = new Map<Language, AstViewState>();

/** The view state of one language's AST panels (Parser and AST share it). */
export function astViewState(language: Language): AstViewState {
  let state = viewStates.get(language);
  if (state === undefined) {
    state = newViewState();
    viewStates.set(language, state);
  }
  return state;
}

/** Whether `stage` has the shape of docs/api.md's AST stage, at least at its root. */
export function isAstStage(stage: unknown): stage is AstStage {
  if (typeof stage !== "object" || stage === null) return false;
  const { tree, dump } = stage as { tree?: unknown; dump?: unknown };
  return (
    typeof dump === "string" &&
    typeof tree === "object" &&
    tree !== null &&
    typeof (tree as AstNode).kind === "string" &&
    Array.isArray((tree as AstNode).fields)
  );
}

function fieldsOf(node: AstNode): AstField[] {
  return Array.isArray(node.fields) ? node.fields : [];
}

function isNodeField(f: AstField): f is { name: string; node: AstNode } {
  return "node" in f && typeof f.node === "object" && f.node !== null;
}

function isListField(f: AstField): f is { name: string; list: AstNode[] } {
  return "list" in f && Array.isArray(f.list);
}

function valueOf(f: AstField): string {
  return "value" in f ? String(f.value) : "";
}

/** Every node of a tree in preorder, with its parent and where it sits in it. */
export interface AstIndex {
  nodes: AstNode[];
  /** Index of the parent node, -1 for the root. */
  parent: Int32Array;
  /** Depth, 0 for the root. */
  depth: Uint32Array;
  /** The field of the parent the node is in. */
  field: string[];
  /** Its position in that field's list, or -1 when the field holds this one node. */
  position: Int32Array;
  /** The index just past node i's subtree (its next sibling's, when it has one). */
  after: Uint32Array;
  /** Byte spans, copied out for the lookups. */
  start: Uint32Array;
  end: Uint32Array;
}

/** Indexes a tree, without recursion. */
export function indexTree(root: AstNode): AstIndex {
  const nodes: AstNode[] = [];
  const parent: number[] = [];
  const depth: number[] = [];
  const field: string[] = [];
  const position: number[] = [];
  const stack: { node: AstNode; parent: number; depth: number; field: string; position: number }[] = [
    { node: root, parent: -1, depth: 0, field: "", position: -1 },
  ];
  while (stack.length > 0) {
    const top = stack.pop() as (typeof stack)[number];
    const i = nodes.length;
    nodes.push(top.node);
    parent.push(top.parent);
    depth.push(top.depth);
    field.push(top.field);
    position.push(top.position);
    const fields = fieldsOf(top.node);
    for (let f = fields.length - 1; f >= 0; f--) {
      const fd = fields[f] as AstField;
      if (isNodeField(fd)) {
        stack.push({ node: fd.node, parent: i, depth: top.depth + 1, field: fd.name, position: -1 });
      } else if (isListField(fd)) {
        for (let k = fd.list.length - 1; k >= 0; k--) {
          const item = fd.list[k];
          if (typeof item === "object" && item !== null) {
            stack.push({ node: item, parent: i, depth: top.depth + 1, field: fd.name, position: k });
          }
        }
      }
    }
  }
  const n = nodes.length;
  const start = new Uint32Array(n);
  const end = new Uint32Array(n);
  const size = new Uint32Array(n).fill(1);
  for (let i = n - 1; i > 0; i--) {
    const p = parent[i] as number;
    size[p] = (size[p] as number) + (size[i] as number);
  }
  const after = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const node = nodes[i] as AstNode;
    start[i] = node.span?.byte_start ?? 0;
    end[i] = Math.max(node.span?.byte_end ?? 0, start[i] as number);
    after[i] = i + (size[i] as number);
  }
  return {
    nodes,
    parent: Int32Array.from(parent),
    depth: Uint32Array.from(depth),
    field,
    position: Int32Array.from(position),
    after,
    start,
    end,
  };
}

/**
 * The innermost node covering a selection, or -1. A range `[start, end)` needs a node containing
 * all of it. A bare cursor (`start === end`) counts as inside a node it touches at either end, so
 * `fib|(` finds `fib`; the smallest such node wins, then one the cursor is strictly inside, then
 * the deepest (`Expr` and its `Call` share a span: the `Call`). Nodes without a position (an
 * empty span) are never found.
 */
export function innermostNode(index: AstIndex, start: number, end: number): number {
  const cursor = start === end;
  let best = -1;
  let bestSize = Infinity;
  let bestStrict = false;
  let bestDepth = -1;
  const n = index.nodes.length;
  for (let i = 0; i < n; i++) {
    const s = index.start[i] as number;
    const e = index.end[i] as number;
    if (s >= e) continue;
    let strict: boolean;
    if (cursor) {
      if (start < s || start > e) continue;
      strict = start < e;
    } else {
      if (start < s || end > e) continue;
      strict = true;
    }
    const size = e - s;
    const d = index.depth[i] as number;
    const better =
      size < bestSize ||
      (size === bestSize && ((strict && !bestStrict) || (strict === bestStrict && d > bestDepth)));
    if (better) {
      best = i;
      bestSize = size;
      bestStrict = strict;
      bestDepth = d;
    }
  }
  return best;
}

/** The indices from the root down to node `i`. */
export function ancestry(index: AstIndex, i: number): number[] {
  const chain: number[] = [];
  for (let j = i; j >= 0; j = index.parent[j] as number) chain.push(j);
  return chain.reverse();
}

/** `line:col–col` or `line:col–line:col`, the columns 1-based characters; "" for an empty span. */
export function positionText(span: Span | undefined): string {
  if (!span || span.byte_end <= span.byte_start) return "";
  if (span.line_start === span.line_end) {
    return `${span.line_start}:${span.column_start}–${span.column_end}`;
  }
  return `${span.line_start}:${span.column_start}–${span.line_end}:${span.column_end}`;
}

/** The colour family of a printed value: strings and numbers are literals, `Load()` is quiet. */
export function valueClass(value: string): string {
  if (/^[rbuf]*['"]/i.test(value)) return "ast-v-str";
  if (/^-?[0-9.]/.test(value) || value === "inf" || value === "nan") return "ast-v-num";
  if (value === "None" || value === "True" || value === "False" || value === "Ellipsis") return "ast-v-const";
  if (/^[A-Za-z]+\(\)$/.test(value)) return "ast-v-word";
  return "ast-v-other";
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/** The smallest span covering every positioned node of a list, or null. */
function listSpan(list: readonly AstNode[]): { start: number; end: number } | null {
  let start = Infinity;
  let end = -1;
  for (const n of list) {
    const s = n?.span;
    if (!s || s.byte_end <= s.byte_start) continue;
    start = Math.min(start, s.byte_start);
    end = Math.max(end, s.byte_end);
  }
  return end < 0 ? null : { start, end };
}

type ItemType = "node" | "list" | "value" | "more";

/** One row of the tree (an ARIA treeitem). */
interface TreeItem {
  id: number;
  type: ItemType;
  el: HTMLLIElement;
  row: HTMLElement;
  parent: TreeItem | null;
  /** aria-level, 1 for the root. */
  level: number;
  /** Stable name across answers: field names and list positions from the root. */
  path: string;
  /** The node (index) a node item shows, or the node owning a list or value item. */
  node: number;
  /** A list item's nodes. */
  list: AstNode[] | null;
  /** The span to light up when pointed at, or null. */
  span: { start: number; end: number } | null;
  expandable: boolean;
  expanded: boolean;
  /** The children's container, once rendered. */
  group: HTMLUListElement | null;
  /** Node items: whether the children are rendered. List items: how many of them are. */
  rendered: number;
  /** A list item: the node index of its next item to render. */
  cursor: number;
  /** A list's "show more" row. */
  more: TreeItem | null;
}

/** Renders the AST panel for `stage` and links it to the shared selection. */
export function astPanel(stage: AstStage, ctx: PanelContext, state: AstViewState = astViewState(ctx.language)): Panel {
  const { language, selection } = ctx;
  const origin = `panel:ast:${language}`;
  const index = indexTree(stage.tree);
  const name = language === "rust" ? "Rust" : "Python";

  const el = h("div", "panel panel-ast");
  const head = h("div", "panel-head");
  head.append(h("span", "panel-count", plural(index.nodes.length, "node")));

  const views = h("div", "ast-views");
  views.setAttribute("role", "group");
  views.setAttribute("aria-label", "Show the AST as");
  const treeButton = h("button", "ast-view-button", "Tree");
  const textButton = h("button", "ast-view-button", language === "python" ? "ast.dump" : "Text");
  treeButton.type = "button";
  textButton.type = "button";
  treeButton.dataset.view = "tree";
  textButton.dataset.view = "text";
  textButton.title = language === "python" ? "The text of ast.dump(ast.parse(source))" : "The AST as text";
  views.append(treeButton, textButton);
  const copyButton = h("button", "ast-copy", "Copy");
  copyButton.type = "button";
  copyButton.title = "Copy the text to the clipboard";
  const hint = h("span", "ast-hint", "Click a node or press Enter to open or close it");
  head.append(views, copyButton, hint);
  el.append(head);

  const scroll = h("div", "panel-scroll");
  const tree = h("ul", "ast-tree");
  tree.setAttribute("role", "tree");
  tree.setAttribute(
    "aria-label",
    `${name} syntax tree. Arrow keys move between nodes; Enter or Space opens and closes one.`,
  );
  let dumpEl: HTMLPreElement | null = null;
  scroll.append(tree);
  el.append(scroll);

  const items: TreeItem[] = [];
  /** The item showing each node, once rendered. */
  const itemOfNode = new Map<number, TreeItem>();
  /** The item of each non-empty list, by `node index:field name`, once rendered. */
  const listItems = new Map<string, TreeItem>();

  function label(kind: string, text: string): HTMLElement {
    return h("span", `ast-label ast-label-${kind}`, text);
  }

  function newItem(
    type: ItemType,
    parent: TreeItem | null,
    path: string,
    node: number,
  ): TreeItem {
    const li = h("li", `ast-item ast-item-${type}`);
    li.setAttribute("role", "treeitem");
    li.tabIndex = -1;
    const row = h("div", "ast-row");
    li.append(row);
    const level = parent === null ? 1 : parent.level + 1;
    li.setAttribute("aria-level", String(level));
    const item: TreeItem = {
      id: items.length,
      type,
      el: li,
      row,
      parent,
      level,
      path,
      node,
      list: null,
      span: null,
      expandable: false,
      expanded: false,
      group: null,
      rendered: 0,
      cursor: -1,
      more: null,
    };
    li.dataset.item = String(item.id);
    items.push(item);
    return item;
  }

  function caret(item: TreeItem): void {
    const c = h("span", "ast-caret", item.expandable ? "▸" : "");
    c.setAttribute("aria-hidden", "true");
    item.row.prepend(c);
    if (item.expandable) item.el.setAttribute("aria-expanded", "false");
  }

  function nodeItem(parent: TreeItem | null, i: number, fieldLabel: string, path: string): TreeItem {
    const node = index.nodes[i] as AstNode;
    const item = newItem("node", parent, path, i);
    const s = node.span;
    if (s && s.byte_end > s.byte_start) item.span = { start: s.byte_start, end: s.byte_end };
    itemOfNode.set(i, item);
    const row = item.row;
    const aria: string[] = [];
    if (fieldLabel !== "") {
      row.append(label(parent?.type === "list" ? "index" : "field", fieldLabel));
      aria.push(fieldLabel);
    }
    row.append(h("span", "ast-kind", String(node.kind)));
    aria.push(String(node.kind));
    let children = 0;
    for (const f of fieldsOf(node)) {
      if (isNodeField(f) || (isListField(f) && f.list.length > 0)) children++;
      else if (isListField(f)) {
        const pair = h("span", "ast-inline");
        pair.append(h("span", "ast-name", `${f.name}:`), h("span", "ast-v-empty", "[]"));
        row.append(pair);
        aria.push(`${f.name} empty`);
      } else {
        const v = valueOf(f);
        if (v.length > INLINE_VALUE_MAX) {
          children++;
          continue;
        }
        const pair = h("span", "ast-inline");
        pair.append(h("span", "ast-name", `${f.name}:`), h("span", `ast-value ${valueClass(v)}`, v));
        row.append(pair);
        aria.push(`${f.name} ${v}`);
      }
    }
    const pos = positionText(s);
    if (pos) {
      const p = h("span", "ast-pos", pos);
      p.setAttribute("aria-hidden", "true");
      row.append(p);
      aria.push(`at ${pos}`);
    }
    row.title = `${node.kind}${pos ? ` · ${pos}` : " · no position of its own"}`;
    item.el.setAttribute("aria-label", aria.join(", "));
    item.el.setAttribute("aria-selected", "false");
    item.el.dataset.kind = String(node.kind);
    if (item.span) {
      item.el.dataset.start = String(item.span.start);
      item.el.dataset.end = String(item.span.end);
    }
    item.expandable = children > 0;
    caret(item);
    return item;
  }

  function listItem(parent: TreeItem, fieldName: string, list: AstNode[], first: number): TreeItem {
    const item = newItem("list", parent, `${parent.path}.${fieldName}`, parent.node);
    item.list = list;
    item.cursor = first;
    listItems.set(`${parent.node}:${fieldName}`, item);
    item.span = listSpan(list);
    item.row.append(label("field", fieldName), h("span", "ast-count", `[${plural(list.length, "item")}]`));
    item.el.setAttribute("aria-label", `${fieldName}, list of ${plural(list.length, "item")}`);
    item.expandable = true;
    caret(item);
    return item;
  }

  function valueItem(parent: TreeItem, fieldName: string, value: string): TreeItem {
    const item = newItem("value", parent, `${parent.path}.${fieldName}`, parent.node);
    item.span = parent.span;
    item.row.append(label("field", fieldName), h("span", `ast-value ast-value-long ${valueClass(value)}`, value));
    item.el.setAttribute("aria-label", `${fieldName} ${value}`);
    caret(item);
    return item;
  }

  function moreItem(list: TreeItem): TreeItem {
    const item = newItem("more", list, `${list.path}.more`, list.node);
    item.row.append(h("span", "ast-more"));
    list.more = item;
    updateMore(list);
    caret(item);
    return item;
  }

  function updateMore(list: TreeItem): void {
    const more = list.more;
    if (more === null || list.list === null) return;
    const hidden = list.list.length - list.rendered;
    const next = Math.min(hidden, MORE_PAGE);
    const text = next === hidden ? `show ${plural(next, "more", "more")}` : `show ${next} more (${plural(hidden, "hidden", "hidden")})`;
    (more.row.querySelector(".ast-more") as HTMLElement).textContent = text;
    more.el.setAttribute("aria-label", text);
  }

  function groupOf(item: TreeItem): HTMLUListElement {
    if (item.group === null) {
      item.group = h("ul", "ast-group");
      item.group.setAttribute("role", "group");
      item.el.append(item.group);
    }
    return item.group;
  }

  /** Renders the children of a node item (once). */
  function renderNodeChildren(item: TreeItem): TreeItem[] {
    const created: TreeItem[] = [];
    if (item.rendered > 0) return created;
    item.rendered = 1;
    const node = index.nodes[item.node] as AstNode;
    const group = groupOf(item);
    // The children's indices follow the preorder numbering of `indexTree`.
    let next = item.node + 1;
    for (const f of fieldsOf(node)) {
      if (isNodeField(f)) {
        const child = nodeItem(item, next, f.name, `${item.path}.${f.name}`);
        group.append(child.el);
        created.push(child);
        next = index.after[next] as number;
      } else if (isListField(f)) {
        if (f.list.length === 0) continue;
        const list = listItem(item, f.name, f.list, next);
        group.append(list.el);
        created.push(list);
        for (const entry of f.list) if (typeof entry === "object" && entry !== null) next = index.after[next] as number;
      } else if (valueOf(f).length > INLINE_VALUE_MAX) {
        const v = valueItem(item, f.name, valueOf(f));
        group.append(v.el);
        created.push(v);
      }
    }
    return created;
  }

  /** Renders a list's items up to `count` (in order, after those already there). */
  function renderListItems(list: TreeItem, count: number): TreeItem[] {
    const created: TreeItem[] = [];
    const nodes = list.list ?? [];
    const upto = Math.min(count, nodes.length);
    if (upto <= list.rendered) return created;
    const group = groupOf(list);
    for (let k = list.rendered; k < upto; k++) {
      const child = nodeItem(list, list.cursor, String(k), `${list.path}.${k}`);
      if (list.more) group.insertBefore(child.el, list.more.el);
      else group.append(child.el);
      created.push(child);
      list.cursor = index.after[list.cursor] as number;
    }
    list.rendered = upto;
    if (upto < nodes.length) {
      if (list.more === null) group.append(moreItem(list).el);
      else updateMore(list);
    } else if (list.more !== null) {
      list.more.el.remove();
      list.more = null;
    }
    return created;
  }

  /** The rendered node item at position k of a list. */
  function itemOfListPosition(list: TreeItem, k: number): TreeItem | null {
    const el = list.group?.children[k];
    if (!(el instanceof HTMLElement)) return null;
    return items[Number(el.dataset.item)] ?? null;
  }

  /** Opens or closes an item; renders its children the first time. Returns the items created. */
  function setExpanded(item: TreeItem, expanded: boolean): TreeItem[] {
    if (!item.expandable || item.expanded === expanded) return [];
    item.expanded = expanded;
    item.el.setAttribute("aria-expanded", String(expanded));
    const c = item.row.querySelector(".ast-caret");
    if (c) c.textContent = expanded ? "▾" : "▸";
    let created: TreeItem[] = [];
    if (expanded) {
      if (item.type === "node") created = renderNodeChildren(item);
      else if (item.type === "list") {
        const want = Math.max(state.shown.get(item.path) ?? 0, item.list && item.list.length > LIST_PAGE ? LIST_PAGE : Infinity);
        created = renderListItems(item, want);
      }
    }
    if (item.group) item.group.hidden = !expanded;
    return created;
  }

  /** Opens a node and, unless the reader closed them before, the lists right under it. */
  function open(item: TreeItem): void {
    for (const child of setExpanded(item, true)) {
      if (child.type === "list" && (state.open.get(child.path) ?? true)) setExpanded(child, true);
    }
  }

  function toggle(item: TreeItem): void {
    if (item.type === "more") {
      showMore(item);
      return;
    }
    if (!item.expandable) return;
    if (item.expanded) setExpanded(item, false);
    else open(item);
    state.open.set(item.path, item.expanded);
  }

  function showMore(more: TreeItem): void {
    const list = more.parent;
    if (list === null || list.type !== "list") return;
    const before = list.rendered;
    const count = list.rendered + MORE_PAGE;
    state.shown.set(list.path, count);
    const hadFocus = document.activeElement === more.el;
    renderListItems(list, count);
    if (hadFocus || tabStop === more) focusItem(itemOfListPosition(list, before));
  }

  // The root, and what opens by default: breadth first, nodes above INITIAL_DEPTH, within a budget
  // of rows; the reader's own choices win either way.
  const root = nodeItem(null, 0, "", "$");
  tree.append(root.el);
  root.el.tabIndex = 0;
  /** The one row in the tab order (a tree is a single tab stop). */
  let tabStop: TreeItem = root;
  {
    const queue: TreeItem[] = [root];
    for (let q = 0; q < queue.length; q++) {
      const item = queue[q] as TreeItem;
      if (!item.expandable) continue;
      const chosen = state.open.get(item.path);
      const byDefault =
        item === root ||
        (items.length < INITIAL_ROWS &&
          (item.type === "list" || (index.depth[item.node] as number) < INITIAL_DEPTH));
      if (chosen ?? byDefault) for (const child of setExpanded(item, true)) queue.push(child);
    }
  }

  // Linking with the selection.

  /** The item pointed at from this panel (mouse or focus), or null. */
  let pointed: TreeItem | null = null;
  let marked: TreeItem | null = null;

  function point(item: TreeItem | null): void {
    pointed = item;
    if (item === null || item.span === null) {
      selection.release(origin);
      return;
    }
    selection.set({ language, byteStart: item.span.start, byteEnd: item.span.end, origin });
    // The store stays silent when the span is the same (a list and its only node): mark here.
    if (selection.get()?.origin === origin) mark(item, false);
  }

  /** Makes node i's item exist and be visible: opens its ancestors, shows it in its list. */
  function reveal(i: number): TreeItem | null {
    const chain = ancestry(index, i);
    let item: TreeItem | null = root;
    for (let c = 1; c < chain.length && item !== null; c++) {
      const child = chain[c] as number;
      open(item);
      const position = index.position[child] as number;
      if (position >= 0) {
        const list = listItems.get(`${item.node}:${index.field[child]}`);
        if (list === undefined) return null;
        setExpanded(list, true);
        if (position >= list.rendered) renderListItems(list, position + 1);
      }
      item = itemOfNode.get(child) ?? null;
    }
    return item;
  }

  function mark(item: TreeItem | null, scrollTo: boolean): void {
    if (marked !== item) {
      if (marked) {
        marked.row.classList.remove("is-linked");
        if (marked.type === "node") marked.el.setAttribute("aria-selected", "false");
      }
      marked = item;
      if (item) {
        item.row.classList.add("is-linked");
        if (item.type === "node") item.el.setAttribute("aria-selected", "true");
      }
    } else scrollTo = false;
    if (item && scrollTo && !tree.hidden) scrollIntoPanel(item.row);
  }

  function redraw(current: Selection | null): void {
    if (current === null || current.language !== language) {
      mark(null, false);
      return;
    }
    if (current.origin === origin) {
      mark(pointed, false);
      return;
    }
    const i = innermostNode(index, current.byteStart, current.byteEnd);
    mark(i >= 0 ? reveal(i) : null, true);
  }

  // Pointer and keyboard.

  function itemOf(target: EventTarget | null): TreeItem | null {
    const li = (target as HTMLElement | null)?.closest?.<HTMLElement>("li.ast-item");
    if (!li || !tree.contains(li)) return null;
    return items[Number(li.dataset.item)] ?? null;
  }

  function focusItem(item: TreeItem | null): void {
    if (item === null) return;
    tabStop.el.tabIndex = -1;
    tabStop = item;
    item.el.tabIndex = 0;
    item.el.focus({ preventScroll: true });
    scrollIntoPanel(item.row);
  }

  function visibleChildren(item: TreeItem): TreeItem[] {
    if (!item.expanded || item.group === null) return [];
    return [...item.group.children].map((e) => items[Number((e as HTMLElement).dataset.item)] as TreeItem);
  }

  function nextVisible(item: TreeItem): TreeItem | null {
    const kids = visibleChildren(item);
    if (kids.length > 0) return kids[0] as TreeItem;
    for (let it: TreeItem | null = item; it !== null; it = it.parent) {
      const sib = it.el.nextElementSibling as HTMLElement | null;
      if (sib) return items[Number(sib.dataset.item)] ?? null;
    }
    return null;
  }

  function prevVisible(item: TreeItem): TreeItem | null {
    const sib = item.el.previousElementSibling as HTMLElement | null;
    if (!sib) return item.parent;
    let it = items[Number(sib.dataset.item)] as TreeItem;
    for (let kids = visibleChildren(it); kids.length > 0; kids = visibleChildren(it)) {
      it = kids[kids.length - 1] as TreeItem;
    }
    return it;
  }

  function lastVisible(): TreeItem {
    let it = root;
    for (let kids = visibleChildren(it); kids.length > 0; kids = visibleChildren(it)) {
      it = kids[kids.length - 1] as TreeItem;
    }
    return it;
  }

  tree.addEventListener("click", (event) => {
    const item = itemOf(event.target);
    if (item === null) return;
    // Selecting text to copy it is not a click on the node.
    const selected = window.getSelection?.();
    if (selected && !selected.isCollapsed && tree.contains(selected.anchorNode)) return;
    toggle(item);
    if (item.el.isConnected) focusItem(item);
  });
  tree.addEventListener("mouseover", (event) => {
    const item = itemOf(event.target);
    if (item !== null && item !== pointed) point(item);
  });
  tree.addEventListener("mouseleave", () => {
    const focused = itemOf(document.activeElement);
    point(focused);
  });
  tree.addEventListener("focusin", (event) => {
    const item = itemOf(event.target);
    if (item !== null) point(item);
  });
  tree.addEventListener("focusout", (event) => {
    if (!tree.contains(event.relatedTarget as Node | null)) point(null);
  });
  tree.addEventListener("keydown", (event) => {
    const item = itemOf(event.target);
    if (item === null) return;
    let target: TreeItem | null = null;
    switch (event.key) {
      case "Enter":
      case " ":
        toggle(item);
        break;
      case "ArrowDown":
        target = nextVisible(item);
        break;
      case "ArrowUp":
        target = prevVisible(item);
        break;
      case "ArrowRight":
        if (item.expandable && !item.expanded) toggle(item);
        else target = visibleChildren(item)[0] ?? null;
        break;
      case "ArrowLeft":
        if (item.expandable && item.expanded) toggle(item);
        else target = item.parent;
        break;
      case "Home":
        target = root;
        break;
      case "End":
        target = lastVisible();
        break;
      case "Escape":
        point(null);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (target !== null) focusItem(target);
  });

  // The two views.

  function showView(view: "tree" | "text"): void {
    state.view = view;
    treeButton.setAttribute("aria-pressed", String(view === "tree"));
    textButton.setAttribute("aria-pressed", String(view === "text"));
    tree.hidden = view !== "tree";
    hint.hidden = view !== "tree";
    copyButton.hidden = view !== "text";
    if (view === "text" && dumpEl === null) {
      dumpEl = h("pre", "ast-dump", stage.dump);
      dumpEl.tabIndex = 0;
      dumpEl.setAttribute("aria-label", `${name} AST as text`);
      scroll.append(dumpEl);
    }
    if (dumpEl) dumpEl.hidden = view !== "text";
  }
  treeButton.addEventListener("click", () => showView("tree"));
  textButton.addEventListener("click", () => showView("text"));

  let copiedTimer: ReturnType<typeof setTimeout> | undefined;
  copyButton.addEventListener("click", () => {
    const done = (text: string) => {
      copyButton.textContent = text;
      if (copiedTimer !== undefined) clearTimeout(copiedTimer);
      copiedTimer = setTimeout(() => {
        copyButton.textContent = "Copy";
      }, 1500);
    };
    const selectText = () => {
      // Without clipboard access, select the text so Ctrl+C copies it.
      if (dumpEl === null) return;
      const range = document.createRange();
      range.selectNodeContents(dumpEl);
      const sel = window.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
      done("Selected: press Ctrl+C");
    };
    const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
    if (clipboard?.writeText) {
      clipboard.writeText(stage.dump).then(() => done("Copied"), selectText);
    } else selectText();
  });

  showView(state.view);

  const unsubscribe = selection.subscribe(redraw);
  redraw(selection.get());
  // Once the panel is on the page, bring the node under the editor's cursor into view.
  if (typeof requestAnimationFrame === "function") {
    requestAnimationFrame(() => {
      if (marked && el.isConnected && !tree.hidden) scrollIntoPanel(marked.row);
    });
  }

  return {
    el,
    destroy() {
      unsubscribe();
      if (copiedTimer !== undefined) clearTimeout(copiedTimer);
      if (selection.get()?.origin === origin) selection.release(origin);
    },
  };
}
