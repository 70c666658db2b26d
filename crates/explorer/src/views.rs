//! JSON views of the stage artifacts: the shapes documented in docs/api.md, sent to the page.

use serde::Serialize;
use source::{Diagnostic, LineIndex, Span, TokenCategory};

use crate::pipeline;

/// A span in the conventions of rustc's JSON diagnostics: byte offsets, 1-based lines and columns.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpanView {
    pub byte_start: u32,
    pub byte_end: u32,
    pub line_start: u32,
    pub column_start: u32,
    pub line_end: u32,
    pub column_end: u32,
}

impl SpanView {
    /// Resolves `span` against the source's line index.
    pub fn new(span: Span, index: &LineIndex) -> SpanView {
        let start = index.line_col(span.start);
        let end = index.line_col(span.end);
        SpanView {
            byte_start: span.start,
            byte_end: span.end,
            line_start: start.line,
            column_start: start.col,
            line_end: end.line,
            column_end: end.col,
        }
    }
}

/// One token as the Tokens panel shows it.
#[derive(Serialize, Debug)]
pub struct TokenView {
    pub kind: String,
    pub text: String,
    pub category: &'static str,
    pub span: SpanView,
}

/// The Tokens stage: every token in source order.
#[derive(Serialize, Debug)]
pub struct TokensView {
    pub tokens: Vec<TokenView>,
}

/// A labelled span of a diagnostic.
#[derive(Serialize, Debug)]
pub struct LabelView {
    pub span: SpanView,
    pub message: String,
    pub primary: bool,
}

/// A diagnostic with the stage that produced it and its text as the real tool prints it.
#[derive(Serialize, Debug)]
pub struct DiagnosticView {
    pub stage: &'static str,
    pub severity: &'static str,
    pub code: Option<String>,
    pub message: String,
    pub labels: Vec<LabelView>,
    pub notes: Vec<String>,
    pub rendered: String,
}

impl DiagnosticView {
    fn new(stage: &'static str, d: &Diagnostic, index: &LineIndex, rendered: String) -> Self {
        DiagnosticView {
            stage,
            severity: d.severity.as_str(),
            code: d.code.clone(),
            message: d.message.clone(),
            labels: d
                .labels
                .iter()
                .map(|l| LabelView {
                    span: SpanView::new(l.span, index),
                    message: l.message.clone(),
                    primary: l.primary,
                })
                .collect(),
            notes: d.notes.clone(),
            rendered,
        }
    }
}

/// One node of a syntax tree, for the page's tree panel.
#[derive(Serialize, Debug)]
pub struct TreeNodeView {
    pub kind: &'static str,
    pub span: SpanView,
    pub fields: Vec<TreeFieldView>,
}

/// One field of a tree node: a child node, a list of them, or a printed value.
#[derive(Serialize, Debug)]
pub struct TreeFieldView {
    pub name: &'static str,
    #[serde(flatten)]
    pub value: TreeValueView,
}

/// The value of a tree field; serialised as `"node"`, `"list"` or `"value"` beside `"name"`.
#[derive(Serialize, Debug)]
#[serde(rename_all = "lowercase")]
pub enum TreeValueView {
    Node(TreeNodeView),
    List(Vec<TreeNodeView>),
    Value(String),
}

/// The AST stage: the `ast.dump` text and the tree.
#[derive(Serialize, Debug)]
pub struct AstView {
    pub dump: String,
    pub tree: TreeNodeView,
}

/// One instruction as the Bytecode panel shows it: a line of `dis`.
#[derive(Serialize, Debug)]
pub struct InstructionView {
    pub offset: u32,
    pub opname: &'static str,
    pub arg: Option<u32>,
    pub argrepr: String,
    /// The source line, on the first instruction of each line (the left column of `dis`).
    pub starts_line: Option<u32>,
    /// Whether a jump or an exception handler lands here (`>>` in `dis`).
    pub jump_target: bool,
    /// The source the instruction was compiled from; absent for artificial instructions.
    pub span: Option<SpanView>,
}

