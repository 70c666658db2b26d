//! The types of the deepdive JSON API (docs/api.md), written once, and the calls that fetch them.

/** The two languages the page shows. */
export type Language = "rust" | "python";

/** A part of the source, in the conventions of rustc's JSON diagnostics. */
export interface Span {
  /** Byte offset into the UTF-8 encoding of the source, inclusive. */
  byte_start: number;
  /** Byte offset into the UTF-8 encoding of the source, exclusive. */
  byte_end: number;
  /** 1-based line of the start. */
  line_start: number;
  /** 1-based column of the start, counting Unicode characters. */
  column_start: number;
  line_end: number;
  column_end: number;
}

/** The colour families of the seed page's token table. */
export type TokenCategory =
  | "keyword"
  | "identifier"
  | "literal"
  | "operator"
  | "delimiter"
  | "type"
  | "comment"
  | "trivia"
  | "error";

/** Every category, in the order the legend shows them. */
export const TOKEN_CATEGORIES: readonly TokenCategory[] = [
  "keyword",
  "identifier",
  "literal",
  "operator",
  "delimiter",
  "type",
  "comment",
  "trivia",
  "error",
];

export interface Token {
  /** Python: CPython's token name (`NAME`, `OP`, `NEWLINE`…); Rust: the lexer's kind (`Ident`…). */
  kind: string;
  text: string;
  category: TokenCategory;
  span: Span;
}

/** The `tokens` stage. */
export interface TokensStage {
  tokens: Token[];
}

/** A node of the `ast` stage's tree: its constructor name, its span and its fields in order. */
export interface AstNode {
  /** The constructor name (Python: the ASDL name, `FunctionDef`, `BinOp`…). */
  kind: string;
  /** Where it is; an empty span means the node has no position of its own (`LtE` in a list). */
  span: Span;
  fields: AstField[];
}

/** One field of an AST node: one child `node`, a `list` of nodes, or a printed `value`. */
export type AstField =
  | { name: string; node: AstNode }
  | { name: string; list: AstNode[] }
  | { name: string; value: string };

/** The `ast` stage: the tree, and its text (Python: `ast.dump`). */
export interface AstStage {
  dump: string;
  tree: AstNode;
}

/** One instruction of the `bytecode` stage: one line of `dis`. */
export interface BytecodeInstruction {
  offset: number;
  opname: string;
  /** The numeric argument, `null` for opcodes without one. */
  arg: number | null;
  /** What `dis` prints in parentheses (`NULL + fib`, `to 18`), or "". */
  argrepr: string;
  /** The source line this instruction starts (the left column of `dis`), else `null`. */
  starts_line: number | null;
  /** Whether some jump lands here (`>>` in `dis`). */
  jump_target: boolean;
  /** The source it was compiled from; `null` for artificial instructions such as `RESUME`. */
  span: Span | null;
}

/** One entry of a code object's exception table. */
export interface BytecodeExceptionEntry {
  start: number;
  end: number;
  target: number;
  depth: number;
  lasti: boolean;
}

/** A code object of the `bytecode` stage: the module's, or a nested function's, class's… */
export interface BytecodeCodeObject {
  name: string;
  qualname: string;
  first_line: number;
  varnames: string[];
  names: string[];
  freevars: string[];
  cellvars: string[];
  /** Each constant as `repr` prints it. */
  consts: string[];
  instructions: BytecodeInstruction[];
  exception_table: BytecodeExceptionEntry[];
}

/** The `bytecode` stage (Python): CPython 3.11's `dis` of the module, as text and as data. */
export interface BytecodeStage {
  /** Exactly `dis.dis(compile(source, "main.py", "exec"))`, addresses printed as `0x0000`. */
  text: string;
  /** The module's code object and every nested one, in the order `dis` prints them. */
  code_objects: BytecodeCodeObject[];
  /** What each opcode used does to the value stack, by opname. */
  opcodes: Record<string, string>;
}

/** A HIR node printed on a line: its character columns there, its source, what introduced it. */
export interface HirMark {
  /** 0-based character columns on the line, half-open (indentation left out). */
  start: number;
  end: number;
  span: Span;
  /** `for`, `while`, `?`, `println!`, `format_args!`…, or null for code the user wrote. */
  desugaring: string | null;
}

/** One line of the printed HIR. */
export interface HirLine {
  text: string;
  /** The nodes printed on this line, outermost first. */
  marks: HirMark[];
}

/** One source expression's type (Rust), as rustc prints types; the editor shows it on hover. */
export interface ExprType {
  span: Span;
  ty: string;
}

/** The `hir` stage (Rust): the desugared program, as `deepdive rust main.rs --emit hir` prints it. */
export interface HirStage {
  text: string;
  lines: HirLine[];
  /** The types the type checker knows (absent from older answers). */
  types?: ExprType[];
}

