//! The flow-graph passes and the assembler of CPython 3.11: from a unit's basic blocks to a
//! code object.
//!
//! In order, as `assemble()` in `Python/compile.c` runs them: mark exits, inline small exit
//! blocks, insert the prefix instructions (`COPY_FREE_VARS`, `MAKE_CELL`,
//! `RETURN_GENERATOR`), optimise each block (constant conditions, tuple folding, jump
//! threading, `SWAP` simplification), drop unreachable blocks and redundant jumps, give exit
//! blocks line numbers, trim unused constants, propagate line numbers, compute the stack
//! depth, label every instruction with its exception handler, remove the pseudo
//! instructions, pick forward or backward jump opcodes, and finally lay out the bytes, the
//! location table and the exception table.

use crate::code::{flags, CodeObject, ExceptionTableEntry, Instruction, Positions};
use crate::codegen::Unit;
use crate::error::CompileError;
use crate::ir::{BlockId, Cfg, Instr, Location, Op};
use crate::opcode::{self, Opcode as O};
use crate::symtable::{BlockType, ScopeEntry};
use crate::value::Constant;

const MAX_COPY_SIZE: usize = 4;

/// Turns a finished unit into its code object.
pub(crate) fn assemble(
    unit: Unit<'_>,
    ste: &ScopeEntry,
    filename: &str,
    future_flags: u32,
    identifiers: &std::collections::HashSet<String>,
) -> Result<CodeObject, CompileError> {
    let mut cfg = unit.cfg;
    let mut consts = unit.consts;
    let nlocals = unit.varnames.len();
    let ncells = unit.cellvars.len();
    let nfrees = unit.freevars.len();
    let code_flags = compute_flags(ste) | future_flags;

    for id in (0..cfg.blocks.len()).rev() {
        normalize_basic_block(&mut cfg, BlockId(id as u32));
    }
    for id in (0..cfg.blocks.len()).rev() {
        extend_block(&mut cfg, BlockId(id as u32));
    }

    // Where each cell and free variable ends up among the fast locals.
    let mut fixed: Vec<usize> = (0..ncells + nfrees).map(|i| nlocals + i).collect();
    for (i, name) in unit.cellvars.names.iter().enumerate() {
        if let Some(v) = unit.varnames.get(name) {
            fixed[i] = v as usize;
        }
    }
    insert_prefix_instructions(
        &mut cfg,
        code_flags,
        unit.firstlineno,
        &fixed,
        ncells,
        nlocals,
        nfrees,
    );
    let numdropped = fix_cell_offsets(&mut cfg, &mut fixed, nlocals);

    check(&cfg, "code generation")?;
    optimize_cfg(&mut cfg, &mut consts);
    check(&cfg, "optimize_cfg")?;
    duplicate_exits_without_lineno(&mut cfg);
    check(&cfg, "duplicate_exits_without_lineno")?;
    trim_unused_consts(&cfg, &mut consts);
    propagate_line_numbers(&mut cfg);
    guarantee_lineno_for_exits(&mut cfg, unit.firstlineno);
    let is_gen = ste.generator || ste.coroutine;
    let maxdepth = stackdepth(&mut cfg, is_gen);
    label_exception_targets(&mut cfg);
    for id in cfg.layout() {
        for ins in &mut cfg.block_mut(id).instrs {
            if ins.op.is_block_push() || ins.op == Op::PopBlock {
                ins.op = Op::Real(O::Nop);
            }
        }
    }
    for id in cfg.layout() {
        clean_basic_block(&mut cfg, id);
    }
    normalize_jumps(&mut cfg);
    assemble_jump_offsets(&mut cfg);
    check(&cfg, "assembly")?;

    // The fast-locals names: locals, cells that are not arguments, free variables.
    let mut localsplus: Vec<String> = unit.varnames.names.clone();
    for name in &unit.cellvars.names {
        if unit.varnames.get(name).is_none() {
            localsplus.push(name.clone());
        }
    }
    localsplus.extend(unit.freevars.names.iter().cloned());
    let _ = numdropped;
    let mut cellvars: Vec<String> = unit
        .varnames
        .names
        .iter()
        .filter(|n| unit.cellvars.get(n).is_some())
        .cloned()
        .collect();
    cellvars.extend(
        unit.cellvars
            .names
            .iter()
            .filter(|n| unit.varnames.get(n).is_none())
            .cloned(),
    );

    intern_string_constants(&mut consts, identifiers);
    let (code, instructions) = emit_code(&cfg);
    let linetable = emit_locations(&cfg, unit.firstlineno as i32);
    let exception_table = exception_table(&cfg);

    Ok(CodeObject {
        name: unit.name.clone(),
        qualname: unit.qualname.clone().unwrap_or_else(|| unit.name.clone()),
        filename: filename.to_string(),
        first_line: unit.firstlineno,
        flags: code_flags,
        argcount: unit.argcount + unit.posonlyargcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        nlocals: nlocals as u32,
        stacksize: maxdepth.max(0) as u32,
        instructions,
        code,
        consts,
        names: unit.names.names.clone(),
        varnames: unit.varnames.names.clone(),
        freevars: unit.freevars.names.clone(),
        cellvars,
        localsplusnames: localsplus,
        exception_table,
        linetable,
    })
}