/// One entry of a code object's exception table (`ExceptionTable:` in `dis`).
#[derive(Serialize, Debug)]
pub struct ExceptionEntryView {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// One code object, with what `dis` and `code.co_*` show of it.
#[derive(Serialize, Debug)]
pub struct CodeObjectView {
    pub name: String,
    pub qualname: String,
    pub first_line: u32,
    pub varnames: Vec<String>,
    pub names: Vec<String>,
    pub freevars: Vec<String>,
    pub cellvars: Vec<String>,
    pub consts: Vec<String>,
    pub instructions: Vec<InstructionView>,
    pub exception_table: Vec<ExceptionEntryView>,
}

/// The Bytecode stage: the `dis` text, every code object in `dis` order, and what each opcode
/// used does to the value stack (from the one opcode table).
#[derive(Serialize, Debug)]
pub struct BytecodeView {
    pub text: String,
    pub code_objects: Vec<CodeObjectView>,
    pub opcodes: std::collections::BTreeMap<&'static str, &'static str>,
}

/// Builds the view of `code` and of the code objects nested in it, in the order `dis` prints them.
fn bytecode_view(code: &python_compiler::CodeObject, index: &LineIndex) -> BytecodeView {
    let mut view = BytecodeView {
        text: python_compiler::dis(code),
        code_objects: Vec::new(),
        opcodes: Default::default(),
    };
    let mut pending = vec![code];
    while let Some(code) = pending.pop() {
        let lines = python_compiler::dis::lines(code);
        let instructions = code
            .instructions
            .iter()
            .zip(lines)
            .map(|(instruction, line)| {
                view.opcodes.insert(
                    line.opname,
                    python_compiler::opcode::describe(instruction.opcode),
                );
                InstructionView {
                    offset: line.offset,
                    opname: line.opname,
                    arg: line.arg,
                    argrepr: line.argrepr,
                    starts_line: line.starts_line,
                    jump_target: line.is_jump_target,
                    span: instruction.span.map(|span| SpanView::new(span, index)),
                }
            })
            .collect();
        view.code_objects.push(CodeObjectView {
            name: code.name.clone(),
            qualname: code.qualname.clone(),
            first_line: code.first_line,
            varnames: code.varnames.clone(),
            names: code.names.clone(),
            freevars: code.freevars.clone(),
            cellvars: code.cellvars.clone(),
            consts: code.consts.iter().map(|c| c.repr()).collect(),
            instructions,
            exception_table: code
                .exception_table
                .iter()
                .map(|e| ExceptionEntryView {
                    start: e.start,
                    end: e.end,
                    target: e.target,
                    depth: e.depth,
                    lasti: e.lasti,
                })
                .collect(),
        });
        // `dis` prints nested code objects depth first, in the order of the constants.
        for constant in code.consts.iter().rev() {
            if let python_compiler::Constant::Code(inner) = constant {
                pending.push(inner);
            }
        }
    }
    view
}

/// The stages built so far; a stage not built yet (or stopped by an error) is absent.
#[derive(Serialize, Debug, Default)]
pub struct StagesView {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tokens: Option<TokensView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ast: Option<AstView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hir: Option<HirView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bytecode: Option<BytecodeView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pvm: Option<crate::trace_view::PvmView>,
}

/// Converts the parser's generic tree into its JSON view.
fn tree_view(node: python_syntax::ast::TreeNode, index: &LineIndex) -> TreeNodeView {
    use python_syntax::ast::TreeField;
    TreeNodeView {
        kind: node.kind,
        span: SpanView::new(node.span, index),
        fields: node
            .fields
            .into_iter()
            .map(|(name, field)| TreeFieldView {
                name,
                value: match field {
                    TreeField::Node(child) => TreeValueView::Node(tree_view(child, index)),
                    TreeField::List(children) => TreeValueView::List(
                        children.into_iter().map(|c| tree_view(c, index)).collect(),
                    ),
                    TreeField::Value(text) => TreeValueView::Value(text),
                },
            })
            .collect(),
    }
}

/// Converts the Rust parser's generic tree into its JSON view (the same shape as Python's).
fn rust_tree_view(node: rust_syntax::ast::TreeNode, index: &LineIndex) -> TreeNodeView {
    use rust_syntax::ast::TreeField;
    TreeNodeView {
        kind: node.kind,
        span: SpanView::new(node.span, index),
        fields: node
            .fields
            .into_iter()
            .map(|(name, field)| TreeFieldView {
                name,
                value: match field {
                    TreeField::Node(child) => TreeValueView::Node(rust_tree_view(child, index)),
                    TreeField::List(children) => TreeValueView::List(
                        children
                            .into_iter()
                            .map(|c| rust_tree_view(c, index))
                            .collect(),
                    ),
                    TreeField::Value(text) => TreeValueView::Value(text),
                },
            })
            .collect(),
    }
}

/// The answer to `POST /api/python` and `POST /api/rust`.
#[derive(Serialize, Debug)]
pub struct PipelineView {
    pub language: &'static str,
    pub stages: StagesView,
    pub diagnostics: Vec<DiagnosticView>,
}

/// The file name diagnostics use for the page's Python editor.
pub const PYTHON_FILE_NAME: &str = "main.py";
/// The file name diagnostics use for the page's Rust editor.
pub const RUST_FILE_NAME: &str = "main.rs";

fn token_view(
    kind: String,
    text: String,
    category: TokenCategory,
    span: Span,
    index: &LineIndex,
) -> TokenView {
    TokenView {
        kind,
        text,
        category: category.as_str(),
        span: SpanView::new(span, index),
    }
}

/// A virtual file the page's program can `open()`.
#[derive(serde::Deserialize, Debug, Clone)]
pub struct VirtualFile {
    pub name: String,
    pub content: String,
}

/// Runs the Python pipeline and builds its view (the program runs with no files).
pub fn python(source: &str) -> PipelineView {
    python_with_files(source, &[])
}

/// Runs the Python pipeline, the run included (within the page's limits, `files` readable by
/// `open()`), and builds its view.
pub fn python_with_files(source: &str, files: &[VirtualFile]) -> PipelineView {
    let artifacts = pipeline::python(source.as_bytes(), PYTHON_FILE_NAME);
    let index = &artifacts.index;
    let tokens = artifacts
        .tokens
        .tokens
        .iter()
        .map(|t| {
            token_view(
                t.kind.name().to_string(),
                t.text.clone(),
                t.category,
                t.span,
                index,
            )
        })
        .collect();
    let mut diagnostics: Vec<DiagnosticView> = artifacts
        .tokens
        .error
        .iter()
        .map(|e| {
            let rendered = e.render(PYTHON_FILE_NAME);
            DiagnosticView::new("tokens", &e.to_diagnostic(), index, rendered)
        })
        .collect();
    let ast = match (&artifacts.parsed.module, &artifacts.parsed.error) {
        (Some(module), _) => Some(AstView {
            dump: python_syntax::ast::dump(module),
            tree: tree_view(python_syntax::ast::tree(module), index),
        }),
        (None, Some(error)) => {
            let rendered = error.render(PYTHON_FILE_NAME);
            diagnostics.push(DiagnosticView::new(
                "ast",
                &error.to_diagnostic(),
                index,
                rendered,
            ));
            None
        }
        (None, None) => None,
    };
    let bytecode = match &artifacts.compiled {
        Some(python_compiler::Compiled {
            code: Some(code), ..
        }) => Some(bytecode_view(code, index)),
        Some(python_compiler::Compiled {
            error: Some(error), ..
        }) => {
            let rendered = error.render(PYTHON_FILE_NAME);
            diagnostics.push(DiagnosticView::new(
                "bytecode",
                &error.to_diagnostic(),
                index,
                rendered,
            ));
            None
        }
        _ => None,
    };
    let pvm = match (&artifacts.compiled, &bytecode) {
        (
            Some(python_compiler::Compiled {
                code: Some(code), ..
            }),
            Some(view),
        ) => {
            let keys: Vec<(String, u32)> = view
                .code_objects
                .iter()
                .map(|c| (c.qualname.clone(), c.first_line))
                .collect();
            Some(pvm_stage(code, source.as_bytes(), files, &keys))
        }
        _ => None,
    };
    PipelineView {
        language: "python",
        stages: StagesView {
            tokens: Some(TokensView { tokens }),
            ast,
            hir: None,
            bytecode,
            pvm,
        },
        diagnostics,
    }
}

/// Runs the compiled module within the page's limits, recording its trace. A bug in the VM
/// that panics is reported as the stage's output instead of losing the other stages.
fn pvm_stage(
    code: &python_compiler::CodeObject,
    source: &[u8],
    files: &[VirtualFile],
    code_keys: &[(String, u32)],
) -> crate::trace_view::PvmView {
    use crate::trace_view::*;
    let options = python_vm::RunOptions {
        fuel: PAGE_FUEL,
        heap_cap: PAGE_HEAP_CAP,
        files: files
            .iter()
            .map(|f| (f.name.clone(), f.content.clone().into_bytes()))
            .collect(),
        trace_steps: Some(PAGE_TRACE_STEPS),
    };
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        python_vm::run_code(code, source, PYTHON_FILE_NAME, options)
    }));
    match run {
        Ok(out) => pvm_view(out, code_keys, PAGE_TRACE_STEPS),
        Err(_) => PvmView {
            stdout: String::new(),
            stderr: "deepdive: the VM failed on this program (a bug: please report it with the source)\n".into(),
            exit_code: 1,
            instructions: 0,
            stdout_truncated: false,
            trace: None,
        },
    }
}

