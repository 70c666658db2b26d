//! The dict: a hash table that keeps insertion order, as CPython's does.
//!
//! Entries live in a vector in insertion order (a deleted entry leaves a hole until the next
//! compaction); an index of CPython's kind (`Objects/dictobject.c`: open addressing, probed
//! with the perturbed sequence) maps hashes to entry positions. Keys of the built-in
//! value types are compared without running any Python code; other keys (instances with
//! `__eq__`) are compared through the VM with the table *not* borrowed, so user code that
//! touches the dict during a comparison cannot trip a `RefCell` borrow.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::interp::Vm;
use crate::value::{PyStr, Value};
use crate::PyResult;

/// One key/value pair with the key's hash.
#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// A key's bit in `DictTable::hash_bits`.
#[inline(always)]
fn hash_bit(hash: i64) -> u64 {
    1 << (hash as u64 & 63)
}

/// What a search that runs no Python code found.
enum Fast {
    Found(usize),
    Missing,
    /// Not found among the keys that compare without Python code; some others need `__eq__`.
    Unsure,
}

/// The table behind a dict.
pub struct DictTable {
    /// Hash to entry position; built only once the dict has more than [`SMALL`] entries
    /// (small dicts, like most instance dicts, are searched linearly, without it).
    index: Index,
    indexed: bool,
    entries: Vec<Option<Entry>>,
    len: usize,
    /// One bit per key, at its hash modulo 64 (set when the key goes in, cleared only when
    /// the table is rebuilt): a string whose bit is clear is not a key, which tells a method
    /// lookup that an instance's dict does not shadow the class's method without a search.
    hash_bits: u64,
    /// Changes whenever a key is added or removed or entries move (never when a value is
    /// replaced), to a number no table has had before: while it is the same, every key is
    /// still at the position it was found at (CPython's `dk_version`, which `LOAD_GLOBAL`'s
    /// cache checks).
    keys_version: u64,
}

thread_local! {
    /// The last keys version given out (see `DictTable::keys_version`).
    static KEYS_VERSIONS: Cell<u64> = const { Cell::new(0) };
}

/// A keys version no table has had before.
fn next_keys_version() -> u64 {
    KEYS_VERSIONS.with(|v| {
        let next = v.get() + 1;
        v.set(next);
        next
    })
}

impl Default for DictTable {
    fn default() -> DictTable {
        DictTable {
            index: Index::default(),
            indexed: false,
            entries: Vec::new(),
            len: 0,
            hash_bits: 0,
            keys_version: next_keys_version(),
        }
    }
}

/// How many entries a dict holds before it builds its hash index.
const SMALL: usize = 8;

/// The bytes one entry slot takes, for the heap cap: the entry and its share of the index
/// (at most six 4-byte slots per item).
const ENTRY_BYTES: usize = std::mem::size_of::<Option<Entry>>() + 24;

impl Clone for DictTable {
    fn clone(&self) -> DictTable {
        let t = DictTable {
            index: self.index.clone(),
            indexed: self.indexed,
            entries: self.entries.clone(),
            len: self.len,
            hash_bits: self.hash_bits,
            keys_version: next_keys_version(),
        };
        crate::heap::track_alloc(t.entries.capacity() * ENTRY_BYTES);
        t
    }
}

impl Drop for DictTable {
    fn drop(&mut self) {
        crate::heap::track_free(self.entries.capacity() * ENTRY_BYTES);
    }
}

/// A dict object.
#[derive(Default)]
pub struct Dict {
    pub table: RefCell<DictTable>,
    /// Bumped on every write, so that caches of lookups (`LOAD_GLOBAL`'s) can tell they are
    /// still valid.
    pub version: Cell<u64>,
    /// True for the dict of a class: a write to it also advances the class epoch
    /// (`types::class_epoch`), which tells every class that its memoised MRO version may be
    /// stale.
    pub watched: Cell<bool>,
}

/// Compares two keys without running Python code: `Some(answer)`, or `None` when only the VM
/// can tell (an instance whose class may define `__eq__`).
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    if a.is(b) {
        return Some(true);
    }
    Some(match (a, b) {
        (Str(x), Str(y)) => x.s == y.s,
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x.get() == y.get(),
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == y.get() as i64,
        (Float(x), Float(y)) => x.get() == y.get(),
        (Int(x), Float(y)) | (Float(y), Int(x)) => crate::num::int_float_eq(*x, y.get()),
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (x.get() as i64 as f64) == y.get(),
        (Long(x), Long(y)) => x == y,
        (Long(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), Long(_)) => false,
        (Long(x), Float(y)) | (Float(y), Long(x)) => crate::num::bigint_float_eq(x, y.get()),
        (Bytes(x), Bytes(y)) => x.b == y.b,
        (Tuple(x), Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(&y.items) {
                if !fast_eq(p, q)? {
                    return Some(false);
                }
            }
            true
        }
        (Instance(_) | Other(_), _) | (_, Instance(_) | Other(_)) => return Option::None,
        (Set(_), Set(_)) => return Option::None,
        _ => {
            // Lists, dicts and ranges of the same kind compare by content.
            if std::mem::discriminant(a) == std::mem::discriminant(b)
                && matches!(a, List(_) | Dict(_) | Range(_))
            {
                return Option::None;
            }
            false
        }
    })
}

