//! Tests of the examples menu's content: every seed example is there, whole and well formed.
import { describe, expect, test } from "vitest";
import { EXAMPLES, PYTHON_FIB, RUST_FIB, exampleById } from "./examples";

describe("examples", () => {
  test("ids are unique and every example has a title, a language and code", () => {
    const ids = new Set(EXAMPLES.map((e) => e.id));
    expect(ids.size).toBe(EXAMPLES.length);
    for (const e of EXAMPLES) {
      expect(e.title.length).toBeGreaterThan(0);
      expect(["rust", "python"]).toContain(e.language);
      expect(e.code.endsWith("\n")).toBe(true);
      expect(e.code).not.toMatch(/\t/);
    }
  });

  test("the seed's examples are all there", () => {
    const rust = EXAMPLES.filter((e) => e.language === "rust").map((e) => e.code).join("\n");
    const python = EXAMPLES.filter((e) => e.language === "python").map((e) => e.code).join("\n");
    for (const snippet of [
      "fn fib(n: u64) -> u64 {",
      "for i in 0..10 {",
      "let mut iter = IntoIterator::into_iter(0..10);",
      "let first = &v[0]; // immutable borrow",
      "v.push(4); // mutable borrow ERROR!",
      'let y: String = "hello".to_string();',
      "let s2 = s1; // s1 is MOVED to s2",
      'let content = fs::read_to_string("config.toml")?;',
      "handles.push(thread::spawn(move || {",
    ])
      expect(rust).toContain(snippet);
    for (const snippet of [
      "def fib(n):",
      "z = x + y # TypeError: unsupported operand type(s)",
      "print(sys.getrefcount(a)) # 3",
      'with open("config.toml") as f:',
      "t = threading.Thread(target=work, args=(i,))",
    ])
      expect(python).toContain(snippet);
  });

  test("Rust examples are whole programs with a main, braces balanced", () => {
    for (const e of EXAMPLES.filter((x) => x.language === "rust")) {
      expect(e.code).toContain("fn main() {");
      const open = (e.code.match(/\{/g) ?? []).length;
      const close = (e.code.match(/\}/g) ?? []).length;
      expect(open, e.id).toBe(close);
    }
  });

  test("Python examples indent by four spaces", () => {
    for (const e of EXAMPLES.filter((x) => x.language === "python")) {
      for (const line of e.code.split("\n")) {
        const indent = line.length - line.trimStart().length;
        if (line.trim() !== "" && !line.trimStart().startsWith("#")) expect(indent % 4, `${e.id}: ${line}`).toBe(0);
      }
    }
  });

  test("fib is the preloaded pair", () => {
    expect(exampleById("rust-fib")?.code).toBe(RUST_FIB);
    expect(exampleById("python-fib")?.code).toBe(PYTHON_FIB);
    expect(exampleById("nope")).toBeUndefined();
  });
});
