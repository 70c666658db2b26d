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

/// The edit distance between two strings in characters, as rustc's
/// `rustc_span::edit_distance::edit_distance` counts it (insertions, deletions, substitutions
/// and transpositions of adjacent characters each cost 1), or `None` when it exceeds `limit`.
pub fn edit_distance(a: &str, b: &str, limit: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (mut a, mut b) = if a.len() < b.len() {
        (&b[..], &a[..])
    } else {
        (&a[..], &b[..])
    };
    let min_dist = a.len() - b.len();
    if min_dist > limit {
        return None;
    }
    while let (Some((x, ra)), Some((y, rb))) = (a.split_first(), b.split_first()) {
        if x != y {
            break;
        }
        (a, b) = (ra, rb);
    }
    while let (Some((x, ra)), Some((y, rb))) = (a.split_last(), b.split_last()) {
        if x != y {
            break;
        }
        (a, b) = (ra, rb);
    }
    if b.is_empty() {
        return Some(min_dist);
    }
    let mut prev_prev = vec![usize::MAX; b.len() + 1];
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                cur[j] = cur[j].min(prev_prev[j - 2] + 1);
            }
        }
        std::mem::swap(&mut prev_prev, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    let d = prev[b.len()];
    (d <= limit).then_some(d)
}

/// rustc's `find_best_match_for_name` over `candidates` (in the order given; rustc's resolver
/// sorts them by name first): the first candidate equal to `lookup` ignoring case; else the
/// first at the smallest edit distance within `dist` (default: a third of the length of
/// `lookup` in characters, at least 1); else the last whose `_`-separated words are those of
/// `lookup` in another order.
pub fn find_best_match<'a>(
    candidates: &[&'a str],
    lookup: &str,
    dist: Option<usize>,
) -> Option<&'a str> {
    let upper = lookup.to_uppercase();
    if let Some(c) = candidates.iter().find(|c| c.to_uppercase() == upper) {
        return Some(c);
    }
    let mut dist = dist.unwrap_or_else(|| lookup.chars().count().max(3) / 3);
    let mut best = None;
    for c in candidates {
        match edit_distance(lookup, c, dist) {
            Some(0) => return Some(c),
            Some(d) => {
                dist = d - 1;
                best = Some(*c);
            }
            None => {}
        }
    }
    if best.is_some() {
        return best;
    }
    let words = |s: &str| {
        let mut w: Vec<String> = s.split('_').map(str::to_string).collect();
        w.sort_unstable();
        w
    };
    let want = words(lookup);
    candidates.iter().rev().find(|c| words(c) == want).copied()
}

/// The candidate rustc would suggest for the unresolved `name`: candidates sorted by name,
/// `name` itself and empty names left out, then [`find_best_match`].
pub fn similar<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<String> {
    let mut all: Vec<&str> = candidates.filter(|c| *c != name && !c.is_empty()).collect();
    all.sort_unstable();
    find_best_match(&all, name, None).map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_names() {
        assert_eq!(edit_distance("countr", "counter", 1), Some(1));
        assert_eq!(edit_distance("ab", "ba", 1), Some(1));
        assert_eq!(edit_distance("abcd", "xyzw", 2), None);
        assert_eq!(
            similar("foo_bar", ["bar_foo"].into_iter()),
            Some("bar_foo".into())
        );
        assert_eq!(
            similar("Abc", ["abc", "abd"].into_iter()),
            Some("abc".into())
        );
        assert_eq!(
            similar("countr", ["counter", "x"].into_iter()),
            Some("counter".into())
        );
        assert_eq!(similar("abc", ["xyz"].into_iter()), None);
    }
}
