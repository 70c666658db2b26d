//! Item scopes for name resolution: modules and blocks with their type and value namespaces.
//!
//! Every module (the crate root, `mod m { … }`) and every block that declares items has a
//! [`Scope`]. Lexical lookup walks from a block scope to its enclosing scopes up to the nearest
//! module, never into the parent module (as in Rust, where a module does not see its parent's
//! items without `super::`).

use std::collections::HashMap;

use crate::hir::{ItemId, Res};

/// The namespace a name is looked up in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ns {
    Type,
    Value,
}

/// The shape of a struct or variant, which decides whether its name is also a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    Named,
    Tuple,
    Unit,
}

/// One module or block scope.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    /// The enclosing scope for lexical lookup (none for modules).
    pub parent: Option<usize>,
    /// The nearest module scope (itself for a module).
    pub module: usize,
    /// For a module, its parent module.
    pub super_mod: Option<usize>,
    /// For a module, its item (the crate root is item 0).
    pub item: Option<ItemId>,
    pub types: HashMap<String, Res>,
    pub values: HashMap<String, Res>,
    /// Glob imports: the module or enum whose names are visible here.
    pub globs: Vec<Res>,
    /// The module's name for messages (empty for the crate root).
    pub name: String,
}

impl Scope {
    /// The namespace map for `ns`.
    pub fn map(&self, ns: Ns) -> &HashMap<String, Res> {
        match ns {
            Ns::Type => &self.types,
            Ns::Value => &self.values,
        }
    }

    /// The namespace map for `ns`, mutably.
    pub fn map_mut(&mut self, ns: Ns) -> &mut HashMap<String, Res> {
        match ns {
            Ns::Type => &mut self.types,
            Ns::Value => &mut self.values,
        }
    }
}

/// The Levenshtein distance between two strings, in characters.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// The candidate closest to `name` within rustc's distance limit (a third of the length), if
/// any; a case-insensitive match wins.
pub fn similar<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<String> {
    let limit = (name.chars().count() / 3).max(1);
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        if c == name || c.is_empty() {
            continue;
        }
        let d = if c.eq_ignore_ascii_case(name) {
            0
        } else {
            edit_distance(name, c)
        };
        if d <= limit && best.is_none_or(|(bd, bc)| d < bd || (d == bd && c < bc)) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_names() {
        assert_eq!(edit_distance("countr", "counter"), 1);
        assert_eq!(
            similar("countr", ["counter", "x"].into_iter()),
            Some("counter".into())
        );
        assert_eq!(similar("abc", ["xyz"].into_iter()), None);
    }
}
