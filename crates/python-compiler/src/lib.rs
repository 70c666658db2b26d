//! The CPython 3.11 bytecode compiler: from the tree `python-syntax` parses to code objects
//! identical to CPython's, and the `dis` text of them.
//!
//! [`compile`] runs the stages `compile()` runs in CPython: the `__future__` check
//! (`future.c`), constant folding (`fold`, after `ast_opt.c`), symbol tables (`symtable`),
//! code generation into a flow graph per code object (`codegen`), and the flow-graph
//! optimisations and assembly (`assemble`). [`dis()`] prints the result as `dis.dis` does.
//! The instruction set is described once, in [`opcode`].

mod assemble;
mod code;
mod codegen;
pub mod dis;
mod error;
mod fold;
pub mod ir;
pub mod opcode;
pub mod symtable;
mod unparse;
pub mod value;

use std::rc::Rc;

use python_syntax::ast::{self, StmtKind};

pub use code::{flags, CodeObject, ExceptionTableEntry, Instruction, Positions};
pub use dis::dis;
pub use error::CompileError;
pub use value::Constant;

/// What `dis` prints instead of the memory address of a code object; the conformance script
/// puts the same text in CPython's output before comparing.
pub const ADDRESS_PLACEHOLDER: &str = "0x0000";

/// The result of compiling a module: its code object, or the error that stopped compilation.
#[derive(Clone, Debug)]
pub struct Compiled {
    pub code: Option<CodeObject>,
    pub error: Option<CompileError>,
}

/// Compiles a parsed module as `compile(source, file_name, "exec")` does in CPython 3.11.
/// `source` is the file's bytes, used for the source line of error reports.
pub fn compile(module: &ast::Module, source: &[u8], file_name: &str) -> Compiled {
    match compile_inner(module, file_name) {
        Ok(code) => Compiled {
            code: Some(Rc::try_unwrap(code).unwrap_or_else(|rc| (*rc).clone())),
            error: None,
        },
        Err(mut e) => {
            e.text = source_line(source, e.lineno);
            Compiled {
                code: None,
                error: Some(e),
            }
        }
    }
}

fn source_line(source: &[u8], lineno: u32) -> Option<String> {
    if lineno == 0 {
        return None;
    }
    let text = String::from_utf8_lossy(source);
    text.split_inclusive('\n')
        .nth(lineno as usize - 1)
        .map(|l| l.to_string())
}

/// The features `from __future__ import` turns on, and the line of the last such import.
struct Future {
    lineno: u32,
    annotations: bool,
    barry: bool,
}

/// CPython's `future.c`: reads the `from __future__` imports at the top of the module.
fn future_features(module: &ast::Module) -> Result<Future, CompileError> {
    let mut f = Future {
        lineno: 0,
        annotations: false,
        barry: false,
    };
    let body = &module.body;
    let mut i = usize::from(fold::docstring(body).is_some());
    let mut done = false;
    let mut prev_line = 0;
    while i < body.len() {
        let s = &body[i];
        i += 1;
        if done && s.pos.lineno > prev_line {
            break;
        }
        prev_line = s.pos.lineno;
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                ..
            } if m == "__future__" => {
                if done {
                    return Err(future_error(
                        "from __future__ imports must occur at the beginning of the file",
                        s,
                    ));
                }
                for alias in names {
                    match alias.name.as_str() {
                        "nested_scopes" | "generators" | "division" | "absolute_import"
                        | "with_statement" | "print_function" | "unicode_literals"
                        | "generator_stop" => {}
                        "barry_as_FLUFL" => f.barry = true,
                        "annotations" => f.annotations = true,
                        "braces" => return Err(future_error("not a chance", s)),
                        other => {
                            let name: String = other.chars().take(100).collect();
                            return Err(future_error(
                                &format!("future feature {name} is not defined"),
                                s,
                            ));
                        }
                    }
                }
                f.lineno = s.pos.lineno;
            }
            _ => done = true,
        }
    }
    Ok(f)
}

fn future_error(message: &str, s: &ast::Stmt) -> CompileError {
    let mut e = CompileError::at(message, &s.pos);
    e.end_lineno = e.lineno;
    e.end_offset = e.offset;
    e
}

fn compile_inner(module: &ast::Module, file_name: &str) -> Result<Rc<CodeObject>, CompileError> {
    let future = future_features(module)?;
    let folded = fold::fold_module(module, future.annotations);
    let table = symtable::build(module, &folded, future.annotations)?;
    let mut compiler = codegen::Compiler {
        table: &table,
        folded: &folded,
        filename: file_name.to_string(),
        units: Vec::new(),
        future_lineno: future.lineno,
        future_annotations: future.annotations,
        future_barry: if future.barry { 0x40_0000 } else { 0 },
        frozensets: Vec::new(),
    };
    compiler.compile_module(module)
}

/// The symbol tables of a module (the stage between the tree and the bytecode), or the
/// compile-time error the analysis raises.
pub fn symbol_table(module: &ast::Module) -> Result<symtable::SymbolTable, CompileError> {
    let future = future_features(module)?;
    let folded = fold::fold_module(module, future.annotations);
    symtable::build(module, &folded, future.annotations)
}

/// Parses and compiles source bytes; a convenience for tests and tools. A syntax error from
/// the parser is returned as its rendered text.
pub fn compile_source(source: &[u8], file_name: &str) -> Result<CodeObject, String> {
    let parsed = python_syntax::parse(source);
    let Some(module) = parsed.module else {
        return Err(parsed
            .error
            .map(|e| e.render(file_name))
            .unwrap_or_default());
    };
    let compiled = compile(&module, source, file_name);
    match (compiled.code, compiled.error) {
        (Some(code), _) => Ok(code),
        (None, Some(e)) => Err(e.render(file_name)),
        (None, None) => Err(String::new()),
    }
}