/// A key's hash: a small int's inline, the rest through the VM (which raises for unhashable
/// keys and runs `__hash__`).
#[inline]
fn key_hash(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    match key {
        Value::Int(i) => Ok(crate::hash::int_hash(*i)),
        _ => vm.hash(key),
    }
}

impl Drop for Dict {
    fn drop(&mut self) {
        let table = std::mem::take(self.table.get_mut());
        if !table.is_empty() {
            crate::trashcan::dispose(table);
        }
    }
}

/// The hash index of a dict: a power-of-two table of entry positions (`dk_indices` in
/// CPython), searched with CPython's probe sequence: the first slot is `hash & mask`, each
/// next one `(i * 5 + perturb + 1) & mask`, with `perturb` starting as the hash and shifted
/// right by 5 at every step, so that all the hash's bits take part.
#[derive(Clone, Default)]
struct Index {
    /// An entry position, [`EMPTY`] or [`DUMMY`] (a removed entry, which a search goes past).
    slots: Vec<i32>,
    /// Slots that are not empty (positions and dummies): the table stays under 2/3 full.
    fill: usize,
}

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

/// A walk along the probe sequence of one hash (see [`Index`]): lookups, insertions and
/// removals all take the same one.
struct Probe {
    /// The slot the walk is at.
    slot: usize,
    perturb: u64,
    mask: usize,
}

impl Probe {
    #[inline(always)]
    fn new(hash: i64, mask: usize) -> Probe {
        Probe {
            slot: hash as usize & mask,
            perturb: hash as u64,
            mask,
        }
    }

    /// Moves to the next slot: `(i * 5 + perturb + 1) & mask`, after shifting `perturb`.
    #[inline(always)]
    fn advance(&mut self) {
        self.perturb >>= 5;
        self.slot = (self
            .slot
            .wrapping_mul(5)
            .wrapping_add(self.perturb as usize)
            .wrapping_add(1))
            & self.mask;
    }
}

impl Index {
    /// An index with room for `n` positions before it must grow.
    fn with_room_for(n: usize) -> Index {
        // CPython's growth rate: three slots per item, rounded up to a power of two.
        let size = (n * 3).next_power_of_two().max(16);
        Index {
            slots: vec![EMPTY; size],
            fill: 0,
        }
    }

    /// The position of the first entry for which `found` says yes, among those whose slots
    /// the probe sequence of `hash` passes before it reaches an empty slot.
    #[inline]
    fn find(&self, hash: i64, mut found: impl FnMut(usize) -> bool) -> Option<usize> {
        let mask = self.slots.len().wrapping_sub(1);
        if self.slots.is_empty() {
            return None;
        }
        let mut probe = Probe::new(hash, mask);
        loop {
            let ix = self.slots[probe.slot];
            if ix == EMPTY {
                return None;
            }
            if ix >= 0 && found(ix as usize) {
                return Some(ix as usize);
            }
            probe.advance();
        }
    }

    /// Records entry position `pos` for `hash` in the first empty slot of its probe
    /// sequence. False when the table is too full: the caller rebuilds it bigger.
    fn insert(&mut self, hash: i64, pos: u32) -> bool {
        if (self.fill + 1) * 3 > self.slots.len() * 2 {
            return false;
        }
        let mask = self.slots.len() - 1;
        let mut probe = Probe::new(hash, mask);
        while self.slots[probe.slot] != EMPTY {
            probe.advance();
        }
        self.slots[probe.slot] = pos as i32;
        self.fill += 1;
        true
    }

    /// Turns the slot holding entry position `pos` (found by `hash`) into a dummy.
    fn remove(&mut self, hash: i64, pos: u32) {
        let pos = pos as i32;
        let mask = self.slots.len() - 1;
        let mut probe = Probe::new(hash, mask);
        loop {
            match self.slots[probe.slot] {
                EMPTY => return,
                ix if ix == pos => {
                    self.slots[probe.slot] = DUMMY;
                    return;
                }
                _ => {}
            }
            probe.advance();
        }
    }
}

