//! Type checker regression program (rustc 1.95 accepts it): traits, derives, closures, generic fns and trait objects.
use std::collections::HashMap;
trait Describe { fn describe(&self) -> String; fn id(&self) -> u32 { 0 } }
#[derive(Debug, Default, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct User { name: String, age: u32 }
impl Describe for User { fn describe(&self) -> String { format!("{} {}", self.name, self.age) } }
impl User {
    const LIMIT: u32 = 3;
    fn new(name: &str, age: u32) -> Self { Self { name: name.to_string(), age } }
    fn older(&self, other: &User) -> bool { self.age > other.age }
    fn bump(mut self) -> Self { self.age += 1; self }
}
struct Wrapper<T>(T);
impl<T: std::fmt::Debug> Wrapper<T> { fn show(&self) -> String { format!("{:?}", self.0) } fn get(self) -> T { self.0 } }
fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T { let mut m = xs[0]; for &x in xs { if x > m { m = x; } } m }
fn apply<F: Fn(i32) -> i32>(f: F, v: i32) -> i32 { f(v) }
fn make() -> impl Fn(i32) -> i32 { |x| x + 1 }
fn dynd(items: &[Box<dyn Describe>]) -> usize { items.len() }
enum Op { Add(i32), Neg }
impl Op { fn run(&self, v: i32) -> i32 { match *self { Op::Add(n) => v + n, Op::Neg => -v } } }
fn classify(n: i32) -> &'static str { match n { i32::MIN..=-1 => "neg", 0 => "zero", 1 | 2 | 3 => "small", _ => "big" } }
fn main() {
    let u = User::new("ann", 30);
    let v = User { name: "bob".into(), ..Default::default() };
    println!("{} {} {} {}", u.describe(), u.older(&v), u.id(), User::LIMIT);
    let w = u.clone().bump();
    println!("{:?} {}", w, w > u);
    let mut ages: HashMap<String, u32> = HashMap::new();
    ages.insert(u.name.clone(), u.age);
    if let Some(a) = ages.get("ann") { println!("{}", a); }
    let wr = Wrapper(5);
    println!("{} {}", wr.show(), wr.get() + 1);
    println!("{} {}", largest(&[1, 5, 2]), largest(&[1.5, 0.5]));
    let k = 10;
    println!("{} {}", apply(|x| x * k, 3), make()(4));
    let items: Vec<Box<dyn Describe>> = vec![Box::new(User::new("c", 1))];
    println!("{}", dynd(&items));
    let ops = [Op::Add(3), Op::Neg];
    let mut acc = 1;
    for op in &ops { acc = op.run(acc); }
    println!("{} {}", acc, classify(acc));
    let mut nums = vec![3, 1, 2];
    nums.sort();
    let evens: Vec<i32> = nums.iter().filter(|&&x| x % 2 == 0).cloned().collect();
    let total: i32 = nums.iter().sum();
    println!("{:?} {}", evens, total);
    let mut it = nums.iter();
    while let Some(x) = it.next() { if *x == 2 { break; } }
    let pair = (String::from("a"), 2);
    let (ref name, count) = pair;
    println!("{} {}", name, count);
    let opt: Option<User> = Some(u);
    if let Some(User { name, age: 30 }) = &opt { println!("{}", name); }
    let s = String::from("xyz");
    let r: &str = &s;
    let c = s.chars().rev().collect::<String>();
    println!("{} {}", r, c);
    let x: u8 = 255;
    let y = x.wrapping_add(1);
    let z = (x as u32).pow(2);
    println!("{} {}", y, z);
    let mut arr2 = [0; 5];
    for i in 0..arr2.len() { arr2[i] = i * 2; }
    println!("{:?}", arr2);
    let nested = vec![vec![1, 2], vec![3]];
    let flat: Vec<i32> = nested.into_iter().flatten().collect();
    println!("{:?}", flat);
    let t: (i32, f64) = (1, 2.0);
    let sum = t.0 as f64 + t.1;
    println!("{}", sum);
    let e = Op::Add(1);
    let val = if let Op::Add(n) = e { n } else { 0 };
    println!("{}", val);
    let mut sref = &mut acc;
    *sref += 1;
    sref = &mut acc;
    println!("{}", sref);
}