/// Runs the Rust pipeline and builds its view. The tokens are the glued stream rustc's parser
/// reads (`->` is one `RArrow`), whitespace left out.
pub fn rust(source: &str) -> PipelineView {
    let artifacts = pipeline::rust(source);
    let index = &artifacts.index;
    let tokens = rust_syntax::glue(source, &artifacts.lexed.tokens)
        .into_iter()
        .filter(|t| t.category != TokenCategory::Trivia)
        .map(|t| {
            let text = source[t.span.start as usize..t.span.end as usize].to_string();
            token_view(t.name, text, t.category, t.span, index)
        })
        .collect();
    // Lexer errors past an unexpected closing delimiter are left out: rustc stops there.
    let mut diagnostics: Vec<DiagnosticView> = artifacts
        .lexed
        .diagnostics
        .iter()
        .filter(|d| artifacts.parsed.lexer_reports(d))
        .map(|d| DiagnosticView::new("tokens", d, index, d.render_rustc(RUST_FILE_NAME, index)))
        .collect();
    diagnostics.extend(
        artifacts
            .parsed
            .diagnostics
            .iter()
            .map(|d| DiagnosticView::new("ast", d, index, d.render_rustc(RUST_FILE_NAME, index))),
    );
    let hir =
        artifacts.hir.as_ref().map(|lowered| {
            diagnostics.extend(lowered.diagnostics.iter().map(|d| {
                DiagnosticView::new("hir", d, index, d.render_rustc(RUST_FILE_NAME, index))
            }));
            let mut view = hir_view(&rust_sema::print::print(&lowered.hir), index);
            view.types = artifacts
                .types
                .iter()
                .map(|t| TypeView {
                    span: SpanView::new(t.span, index),
                    ty: t.ty.clone(),
                })
                .collect();
            view
        });
    let krate = &artifacts.parsed.krate;
    let ast = AstView {
        dump: rust_syntax::ast::print(source, krate),
        tree: rust_tree_view(rust_syntax::ast::tree(source, krate), index),
    };
    PipelineView {
        language: "rust",
        stages: StagesView {
            tokens: Some(TokensView { tokens }),
            ast: Some(ast),
            hir,
            ..StagesView::default()
        },
        diagnostics,
    }
}

