//! The signatures of the std methods the type checker knows on `Vec`, slices, `str`, `String`,
//! `HashMap` and iterators, declared in Rust and read by deepdive's own front end (bodies are
//! left out: only the signatures are used). `Iter<T>` stands for any std iterator yielding
//! `T`, and `Unknown` for a type the checker does not model (it becomes the error type).

use std::collections::HashMap;
use std::rc::Rc;

/// Any std iterator yielding `T` (`std::slice::Iter`, `Map`, `Filter`, …).
pub struct Iter<T>(T);

/// A type the checker does not model.
pub struct Unknown;

// The iterators of `Option` and `Result` (the prelude has no iterator types of its own).
impl<T> Option<T> {
    pub fn iter(&self) -> Iter<&T>;
    pub fn iter_mut(&mut self) -> Iter<&mut T>;
}

impl<T, E> Result<T, E> {
    pub fn iter(&self) -> Iter<&T>;
}

// Associated fns (constructors).
impl<T> Vec<T> {
    pub fn new() -> Vec<T>;
    pub fn with_capacity(capacity: usize) -> Vec<T>;
}

impl String {
    pub fn new() -> String;
    pub fn with_capacity(capacity: usize) -> String;
    pub fn from<S>(s: S) -> String;
}

impl<K, V> HashMap<K, V> {
    pub fn new() -> HashMap<K, V>;
    pub fn with_capacity(capacity: usize) -> HashMap<K, V>;
}

impl<T> Box<T> {
    pub fn new(x: T) -> Box<T>;
}

impl<T> Rc<T> {
    pub fn new(value: T) -> Rc<T>;
}

// Methods.
impl<T> Vec<T> {
    pub fn push(&mut self, value: T);
    pub fn pop(&mut self) -> Option<T>;
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn clear(&mut self);
    pub fn insert(&mut self, index: usize, element: T);
    pub fn remove(&mut self, index: usize) -> T;
    pub fn swap_remove(&mut self, index: usize) -> T;
    pub fn truncate(&mut self, len: usize);
    pub fn capacity(&self) -> usize;
    pub fn reserve(&mut self, additional: usize);
    pub fn as_slice(&self) -> &[T];
    pub fn append(&mut self, other: &mut Vec<T>);
    pub fn split_off(&mut self, at: usize) -> Vec<T>;
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
    pub fn dedup(&mut self);
    pub fn drain<R>(&mut self, range: R) -> Iter<T>;
    pub fn extend<I>(&mut self, iter: I);
    pub fn into_iter(self) -> Iter<T>;
}

impl<T> [T] {
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn first(&self) -> Option<&T>;
    pub fn last(&self) -> Option<&T>;
    pub fn first_mut(&mut self) -> Option<&mut T>;
    pub fn last_mut(&mut self) -> Option<&mut T>;
    pub fn get<I>(&self, index: I) -> Option<Unknown>;
    pub fn get_mut<I>(&mut self, index: I) -> Option<Unknown>;
    pub fn iter(&self) -> Iter<&T>;
    pub fn iter_mut(&mut self) -> Iter<&mut T>;
    pub fn contains(&self, x: &T) -> bool;
    pub fn starts_with(&self, needle: &[T]) -> bool;
    pub fn ends_with(&self, needle: &[T]) -> bool;
    pub fn sort(&mut self);
    pub fn sort_unstable(&mut self);
    pub fn sort_by<F: FnMut(&T, &T) -> Unknown>(&mut self, compare: F);
    pub fn sort_unstable_by<F: FnMut(&T, &T) -> Unknown>(&mut self, compare: F);
    pub fn sort_by_key<K, F: FnMut(&T) -> K>(&mut self, f: F);
    pub fn reverse(&mut self);
    pub fn swap(&mut self, a: usize, b: usize);
    pub fn to_vec(&self) -> Vec<T>;
    pub fn windows(&self, size: usize) -> Iter<&[T]>;
    pub fn chunks(&self, size: usize) -> Iter<&[T]>;
    pub fn split_at(&self, mid: usize) -> (&[T], &[T]);
    pub fn binary_search(&self, x: &T) -> Result<usize, usize>;
    pub fn fill(&mut self, value: T);
}

impl str {
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn chars(&self) -> Iter<char>;
    pub fn char_indices(&self) -> Iter<(usize, char)>;
    pub fn bytes(&self) -> Iter<u8>;
    pub fn lines(&self) -> Iter<&str>;
    pub fn split_whitespace(&self) -> Iter<&str>;
    pub fn split<P>(&self, pat: P) -> Iter<&str>;
    pub fn trim(&self) -> &str;
    pub fn trim_start(&self) -> &str;
    pub fn trim_end(&self) -> &str;
    pub fn to_uppercase(&self) -> String;
    pub fn to_lowercase(&self) -> String;
    pub fn to_string(&self) -> String;
    pub fn to_owned(&self) -> String;
    pub fn parse<F>(&self) -> Result<F, Unknown>;
    pub fn contains<P>(&self, pat: P) -> bool;
    pub fn starts_with<P>(&self, pat: P) -> bool;
    pub fn ends_with<P>(&self, pat: P) -> bool;
    pub fn find<P>(&self, pat: P) -> Option<usize>;
    pub fn replace<P>(&self, from: P, to: &str) -> String;
    pub fn repeat(&self, n: usize) -> String;
    pub fn as_bytes(&self) -> &[u8];
    pub fn strip_prefix<P>(&self, prefix: P) -> Option<&str>;
    pub fn strip_suffix<P>(&self, suffix: P) -> Option<&str>;
    pub fn split_once<P>(&self, delimiter: P) -> Option<(&str, &str)>;
}