/// `_PyCode_New` interns the identifier-like strings of the constants, and a frozenset whose
/// strings were replaced by an already interned equal string is built again, from its current
/// iteration order, which can reorder it. A string constant is replaced when an identifier of
/// the module (interned by the parser) or a builtin name has the same text; other strings are
/// interned in place. (CPython's outcome also depends on what the interpreter interned before,
/// which no compiler can know.)
fn intern_string_constants(
    consts: &mut [Constant],
    identifiers: &std::collections::HashSet<String>,
) {
    let replaced = |c: &Constant| match c {
        Constant::Str(s) => {
            s.chars().count() > 1
                && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
                && (identifiers.contains(&**s) || crate::fold::is_builtin_name(s))
        }
        _ => false,
    };
    for c in consts.iter_mut() {
        match c {
            Constant::FrozenSet(items) if items.iter().any(replaced) => {
                *c = crate::value::make_frozenset(&crate::value::frozenset_iteration_order(items));
            }
            Constant::Tuple(items)
                if items
                    .iter()
                    .any(|x| matches!(x, Constant::FrozenSet(_) | Constant::Tuple(_))) =>
            {
                let mut v = items.to_vec();
                intern_string_constants(&mut v, identifiers);
                *c = Constant::Tuple(v.into());
            }
            _ => {}
        }
    }
}

/// In debug builds (the tests), checks the flow graph's invariants after a pass.
fn check(cfg: &Cfg, stage: &str) -> Result<(), CompileError> {
    if cfg!(debug_assertions) {
        if let Err(e) = cfg.verify() {
            return Err(CompileError::at_location(
                format!("internal error after {stage}: {e}"),
                &Location::NONE,
            ));
        }
    }
    Ok(())
}

fn compute_flags(ste: &ScopeEntry) -> u32 {
    let mut f = 0;
    if ste.kind == BlockType::Function {
        f |= flags::NEWLOCALS | flags::OPTIMIZED;
        if ste.nested {
            f |= flags::NESTED;
        }
        match (ste.generator, ste.coroutine) {
            (true, false) => f |= flags::GENERATOR,
            (false, true) => f |= flags::COROUTINE,
            (true, true) => f |= flags::ASYNC_GENERATOR,
            _ => {}
        }
        if ste.varargs {
            f |= flags::VARARGS;
        }
        if ste.varkeywords {
            f |= flags::VARKEYWORDS;
        }
    }
    f
}

fn is_cond_or_uncond_jump(op: Op) -> bool {
    matches!(
        op,
        Op::Jump
            | Op::JumpNoInterrupt
            | Op::PopJumpIfNotNone
            | Op::PopJumpIfNone
            | Op::PopJumpIfFalse
            | Op::PopJumpIfTrue
            | Op::Real(O::JumpIfFalseOrPop | O::JumpIfTrueOrPop | O::ForIter)
    )
}

/// Skips empty blocks: the first non-empty block at or after `b` in layout order.
fn skip_empty(cfg: &Cfg, mut b: BlockId) -> BlockId {
    while cfg.block(b).instrs.is_empty() {
        match cfg.block(b).next {
            Some(n) => b = n,
            None => break,
        }
    }
    b
}

fn normalize_basic_block(cfg: &mut Cfg, id: BlockId) {
    let n = cfg.block(id).instrs.len();
    for i in 0..n {
        let op = cfg.block(id).instrs[i].op;
        if let Op::Real(O::ReturnValue | O::RaiseVarargs | O::Reraise) = op {
            let b = cfg.block_mut(id);
            b.exit = true;
            b.nofallthrough = true;
        }
        if matches!(op, Op::Jump | Op::JumpNoInterrupt) {
            cfg.block_mut(id).nofallthrough = true;
        }
        if is_cond_or_uncond_jump(op) {
            if let Some(t) = cfg.block(id).instrs[i].target {
                let t = skip_empty(cfg, t);
                cfg.block_mut(id).instrs[i].target = Some(t);
            }
        }
    }
}

fn has_lineno(cfg: &Cfg, id: BlockId) -> bool {
    cfg.block(id).instrs.iter().any(|i| i.loc.lineno > 0)
}

/// If a block ends with a jump to a small exit block without line numbers, copies the exit
/// block in place of the jump.
fn extend_block(cfg: &mut Cfg, id: BlockId) {
    let Some(last) = cfg.block(id).instrs.last().copied() else {
        return;
    };
    if !matches!(
        last.op,
        Op::Jump | Op::Real(O::JumpForward | O::JumpBackward)
    ) {
        return;
    }
    let Some(target) = last.target else {
        return;
    };
    let t = cfg.block(target);
    if t.exit && t.instrs.len() <= MAX_COPY_SIZE {
        if has_lineno(cfg, target) {
            return;
        }
        let copy = cfg.block(target).instrs.clone();
        let b = cfg.block_mut(id);
        let n = b.instrs.len();
        b.instrs[n - 1].op = Op::Real(O::Nop);
        b.instrs.extend(copy);
        b.exit = true;
    }
}

fn insert_prefix_instructions(
    cfg: &mut Cfg,
    code_flags: u32,
    firstlineno: u32,
    fixed: &[usize],
    ncells: usize,
    nlocals: usize,
    nfrees: usize,
) {
    let entry = cfg.entry();
    let plain = |op: O, arg: u32| Instr {
        op: Op::Real(op),
        arg,
        target: None,
        except: None,
        loc: Location::NONE,
    };
    if code_flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0 {
        let make_gen = Instr {
            loc: Location {
                lineno: firstlineno as i32,
                end_lineno: firstlineno as i32,
                col: -1,
                end_col: -1,
                span: source::Span::empty(0),
            },
            ..plain(O::ReturnGenerator, 0)
        };
        let b = cfg.block_mut(entry);
        b.instrs.insert(0, make_gen);
        b.instrs.insert(1, plain(O::PopTop, 0));
    }
    if ncells > 0 {
        let mut sorted = vec![0usize; ncells + nlocals];
        for (i, &f) in fixed.iter().take(ncells).enumerate() {
            sorted[f] = i + 1;
        }
        let mut used = 0;
        for &s in &sorted {
            if used >= ncells {
                break;
            }
            if s == 0 {
                continue;
            }
            cfg.block_mut(entry)
                .instrs
                .insert(used, plain(O::MakeCell, (s - 1) as u32));
            used += 1;
        }
    }
    if nfrees > 0 {
        cfg.block_mut(entry)
            .instrs
            .insert(0, plain(O::CopyFreeVars, nfrees as u32));
    }
}