/// The HIR stage: the printed HIR, line by line, with the source span of every node on each
/// line and the desugaring that introduced it.
#[derive(Serialize, Debug)]
pub struct HirView {
    /// Exactly what `deepdive rust main.rs --emit hir` prints.
    pub text: String,
    pub lines: Vec<HirLineView>,
    /// The type of every source expression the type checker knows, for hover in the editor.
    pub types: Vec<TypeView>,
}

/// One expression's type, as rustc prints types (`Vec<i32>`, `&str`).
#[derive(Serialize, Debug)]
pub struct TypeView {
    pub span: SpanView,
    pub ty: String,
}

/// One line of the printed HIR.
#[derive(Serialize, Debug)]
pub struct HirLineView {
    pub text: String,
    /// The nodes printed on this line, outermost first.
    pub marks: Vec<HirMarkView>,
}

/// The part of a line a HIR node was printed on (character columns, 0-based, half-open).
#[derive(Serialize, Debug)]
pub struct HirMarkView {
    pub start: u32,
    pub end: u32,
    /// The source the node came from.
    pub span: SpanView,
    /// What introduced the node (`for`, `while`, `?`, `println!`, `format_args!`, …), or null
    /// for a node the user wrote.
    pub desugaring: Option<String>,
}

/// Cuts the printer's marks (byte ranges over the whole text) into per-line pieces.
fn hir_view(printed: &rust_sema::print::Printed, index: &LineIndex) -> HirView {
    let text = &printed.text;
    let mut lines = Vec::new();
    let mut line_start = 0usize;
    let mut marks: Vec<&rust_sema::print::Mark> = printed.marks.iter().collect();
    // Outermost first: earlier start, then longer.
    marks.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let line_end = line_start + body.len();
        let indent = body.len() - body.trim_start().len();
        let chars = |byte: usize| body[..byte].chars().count() as u32;
        let mut views = Vec::new();
        for m in &marks {
            let (s, e) = (m.start as usize, m.end as usize);
            if e <= line_start + indent || s >= line_end {
                continue;
            }
            let a = s.max(line_start + indent) - line_start;
            let b = e.min(line_end) - line_start;
            if a >= b || !body.is_char_boundary(a) || !body.is_char_boundary(b) {
                continue;
            }
            views.push(HirMarkView {
                start: chars(a),
                end: chars(b),
                span: SpanView::new(m.span, index),
                desugaring: m.desugaring.as_ref().map(|d| d.name()),
            });
        }
        lines.push(HirLineView {
            text: body.to_string(),
            marks: views,
        });
        line_start += line.len();
    }
    HirView {
        text: text.clone(),
        lines,
        types: Vec::new(),
    }
}
