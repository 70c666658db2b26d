//! set and frozenset: CPython's open-addressing table (`Objects/setobject.c`), reproduced
//! probe for probe so that a set iterates in the same order as in CPython.
//!
//! The table starts with 8 slots; a key's first slot is `hash & mask`, then up to 9 slots
//! are probed linearly before jumping to `(i * 5 + 1 + perturb) & mask` with `perturb`
//! shifted right by 5 each time. Deleted keys leave dummies; the table grows when 3/5 full.

use std::cell::{Cell, RefCell};

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
#[derive(Clone)]
pub struct SetTable {
    pub slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
}

impl Default for SetTable {
    fn default() -> SetTable {
        SetTable {
            slots: vec![Slot::Unused; MIN_SIZE],
            fill: 0,
            used: 0,
        }
    }
}

/// A set or frozenset.
pub struct Set {
    pub table: RefCell<SetTable>,
    pub frozen: bool,
    /// Bumped when the size changes, for iterators.
    pub version: Cell<u64>,
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
        let old = std::mem::replace(&mut self.slots, vec![Slot::Unused; newsize]);
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
                    Slot::Dummy => {
                        if freeslot.is_none() {
                            freeslot = Some(pos);
                        }
                    }
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
        }
    }

    /// A set with the given table.
    pub fn from_table(table: SetTable, frozen: bool) -> Set {
        Set {
            table: RefCell::new(table),
            frozen,
            version: Cell::new(0),
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
        let hash = vm.hash(key)?;
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
        let hash = vm.hash(key)?;
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

    /// `s.pop()`: removes and returns an arbitrary item, as CPython chooses it (the first
    /// active slot from the search finger; here from the start).
    pub fn pop(&self) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        let pos = t.slots.iter().position(|s| matches!(s, Slot::Active(..)))?;
        t.used -= 1;
        let old = std::mem::replace(&mut t.slots[pos], Slot::Dummy);
        drop(t);
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

    /// A copy with the same table (so the same order), as `set.copy()` makes it.
    pub fn copy(&self, frozen: bool) -> Set {
        Set::from_table(self.table.borrow().clone(), frozen)
    }
}
