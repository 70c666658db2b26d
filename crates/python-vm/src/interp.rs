//! The interpreter: the VM state, frames, and the evaluation loop over CPython 3.11 bytecode.
//!
//! Calls between Python functions do not recurse in Rust: the loop keeps the suspended callers
//! in `Vm::frames` and switches frames in place, as CPython 3.11 does. Rust code that calls
//! back into Python (a builtin calling a key function, an operator calling `__add__`) runs a
//! nested loop over the frames it pushes.

use std::rc::Rc;

use python_compiler::opcode::Opcode;
use python_compiler::{CodeObject, Constant};

use crate::dict::Dict;
use crate::exceptions::ExcKind;
use crate::types::Type;
use crate::value::*;
use crate::{Halt, PyErr, PyResult, RunOptions};

/// One decoded instruction: jumps hold the *index* of their target instruction.
#[derive(Clone, Copy, Debug)]
pub struct Instr {
    pub op: Opcode,
    pub arg: u32,
}

/// An exception-table entry in instruction indices.
#[derive(Clone, Copy, Debug)]
pub struct Handler {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// A code object ready to run: the compiler's code object with its instructions decoded,
/// its constants turned into values and its names interned.
pub struct Code {
    pub co: CodeObject,
    pub instrs: Vec<Instr>,
    pub consts: Vec<Value>,
    pub names: Vec<Rc<PyStr>>,
    pub localsplus: Vec<Rc<PyStr>>,
    pub handlers: Vec<Handler>,
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    /// `LOAD_GLOBAL`'s inline cache (3.11's LOAD_GLOBAL_MODULE/BUILTIN), by instruction.
    pub global_cache: std::cell::RefCell<Vec<Option<CachedGlobal>>>,
    /// `LOAD_ATTR`/`LOAD_METHOD`/`STORE_ATTR`'s inline cache for instances, by instruction.
    pub attr_cache: std::cell::RefCell<Vec<Option<CachedAttr>>>,
    /// The entry position in the namespace dict where `LOAD_NAME`/`STORE_NAME` last found
    /// their name, by instruction (checked on use; `u32::MAX` when none).
    pub name_cache: Vec<std::cell::Cell<u32>>,
    /// CPython's `co_warmup`: RESUMEs and backward jumps seen, up to [`WARMUP`]; the code
    /// runs specialized instructions from then on (it matters for the recursion count).
    pub warmup: std::cell::Cell<u8>,
}

/// After this many RESUMEs and backward jumps CPython 3.11 quickens a code object.
pub const WARMUP: u8 = 8;

/// Where a `LOAD_GLOBAL` found its name (3.11's LOAD_GLOBAL_MODULE and LOAD_GLOBAL_BUILTIN):
/// the entry position in the module's dict, or in the builtins' while the module's has no
/// such key. Valid while the keys versions it was found under hold: rebinding a global (the
/// value at the entry) leaves it valid, adding or removing keys does not. The value is read
/// from the entry each time, as CPython does: the cache holds no reference to it.
#[derive(Clone)]
pub struct CachedGlobal {
    globals: usize,
    globals_keys: u64,
    /// The builtins' keys version, for a name found there (0 for a name in the globals).
    builtins_keys: u64,
    pos: u32,
}

impl Code {
    /// `LOAD_GLOBAL` at instruction `index` through its cache: the value, when the entry is
    /// still valid for these namespaces.
    #[inline]
    fn cached_global(&self, index: usize, globals: &Rc<Dict>, builtins: &Dict) -> Option<Value> {
        // SAFETY (the unguarded borrows): nothing runs while these reads are made, so no
        // write to the cache or to either dict can happen during them.
        let cache = unsafe { self.global_cache.try_borrow_unguarded() }.ok()?;
        let c = cache.get(index)?.as_ref()?;
        if c.globals != Rc::as_ptr(globals) as usize {
            return None;
        }
        let table = unsafe { globals.table.try_borrow_unguarded() }.ok()?;
        if table.keys_version() != c.globals_keys {
            return None;
        }
        if c.builtins_keys == 0 {
            return table.value_at(c.pos);
        }
        let builtin_table = unsafe { builtins.table.try_borrow_unguarded() }.ok()?;
        if builtin_table.keys_version() != c.builtins_keys {
            return None;
        }
        builtin_table.value_at(c.pos)
    }

    /// Looks a global up (the module's dict, then the builtins') and remembers where it was
    /// found for instruction `index`; `None` when it is in neither.
    fn lookup_global(
        &self,
        index: usize,
        name: &PyStr,
        globals: &Rc<Dict>,
        builtins: &Dict,
    ) -> Option<Value> {
        let table = globals.table.borrow();
        // Found in the globals (builtins' keys version 0), or else in the builtins.
        let (pos, builtins_keys, value) = match table.position_of(name) {
            Some(pos) => (pos, 0, table.value_at(pos)?),
            None => {
                let builtin_table = builtins.table.borrow();
                let pos = builtin_table.position_of(name)?;
                let value = builtin_table.value_at(pos)?;
                (pos, builtin_table.keys_version(), value)
            }
        };
        let entry = CachedGlobal {
            globals: Rc::as_ptr(globals) as usize,
            globals_keys: table.keys_version(),
            builtins_keys,
            pos,
        };
        let mut cache = self.global_cache.borrow_mut();
        if cache.is_empty() {
            cache.resize(self.instrs.len(), None);
        }
        cache[index] = Some(entry);
        Some(value)
    }
}

/// What an attribute instruction learnt about an instance's class (3.11's
/// LOAD_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES and STORE_ATTR_INSTANCE_VALUE), valid for
/// instances of exactly `ty` while no dict along its MRO has been written to (`version`).
pub struct CachedAttr {
    ty: Rc<Type>,
    version: u64,
    hit: AttrHit,
}

/// The cached answer of [`CachedAttr`].
enum AttrHit {
    /// The class has no attribute of that name (LOAD_ATTR), or none that takes part in setting
    /// it (STORE_ATTR): the instance's dict is the whole story, and it held the name at this
    /// entry position last time.
    Dict(std::cell::Cell<u32>),
    /// LOAD_METHOD: the class's attribute is this plain function, to call with the instance
    /// as its first argument (unless the instance's dict shadows the name).
    Method(Value),
}

impl CachedAttr {
    /// The entry when it holds for objects of type `ty`.
    #[inline]
    fn valid_for(&self, ty: &Rc<Type>) -> bool {
        // A built-in type's attributes cannot be set: its entries never go stale.
        Rc::ptr_eq(ty, &self.ty) && (self.ty.builtin || self.ty.mro_version() == self.version)
    }
}

impl Code {
    /// The attribute cache entry of instruction `index` when it holds for `inst`.
    #[inline]
    fn attr_entry(&self, index: usize, inst: &Instance) -> Option<std::cell::Ref<'_, CachedAttr>> {
        self.attr_entry_for(index, &inst.class.borrow())
    }

    /// The attribute cache entry of instruction `index` when it holds for type `ty`.
    #[inline]
    fn attr_entry_for(
        &self,
        index: usize,
        ty: &Rc<Type>,
    ) -> Option<std::cell::Ref<'_, CachedAttr>> {
        let cache = self.attr_cache.borrow();
        std::cell::Ref::filter_map(cache, |c| match c.get(index) {
            Some(Some(e)) if e.valid_for(ty) => Some(e),
            _ => None,
        })
        .ok()
    }

    /// `obj.name` through the cache: an attribute from the instance's dict.
    #[inline]
    fn load_attr_cached(&self, index: usize, obj: &Value, name: &Rc<PyStr>) -> Option<Value> {
        let Value::Instance(inst) = obj else {
            return None;
        };
        let e = self.attr_entry(index, inst)?;
        let AttrHit::Dict(pos) = &e.hit else {
            return None;
        };
        let d = inst.dict.as_ref()?;
        if let Some(v) = d.get_at(pos.get(), name) {
            return Some(v);
        }
        // Another instance of the class, which holds the name elsewhere (or not at all).
        let p = d.position_of_str(name)?;
        pos.set(p);
        d.get_at(p, name)
    }

    /// `obj.name` for a call through the cache: the class's function.
    #[inline]
    fn load_method_cached(
        &self,
        index: usize,
        obj: &Value,
        name: &Rc<PyStr>,
        builtin_type: Option<&Rc<Type>>,
    ) -> Option<Value> {
        let Value::Instance(inst) = obj else {
            // A method of a built-in type (whose attributes cannot change).
            let e = self.attr_entry_for(index, builtin_type?)?;
            let AttrHit::Method(f) = &e.hit else {
                return None;
            };
            return Some(f.clone());
        };
        let e = self.attr_entry(index, inst)?;
        let AttrHit::Method(f) = &e.hit else {
            return None;
        };
        if inst
            .dict
            .as_ref()
            .is_some_and(|d| d.position_of_str(name).is_some())
        {
            return None;
        }
        Some(f.clone())
    }

    /// `obj.name = value` through the cache: into the instance's dict. Gives the value back
    /// when the cache does not hold.
    #[inline]
    fn store_attr_cached(
        &self,
        index: usize,
        obj: &Value,
        name: &Rc<PyStr>,
        value: Value,
    ) -> Result<(), Value> {
        let Value::Instance(inst) = obj else {
            return Err(value);
        };
        let Some(e) = self.attr_entry(index, inst) else {
            return Err(value);
        };
        let (AttrHit::Dict(pos), Some(d)) = (&e.hit, inst.dict.as_ref()) else {
            return Err(value);
        };
        let value = match d.set_at(pos.get(), name, value) {
            Ok(()) => return Ok(()),
            Err(value) => value,
        };
        pos.set(d.set_str_at(name.clone(), value));
        Ok(())
    }

    /// Remembers what the slow path of an attribute instruction found, when it can be reused.
    fn fill_attr_cache(&self, index: usize, ty: Rc<Type>, hit: AttrHit) {
        let version = ty.mro_version();
        let mut cache = self.attr_cache.borrow_mut();
        if cache.len() != self.instrs.len() {
            cache.resize_with(self.instrs.len(), || None);
        }
        cache[index] = Some(CachedAttr { ty, version, hit });
    }

    /// Counts a RESUME or a backward jump towards quickening.
    #[inline]
    fn warm(&self) {
        let w = self.warmup.get();
        if w < WARMUP {
            self.warmup.set(w + 1);
        }
    }

    /// Prepares a compiled code object (and, recursively, the code objects nested in it).
    pub fn new(co: &CodeObject, vm: &mut Vm) -> Rc<Code> {
        let offsets: Vec<u32> = co.instructions.iter().map(|i| i.offset).collect();
        let index_of = |offset: u32| -> u32 { offsets.partition_point(|&o| o < offset) as u32 };
        let instrs = co
            .instructions
            .iter()
            .map(|ins| {
                let arg = match ins.jump_target() {
                    Some(target) => index_of(target),
                    None => ins.arg.unwrap_or(0),
                };
                Instr {
                    op: ins.opcode,
                    arg,
                }
            })
            .collect();
        let handlers = co
            .exception_table
            .iter()
            .map(|e| Handler {
                start: index_of(e.start),
                end: index_of(e.end),
                target: index_of(e.target),
                depth: e.depth,
                lasti: e.lasti,
            })
            .collect();
        let consts = co.consts.iter().map(|c| vm.constant(c)).collect();
        let names = co.names.iter().map(|n| vm.intern(n)).collect();
        let localsplus = co.localsplusnames.iter().map(|n| vm.intern(n)).collect();
        Rc::new(Code {
            instrs,
            consts,
            names,
            localsplus,
            handlers,
            name: vm.intern(&co.name),
            qualname: vm.intern(&co.qualname),
            global_cache: std::cell::RefCell::new(Vec::new()),
            attr_cache: std::cell::RefCell::new(Vec::new()),
            name_cache: (0..co.instructions.len())
                .map(|_| std::cell::Cell::new(u32::MAX))
                .collect(),
            warmup: std::cell::Cell::new(0),
            co: co.clone(),
        })
    }

    /// The handler covering instruction `index`.
    pub fn handler_for(&self, index: usize) -> Option<Handler> {
        let i = index as u32;
        self.handlers
            .iter()
            .find(|h| h.start <= i && i < h.end)
            .copied()
    }

    /// The source line of instruction `index`.
    pub fn line_of(&self, index: usize) -> Option<u32> {
        self.co.instructions.get(index)?.positions.lineno
    }

    /// The byte offset of instruction `index` in `co_code`.
    pub fn offset_of(&self, index: usize) -> u32 {
        self.co.instructions.get(index).map_or(0, |i| i.offset)
    }

    /// True for the code of a generator function.
    pub fn is_generator(&self) -> bool {
        self.co.flags & python_compiler::flags::GENERATOR != 0
    }
}