/** Stage keys of each pipeline, in pipeline order. */
export type PythonStageKey = "tokens" | "ast" | "bytecode" | "pvm";
export type RustStageKey = "tokens" | "ast" | "hir" | "mir" | "llvm_ir" | "asm" | "run";
export type StageKey = PythonStageKey | RustStageKey;

/**
 * The stages built so far. A stage not built yet is absent. Stages whose shape docs/api.md does not
 * describe yet are shown generically.
 */
export interface Stages {
  tokens?: TokensStage;
  ast?: AstStage;
  hir?: HirStage;
  mir?: unknown;
  llvm_ir?: unknown;
  asm?: unknown;
  bytecode?: BytecodeStage;
  pvm?: PvmStage;
  run?: unknown;
}

/** A value in a trace: a string is drawn in place (its repr); a number is a heap object's id. */
export type PvmVal = string | number;

/** A frame at one step: its code object, function, line and variables. */
export interface PvmFrame {
  code: number;
  name: string;
  line: number | null;
  locals: [string, PvmVal][];
}

/** A heap object at one step, with its reference count and its outgoing references. */
export interface PvmHeapObject {
  id: number;
  type: string;
  repr: string;
  rc: number;
  refs: [string, PvmVal][];
  /** References not shown. */
  more?: number;
}

/** One step of the trace: the instruction about to run, and what changed since the step before. */
export interface PvmStep {
  code: number;
  index: number;
  offset: number;
  line: number | null;
  /** Byte offsets of the instruction's source. */
  span: [number, number] | null;
  thread: number;
  /** Bytes of stdout printed before this step. */
  out: number;
  stack?: { keep: number; push: PvmVal[] };
  frames?: { keep: number; push: PvmFrame[] };
  heap?: { set?: PvmHeapObject[]; rc?: [number, number][]; del?: number[] };
}

export interface PvmCode {
  name: string;
  qualname: string;
  first_line: number;
  /** Index into `stages.bytecode.code_objects`. */
  bytecode_index: number | null;
}

export interface PvmTrace {
  codes: PvmCode[];
  steps: PvmStep[];
  truncated: boolean;
  max_steps: number;
}

/** The `pvm` stage (Python): the run's output and its recorded trace (docs/trace.md). */
export interface PvmStage {
  stdout: string;
  stderr: string;
  exit_code: number;
  instructions: number;
  stdout_truncated: boolean;
  trace: PvmTrace | null;
}

/** A virtual file the Python program can open(). */
export interface VirtualFile {
  name: string;
  content: string;
}

export interface DiagnosticLabel {
  span: Span;
  message: string;
  primary: boolean;
}

export interface Diagnostic {
  /** The stage key that produced it. */
  stage: string;
  /** `error`, `warning`, `note`, `help`… */
  severity: string;
  code: string | null;
  message: string;
  labels: DiagnosticLabel[];
  notes: string[];
  /** The diagnostic as the real tool prints it. */
  rendered: string;
}

/** The answer to `POST /api/python` and `POST /api/rust`. */
export interface PipelineAnswer {
  language: Language;
  stages: Stages;
  diagnostics: Diagnostic[];
}

/** The answer to `GET /api/health`. */
export interface Health {
  status: string;
  version: string;
}

/** Every error answer: `{"error": "…"}` with a non-2xx status. */
export interface ErrorAnswer {
  error: string;
}

/** An answer that was not a pipeline: an HTTP error status, or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.name = "ApiError";
    this.status = status;
  }
}

/** `fetch`, or a stand-in for tests. */
export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

/** Base URL of the API; the page is served by the same server. */
export const API_BASE = "api";

/** Asks the server for every stage of `source`. Rejects with `ApiError`, or an `AbortError`. */
export async function fetchPipeline(
  language: Language,
  source: string,
  signal?: AbortSignal,
  fetchFn: FetchFn = (input, init) => fetch(input, init),
  files: readonly VirtualFile[] = [],
): Promise<PipelineAnswer> {
  let response: Response;
  try {
    response = await fetchFn(`${API_BASE}/${language}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(files.length > 0 ? { source, files } : { source }),
      signal,
    });
  } catch (e) {
    if (isAbort(e)) throw e;
    throw new ApiError(0, "the deepdive server cannot be reached");
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (e) {
    if (isAbort(e)) throw e;
    throw new ApiError(response.status, `the server answered ${response.status} without JSON`);
  }
  if (!response.ok) {
    const message =
      typeof body === "object" && body !== null && typeof (body as ErrorAnswer).error === "string"
        ? (body as ErrorAnswer).error
        : `the server answered ${response.status}`;
    throw new ApiError(response.status, message);
  }
  return body as PipelineAnswer;
}

/** Whether `e` is the rejection of an aborted fetch. */
export function isAbort(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { name?: unknown }).name === "AbortError";
}