fn fix_cell_offsets(cfg: &mut Cfg, fixed: &mut [usize], nlocals: usize) -> usize {
    let mut numdropped = 0;
    for (i, f) in fixed.iter_mut().enumerate() {
        if *f == i + nlocals {
            *f -= numdropped;
        } else {
            numdropped += 1;
        }
    }
    for b in &mut cfg.blocks {
        for ins in &mut b.instrs {
            if let Op::Real(
                O::MakeCell
                | O::LoadClosure
                | O::LoadDeref
                | O::StoreDeref
                | O::DeleteDeref
                | O::LoadClassderef,
            ) = ins.op
            {
                if let Some(&f) = fixed.get(ins.arg as usize) {
                    ins.arg = f as u32;
                }
            }
        }
    }
    numdropped
}

// ---------------------------------------------------------------------------------------
// Optimisation.
// ---------------------------------------------------------------------------------------

fn optimize_cfg(cfg: &mut Cfg, consts: &mut Vec<Constant>) {
    for id in cfg.layout() {
        optimize_basic_block(cfg, id, consts);
        clean_basic_block(cfg, id);
    }
    for id in (0..cfg.blocks.len()).rev() {
        extend_block(cfg, BlockId(id as u32));
    }
    mark_reachable(cfg);
    for id in cfg.layout() {
        let b = cfg.block_mut(id);
        if b.predecessors == 0 {
            b.instrs.clear();
            b.nofallthrough = false;
        }
    }
    eliminate_empty_basic_blocks(cfg);
    for id in cfg.layout() {
        clean_basic_block(cfg, id);
    }
    let mut maybe_empty = false;
    for id in cfg.layout() {
        let next = cfg.block(id).next;
        let b = cfg.block_mut(id);
        if let Some(last) = b.instrs.last_mut() {
            if matches!(last.op, Op::Jump | Op::JumpNoInterrupt) && last.target == next {
                b.nofallthrough = false;
                last.op = Op::Real(O::Nop);
                maybe_empty = true;
            }
        }
    }
    if maybe_empty {
        eliminate_empty_basic_blocks(cfg);
    }
}

fn const_at(consts: &[Constant], i: u32) -> &Constant {
    consts.get(i as usize).unwrap_or(&Constant::None)
}

