//! The compiler's intermediate form: a flow graph of basic blocks holding instructions, some
//! of them pseudo-instructions (`JUMP`, `SETUP_FINALLY`, ...) that only the assembler turns
//! into real bytecode. Blocks are `BlockId`s indexing a vector, in allocation order.

use source::Span;

use crate::opcode::Opcode;

/// A basic block's index in [`Cfg::blocks`] (its allocation order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);

impl BlockId {
    /// The index into the block vector.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// An instruction's source position: CPython's four location fields (a negative line means
/// "no line", an artificial instruction) and the bytes of the input it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Location {
    pub lineno: i32,
    pub end_lineno: i32,
    pub col: i32,
    pub end_col: i32,
    pub span: Span,
}

impl Location {
    /// The location of artificial instructions (`UNSET_LOC`).
    pub const NONE: Location = Location {
        lineno: -1,
        end_lineno: -1,
        col: -1,
        end_col: -1,
        span: Span { start: 0, end: 0 },
    };

    /// The location `compiler_addop_noline` gives.
    pub const NOLINE: Location = Location {
        lineno: -1,
        end_lineno: 0,
        col: 0,
        end_col: 0,
        span: Span { start: 0, end: 0 },
    };

    /// The location of a tree node.
    pub fn of(pos: &python_syntax::ast::Pos) -> Location {
        Location {
            lineno: pos.lineno as i32,
            end_lineno: pos.end_lineno as i32,
            col: pos.col_offset as i32,
            end_col: pos.end_col_offset as i32,
            span: pos.span,
        }
    }
}

/// An operation: a real opcode or one of the compiler's pseudo-instructions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Op {
    Real(Opcode),
    /// Pushes an exception handler (the target) for the following instructions.
    SetupFinally,
    /// Like `SetupFinally`, and the handler also receives `lasti`.
    SetupCleanup,
    /// The handler of a `with` block.
    SetupWith,
    /// Pops the innermost exception handler.
    PopBlock,
    /// An unconditional jump, forward or backward.
    Jump,
    /// A jump that does not check for interrupts (inside `yield from`).
    JumpNoInterrupt,
    PopJumpIfFalse,
    PopJumpIfTrue,
    PopJumpIfNone,
    PopJumpIfNotNone,
}

impl Op {
    /// The `dis`-style name, for debugging and `verify` messages.
    pub fn name(self) -> &'static str {
        match self {
            Op::Real(op) => op.name(),
            Op::SetupFinally => "SETUP_FINALLY",
            Op::SetupCleanup => "SETUP_CLEANUP",
            Op::SetupWith => "SETUP_WITH",
            Op::PopBlock => "POP_BLOCK",
            Op::Jump => "JUMP",
            Op::JumpNoInterrupt => "JUMP_NO_INTERRUPT",
            Op::PopJumpIfFalse => "POP_JUMP_IF_FALSE",
            Op::PopJumpIfTrue => "POP_JUMP_IF_TRUE",
            Op::PopJumpIfNone => "POP_JUMP_IF_NONE",
            Op::PopJumpIfNotNone => "POP_JUMP_IF_NOT_NONE",
        }
    }

    /// True for every instruction with a jump target (`is_jump` in CPython).
    pub fn is_jump(self) -> bool {
        match self {
            Op::Real(op) => op.is_jump(),
            Op::Jump
            | Op::JumpNoInterrupt
            | Op::PopJumpIfFalse
            | Op::PopJumpIfTrue
            | Op::PopJumpIfNone
            | Op::PopJumpIfNotNone => true,
            _ => false,
        }
    }

    /// True for the instructions that push an exception handler.
    pub fn is_block_push(self) -> bool {
        matches!(self, Op::SetupFinally | Op::SetupCleanup | Op::SetupWith)
    }

    /// True when the instruction ends a basic block.
    pub fn ends_block(self) -> bool {
        self.is_jump()
            || matches!(
                self,
                Op::Real(Opcode::ReturnValue | Opcode::RaiseVarargs | Opcode::Reraise)
            )
    }

    /// True for the unconditional jumps.
    pub fn is_unconditional_jump(self) -> bool {
        matches!(
            self,
            Op::Jump | Op::JumpNoInterrupt | Op::Real(Opcode::JumpForward | Opcode::JumpBackward)
        )
    }

    /// Whether the operation takes an argument.
    pub fn has_arg(self) -> bool {
        match self {
            Op::Real(op) => op.has_arg(),
            _ => true,
        }
    }
}

