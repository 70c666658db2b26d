//! The HIR printer: the desugared program as Rust text, in the spirit of `rustc -Zunpretty=hir`.
//!
//! The output mirrors what rustc 1.95 prints where deepdive lowers the same way: the
//! `extern crate std;` and prelude import at the top, lang items by their short names
//! (`into_iter`, `next`, `Range { start: 0, end: 10 }`, `branch`, `from_residual`), the
//! `super let args = …` blocks of `format_args!` with rustc's template bytes, literals as rustc
//! shows them (`1_000` as `1000`, `'é'` as `'\u{e9}'`), `1...3` for inclusive range patterns,
//! `Some {  0: i }` for the patterns desugarings build, bounds moved into `where` clauses,
//! `'_` for elided lifetimes in signatures. Line breaking follows rustc's Oppen printer where
//! it matters most: a block, match or statement goes on one line when it fits in 78 columns
//! (never less than 60 after the indentation), `let x =` and `=>` break before a value that
//! does not fit, a function that does not fit breaks before `->`, and argument and array
//! lists fill their lines with continuation lines one box in per call broken on the line.
//!
//! Empty lines between items are kept from the source, as rustc's printer does; the impls of
//! `#[derive(Debug, Clone, Copy, PartialEq)]` are printed after their type (module `derive`).
//!
//! Known differences from rustc: source comments are left out (rustc interleaves them), the
//! derives deepdive does not generate (`Eq`, `PartialOrd`, `Ord`, `Hash`, `Default`) are
//! missing, and some breaks inside long `where` clauses, struct literals and nested calls
//! differ (the text is the same up to whitespace; rustc also adds empty lines around some
//! macro expansions). On the 129 programs of `test_data/rust/sema/valid`, 46 print byte for
//! byte as rustc 1.95 does and 67 more the same up to whitespace; each of the other 16 has
//! comments or one of those derives (`cargo test -p rust-sema --test hir -- --ignored`).
//!
//! Every node printed is recorded as a [`Mark`]: the byte range of its text in the output, the
//! source span it came from and the desugaring that introduced it, if any.

use crate::format::{self, Piece};
use crate::hir::*;

/// Where a printed node's text is, where it came from, and what introduced it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Byte range in the printed text.
    pub start: u32,
    pub end: u32,
    /// The source span of the node.
    pub span: source::Span,
    /// The desugaring or macro that introduced the node, if any.
    pub desugaring: Option<Desugaring>,
}

/// The printed HIR: the text and the marks of its nodes (outer nodes before inner ones).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Printed {
    pub text: String,
    pub marks: Vec<Mark>,
}

/// Prints the whole crate.
pub fn print(hir: &Hir) -> Printed {
    let mut p = Printer::new(hir, 0, false);
    p.s("extern crate std;\n#[attr = PreludeImport]\nuse std::prelude::rust_2021::*;\n");
    p.items_top(&hir.root);
    Printed {
        text: p.out,
        marks: p.marks,
    }
}

const MARGIN: usize = 78;
const MIN_SPACE: usize = 60;

/// Binding strength of expressions, for parentheses (higher binds tighter).
fn prec(hir: &Hir, e: ExprId) -> u8 {
    match &hir.expr(e).kind {
        ExprKind::Ret(_) | ExprKind::Break(..) | ExprKind::Closure(_) => 0,
        ExprKind::Assign(..) | ExprKind::AssignOp(..) => 1,
        ExprKind::Binary(op, ..) => binop_prec(*op),
        ExprKind::Cast(..) => 12,
        ExprKind::Unary(..) | ExprKind::AddrOf(..) => 13,
        ExprKind::Let(..) => 2,
        _ => 15,
    }
}

fn binop_prec(op: BinOp) -> u8 {
    use BinOp::*;
    match op {
        Or => 3,
        And => 4,
        Eq | Ne | Lt | Le | Gt | Ge => 5,
        BitOr => 6,
        BitXor => 7,
        BitAnd => 8,
        Shl | Shr => 9,
        Add | Sub => 10,
        Mul | Div | Rem => 11,
    }
}

struct Printer<'h> {
    hir: &'h Hir,
    out: String,
    marks: Vec<Mark>,
    indent: usize,
    /// In a one-line trial: give up once the line is longer than the margin.
    flat: bool,
    failed: bool,
    depth: u32,
    /// In a function signature: elided lifetimes are printed as `'_`, as rustc does.
    elided: bool,
    /// The calls whose arguments are being printed broken, by the line they started on.
    broken_calls: Vec<usize>,
    /// Newlines printed so far.
    lines: usize,
    /// Printing the return type of a broken signature: rustc breaks after every comma of its
    /// generic arguments (the break's chunk runs on into the body, which never fits).
    break_generic_commas: bool,
    /// Printing a function's return type.
    in_return: bool,
    /// In a one-line trial: the most characters it may print before giving up.
    budget: usize,
    /// The length of what follows the next block on its line up to rustc's next break (the
    /// ` else {` after an `if`'s block): the block is one line only if that fits too.
    block_trailer: usize,
}

impl<'h> Printer<'h> {
    fn new(hir: &'h Hir, indent: usize, flat: bool) -> Self {
        Printer {
            hir,
            out: String::new(),
            marks: Vec::new(),
            indent,
            flat,
            failed: false,
            depth: 0,
            elided: false,
            broken_calls: Vec::new(),
            lines: 0,
            break_generic_commas: false,
            in_return: false,
            block_trailer: 0,
            budget: MARGIN * 3,
        }
    }

    fn s(&mut self, text: &str) {
        if self.failed {
            return;
        }
        self.out.push_str(text);
        self.lines += text.matches('\n').count();
        if self.flat && (self.out.len() > self.budget || text.contains('\n')) {
            self.failed = true;
        }
    }

    fn nl(&mut self) {
        if self.flat {
            self.failed = true;
            return;
        }
        self.out.push('\n');
        self.lines += 1;
        for _ in 0..self.indent {
            self.out.push_str("    ");
        }
    }

