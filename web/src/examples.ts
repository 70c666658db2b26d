//! Every code example of the seed page, as whole programs, for the examples menu.
//!
//! The text and comments are the seed's; where the seed shows a fragment it is wrapped into a whole
//! program (inside `fn main() { … }`), and line breaks and indentation are restored.

import type { Language } from "./api";

export interface Example {
  /** Stable id, for tests and the menu's values. */
  id: string;
  title: string;
  language: Language;
  code: string;
}

export const RUST_FIB = `fn fib(n: u64) -> u64 {
    if n <= 1 {
        return n;
    }
    fib(n - 1) + fib(n - 2)
}

fn main() {
    let result = fib(10);
    println!("{}", result);
}
`;

export const PYTHON_FIB = `def fib(n):
    if n <= 1:
        return n
    return fib(n - 1) + fib(n - 2)

result = fib(10)
print(result)
`;

export const EXAMPLES: readonly Example[] = [
  { id: "rust-fib", title: "Fibonacci", language: "rust", code: RUST_FIB },
  {
    id: "rust-for-loop",
    title: "A for loop (HIR desugars it)",
    language: "rust",
    code: `fn main() {
    for i in 0..10 {
        println!("{}", i);
    }
}
`,
  },
  {
    id: "rust-for-desugared",
    title: "The same loop, desugared by hand",
    language: "rust",
    code: `fn main() {
    // for loop desugared to loop + match
    {
        let mut iter = IntoIterator::into_iter(0..10);
        loop {
            match Iterator::next(&mut iter) {
                Some(i) => {
                    println!("{}", i);
                }
                None => break,
            }
        }
    }
}
`,
  },
  {
    id: "rust-borrow-error",
    title: "Borrow check failure",
    language: "rust",
    code: `fn main() {
    // This would FAIL borrow checking:
    let mut v = vec![1, 2, 3];
    let first = &v[0]; // immutable borrow
    v.push(4); // mutable borrow ERROR!
    println!("{}", first);
    // Error: cannot borrow \`v\` as mutable
    // because it is also borrowed as immutable
}
`,
  },
  {
    id: "rust-type-error",
    title: "Static typing: a compile-time error",
    language: "rust",
    code: `fn main() {
    let x: i32 = 5;
    let y: String = "hello".to_string();
    // Compile-time error:
    let z = x + y; // ERROR: cannot add \`String\` to \`i32\`
    // mismatched types
    // expected \`i32\`, found \`String\`
}
`,
  },
  {
    id: "rust-ownership",
    title: "Ownership: a move",
    language: "rust",
    code: `fn main() {
    let s1 = String::from("hello");
    let s2 = s1; // s1 is MOVED to s2
    // println!("{}", s1); // ERROR: s1 no longer valid
    println!("{}", s2); // OK
} // s2 dropped, memory freed
`,
  },
  {
    id: "rust-result",
    title: "Errors: Result and ?",
    language: "rust",
    code: `use std::fs;

fn read_config() -> Result<String, std::io::Error> {
    let content = fs::read_to_string("config.toml")?;
    Ok(content)
}

fn main() {
    match read_config() {
        Ok(cfg) => println!("Config: {}", cfg),
        Err(e) => eprintln!("Error: {}", e),
    }
}
`,
  },
  {
    id: "rust-threads",
    title: "Threads: thread::spawn",
    language: "rust",
    code: `use std::thread;

fn main() {
    let mut handles = vec![];
    for i in 0..4 {
        handles.push(thread::spawn(move || {
            println!("Thread {} running", i);
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
}
`,
  },
  { id: "python-fib", title: "Fibonacci", language: "python", code: PYTHON_FIB },
  {
    id: "python-type-error",
    title: "Dynamic typing: a runtime error",
    language: "python",
    code: `x = 5
y = "hello"
# Runtime error:
z = x + y # TypeError: unsupported operand type(s)
          # for +: 'int' and 'str'
# But this is valid:
x = "now I'm a string" # rebinding is fine
`,
  },
  {
    id: "python-refcount",
    title: "Reference counts: sys.getrefcount",
    language: "python",
    code: `import sys

a = [1, 2, 3]
print(sys.getrefcount(a)) # 2 (a + getrefcount arg)
b = a # b references same object
print(sys.getrefcount(a)) # 3
del b # refcount decremented
print(sys.getrefcount(a)) # 2
`,
  },
  {
    id: "python-exceptions",
    title: "Errors: exceptions and with open",
    language: "python",
    code: `def read_config():
    with open("config.toml") as f:
        return f.read()

try:
    cfg = read_config()
    print(f"Config: {cfg}")
except FileNotFoundError as e:
    print(f"Error: {e}")
# Forgetting try/except? Program crashes at runtime.
`,
  },
  {
    id: "python-threads",
    title: "Threads: threading and the GIL",
    language: "python",
    code: `import threading

def work(i):
    print(f"Thread {i} running")

threads = []
for i in range(4):
    t = threading.Thread(target=work, args=(i,))
    t.start()
    threads.append(t)
for t in threads:
    t.join()
`,
  },
];

/** The example with id `id`, if any. */
export function exampleById(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
