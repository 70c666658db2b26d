//! The CPython 3.11 instruction set: one table that the compiler, the VM and `dis` all read.
//!
//! The data part (names, numbers, inline cache entries, argument kinds and the stack effects
//! that do not depend on the argument) lives in `table.rs`, generated from CPython's own
//! `opcode` module by `scripts/python_bytecode_opcodes.py`. This file adds what a table of
//! numbers cannot say: the stack effects that depend on the argument, and a one-line
//! description of what each instruction does to the value stack.

#[rustfmt::skip]
mod table;

pub use table::{Opcode, CMP_OP, HAVE_ARGUMENT, NB_OPS};

/// What an instruction's argument means, which decides how `dis` shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// The instruction takes no argument.
    None,
    /// A plain number (a count, a flag set, a depth).
    Number,
    /// An index into `co_consts`.
    Const,
    /// An index into `co_names`.
    Name,
    /// `LOAD_GLOBAL`: twice an index into `co_names`, plus one when a NULL is pushed first.
    GlobalName,
    /// A relative jump forward, in code units after the instruction.
    JumpForward,
    /// A relative jump backward, in code units before the end of the instruction.
    JumpBackward,
    /// An absolute jump (3.11 has none, but `dis` knows the kind).
    JumpAbsolute,
    /// An index into the fast locals (`co_varnames`).
    Local,
    /// An index into the fast locals, cells and free variables together.
    Free,
    /// An index into `CMP_OP`.
    Compare,
    /// `FORMAT_VALUE`'s conversion and format-spec flag.
    FormatValue,
    /// `MAKE_FUNCTION`'s flags.
    MakeFunction,
    /// An index into `NB_OPS`.
    BinaryOp,
}

/// How an instruction changes the depth of the value stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effect {
    /// The same change whatever the argument, when falling through and when jumping.
    Fixed { no_jump: i32, jump: i32 },
    /// The change depends on the argument; see [`stack_effect`].
    Oparg,
}

/// Everything the table knows about one opcode.
#[derive(Clone, Copy, Debug)]
pub struct OpData {
    /// The name `dis` prints.
    pub name: &'static str,
    /// The byte in `co_code`.
    pub number: u8,
    /// How many CACHE code units follow the instruction.
    pub caches: u8,
    /// What the argument means.
    pub arg: ArgKind,
    /// How the instruction changes the stack depth.
    pub effect: Effect,
}

impl Opcode {
    /// The table entry of this opcode.
    pub fn data(self) -> &'static OpData {
        let index = Opcode::ALL
            .binary_search(&self)
            .expect("every opcode is in ALL");
        &table::DATA[index]
    }

    /// The name `dis` prints.
    pub fn name(self) -> &'static str {
        self.data().name
    }

    /// The opcode's number.
    pub fn number(self) -> u8 {
        self as u8
    }

    /// True when the instruction has an argument.
    pub fn has_arg(self) -> bool {
        self as u8 >= HAVE_ARGUMENT
    }

    /// How many CACHE code units follow the instruction.
    pub fn caches(self) -> u32 {
        self.data().caches as u32
    }

    /// True for the relative jumps (3.11's only kind).
    pub fn is_jump(self) -> bool {
        matches!(
            self.data().arg,
            ArgKind::JumpForward | ArgKind::JumpBackward | ArgKind::JumpAbsolute
        )
    }

    /// True for the jumps that go backward.
    pub fn is_backward_jump(self) -> bool {
        self.data().arg == ArgKind::JumpBackward
    }

    /// Looks an opcode up by its `dis` name.
    pub fn from_name(name: &str) -> Option<Opcode> {
        Opcode::ALL.iter().copied().find(|op| op.name() == name)
    }
}

