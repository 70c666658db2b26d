//! set and frozenset: CPython's open-addressing table (`Objects/setobject.c`), reproduced
//! probe for probe so that a set iterates in the same order as in CPython.
//!
//! The table starts with 8 slots; a key's first slot is `hash & mask`, then up to 9 slots
//! are probed linearly before jumping to `(i * 5 + 1 + perturb) & mask` with `perturb`
//! shifted right by 5 each time. Deleted keys leave dummies; the table grows when 3/5 full.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::dict::fast_eq;
use crate::interp::Vm;
use crate::value::Value;
use crate::PyResult;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// One slot of the table.
#[derive(Clone)]
pub enum Slot {
    Unused,
    Dummy,
    Active(i64, Value),
}

/// The table behind a set.
pub struct SetTable {
    pub slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
}

/// The bytes one slot takes, for the heap cap.
const SLOT_BYTES: usize = std::mem::size_of::<Slot>();

impl Default for SetTable {
    fn default() -> SetTable {
        crate::heap::track_alloc(MIN_SIZE * SLOT_BYTES);
        SetTable {
            slots: vec![Slot::Unused; MIN_SIZE],
            fill: 0,
            used: 0,
        }
    }
}

impl Clone for SetTable {
    fn clone(&self) -> SetTable {
        crate::heap::track_alloc(self.slots.len() * SLOT_BYTES);
        SetTable {
            slots: self.slots.clone(),
            fill: self.fill,
            used: self.used,
        }
    }
}

impl Drop for SetTable {
    fn drop(&mut self) {
        crate::heap::track_free(self.slots.len() * SLOT_BYTES);
    }
}

/// A set or frozenset.
pub struct Set {
    pub table: RefCell<SetTable>,
    pub frozen: bool,
    /// Bumped when the size changes, for iterators.
    pub version: Cell<u64>,
    /// Where `pop()` starts looking (`so->finger`).
    finger: Cell<usize>,
}

/// Where a probe ended.
enum Probe {
    Found(usize),
    /// Not present: the slot to insert into, and whether it is a reused dummy.
    Missing(usize, bool),
}

