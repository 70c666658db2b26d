//! Type checker regression program (rustc 1.95 accepts it): generic enums and impls, Option combinators on fields, a crate Iterator, trait consts, closures as values.
use std::fmt::Debug;

#[derive(Debug)]
enum Tree<T> { Leaf, Node(Box<Tree<T>>, T, Box<Tree<T>>) }

impl<T: PartialOrd + Copy + Debug> Tree<T> {
    fn new() -> Self { Tree::Leaf }
    fn insert(self, v: T) -> Tree<T> {
        match self {
            Tree::Leaf => Tree::Node(Box::new(Tree::Leaf), v, Box::new(Tree::Leaf)),
            Tree::Node(l, x, r) => {
                if v < x { Tree::Node(Box::new(l.insert(v)), x, r) } else { Tree::Node(l, x, Box::new(r.insert(v))) }
            }
        }
    }
    fn walk(&self, out: &mut Vec<T>) {
        if let Tree::Node(l, x, r) = self { l.walk(out); out.push(*x); r.walk(out); }
    }
    fn depth(&self) -> usize {
        match self { Tree::Leaf => 0, Tree::Node(l, _, r) => 1 + l.depth().max(r.depth()) }
    }
}

struct Node { val: i32, next: Option<Box<Node>> }
struct List { head: Option<Box<Node>>, len: usize }
impl List {
    fn push(&mut self, v: i32) { let old = self.head.take(); self.head = Some(Box::new(Node { val: v, next: old })); self.len += 1; }
    fn pop(&mut self) -> Option<i32> { self.head.take().map(|n| { self.head = n.next; self.len -= 1; n.val }) }
    fn peek(&self) -> Option<&i32> { self.head.as_ref().map(|n| &n.val) }
    fn peek_mut(&mut self) -> Option<&mut i32> { self.head.as_mut().map(|n| &mut n.val) }
}

trait Container<T> { fn items(&self) -> Vec<T>; fn first(&self) -> Option<T> { self.items().into_iter().next() } }
struct Nums(Vec<i32>);
impl Container<i32> for Nums { fn items(&self) -> Vec<i32> { self.0.clone() } }

struct W<T>(T);
impl W<i32> { fn show(&self) -> String { format!("int {}", self.0) } }
impl W<f64> { fn show(&self) -> String { format!("float {}", self.0) } }

struct Counter { n: u32 }
impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> { if self.n < 5 { self.n += 1; Some(self.n) } else { None } }
}

trait Shape { const SIDES: u32; fn sides(&self) -> u32 { Self::SIDES } fn boxed(self) -> Box<Self> where Self: Sized { Box::new(self) } }
struct Tri;
impl Shape for Tri { const SIDES: u32 = 3; }

fn make_adder(k: i32) -> impl Fn(i32) -> i32 { move |x| x + k }
fn make_boxed(k: i32) -> Box<dyn Fn(i32) -> i32> { Box::new(move |x| x * k) }

fn apply_all<F>(fs: &[F], x: i32) -> Vec<i32> where F: Fn(i32) -> i32 { fs.iter().map(|f| f(x)).collect() }

fn print_all<T: Debug>(items: &[T]) { for i in items { println!("{:?}", i); } }

fn pick<'a, T>(a: &'a T, b: &'a T, first: bool) -> &'a T { if first { a } else { b } }

fn main() {
    let t = Tree::new().insert(5).insert(2).insert(8).insert(1);
    let mut out = Vec::new();
    t.walk(&mut out);
    println!("{:?} depth {}", out, t.depth());
    let mut l = List { head: None, len: 0 };
    l.push(1); l.push(2);
    if let Some(v) = l.peek_mut() { *v *= 10; }
    println!("{:?}", l.peek());
    println!("{:?} {}", l.pop(), l.len);
    let n = Nums(vec![4, 5]);
    println!("{:?}", n.first());
    println!("{} {}", W(1).show(), W(2.5).show());
    let c = Counter { n: 0 };
    let v: Vec<u32> = c.take(3).collect();
    let s: u32 = Counter { n: 0 }.zip(Counter { n: 1 }).map(|(a, b)| a * b).sum();
    println!("{:?} {}", v, s);
    println!("{} {}", Tri.sides(), Tri::SIDES);
    let b = Tri.boxed();
    println!("{}", b.sides());
    let add5 = make_adder(5);
    let times3 = make_boxed(3);
    println!("{} {}", add5(1), times3(2));
    println!("{:?}", apply_all(&[make_adder(1), make_adder(2)], 10));
    print_all(&["x", "y"]);
    print_all(&vec![Some(1), None]);
    let (a, bb) = (String::from("a"), String::from("b"));
    println!("{}", pick(&a, &bb, false));
    let mut fl = vec![2.5, -1.0, 3.7];
    fl.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let mn = fl.iter().cloned().fold(f64::INFINITY, f64::min);
    let mx = fl.iter().copied().max_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?} {} {:?}", fl, mn, mx);
    let mut x = 1; let mut y = 2;
    std::mem::swap(&mut x, &mut y);
    println!("{} {}", x, y);
    let greeting = String::from("hi ") + "there";
    let owned: Vec<String> = greeting.split(' ').map(String::from).collect();
    println!("{:?}", owned);
    let compose = |f: fn(i32) -> i32, g: fn(i32) -> i32| move |v| g(f(v));
    fn inc(v: i32) -> i32 { v + 1 }
    fn dbl(v: i32) -> i32 { v * 2 }
    println!("{}", compose(inc, dbl)(3));
    let data = vec![("a", 3), ("b", 1)];
    let best = data.iter().min_by_key(|(_, n)| *n).map(|(k, _)| *k);
    println!("{:?}", best);
    let mut grid = vec![vec![0; 3]; 2];
    grid[1][2] = 7;
    for row in grid.iter_mut() { for cell in row.iter_mut() { *cell += 1; } }
    println!("{:?}", grid);
    let sum_sq: i32 = (1..=3).map(|i| i * i).sum();
    println!("{}", sum_sq);
    let chunks: Vec<Vec<i32>> = vec![1, 2, 3, 4, 5].chunks(2).map(|c| c.to_vec()).collect();
    println!("{:?}", chunks);
    let words = ["apple", "bob"];
    let caps: Vec<String> = words.iter().map(|w| { let mut c = w.chars(); match c.next() { Some(f) => f.to_uppercase().collect::<String>() + c.as_str(), None => String::new() } }).collect();
    println!("{:?}", caps);
}
