//! The `dis` printer: what `dis.dis(code)` prints in CPython 3.11, nested code objects
//! included, with a fixed placeholder where CPython prints a memory address.

use std::collections::{HashMap, HashSet};
use std::fmt::Write;

use crate::code::CodeObject;
use crate::opcode::{ArgKind, Opcode, CMP_OP, NB_OPS};
use crate::value::Constant;

/// One disassembled instruction, with the fields of `dis.Instruction` that the text uses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DisLine {
    pub offset: u32,
    pub opname: &'static str,
    pub arg: Option<u32>,
    /// The argument's meaning as `dis` shows it in parentheses (may be empty).
    pub argrepr: String,
    /// The source line this instruction starts, if it starts one.
    pub starts_line: Option<u32>,
    /// Whether some jump or exception handler lands here.
    pub is_jump_target: bool,
}

/// What `dis.dis(code)` prints for a code object and everything nested in it.
pub fn dis(code: &CodeObject) -> String {
    let mut out = String::new();
    dis_recursive(code, &mut out);
    out
}

fn dis_recursive(code: &CodeObject, out: &mut String) {
    disassemble(code, out);
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {}:", c.repr());
            dis_recursive(inner, out);
        }
    }
}

/// The source line each instruction offset starts (`dis.findlinestarts`).
pub fn line_starts(code: &CodeObject) -> HashMap<u32, u32> {
    let mut starts = HashMap::new();
    let mut last: Option<u32> = None;
    for ins in &code.instructions {
        if let Some(line) = ins.positions.lineno {
            if Some(line) != last {
                last = Some(line);
                starts.insert(ins.offset, line);
            }
        }
    }
    starts
}

/// The instructions of one code object as `dis` lists them.
pub fn lines(code: &CodeObject) -> Vec<DisLine> {
    let starts = line_starts(code);
    let mut labels: HashSet<u32> = code
        .instructions
        .iter()
        .filter_map(|i| i.jump_target())
        .collect();
    for e in &code.exception_table {
        labels.insert(e.target);
    }
    code.instructions
        .iter()
        .map(|ins| DisLine {
            offset: ins.offset,
            opname: ins.opcode.name(),
            arg: ins.arg,
            argrepr: ins
                .arg
                .map(|a| argrepr(code, ins.opcode, a, ins.offset))
                .unwrap_or_default(),
            starts_line: starts.get(&ins.offset).copied(),
            is_jump_target: labels.contains(&ins.offset),
        })
        .collect()
}

/// The text `dis` shows in parentheses after an argument.
pub fn argrepr(code: &CodeObject, op: Opcode, arg: u32, offset: u32) -> String {
    match op.data().arg {
        ArgKind::Const if op == Opcode::LoadConst => code
            .consts
            .get(arg as usize)
            .map(Constant::repr)
            .unwrap_or_default(),
        ArgKind::Const => String::new(),
        ArgKind::Name => code.names.get(arg as usize).cloned().unwrap_or_default(),
        ArgKind::GlobalName => {
            let name = code
                .names
                .get((arg / 2) as usize)
                .cloned()
                .unwrap_or_default();
            if arg & 1 != 0 && !name.is_empty() {
                format!("NULL + {name}")
            } else {
                name
            }
        }
        ArgKind::JumpForward => format!("to {}", offset + 2 + arg * 2),
        ArgKind::JumpBackward => format!("to {}", (offset + 2).wrapping_sub(arg * 2) as i32),
        ArgKind::JumpAbsolute => format!("to {}", arg * 2),
        ArgKind::Local | ArgKind::Free => code
            .localsplusnames
            .get(arg as usize)
            .cloned()
            .unwrap_or_default(),
        ArgKind::Compare => CMP_OP
            .get(arg as usize)
            .map(|s| s.to_string())
            .unwrap_or_default(),
        ArgKind::FormatValue => {
            let mut s = ["", "str", "repr", "ascii"][(arg & 3) as usize].to_string();
            if arg & 4 != 0 {
                if !s.is_empty() {
                    s.push_str(", ");
                }
                s.push_str("with format");
            }
            s
        }
        ArgKind::MakeFunction => ["defaults", "kwdefaults", "annotations", "closure"]
            .iter()
            .enumerate()
            .filter(|(i, _)| arg & (1 << i) != 0)
            .map(|(_, s)| *s)
            .collect::<Vec<_>>()
            .join(", "),
        ArgKind::BinaryOp => NB_OPS
            .get(arg as usize)
            .map(|(_, s)| s.to_string())
            .unwrap_or_default(),
        ArgKind::None | ArgKind::Number => String::new(),
    }
}

fn disassemble(code: &CodeObject, out: &mut String) {
    let lines = lines(code);
    let show_lineno = lines.iter().any(|l| l.starts_line.is_some());
    let lineno_width = if show_lineno {
        let max = lines
            .iter()
            .filter_map(|l| l.starts_line)
            .max()
            .unwrap_or(0);
        if max >= 1000 {
            max.to_string().len()
        } else {
            3
        }
    } else {
        0
    };
    let maxoffset = (code.code.len() as u32).saturating_sub(2);
    let offset_width = if maxoffset >= 10000 {
        maxoffset.to_string().len()
    } else {
        4
    };
    for l in &lines {
        if show_lineno && l.starts_line.is_some() && l.offset > 0 {
            out.push('\n');
        }
        let mut fields: Vec<String> = Vec::new();
        if lineno_width > 0 {
            match l.starts_line {
                Some(n) => fields.push(format!("{n:>lineno_width$}")),
                None => fields.push(" ".repeat(lineno_width)),
            }
        }
        fields.push("   ".into());
        fields.push(if l.is_jump_target {
            ">>".into()
        } else {
            "  ".into()
        });
        fields.push(format!("{:>offset_width$}", l.offset));
        fields.push(format!("{:<20}", l.opname));
        if let Some(arg) = l.arg {
            fields.push(format!("{arg:>5}"));
            if !l.argrepr.is_empty() {
                fields.push(format!("({})", l.argrepr));
            }
        }
        let line = fields.join(" ");
        out.push_str(line.trim_end());
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let lasti = if e.lasti { " lasti" } else { "" };
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start,
                e.end - 2,
                e.target,
                e.depth,
                lasti
            );
        }
    }
}