impl String {
    pub fn push_str(&mut self, string: &str);
    pub fn push(&mut self, ch: char);
    pub fn pop(&mut self) -> Option<char>;
    pub fn as_str(&self) -> &str;
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn clear(&mut self);
    pub fn capacity(&self) -> usize;
    pub fn insert(&mut self, idx: usize, ch: char);
    pub fn insert_str(&mut self, idx: usize, string: &str);
    pub fn truncate(&mut self, new_len: usize);
    pub fn remove(&mut self, idx: usize) -> char;
    pub fn into_bytes(self) -> Vec<u8>;
}

impl<K, V> HashMap<K, V> {
    pub fn insert(&mut self, k: K, v: V) -> Option<V>;
    pub fn get<Q>(&self, k: &Q) -> Option<&V>;
    pub fn get_mut<Q>(&mut self, k: &Q) -> Option<&mut V>;
    pub fn contains_key<Q>(&self, k: &Q) -> bool;
    pub fn remove<Q>(&mut self, k: &Q) -> Option<V>;
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn clear(&mut self);
    pub fn keys(&self) -> Iter<&K>;
    pub fn values(&self) -> Iter<&V>;
    pub fn values_mut(&mut self) -> Iter<&mut V>;
    pub fn iter(&self) -> Iter<(&K, &V)>;
    pub fn iter_mut(&mut self) -> Iter<(&K, &mut V)>;
    pub fn entry(&mut self, key: K) -> Unknown;
}

impl<T> Iter<T> {
    pub fn next(&mut self) -> Option<T>;
    pub fn peek(&mut self) -> Option<&T>;
    pub fn map<B, F: FnMut(T) -> B>(self, f: F) -> Iter<B>;
    pub fn filter<P: FnMut(&T) -> bool>(self, predicate: P) -> Iter<T>;
    pub fn filter_map<B, F: FnMut(T) -> Option<B>>(self, f: F) -> Iter<B>;
    pub fn flat_map<U, F: FnMut(T) -> U>(self, f: F) -> Iter<Unknown>;
    pub fn flatten(self) -> Iter<Unknown>;
    pub fn enumerate(self) -> Iter<(usize, T)>;
    pub fn zip<U>(self, other: U) -> Iter<(T, Unknown)>;
    pub fn chain<U>(self, other: U) -> Iter<T>;
    pub fn rev(self) -> Iter<T>;
    pub fn skip(self, n: usize) -> Iter<T>;
    pub fn take(self, n: usize) -> Iter<T>;
    pub fn step_by(self, step: usize) -> Iter<T>;
    pub fn peekable(self) -> Iter<T>;
    pub fn take_while<P: FnMut(&T) -> bool>(self, predicate: P) -> Iter<T>;
    pub fn skip_while<P: FnMut(&T) -> bool>(self, predicate: P) -> Iter<T>;
    pub fn inspect<F: FnMut(&T)>(self, f: F) -> Iter<T>;
    pub fn sum<S>(self) -> S;
    pub fn product<P>(self) -> P;
    pub fn count(self) -> usize;
    pub fn collect<B: FromIterator<T>>(self) -> B;
    pub fn fold<B, F: FnMut(B, T) -> B>(self, init: B, f: F) -> B;
    pub fn for_each<F: FnMut(T)>(self, f: F);
    pub fn any<F: FnMut(T) -> bool>(&mut self, f: F) -> bool;
    pub fn all<F: FnMut(T) -> bool>(&mut self, f: F) -> bool;
    pub fn find<P: FnMut(&T) -> bool>(&mut self, predicate: P) -> Option<T>;
    pub fn position<P: FnMut(T) -> bool>(&mut self, predicate: P) -> Option<usize>;
    pub fn max(self) -> Option<T>;
    pub fn min(self) -> Option<T>;
    pub fn max_by_key<B, F: FnMut(&T) -> B>(self, f: F) -> Option<T>;
    pub fn min_by_key<B, F: FnMut(&T) -> B>(self, f: F) -> Option<T>;
    pub fn max_by<F: FnMut(&T, &T) -> Unknown>(self, compare: F) -> Option<T>;
    pub fn min_by<F: FnMut(&T, &T) -> Unknown>(self, compare: F) -> Option<T>;
    pub fn last(self) -> Option<T>;
    pub fn nth(&mut self, n: usize) -> Option<T>;
}

impl<T: Clone> Iter<&T> {
    pub fn cloned(self) -> Iter<T>;
}

impl<T: Copy> Iter<&T> {
    pub fn copied(self) -> Iter<T>;
}
