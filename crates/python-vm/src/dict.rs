//! The dict: a hash table that keeps insertion order, as CPython's does.
//!
//! Entries live in a vector in insertion order (a deleted entry leaves a hole until the next
//! compaction); a `hashbrown` table maps hashes to entry positions. Keys of the built-in
//! value types are compared without running any Python code; other keys (instances with
//! `__eq__`) are compared through the VM with the table *not* borrowed, so user code that
//! touches the dict during a comparison cannot trip a `RefCell` borrow.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use hashbrown::HashTable;

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

/// The table behind a dict.
pub struct DictTable {
    /// Hash to entry position; built only once the dict has more than [`SMALL`] entries
    /// (small dicts, like most instance dicts, are searched linearly, without it).
    index: HashTable<u32>,
    indexed: bool,
    entries: Vec<Option<Entry>>,
    len: usize,
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
            index: HashTable::new(),
            indexed: false,
            entries: Vec::new(),
            len: 0,
            keys_version: next_keys_version(),
        }
    }
}

/// How many entries a dict holds before it builds its hash index.
const SMALL: usize = 8;

/// The bytes one entry slot takes, for the heap cap.
const ENTRY_BYTES: usize = std::mem::size_of::<Option<Entry>>() + 8;

impl Clone for DictTable {
    fn clone(&self) -> DictTable {
        let t = DictTable {
            index: self.index.clone(),
            indexed: self.indexed,
            entries: self.entries.clone(),
            len: self.len,
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
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == *y as i64,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => crate::num::int_float_eq(*x, *y),
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (Long(x), Long(y)) => x == y,
        (Long(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), Long(_)) => false,
        (Long(x), Float(y)) | (Float(y), Long(x)) => crate::num::bigint_float_eq(x, *y),
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

impl Drop for Dict {
    fn drop(&mut self) {
        let table = std::mem::take(self.table.get_mut());
        if !table.is_empty() {
            crate::trashcan::dispose(table);
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

    fn find_fast(&self, hash: i64, key: &Value) -> (Option<usize>, Vec<usize>) {
        let mut unsure = Vec::new();
        let entries = &self.entries;
        if !self.indexed {
            for (i, e) in entries.iter().enumerate() {
                let Some(e) = e else { continue };
                if e.hash != hash {
                    continue;
                }
                match fast_eq(&e.key, key) {
                    Some(true) => return (Some(i), unsure),
                    Some(false) => {}
                    None => unsure.push(i),
                }
            }
            return (None, unsure);
        }
        let found = self.index.find(hash as u64, |&i| {
            let Some(e) = &entries[i as usize] else {
                return false;
            };
            if e.hash != hash {
                return false;
            }
            // The common case first, without the general comparison: a small int found by an
            // equal small int.
            if let (Value::Int(x), Value::Int(y)) = (&e.key, key) {
                return x == y;
            }
            match fast_eq(&e.key, key) {
                Some(eq) => eq,
                None => {
                    unsure.push(i as usize);
                    false
                }
            }
        });
        (found.map(|&i| i as usize), unsure)
    }

    /// The position of a string key.
    fn find_str(&self, hash: i64, key: &str) -> Option<usize> {
        let entries = &self.entries;
        if !self.indexed {
            return entries.iter().position(|e| {
                matches!(e, Some(Entry { hash: h, key: Value::Str(s), .. })
                    if *h == hash && (std::ptr::eq(s.s.as_str(), key) || s.s == key))
            });
        }
        self.index
            .find(hash as u64, |&i| match &entries[i as usize] {
                Some(Entry {
                    hash: h,
                    key: Value::Str(s),
                    ..
                }) => *h == hash && (std::ptr::eq(s.s.as_str(), key) || s.s == key),
                _ => false,
            })
            .map(|&i| i as usize)
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
        if self.indexed {
            let entries = &self.entries;
            self.index.insert_unique(hash as u64, pos, |&i| {
                entries[i as usize].as_ref().map_or(0, |e| e.hash as u64)
            });
        } else if self.entries.len() > SMALL {
            self.build_index();
        }
    }

    /// Builds the hash index over the entries.
    fn build_index(&mut self) {
        self.index.clear();
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            if let Some(e) = e {
                self.index.insert_unique(e.hash as u64, i as u32, |&j| {
                    entries[j as usize].as_ref().map_or(0, |e| e.hash as u64)
                });
            }
        }
        self.indexed = true;
    }

    fn remove_at(&mut self, pos: usize) -> Option<Entry> {
        let entry = self.entries[pos].take()?;
        self.keys_version = next_keys_version();
        if self.indexed {
            if let Ok(slot) = self
                .index
                .find_entry(entry.hash as u64, |&i| i as usize == pos)
            {
                slot.remove();
            }
        }
        self.len -= 1;
        if self.len == 0 {
            self.entries.clear();
            self.index.clear();
            self.indexed = false;
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
        self.index.clear();
        self.indexed = false;
        self.len = 0;
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
    #[inline]
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
        let (found, unsure) = self.table.borrow().find_fast(hash, key);
        if found.is_some() || unsure.is_empty() {
            return Ok(found);
        }
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
        let hash = vm.hash(key)?;
        let pos = self.position(vm, hash, key)?;
        Ok(pos.and_then(|p| {
            self.table.borrow().entries[p]
                .as_ref()
                .map(|e| e.value.clone())
        }))
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
        if let Value::Str(s) = &key {
            let s = s.clone();
            self.set_str(s, value);
            return Ok(());
        }
        let hash = vm.hash(&key)?;
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
        let hash = vm.hash(key)?;
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
        let hash = vm.hash(key)?;
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