fn optimize_basic_block(cfg: &mut Cfg, id: BlockId, consts: &mut Vec<Constant>) {
    let mut i: isize = 0;
    while (i as usize) < cfg.block(id).instrs.len() {
        let iu = i as usize;
        let len = cfg.block(id).instrs.len();
        let nextop = if iu + 1 < len {
            Some(cfg.block(id).instrs[iu + 1].op)
        } else {
            None
        };
        let mut inst = cfg.block(id).instrs[iu];
        let oparg = inst.arg;
        let mut target: Option<Instr> = None;
        if inst.op.is_jump() || inst.op.is_block_push() {
            if let Some(t) = inst.target {
                let t = skip_empty(cfg, t);
                inst.target = Some(t);
                cfg.block_mut(id).instrs[iu].target = Some(t);
                target = cfg.block(t).instrs.first().copied();
            }
        }
        let target_op = target.map(|t| t.op);
        match inst.op {
            Op::Real(O::LoadConst) => match nextop {
                Some(Op::PopJumpIfFalse | Op::PopJumpIfTrue) => {
                    let is_true = const_at(consts, oparg).truthy().unwrap_or(true);
                    let b = cfg.block_mut(id);
                    b.instrs[iu].op = Op::Real(O::Nop);
                    let jump_if_true = nextop == Some(Op::PopJumpIfTrue);
                    if is_true == jump_if_true {
                        b.instrs[iu + 1].op = Op::Jump;
                        b.nofallthrough = true;
                    } else {
                        b.instrs[iu + 1].op = Op::Real(O::Nop);
                    }
                }
                Some(Op::Real(O::JumpIfFalseOrPop | O::JumpIfTrueOrPop)) => {
                    let is_true = const_at(consts, oparg).truthy().unwrap_or(true);
                    let jump_if_true = nextop == Some(Op::Real(O::JumpIfTrueOrPop));
                    let b = cfg.block_mut(id);
                    if is_true == jump_if_true {
                        b.instrs[iu + 1].op = Op::Jump;
                        b.nofallthrough = true;
                    } else {
                        b.instrs[iu].op = Op::Real(O::Nop);
                        b.instrs[iu + 1].op = Op::Real(O::Nop);
                    }
                }
                Some(Op::Real(O::IsOp)) => {
                    let is_none = matches!(const_at(consts, oparg), Constant::None);
                    let jump_op = cfg.block(id).instrs.get(iu + 2).map(|x| x.op);
                    if is_none && matches!(jump_op, Some(Op::PopJumpIfFalse | Op::PopJumpIfTrue)) {
                        let b = cfg.block_mut(id);
                        let nextarg = b.instrs[iu + 1].arg;
                        b.instrs[iu].op = Op::Real(O::Nop);
                        b.instrs[iu + 1].op = Op::Real(O::Nop);
                        let is_false = jump_op == Some(Op::PopJumpIfFalse);
                        b.instrs[iu + 2].op = if (nextarg != 0) ^ is_false {
                            Op::PopJumpIfNotNone
                        } else {
                            Op::PopJumpIfNone
                        };
                    }
                }
                _ => {}
            },
            Op::Real(O::BuildTuple) => {
                if nextop == Some(Op::Real(O::UnpackSequence))
                    && cfg.block(id).instrs[iu + 1].arg == oparg
                {
                    match oparg {
                        1 => {
                            let b = cfg.block_mut(id);
                            b.instrs[iu].op = Op::Real(O::Nop);
                            b.instrs[iu + 1].op = Op::Real(O::Nop);
                            i += 1;
                            continue;
                        }
                        2 | 3 => {
                            let b = cfg.block_mut(id);
                            b.instrs[iu].op = Op::Real(O::Nop);
                            b.instrs[iu + 1].op = Op::Real(O::Swap);
                            i += 1;
                            continue;
                        }
                        _ => {}
                    }
                }
                if iu >= oparg as usize {
                    fold_tuple_on_constants(cfg, id, iu - oparg as usize, oparg as usize, consts);
                }
            }
            Op::Real(O::JumpIfFalseOrPop) => match target_op {
                Some(Op::PopJumpIfFalse) => {
                    i -= jump_thread(cfg, id, iu, target, Op::PopJumpIfFalse) as isize
                }
                Some(Op::Jump | Op::Real(O::JumpIfFalseOrPop)) => {
                    i -= jump_thread(cfg, id, iu, target, Op::Real(O::JumpIfFalseOrPop)) as isize
                }
                Some(Op::Real(O::JumpIfTrueOrPop) | Op::PopJumpIfTrue) => {
                    if let Some(t) = target {
                        if inst.loc.lineno == t.loc.lineno {
                            let next = inst.target.and_then(|b| cfg.block(b).next);
                            let ins = &mut cfg.block_mut(id).instrs[iu];
                            ins.op = Op::PopJumpIfFalse;
                            ins.target = next;
                            i -= 1;
                        }
                    }
                }
                _ => {}
            },
            Op::Real(O::JumpIfTrueOrPop) => match target_op {
                Some(Op::PopJumpIfTrue) => {
                    i -= jump_thread(cfg, id, iu, target, Op::PopJumpIfTrue) as isize
                }
                Some(Op::Jump | Op::Real(O::JumpIfTrueOrPop)) => {
                    i -= jump_thread(cfg, id, iu, target, Op::Real(O::JumpIfTrueOrPop)) as isize
                }
                Some(Op::Real(O::JumpIfFalseOrPop) | Op::PopJumpIfFalse) => {
                    if let Some(t) = target {
                        if inst.loc.lineno == t.loc.lineno {
                            let next = inst.target.and_then(|b| cfg.block(b).next);
                            let ins = &mut cfg.block_mut(id).instrs[iu];
                            ins.op = Op::PopJumpIfTrue;
                            ins.target = next;
                            i -= 1;
                        }
                    }
                }
                _ => {}
            },
            Op::PopJumpIfNotNone
            | Op::PopJumpIfNone
            | Op::PopJumpIfFalse
            | Op::PopJumpIfTrue
            | Op::Jump
                if target_op == Some(Op::Jump) =>
            {
                i -= jump_thread(cfg, id, iu, target, inst.op) as isize;
            }
            Op::Real(O::Swap) => {
                if oparg == 1 {
                    cfg.block_mut(id).instrs[iu].op = Op::Real(O::Nop);
                } else {
                    let mut ix = iu;
                    swaptimize(&mut cfg.block_mut(id).instrs, &mut ix);
                    apply_static_swaps(&mut cfg.block_mut(id).instrs, ix as isize);
                    i = ix as isize;
                }
            }
            Op::Real(O::PushNull) if nextop == Some(Op::Real(O::LoadGlobal)) => {
                let b = cfg.block_mut(id);
                b.instrs[iu].op = Op::Real(O::Nop);
                b.instrs[iu].arg = 0;
                b.instrs[iu + 1].arg |= 1;
            }
            _ => {}
        }
        i += 1;
    }
}

/// Points a jump to its target's target when both are on the same line.
fn jump_thread(cfg: &mut Cfg, id: BlockId, i: usize, target: Option<Instr>, op: Op) -> bool {
    let Some(t) = target else {
        return false;
    };
    let ins = &mut cfg.block_mut(id).instrs[i];
    if ins.loc.lineno == t.loc.lineno && ins.target != t.target {
        ins.target = t.target;
        ins.op = op;
        return true;
    }
    false
}

fn fold_tuple_on_constants(
    cfg: &mut Cfg,
    id: BlockId,
    start: usize,
    n: usize,
    consts: &mut Vec<Constant>,
) {
    let instrs = &cfg.block(id).instrs;
    if instrs[start..start + n]
        .iter()
        .any(|x| x.op != Op::Real(O::LoadConst))
    {
        return;
    }
    let items: Vec<Constant> = instrs[start..start + n]
        .iter()
        .map(|x| const_at(consts, x.arg).clone())
        .collect();
    let tuple = Constant::Tuple(items.into());
    let index = match consts.iter().position(|c| c.same_key(&tuple)) {
        Some(i) => i,
        None => {
            consts.push(tuple);
            consts.len() - 1
        }
    };
    let b = cfg.block_mut(id);
    for x in &mut b.instrs[start..start + n] {
        x.op = Op::Real(O::Nop);
    }
    b.instrs[start + n].op = Op::Real(O::LoadConst);
    b.instrs[start + n].arg = index as u32;
}

