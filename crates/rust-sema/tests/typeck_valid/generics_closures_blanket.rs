//! Type checker regression program (rustc 1.95 accepts it): closures in generic struct fields, trait impls differing by a type argument, blanket impls, Default, PhantomData, folds building maps.
use std::collections::HashMap;
use std::fmt::Display;
use std::marker::PhantomData;

struct Cache<F: Fn(u32) -> u32> { f: F, seen: HashMap<u32, u32> }
impl<F: Fn(u32) -> u32> Cache<F> {
    fn new(f: F) -> Self { Cache { f, seen: HashMap::new() } }
    fn get(&mut self, k: u32) -> u32 {
        if let Some(v) = self.seen.get(&k) { return *v; }
        let v = (self.f)(k);
        self.seen.insert(k, v);
        v
    }
}

trait Convert<T> { fn convert(&self) -> T; }
impl Convert<f64> for i32 { fn convert(&self) -> f64 { *self as f64 } }
impl Convert<String> for i32 { fn convert(&self) -> String { self.to_string() } }

trait Describe { fn describe(&self) -> String; }
impl<T: Display> Describe for T { fn describe(&self) -> String { format!("<{}>", self) } }

#[derive(Default, Debug)]
struct Config { name: String, level: u8 }

struct Meters<T> { v: f64, _unit: PhantomData<T> }
struct Metric;
impl<T> Meters<T> { fn new(v: f64) -> Self { Meters { v, _unit: PhantomData } } }

fn count<T>(v: &[T]) -> usize { if v.is_empty() { 0 } else { 1 + count(&v[1..]) } }

fn pairs<K: Clone + Ord, V: Clone>(m: &HashMap<K, V>) -> Vec<(K, V)> {
    let mut out: Vec<(K, V)> = m.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn make<T: Default>() -> T { T::default() }

fn main() {
    let mut c = Cache::new(|x| x * x);
    println!("{} {}", c.get(4), c.get(4));
    let f: f64 = 3.convert();
    let s: String = 3.convert();
    println!("{} {}", f, s);
    println!("{} {}", 5.describe(), "x".describe());
    let cfg = Config::default();
    let cfg2 = Config { name: "n".into(), ..Default::default() };
    println!("{:?} {:?} {}", cfg, cfg2.name, cfg2.level);
    let m: Meters<Metric> = Meters::new(2.5);
    println!("{}", m.v);
    println!("{}", count(&[1, 2, 3]));
    let mut h = HashMap::new();
    h.insert("b".to_string(), 2);
    h.insert("a".to_string(), 1);
    println!("{:?}", pairs(&h));
    let z: i64 = make();
    let w = make::<String>();
    println!("{} {:?}", z, w);
    let adders: Vec<Box<dyn Fn(i32) -> i32>> = (1..=3).map(|k| Box::new(move |x| x + k) as Box<dyn Fn(i32) -> i32>).collect();
    println!("{:?}", adders.iter().map(|f| f(10)).collect::<Vec<_>>());
    let text = "one two three two";
    let freq = text.split(' ').fold(HashMap::new(), |mut acc, w| { *acc.entry(w).or_insert(0) += 1; acc });
    let mut keys: Vec<_> = freq.keys().copied().collect();
    keys.sort();
    println!("{:?} {}", keys, freq["two"]);
    let nested: Vec<Vec<char>> = vec!["ab".chars().collect(), "c".chars().collect()];
    let total: usize = nested.iter().map(Vec::len).sum();
    println!("{}", total);
    let opt: Option<Vec<i32>> = Some(vec![1]);
    let n = opt.as_ref().map(|v| v.len()).unwrap_or(0);
    let first = opt.and_then(|v| v.first().copied());
    println!("{} {:?}", n, first);
}