/// One instruction of the flow graph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
    /// The jump target or handler of jumps and `Setup*`.
    pub target: Option<BlockId>,
    /// The exception handler in force, set by the assembler.
    pub except: Option<BlockId>,
    pub loc: Location,
}

impl Instr {
    /// The number of code units the instruction takes: EXTENDED_ARG prefixes, itself, caches.
    pub fn size(&self) -> u32 {
        let Op::Real(op) = self.op else {
            return 1;
        };
        let arg = if op.has_arg() { self.arg } else { 0 };
        let extended = (arg > 0xff_ffff) as u32 + (arg > 0xffff) as u32 + (arg > 0xff) as u32;
        extended + 1 + op.caches()
    }
}

/// A basic block and the flags the passes keep on it.
#[derive(Clone, Debug, Default)]
pub struct Block {
    pub instrs: Vec<Instr>,
    /// The block reached by falling through, in layout order.
    pub next: Option<BlockId>,
    /// The block ends with a return, a raise or an unconditional jump.
    pub nofallthrough: bool,
    /// The block ends with a return or raise.
    pub exit: bool,
    /// A `RETURN_VALUE` was added to the block.
    pub returns: bool,
    /// The block is a handler that receives `lasti`.
    pub preserve_lasti: bool,
    pub predecessors: u32,
    pub startdepth: i32,
    /// Offset in code units, set by the assembler.
    pub offset: u32,
    pub visited: bool,
}

/// The flow graph of one code object.
#[derive(Clone, Debug, Default)]
pub struct Cfg {
    pub blocks: Vec<Block>,
}

impl Cfg {
    /// A new empty block.
    pub fn new_block(&mut self) -> BlockId {
        let id = BlockId(self.blocks.len() as u32);
        self.blocks.push(Block::default());
        id
    }

    /// The entry block (the first one allocated).
    pub fn entry(&self) -> BlockId {
        BlockId(0)
    }

    /// A block by id.
    pub fn block(&self, id: BlockId) -> &Block {
        &self.blocks[id.index()]
    }

    /// A block by id, mutably.
    pub fn block_mut(&mut self, id: BlockId) -> &mut Block {
        &mut self.blocks[id.index()]
    }

    /// The blocks in layout order, following `next` from the entry.
    pub fn layout(&self) -> Vec<BlockId> {
        let mut out = Vec::new();
        let mut b = Some(self.entry());
        while let Some(id) = b {
            out.push(id);
            if out.len() > self.blocks.len() {
                break;
            }
            b = self.block(id).next;
        }
        out
    }

    /// The last instruction of a block.
    pub fn last(&self, id: BlockId) -> Option<&Instr> {
        self.block(id).instrs.last()
    }

    /// Checks the graph's invariants: the layout chain ends, jumps have targets inside the
    /// graph and only end their block, and no block falls off the end of the code.
    pub fn verify(&self) -> Result<(), String> {
        let layout = self.layout();
        if layout.len() > self.blocks.len() {
            return Err("the layout chain has a cycle".into());
        }
        for &id in &layout {
            let b = self.block(id);
            for (i, ins) in b.instrs.iter().enumerate() {
                if ins.op.is_jump() || ins.op.is_block_push() {
                    match ins.target {
                        Some(t) if t.index() < self.blocks.len() => {}
                        _ => {
                            return Err(format!(
                                "{} in block {} has no valid target",
                                ins.op.name(),
                                id.0
                            ))
                        }
                    }
                }
                if ins.op.is_jump() && i + 1 != b.instrs.len() {
                    return Err(format!("{} in block {} is not last", ins.op.name(), id.0));
                }
            }
        }
        if let Some(&last) = layout
            .iter()
            .rev()
            .find(|&&id| !self.block(id).instrs.is_empty())
        {
            let ins = self.last(last).expect("the block is not empty");
            let ends = ins.op.is_unconditional_jump()
                || matches!(
                    ins.op,
                    Op::Real(Opcode::ReturnValue | Opcode::RaiseVarargs | Opcode::Reraise)
                );
            if !ends {
                return Err(format!(
                    "the last block {} falls off the end of the code",
                    last.0
                ));
            }
        }
        Ok(())
    }
}
