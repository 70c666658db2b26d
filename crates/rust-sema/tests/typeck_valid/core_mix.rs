//! Type checker regression program (rustc 1.95 accepts it): operators, generics, std constructors and methods, patterns.
use std::fmt;
use std::ops::Add;
#[derive(Debug, Clone, Copy, PartialEq)]
struct P { x: i32, y: i32 }
impl Add for P { type Output = P; fn add(self, o: P) -> P { P { x: self.x + o.x, y: self.y + o.y } } }
impl fmt::Display for P { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "({}, {})", self.x, self.y) } }
struct Stack<T> { items: Vec<T> }
impl<T: Clone> Stack<T> {
    fn new() -> Self { Stack { items: Vec::new() } }
    fn push(&mut self, t: T) { self.items.push(t); }
    fn peek(&self) -> Option<&T> { self.items.last() }
    fn len(&self) -> usize { self.items.len() }
}
enum Shape { Circle { r: f64 }, Rect(f64, f64), Unit }
impl Shape {
    fn area(&self) -> f64 {
        match self {
            Shape::Circle { r } => 3.14 * r * r,
            Shape::Rect(w, h) => w * h,
            Shape::Unit => 0.0,
        }
    }
}
struct Node { val: i32, next: Option<Box<Node>> }
const MAX: usize = 10;
static NAME: &str = "x";
fn sum(xs: &[i32]) -> i32 { let mut t = 0; for x in xs { t += x; } t }
fn first_word(s: &str) -> &str { s.split(' ').next().unwrap_or("") }
fn pick<'a>(a: &'a str, b: &'a str, c: bool) -> &'a str { if c { a } else { b } }
fn maybe(n: i32) -> Option<i32> { if n > 0 { Some(n) } else { None } }
fn res(n: i32) -> Result<i32, String> { if n > 0 { Ok(n) } else { Err(format!("bad {}", n)) } }
fn q() -> Result<i32, String> { let v = res(3)?; Ok(v + 1) }
fn main() {
    let a = P { x: 1, y: 2 };
    let b = a + a;
    let c = P { x: 5, ..b };
    println!("{} {:?} {}", b, c, a == c);
    let mut s: Stack<i32> = Stack::new();
    s.push(3);
    let top = s.peek().copied().unwrap_or(0);
    println!("{} {}", top, s.len());
    let shapes = vec![Shape::Circle { r: 1.0 }, Shape::Rect(2.0, 3.0), Shape::Unit];
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    println!("{}", total);
    let n = Node { val: 1, next: Some(Box::new(Node { val: 2, next: None })) };
    let mut cur = Some(&n);
    while let Some(node) = cur { println!("{}", node.val); cur = node.next.as_deref(); }
    let arr = [1, 2, 3];
    println!("{} {} {}", sum(&arr), sum(&vec![4, 5]), MAX + arr.len());
    let st = String::from("hello world");
    println!("{} {} {}", first_word(&st), pick("a", &st, true), NAME);
    let x = loop { break 5; };
    let y = 'outer: loop { loop { break 'outer 7; } };
    let z = if x > 3 { x as f64 } else { 2.5 };
    let ch = (b'a' + 2) as char;
    let big = x as u64 * 1000u64;
    let neg = -(y as i64);
    println!("{} {} {} {} {} {}", x, y, z, ch, big, neg);
    let t = (1, "two", 3.0);
    let (i, w, f) = t;
    println!("{} {} {} {}", i, w, f, t.1);
    let mut v2 = Vec::new();
    v2.push(String::from("a"));
    v2.push("b".to_string());
    let joined = v2.join(",");
    if joined == "a,b" && st != "" { println!("eq"); }
    let m = maybe(3).map(|v| v * 2).unwrap_or(0);
    match res(m) { Ok(v) if v > 2 => println!("{}", v), Ok(_) => {}, Err(e) => println!("{}", e) }
    println!("{:?}", q());
    let mut count = 0usize;
    count += 1;
    let idx = count - 1;
    println!("{}", arr[idx]);
    let refs: Vec<&i32> = arr.iter().collect();
    let r: &i32 = refs[0];
    println!("{}", *r + 1);
    let boxed: Box<i32> = Box::new(5);
    println!("{}", *boxed + 1);
    let o: Option<&str> = None;
    let s2 = match o { Some(s) => s.to_string(), None => String::new() };
    let s3 = s2 + "x" + &st;
    println!("{}", s3);
    let words = ["a", "b"];
    for (k, w) in words.iter().enumerate() { println!("{} {}", k, w); }
    let mut grid = [[0u8; 3]; 3];
    grid[1][2] = 5;
    let e = &mut grid[0];
    e[0] = 1;
    println!("{:?}", grid);
    let f2 = 1.5f32 * 2.0;
    let d = 10 / 3 % 2;
    let flag = !(d > 0) || f2 < 1.0;
    println!("{} {} {}", f2, d, flag);
    let text = if flag { "yes" } else { &st };
    println!("{}", text);
    std::process::exit(0);
}