/// The change of stack depth when `op` runs with `oparg`; `jump` selects the jumping path of a
/// conditional jump. This is CPython's `stack_effect` for the real opcodes.
pub fn stack_effect(op: Opcode, oparg: u32, jump: bool) -> i32 {
    if let Effect::Fixed { no_jump, jump: j } = op.data().effect {
        return if jump { j } else { no_jump };
    }
    let oparg = oparg as i32;
    match op {
        Opcode::UnpackSequence => oparg - 1,
        Opcode::UnpackEx => (oparg & 0xff) + (oparg >> 8),
        Opcode::BuildTuple | Opcode::BuildList | Opcode::BuildSet | Opcode::BuildString => {
            1 - oparg
        }
        Opcode::BuildMap => 1 - 2 * oparg,
        Opcode::BuildConstKeyMap => -oparg,
        Opcode::LoadGlobal => (oparg & 1) + 1,
        Opcode::RaiseVarargs => -oparg,
        Opcode::MakeFunction => {
            -((oparg & 1 != 0) as i32)
                - ((oparg & 2 != 0) as i32)
                - ((oparg & 4 != 0) as i32)
                - ((oparg & 8 != 0) as i32)
        }
        Opcode::BuildSlice => {
            if oparg == 3 {
                -2
            } else {
                -1
            }
        }
        Opcode::CallFunctionEx => -2 - ((oparg & 1 != 0) as i32),
        Opcode::FormatValue => -((oparg & 4 != 0) as i32),
        Opcode::Precall => -oparg,
        _ => 0,
    }
}