/// Replaces a run of `SWAP`s and `NOP`s with the shortest run that has the same effect.
fn swaptimize(instrs: &mut [Instr], ix: &mut usize) {
    let base = *ix;
    let mut depth = instrs[base].arg as usize;
    let mut len = 0;
    let mut more = false;
    let limit = instrs.len() - base;
    loop {
        len += 1;
        if len >= limit {
            break;
        }
        match instrs[base + len].op {
            Op::Real(O::Swap) => {
                depth = depth.max(instrs[base + len].arg as usize);
                more = true;
            }
            Op::Real(O::Nop) => {}
            _ => break,
        }
    }
    if !more {
        return;
    }
    const VISITED: isize = -1;
    let mut stack: Vec<isize> = (0..depth as isize).collect();
    for k in 0..len {
        if instrs[base + k].op == Op::Real(O::Swap) {
            let oparg = instrs[base + k].arg as usize;
            stack.swap(0, oparg - 1);
        }
    }
    let mut current = len as isize - 1;
    for i in 0..depth {
        if stack[i] == VISITED || stack[i] == i as isize {
            continue;
        }
        let mut j = i;
        loop {
            if j != 0 {
                let ins = &mut instrs[base + current as usize];
                ins.op = Op::Real(O::Swap);
                ins.arg = (j + 1) as u32;
                current -= 1;
            }
            if stack[j] == VISITED {
                break;
            }
            let next_j = stack[j] as usize;
            stack[j] = VISITED;
            j = next_j;
        }
    }
    while current >= 0 {
        instrs[base + current as usize].op = Op::Real(O::Nop);
        current -= 1;
    }
    *ix += len - 1;
}

fn swappable(op: Op) -> bool {
    matches!(op, Op::Real(O::StoreFast | O::PopTop))
}

fn stores_to(ins: &Instr) -> i64 {
    if ins.op == Op::Real(O::StoreFast) {
        ins.arg as i64
    } else {
        -1
    }
}

fn next_swappable_instruction(instrs: &[Instr], mut i: usize, lineno: i32) -> Option<usize> {
    loop {
        i += 1;
        if i >= instrs.len() {
            return None;
        }
        let ins = &instrs[i];
        if lineno >= 0 && ins.loc.lineno != lineno {
            return None;
        }
        if ins.op == Op::Real(O::Nop) {
            continue;
        }
        if swappable(ins.op) {
            return Some(i);
        }
        return None;
    }
}

/// Applies `SWAP`s statically by swapping the `STORE_FAST`/`POP_TOP` instructions after them.
fn apply_static_swaps(instrs: &mut [Instr], mut i: isize) {
    while i >= 0 {
        let iu = i as usize;
        let swap = instrs[iu];
        if swap.op != Op::Real(O::Swap) {
            if swap.op == Op::Real(O::Nop) || swappable(swap.op) {
                i -= 1;
                continue;
            }
            return;
        }
        let Some(j) = next_swappable_instruction(instrs, iu, -1) else {
            return;
        };
        let mut k = j;
        let lineno = instrs[j].loc.lineno;
        let mut count = swap.arg as i64 - 1;
        while count > 0 {
            match next_swappable_instruction(instrs, k, lineno) {
                Some(n) => k = n,
                None => return,
            }
            count -= 1;
        }
        let store_j = stores_to(&instrs[j]);
        let store_k = stores_to(&instrs[k]);
        if store_j >= 0 || store_k >= 0 {
            if store_j == store_k {
                return;
            }
            for ins in &instrs[j + 1..k] {
                let s = stores_to(ins);
                if s >= 0 && (s == store_j || s == store_k) {
                    return;
                }
            }
        }
        instrs[iu].op = Op::Real(O::Nop);
        instrs.swap(j, k);
        i -= 1;
    }
}

/// Removes the `NOP`s that carry no line information of their own.
fn clean_basic_block(cfg: &mut Cfg, id: BlockId) {
    let next_first_line = {
        let mut next = cfg.block(id).next;
        while let Some(n) = next {
            if !cfg.block(n).instrs.is_empty() {
                break;
            }
            next = cfg.block(n).next;
        }
        next.map(|n| cfg.block(n).instrs[0].loc.lineno)
    };
    let instrs = &mut cfg.block_mut(id).instrs;
    let mut dest = 0;
    let mut prev_lineno = -1;
    let n = instrs.len();
    for src in 0..n {
        let lineno = instrs[src].loc.lineno;
        if instrs[src].op == Op::Real(O::Nop) {
            if lineno < 0 {
                continue;
            }
            if prev_lineno == lineno {
                continue;
            }
            if src < n - 1 {
                let next_lineno = instrs[src + 1].loc.lineno;
                if next_lineno == lineno {
                    continue;
                }
                if next_lineno < 0 {
                    instrs[src + 1].loc = instrs[src].loc;
                    continue;
                }
            } else if next_first_line == Some(lineno) {
                continue;
            }
        }
        if dest != src {
            instrs[dest] = instrs[src];
        }
        dest += 1;
        prev_lineno = lineno;
    }
    instrs.truncate(dest);
}

fn mark_reachable(cfg: &mut Cfg) {
    for b in &mut cfg.blocks {
        b.predecessors = 0;
    }
    let entry = cfg.entry();
    cfg.block_mut(entry).predecessors = 1;
    let mut stack = vec![entry];
    while let Some(b) = stack.pop() {
        let block = cfg.block(b).clone();
        if let Some(next) = block.next {
            if !block.nofallthrough {
                if cfg.block(next).predecessors == 0 {
                    stack.push(next);
                }
                cfg.block_mut(next).predecessors += 1;
            }
        }
        for ins in &block.instrs {
            if ins.op.is_jump() || ins.op.is_block_push() {
                if let Some(t) = ins.target {
                    if cfg.block(t).predecessors == 0 {
                        stack.push(t);
                    }
                    cfg.block_mut(t).predecessors += 1;
                }
            }
        }
    }
}

fn eliminate_empty_basic_blocks(cfg: &mut Cfg) {
    let mut b = Some(cfg.entry());
    while let Some(id) = b {
        let mut next = cfg.block(id).next;
        if let Some(mut n) = next {
            while cfg.block(n).instrs.is_empty() {
                match cfg.block(n).next {
                    Some(nn) => n = nn,
                    None => break,
                }
            }
            next = Some(n);
            cfg.block_mut(id).next = next;
        }
        b = next;
    }
    for id in cfg.layout() {
        let Some(last) = cfg.block(id).instrs.last().copied() else {
            continue;
        };
        if last.op.is_jump() {
            if let Some(t) = last.target {
                let t = skip_empty(cfg, t);
                cfg.block_mut(id)
                    .instrs
                    .last_mut()
                    .expect("checked above")
                    .target = Some(t);
            }
        }
    }
}