/// A running (or suspended) function call.
pub struct Frame {
    pub code: Rc<Code>,
    /// The next instruction to run.
    pub pc: usize,
    pub stack: Vec<Value>,
    /// Locals, cells and free variables (`f_localsplus`).
    pub fast: Vec<Value>,
    pub globals: Rc<Dict>,
    /// The namespace of `*_NAME` instructions (module and class bodies).
    pub locals: Option<Rc<Dict>>,
    pub func: Option<Rc<Function>>,
    /// The keyword names the next `CALL` uses (set by `KW_NAMES`).
    pub kwnames: Option<Value>,
    /// The instance an `__init__` frame initializes, when the class call was made inline
    /// (`exact_call`): it is what the call returns, and it holds the reference CPython's
    /// `type_call` holds. Its frame also counts the C level `type_call` would add.
    pub init_self: Option<Value>,
}

impl Frame {
    /// The instruction running now (or, in a suspended frame, the one it is suspended at).
    pub fn lasti(&self) -> usize {
        self.pc.saturating_sub(1)
    }
}

/// The C-level recursion checks a call of the builtin `name` (a method of `owner`) makes in
/// CPython 3.11, before or after the calling code is quickened (see `Vm::c_levels`).
pub fn builtin_c_levels(name: &str, owner: Option<&str>, quickened: bool) -> u8 {
    match owner {
        // Its own check before quickening, and `list.sort`'s.
        None if name == "sorted" => 1 + !quickened as u8,
        None => {
            (!quickened || !matches!(name, "len" | "isinstance" | "print" | "sum" | "round")) as u8
        }
        Some(owner) => !(quickened && owner == "list" && name == "append") as u8,
    }
}

/// What `Vm::call_builtin` calls: a function written in Rust, or a built-in type.
enum Native {
    Function(crate::value::NativeFn),
    Type(Rc<Type>),
}

/// Drops a value, without a call for the inline kinds that own nothing.
#[inline(always)]
fn discard(v: Value) {
    v.release()
}

/// `BINARY_OP` on the two values on top of `stack` when both are small ints (`+`, `-`, `*`
/// without overflow) or floats (ints mixed in only when exactly convertible; `/` by a
/// non-zero float; `**` of a positive base): the result, computed without touching the
/// stack. `None` for every other case, which the general path handles (and raises for).
#[inline(always)]
fn fast_arith(op: u32, stack: &[Value]) -> Option<Value> {
    let [.., a, b] = stack else {
        return None;
    };
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        let r = match op {
            0 | 13 => x.checked_add(*y),
            10 | 23 => x.checked_sub(*y),
            5 | 18 => x.checked_mul(*y),
            _ => None,
        };
        return r.map(Value::Int);
    }
    let (x, y) = match (a, b) {
        (Value::Float(x), Value::Float(y)) => (x.get(), y.get()),
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < 1 << 53 => (x.get(), *y as f64),
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < 1 << 53 => (*x as f64, y.get()),
        _ => return None,
    };
    let r = match op {
        0 | 13 => x + y,
        10 | 23 => x - y,
        5 | 18 => x * y,
        11 | 24 if y != 0.0 => x / y,
        // `**` of a positive finite base to a finite power: libm's pow, as float_pow calls
        // it; an overflow (which raises) and every other case take the general path.
        8 | 21 if x > 0.0 && x.is_finite() && y.is_finite() => match x.powf(y) {
            r if r.is_finite() => r,
            _ => return None,
        },
        _ => return None,
    };
    Some(Value::float(r))
}

/// True when the instructions at `at` are `first` with argument `arg`, then `then`.
#[inline(always)]
fn followed_by(instrs: &[Instr], at: usize, first: Opcode, arg: u32, then: Opcode) -> bool {
    matches!(instrs.get(at..at + 2), Some([a, b]) if a.op == first && a.arg == arg && b.op == then)
}

/// `container[key] = value` when it needs no call and cannot fail: a list at an int index
/// it has, or a dict under a str key (3.11's STORE_SUBSCR_LIST_INT and _DICT). The three
/// come back for everything else.
#[inline(always)]
fn store_subscr_fast(
    container: Value,
    key: Value,
    value: Value,
) -> Result<(), (Value, Value, Value)> {
    // The key is matched by reference and let go explicitly: a small int left to the drop
    // glue of the pair was a call on every store.
    match (container, &key) {
        (Value::List(l), &Value::Int(i)) => {
            let mut items = l.items.borrow_mut();
            let j = if i < 0 { i + items.len() as i64 } else { i };
            // As in `subscr_fast`, a negative `j` is past the end.
            let Some(slot) = items.get_mut(j as usize) else {
                drop(items);
                return Err((Value::List(l), key, value));
            };
            let old = std::mem::replace(slot, value);
            drop(items);
            discard(old);
            discard(key);
            Ok(())
        }
        (Value::Dict(d), Value::Str(_)) => {
            let Value::Str(k) = key else { unreachable!() };
            d.set_str(k, value);
            Ok(())
        }
        (container, _) => Err((container, key, value)),
    }
}

/// `container[key]` when it needs no call and cannot fail: a list or tuple at an int index
/// it has, or a dict under a str or small-int key it holds (3.11's BINARY_SUBSCR_LIST_INT,
/// _TUPLE_INT and _DICT). `None` for everything else.
#[inline(always)]
fn subscr_fast(container: &Value, key: &Value) -> Option<Value> {
    match (container, key) {
        (Value::List(l), Value::Int(i)) => {
            let items = l.items.borrow();
            let j = if *i < 0 { i + items.len() as i64 } else { *i };
            // A negative `j` (an index below `-len`) wraps past the end: not there.
            items.get(j as usize).cloned()
        }
        (Value::Tuple(t), Value::Int(i)) => {
            let j = if *i < 0 { i + t.items.len() as i64 } else { *i };
            t.items.get(j as usize).cloned()
        }
        (Value::Dict(d), _) => d.lookup_fast(key).flatten(),
        _ => None,
    }
}

/// `COMPARE_OP` on the two values on top of `stack` when both are small ints or both floats.
#[inline(always)]
fn fast_compare(op: u32, stack: &[Value]) -> Option<bool> {
    let [.., a, b] = stack else {
        return None;
    };
    let (ord, equal) = match (a, b) {
        (Value::Int(x), Value::Int(y)) => (x.partial_cmp(y), x == y),
        (Value::Float(x), Value::Float(y)) => (x.get().partial_cmp(&y.get()), x.get() == y.get()),
        _ => return None,
    };
    use std::cmp::Ordering::*;
    // NaN compares unordered: only `!=` is true.
    Some(match op {
        0 => ord == Some(Less),
        1 => matches!(ord, Some(Less | Equal)),
        2 => equal,
        3 => !equal,
        4 => ord == Some(Greater),
        _ => matches!(ord, Some(Greater | Equal)),
    })
}

/// What one instruction asks the loop to do next.
pub enum Flow {
    Next,
    /// Start running a new frame; the current one waits for its result.
    Call(Box<Frame>),
    /// The frame returns a value.
    Return(Value),
    /// The frame yields a value (generator frames only).
    Yield(Value),
    /// The frame becomes a generator, returned to the caller.
    ReturnGenerator,
    /// The running thread gives up the interpreter (its switch interval ran out, it started
    /// a thread, or it waits for one).
    Switch,
}

/// The interpreter state of one run.
pub struct Vm {
    pub types: crate::builtins::Types,
    pub builtins: Rc<Dict>,
    pub modules: Rc<Dict>,
    pub stdout: String,
    /// What the program wrote to `sys.stderr`.
    pub stderr: String,
    /// `sys.getswitchinterval()`, in seconds.
    pub switch_interval: f64,
    /// Threads made so far (for their default names).
    pub thread_count: usize,
    /// Suspended callers of the running frame.
    pub frames: Vec<Box<Frame>>,
    /// Python frames alive (for the recursion limit).
    pub depth: usize,
    pub recursion_limit: usize,
    /// Instructions run so far, and the budget.
    pub steps: u64,
    pub fuel: u64,
    pub heap_cap: usize,
    /// The exception being handled (`sys.exc_info()`), or None.
    pub handled: Value,
    pub options: RunOptions,
    /// Strings interned by content.
    interned: hashbrown::HashMap<String, Rc<PyStr>>,
    /// A generator frame that just yielded, handed to the generator that resumed it.
    pub yielded: Option<Box<Frame>>,
    /// Frames recycled for new calls (boxed, as frames are moved between the loop and here).
    #[allow(clippy::vec_box)]
    pool: Vec<Box<Frame>>,
    /// The file name of the main module.
    pub file_name: String,
    /// The source of the main module, for tracebacks.
    pub source: Vec<u8>,
    /// The threads and the GIL.
    pub sched: crate::threads::Scheduler,
    /// Containers being printed, against infinite recursion in repr.
    pub repr_stack: Vec<usize>,
    /// The instruction hook, when a trace is being recorded.
    pub tracer: Option<Box<dyn crate::trace::Tracer>>,
}

impl Vm {
    /// A fresh interpreter with its built-in types and functions.
    pub fn new(options: RunOptions) -> Vm {
        let types = crate::builtins::Types::new();
        let mut vm = Vm {
            types,
            builtins: Rc::new(Dict::new()),
            modules: Rc::new(Dict::new()),
            stdout: String::new(),
            stderr: String::new(),
            switch_interval: 0.005,
            thread_count: 0,
            frames: Vec::new(),
            depth: 0,
            recursion_limit: 1000,
            steps: 0,
            fuel: options.fuel,
            heap_cap: options.heap_cap,
            handled: Value::None,
            options,
            interned: hashbrown::HashMap::new(),
            yielded: None,
            pool: Vec::new(),
            file_name: String::new(),
            source: Vec::new(),
            repr_stack: Vec::new(),
            sched: crate::threads::Scheduler::default(),
            tracer: None,
        };
        crate::builtins::install(&mut vm);
        vm
    }

    /// The interned string with this text.
    pub fn intern(&mut self, s: &str) -> Rc<PyStr> {
        if let Some(r) = self.interned.get(s) {
            return r.clone();
        }
        let r = Rc::new(PyStr::new(s.to_string()));
        self.interned.insert(s.to_string(), r.clone());
        r
    }