impl SetTable {
    /// The number of items.
    pub fn len(&self) -> usize {
        self.used
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The items in table order (CPython's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(_, v) => Some(v),
            _ => None,
        })
    }

    /// The items with their hashes, in table order.
    pub fn entries(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(h, v) => Some((*h, v)),
            _ => None,
        })
    }

    /// Inserts a key known to be absent into a table without dummies (`set_insert_clean`).
    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(slots[i], Slot::Unused) {
                slots[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(slots[i + j], Slot::Unused) {
                        slots[i + j] = Slot::Active(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    /// `set_table_resize`: a table of at least `minused + 1` slots (a power of two).
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            // The small table, no dummies: nothing to do.
            return;
        }
        crate::heap::track_alloc(newsize * SLOT_BYTES);
        let old = std::mem::replace(&mut self.slots, vec![Slot::Unused; newsize]);
        crate::heap::track_free(old.len() * SLOT_BYTES);
        for slot in old {
            if let Slot::Active(h, v) = slot {
                SetTable::insert_clean(&mut self.slots, h, v);
            }
        }
        self.fill = self.used;
    }

    /// Probes for `key` comparing without the VM; `Err(pos)` names a slot whose key needs the
    /// VM to compare.
    fn probe_fast(&self, hash: i64, key: &Value, skip: &[usize]) -> Result<Probe, usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in 0..=probes {
                let pos = i + j;
                match &self.slots[pos] {
                    Slot::Unused => {
                        return Ok(match freeslot {
                            Some(f) => Probe::Missing(f, true),
                            None => Probe::Missing(pos, false),
                        })
                    }
                    // `set_add_entry` remembers the last dummy on the probe path.
                    Slot::Dummy => freeslot = Some(pos),
                    Slot::Active(h, k) if *h == hash => {
                        if !skip.contains(&pos) {
                            match fast_eq(k, key) {
                                Some(true) => return Ok(Probe::Found(pos)),
                                Some(false) => {}
                                None => return Err(pos),
                            }
                        }
                    }
                    Slot::Active(..) => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }
}

impl Set {
    /// A new empty set (or frozenset).
    pub fn new(frozen: bool) -> Set {
        Set {
            table: RefCell::new(SetTable::default()),
            frozen,
            version: Cell::new(0),
            finger: Cell::new(0),
        }
    }

    /// A set with the given table.
    pub fn from_table(table: SetTable, frozen: bool) -> Set {
        Set {
            table: RefCell::new(table),
            frozen,
            version: Cell::new(0),
            finger: Cell::new(0),
        }
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn probe(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Probe> {
        let mut skip = Vec::new();
        loop {
            let result = self.table.borrow().probe_fast(hash, key, &skip);
            match result {
                Ok(p) => return Ok(p),
                Err(pos) => {
                    let candidate = match &self.table.borrow().slots[pos] {
                        Slot::Active(_, k) => k.clone(),
                        _ => continue,
                    };
                    if vm.eq(&candidate, key)? {
                        let table = self.table.borrow();
                        if let Slot::Active(_, k) = &table.slots[pos] {
                            if k.is(&candidate) {
                                return Ok(Probe::Found(pos));
                            }
                        }
                        // The table changed under the comparison: start again.
                        skip.clear();
                        continue;
                    }
                    skip.push(pos);
                }
            }
        }
    }

    /// `key in s`.
    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = hash_key(vm, key)?;
        Ok(matches!(self.probe(vm, hash, key)?, Probe::Found(_)))
    }

    /// `s.add(key)`: true when the key was new.
    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<bool> {
        let hash = vm.hash(&key)?;
        self.add_hashed(vm, hash, key)
    }

    /// Adds a key whose hash is known.
    pub fn add_hashed(&self, vm: &mut Vm, hash: i64, key: Value) -> PyResult<bool> {
        match self.probe(vm, hash, &key)? {
            Probe::Found(_) => Ok(false),
            Probe::Missing(pos, dummy) => {
                let mut t = self.table.borrow_mut();
                t.slots[pos] = Slot::Active(hash, key);
                t.used += 1;
                if !dummy {
                    t.fill += 1;
                    let mask = t.mask();
                    if t.fill * 5 >= mask * 3 {
                        let used = t.used;
                        t.resize(if used > 50000 { used * 2 } else { used * 4 });
                    }
                }
                drop(t);
                self.version.set(self.version.get() + 1);
                Ok(true)
            }
        }
    }

    /// `s.discard(key)`: true when the key was present.
    pub fn discard(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = hash_key(vm, key)?;
        self.discard_hashed(vm, hash, key)
    }

    /// `s.pop()`: removes and returns an arbitrary item, as CPython chooses it: the first
    /// active slot at or after the search finger, which then moves past it.
    pub fn pop(&self) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        if t.used == 0 {
            return None;
        }
        let mask = t.mask();
        let mut pos = self.finger.get() & mask;
        while !matches!(t.slots[pos], Slot::Active(..)) {
            pos = if pos >= mask { 0 } else { pos + 1 };
        }
        t.used -= 1;
        let old = std::mem::replace(&mut t.slots[pos], Slot::Dummy);
        drop(t);
        self.finger.set(pos + 1);
        self.version.set(self.version.get() + 1);
        match old {
            Slot::Active(_, v) => Some(v),
            _ => None,
        }
    }

    /// The items, in iteration order.
    pub fn items(&self) -> Vec<Value> {
        self.table.borrow().iter().cloned().collect()
    }

    /// Removes every item.
    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        drop(old);
        self.version.set(self.version.get() + 1);
    }

    /// A new set holding this one's items, as `set.copy()` makes it (`make_new_set` then
    /// `set_merge`): the same table when it has no dummies, else a clean re-insertion.
    pub fn copy(&self, frozen: bool) -> Set {
        let out = Set::new(frozen);
        out.merge_clean(&self.table.borrow());
        out
    }

    /// `set_merge` into an empty set: needs no comparisons. Returns false when `self` was
    /// not empty (nothing done).
    fn merge_clean(&self, other: &SetTable) -> bool {
        let mut t = self.table.borrow_mut();
        if other.used == 0 {
            return true;
        }
        if (t.fill + other.used) * 5 >= t.mask() * 3 {
            let want = (t.used + other.used) * 2;
            t.resize(want);
        }
        if t.fill != 0 {
            return false;
        }
        if t.mask() == other.mask() && other.fill == other.used {
            t.slots.clone_from(&other.slots);
        } else {
            for (h, v) in other.entries() {
                SetTable::insert_clean(&mut t.slots, h, v.clone());
            }
        }
        t.fill = other.used;
        t.used = other.used;
        drop(t);
        self.version.set(self.version.get() + 1);
        true
    }

    /// `set_merge`: adds every item of another set.
    pub fn merge(&self, vm: &mut Vm, other: &Set) -> PyResult<()> {
        if std::ptr::eq(self, other) {
            return Ok(());
        }
        if self.merge_clean(&other.table.borrow()) {
            return Ok(());
        }
        for (h, v) in entries_of(other) {
            self.add_hashed(vm, h, v)?;
        }
        Ok(())
    }

    /// `set_update_internal`: adds the items of any iterable (sets merged table to table,
    /// dicts with their stored hashes after one big resize).
    pub fn update_from(&self, vm: &mut Vm, other: &Value) -> PyResult<()> {
        if let Some(o) = any_set(other) {
            return self.merge(vm, &o);
        }
        if let Value::Dict(d) = other {
            let items: Vec<(i64, Value)> = d
                .table
                .borrow()
                .iter()
                .map(|e| (e.hash, e.key.clone()))
                .collect();
            {
                let mut t = self.table.borrow_mut();
                if (t.fill + items.len()) * 5 >= t.mask() * 3 {
                    let want = (t.used + items.len()) * 2;
                    t.resize(want);
                }
            }
            for (h, k) in items {
                self.add_hashed(vm, h, k)?;
            }
            return Ok(());
        }
        let it = vm.iter(other)?;
        while let Some(item) = vm.next(&it)? {
            self.add(vm, item)?;
        }
        Ok(())
    }

    /// `key in s` for a key whose hash is known.
    pub fn contains_hashed(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<bool> {
        Ok(matches!(self.probe(vm, hash, key)?, Probe::Found(_)))
    }

    /// Removes a key whose hash is known: true when it was present.
    pub fn discard_hashed(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<bool> {
        match self.probe(vm, hash, key)? {
            Probe::Found(pos) => {
                let old = {
                    let mut t = self.table.borrow_mut();
                    t.used -= 1;
                    std::mem::replace(&mut t.slots[pos], Slot::Dummy)
                };
                drop(old);
                self.version.set(self.version.get() + 1);
                Ok(true)
            }
            Probe::Missing(..) => Ok(false),
        }
    }

    /// Replaces this set's table with another's (`set_swap_bodies`, one way).
    pub fn take_table(&self, other: Set) {
        let table = other.table.into_inner();
        let old = std::mem::replace(&mut *self.table.borrow_mut(), table);
        drop(old);
        self.version.set(self.version.get() + 1);
    }

    /// `set_difference_update_internal`: removes the items of `other`, then resizes the
    /// dummies away when more than a quarter of the table is dummies.
    pub fn difference_update(self: &Rc<Set>, vm: &mut Vm, other: &Value) -> PyResult<()> {
        if let Some(o) = any_set(other) {
            if Rc::ptr_eq(self, &o) {
                self.clear();
                return Ok(());
            }
            let o = if (o.len() >> 3) > self.len() {
                Rc::new(intersection(vm, self, other)?)
            } else {
                o
            };
            for (h, k) in entries_of(&o) {
                self.discard_hashed(vm, h, &k)?;
            }
        } else {
            let it = vm.iter(other)?;
            while let Some(item) = vm.next(&it)? {
                let h = hash_key(vm, &item)?;
                self.discard_hashed(vm, h, &item)?;
            }
        }
        let mut t = self.table.borrow_mut();
        if t.fill - t.used > t.mask() / 4 {
            let used = t.used;
            t.resize(if used > 50000 { used * 2 } else { used * 4 });
        }
        Ok(())
    }

    /// `set_symmetric_difference_update`.
    pub fn symmetric_difference_update(self: &Rc<Set>, vm: &mut Vm, other: &Value) -> PyResult<()> {
        let items: Vec<(i64, Value)> = if let Value::Dict(d) = other {
            d.table
                .borrow()
                .iter()
                .map(|e| (e.hash, e.key.clone()))
                .collect()
        } else {
            let o = match any_set(other) {
                Some(o) => {
                    if Rc::ptr_eq(self, &o) {
                        self.clear();
                        return Ok(());
                    }
                    o
                }
                None => Rc::new(from_iterable(vm, other, self.frozen)?),
            };
            entries_of(&o)
        };
        for (h, k) in items {
            if !self.discard_hashed(vm, h, &k)? {
                self.add_hashed(vm, h, k)?;
            }
        }
        Ok(())
    }
}

/// The set behind a set, frozenset, or an instance of a subclass of either.
pub fn any_set(v: &Value) -> Option<Rc<Set>> {
    match v {
        Value::Set(s) => Some(s.clone()),
        Value::Instance(_) => match Vm::builtin_payload(v) {
            Some(Value::Set(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// The items of a set with their hashes, in table order (a snapshot).
pub fn entries_of(s: &Set) -> Vec<(i64, Value)> {
    s.table
        .borrow()
        .entries()
        .map(|(h, v)| (h, v.clone()))
        .collect()
}

/// The hash of a key looked up in a set: a set key is looked up as the frozenset it equals
/// (`set_discard_key`, `set_contains_key`).
pub fn hash_key(vm: &mut Vm, key: &Value) -> PyResult<i64> {
    if let Value::Set(s) = key {
        if !s.frozen {
            let f = s.copy(true);
            return Ok(crate::builtins::frozenset_hash(&f));
        }
    }
    vm.hash(key)
}

/// `make_new_set`: a new set (or frozenset) holding the items of an iterable.
pub fn from_iterable(vm: &mut Vm, it: &Value, frozen: bool) -> PyResult<Set> {
    let s = Set::new(frozen);
    s.update_from(vm, it)?;
    Ok(s)
}

/// `set_intersection`: iterates the smaller set (the other one when sizes are equal) and
/// keeps what the larger contains; other iterables are iterated and looked up in `so`.
pub fn intersection(vm: &mut Vm, so: &Rc<Set>, other: &Value) -> PyResult<Set> {
    let result = Set::new(so.frozen);
    if let Some(o) = any_set(other) {
        if Rc::ptr_eq(so, &o) {
            return Ok(so.copy(so.frozen));
        }
        let (walk, look) = if o.len() > so.len() {
            (so.clone(), o)
        } else {
            (o, so.clone())
        };
        for (h, k) in entries_of(&walk) {
            if look.contains_hashed(vm, h, &k)? {
                result.add_hashed(vm, h, k)?;
            }
        }
        return Ok(result);
    }
    let it = vm.iter(other)?;
    while let Some(item) = vm.next(&it)? {
        let h = vm.hash(&item)?;
        if so.contains_hashed(vm, h, &item)? {
            result.add_hashed(vm, h, item)?;
        }
    }
    Ok(result)
}

/// `set_difference`: a copy then removals when `so` is much larger than `other` (or `other`
/// is neither a set nor a dict), else `so`'s items not in `other`, in `so`'s order.
pub fn difference(vm: &mut Vm, so: &Rc<Set>, other: &Value) -> PyResult<Set> {
    let set_other = any_set(other);
    let other_size = match (&set_other, other) {
        (Some(o), _) => o.len(),
        (None, Value::Dict(d)) => d.len(),
        _ => usize::MAX,
    };
    if other_size == usize::MAX || (so.len() >> 2) > other_size {
        let r = Rc::new(so.copy(so.frozen));
        r.difference_update(vm, other)?;
        return Ok(Rc::try_unwrap(r).unwrap_or_else(|r| r.copy(r.frozen)));
    }
    let result = Set::new(so.frozen);
    for (h, k) in entries_of(so) {
        let present = match (&set_other, other) {
            (Some(o), _) => o.contains_hashed(vm, h, &k)?,
            (None, Value::Dict(d)) => d.contains(vm, &k)?,
            _ => false,
        };
        if !present {
            result.add_hashed(vm, h, k)?;
        }
    }
    Ok(result)
}

/// `set_symmetric_difference`: a new set from `other`, updated with `so`.
pub fn symmetric_difference(vm: &mut Vm, so: &Rc<Set>, other: &Value) -> PyResult<Set> {
    let r = Rc::new(from_iterable(vm, other, so.frozen)?);
    r.symmetric_difference_update(vm, &Value::Set(so.clone()))?;
    Ok(Rc::try_unwrap(r).unwrap_or_else(|r| r.copy(r.frozen)))
}

/// `set_union` / `set_or`: a copy of `so` updated with each of `others` (skipping `so`).
pub fn union(vm: &mut Vm, so: &Rc<Set>, others: &[Value]) -> PyResult<Set> {
    let result = so.copy(so.frozen);
    for other in others {
        if let Value::Set(o) = other {
            if Rc::ptr_eq(so, o) {
                continue;
            }
        }
        result.update_from(vm, other)?;
    }
    Ok(result)
}