/// A one-line description of what the instruction does to the value stack, for the page's
/// hover text and for anyone reading a disassembly.
pub fn describe(op: Opcode) -> &'static str {
    use Opcode::*;
    match op {
        Cache => "Not an instruction: an inline cache slot the specialising interpreter fills in; skipped when executing.",
        PopTop => "Pops the top of the stack and discards it.",
        PushNull => "Pushes NULL, the marker a later CALL finds below a callable that is not a method.",
        Nop => "Does nothing; kept so that a line number has an instruction to belong to.",
        UnaryPositive => "Replaces the top of the stack with +TOS.",
        UnaryNegative => "Replaces the top of the stack with -TOS.",
        UnaryNot => "Replaces the top of the stack with `not TOS` (a bool).",
        UnaryInvert => "Replaces the top of the stack with ~TOS.",
        BinarySubscr => "Pops the key and the container, pushes container[key].",
        GetLen => "Pushes len(TOS), keeping TOS (used by match statements).",
        MatchMapping => "Pushes True if TOS is a mapping (for match statements), keeping TOS.",
        MatchSequence => "Pushes True if TOS is a sequence (for match statements), keeping TOS.",
        MatchKeys => "With a tuple of keys on top of a mapping, pushes a tuple of the values at those keys, or None.",
        PushExcInfo => "Pops an exception, pushes the exception being handled before it and then the new one, which becomes the one being handled.",
        CheckExcMatch => "Pops the type to match, replaces nothing else: pushes whether the exception below matches it.",
        CheckEgMatch => "Splits the exception group below TOS by the type on TOS: pushes the rest and the match (or None).",
        WithExceptStart => "Calls the __exit__ found four slots down with the exception on top, pushing its result.",
        GetAiter => "Replaces TOS with TOS.__aiter__().",
        GetAnext => "Pushes an awaitable for the next item of the async iterator on TOS, keeping the iterator.",
        BeforeAsyncWith => "Replaces the async context manager on TOS with its bound __aexit__ and the awaitable of __aenter__().",
        BeforeWith => "Replaces the context manager on TOS with its bound __exit__ and the result of __enter__().",
        EndAsyncFor => "Ends an async for loop: pops the iterator and the StopAsyncIteration, or re-raises any other exception.",
        StoreSubscr => "Pops the key, the container and the value below them, and does container[key] = value.",
        DeleteSubscr => "Pops the key and the container, and does del container[key].",
        GetIter => "Replaces TOS with iter(TOS).",
        GetYieldFromIter => "Replaces TOS with the iterator `yield from` delegates to (TOS itself for generators and coroutines).",
        PrintExpr => "Pops TOS and prints its repr (the interactive prompt's echo).",
        LoadBuildClass => "Pushes builtins.__build_class__, the function a class statement calls.",
        LoadAssertionError => "Pushes AssertionError, for an assert statement to raise.",
        ReturnGenerator => "Creates the generator, coroutine or async generator for this frame and returns it to the caller.",
        ListToTuple => "Replaces the list on TOS with a tuple of its items.",
        ReturnValue => "Pops TOS and returns it to the caller, ending the frame.",
        ImportStar => "Pops a module and binds all its public names in the current namespace (from m import *).",
        SetupAnnotations => "Creates __annotations__ in the current namespace if it is missing; the stack is unchanged.",
        YieldValue => "Pops TOS and yields it from the generator; the value sent back in is pushed when it resumes.",
        AsyncGenWrap => "Wraps TOS so an async generator can tell a yielded value from an awaited one.",
        PrepReraiseStar => "Pops the list of exceptions raised in except* blocks and the original group; pushes what to re-raise, or None.",
        PopExcept => "Pops the exception saved by PUSH_EXC_INFO and makes it the one being handled again.",
        StoreName => "Pops TOS and binds it to a name in the current namespace (locals dict or globals).",
        DeleteName => "Deletes a name from the current namespace; the stack is unchanged.",
        UnpackSequence => "Pops a sequence and pushes its items, the first one on top.",
        ForIter => "Calls next() on the iterator on TOS and pushes the item; when exhausted, pops the iterator and jumps past the loop.",
        UnpackEx => "Pops a sequence and pushes its items, with the starred ones gathered in a list, the first item on top.",
        StoreAttr => "Pops the object and the value below it, and does object.name = value.",
        DeleteAttr => "Pops the object and does del object.name.",
        StoreGlobal => "Pops TOS and binds it to a global name.",
        DeleteGlobal => "Deletes a global name; the stack is unchanged.",
        Swap => "Swaps TOS with the item N slots down.",
        LoadConst => "Pushes a constant from co_consts.",
        LoadName => "Pushes the value of a name, looked up in locals, then globals, then builtins.",
        BuildTuple => "Pops N items and pushes a tuple of them.",
        BuildList => "Pops N items and pushes a list of them.",
        BuildSet => "Pops N items and pushes a set of them.",
        BuildMap => "Pops N key/value pairs and pushes a dict of them.",
        LoadAttr => "Replaces the object on TOS with object.name.",
        CompareOp => "Pops two values and pushes the result of comparing them (<, <=, ==, !=, >, >=).",
        ImportName => "Pops the fromlist and the level, imports the module and pushes it.",
        ImportFrom => "Pushes an attribute of the module on TOS (from m import name), keeping the module.",
        JumpForward => "Jumps forward; the stack is unchanged.",
        JumpIfFalseOrPop => "If TOS is false, jumps and keeps it; otherwise pops it.",
        JumpIfTrueOrPop => "If TOS is true, jumps and keeps it; otherwise pops it.",
        PopJumpForwardIfFalse => "Pops TOS and jumps forward if it is false.",
        PopJumpForwardIfTrue => "Pops TOS and jumps forward if it is true.",
        LoadGlobal => "Pushes a global (or builtin) by name, with a NULL below it when the low bit of the argument is set.",
        IsOp => "Pops two values and pushes `a is b` (or `is not` when the argument is 1).",
        ContainsOp => "Pops two values and pushes `a in b` (or `not in` when the argument is 1).",
        Reraise => "Re-raises the exception on TOS (restoring f_lasti first when the argument is set).",
        Copy => "Pushes a copy of the item N slots down (1 is TOS).",
        BinaryOp => "Pops two operands and pushes the result of the binary or in-place operator.",
        Send => "Sends the value on TOS into the sub-iterator below it; pushes what it yields, or jumps with its return value.",
        LoadFast => "Pushes a local variable.",
        StoreFast => "Pops TOS into a local variable.",
        DeleteFast => "Deletes a local variable; the stack is unchanged.",
        PopJumpForwardIfNotNone => "Pops TOS and jumps forward if it is not None.",
        PopJumpForwardIfNone => "Pops TOS and jumps forward if it is None.",
        RaiseVarargs => "Raises: re-raises (0), raises TOS (1), or raises TOS1 from TOS (2), popping them.",
        GetAwaitable => "Replaces TOS with the awaitable it stands for (its __await__ iterator).",
        MakeFunction => "Pops a code object (and the defaults, annotations and closure its flags say) and pushes a function.",
        BuildSlice => "Pops two or three values and pushes slice(start, stop[, step]).",
        JumpBackwardNoInterrupt => "Jumps backward without checking for interrupts; the stack is unchanged.",
        MakeCell => "Wraps a local variable's value in a new cell; the stack is unchanged.",
        LoadClosure => "Pushes the cell of a cell or free variable (to build a closure).",
        LoadDeref => "Pushes the value held in a cell or free variable.",
        StoreDeref => "Pops TOS into a cell or free variable.",
        DeleteDeref => "Empties a cell; the stack is unchanged.",
        JumpBackward => "Jumps backward (checking for interrupts); the stack is unchanged.",
        CallFunctionEx => "Pops a callable, a tuple of positional arguments (and a dict of keyword ones) and pushes the result of the call.",
        ExtendedArg => "Prefixes the next instruction's argument with more high bits.",
        ListAppend => "Pops TOS and appends it to the list N slots down.",
        SetAdd => "Pops TOS and adds it to the set N slots down.",
        MapAdd => "Pops a key and a value and stores them into the dict N slots down.",
        LoadClassderef => "Pushes a free variable, looking in the class namespace first.",
        CopyFreeVars => "Copies the closure's cells into the frame's free variables; the stack is unchanged.",
        Resume => "Marks the start of the frame or a resumption point; checks for interrupts, stack unchanged.",
        MatchClass => "Pops the names of keyword patterns, the class and the subject; pushes a tuple of the matched attributes, or None.",
        FormatValue => "Pops a value (and a format spec, if flagged) and pushes the formatted string, for f-strings.",
        BuildConstKeyMap => "Pops a tuple of keys and N values and pushes a dict of them.",
        BuildString => "Pops N strings and pushes their concatenation.",
        LoadMethod => "Replaces the object on TOS with the method and the object (or NULL and the attribute), ready for CALL.",
        ListExtend => "Pops an iterable and extends the list N slots down with it.",
        SetUpdate => "Pops an iterable and updates the set N slots down with it.",
        DictMerge => "Pops a mapping and merges it into the dict N slots down, rejecting duplicate keys (for **kwargs).",
        DictUpdate => "Pops a mapping and updates the dict N slots down with it.",
        Precall => "Prepares the call of N arguments: unpacks a bound method into function and self; the stack keeps its shape.",
        Call => "Pops the callable (and self or NULL) and N arguments, and pushes the result of the call.",
        KwNames => "Records which of the next CALL's arguments are keywords (a tuple of names from co_consts); the stack is unchanged.",
        PopJumpBackwardIfNotNone => "Pops TOS and jumps backward if it is not None.",
        PopJumpBackwardIfNone => "Pops TOS and jumps backward if it is None.",
        PopJumpBackwardIfFalse => "Pops TOS and jumps backward if it is false.",
        PopJumpBackwardIfTrue => "Pops TOS and jumps backward if it is true.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_trip() {
        for op in Opcode::ALL {
            assert_eq!(Opcode::from_u8(op.number()), Some(op));
            assert_eq!(op.data().number, op.number());
            assert!(!describe(op).is_empty());
        }
        assert_eq!(Opcode::LoadGlobal.caches(), 5);
        assert_eq!(Opcode::from_name("BINARY_OP"), Some(Opcode::BinaryOp));
    }

    #[test]
    fn stack_effects() {
        assert_eq!(stack_effect(Opcode::ForIter, 0, false), 1);
        assert_eq!(stack_effect(Opcode::ForIter, 0, true), -1);
        assert_eq!(stack_effect(Opcode::BuildMap, 2, false), -3);
        assert_eq!(stack_effect(Opcode::LoadGlobal, 3, false), 2);
    }
}