    /// Starts a new line at column `col`.
    fn nl_at(&mut self, col: usize) {
        self.out.push('\n');
        self.lines += 1;
        self.out.push_str(&" ".repeat(col));
    }

    /// The indentation of the current line.
    fn line_indent(&self) -> usize {
        let start = self.out.rfind('\n').map(|i| i + 1).unwrap_or(0);
        self.out[start..].bytes().take_while(|b| *b == b' ').count()
    }

    /// True when `len` more characters fit on the current line (rustc's margin and MIN_SPACE).
    fn fits(&self, len: usize) -> bool {
        let indent = self.line_indent();
        let room = MARGIN.saturating_sub(indent).max(MIN_SPACE);
        self.column() - indent.min(self.column()) + len <= room
    }

    /// The length of `f`'s output on one line, if it can be printed on one line at all.
    fn flat_len(&self, f: impl FnOnce(&mut Printer<'h>)) -> Option<usize> {
        let mut p = Printer::new(self.hir, self.indent, true);
        p.elided = self.elided;
        f(&mut p);
        (!p.failed).then_some(p.out.len())
    }

    /// Prints a comma-separated list the way rustc's inconsistent boxes fill lines: an item goes
    /// on the current line when it fits (with what follows it up to the next break), else on a
    /// new line at column `cont`. `close` is the length of the text after the last item.
    fn fill_list(
        &mut self,
        n: usize,
        cont: usize,
        close: usize,
        item: &dyn Fn(&mut Printer<'h>, usize),
    ) {
        let saved = self.indent;
        self.indent = cont / 4;
        for i in 0..n {
            if i > 0 {
                self.s(",");
                let tail = if i + 1 == n { close } else { 1 };
                match self.flat_len(|p| item(p, i)) {
                    Some(len) if self.fits(1 + len + tail) => self.s(" "),
                    _ => self.nl_at(cont),
                }
            }
            item(self, i);
        }
        self.indent = saved;
    }

    /// The column the output is at.
    fn column(&self) -> usize {
        self.out.len() - self.out.rfind('\n').map(|i| i + 1).unwrap_or(0)
    }

    fn mark(&mut self, start: usize, span: source::Span, origin: &Origin) {
        let desugaring = match origin {
            Origin::Source => None,
            Origin::Desugared(d) => Some(d.clone()),
        };
        self.marks.push(Mark {
            start: start as u32,
            end: self.out.len() as u32,
            span,
            desugaring,
        });
    }

    /// Tries `f` on one line; returns the text and marks if it fits from column `col`.
    fn try_flat(
        &self,
        col: usize,
        f: impl FnOnce(&mut Printer<'h>),
    ) -> Option<(String, Vec<Mark>)> {
        // rustc's printer never leaves less than MIN_SPACE columns after the indentation.
        let line_start = self.out.rfind('\n').map(|i| i + 1).unwrap_or(0);
        let indent = self.out[line_start..]
            .bytes()
            .take_while(|b| *b == b' ')
            .count()
            .min(col);
        let room = MARGIN.saturating_sub(indent).max(MIN_SPACE);
        let mut p = Printer::new(self.hir, self.indent, true);
        p.depth = self.depth;
        p.elided = self.elided;
        // The trial gives up as soon as it is longer than the room left on the line.
        p.budget = room.saturating_sub(col - indent);
        f(&mut p);
        if p.failed || col - indent + p.out.len() > room {
            None
        } else {
            Some((p.out, p.marks))
        }
    }

    fn append(&mut self, (text, marks): (String, Vec<Mark>)) {
        let base = self.out.len() as u32;
        self.lines += text.matches('\n').count();
        self.out.push_str(&text);
        self.marks.extend(marks.into_iter().map(|m| Mark {
            start: m.start + base,
            end: m.end + base,
            ..m
        }));
    }

    // ----- items -----

    fn item(&mut self, id: ItemId) {
        let hir = self.hir;
        let item = hir.item(id);
        let start = self.out.len();
        for a in &item.attrs {
            // rustc's HIR has the derived impls instead of the attribute.
            if a.starts_with("#[derive") {
                continue;
            }
            self.s(a);
            self.nl();
        }
        let vis = if item.public { "pub " } else { "" };
        match &item.kind {
            ItemKind::Fn(f) => {
                self.s(vis);
                self.fn_decl(&item.name, f);
            }
            ItemKind::Struct { generics, data } => {
                self.s(&format!("{vis}struct {}", item.name));
                self.generics(generics);
                match data {
                    VariantData::Unit => self.s(";"),
                    VariantData::Tuple(fs) => {
                        self.tuple_fields(fs);
                        self.where_clause(generics);
                        self.s(";");
                    }
                    VariantData::Struct(fs) => {
                        self.where_clause(generics);
                        self.s(" {");
                        self.indent += 1;
                        for f in fs {
                            self.nl();
                            let v = if f.public { "pub " } else { "" };
                            self.s(&format!("{v}{}: ", f.name));
                            self.ty(&f.ty);
                            self.s(",");
                        }
                        self.indent -= 1;
                        self.nl();
                        self.s("}");
                    }
                }
            }
            ItemKind::Enum { generics, variants } => {
                self.s(&format!("{vis}enum {}", item.name));
                self.generics(generics);
                self.where_clause(generics);
                // Without struct variants, rustc puts a short enum on one line.
                let simple = variants
                    .iter()
                    .all(|v| !matches!(v.data, VariantData::Struct(_)) && v.discriminant.is_none());
                if simple && !self.flat {
                    let col = self.column();
                    let flat = self.try_flat(col, |p| {
                        p.s(" {");
                        for v in variants {
                            p.s(" ");
                            p.s(&v.name);
                            if let VariantData::Tuple(fs) = &v.data {
                                p.tuple_fields(fs);
                            }
                            p.s(",");
                        }
                        p.s(" }");
                    });
                    if let Some(flat) = flat {
                        self.append(flat);
                        self.mark(start, item.span, &item.origin);
                        return;
                    }
                }
                self.s(" {");
                self.indent += 1;
                for v in variants {
                    self.nl();
                    self.s(&v.name);
                    match &v.data {
                        VariantData::Unit => {}
                        VariantData::Tuple(fs) => self.tuple_fields(fs),
                        VariantData::Struct(fs) => {
                            // rustc puts the fields two levels in and the brace one level in.
                            self.s(" {");
                            self.indent += 2;
                            for f in fs {
                                self.nl();
                                self.s(&format!("{}: ", f.name));
                                self.ty(&f.ty);
                                self.s(",");
                            }
                            self.indent -= 1;
                            self.nl();
                            self.s("}");
                            self.indent -= 1;
                        }
                    }
                    if let Some(d) = v.discriminant {
                        self.s(" = ");
                        self.expr(d);
                    }
                    self.s(",");
                }
                self.indent -= 1;
                self.nl();
                self.s("}");
            }
            ItemKind::Impl {
                unsafe_,
                generics,
                of_trait,
                self_ty,
                items,
            } => {
                if *unsafe_ {
                    self.s("unsafe ");
                }
                self.s("impl");
                if !generics.params.is_empty() {
                    // rustc prints `impl <T>` with a space.
                    self.s(" ");
                }
                self.generics(generics);
                self.s(" ");
                if let Some(t) = of_trait {
                    self.path(t, false);
                    self.s(" for ");
                }
                self.ty(self_ty);
                self.where_clause(generics);
                if items.is_empty() {
                    self.s(" { }");
                } else {
                    self.s(" {");
                    self.items_nested(items);
                }
            }
            ItemKind::Trait {
                generics,
                supertraits,
                items,
            } => {
                self.s(&format!("{vis}trait {}", item.name));
                self.generics(generics);
                if !supertraits.is_empty() {
                    self.s(": ");
                    self.bounds(supertraits);
                }
                self.where_clause(generics);
                self.s(" {");
                self.items_nested(items);
            }
            ItemKind::Const { ty, body } => {
                self.s(&format!("{vis}const {}: ", item.name));
                let saved = std::mem::replace(&mut self.elided, true);
                self.ty(ty);
                self.elided = saved;
                if let Some(b) = body {
                    self.s(" = ");
                    self.expr(hir.bodies[b.index()].value);
                }
                self.s(";");
            }
            ItemKind::Static { mutbl, ty, body } => {
                let m = if *mutbl == Mutability::Mut {
                    "mut "
                } else {
                    ""
                };
                self.s(&format!("{vis}static {m}{}: ", item.name));
                let saved = std::mem::replace(&mut self.elided, true);
                self.ty(ty);
                self.elided = saved;
                self.s(" = ");
                self.expr(hir.bodies[body.index()].value);
                self.s(";");
            }
            ItemKind::TyAlias { generics, ty } => {
                self.s(&format!("{vis}type {}", item.name));
                self.generics(generics);
                if let Some(t) = ty {
                    self.s(" = ");
                    self.ty(t);
                }
                self.s(";");
            }
            ItemKind::Mod { items } => {
                self.s(&format!("{vis}mod {} {{", item.name));
                self.items_nested(items);
            }
            ItemKind::Use { path, rename, glob } => {
                self.s(&format!("{vis}use "));
                if path.segments.is_empty() {
                    // The group of a `use a::{b, c}`, as rustc prints it.
                    self.s("::{}");
                } else {
                    self.path(path, false);
                }
                if *glob {
                    self.s("::*");
                }
                if let Some(r) = rename {
                    self.s(&format!(" as {r}"));
                }
                self.s(";");
            }
            ItemKind::ExternCrate => {}
        }
        self.mark(start, item.span, &item.origin);
    }

    /// The items of the crate root, one a line, with an empty line after those that end with
    /// a block (as rustc prints them).
    fn items_top(&mut self, ids: &[ItemId]) {
        let ids: Vec<ItemId> = ids
            .iter()
            .copied()
            .filter(|i| !matches!(self.hir.item(*i).kind, ItemKind::ExternCrate))
            .collect();
        let mut prev_end: Option<u32> = None;
        for &id in &ids {
            if self.blank_between(prev_end, id) {
                self.s("\n");
            }
            self.item(id);
            self.s("\n");
            for &d in &self.hir.item(id).derived {
                self.item(d);
                self.s("\n");
            }
            prev_end = Some(self.hir.item(id).span.end);
        }
    }

    /// True when the source has an empty line between the end of the previous item and the
    /// start of item `id`: rustc's printer keeps such lines.
    fn blank_between(&self, prev_end: Option<u32>, id: ItemId) -> bool {
        let Some(end) = prev_end else {
            return false;
        };
        let start = self.hir.item(id).span.start;
        self.hir.blank_lines.iter().any(|&b| end <= b && b < start)
    }

    /// The items of an impl, trait or module, indented, separated as at the top level.
    fn items_nested(&mut self, ids: &[ItemId]) {
        self.indent += 1;
        let mut prev_end: Option<u32> = None;
        for &id in ids {
            if self.blank_between(prev_end, id) {
                self.out.push('\n');
                self.lines += 1;
            }
            self.nl();
            self.item(id);
            for &d in &self.hir.item(id).derived {
                self.nl();
                self.item(d);
            }
            prev_end = Some(self.hir.item(id).span.end);
        }
        self.indent -= 1;
        self.nl();
        self.s("}");
    }

    fn tuple_fields(&mut self, fs: &[FieldDef]) {
        self.s("(");
        for (i, f) in fs.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            if f.public {
                self.s("pub ");
            }
            self.ty(&f.ty);
        }
        self.s(")");
    }

    fn fn_decl(&mut self, name: &str, f: &FnDecl) {
        let body = f.body.map(|b| self.hir.bodies[b.index()].value);
        if !self.flat {
            let col = self.column();
            if let Some(flat) = self.try_flat(col, |p| {
                p.fn_sig(name, f, false);
                if let Some(b) = body {
                    p.s(" ");
                    p.expr(b);
                }
            }) {
                self.append(flat);
                if body.is_none() {
                    self.s(";");
                }
                return;
            }
        }
        // `-> R { body }` on a line of its own, one level in, when that fits.
        let has_where = !f.generics.predicates.is_empty()
            || f.generics
                .params
                .iter()
                .any(|p| matches!(&p.kind, GenericParamKind::Type(b) if !b.is_empty()));
        if let (Some(o), Some(b), false, false) = (&f.output, body, self.flat, has_where) {
            let indent = self.line_indent() + 4;
            let mut p = Printer::new(self.hir, self.indent + 1, true);
            p.elided = true;
            p.in_return = true;
            p.s("-> ");
            p.ty(o);
            p.in_return = false;
            p.elided = false;
            p.s(" ");
            p.expr(b);
            let room = MARGIN.saturating_sub(indent).max(MIN_SPACE);
            if !p.failed && p.out.len() <= room {
                let tail = (p.out, p.marks);
                let mut sig = f.clone();
                sig.output = None;
                self.fn_sig(name, &sig, false);
                self.nl_at(indent);
                self.append(tail);
                return;
            }
        }
        self.fn_sig(name, f, true);
        match body {
            Some(b) => {
                self.s(" ");
                match &self.hir.expr(b).kind {
                    ExprKind::Block(block, None) => {
                        let start = self.out.len();
                        self.block_body(block);
                        let e = self.hir.expr(b);
                        self.mark(start, e.span, &e.origin);
                    }
                    _ => self.expr(b),
                }
            }
            None => self.s(";"),
        }
    }

    /// `fn name<T>(params) -> R where …`; `broken` puts `->` and the type on lines of their
    /// own, as rustc does when the function does not fit on one line.
    fn fn_sig(&mut self, name: &str, f: &FnDecl, broken: bool) {
        let hir = self.hir;
        let saved_elided = self.elided;
        self.elided = true;
        if f.is_const {
            self.s("const ");
        }
        if f.is_unsafe {
            self.s("unsafe ");
        }
        self.s(&format!("fn {name}"));
        self.generics(&f.generics);
        self.s("(");
        let body = f.body.map(|b| &hir.bodies[b.index()]);
        let mut first = true;
        if let Some(sp) = &f.self_param {
            first = false;
            match sp {
                SelfParam::Value(m) => self.s(if *m == Mutability::Mut {
                    "mut self"
                } else {
                    "self"
                }),
                SelfParam::Ref(l, m) => {
                    self.s("&");
                    if let Some(l) = l {
                        self.s(&format!("{l} "));
                    }
                    if *m == Mutability::Mut {
                        self.s("mut ");
                    }
                    self.s("self");
                }
                SelfParam::Explicit(m, t) => {
                    if *m == Mutability::Mut {
                        self.s("mut ");
                    }
                    self.s("self: ");
                    self.ty(t);
                }
            }
        }
        for (i, t) in f.inputs.iter().enumerate() {
            if !first {
                self.s(", ");
            }
            first = false;
            match body.and_then(|b| b.params.get(i)) {
                Some(&p) => self.pat(p),
                None => self.s(f.param_names.get(i).map(|n| n.as_str()).unwrap_or("_")),
            }
            self.s(": ");
            self.ty(t);
        }
        self.s(")");
        if let Some(o) = &f.output {
            self.in_return = true;
            if broken {
                self.indent += 1;
                self.nl();
                self.s("->");
                self.indent += 1;
                self.nl();
                self.break_generic_commas = true;
                self.ty(o);
                self.break_generic_commas = false;
                self.indent -= 2;
            } else {
                self.s(" -> ");
                self.ty(o);
            }
            self.in_return = false;
        }
        self.elided = saved_elided;
        self.where_clause(&f.generics);
    }

    fn generics(&mut self, g: &Generics) {
        if g.params.is_empty() {
            return;
        }
        self.s("<");
        for (i, p) in g.params.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            match &p.kind {
                GenericParamKind::Lifetime => self.s(&p.name),
                // rustc's HIR moves the bounds of parameters into the where clause.
                GenericParamKind::Type(_) => self.s(&p.name),
                GenericParamKind::Const(t) => {
                    self.s(&format!("const {}: ", p.name));
                    self.ty(t);
                }
            }
        }
        self.s(">");
    }

    /// The where clause: the bounds written on the parameters first, then the predicates.
    fn where_clause(&mut self, g: &Generics) {
        let param_bounds: Vec<(&str, &Vec<Bound>)> = g
            .params
            .iter()
            .filter_map(|p| match &p.kind {
                GenericParamKind::Type(b) if !b.is_empty() => Some((p.name.as_str(), b)),
                _ => None,
            })
            .collect();
        if param_bounds.is_empty() && g.predicates.is_empty() {
            return;
        }
        self.s(" where ");
        let mut first = true;
        for (name, b) in param_bounds {
            if !first {
                self.s(", ");
            }
            first = false;
            self.s(&format!("{name}: "));
            self.bounds(b);
        }
        for (t, b) in &g.predicates {
            if !first {
                self.s(", ");
            }
            first = false;
            self.ty(t);
            self.s(": ");
            self.bounds(b);
        }
    }

    fn bounds(&mut self, bs: &[Bound]) {
        for (i, b) in bs.iter().enumerate() {
            if i > 0 {
                self.s(" + ");
            }
            match b {
                Bound::Trait { maybe, path } => {
                    if *maybe {
                        self.s("?");
                    }
                    self.path(path, false);
                }
                Bound::Lifetime(l) => self.s(l),
            }
        }
    }

    // ----- paths and types -----

    fn path(&mut self, p: &Path, expr: bool) {
        if let Some(q) = &p.qself {
            self.s("<");
            self.ty(&q.0);
            if let Some(t) = &q.1 {
                self.s(" as ");
                self.path(t, false);
            }
            self.s(">::");
        } else if p.global {
            self.s("::");
        }
        for (i, seg) in p.segments.iter().enumerate() {
            if i > 0 {
                self.s("::");
            }
            self.s(&seg.name);
            self.generic_args(&seg.args, expr);
        }
    }

    fn generic_args(&mut self, args: &[GenericArg], expr: bool) {
        if args.is_empty() {
            return;
        }
        if let [GenericArg::Parenthesized(inputs, output)] = args {
            self.s("(");
            for (i, t) in inputs.iter().enumerate() {
                if i > 0 {
                    self.s(", ");
                }
                self.ty(t);
            }
            self.s(")");
            // rustc prints the unit output of `Fn(A)` as `-> ()`.
            self.s(" -> ");
            match output {
                Some(o) => self.ty(o),
                None => self.s("()"),
            }
            return;
        }
        self.s(if expr { "::<" } else { "<" });
        for (i, a) in args.iter().enumerate() {
            if i > 0 && self.break_generic_commas && !self.flat {
                self.s(",");
                self.nl();
            } else if i > 0 {
                self.s(", ");
            }
            match a {
                GenericArg::Lifetime(l) => self.s(l),
                GenericArg::Type(t) => self.ty(t),
                GenericArg::Const(c) => self.s(c),
                GenericArg::Binding(n, t) => {
                    self.s(&format!("{n} = "));
                    self.ty(t);
                }
                GenericArg::Parenthesized(..) => {}
            }
        }
        self.s(">");
    }

    fn ty(&mut self, t: &Ty) {
        if self.failed {
            return;
        }
        match &t.kind {
            TyKind::Path(p) => {
                self.path(p, false);
                let formatter = matches!(
                    p.res,
                    Res::Std(_, "std::fmt::Formatter") | Res::Std(StdKind::Struct, "Formatter")
                );
                if self.elided && formatter && p.segments.last().is_some_and(|s| s.args.is_empty())
                {
                    self.s("<'_>");
                }
            }
            TyKind::Ref(l, m, inner) => {
                self.s("&");
                if let Some(l) = l {
                    self.s(&format!("{l} "));
                } else if self.elided {
                    self.s("'_ ");
                }
                if *m == Mutability::Mut {
                    self.s("mut ");
                }
                self.ty(inner);
            }
            TyKind::Ptr(m, inner) => {
                self.s(if *m == Mutability::Mut {
                    "*mut "
                } else {
                    "*const "
                });
                self.ty(inner);
            }
            TyKind::Slice(inner) => {
                self.s("[");
                self.ty(inner);
                self.s("]");
            }
            TyKind::Array(inner, n) => {
                self.s("[");
                self.ty(inner);
                self.s("; ");
                self.expr(*n);
                self.s("]");
            }
            TyKind::Tuple(ts) => {
                self.s("(");
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 && self.break_generic_commas && !self.flat {
                        self.s(",");
                        self.nl();
                    } else if i > 0 {
                        self.s(", ");
                    }
                    self.ty(t);
                }
                if ts.len() == 1 {
                    self.s(",");
                }
                self.s(")");
            }
            TyKind::Never => self.s("!"),
            TyKind::Infer => self.s("_"),
            TyKind::FnPtr(inputs, output) => {
                self.s("fn(");
                for (i, t) in inputs.iter().enumerate() {
                    if i > 0 {
                        self.s(", ");
                    }
                    self.ty(t);
                }
                self.s(")");
                if let Some(o) = output {
                    self.s(" -> ");
                    self.ty(o);
                }
            }
            TyKind::ImplTrait(b) => {
                if self.in_return {
                    // rustc's HIR has an opaque type there and prints a placeholder.
                    self.s("/*impl Trait*/");
                } else {
                    self.s("impl ");
                    self.bounds(b);
                }
            }
            TyKind::TraitObject(b) => {
                self.s("dyn ");
                self.bounds(b);
            }
            TyKind::Err => self.s("{type error}"),
        }
    }

