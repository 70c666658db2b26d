//! Type checker regression program (rustc 1.95 accepts it): generic code, std method signatures, closures and iterator chains together.
use std::collections::HashMap;
use std::fmt;
use std::ops::Add;

#[derive(Debug, Clone, Copy, PartialEq)]
struct V2 { x: f64, y: f64 }
impl Add for V2 { type Output = V2; fn add(self, o: V2) -> V2 { V2 { x: self.x + o.x, y: self.y + o.y } } }

fn sum_all<T: Add<Output = T> + Copy>(items: &[T], zero: T) -> T {
    let mut acc = zero;
    for &i in items { acc = acc + i; }
    acc
}

fn scale<T>(x: T, k: i32) -> i32 where T: Into<i32> { x.into() * k }

struct Wrapper<T> { inner: T }
impl<T: fmt::Display> fmt::Display for Wrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "[{}]", self.inner) }
}
impl<T> Wrapper<T> {
    fn get(&self) -> &T { &self.inner }
    fn map<U, F: Fn(T) -> U>(self, f: F) -> Wrapper<U> { Wrapper { inner: f(self.inner) } }
}
impl Wrapper<i32> { fn double(&self) -> i32 { self.inner * 2 } }

trait Animal { fn name(&self) -> String; fn speak(&self) -> String { format!("{} speaks", self.name()) } }
struct Dog;
impl Animal for Dog { fn name(&self) -> String { "dog".to_string() } }

fn loudest(animals: &[Box<dyn Animal>]) -> Option<String> {
    animals.iter().map(|a| a.speak()).max_by_key(|s| s.len())
}

fn main() {
    let v = vec![V2 { x: 1.0, y: 2.0 }, V2 { x: 3.0, y: 4.0 }];
    println!("{:?}", sum_all(&v, V2 { x: 0.0, y: 0.0 }));
    println!("{}", sum_all(&[1, 2, 3], 0));
    println!("{}", scale(3u8, 2));
    let w = Wrapper { inner: 5 };
    println!("{} {} {}", w, w.get(), w.double());
    let w2 = w.map(|x| x as f64 * 1.5);
    println!("{}", w2);
    let names = vec!["b".to_string(), "a".to_string()];
    let mut sorted = names.clone();
    sorted.sort();
    let joined = sorted.iter().map(|s| s.to_uppercase()).collect::<Vec<_>>().join("-");
    println!("{}", joined);
    let total: f64 = [1.5, 2.5].iter().sum();
    let as_f: Vec<f64> = vec![1, 2].iter().map(|&x| x as f64).collect();
    println!("{} {:?}", total, as_f);
    let rev: String = "hello".chars().rev().collect();
    let n: usize = "42".parse().unwrap();
    let m = "7".parse::<i64>().unwrap_or(0);
    println!("{} {} {}", rev, n, m);
    let mut counts = HashMap::new();
    for c in "abca".chars() { *counts.entry(c).or_insert(0) += 1; }
    let a = counts.get(&'a').copied().unwrap_or(0);
    let mut keys: Vec<_> = counts.keys().collect();
    keys.sort();
    println!("{} {:?} {}", a, keys, counts.len());
    let mut by_name: HashMap<String, Vec<u32>> = HashMap::new();
    by_name.insert("x".to_string(), vec![1]);
    if let Some(list) = by_name.get_mut("x") { list.push(2); }
    println!("{:?} {}", by_name.get("x"), by_name.contains_key("y"));
    let animals: Vec<Box<dyn Animal>> = vec![Box::new(Dog)];
    println!("{:?}", loudest(&animals));
    let d = Dog;
    println!("{}", d.speak());
    let opt: Option<&str> = None;
    println!("{}", opt.map_or(0, |s| s.len()));
    let words = vec!["a", "bb", "ccc"];
    let lens: HashMap<&str, usize> = words.iter().map(|w| (*w, w.len())).collect();
    println!("{:?}", lens.get("bb"));
    let mut it = words.iter().peekable();
    while let Some(w) = it.next() {
        if let Some(&&next) = it.peek() { println!("{} then {}", w, next); }
    }
    let pairs: Vec<(usize, char)> = "xy".char_indices().collect();
    println!("{:?}", pairs);
    let nested = vec![vec![1, 2], vec![3]];
    let flat: Vec<i32> = nested.iter().flatten().copied().collect();
    let flat2: Vec<i32> = nested.into_iter().flat_map(|v| v.into_iter()).collect();
    println!("{:?} {:?}", flat, flat2);
    let r: Result<u8, String> = "300".parse::<u8>().map_err(|e| e.to_string());
    println!("{:?}", r.is_err());
    let evens = (1..10).filter(|n| n % 2 == 0).map(|n| n * n).collect::<Vec<u32>>();
    println!("{:?}", evens);
    let first_long = words.iter().find(|w| w.len() > 1).map(|w| w.to_string());
    println!("{:?}", first_long);
    let maybe: Option<Option<i32>> = Some(Some(3));
    println!("{:?}", maybe.flatten());
    let mut stack: Vec<(i32, String)> = Vec::new();
    stack.push((1, "a".into()));
    let (num, s) = stack.pop().unwrap();
    println!("{} {}", num, s);
    let cl = |a: i32, b: i32| a.max(b);
    println!("{}", cl(3, 4));
    let mut fns: Vec<Box<dyn Fn(i32) -> i32>> = Vec::new();
    fns.push(Box::new(|x| x + 1));
    println!("{}", fns[0](1));
    let total_len = words.iter().fold(0, |acc, w| acc + w.len());
    println!("{}", total_len);
    let strs: Vec<String> = vec![1, 2].iter().map(|i| i.to_string()).collect();
    println!("{}", strs.concat());
    let pos = vec![1, 5, 3].iter().position(|&x| x == 5);
    println!("{:?}", pos);
    let mut arr = [3, 1, 2];
    arr.sort_unstable();
    println!("{:?} {}", arr, arr.contains(&2));
    let text = String::from("a,b");
    let parts: Vec<&str> = text.split(',').collect();
    println!("{:?} {:?}", parts, text.split_once(','));
}