impl DictTable {
    /// The number of items.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when there are no items.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The position of the first entry with hash `hash` that `matches`, in probe order
    /// (insertion order while the dict is small and has no index).
    #[inline]
    fn find_entry(
        &self,
        hash: i64,
        mut matches: impl FnMut(usize, &Entry) -> bool,
    ) -> Option<usize> {
        let entries = &self.entries;
        let mut test = |i: usize| match &entries[i] {
            Some(e) => e.hash == hash && matches(i, e),
            None => false,
        };
        if self.indexed {
            self.index.find(hash, test)
        } else {
            (0..entries.len()).find(|&i| test(i))
        }
    }

    /// Looks `key` up without running Python code.
    #[inline]
    fn find_fast(&self, hash: i64, key: &Value) -> Fast {
        let mut unsure = false;
        let found = self.find_entry(hash, |_, e| match (&e.key, key) {
            // The common case first, without the general comparison: a small int found by
            // an equal small int.
            (Value::Int(x), Value::Int(y)) => x == y,
            _ => match fast_eq(&e.key, key) {
                Some(eq) => eq,
                None => {
                    unsure = true;
                    false
                }
            },
        });
        match found {
            Some(p) => Fast::Found(p),
            None if unsure => Fast::Unsure,
            None => Fast::Missing,
        }
    }

    /// The positions of the entries whose keys only `__eq__` can compare with `key`.
    fn unsure_positions(&self, hash: i64, key: &Value) -> Vec<usize> {
        let mut unsure = Vec::new();
        self.find_entry(hash, |i, e| {
            if fast_eq(&e.key, key).is_none() {
                unsure.push(i);
            }
            false
        });
        unsure
    }

    /// The position of a string key.
    #[inline]
    fn find_str(&self, hash: i64, key: &str) -> Option<usize> {
        if self.hash_bits & hash_bit(hash) == 0 {
            return None;
        }
        self.find_entry(
            hash,
            |_, e| matches!(&e.key, Value::Str(s) if std::ptr::eq(s.s.as_str(), key) || s.s == key),
        )
    }

    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        self.keys_version = next_keys_version();
        let pos = self.entries.len() as u32;
        let before = self.entries.capacity();
        self.entries.push(Some(Entry { hash, key, value }));
        let after = self.entries.capacity();
        if after != before {
            crate::heap::track_alloc((after - before) * ENTRY_BYTES);
        }
        self.len += 1;
        self.hash_bits |= hash_bit(hash);
        if self.indexed {
            if !self.index.insert(hash, pos) {
                self.build_index();
            }
        } else if self.entries.len() > SMALL {
            self.build_index();
        }
    }

    /// Builds the hash index over the entries.
    fn build_index(&mut self) {
        self.index = Index::with_room_for(self.len);
        for (i, e) in self.entries.iter().enumerate() {
            if let Some(e) = e {
                self.index.insert(e.hash, i as u32);
            }
        }
        self.indexed = true;
    }

    fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        let entry = self.entries[pos].take()?;
        self.keys_version = next_keys_version();
        if self.indexed {
            self.index.remove(entry.hash, pos as u32);
        }
        self.len -= 1;
        if self.len == 0 {
            self.entries.clear();
            self.index = Index::default();
            self.indexed = false;
            self.hash_bits = 0;
        } else if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        Some(entry)
    }

    fn compact(&mut self) {
        crate::heap::track_free(self.entries.capacity() * ENTRY_BYTES);
        let entries: Vec<Entry> = std::mem::take(&mut self.entries)
            .into_iter()
            .flatten()
            .collect();
        self.index = Index::default();
        self.indexed = false;
        self.len = 0;
        self.hash_bits = 0;
        for e in entries {
            self.insert_new(e.hash, e.key, e.value);
        }
    }

    /// The keys version (see the field).
    #[inline]
    pub fn keys_version(&self) -> u64 {
        self.keys_version
    }

    /// The value at entry position `pos`, if an entry is there.
    #[inline(always)]
    pub fn value_at(&self, pos: u32) -> Option<Value> {
        match self.entries.get(pos as usize) {
            Some(Some(e)) => Some(e.value.clone()),
            _ => None,
        }
    }

    /// The entry position of a string key.
    pub fn position_of(&self, key: &PyStr) -> Option<u32> {
        self.find_str(key.hash(), &key.s).map(|p| p as u32)
    }

    /// The items in order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The entry at position `pos` of the entry vector (holes included), for iterators that
    /// walk the table by position.
    pub fn entry_at(&self, pos: usize) -> Option<Option<&Entry>> {
        self.entries.get(pos).map(|e| e.as_ref())
    }

    /// The last item, removed (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let pos = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(pos)
    }

    /// Moves the entry at `pos` to the end (`OrderedDict.move_to_end`).
    pub fn move_to_end(&mut self, pos: usize) {
        if let Some(e) = self.remove_at(pos) {
            self.insert_new(e.hash, e.key, e.value);
        }
    }

    /// Removes every item.
    pub fn clear(&mut self) {
        *self = DictTable::default();
    }
}