    // ----- patterns -----

    fn pat(&mut self, id: PatId) {
        if self.failed {
            return;
        }
        let hir = self.hir;
        let p = hir.pat(id);
        let start = self.out.len();
        match &p.kind {
            PatKind::Wild => self.s("_"),
            PatKind::Binding { mode, local, sub } => {
                if mode.by_ref {
                    self.s("ref ");
                }
                if mode.mutbl == Mutability::Mut {
                    self.s("mut ");
                }
                self.s(&hir.local(*local).name);
                if let Some(s) = sub {
                    if matches!(hir.pat(*s).kind, PatKind::Rest) {
                        // rustc prints `rest @ ..` as `rest@_..`.
                        self.s("@_..");
                    } else {
                        self.s(" @ ");
                        self.pat(*s);
                    }
                }
            }
            PatKind::Lit(e) => self.expr(*e),
            PatKind::Range { lo, hi, inclusive } => {
                if let Some(l) = lo {
                    self.expr(*l);
                }
                // rustc prints `a..=b` and an open-ended `a..` as `...`.
                self.s(if *inclusive || hi.is_none() {
                    "..."
                } else {
                    ".."
                });
                if let Some(h) = hi {
                    self.expr(*h);
                }
            }
            PatKind::Tuple(ps, rest) => {
                self.s("(");
                self.pat_list(ps, *rest);
                if ps.len() == 1 && rest.is_none() {
                    self.s(",");
                }
                self.s(")");
            }
            PatKind::Slice(ps) => {
                self.s("[");
                for (i, &q) in ps.iter().enumerate() {
                    if i > 0 {
                        self.s(", ");
                    }
                    self.pat(q);
                }
                self.s("]");
            }
            PatKind::Rest => self.s(".."),
            PatKind::Struct { path, fields, rest } => {
                self.path(path, true);
                if fields.is_empty() && !rest {
                    self.s(" {}");
                } else {
                    self.s(" { ");
                    for (i, (name, q)) in fields.iter().enumerate() {
                        self.s(if i > 0 { ",  " } else { " " });
                        let shorthand = matches!(&hir.pat(*q).kind,
                            PatKind::Binding { local, sub: None, mode } if hir.local(*local).name == *name && !mode.by_ref && mode.mutbl == Mutability::Not);
                        if shorthand {
                            self.s(name);
                        } else {
                            self.s(&format!("{name}: "));
                            self.pat(*q);
                        }
                    }
                    if *rest {
                        self.s(if fields.is_empty() { ".." } else { ", .." });
                    }
                    self.s(" }");
                }
            }
            PatKind::TupleStruct { path, pats, rest } => {
                self.path(path, true);
                self.s("(");
                self.pat_list(pats, *rest);
                self.s(")");
            }
            PatKind::Path(path) => self.path(path, true),
            PatKind::Or(ps) => {
                for (i, &q) in ps.iter().enumerate() {
                    if i > 0 {
                        self.s(" | ");
                    }
                    self.pat(q);
                }
            }
            PatKind::Ref(m, q) => {
                self.s("&");
                if *m == Mutability::Mut {
                    self.s("mut ");
                }
                self.pat(*q);
            }
            PatKind::Err => self.s("{pattern error}"),
        }
        self.mark(start, p.span, &p.origin);
    }