fn is_exit_without_lineno(cfg: &Cfg, id: BlockId) -> bool {
    let b = cfg.block(id);
    b.exit && b.instrs.iter().all(|i| i.loc.lineno < 0)
}

/// Copies exit blocks without line numbers that several jumps reach, so that each copy can
/// take the line of the jump that leads to it (PEP 626).
fn duplicate_exits_without_lineno(cfg: &mut Cfg) {
    let count = cfg.blocks.len();
    for id in (0..count).rev() {
        let id = BlockId(id as u32);
        let Some(last) = cfg.block(id).instrs.last().copied() else {
            continue;
        };
        if !last.op.is_jump() {
            continue;
        }
        let Some(target) = last.target else {
            continue;
        };
        if is_exit_without_lineno(cfg, target) && cfg.block(target).predecessors > 1 {
            let mut copy = cfg.block(target).clone();
            copy.nofallthrough = true;
            copy.predecessors = 1;
            copy.instrs[0].loc = last.loc;
            copy.next = cfg.block(target).next;
            let new_id = cfg.new_block();
            *cfg.block_mut(new_id) = copy;
            cfg.block_mut(id)
                .instrs
                .last_mut()
                .expect("checked above")
                .target = Some(new_id);
            cfg.block_mut(target).predecessors -= 1;
            cfg.block_mut(target).next = Some(new_id);
        }
    }
    for id in (0..cfg.blocks.len()).rev() {
        let id = BlockId(id as u32);
        while let Some(n) = cfg.block(id).next {
            if cfg.block(n).instrs.is_empty() {
                let nn = cfg.block(n).next;
                cfg.block_mut(id).next = nn;
            } else {
                break;
            }
        }
    }
    for id in (0..cfg.blocks.len()).rev() {
        let id = BlockId(id as u32);
        let b = cfg.block(id);
        if !b.nofallthrough && !b.instrs.is_empty() {
            if let Some(n) = b.next {
                if is_exit_without_lineno(cfg, n) {
                    let loc = cfg.block(id).instrs.last().expect("not empty").loc;
                    cfg.block_mut(n).instrs[0].loc = loc;
                }
            }
        }
    }
}

fn trim_unused_consts(cfg: &Cfg, consts: &mut Vec<Constant>) {
    let mut max = 0;
    for id in cfg.layout() {
        for ins in &cfg.block(id).instrs {
            if matches!(ins.op, Op::Real(O::LoadConst | O::KwNames)) && ins.arg > max {
                max = ins.arg;
            }
        }
    }
    if (max as usize) + 1 < consts.len() {
        consts.truncate(max as usize + 1);
    }
}

fn propagate_line_numbers(cfg: &mut Cfg) {
    for id in cfg.layout() {
        if cfg.block(id).instrs.is_empty() {
            continue;
        }
        let mut prev = Location::NONE;
        for ins in &mut cfg.block_mut(id).instrs {
            if ins.loc.lineno < 0 {
                ins.loc = prev;
            } else {
                prev = ins.loc;
            }
        }
        let b = cfg.block(id);
        if !b.nofallthrough {
            if let Some(n) = b.next {
                if cfg.block(n).predecessors == 1 {
                    if let Some(first) = cfg.block_mut(n).instrs.first_mut() {
                        if first.loc.lineno < 0 {
                            first.loc = prev;
                        }
                    }
                }
            }
        }
        let last = *cfg.block(id).instrs.last().expect("not empty");
        if last.op.is_jump() {
            if let Some(t) = last.target {
                if cfg.block(t).predecessors == 1 {
                    if let Some(first) = cfg.block_mut(t).instrs.first_mut() {
                        if first.loc.lineno < 0 {
                            first.loc = prev;
                        }
                    }
                }
            }
        }
    }
}

fn guarantee_lineno_for_exits(cfg: &mut Cfg, firstlineno: u32) {
    let mut lineno = firstlineno as i32;
    for id in cfg.layout() {
        let b = cfg.block_mut(id);
        let Some(last) = b.instrs.last().copied() else {
            continue;
        };
        if last.loc.lineno < 0 {
            if last.op == Op::Real(O::ReturnValue) {
                for ins in &mut b.instrs {
                    ins.loc.lineno = lineno;
                }
            }
        } else {
            lineno = last.loc.lineno;
        }
    }
}

fn effect(ins: &Instr, jump: bool) -> i32 {
    match ins.op {
        Op::Real(op) => opcode::stack_effect(op, ins.arg, jump),
        Op::SetupFinally | Op::SetupWith => jump as i32,
        Op::SetupCleanup => 2 * jump as i32,
        Op::PopBlock | Op::Jump | Op::JumpNoInterrupt => 0,
        Op::PopJumpIfFalse | Op::PopJumpIfTrue | Op::PopJumpIfNone | Op::PopJumpIfNotNone => -1,
    }
}