impl Dict {
    /// A new empty dict.
    pub fn new() -> Dict {
        Dict::default()
    }

    /// A dict holding a copy of `table`.
    pub fn from_table(table: DictTable) -> Dict {
        Dict {
            table: RefCell::new(table),
            version: Cell::new(0),
            watched: Cell::new(false),
        }
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.table.borrow().len
    }

    /// True when the dict is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Records a write: a new version, and a new class epoch for the dict of a class.
    pub fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
        if self.watched.get() {
            crate::types::advance_class_epoch();
        }
    }

    /// Finds the position of `key` (hashed to `hash`), running `__eq__` through the VM when needed.
    fn position(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        match self.table.borrow().find_fast(hash, key) {
            Fast::Found(p) => return Ok(Some(p)),
            Fast::Missing => return Ok(None),
            Fast::Unsure => {}
        }
        let unsure = self.table.borrow().unsure_positions(hash, key);
        for pos in unsure {
            let candidate = match self.table.borrow().entries.get(pos) {
                Some(Some(e)) => e.key.clone(),
                _ => continue,
            };
            if vm.eq(&candidate, key)? {
                // The comparison may have changed the dict: make sure the entry is still there.
                let table = self.table.borrow();
                if let Some(Some(e)) = table.entries.get(pos) {
                    if e.key.is(&candidate) {
                        return Ok(Some(pos));
                    }
                }
                drop(table);
                return self.position(vm, hash, key);
            }
        }
        Ok(None)
    }

    /// `d.get(key)`: the value, or `None` when missing. Raises for unhashable keys.
    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        if let Value::Str(s) = key {
            return Ok(self.get_str(s));
        }
        let hash = key_hash(vm, key)?;
        let pos = self.position(vm, hash, key)?;
        Ok(pos.and_then(|p| {
            self.table.borrow().entries[p]
                .as_ref()
                .map(|e| e.value.clone())
        }))
    }

    /// The position of `key` when a str or small int, found without the VM: `None` when
    /// only the VM can answer (other kinds of keys, or a candidate whose `__eq__` must run).
    #[inline]
    fn position_fast(table: &DictTable, key: &Value) -> Option<Option<usize>> {
        match key {
            Value::Str(s) => Some(table.find_str(s.hash(), &s.s)),
            Value::Int(i) => match table.find_fast(crate::hash::int_hash(*i), key) {
                Fast::Found(p) => Some(Some(p)),
                Fast::Missing => Some(None),
                Fast::Unsure => None,
            },
            _ => None,
        }
    }

    /// `d[key]` for a str or small-int key, without the VM (`BINARY_SUBSCR_DICT`):
    /// `Some(None)` when the key is missing, `None` when only the VM can tell.
    #[inline]
    pub fn lookup_fast(&self, key: &Value) -> Option<Option<Value>> {
        let table = self.table.borrow();
        let pos = Self::position_fast(&table, key)?;
        Some(pos.and_then(|p| table.entries[p].as_ref().map(|e| e.value.clone())))
    }

    /// `key in d` for a str or small-int key, without the VM; `None` when only the VM can
    /// tell.
    #[inline]
    pub fn contains_fast(&self, key: &Value) -> Option<bool> {
        Some(Self::position_fast(&self.table.borrow(), key)?.is_some())
    }

    /// Looks up a string key (no Python code can run).
    pub fn get_str(&self, key: &PyStr) -> Option<Value> {
        let table = self.table.borrow();
        let pos = table.find_str(key.hash(), &key.s)?;
        table.entries[pos].as_ref().map(|e| e.value.clone())
    }

    /// The value at entry `pos` when its key is the string object `key` itself (a cached
    /// position, checked); `None` otherwise.
    #[inline]
    pub fn get_at(&self, pos: u32, key: &Rc<PyStr>) -> Option<Value> {
        let table = self.table.borrow();
        match table.entries.get(pos as usize) {
            Some(Some(Entry {
                key: Value::Str(k),
                value,
                ..
            })) if Rc::ptr_eq(k, key) => Some(value.clone()),
            _ => None,
        }
    }

    /// Replaces the value at entry `pos` when its key is the string object `key` itself;
    /// gives the value back otherwise.
    #[inline]
    pub fn set_at(&self, pos: u32, key: &Rc<PyStr>, value: Value) -> Result<(), Value> {
        let mut table = self.table.borrow_mut();
        match table.entries.get_mut(pos as usize) {
            Some(Some(Entry {
                key: Value::Str(k),
                value: slot,
                ..
            })) if Rc::ptr_eq(k, key) => {
                let old = std::mem::replace(slot, value);
                drop(table);
                self.bump();
                drop(old);
                Ok(())
            }
            _ => Err(value),
        }
    }

    /// The entry position of a string key, for [`Dict::get_at`] and [`Dict::set_at`].
    pub fn position_of_str(&self, key: &PyStr) -> Option<u32> {
        self.table
            .borrow()
            .find_str(key.hash(), &key.s)
            .map(|p| p as u32)
    }

    /// Looks up a key given as Rust text.
    pub fn get_by_name(&self, key: &str) -> Option<Value> {
        let table = self.table.borrow();
        let pos = table.find_str(crate::hash::str_hash(key), key)?;
        table.entries[pos].as_ref().map(|e| e.value.clone())
    }

    /// `d[key] = value`.
    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let key = match key {
            Value::Str(s) => {
                self.set_str(s, value);
                return Ok(());
            }
            key => key,
        };
        let hash = key_hash(vm, &key)?;
        let pos = self.position(vm, hash, &key)?;
        let mut table = self.table.borrow_mut();
        match pos {
            Some(p) => {
                if let Some(e) = table.entries[p].as_mut() {
                    // CPython keeps the old key object and replaces the value.
                    let old = std::mem::replace(&mut e.value, value);
                    drop(table);
                    self.bump();
                    drop(old);
                }
            }
            None => {
                table.insert_new(hash, key, value);
                drop(table);
                self.bump();
            }
        }
        Ok(())
    }

    /// Sets a string key (no Python code can run).
    pub fn set_str(&self, key: Rc<PyStr>, value: Value) {
        self.set_str_at(key, value);
    }

    /// [`Dict::set_str`], giving the entry position the key now has (for the attribute
    /// caches' position hints).
    pub fn set_str_at(&self, key: Rc<PyStr>, value: Value) -> u32 {
        let hash = key.hash();
        let mut table = self.table.borrow_mut();
        match table.find_str(hash, &key.s) {
            Some(p) => {
                if let Some(e) = table.entries[p].as_mut() {
                    let old = std::mem::replace(&mut e.value, value);
                    drop(table);
                    self.bump();
                    drop(old);
                }
                p as u32
            }
            None => {
                let p = table.entries.len() as u32;
                table.insert_new(hash, Value::Str(key), value);
                drop(table);
                self.bump();
                p
            }
        }
    }

    /// Sets a key given as Rust text.
    pub fn set_by_name(&self, key: &str, value: Value) {
        self.set_str(Rc::new(PyStr::new(key.to_string())), value);
    }

    /// Removes `key`, returning its value, or `None` when it was missing.
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = key_hash(vm, key)?;
        let pos = self.position(vm, hash, key)?;
        let Some(p) = pos else {
            return Ok(None);
        };
        let removed = self.table.borrow_mut().remove_at(p);
        self.bump();
        Ok(removed.map(|e| e.value))
    }

    /// Removes a string key.
    pub fn remove_str(&self, key: &PyStr) -> Option<Value> {
        let mut table = self.table.borrow_mut();
        let p = table.find_str(key.hash(), &key.s)?;
        let removed = table.remove_at(p);
        drop(table);
        self.bump();
        removed.map(|e| e.value)
    }

    /// True when `key` is present.
    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        // A string key compares without Python code (as `get` does).
        if let Value::Str(s) = key {
            return Ok(self.table.borrow().find_str(s.hash(), &s.s).is_some());
        }
        let hash = key_hash(vm, key)?;
        Ok(self.position(vm, hash, key)?.is_some())
    }

    /// The keys, in order.
    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|e| e.key.clone()).collect()
    }

    /// The values, in order.
    pub fn values(&self) -> Vec<Value> {
        self.table
            .borrow()
            .iter()
            .map(|e| e.value.clone())
            .collect()
    }

    /// The items, in order.
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// Removes every item.
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        drop(old);
        self.bump();
    }

    /// A shallow copy.
    pub fn copy(&self) -> Dict {
        Dict::from_table(self.table.borrow().clone())
    }
}