    fn pat_list(&mut self, ps: &[PatId], rest: Option<usize>) {
        let mut first = true;
        for (i, &q) in ps.iter().enumerate() {
            if rest == Some(i) {
                self.s(if first { ".." } else { ", .." });
                first = false;
            }
            if !first {
                self.s(", ");
            }
            first = false;
            self.pat(q);
        }
        if rest == Some(ps.len()) {
            self.s(if first { ".." } else { ", .." });
        }
    }

    // ----- expressions -----

    fn expr_prec(&mut self, e: ExprId, min: u8) {
        if prec(self.hir, e) < min {
            self.s("(");
            self.expr(e);
            self.s(")");
        } else {
            self.expr(e);
        }
    }

    fn expr(&mut self, id: ExprId) {
        // A one-line trial that already failed stops printing.
        if self.failed {
            return;
        }
        self.depth += 1;
        if self.depth > 10_000 {
            self.s("…");
        } else {
            stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_inner(id));
        }
        self.depth -= 1;
    }

    fn comma_list(&mut self, es: &[ExprId]) {
        for (i, &e) in es.iter().enumerate() {
            if i > 0 {
                self.s(", ");
            }
            self.expr(e);
        }
    }

    fn expr_inner(&mut self, id: ExprId) {
        let hir = self.hir;
        let e = hir.expr(id);
        let start = self.out.len();
        match &e.kind {
            ExprKind::Lit(l) => self.s(&l.text),
            ExprKind::Path(p) => self.path(p, true),
            ExprKind::Unary(op, x) => {
                self.s(match op {
                    UnOp::Deref => "*",
                    UnOp::Not => "!",
                    UnOp::Neg => "-",
                });
                self.expr_prec(*x, 13);
            }
            ExprKind::Binary(op, a, b) => {
                let p = binop_prec(*op);
                let cmp = p == 5;
                self.expr_prec(*a, if cmp { p + 1 } else { p });
                self.s(&format!(" {} ", op.as_str()));
                self.expr_prec(*b, p + 1);
            }
            ExprKind::AddrOf(m, x) => {
                self.s(if *m == Mutability::Mut { "&mut " } else { "&" });
                self.expr_prec(*x, 13);
            }
            ExprKind::Assign(a, b) => {
                self.expr_prec(*a, 2);
                self.s(" = ");
                self.expr_prec(*b, 1);
            }
            ExprKind::AssignOp(op, a, b) => {
                self.expr_prec(*a, 2);
                self.s(&format!(" {}= ", op.as_str()));
                self.expr_prec(*b, 1);
            }
            ExprKind::Cast(x, t) => {
                self.expr_prec(*x, 12);
                self.s(" as ");
                self.ty(t);
            }
            ExprKind::Call(f, args) => {
                let col = self.column();
                let flat = if self.flat {
                    None
                } else {
                    self.try_flat(col, |p| {
                        p.expr_prec(*f, 14);
                        p.s("(");
                        p.comma_list(args);
                        p.s(")");
                    })
                };
                match flat {
                    Some(flat) => self.append(flat),
                    None => {
                        // Arguments that do not fit go one box in for every call broken on
                        // this line (a block argument's statements one more), as rustc's
                        // boxes place them.
                        self.expr_prec(*f, 14);
                        self.s("(");
                        let line = self.lines;
                        self.broken_calls.push(line);
                        let depth = self.broken_calls.iter().filter(|l| **l == line).count();
                        let cont = self.line_indent() + 4 * depth;
                        let args = args.clone();
                        self.fill_list(args.len(), cont, 2, &|p, i| p.expr(args[i]));
                        self.broken_calls.pop();
                        self.s(")");
                    }
                }
            }
            ExprKind::MethodCall {
                receiver,
                segment,
                args,
            } => {
                self.expr_prec(*receiver, 14);
                self.s(".");
                self.s(&segment.name);
                self.generic_args(&segment.args, true);
                self.s("(");
                self.comma_list(args);
                self.s(")");
            }
            ExprKind::Field(x, name) => {
                self.expr_prec(*x, 14);
                self.s(".");
                self.s(name);
            }
            ExprKind::Index(a, b) => {
                self.expr_prec(*a, 14);
                self.s("[");
                self.expr(*b);
                self.s("]");
            }
            ExprKind::Closure(c) => {
                if c.by_move {
                    self.s("move ");
                }
                self.s("|");
                for (i, (p, t)) in c.params.iter().enumerate() {
                    if i > 0 {
                        self.s(", ");
                    }
                    self.pat(*p);
                    if let Some(t) = t {
                        self.s(": ");
                        let saved = std::mem::replace(&mut self.elided, true);
                        self.ty(t);
                        self.elided = saved;
                    }
                }
                self.s("|");
                if let Some(o) = &c.output {
                    self.s(" -> ");
                    self.ty(o);
                }
                self.s(" ");
                self.expr(c.body);
            }
            ExprKind::Block(b, label) => {
                if let Some(l) = label {
                    self.s(&format!("{l}: "));
                }
                self.block(b);
            }
            ExprKind::If(c, t, els) => {
                self.s("if ");
                self.expr(*c);
                self.s(" ");
                if !self.flat {
                    self.block_trailer = match els.map(|x| &hir.expr(x).kind) {
                        Some(ExprKind::If(c2, ..)) => {
                            let c2 = *c2;
                            self.flat_len(|p| p.expr(c2))
                                .map(|n| " else if ".len() + n + " {".len())
                                .unwrap_or(MARGIN)
                        }
                        Some(_) => " else {".len(),
                        None => 0,
                    };
                }
                self.expr(*t);
                self.block_trailer = 0;
                if let Some(x) = els {
                    self.s(" else ");
                    self.expr(*x);
                }
            }
            ExprKind::Let(p, x) => {
                self.s("let ");
                self.pat(*p);
                self.s(" = ");
                self.expr_prec(*x, 3);
            }
            ExprKind::Match(s, arms, source) => {
                if *source == Source::MatchesMacro {
                    // rustc puts the attribute of `matches!` on a line of its own.
                    self.s("#[allow(non_exhaustive_omitted_patterns)]");
                    self.nl();
                }
                self.s("match ");
                self.expr(*s);
                self.s(" ");
                self.match_arms(arms);
            }
            ExprKind::Loop(b, label, _) => {
                if let Some(l) = label {
                    self.s(&format!("{l}: "));
                }
                self.s("loop ");
                self.block(b);
            }
            ExprKind::Break(label, v) => {
                self.s("break");
                if let Some(l) = label {
                    self.s(&format!(" {l}"));
                }
                if let Some(v) = v {
                    self.s(" ");
                    self.expr(*v);
                }
            }
            ExprKind::Continue(label) => {
                self.s("continue");
                if let Some(l) = label {
                    self.s(&format!(" {l}"));
                }
            }
            ExprKind::Ret(v) => {
                self.s("return");
                if let Some(v) = v {
                    self.s(" ");
                    self.expr(*v);
                }
            }
            ExprKind::Struct { path, fields, base } => {
                self.path(path, true);
                self.s(" { ");
                for (i, (name, x, fspan)) in fields.iter().enumerate() {
                    if i > 0 {
                        self.s(", ");
                    }
                    // A shorthand field `Point { x }` spans just its expression.
                    let shorthand = *fspan == hir.expr(*x).span
                        && matches!(&hir.expr(*x).kind, ExprKind::Path(p) if p.segments.len() == 1);
                    if shorthand {
                        self.s(name);
                    } else {
                        self.s(&format!("{name}: "));
                        self.expr(*x);
                    }
                }
                if let Some(b) = base {
                    self.s(if fields.is_empty() { ".." } else { ", .." });
                    self.expr(*b);
                }
                self.s(" }");
            }
            ExprKind::Tuple(es) => {
                self.s("(");
                self.comma_list(es);
                if es.len() == 1 {
                    self.s(",");
                }
                self.s(")");
            }
            ExprKind::Array(es) => {
                self.s("[");
                self.comma_list(es);
                self.s("]");
            }
            ExprKind::Repeat(x, n) => {
                self.s("[");
                self.expr(*x);
                self.s("; ");
                self.expr(*n);
                self.s("]");
            }
            ExprKind::FormatArgs(fa) => self.format_args(fa),
            ExprKind::Err => self.s("{expr error}"),
        }
        self.mark(start, e.span, &e.origin);
    }

    /// A block: on one line when it fits and holds no items, else one statement a line.
    fn block(&mut self, b: &Block) {
        if b.unsafe_ {
            self.s("unsafe ");
        }
        if b.stmts.is_empty() && b.tail.is_none() {
            self.s("{ }");
            return;
        }
        let trailer = std::mem::take(&mut self.block_trailer);
        let has_items = b.stmts.iter().any(|s| matches!(s.kind, StmtKind::Item(_)));
        if !has_items && !self.flat {
            let col = self.column() + trailer;
            if let Some(flat) = self.try_flat(col, |p| p.block_body(b)) {
                self.append(flat);
                return;
            }
        }
        self.block_body(b);
    }

    fn block_body(&mut self, b: &Block) {
        self.s("{");
        self.indent += 1;
        for st in &b.stmts {
            if self.flat {
                self.s(" ");
            } else {
                self.nl();
            }
            self.stmt(st);
        }
        if let Some(t) = b.tail {
            if self.flat {
                self.s(" ");
            } else {
                self.nl();
            }
            self.expr(t);
        }
        self.indent -= 1;
        if self.flat {
            self.s(" }");
        } else {
            self.nl();
            self.s("}");
        }
    }

    fn stmt(&mut self, st: &Stmt) {
        if self.failed {
            return;
        }
        let start = self.out.len();
        match &st.kind {
            StmtKind::Let {
                pat,
                ty,
                init,
                els,
                is_super,
            } => {
                self.s(if *is_super { "super let " } else { "let " });
                self.pat(*pat);
                if let Some(t) = ty {
                    self.s(": ");
                    self.ty(t);
                }
                if let Some(i) = init {
                    self.s(" =");
                    self.init(*i);
                }
                if let Some(b) = els {
                    self.s(" else ");
                    self.block(b);
                }
                self.s(";");
            }
            StmtKind::Item(i) => self.item(*i),
            StmtKind::Expr(e) => self.expr(*e),
            StmtKind::Semi(e) => {
                self.expr(*e);
                self.s(";");
            }
        }
        self.mark(start, st.span, &st.origin);
    }

    /// The value after `let x =`: on the same line when the statement fits, else on the next
    /// line one level in, as rustc prints it.
    fn init(&mut self, i: ExprId) {
        if !self.flat {
            let col = self.column() + 1;
            if let Some(flat) = self.try_flat(col + 1, |p| p.expr(i)) {
                self.s(" ");
                self.append(flat);
                return;
            }
            self.indent += 1;
            self.nl();
            self.expr(i);
            self.indent -= 1;
        } else {
            self.s(" ");
            self.expr(i);
        }
    }

    fn match_arms(&mut self, arms: &[Arm]) {
        if arms.is_empty() {
            self.s("{ }");
            return;
        }
        if !self.flat {
            let col = self.column();
            if let Some(flat) = self.try_flat(col, |p| p.arms_body(arms)) {
                self.append(flat);
                return;
            }
        }
        self.arms_body(arms);
    }

    fn arms_body(&mut self, arms: &[Arm]) {
        let hir = self.hir;
        self.s("{");
        self.indent += 1;
        for a in arms {
            if self.flat {
                self.s(" ");
            } else {
                self.nl();
            }
            self.pat(a.pat);
            if let Some(g) = a.guard {
                self.s(" if ");
                self.expr(g);
            }
            self.s(" =>");
            let block_body = matches!(hir.expr(a.body).kind, ExprKind::Block(_, None));
            if a.allow_unreachable {
                // rustc breaks the line after the attribute it puts on the arms of `?`.
                self.s(" #[allow(unreachable_code)]");
                if self.flat {
                    self.s(" ");
                    self.expr(a.body);
                } else {
                    self.indent += 1;
                    self.nl();
                    self.expr(a.body);
                    self.indent -= 1;
                }
            } else if block_body {
                self.s(" ");
                self.expr(a.body);
            } else {
                let body = a.body;
                self.broken_or_flat(|p| {
                    p.expr(body);
                    p.s(",");
                });
                self.out.pop();
            }
            if !block_body {
                self.s(",");
            }
        }
        self.indent -= 1;
        if self.flat {
            self.s(" }");
        } else {
            self.nl();
            self.s("}");
        }
    }

    /// ` value` after `=`: on this line when it fits, else on the next one, one level in.
    fn broken_or_flat(&mut self, f: impl Fn(&mut Printer<'h>)) {
        if !self.flat {
            let col = self.column() + 1;
            if let Some(flat) = self.try_flat(col + 1, |p| f(p)) {
                self.s(" ");
                self.append(flat);
                return;
            }
            self.indent += 1;
            self.nl();
            f(self);
            self.indent -= 1;
        } else {
            self.s(" ");
            f(self);
        }
    }

    /// `format_args!` as rustc 1.95 lowers it.
    fn format_args(&mut self, fa: &FormatArgs) {
        let has_placeholders = fa
            .template
            .iter()
            .any(|p| matches!(p, Piece::Placeholder(_)));
        if fa.args.is_empty() && !has_placeholders {
            let text: String = fa
                .template
                .iter()
                .map(|p| match p {
                    Piece::Lit(s) => s.as_str(),
                    Piece::Placeholder(_) => "",
                })
                .collect();
            let f = if fa.nonconst {
                "from_str_nonconst"
            } else {
                "from_str"
            };
            self.s(&format!("format_arguments::{f}({text:?})"));
            return;
        }
        // The argument slots: one per (argument, trait), in order of first use.
        let slots = format::slots(&fa.template);
        let bytes = format::template_bytes_for(&fa.template);
        let template = format::escape_bytes(&bytes);
        let origin = Origin::Desugared(Desugaring::FormatArgs);
        let span = fa.template_span;
        let render = |p: &mut Printer<'h>| {
            p.s("{");
            p.indent += 1;
            let sep = |p: &mut Printer<'h>| {
                if p.flat {
                    p.s(" ")
                } else {
                    p.nl()
                }
            };
            sep(p);
            p.s("super let args =");
            p.broken_or_flat(|p| {
                p.s("(");
                let args = fa.args.clone();
                let item = |p: &mut Printer<'h>, i: usize| {
                    p.s("&");
                    p.expr_prec(args[i], 13);
                };
                if p.flat {
                    for i in 0..args.len() {
                        if i > 0 {
                            p.s(", ");
                        }
                        item(p, i);
                    }
                } else {
                    // The tuple's box: one level in.
                    let cont = p.line_indent() + 4;
                    p.fill_list(args.len(), cont, 2, &item);
                }
                if fa.args.len() == 1 {
                    p.s(",");
                }
                p.s(")");
            });
            p.s(";");
            sep(p);
            p.s("super let args =");
            let entries: Vec<String> = slots
                .iter()
                .map(|(idx, tr)| match tr {
                    Some(tr) => format!("format_argument::{}(args.{idx})", tr.constructor()),
                    None => format!("format_argument::from_usize(args.{idx})"),
                })
                .collect();
            p.broken_or_flat(|p| {
                p.s("[");
                if p.flat {
                    p.s(&entries.join(", "));
                } else {
                    // The array's own box and the expression's: two levels in.
                    let cont = p.line_indent() + 8;
                    p.fill_list(entries.len(), cont, 2, &|p, i| p.s(&entries[i]));
                }
                p.s("]");
            });
            p.s(";");
            sep(p);
            let call = format!("format_arguments::new(b\"{template}\", &args)");
            let one_line = format!("unsafe {{ {call} }}");
            let indent = p.indent * 4;
            let room = MARGIN.saturating_sub(indent).max(MIN_SPACE);
            if p.flat || p.column() - indent.min(p.column()) + one_line.len() <= room {
                p.s(&one_line);
            } else {
                p.s("unsafe {");
                p.indent += 1;
                p.nl();
                let bytes = format!("b\"{template}\"");
                if p.fits(call.len()) {
                    p.s(&call);
                } else {
                    p.s("format_arguments::new(");
                    let cont = p.line_indent() + 4;
                    let parts = [bytes.as_str(), "&args"];
                    p.fill_list(2, cont, 1, &|p, i| p.s(parts[i]));
                    p.s(")");
                }
                p.indent -= 1;
                p.nl();
                p.s("}");
            }
            p.indent -= 1;
            if p.flat {
                p.s(" }");
            } else {
                p.nl();
                p.s("}");
            }
        };
        let start = self.out.len();
        if self.flat {
            render(self);
        } else {
            let col = self.column();
            match self.try_flat(col, |p| render(p)) {
                Some(flat) => self.append(flat),
                None => render(self),
            }
        }
        self.mark(start, span, &origin);
    }
}