/// The deepest the value stack gets, and each block's depth on entry.
fn stackdepth(cfg: &mut Cfg, is_generator: bool) -> i32 {
    for b in &mut cfg.blocks {
        b.startdepth = i32::MIN;
    }
    let mut stack: Vec<BlockId> = Vec::new();
    let mut maxdepth = 0;
    fn push(cfg: &mut Cfg, stack: &mut Vec<BlockId>, b: BlockId, depth: i32) {
        let block = cfg.block_mut(b);
        if block.startdepth < depth && block.startdepth < 100 {
            block.startdepth = depth;
            stack.push(b);
        }
    }
    let entry = cfg.entry();
    push(cfg, &mut stack, entry, is_generator as i32);
    while let Some(b) = stack.pop() {
        let mut depth = cfg.block(b).startdepth;
        let mut next = cfg.block(b).next;
        let instrs = cfg.block(b).instrs.clone();
        for ins in &instrs {
            let new_depth = depth + effect(ins, false);
            maxdepth = maxdepth.max(new_depth);
            if ins.op.is_jump() || ins.op.is_block_push() {
                let target_depth = depth + effect(ins, true);
                maxdepth = maxdepth.max(target_depth);
                if let Some(t) = ins.target {
                    push(cfg, &mut stack, t, target_depth);
                }
            }
            depth = new_depth;
            if matches!(
                ins.op,
                Op::JumpNoInterrupt
                    | Op::Jump
                    | Op::Real(O::ReturnValue | O::RaiseVarargs | O::Reraise)
            ) {
                next = None;
                break;
            }
        }
        if let Some(n) = next {
            push(cfg, &mut stack, n, depth);
        }
    }
    maxdepth
}

/// Gives every instruction the exception handler in force where it runs.
fn label_exception_targets(cfg: &mut Cfg) {
    let n = cfg.blocks.len();
    for b in &mut cfg.blocks {
        b.visited = false;
    }
    let mut stacks: Vec<Option<Vec<Option<BlockId>>>> = vec![None; n];
    let entry = cfg.entry();
    stacks[entry.index()] = Some(vec![None]);
    cfg.block_mut(entry).visited = true;
    let mut todo = vec![entry];
    while let Some(b) = todo.pop() {
        let mut stack = stacks[b.index()].take();
        let mut handler = stack.as_ref().and_then(|s| s.last().copied().flatten());
        let len = cfg.block(b).instrs.len();
        for i in 0..len {
            let ins = cfg.block(b).instrs[i];
            if ins.op.is_block_push() {
                let Some(t) = ins.target else { continue };
                if !cfg.block(t).visited {
                    stacks[t.index()] = stack.clone();
                    cfg.block_mut(t).visited = true;
                    todo.push(t);
                }
                if matches!(ins.op, Op::SetupWith | Op::SetupCleanup) {
                    cfg.block_mut(t).preserve_lasti = true;
                }
                if let Some(s) = stack.as_mut() {
                    s.push(Some(t));
                }
                handler = Some(t);
            } else if ins.op == Op::PopBlock {
                if let Some(s) = stack.as_mut() {
                    if s.len() > 1 {
                        s.pop();
                    }
                    handler = s.last().copied().flatten();
                }
            } else if ins.op.is_jump() {
                cfg.block_mut(b).instrs[i].except = handler;
                if let Some(t) = ins.target {
                    if !cfg.block(t).visited {
                        if !cfg.block(b).nofallthrough {
                            stacks[t.index()] = stack.clone();
                        } else {
                            stacks[t.index()] = stack.take();
                        }
                        cfg.block_mut(t).visited = true;
                        todo.push(t);
                    }
                }
            } else {
                cfg.block_mut(b).instrs[i].except = handler;
            }
        }
        let block = cfg.block(b);
        if !block.nofallthrough {
            if let Some(next) = block.next {
                if !cfg.block(next).visited {
                    stacks[next.index()] = stack;
                    cfg.block_mut(next).visited = true;
                    todo.push(next);
                }
            }
        }
    }
}

/// Replaces the pseudo jumps with their forward or backward 3.11 opcodes.
fn normalize_jumps(cfg: &mut Cfg) {
    for b in &mut cfg.blocks {
        b.visited = false;
    }
    for id in cfg.layout() {
        cfg.block_mut(id).visited = true;
        let Some(last) = cfg.block(id).instrs.last().copied() else {
            continue;
        };
        if !last.op.is_jump() {
            continue;
        }
        let forward = last.target.is_some_and(|t| !cfg.block(t).visited);
        let op = match last.op {
            Op::Jump => Some(if forward {
                O::JumpForward
            } else {
                O::JumpBackward
            }),
            Op::JumpNoInterrupt => Some(if forward {
                O::JumpForward
            } else {
                O::JumpBackwardNoInterrupt
            }),
            Op::PopJumpIfNotNone => Some(if forward {
                O::PopJumpForwardIfNotNone
            } else {
                O::PopJumpBackwardIfNotNone
            }),
            Op::PopJumpIfNone => Some(if forward {
                O::PopJumpForwardIfNone
            } else {
                O::PopJumpBackwardIfNone
            }),
            Op::PopJumpIfFalse => Some(if forward {
                O::PopJumpForwardIfFalse
            } else {
                O::PopJumpBackwardIfFalse
            }),
            Op::PopJumpIfTrue => Some(if forward {
                O::PopJumpForwardIfTrue
            } else {
                O::PopJumpBackwardIfTrue
            }),
            _ => None,
        };
        if let Some(op) = op {
            cfg.block_mut(id)
                .instrs
                .last_mut()
                .expect("checked above")
                .op = Op::Real(op);
        }
    }
}

fn assemble_jump_offsets(cfg: &mut Cfg) {
    let layout = cfg.layout();
    loop {
        let mut total = 0;
        for &id in &layout {
            cfg.block_mut(id).offset = total;
            total += cfg.block(id).instrs.iter().map(Instr::size).sum::<u32>();
        }
        let mut again = false;
        for &id in &layout {
            let mut bsize = cfg.block(id).offset;
            let n = cfg.block(id).instrs.len();
            for i in 0..n {
                let ins = cfg.block(id).instrs[i];
                let isize = ins.size();
                bsize += isize;
                if ins.op.is_jump() {
                    let target_offset = ins.target.map_or(0, |t| cfg.block(t).offset);
                    let arg = target_offset.abs_diff(bsize);
                    let ins = &mut cfg.block_mut(id).instrs[i];
                    ins.arg = arg;
                    if ins.size() != isize {
                        again = true;
                    }
                }
            }
        }
        if !again {
            break;
        }
    }
}