    /// A constant of a code object as a value.
    pub fn constant(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Bool(b) => Value::bool(*b),
            Constant::Int(i) => Value::from_bigint(i.clone()),
            Constant::Float(f) => Value::float(*f),
            // Complex numbers are outside the subset: the constant is NULL, and LOAD_CONST
            // raises a clear error at the line that uses it.
            Constant::Complex(..) => Value::Null,
            Constant::Str(s) => Value::Str(self.intern(s)),
            Constant::StrCodePoints(cps) => Value::str(
                cps.iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                    .collect::<String>(),
            ),
            Constant::Bytes(b) => Value::Bytes(Rc::new(PyBytes { b: b.to_vec() })),
            Constant::Tuple(items) => {
                let values: Vec<Value> = items.iter().map(|c| self.constant(c)).collect();
                if values.iter().any(Value::is_null) {
                    return Value::Null;
                }
                Value::tuple(values)
            }
            Constant::FrozenSet(items) => {
                // The constant lists its items in the order CPython's compiler inserted them,
                // so inserting them again lays the table out as CPython's is.
                let set = crate::set::Set::new(true);
                for item in items.iter() {
                    let v = self.constant(item);
                    if v.is_null() {
                        return Value::Null;
                    }
                    // Constants are hashable built-in values: adding cannot fail.
                    let _ = set.add(self, v);
                }
                Value::Set(Rc::new(set))
            }
            Constant::Code(co) => Value::Code(Code::new(co, self)),
        }
    }

    /// Runs a module's code object as `__main__`.
    pub fn run_module(&mut self, code: Rc<Code>, globals: Rc<Dict>) -> PyResult<Value> {
        let frame = self.new_frame(code, globals.clone(), Some(globals), None);
        self.depth += 1;
        self.eval(frame, self.frames.len())
    }

    /// A frame for `code`, from the pool when one is free.
    pub fn new_frame(
        &mut self,
        code: Rc<Code>,
        globals: Rc<Dict>,
        locals: Option<Rc<Dict>>,
        func: Option<Rc<Function>>,
    ) -> Box<Frame> {
        let n = code.localsplus.len();
        match self.pool.pop() {
            Some(mut f) => {
                f.fast.resize_with(n, || Value::Null);
                f.code = code;
                f.pc = 0;
                f.globals = globals;
                f.locals = locals;
                f.func = func;
                f.kwnames = None;
                f
            }
            None => Box::new(Frame {
                stack: Vec::with_capacity(code.co.stacksize as usize),
                fast: vec![Value::Null; n],
                code,
                pc: 0,
                globals,
                locals,
                func,
                kwnames: None,
                init_self: None,
            }),
        }
    }

    /// A frame for a call of `f` whose `nargs` arguments, on top of `stack`, fill its
    /// parameters exactly; the arguments move from the stack to the frame.
    #[inline]
    fn frame_for_call(
        &mut self,
        f: &Rc<Function>,
        stack: &mut Vec<Value>,
        nargs: usize,
    ) -> Box<Frame> {
        // `new_frame` with less to do: a pooled frame's `locals`, `func` and `kwnames` are
        // already empty (the hot path of every call).
        let n = f.code.localsplus.len();
        let mut frame = match self.pool.pop() {
            Some(mut fr) => {
                // The pool gives back the frame that returned last: in a recursion, or a
                // loop calling one function, it ran the same code in the same module, and
                // keeps the references it needs.
                if !Rc::ptr_eq(&fr.globals, &f.globals) {
                    fr.globals = f.globals.clone();
                }
                if !Rc::ptr_eq(&fr.code, &f.code) {
                    fr.code = f.code.clone();
                }
                fr.pc = 0;
                fr
            }
            None => Box::new(Frame {
                stack: Vec::with_capacity(f.code.co.stacksize as usize),
                fast: Vec::with_capacity(n),
                code: f.code.clone(),
                pc: 0,
                globals: f.globals.clone(),
                locals: None,
                func: None,
                kwnames: None,
                init_self: None,
            }),
        };
        // A pooled frame's locals are empty: the arguments move in, the rest start unbound.
        debug_assert!(frame.fast.is_empty() && nargs <= n && nargs <= stack.len());
        let fast = &mut frame.fast;
        fast.reserve(n);
        let at = stack.len() - nargs;
        // SAFETY: `fast` is empty with room for `n >= nargs` values. The `nargs` values above
        // `at` move, one by one (a handful: cheaper than a call of memcpy), and `stack`
        // forgets them (set_len) as `fast` takes them; the other slots start unbound.
        unsafe {
            let (from, to) = (stack.as_ptr().add(at), fast.as_mut_ptr());
            for i in 0..nargs {
                to.add(i).write(from.add(i).read());
            }
            for i in nargs..n {
                to.add(i).write(Value::Null);
            }
            stack.set_len(at);
            fast.set_len(n);
        }
        frame
    }

    /// `CALL` of a Python function whose positional parameters the arguments fill exactly
    /// (CPython 3.11's `CALL_PY_EXACT_ARGS`): the new frame, with the arguments moved into it
    /// and the callable taken off the stack. `None` for every other call (`op_call` does it).
    #[inline(always)]
    fn exact_call(
        &mut self,
        frame: &Frame,
        stack: &mut Vec<Value>,
        argc: usize,
    ) -> Option<Box<Frame>> {
        if frame.kwnames.is_some() {
            return None;
        }
        let len = stack.len();
        let is_meth = !stack[len - argc - 2].is_null();
        let nargs = argc + is_meth as usize;
        let (f, init_self) = match &stack[len - nargs - 1] {
            Value::Function(f) if Self::takes_exactly(f, nargs) => (f.clone(), None),
            Value::Type(t) => {
                let (f, obj) = self.plain_instance(t, nargs)?;
                (f, Some(obj))
            }
            _ => return None,
        };
        let mut new = match &init_self {
            None => self.frame_for_call(&f, stack, nargs),
            Some(obj) => {
                // `__init__(self, *args)`: the new instance goes below the arguments.
                stack.insert(len - nargs, obj.clone());
                let new = self.frame_for_call(&f, stack, nargs + 1);
                // The C level of `type_call`, which the slow path counts in `c_level`.
                self.depth += 1;
                new
            }
        };
        match init_self {
            None => {
                // The function's reference moves from the stack into the frame (the copy
                // taken above goes), as CPython's frame takes the stack's.
                drop(f);
                let Value::Function(f) = stack.pop().unwrap_or_default() else {
                    unreachable!("the callable of an exact call is a function")
                };
                new.func = Some(f);
                if !is_meth {
                    // The NULL below it.
                    stack.pop();
                }
            }
            Some(obj) => {
                new.func = Some(f);
                new.init_self = Some(obj);
                // The class and the NULL below the arguments.
                stack.truncate(len + is_meth as usize - nargs - 2);
            }
        }
        Some(new)
    }

    /// True when `nargs` positional arguments fill `f`'s parameters exactly.
    #[inline(always)]
    fn takes_exactly(f: &Function, nargs: usize) -> bool {
        let co = &f.code.co;
        nargs == co.argcount as usize
            && co.kwonlyargcount == 0
            && co.flags & (python_compiler::flags::VARARGS | python_compiler::flags::VARKEYWORDS)
                == 0
    }

    /// For a call of class `t` with `nargs` positional arguments that CPython's `type_call`
    /// would run as `object.__new__` then a Python `__init__` taking them exactly: that
    /// `__init__` and the new instance. `None` for every other class call (and when the
    /// recursion limit is near, so that the slow path raises CPython's RecursionError).
    fn plain_instance(&mut self, t: &Rc<Type>, nargs: usize) -> Option<(Rc<Function>, Value)> {
        if t.builtin || self.depth + 1 >= self.recursion_limit {
            return None;
        }
        let init = Self::plain_init(t)?;
        if !Self::takes_exactly(&init, nargs + 1) {
            return None;
        }
        // What `object.__new__` makes for such a class (`new_instance`'s plain case).
        let obj = Value::Instance(Rc::new(crate::value::Instance {
            class: std::cell::RefCell::new(t.clone()),
            dict: t.slots.is_none().then(|| Rc::new(Dict::new())),
            slots: std::cell::RefCell::new(Vec::new()),
            payload: crate::value::Payload::None,
        }));
        Some((init, obj))
    }

    /// The `__init__` of a class whose instances `object.__new__` makes and a Python function
    /// (not a generator) initializes; None for any other class. Remembered in the class for as
    /// long as no dict along its MRO changes.
    fn plain_init(t: &Rc<Type>) -> Option<Rc<Function>> {
        let version = t.mro_version();
        if let Some((v, init)) = &*t.plain_init.borrow() {
            if *v == version {
                return init.clone();
            }
        }
        let generator = python_compiler::flags::GENERATOR
            | python_compiler::flags::COROUTINE
            | python_compiler::flags::ASYNC_GENERATOR;
        let init = match t.lookup_name("__init__") {
            Some(Value::Function(init))
                if t.metaclass.borrow().is_none()
                    && matches!(t.builtin_base().kind, crate::types::Kind::Object)
                    && !matches!(
                        t.lookup_name("__new__"),
                        Some(Value::Function(_) | Value::Other(_))
                    )
                    && init.code.co.flags & generator == 0 =>
            {
                Some(init)
            }
            _ => None,
        };
        *t.plain_init.borrow_mut() = Some((version, init.clone()));
        init
    }

    /// The end of an `__init__` frame called inline: the instance is the call's result, and
    /// anything but None returned is CPython's TypeError (raised in the caller).
    #[cold]
    fn init_result(&mut self, obj: Value, returned: &Value) -> PyResult<Value> {
        // The C level `exact_call` added.
        self.depth -= 1;
        if returned.is_none() {
            return Ok(obj);
        }
        Err(self.type_error(format!(
            "__init__() should return None, not '{}'",
            self.type_name(returned)
        )))
    }

    /// Returns a finished frame to the pool.
    #[inline]
    fn recycle(&mut self, mut frame: Box<Frame>) {
        while let Some(v) = frame.stack.pop() {
            discard(v);
        }
        while let Some(v) = frame.fast.pop() {
            discard(v);
        }
        frame.func = None;
        frame.locals = None;
        frame.kwnames = None;
        frame.init_self = None;
        if self.pool.len() < 64 {
            self.pool.push(frame);
        }
    }

    /// Runs `frame` (and every frame it calls) until it returns, yields or raises. `base` is
    /// the depth of `self.frames` this loop must not unwind below.
    pub fn eval(&mut self, frame: Box<Frame>, base: usize) -> PyResult<Value> {
        self.eval_from(frame, base, None)
    }

    /// Like [`Vm::eval`], raising `initial` at the frame's current instruction first (for
    /// `generator.throw`).
    fn eval_from(
        &mut self,
        frame: Box<Frame>,
        base: usize,
        initial: Option<PyErr>,
    ) -> PyResult<Value> {
        if self.tracer.is_some() {
            self.run_loop::<true>(frame, base, initial)
        } else {
            self.run_loop::<false>(frame, base, initial)
        }
    }

    /// The loop itself; `TRACE` compiles the tracer call in or out, so that a plain run pays
    /// nothing for tracing.
    fn run_loop<const TRACE: bool>(
        &mut self,
        mut frame: Box<Frame>,
        base: usize,
        initial: Option<PyErr>,
    ) -> PyResult<Value> {
        if let Some(err) = initial {
            if let Some(f) = self.unwind(&mut frame, base, err)? {
                frame = f;
            }
        }
        loop {
            {
                match self.execute::<TRACE>(&mut frame, base) {
                    Ok(Flow::Next) => {}
                    Ok(Flow::Switch) => {
                        if base == 0 && self.sched.nested == 0 {
                            if let Err(err) = self.switch_thread(&mut frame) {
                                if let Some(f) = self.unwind(&mut frame, base, err)? {
                                    frame = f;
                                }
                            }
                        }
                        continue;
                    }
                    Ok(Flow::Call(new)) => {
                        if self.steps > self.fuel {
                            self.recycle(new);
                            return Err(self.halt(frame, base, Halt::Fuel(self.fuel)));
                        }
                        if self.depth >= self.recursion_limit {
                            self.recycle(new);
                            let err = self.new_error(
                                ExcKind::RecursionError,
                                "maximum recursion depth exceeded",
                            );
                            if let Some(f) = self.unwind(&mut frame, base, err)? {
                                frame = f;
                                continue;
                            }
                            continue;
                        }
                        self.depth += 1;
                        let caller = std::mem::replace(&mut frame, new);
                        self.frames.push(caller);
                        continue;
                    }
                    Ok(Flow::Return(value)) => {
                        self.depth -= 1;
                        if crate::generator::finalization_pending() {
                            crate::generator::finalize_pending(self, false);
                        }
                        if self.frames.len() == base {
                            if base == 0 && self.sched.nested == 0 && self.threads_running() {
                                // A thread's bottom frame returned: the next thread runs.
                                match self.end_thread(Ok(value)) {
                                    Ok(Some(next)) => {
                                        let done = std::mem::replace(&mut frame, next);
                                        self.recycle(done);
                                        continue;
                                    }
                                    Ok(None) => {
                                        self.recycle(frame);
                                        return Ok(self.main_result());
                                    }
                                    Err(e) => return Err(e),
                                }
                            }
                            self.recycle(frame);
                            return Ok(value);
                        }
                        let init = frame.init_self.take();
                        let caller = self.frames.pop().expect("a caller below the frame");
                        let done = std::mem::replace(&mut frame, caller);
                        self.recycle(done);
                        match init.map(|obj| self.init_result(obj, &value)) {
                            None => frame.stack.push(value),
                            Some(Ok(obj)) => frame.stack.push(obj),
                            Some(Err(err)) => {
                                if let Some(f) = self.unwind(&mut frame, base, err)? {
                                    frame = f;
                                }
                            }
                        }
                        continue;
                    }
                    Ok(Flow::Yield(value)) => {
                        self.depth -= 1;
                        // Generator frames always run in a loop of their own.
                        debug_assert_eq!(self.frames.len(), base);
                        self.yielded = Some(frame);
                        return Ok(value);
                    }
                    Ok(Flow::ReturnGenerator) => {
                        self.depth -= 1;
                        let gen = crate::generator::Generator::new(frame);
                        let value = Value::Generator(Rc::new(gen));
                        if self.frames.len() == base {
                            return Ok(value);
                        }
                        frame = self.frames.pop().expect("a caller below the frame");
                        frame.stack.push(value);
                        continue;
                    }
                    Err(err) => match self.unwind(&mut frame, base, err) {
                        Ok(Some(f)) => frame = f,
                        Ok(None) => {}
                        Err(e) => {
                            if base == 0
                                && self.sched.nested == 0
                                && self.sched.current != 0
                                && e.exception().is_some()
                            {
                                // An exception ended a thread: reported, and the next runs.
                                match self.end_thread(Err(e)) {
                                    Ok(Some(next)) => {
                                        frame = next;
                                        continue;
                                    }
                                    Ok(None) => return Ok(self.main_result()),
                                    Err(e) => return Err(e),
                                }
                            }
                            return Err(e);
                        }
                    },
                }
            }
        }
    }

    /// Unwinds an exception: to the nearest handler in this loop's frames (`Ok(Some)` when
    /// the handler is in a caller, `Ok(None)` when in `frame` itself), or out of the loop.
    fn unwind(
        &mut self,
        frame: &mut Box<Frame>,
        base: usize,
        err: PyErr,
    ) -> PyResult<Option<Box<Frame>>> {
        let (exc, mut skip_traceback) = match err {
            PyErr::Exception(exc) => (exc, false),
            PyErr::Reraise(exc) => (exc, true),
            PyErr::Halt(h) => {
                let f = std::mem::replace(frame, self.placeholder_frame());
                return Err(self.halt(f, base, h));
            }
        };
        let mut current: Option<Box<Frame>> = None;
        loop {
            let f: &mut Box<Frame> = match current.as_mut() {
                Some(f) => f,
                None => frame,
            };
            if !skip_traceback {
                crate::exceptions::add_traceback(&exc, f);
            }
            skip_traceback = false;
            if let Some(h) = f.code.handler_for(f.lasti()) {
                f.stack.truncate(h.depth as usize);
                if h.lasti {
                    f.stack.push(Value::Int(f.code.offset_of(f.lasti()) as i64));
                }
                f.stack.push(Value::Instance(exc));
                f.pc = h.target as usize;
                return Ok(current);
            }
            self.depth -= 1 + f.init_self.is_some() as usize;
            if self.frames.len() == base {
                if let Some(f) = current.take() {
                    self.recycle(f);
                } else {
                    let f = std::mem::replace(frame, self.placeholder_frame());
                    self.recycle(f);
                }
                return Err(PyErr::Exception(exc));
            }
            let caller = self.frames.pop().expect("a caller below the frame");
            if let Some(f) = current.replace(caller) {
                self.recycle(f);
            } else {
                let f = std::mem::replace(frame, self.placeholder_frame());
                self.recycle(f);
            }
        }
    }

    /// An empty frame to leave behind where a frame was moved out.
    fn placeholder_frame(&mut self) -> Box<Frame> {
        let code = self.types.empty_code.clone();
        let globals = self.builtins.clone();
        self.new_frame(code, globals, None, None)
    }

    /// Stops the run: drops the frames of this loop and passes the halt outwards.
    fn halt(&mut self, frame: Box<Frame>, base: usize, h: Halt) -> PyErr {
        let init_level = frame.init_self.is_some() as usize;
        self.recycle(frame);
        while self.frames.len() > base {
            let f = self.frames.pop().expect("frames above base");
            self.depth -= 1 + f.init_self.is_some() as usize;
            self.recycle(f);
        }
        self.depth = self.depth.saturating_sub(1 + init_level);
        PyErr::Halt(h)
    }

    #[inline(never)]
    fn trace_step(&mut self, frame: &Frame) {
        if let Some(mut tracer) = self.tracer.take() {
            tracer.step(self, frame);
            self.tracer = Some(tracer);
        }
    }

    /// Pops `n` values off a frame's stack, in order.
    #[inline]
    fn pop_n(stack: &mut Vec<Value>, n: usize) -> Vec<Value> {
        let at = stack.len() - n;
        stack.split_off(at)
    }

    /// Runs the instructions of `frame` until one transfers control (a call, a return, a
    /// yield) or raises. `TRACE` compiles the tracer call in.
    ///
    /// Calls of Python functions and their returns are made here, without leaving the loop,
    /// when nothing else is due (no tracing, fuel left, below the recursion limit, no
    /// generator waiting to be closed): `frame` then becomes the callee, and the caller waits
    /// in `self.frames`, exactly as `run_loop` would have left them.
    #[inline(always)]
    fn execute<const TRACE: bool>(
        &mut self,
        frame: &mut Box<Frame>,
        base: usize,
    ) -> PyResult<Flow> {
        // The value stack is held in a local while the frame runs, so that pushes and pops
        // work on registers rather than through the frame.
        let mut stack = std::mem::take(&mut frame.stack);
        // So is the program counter: `execute_with` keeps it in `pc`, and writes it back to
        // the frame before anything that reads it there (and here, whichever way it returns).
        let mut pc = frame.pc;
        let flow = self.execute_with::<TRACE>(frame, &mut stack, &mut pc, base);
        frame.pc = pc;
        frame.stack = stack;
        flow
    }

    /// The instructions of the running frame's code.
    ///
    /// The slice is not tied to the borrow of `frame`: the frame holds its code (`frame.code`
    /// is never replaced while the frame runs), and `execute_with` asks again whenever the
    /// running frame changes.
    #[inline(always)]
    fn instrs_of<'a>(frame: &Frame) -> &'a [Instr] {
        // SAFETY: the `Rc<Code>` in `frame.code` keeps the instructions alive for as long as
        // the frame runs them, and `execute_with` drops this slice when it switches frames.
        unsafe { &*(frame.code.instrs.as_slice() as *const [Instr]) }
    }

    /// Makes the frame of a call the running one (see `execute`): the caller's stack and
    /// program counter go back into the caller, which waits in `self.frames`, and `stack`
    /// and `pc` become the callee's.
    #[inline(always)]
    fn enter_frame(
        &mut self,
        frame: &mut Box<Frame>,
        stack: &mut Vec<Value>,
        pc: &mut usize,
        new: Box<Frame>,
    ) {
        self.depth += 1;
        frame.pc = *pc;
        std::mem::swap(&mut frame.stack, stack);
        let caller = std::mem::replace(frame, new);
        self.frames.push(caller);
        std::mem::swap(&mut frame.stack, stack);
        *pc = frame.pc;
    }

    /// Ends the running frame and makes its caller the running one again, with `value` pushed
    /// on the caller's stack (the other half of `enter_frame`).
    #[inline(always)]
    fn leave_frame(
        &mut self,
        frame: &mut Box<Frame>,
        stack: &mut Vec<Value>,
        pc: &mut usize,
        value: Value,
    ) {
        self.depth -= 1;
        std::mem::swap(&mut frame.stack, stack);
        let caller = self.frames.pop().expect("a caller below the frame");
        let done = std::mem::replace(frame, caller);
        self.recycle(done);
        std::mem::swap(&mut frame.stack, stack);
        *pc = frame.pc;
        stack.push(value);
    }

    #[inline(always)]
    fn execute_with<const TRACE: bool>(
        &mut self,
        frame: &mut Box<Frame>,
        stack: &mut Vec<Value>,
        pc: &mut usize,
        base: usize,
    ) -> PyResult<Flow> {
        use Opcode as O;
        let mut instrs: &[Instr] = Self::instrs_of(frame);
        // A helper that reads or moves the frame's program counter sees it in the frame.
        macro_rules! synced {
            ($e:expr) => {{
                frame.pc = *pc;
                let r = $e;
                *pc = frame.pc;
                r
            }};
        }
        loop {
            let index = *pc;
            let Some(&instr) = instrs.get(index) else {
                return Err(self.new_error(ExcKind::SystemError, "ran past the end of the code"));
            };
            *pc = index + 1;
            self.steps += 1;
            if TRACE {
                std::mem::swap(&mut frame.stack, stack);
                synced!(self.trace_step(frame));
                std::mem::swap(&mut frame.stack, stack);
            }
            let arg = instr.arg;
            macro_rules! pop {
                () => {
                    stack.pop().unwrap_or_default()
                };
            }
            macro_rules! top {
                () => {
                    stack.last().cloned().unwrap_or_default()
                };
            }
            macro_rules! push {
                ($v:expr) => {
                    stack.push($v)
                };
            }
            // After LOAD_FAST, LOAD_CONST and STORE_FAST, the loads that follow run here rather
            // than through the dispatch at the top (CPython 3.11's superinstructions
            // LOAD_FAST__LOAD_FAST, STORE_FAST__LOAD_FAST, LOAD_CONST__LOAD_FAST...): fewer
            // trips through the one indirect jump, and a branch of their own to predict. Each
            // still counts as a step; a traced run goes one instruction at a time.
            macro_rules! then_loads {
                () => {
                    if !TRACE {
                        let start = *pc;
                        let mut at = start;
                        while let Some(next) = instrs.get(at) {
                            let v = match next.op {
                                O::LoadFast => frame.fast[next.arg as usize].clone(),
                                O::LoadConst => frame.code.consts[next.arg as usize].clone(),
                                _ => break,
                            };
                            // An unbound local (or a constant deepdive cannot make) raises
                            // from the instruction itself, at the top.
                            if v.is_null() {
                                break;
                            }
                            at += 1;
                            push!(v);
                        }
                        *pc = at;
                        self.steps += (at - start) as u64;
                    }
                };
            }
            // A comparison's result goes straight to the forward conditional jump after it, as
            // CPython 3.11's COMPARE_OP_INT_JUMP and friends do: no trip through the stack and
            // the dispatch. The jump still counts as a step.
            macro_rules! push_cond {
                ($t:expr) => {{
                    let t: bool = $t;
                    match instrs.get(*pc) {
                        Some(next)
                            if !TRACE
                                && matches!(
                                    next.op,
                                    O::PopJumpForwardIfFalse | O::PopJumpForwardIfTrue
                                ) =>
                        {
                            *pc += 1;
                            self.steps += 1;
                            if t == (next.op == O::PopJumpForwardIfTrue) {
                                *pc = next.arg as usize;
                            }
                        }
                        _ => push!(Value::bool(t)),
                    }
                }};
            }
            // A result that the next instruction stores in a local goes there directly (then
            // the loads after the store, as `then_loads!`): arithmetic, and the item of a
            // FOR_ITER over a range or a list (as 3.12's FOR_ITER_RANGE stores the loop
            // variable).
            macro_rules! push_or_store {
                ($v:expr) => {{
                    let v: Value = $v;
                    match instrs.get(*pc) {
                        Some(next) if !TRACE && next.op == O::StoreFast => {
                            *pc += 1;
                            self.steps += 1;
                            discard(std::mem::replace(&mut frame.fast[next.arg as usize], v));
                            then_loads!();
                        }
                        _ => push!(v),
                    }
                }};
            }
            // A backward jump is where a loop can run forever: the fuel is checked there.
            macro_rules! jumped {
                () => {{
                    if self.steps > self.fuel {
                        return Err(PyErr::Halt(Halt::Fuel(self.fuel)));
                    }
                    // Whatever a loop grows (dict entries, set tables...), the heap cap holds.
                    if crate::heap::live() > self.heap_cap {
                        return Err(self.new_error_args(ExcKind::MemoryError, vec![]));
                    }
                    if self.switch_due() {
                        return Ok(Flow::Switch);
                    }
                    if crate::generator::finalization_pending() {
                        crate::generator::finalize_pending(self, false);
                    }
                    continue;
                }};
            }
            match instr.op {
                O::Nop | O::Cache | O::ExtendedArg => {}
                O::Resume => frame.code.warm(),
                O::LoadFast => {
                    let v = frame.fast[arg as usize].clone();
                    if v.is_null() {
                        let name = frame.code.localsplus[arg as usize].s.clone();
                        return Err(self.new_error(
                        ExcKind::UnboundLocalError,
                        format!(
                            "cannot access local variable '{name}' where it is not associated with a value"
                        ),
                    ));
                    }
                    push!(v);
                    then_loads!();
                }
                O::StoreFast => {
                    let v = pop!();
                    discard(std::mem::replace(&mut frame.fast[arg as usize], v));
                    then_loads!();
                }
                O::DeleteFast => {
                    let old = std::mem::take(&mut frame.fast[arg as usize]);
                    if old.is_null() {
                        let name = frame.code.localsplus[arg as usize].s.clone();
                        return Err(self.new_error(
                        ExcKind::UnboundLocalError,
                        format!(
                            "cannot access local variable '{name}' where it is not associated with a value"
                        ),
                    ));
                    }
                }
                O::LoadConst => {
                    let v = frame.code.consts[arg as usize].clone();
                    if v.is_null() {
                        return Err(self.new_error(
                            ExcKind::NotImplementedError,
                            "deepdive does not support complex numbers yet",
                        ));
                    }
                    push!(v);
                    then_loads!();
                }
                O::PopTop => {
                    discard(pop!());
                }
                O::PushNull => push!(Value::Null),
                O::Copy => {
                    // `x[i] op= v` reads the item with COPY 2, COPY 2, BINARY_SUBSCR, keeping
                    // the container and key for the store: on a list, tuple or dict the item
                    // is read where they lie, in one go.
                    if !TRACE && arg == 2 && followed_by(instrs, *pc, O::Copy, 2, O::BinarySubscr) {
                        let len = stack.len();
                        if let Some(v) = subscr_fast(&stack[len - 2], &stack[len - 1]) {
                            *pc += 2;
                            self.steps += 2;
                            push!(v);
                            then_loads!();
                            continue;
                        }
                    }
                    let v = stack[stack.len() - arg as usize].clone();
                    push!(v);
                }
                O::Swap => {
                    // ... and stores the result with SWAP 3, SWAP 2, STORE_SUBSCR: into a
                    // list at an index it has, or a dict under a str, in one go.
                    if !TRACE && arg == 3 && followed_by(instrs, *pc, O::Swap, 2, O::StoreSubscr) {
                        let value = pop!();
                        let key = pop!();
                        let container = pop!();
                        match store_subscr_fast(container, key, value) {
                            Ok(()) => {
                                *pc += 2;
                                self.steps += 2;
                                continue;
                            }
                            // Back as they were, for the instructions one by one.
                            Err((container, key, value)) => {
                                push!(container);
                                push!(key);
                                push!(value);
                            }
                        }
                    }
                    let len = stack.len();
                    stack.swap(len - 1, len - arg as usize);
                }
                O::UnaryPositive => {
                    let v = pop!();
                    let r = self.unary_op(&v, crate::ops::Unary::Pos)?;
                    push!(r);
                }
                O::UnaryNegative => {
                    let v = pop!();
                    let r = self.unary_op(&v, crate::ops::Unary::Neg)?;
                    push!(r);
                }
                O::UnaryInvert => {
                    let v = pop!();
                    let r = self.unary_op(&v, crate::ops::Unary::Invert)?;
                    push!(r);
                }
                O::UnaryNot => {
                    let v = pop!();
                    let t = self.truthy(&v)?;
                    push!(Value::bool(!t));
                }
                O::BinaryOp => {
                    // The specialised forms of 3.11 (BINARY_OP_ADD_INT, _FLOAT...): the operands
                    // are read where they lie and the result takes their place.
                    if let Some(r) = fast_arith(arg, stack) {
                        let len = stack.len();
                        // SAFETY: the two operands are small ints or floats, which own nothing:
                        // forgetting them is dropping them.
                        unsafe { stack.set_len(len - 2) };
                        push_or_store!(r);
                        continue;
                    }
                    let b = pop!();
                    let a = pop!();
                    // `s += t` on strings (3.11's BINARY_OP_INPLACE_ADD_UNICODE): when the
                    // variable being assigned holds the only other reference, the string is
                    // extended in place, as CPython's unicode_concatenate does.
                    let a = match (arg, a, &b) {
                        (0 | 13, Value::Str(s), Value::Str(t)) => {
                            match synced!(self.concat_in_place(frame, instrs, s, t)) {
                                Ok(r) => {
                                    push!(r);
                                    continue;
                                }
                                Err(s) => Value::Str(s),
                            }
                        }
                        (_, a, _) => a,
                    };
                    let r = self.binary_op(&a, &b, arg)?;
                    push!(r);
                }
                O::CompareOp => {
                    // COMPARE_OP_INT_JUMP, COMPARE_OP_FLOAT_JUMP: read in place, as above.
                    if let Some(r) = fast_compare(arg, stack) {
                        let len = stack.len();
                        // SAFETY: as for BINARY_OP, the operands own nothing.
                        unsafe { stack.set_len(len - 2) };
                        push_cond!(r);
                        continue;
                    }
                    let b = pop!();
                    let a = pop!();
                    let r = self.compare(&a, &b, arg)?;
                    push!(r);
                }
                O::IsOp => {
                    let b = pop!();
                    let a = pop!();
                    push!(Value::bool(a.is(&b) != (arg == 1)));
                }
                O::ContainsOp => {
                    let container = pop!();
                    let item = pop!();
                    let known = match &container {
                        Value::Dict(d) => d.contains_fast(&item),
                        _ => None,
                    };
                    let r = match known {
                        Some(r) => r,
                        None => self.contains(&container, &item)?,
                    };
                    push_cond!(r != (arg == 1));
                }
                O::BinarySubscr => {
                    let key = pop!();
                    let container = pop!();
                    if let Some(v) = subscr_fast(&container, &key) {
                        discard(container);
                        discard(key);
                        push!(v);
                        continue;
                    }
                    let r = self.getitem(&container, &key)?;
                    push!(r);
                }
                O::StoreSubscr => {
                    let key = pop!();
                    let container = pop!();
                    let value = pop!();
                    if let Err((container, key, value)) = store_subscr_fast(container, key, value) {
                        self.setitem(&container, key, value)?;
                    }
                }
                O::DeleteSubscr => {
                    let key = pop!();
                    let container = pop!();
                    self.delitem(&container, &key)?;
                }
                O::JumpForward => {
                    *pc = arg as usize;
                }
                O::JumpBackward => {
                    frame.code.warm();
                    *pc = arg as usize;
                    jumped!();
                }
                O::JumpBackwardNoInterrupt => {
                    *pc = arg as usize;
                    jumped!();
                }
                O::PopJumpForwardIfFalse | O::PopJumpBackwardIfFalse => {
                    let v = pop!();
                    let t = match v {
                        Value::Bool(b) => b.get(),
                        _ => {
                            let t = self.truthy(&v)?;
                            discard(v);
                            t
                        }
                    };
                    if !t {
                        *pc = arg as usize;
                        if instr.op == O::PopJumpBackwardIfFalse {
                            jumped!();
                        }
                    }
                }
                O::PopJumpForwardIfTrue | O::PopJumpBackwardIfTrue => {
                    let v = pop!();
                    let t = match v {
                        Value::Bool(b) => b.get(),
                        _ => {
                            let t = self.truthy(&v)?;
                            discard(v);
                            t
                        }
                    };
                    if t {
                        *pc = arg as usize;
                        if instr.op == O::PopJumpBackwardIfTrue {
                            jumped!();
                        }
                    }
                }
                O::PopJumpForwardIfNone | O::PopJumpBackwardIfNone => {
                    if pop!().is_none() {
                        *pc = arg as usize;
                        if instr.op == O::PopJumpBackwardIfNone {
                            jumped!();
                        }
                    }
                }
                O::PopJumpForwardIfNotNone | O::PopJumpBackwardIfNotNone => {
                    if !pop!().is_none() {
                        *pc = arg as usize;
                        if instr.op == O::PopJumpBackwardIfNotNone {
                            jumped!();
                        }
                    }
                }
                O::JumpIfFalseOrPop => {
                    let v = top!();
                    if !self.truthy(&v)? {
                        *pc = arg as usize;
                    } else {
                        pop!();
                    }
                }
                O::JumpIfTrueOrPop => {
                    let v = top!();
                    if self.truthy(&v)? {
                        *pc = arg as usize;
                    } else {
                        pop!();
                    }
                }
                O::LoadGlobal => {
                    if arg & 1 == 1 {
                        push!(Value::Null);
                    }
                    let v = match frame
                        .code
                        .cached_global(index, &frame.globals, &self.builtins)
                    {
                        Some(v) => v,
                        None => {
                            let name = &frame.code.names[(arg >> 1) as usize];
                            match frame.code.lookup_global(
                                index,
                                name,
                                &frame.globals,
                                &self.builtins,
                            ) {
                                Some(v) => v,
                                None => return Err(self.name_error(&name.clone().s)),
                            }
                        }
                    };
                    push!(v);
                    // A global called is mostly followed by the loads of its arguments.
                    then_loads!();
                }
                O::StoreGlobal => {
                    let name = frame.code.names[arg as usize].clone();
                    let v = pop!();
                    frame.globals.set_str(name, v);
                }
                O::DeleteGlobal => {
                    let name = frame.code.names[arg as usize].clone();
                    if frame.globals.remove_str(&name).is_none() {
                        return Err(self.name_error(&name.s));
                    }
                }
                O::LoadName => {
                    // The position where this instruction found its name last time.
                    let name = &frame.code.names[arg as usize];
                    let cached = match &frame.locals {
                        Some(l) => l.get_at(frame.code.name_cache[*pc - 1].get(), name),
                        None => None,
                    };
                    let v = match cached {
                        Some(v) => v,
                        None => synced!(self.load_name_slow(frame, arg))?,
                    };
                    push!(v);
                    then_loads!();
                }
                O::StoreName => {
                    let v = pop!();
                    let name = &frame.code.names[arg as usize];
                    let ns = frame.locals.as_ref().unwrap_or(&frame.globals);
                    if let Err(v) = ns.set_at(frame.code.name_cache[*pc - 1].get(), name, v) {
                        synced!(Self::store_name_slow(frame, arg, v));
                    }
                    then_loads!();
                }
                O::DeleteName => {
                    let name = frame.code.names[arg as usize].clone();
                    let ns = frame
                        .locals
                        .clone()
                        .unwrap_or_else(|| frame.globals.clone());
                    if ns.remove_str(&name).is_none() {
                        return Err(self.name_error(&name.s));
                    }
                }
                O::MakeCell => {
                    let slot = &mut frame.fast[arg as usize];
                    let initial = std::mem::take(slot);
                    *slot = Value::Cell(Rc::new(Cell::new(initial)));
                }
                O::CopyFreeVars => {
                    if let Some(func) = &frame.func {
                        let n = arg as usize;
                        let offset = frame.code.localsplus.len() - n;
                        for (i, cell) in func.closure.iter().take(n).enumerate() {
                            frame.fast[offset + i] = Value::Cell(cell.clone());
                        }
                    }
                }
                O::LoadClosure => {
                    let v = frame.fast[arg as usize].clone();
                    push!(v);
                }
                O::LoadDeref => {
                    let v = match &frame.fast[arg as usize] {
                        Value::Cell(c) => c.value.borrow().clone(),
                        _ => Value::Null,
                    };
                    if v.is_null() {
                        return Err(self.unbound_deref(frame, arg));
                    }
                    push!(v);
                }
                O::LoadClassderef => {
                    let name = frame.code.localsplus[arg as usize].clone();
                    let local = frame.locals.as_ref().and_then(|l| l.get_str(&name));
                    let v = match local {
                        Some(v) => v,
                        None => match &frame.fast[arg as usize] {
                            Value::Cell(c) => c.value.borrow().clone(),
                            _ => Value::Null,
                        },
                    };
                    if v.is_null() {
                        return Err(self.unbound_deref(frame, arg));
                    }
                    push!(v);
                }
                O::StoreDeref => {
                    let v = pop!();
                    if let Value::Cell(c) = &frame.fast[arg as usize] {
                        let old = c.value.replace(v);
                        drop(old);
                    }
                }
                O::DeleteDeref => {
                    let old = match &frame.fast[arg as usize] {
                        Value::Cell(c) => c.value.replace(Value::Null),
                        _ => Value::Null,
                    };
                    if old.is_null() {
                        return Err(self.unbound_deref(frame, arg));
                    }
                }
                O::LoadAttr => {
                    let name = &frame.code.names[arg as usize];
                    let obj = pop!();
                    if let Some(v) = frame.code.load_attr_cached(index, &obj, name) {
                        push!(v);
                        continue;
                    }
                    let name = name.clone();
                    let v = self.getattr(&obj, &name)?;
                    Self::learn_load_attr(frame, index, &obj, &name);
                    push!(v);
                }
                O::LoadMethod => {
                    let name = &frame.code.names[arg as usize];
                    let obj = pop!();
                    let builtin_type = self.builtin_type_of(&obj);
                    if let Some(method) =
                        frame
                            .code
                            .load_method_cached(index, &obj, name, builtin_type)
                    {
                        push!(method);
                        push!(obj);
                        continue;
                    }
                    let name = name.clone();
                    match self.get_method(&obj, &name)? {
                        Some(method) => {
                            let ty = match (&obj, &method) {
                                (Value::Instance(inst), Value::Function(_)) => {
                                    Some(inst.class.borrow().clone())
                                }
                                (_, Value::Builtin(_)) => self.builtin_type_of(&obj).cloned(),
                                _ => None,
                            };
                            if let Some(ty) = ty {
                                let hit = AttrHit::Method(method.clone());
                                frame.code.fill_attr_cache(index, ty, hit);
                            }
                            push!(method);
                            push!(obj);
                        }
                        None => {
                            let v = self.getattr(&obj, &name)?;
                            push!(Value::Null);
                            push!(v);
                        }
                    }
                }
                O::StoreAttr => {
                    let name = &frame.code.names[arg as usize];
                    let obj = pop!();
                    let value = pop!();
                    let value = match frame.code.store_attr_cached(index, &obj, name, value) {
                        Ok(()) => continue,
                        Err(value) => value,
                    };
                    let name = name.clone();
                    self.setattr(&obj, &name, value)?;
                    self.learn_store_attr(frame, index, &obj, &name);
                }
                O::DeleteAttr => {
                    let name = frame.code.names[arg as usize].clone();
                    let obj = pop!();
                    self.delattr(&obj, &name)?;
                }
                O::KwNames => {
                    frame.kwnames = Some(frame.code.consts[arg as usize].clone());
                }
                O::Precall | O::Call => {
                    // PRECALL does nothing here but count; the CALL after it (3.11 always
                    // pairs them) runs straight on, without a trip through the dispatch.
                    let argc = if instr.op == O::Call {
                        arg as usize
                    } else {
                        match instrs.get(*pc) {
                            Some(next) if !TRACE && next.op == O::Call => {
                                *pc += 1;
                                self.steps += 1;
                                next.arg as usize
                            }
                            _ => continue,
                        }
                    };
                    // PRECALL_NO_KW_LIST_APPEND: `lst.append(x)` on an exact list, in quickened
                    // code, appends without calling anything.
                    let len = stack.len();
                    if argc == 1 && len >= 3 && frame.kwnames.is_none() {
                        if let (Value::Builtin(b), Value::List(l)) =
                            (&stack[len - 3], &stack[len - 2])
                        {
                            if b.list_append && frame.code.warmup.get() >= WARMUP {
                                let l = l.clone();
                                let v = pop!();
                                crate::methods::list::push(self, &l, v)?;
                                discard(pop!());
                                discard(pop!());
                                push!(Value::None);
                                continue;
                            }
                        }
                    }
                    let is_meth = !stack[stack.len() - argc - 2].is_null();
                    let nargs = argc + is_meth as usize;
                    if let Some((native, levels)) = Self::builtin_target(stack, nargs) {
                        let kwnames = frame.kwnames.take();
                        let flow = synced!(self
                            .call_builtin(frame, stack, native, levels, nargs, is_meth, kwnames))?;
                        match flow {
                            Flow::Next => continue,
                            other => return Ok(other),
                        }
                    }
                    let new = match self.exact_call(frame, stack, argc) {
                        Some(new) => new,
                        None => match synced!(self.op_call(frame, stack, argc))? {
                            Flow::Next => continue,
                            Flow::Call(new) => new,
                            other => return Ok(other),
                        },
                    };
                    if TRACE || self.steps > self.fuel || self.depth >= self.recursion_limit {
                        return Ok(Flow::Call(new));
                    }
                    self.enter_frame(frame, stack, pc, new);
                    instrs = Self::instrs_of(frame);
                    // The RESUME a function starts with runs here too (it counts).
                    if let Some(first) = instrs.get(*pc) {
                        if first.op == O::Resume {
                            frame.code.warm();
                            *pc += 1;
                            self.steps += 1;
                        }
                    }
                }
                O::CallFunctionEx => {
                    let kwargs = if arg & 1 == 1 { Some(pop!()) } else { None };
                    let args = pop!();
                    let func = pop!();
                    let null = pop!();
                    let _ = null;
                    let mut positional = match self.to_vec(&args) {
                        Ok(v) => v,
                        Err(e) => return Err(self.star_args_error(e, &func, &args)),
                    };
                    let mut kwnames = Vec::new();
                    if let Some(Value::Dict(d)) = &kwargs {
                        for (k, v) in d.items() {
                            if !matches!(k, Value::Str(_)) {
                                return Err(self.type_error("keywords must be strings"));
                            }
                            kwnames.push(k);
                            positional.push(v);
                        }
                    }
                    match self.call_flow(stack, func, positional, kwnames)? {
                        Flow::Next => {}
                        other => return Ok(other),
                    }
                }
                O::ReturnValue => {
                    let mut v = pop!();
                    if TRACE
                        || self.frames.len() <= base
                        || crate::generator::finalization_pending()
                    {
                        return Ok(Flow::Return(v));
                    }
                    let mut error = None;
                    if let Some(obj) = frame.init_self.take() {
                        match self.init_result(obj, &v) {
                            Ok(obj) => v = obj,
                            Err(e) => error = Some(e),
                        }
                    }
                    self.leave_frame(frame, stack, pc, v);
                    instrs = Self::instrs_of(frame);
                    if let Some(e) = error {
                        discard(pop!());
                        return Err(e);
                    }
                }
                O::ReturnGenerator => return Ok(Flow::ReturnGenerator),
                O::YieldValue => {
                    let v = pop!();
                    return Ok(Flow::Yield(v));
                }
                O::BuildTuple => {
                    let items = Self::pop_n(stack, arg as usize);
                    push!(Value::tuple(items));
                }
                O::BuildList => {
                    let items = Self::pop_n(stack, arg as usize);
                    push!(Value::list(items));
                }
                O::BuildSet => {
                    let items = Self::pop_n(stack, arg as usize);
                    let set = crate::set::Set::new(false);
                    for item in items {
                        set.add(self, item)?;
                    }
                    push!(Value::Set(Rc::new(set)));
                }
                O::BuildMap => {
                    let items = Self::pop_n(stack, 2 * arg as usize);
                    let dict = Dict::new();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        dict.set(self, k, v)?;
                    }
                    push!(Value::Dict(Rc::new(dict)));
                }
                O::BuildConstKeyMap => {
                    let keys = pop!();
                    let values = Self::pop_n(stack, arg as usize);
                    let dict = Dict::new();
                    if let Value::Tuple(keys) = keys {
                        for (k, v) in keys.items.iter().zip(values) {
                            dict.set(self, k.clone(), v)?;
                        }
                    }
                    push!(Value::Dict(Rc::new(dict)));
                }
                O::BuildString => {
                    let parts = Self::pop_n(stack, arg as usize);
                    let mut s = String::new();
                    for p in &parts {
                        if let Value::Str(p) = p {
                            s.push_str(&p.s);
                        }
                    }
                    push!(Value::str(s));
                }
                O::BuildSlice => {
                    let step = if arg == 3 { pop!() } else { Value::None };
                    let stop = pop!();
                    let start = pop!();
                    push!(Value::Slice(Rc::new(Slice { start, stop, step })));
                }
                O::ListAppend => {
                    let v = pop!();
                    let len = stack.len();
                    if let Value::List(l) = &stack[len - arg as usize] {
                        l.items.borrow_mut().push(v);
                    }
                }
                O::SetAdd => {
                    let v = pop!();
                    let len = stack.len();
                    if let Value::Set(s) = stack[len - arg as usize].clone() {
                        s.add(self, v)?;
                    }
                }
                O::MapAdd => {
                    let value = pop!();
                    let key = pop!();
                    let len = stack.len();
                    if let Value::Dict(d) = stack[len - arg as usize].clone() {
                        d.set(self, key, value)?;
                    }
                }
                O::ListExtend => {
                    let iterable = pop!();
                    let len = stack.len();
                    let target = stack[len - arg as usize].clone();
                    let items = match self.to_vec(&iterable) {
                        Ok(items) => items,
                        Err(e) => {
                            if self.is_exc_kind(&e, ExcKind::TypeError)
                                && !self.is_iterable(&iterable)
                            {
                                return Err(self.new_error(
                                    ExcKind::TypeError,
                                    format!(
                                        "Value after * must be an iterable, not {}",
                                        self.type_name(&iterable)
                                    ),
                                ));
                            }
                            return Err(e);
                        }
                    };
                    if let Value::List(l) = target {
                        l.items.borrow_mut().extend(items);
                    }
                }
                O::SetUpdate => {
                    let iterable = pop!();
                    let len = stack.len();
                    let target = stack[len - arg as usize].clone();
                    if let Value::Set(s) = target {
                        s.update_from(self, &iterable)?;
                    }
                }
                O::DictUpdate | O::DictMerge => {
                    let other = pop!();
                    let len = stack.len();
                    let target = stack[len - arg as usize].clone();
                    if let Value::Dict(d) = target {
                        let items = match self.mapping_items(&other) {
                            Ok(items) => items,
                            Err(e) => {
                                if instr.op == O::DictMerge {
                                    let func = stack[len - arg as usize - 2].clone();
                                    return Err(self.new_error(
                                        ExcKind::TypeError,
                                        format!(
                                            "{} argument after ** must be a mapping, not {}",
                                            self.func_display_name(&func),
                                            self.type_name(&other)
                                        ),
                                    ));
                                }
                                return Err(e);
                            }
                        };
                        for (k, v) in items {
                            if instr.op == O::DictMerge && d.contains(self, &k)? {
                                let func = stack[len - arg as usize - 2].clone();
                                let key = self.str_of(&k)?;
                                return Err(self.new_error(
                                    ExcKind::TypeError,
                                    format!(
                                        "{} got multiple values for keyword argument '{}'",
                                        self.func_display_name(&func),
                                        key
                                    ),
                                ));
                            }
                            d.set(self, k, v)?;
                        }
                    }
                }
                O::ListToTuple => {
                    let l = pop!();
                    let items = match &l {
                        Value::List(l) => l.items.borrow().clone(),
                        _ => Vec::new(),
                    };
                    push!(Value::tuple(items));
                }
                O::UnpackSequence => {
                    let seq = pop!();
                    // UNPACK_SEQUENCE_TUPLE / _LIST: the items go straight onto the stack.
                    // The STORE_FASTs that take the items (`a, b = t`) then run here, and the
                    // loads after them (each counted, as in `then_loads!`).
                    macro_rules! then_stores {
                        () => {
                            if !TRACE {
                                let start = *pc;
                                let mut at = start;
                                while let Some(next) = instrs.get(at) {
                                    if next.op != O::StoreFast {
                                        break;
                                    }
                                    let v = pop!();
                                    discard(std::mem::replace(
                                        &mut frame.fast[next.arg as usize],
                                        v,
                                    ));
                                    at += 1;
                                }
                                *pc = at;
                                self.steps += (at - start) as u64;
                                then_loads!();
                            }
                        };
                    }
                    match &seq {
                        Value::Tuple(t) if t.items.len() == arg as usize => {
                            stack.extend(t.items.iter().rev().cloned());
                            drop(seq);
                            then_stores!();
                            continue;
                        }
                        Value::List(l) if l.items.borrow().len() == arg as usize => {
                            stack.extend(l.items.borrow().iter().rev().cloned());
                            drop(seq);
                            then_stores!();
                            continue;
                        }
                        _ => {}
                    }
                    let items = self.unpack(&seq, arg as usize)?;
                    stack.extend(items.into_iter().rev());
                }
                O::UnpackEx => {
                    let seq = pop!();
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let items = self.to_vec(&seq)?;
                    if items.len() < before + after {
                        return Err(self.new_error(
                            ExcKind::ValueError,
                            format!(
                                "not enough values to unpack (expected at least {}, got {})",
                                before + after,
                                items.len()
                            ),
                        ));
                    }
                    let mut out = Vec::with_capacity(before + after + 1);
                    out.extend(items[..before].iter().cloned());
                    out.push(Value::list(items[before..items.len() - after].to_vec()));
                    out.extend(items[items.len() - after..].iter().cloned());
                    stack.extend(out.into_iter().rev());
                }
                O::GetIter => {
                    let v = pop!();
                    let it = self.iter(&v)?;
                    push!(it);
                }
                O::GetYieldFromIter => {
                    let v = pop!();
                    let it = match v {
                        Value::Generator(_) => v,
                        _ => self.iter(&v)?,
                    };
                    push!(it);
                }
                O::ForIter => {
                    // The specialised forms: ranges and lists need no call.
                    if let Some(Value::Iter(it)) = stack.last() {
                        let mut state = it.state.borrow_mut();
                        match &mut *state {
                            crate::iter::IterState::Range {
                                next,
                                remaining,
                                step,
                            } => {
                                if *remaining > 0 {
                                    let v = *next;
                                    *remaining -= 1;
                                    *next = next.wrapping_add(*step);
                                    drop(state);
                                    push_or_store!(Value::Int(v));
                                } else {
                                    drop(state);
                                    pop!();
                                    *pc = arg as usize;
                                }
                                continue;
                            }
                            crate::iter::IterState::Seq {
                                seq: Value::List(l),
                                index,
                            } => {
                                let item = l.items.borrow().get(*index).cloned();
                                match item {
                                    Some(v) => {
                                        *index += 1;
                                        drop(state);
                                        push_or_store!(v);
                                    }
                                    None => {
                                        *state = crate::iter::IterState::Done;
                                        drop(state);
                                        pop!();
                                        *pc = arg as usize;
                                    }
                                }
                                continue;
                            }
                            _ => {}
                        }
                    }
                    let it = top!();
                    match self.next(&it)? {
                        Some(v) => push!(v),
                        None => {
                            pop!();
                            *pc = arg as usize;
                        }
                    }
                }
                O::Send => {
                    let v = pop!();
                    let receiver = top!();
                    match self.send(&receiver, v)? {
                        crate::generator::Sent::Yielded(y) => push!(y),
                        crate::generator::Sent::Returned(r) => {
                            pop!();
                            push!(r);
                            *pc = arg as usize;
                        }
                    }
                }
                O::GetLen => {
                    let v = top!();
                    let n = self.len(&v)?;
                    push!(Value::Int(n as i64));
                }
                O::MakeFunction => {
                    let code = pop!();
                    let closure = if arg & 8 != 0 { Some(pop!()) } else { None };
                    let annotations = if arg & 4 != 0 { Some(pop!()) } else { None };
                    let kwdefaults = if arg & 2 != 0 { Some(pop!()) } else { None };
                    let defaults = if arg & 1 != 0 { Some(pop!()) } else { None };
                    let Value::Code(code) = code else {
                        return Err(
                            self.new_error(ExcKind::SystemError, "MAKE_FUNCTION without code")
                        );
                    };
                    let closure = match closure {
                        Some(Value::Tuple(t)) => t
                            .items
                            .iter()
                            .filter_map(|c| match c {
                                Value::Cell(c) => Some(c.clone()),
                                _ => None,
                            })
                            .collect(),
                        _ => Vec::new(),
                    };
                    let defaults = match defaults {
                        Some(Value::Tuple(t)) => t.items.clone(),
                        _ => Vec::new(),
                    };
                    let kwdefaults = match kwdefaults {
                        Some(Value::Dict(d)) => Some(d),
                        _ => None,
                    };
                    let annotations = match annotations {
                        Some(Value::Tuple(t)) => {
                            let d = Dict::new();
                            for pair in t.items.chunks(2) {
                                if let [k, v] = pair {
                                    d.set(self, k.clone(), v.clone())?;
                                }
                            }
                            Value::Dict(Rc::new(d))
                        }
                        _ => Value::None,
                    };
                    // A function's docstring is its first constant when that is a str (CPython
                    // 3.11 marks docstrings no other way).
                    let doc = match code.consts.first() {
                        Some(Value::Str(s))
                            if code.co.flags & python_compiler::flags::OPTIMIZED != 0 =>
                        {
                            Value::Str(s.clone())
                        }
                        _ => Value::None,
                    };
                    let module = frame.globals.get_by_name("__name__").unwrap_or(Value::None);
                    let f = Function {
                        name: std::cell::RefCell::new(code.name.clone()),
                        qualname: std::cell::RefCell::new(code.qualname.clone()),
                        code,
                        globals: frame.globals.clone(),
                        defaults: std::cell::RefCell::new(defaults),
                        kwdefaults: std::cell::RefCell::new(kwdefaults),
                        closure,
                        annotations: std::cell::RefCell::new(annotations),
                        dict: std::cell::RefCell::new(None),
                        doc: std::cell::RefCell::new(doc),
                        module,
                    };
                    push!(Value::Function(Rc::new(f)));
                }
                O::LoadBuildClass => {
                    let v = self
                        .builtins
                        .get_by_name("__build_class__")
                        .unwrap_or(Value::None);
                    push!(v);
                }
                O::LoadAssertionError => {
                    push!(Value::Type(self.types.exc(ExcKind::AssertionError)));
                }
                O::SetupAnnotations => {
                    let ns = frame
                        .locals
                        .clone()
                        .unwrap_or_else(|| frame.globals.clone());
                    if ns.get_by_name("__annotations__").is_none() {
                        ns.set_by_name("__annotations__", Value::Dict(Rc::new(Dict::new())));
                    }
                }
                O::FormatValue => {
                    let spec = if arg & 4 != 0 { Some(pop!()) } else { None };
                    let v = pop!();
                    // `f"{i}"` and `f"{i!s}"` of a small int: its decimal text, as
                    // `format(i, "")` gives it.
                    if let (Value::Int(i), None, 0 | 1) = (&v, &spec, arg & 3) {
                        push!(Value::int_str(*i));
                        continue;
                    }
                    let converted = match arg & 3 {
                        1 => Value::str(self.str_of(&v)?),
                        2 => Value::str(self.repr(&v)?),
                        3 => Value::str(crate::builtins::ascii_of(&self.repr(&v)?)),
                        _ => v,
                    };
                    let spec = match &spec {
                        Some(Value::Str(s)) => s.s.clone(),
                        _ => String::new(),
                    };
                    let r = match (&converted, spec.is_empty()) {
                        (Value::Str(_), true) => converted,
                        _ => Value::str(self.format(&converted, &spec)?),
                    };
                    push!(r);
                }
                O::RaiseVarargs => {
                    return Err(match arg {
                        0 => match &self.handled {
                            Value::Instance(exc) => {
                                let exc = exc.clone();
                                return Err(PyErr::Reraise(exc));
                            }
                            _ => self
                                .new_error(ExcKind::RuntimeError, "No active exception to reraise"),
                        },
                        1 => {
                            let exc = pop!();
                            self.make_raise(exc, None)?
                        }
                        _ => {
                            let cause = pop!();
                            let exc = pop!();
                            self.make_raise(exc, Some(cause))?
                        }
                    });
                }
                O::Reraise => {
                    let exc = pop!();
                    // CPython sets `f_lasti` back to the saved offset (`arg != 0`), but looks
                    // the handler up at the RERAISE itself, and the frame's traceback entry
                    // already exists: nothing to do here.
                    return match exc {
                        Value::Instance(exc) => Err(PyErr::Reraise(exc)),
                        _ => {
                            Err(self.new_error(ExcKind::SystemError, "RERAISE of a non-exception"))
                        }
                    };
                }
                O::PushExcInfo => {
                    let exc = pop!();
                    let prev = std::mem::replace(&mut self.handled, exc.clone());
                    push!(prev);
                    push!(exc);
                }
                O::PopExcept => {
                    let prev = pop!();
                    self.handled = prev;
                }
                O::CheckExcMatch => {
                    let ty = pop!();
                    let exc = top!();
                    let r = self.exception_matches(&exc, &ty)?;
                    push!(Value::bool(r));
                }
                O::BeforeWith => {
                    let mgr = pop!();
                    let exit = self.special_method(&mgr, "__exit__")?;
                    let enter = self.special_method(&mgr, "__enter__")?;
                    let has_enter = enter.is_some();
                    let (Some(exit), Some(enter)) = (exit, enter) else {
                        // CPython looks `__enter__` up first; only a missing `__exit__` is named.
                        let missed = if has_enter {
                            " (missed __exit__ method)"
                        } else {
                            ""
                        };
                        return Err(self.new_error(
                            ExcKind::TypeError,
                            format!(
                                "'{}' object does not support the context manager protocol{missed}",
                                self.type_name(&mgr)
                            ),
                        ));
                    };
                    push!(exit);
                    self.sched.direct_next = true;
                    let r = match self.call(&enter, &[]) {
                        Err(PyErr::Halt(Halt::Block)) => {
                            // `with lock:` on a held lock: wait, then run BEFORE_WITH again.
                            pop!();
                            push!(mgr);
                            *pc -= 1;
                            return Ok(Flow::Switch);
                        }
                        r => r?,
                    };
                    push!(r);
                }
                O::WithExceptStart => {
                    // Stack: exit, lasti, prev_exc, exc.
                    let len = stack.len();
                    let exc = stack[len - 1].clone();
                    let exit = stack[len - 4].clone();
                    let ty = self.type_of(&exc);
                    let tb = crate::exceptions::traceback_value(self, &exc);
                    let r = self.call(&exit, &[Value::Type(ty), exc, tb])?;
                    push!(r);
                }
                O::MatchMapping => {
                    let v = top!();
                    let r = self.is_mapping(&v);
                    push!(Value::bool(r));
                }
                O::MatchSequence => {
                    let v = top!();
                    let r = self.is_sequence(&v);
                    push!(Value::bool(r));
                }
                O::MatchKeys => {
                    let keys = top!();
                    let subject = stack[stack.len() - 2].clone();
                    let r = self.match_keys(&subject, &keys)?;
                    push!(r);
                }
                O::MatchClass => {
                    let names = pop!();
                    let cls = pop!();
                    let subject = pop!();
                    let r = self.match_class(&subject, &cls, arg as usize, &names)?;
                    push!(r);
                }
                O::ImportName => {
                    let name = frame.code.names[arg as usize].clone();
                    let fromlist = pop!();
                    let level = pop!();
                    let _ = level;
                    let mut m = self.import(&name.s)?;
                    if !fromlist.is_none() && name.s.contains('.') {
                        // `from a.b import c` imports from the submodule itself.
                        if let Some(sub) = self.modules.get_by_name(&name.s) {
                            m = sub;
                        }
                    }
                    push!(m);
                }
                O::ImportFrom => {
                    let name = frame.code.names[arg as usize].clone();
                    let module = top!();
                    let v = match self.getattr(&module, &name) {
                        Ok(v) => v,
                        Err(_) => {
                            let mname = match &module {
                                Value::Module(m) => m.name.clone(),
                                _ => "?".into(),
                            };
                            return Err(self.new_error(
                                ExcKind::ImportError,
                                format!(
                                    "cannot import name '{}' from '{}' (unknown location)",
                                    name.s, mname
                                ),
                            ));
                        }
                    };
                    push!(v);
                }
                O::ImportStar => {
                    let module = pop!();
                    if let Value::Module(m) = module {
                        let ns = frame
                            .locals
                            .clone()
                            .unwrap_or_else(|| frame.globals.clone());
                        for (k, v) in m.dict.items() {
                            if let Value::Str(s) = &k {
                                if !s.s.starts_with('_') {
                                    ns.set_str(s.clone(), v);
                                }
                            }
                        }
                    }
                }
                O::CheckEgMatch | O::PrepReraiseStar => {
                    return Err(self.new_error(
                        ExcKind::SystemError,
                        "deepdive does not support exception groups yet (except*)",
                    ))
                }
                other => {
                    return Err(self.new_error(
                        ExcKind::SystemError,
                        format!(
                            "deepdive does not support the {} instruction yet",
                            other.name()
                        ),
                    ))
                }
            }
        }
    }

    /// After a `LOAD_ATTR` the cache missed: remembers where an instance attribute was.
    fn learn_load_attr(frame: &Frame, index: usize, obj: &Value, name: &Rc<PyStr>) {
        let Value::Instance(inst) = obj else {
            return;
        };
        let Some(pos) = inst.dict.as_ref().and_then(|d| d.position_of_str(name)) else {
            return;
        };
        let ty = inst.class.borrow().clone();
        if ty.lookup(name).is_none() {
            let hit = AttrHit::Dict(std::cell::Cell::new(pos));
            frame.code.fill_attr_cache(index, ty, hit);
        }
    }

    /// The type of a value of the common built-in types whose methods `LOAD_METHOD` caches.
    #[inline]
    fn builtin_type_of(&self, v: &Value) -> Option<&Rc<Type>> {
        let t = &self.types;
        Some(match v {
            Value::Str(_) => &t.str,
            Value::List(_) => &t.list,
            Value::Dict(_) => &t.dict,
            Value::Tuple(_) => &t.tuple,
            Value::Set(s) if !s.frozen => &t.set,
            Value::Int(_) => &t.int,
            Value::Float(_) => &t.float,
            Value::Bytes(_) => &t.bytes,
            _ => return None,
        })
    }

    /// After a `STORE_ATTR` the cache missed: remembers that setting the name on instances of
    /// this class is a plain store into their dict (no property or other data descriptor, no
    /// `__setattr__`, no slots, not an exception's own attribute).
    fn learn_store_attr(&mut self, frame: &Frame, index: usize, obj: &Value, name: &Rc<PyStr>) {
        let Value::Instance(inst) = obj else {
            return;
        };
        let Some(pos) = inst.dict.as_ref().and_then(|d| d.position_of_str(name)) else {
            return;
        };
        let ty = inst.class.borrow().clone();
        let plain_class_attr = match ty.lookup(name) {
            None => true,
            Some(attr) => matches!(attr, Value::Function(_)),
        };
        if plain_class_attr
            && ty.slots.is_none()
            && crate::exceptions::data(inst).is_none()
            && !matches!(ty.lookup_name("__setattr__"), Some(Value::Function(_)))
        {
            let hit = AttrHit::Dict(std::cell::Cell::new(pos));
            frame.code.fill_attr_cache(index, ty, hit);
        }
    }

    /// `LOAD_NAME` when its cached position does not hold the name: locals, globals, then
    /// builtins, remembering where the locals hold it.
    #[cold]
    #[inline(never)]
    fn load_name_slow(&mut self, frame: &Frame, arg: u32) -> PyResult<Value> {
        let name = frame.code.names[arg as usize].clone();
        if let Some(l) = &frame.locals {
            if let Some(v) = l.get_str(&name) {
                let pos = l.position_of_str(&name).unwrap_or(u32::MAX);
                frame.code.name_cache[frame.pc - 1].set(pos);
                return Ok(v);
            }
        }
        match frame.globals.get_str(&name) {
            Some(v) => Ok(v),
            None => match self.builtins.get_str(&name) {
                Some(v) => Ok(v),
                None => Err(self.name_error(&name.s)),
            },
        }
    }

    /// `STORE_NAME` when its cached position does not hold the name.
    #[cold]
    #[inline(never)]
    fn store_name_slow(frame: &Frame, arg: u32, v: Value) {
        let name = &frame.code.names[arg as usize];
        let ns = frame.locals.as_ref().unwrap_or(&frame.globals);
        ns.set_str(name.clone(), v);
        frame.code.name_cache[frame.pc - 1].set(ns.position_of_str(name).unwrap_or(u32::MAX));
    }

    /// Appends `t` to `s` in place when nothing but the variable the next instruction stores
    /// to refers to `s` (that variable lets go of it first); gives `s` back otherwise.
    fn concat_in_place(
        &mut self,
        frame: &mut Frame,
        instrs: &[Instr],
        mut s: Rc<PyStr>,
        t: &PyStr,
    ) -> Result<Value, Rc<PyStr>> {
        if Rc::strong_count(&s) > 2 || !crate::heap::fits(t.s.len(), self.heap_cap) {
            return Err(s);
        }
        let Some(next) = instrs.get(frame.pc) else {
            return Err(s);
        };
        let same = |v: &Value| matches!(v, Value::Str(x) if Rc::ptr_eq(x, &s));
        match next.op {
            Opcode::StoreFast => {
                let slot = &mut frame.fast[next.arg as usize];
                if same(slot) {
                    *slot = Value::Null;
                }
            }
            Opcode::StoreName | Opcode::StoreGlobal => {
                let name = frame.code.names[next.arg as usize].clone();
                let ns = match (&frame.locals, next.op) {
                    (Some(l), Opcode::StoreName) => l.clone(),
                    _ => frame.globals.clone(),
                };
                if ns.get_str(&name).is_some_and(|v| same(&v)) {
                    ns.remove_str(&name);
                }
            }
            _ => {}
        }
        match Rc::get_mut(&mut s) {
            Some(inner) => {
                inner.append(t);
                Ok(Value::Str(s))
            }
            None => Err(s),
        }
    }

    fn unbound_deref(&mut self, frame: &Frame, arg: u32) -> PyErr {
        let name = frame.code.localsplus[arg as usize].s.clone();
        let is_free = (arg as usize) >= frame.code.localsplus.len() - frame.code.co.freevars.len();
        if is_free {
            self.new_error(
                ExcKind::NameError,
                format!(
                    "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
                ),
            )
        } else {
            self.new_error(
                ExcKind::UnboundLocalError,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        }
    }

    /// `CALL argc`: the callable and its arguments are on the stack. The `CALL` arm of the
    /// loop tries `builtin_target` and `exact_call` first; this is every other call.
    fn op_call(
        &mut self,
        frame: &mut Frame,
        stack: &mut Vec<Value>,
        argc: usize,
    ) -> PyResult<Flow> {
        let kwnames = frame.kwnames.take();
        let len = stack.len();
        let is_meth = !stack[len - argc - 2].is_null();
        let nargs = argc + is_meth as usize;
        // The `CALL` arm has already taken the builtins of `builtin_target` and the calls
        // `exact_call` makes; what is left starts with the built-in types.
        if let Value::Type(t) = &stack[len - nargs - 1] {
            // `str(x)` of a str or small int in quickened code (3.11's PRECALL_NO_KW_STR_1):
            // the conversion alone, which runs no Python code.
            if nargs == 1
                && kwnames.is_none()
                && matches!(stack[len - 1], Value::Str(_) | Value::Int(_))
                && Rc::ptr_eq(t, &self.types.str)
                && frame.code.warmup.get() >= WARMUP
            {
                let r = self.str_value(&stack[len - 1])?;
                stack.truncate(len + is_meth as usize - nargs - 2);
                stack.push(r);
                return Ok(Flow::Next);
            }
            if t.builtin && t.metaclass.borrow().is_none() && !Rc::ptr_eq(t, &self.types.super_) {
                let callable = &stack[len - nargs - 1];
                let levels = [
                    Self::c_levels(callable, false),
                    Self::c_levels(callable, true),
                ];
                let native = Native::Type(t.clone());
                return self.call_builtin(frame, stack, native, levels, nargs, is_meth, kwnames);
            }
        }
        let mut callable = stack[len - nargs - 1].clone();
        let mut bound_self = None;
        if !is_meth {
            if let Value::Method(m) = &callable {
                bound_self = Some(m.receiver.clone());
                callable = m.func.clone();
            }
        }
        let nkw = match &kwnames {
            Some(Value::Tuple(t)) => t.items.len(),
            _ => 0,
        };
        if let Value::Function(f) = &callable {
            let f = f.clone();
            let mut args = Vec::with_capacity(nargs + 1);
            if let Some(s) = bound_self {
                args.push(s);
            }
            args.extend(stack.drain(len - nargs..));
            stack.truncate(len + is_meth as usize - nargs - 2);
            let names: &[Value] = match &kwnames {
                Some(Value::Tuple(t)) => &t.items,
                _ => &[],
            };
            let new = self.bind_call(&f, args, names)?;
            return Ok(Flow::Call(new));
        }
        // Special builtins that need the calling frame.
        if let Value::Builtin(b) = &callable {
            if Self::reads_frame(b, nargs) {
                let r = self.frame_builtin(b.name, frame)?;
                stack.truncate(len - 2);
                stack.push(r);
                return Ok(Flow::Next);
            }
        }
        // `super()` without arguments: `super` is a type, and needs the calling frame too.
        if let Value::Type(t) = &callable {
            if nargs == 0 && kwnames.is_none() && Rc::ptr_eq(t, &self.types.super_) {
                let r = self.frame_builtin("super", frame)?;
                stack.truncate(len - 2);
                stack.push(r);
                return Ok(Flow::Next);
            }
        }
        // Generators dropped while suspended are closed before the next call, as CPython
        // closes them when their last reference goes.
        if crate::generator::finalization_pending() {
            crate::generator::finalize_pending(self, false);
        }
        let mut args: Vec<Value> = Vec::with_capacity(nargs + 1);
        let unpacked = bound_self.is_some() as usize;
        if let Some(s) = bound_self {
            args.push(s);
        }
        args.extend(stack.drain(len - nargs..));
        let names: Vec<Value> = match &kwnames {
            Some(Value::Tuple(t)) => t.items.clone(),
            _ => Vec::new(),
        };
        debug_assert!(nkw <= args.len());
        // A builtin called right here may block the thread (`join()`, `acquire()`).
        self.sched.direct_next = true;
        let quickened = frame.code.warmup.get() >= WARMUP;
        let levels = Self::c_levels(&callable, quickened);
        let r = self.at_c_levels(levels, |vm| vm.call_with(&callable, &args, &names));
        if let Err(PyErr::Halt(Halt::Block)) = r {
            // The thread waits: put the call back as it was, to run again when it resumes.
            stack.extend(args.into_iter().skip(unpacked));
            frame.kwnames = kwnames;
            frame.pc -= 1;
            return Ok(Flow::Switch);
        }
        // The callable and the NULL below it are popped after the call, as in CPython, so
        // that reference counts seen during the call match.
        drop(args);
        stack.truncate(len + is_meth as usize - nargs - 2);
        stack.push(r?);
        if self.switch_due() {
            return Ok(Flow::Switch);
        }
        Ok(Flow::Next)
    }

    /// True for the calls CPython 3.11 counts against the recursion limit on top of the
    /// frames they run. Before its code is quickened every C function and method counts
    /// (their generic vectorcalls check), and so do the types without a vectorcall of their
    /// own (`_PyObject_MakeTpCall`); once specialized, `len`, `isinstance`, `list.append`,
    /// `str(x)`/`tuple(x)`/`type(x)` and the functions taking keywords (`print`, `sorted`,
    /// `sum`, `round`) no longer check, though `sorted` still does through `list.sort`.
    /// The number of levels the call adds.
    fn c_levels(callable: &Value, quickened: bool) -> u8 {
        match callable {
            Value::Builtin(b) => b.levels[quickened as usize],
            Value::Type(t) => {
                (!t.builtin
                    || (matches!(t.name.as_str(), "str" | "int" | "bool" | "bytes" | "object")
                        && !quickened)) as u8
            }
            _ => 0,
        }
    }

    /// Runs `f` inside `levels` (0, 1 or 2) of CPython's C-level recursion checks.
    fn at_c_levels<T>(
        &mut self,
        levels: u8,
        f: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        const PLACE: &str = " while calling a Python object";
        match levels {
            0 => f(self),
            1 => self.c_level(PLACE, f),
            _ => self.c_level(PLACE, |vm| vm.c_level(PLACE, f)),
        }
    }

    /// True for the builtins that read the calling frame when called without arguments
    /// (`super()`, `locals()`...): `frame_builtin` runs them.
    fn reads_frame(b: &Builtin, nargs: usize) -> bool {
        nargs == 0
            && b.owner.is_none()
            && matches!(b.name, "super" | "locals" | "globals" | "vars" | "dir")
    }

    /// The function written in Rust a `CALL` with `nargs` arguments calls, when it needs
    /// nothing but its arguments (not `super()`, `locals()`... which read the calling frame).
    #[inline(always)]
    fn builtin_target(stack: &[Value], nargs: usize) -> Option<(Native, [u8; 2])> {
        let Value::Builtin(b) = &stack[stack.len() - nargs - 1] else {
            return None;
        };
        if !b.data.is_none() || Self::reads_frame(b, nargs) {
            return None;
        }
        Some((Native::Function(b.func), b.levels))
    }

    /// `CALL` of a function written in Rust (or a method of a built-in type): its arguments
    /// are read where they are, on the stack, which holds them (and the callable) until the
    /// call returns, as CPython's stack does.
    #[allow(clippy::too_many_arguments)]
    fn call_builtin(
        &mut self,
        frame: &mut Frame,
        stack: &mut Vec<Value>,
        native: Native,
        levels: [u8; 2],
        nargs: usize,
        is_meth: bool,
        kwnames: Option<Value>,
    ) -> PyResult<Flow> {
        // Generators dropped while suspended are closed before the next call, as CPython
        // closes them when their last reference goes.
        if crate::generator::finalization_pending() {
            crate::generator::finalize_pending(self, false);
        }
        let len = stack.len();
        let names: &[Value] = match &kwnames {
            Some(Value::Tuple(t)) => &t.items,
            _ => &[],
        };
        let args = Args {
            args: &stack[len - nargs..],
            kwnames: names,
        };
        match &native {
            // A builtin called right here may block the thread (`join()`, `acquire()`).
            Native::Function(_) => {
                self.sched.direct_next = false;
                self.sched.direct = true;
            }
            Native::Type(_) => self.sched.direct_next = true,
        }
        let func = |vm: &mut Vm, args: Args| match &native {
            Native::Function(f) => f(vm, args),
            Native::Type(t) => crate::methods::construct(vm, t, args),
        };
        let quickened = frame.code.warmup.get() >= WARMUP;
        let r = self.at_c_levels(levels[quickened as usize], |vm| func(vm, args));
        if let Err(PyErr::Halt(Halt::Block)) = r {
            // The thread waits: the call stays as it was, to run again when it resumes.
            frame.kwnames = kwnames;
            frame.pc -= 1;
            return Ok(Flow::Switch);
        }
        stack.truncate(len + is_meth as usize - nargs - 2);
        stack.push(r?);
        if self.switch_due() {
            return Ok(Flow::Switch);
        }
        Ok(Flow::Next)
    }

    /// Calls `func` with `args` from a `CALL_FUNCTION_EX`: Python functions get a frame of
    /// their own in this loop.
    fn call_flow(
        &mut self,
        stack: &mut Vec<Value>,
        func: Value,
        args: Vec<Value>,
        kwnames: Vec<Value>,
    ) -> PyResult<Flow> {
        let (func, args) = match &func {
            Value::Method(m) => {
                let mut a = vec![m.receiver.clone()];
                a.extend(args);
                (m.func.clone(), a)
            }
            _ => (func, args),
        };
        if let Value::Function(f) = &func {
            let new = self.bind_call(f, args, &kwnames)?;
            return Ok(Flow::Call(new));
        }
        let r = self.call_with(&func, &args, &kwnames)?;
        stack.push(r);
        Ok(Flow::Next)
    }

    /// Calls any callable with positional arguments.
    pub fn call(&mut self, func: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_with(func, args, &[])
    }

    /// Calls any callable; the last `kwnames.len()` of `args` are keyword arguments.
    pub fn call_with(
        &mut self,
        func: &Value,
        args: &[Value],
        kwnames: &[Value],
    ) -> PyResult<Value> {
        match func {
            Value::Builtin(b) => {
                let f = b.func;
                self.sched.direct = std::mem::take(&mut self.sched.direct_next);
                if !b.data.is_none() {
                    // A function made with data: the data comes first.
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(b.data.clone());
                    all.extend_from_slice(args);
                    return f(
                        self,
                        Args {
                            args: &all,
                            kwnames,
                        },
                    );
                }
                f(self, Args { args, kwnames })
            }
            Value::Function(f) => {
                let frame = self.bind_call(f, args.to_vec(), kwnames)?;
                self.run_nested(frame)
            }
            Value::Method(m) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(m.receiver.clone());
                all.extend_from_slice(args);
                self.call_with(&m.func.clone(), &all, kwnames)
            }
            Value::Type(t) => self.call_type(t, Args { args, kwnames }),
            _ => self.call_object(func, Args { args, kwnames }),
        }
    }

    /// Runs a frame in a nested loop (Rust code calling Python), growing the Rust stack when
    /// it runs low.
    pub fn run_nested(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        if self.depth >= self.recursion_limit {
            self.recycle(frame);
            return Err(self.new_error(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        let base = self.frames.len();
        self.sched.nested += 1;
        let r = stacker::maybe_grow(1024 * 1024, 16 * 1024 * 1024, || self.eval(frame, base));
        self.sched.nested -= 1;
        r
    }

    /// Runs a suspended generator frame in a nested loop, raising `err` in it first.
    pub fn run_nested_throw(&mut self, frame: Box<Frame>, err: PyErr) -> PyResult<Value> {
        self.depth += 1;
        let base = self.frames.len();
        self.sched.nested += 1;
        let r = stacker::maybe_grow(1024 * 1024, 16 * 1024 * 1024, || {
            self.eval_from(frame, base, Some(err))
        });
        self.sched.nested -= 1;
        r
    }

    /// Binds arguments to a Python function's parameters and makes its frame, with
    /// CPython's messages for calls that do not fit the signature.
    pub fn bind_call(
        &mut self,
        f: &Rc<Function>,
        mut args: Vec<Value>,
        kwnames: &[Value],
    ) -> PyResult<Box<Frame>> {
        let code = f.code.clone();
        let co = &code.co;
        let argcount = co.argcount as usize;
        let nkw = kwnames.len();
        let npos = args.len() - nkw;
        let simple = nkw == 0
            && npos == argcount
            && co.kwonlyargcount == 0
            && co.flags & (python_compiler::flags::VARARGS | python_compiler::flags::VARKEYWORDS)
                == 0;
        let mut frame = self.new_frame(code.clone(), f.globals.clone(), None, Some(f.clone()));
        if simple {
            for (slot, v) in frame.fast.iter_mut().zip(args.drain(..)) {
                *slot = v;
            }
            return Ok(frame);
        }
        match crate::call::bind_args(self, f, &mut frame.fast, args, kwnames) {
            Ok(()) => Ok(frame),
            Err(e) => {
                self.recycle(frame);
                Err(e)
            }
        }
    }
}
