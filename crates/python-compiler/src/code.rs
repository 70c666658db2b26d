//! Code objects: the compiler's output, shaped like CPython 3.11's `types.CodeType`.

use source::Span;

use crate::opcode::Opcode;
use crate::value::Constant;

/// `co_flags` bits.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const COROUTINE: u32 = 0x80;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    pub const FUTURE_ANNOTATIONS: u32 = 0x100_0000;
}

/// The source positions of one instruction, as `co_positions()` gives them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Positions {
    pub lineno: Option<u32>,
    pub end_lineno: Option<u32>,
    pub col_offset: Option<u32>,
    pub end_col_offset: Option<u32>,
}

/// One instruction of `co_code` (CACHE entries are not listed; `EXTENDED_ARG` prefixes are).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instruction {
    /// Byte offset in `co_code`.
    pub offset: u32,
    pub opcode: Opcode,
    /// The full argument (with the bits of preceding `EXTENDED_ARG`s), for opcodes that take one.
    pub arg: Option<u32>,
    /// Where the instruction comes from.
    pub positions: Positions,
    /// The bytes of the source it comes from (empty for artificial instructions).
    pub span: Option<Span>,
}

impl Instruction {
    /// The byte offset of the instruction following this one (after its CACHE entries).
    pub fn end_offset(&self) -> u32 {
        self.offset + 2 + 2 * self.opcode.caches()
    }

    /// The target offset of a jump.
    pub fn jump_target(&self) -> Option<u32> {
        let arg = self.arg?;
        if self.opcode.is_backward_jump() {
            Some(self.offset + 2 - 2 * arg)
        } else if self.opcode.is_jump() {
            Some(self.offset + 2 + 2 * arg)
        } else {
            None
        }
    }
}

/// One entry of the exception table, in bytes as `dis` shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    /// First byte offset covered.
    pub start: u32,
    /// Byte offset just past the range.
    pub end: u32,
    /// The handler's offset.
    pub target: u32,
    /// The stack depth to unwind to.
    pub depth: u32,
    /// Whether the handler receives the offset of the raising instruction.
    pub lasti: bool,
}

/// A compiled code object.
#[derive(Clone, Debug)]
pub struct CodeObject {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub first_line: u32,
    pub flags: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub nlocals: u32,
    pub stacksize: u32,
    /// The instructions, in order.
    pub instructions: Vec<Instruction>,
    /// `co_code`, CACHE entries included.
    pub code: Vec<u8>,
    pub consts: Vec<Constant>,
    pub names: Vec<String>,
    pub varnames: Vec<String>,
    pub freevars: Vec<String>,
    pub cellvars: Vec<String>,
    /// Locals, then cells that are not arguments, then free variables: what
    /// `LOAD_DEREF`/`LOAD_CLOSURE`/`MAKE_CELL` index.
    pub localsplusnames: Vec<String>,
    pub exception_table: Vec<ExceptionTableEntry>,
    /// `co_linetable` in 3.11's location-table format.
    pub linetable: Vec<u8>,
}

impl CodeObject {
    /// The first instruction at or after a byte offset.
    pub fn instruction_at(&self, offset: u32) -> Option<&Instruction> {
        let i = self.instructions.partition_point(|ins| ins.offset < offset);
        self.instructions.get(i)
    }

    /// Every code object nested in this one, depth first, in `co_consts` order.
    pub fn nested(&self) -> Vec<&CodeObject> {
        let mut out = Vec::new();
        for c in &self.consts {
            if let Constant::Code(code) = c {
                out.push(&**code);
                out.extend(code.nested());
            }
        }
        out
    }
}