fn positions(loc: &Location) -> Positions {
    if loc.lineno < 0 {
        return Positions::default();
    }
    let opt = |v: i32| if v < 0 { None } else { Some(v as u32) };
    Positions {
        lineno: Some(loc.lineno as u32),
        end_lineno: opt(loc.end_lineno),
        col_offset: opt(loc.col),
        end_col_offset: opt(loc.end_col),
    }
}

fn emit_code(cfg: &Cfg) -> (Vec<u8>, Vec<Instruction>) {
    let mut code = Vec::new();
    let mut out = Vec::new();
    for id in cfg.layout() {
        for ins in &cfg.block(id).instrs {
            let Op::Real(op) = ins.op else {
                continue;
            };
            let arg = if op.has_arg() { ins.arg } else { 0 };
            let pos = positions(&ins.loc);
            let span = if ins.loc.lineno < 0 || ins.loc.span.is_empty() {
                None
            } else {
                Some(ins.loc.span)
            };
            let shifts: &[u32] = match ins.size() - op.caches() {
                4 => &[24, 16, 8],
                3 => &[16, 8],
                2 => &[8],
                _ => &[],
            };
            for &shift in shifts {
                out.push(Instruction {
                    offset: code.len() as u32,
                    opcode: O::ExtendedArg,
                    arg: Some(arg >> shift),
                    positions: pos,
                    span,
                });
                code.push(O::ExtendedArg.number());
                code.push(((arg >> shift) & 0xff) as u8);
            }
            out.push(Instruction {
                offset: code.len() as u32,
                opcode: op,
                arg: if op.has_arg() { Some(arg) } else { None },
                positions: pos,
                span,
            });
            code.push(op.number());
            code.push((arg & 0xff) as u8);
            for _ in 0..op.caches() {
                code.push(0);
                code.push(0);
            }
        }
    }
    (code, out)
}

fn write_varint(out: &mut Vec<u8>, mut val: u32) {
    while val >= 64 {
        out.push(0x40 | (val & 0x3f) as u8);
        val >>= 6;
    }
    out.push(val as u8);
}

fn write_signed_varint(out: &mut Vec<u8>, val: i32) {
    let v = if val < 0 {
        ((-(val as i64)) as u32) << 1 | 1
    } else {
        (val as u32) << 1
    };
    write_varint(out, v);
}

/// Writes the 3.11 location table (`co_linetable`, see `Objects/locations.md`).
fn emit_locations(cfg: &Cfg, firstlineno: i32) -> Vec<u8> {
    let mut out = Vec::new();
    let mut a_lineno = firstlineno;
    for id in cfg.layout() {
        for ins in &cfg.block(id).instrs {
            let mut isize = ins.size() as i32;
            while isize > 0 {
                let len = isize.min(8);
                write_location_entry(&mut out, &mut a_lineno, &ins.loc, len);
                isize -= len;
            }
        }
    }
    out
}

fn first_byte(out: &mut Vec<u8>, code: u8, length: i32) {
    out.push(0x80 | (code << 3) | ((length - 1) as u8));
}

fn write_location_entry(out: &mut Vec<u8>, a_lineno: &mut i32, loc: &Location, len: i32) {
    if loc.lineno < 0 {
        first_byte(out, 15, len);
        return;
    }
    let line_delta = loc.lineno - *a_lineno;
    let column = loc.col;
    let end_column = loc.end_col;
    if column < 0 || end_column < 0 {
        if loc.end_lineno == loc.lineno || loc.end_lineno == -1 {
            first_byte(out, 13, len);
            write_signed_varint(out, line_delta);
            *a_lineno = loc.lineno;
            return;
        }
    } else if loc.end_lineno == loc.lineno {
        if line_delta == 0 && column < 80 && end_column - column < 16 && end_column >= column {
            let group = (column >> 3) as u8;
            first_byte(out, group, len);
            out.push((((column & 7) << 4) | (end_column - column)) as u8);
            return;
        }
        if (0..3).contains(&line_delta) && column < 128 && end_column < 128 {
            first_byte(out, 10 + line_delta as u8, len);
            out.push(column as u8);
            out.push(end_column as u8);
            *a_lineno = loc.lineno;
            return;
        }
    }
    first_byte(out, 14, len);
    write_signed_varint(out, line_delta);
    write_varint(out, (loc.end_lineno - loc.lineno).max(0) as u32);
    write_varint(out, (column + 1).max(0) as u32);
    write_varint(out, (end_column + 1).max(0) as u32);
    *a_lineno = loc.lineno;
}

fn exception_table(cfg: &Cfg) -> Vec<ExceptionTableEntry> {
    let mut out = Vec::new();
    let mut handler: Option<BlockId> = None;
    let mut start = 0;
    let mut ioffset = 0;
    let emit = |start: u32, end: u32, h: BlockId, out: &mut Vec<ExceptionTableEntry>| {
        let hb = cfg.block(h);
        let mut depth = hb.startdepth - 1;
        if hb.preserve_lasti {
            depth -= 1;
        }
        out.push(ExceptionTableEntry {
            start: start * 2,
            end: end * 2,
            target: hb.offset * 2,
            depth: depth.max(0) as u32,
            lasti: hb.preserve_lasti,
        });
    };
    for id in cfg.layout() {
        ioffset = cfg.block(id).offset;
        for ins in &cfg.block(id).instrs {
            if ins.except != handler {
                if let Some(h) = handler {
                    emit(start, ioffset, h, &mut out);
                }
                start = ioffset;
                handler = ins.except;
            }
            ioffset += ins.size();
        }
    }
    if let Some(h) = handler {
        emit(start, ioffset, h, &mut out);
    }
    out
}
