//! Type checker regression program (rustc 1.95 accepts it): patterns, match ergonomics, loops and labels, shadowing.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir { N, S }
const LIMIT: i32 = 10;
struct Grid { cells: Vec<Vec<u8>>, w: usize }
impl Grid {
    fn get(&self, x: usize, y: usize) -> Option<&u8> { self.cells.get(y).and_then(|r| r.get(x)) }
    fn row(&mut self, y: usize) -> &mut Vec<u8> { &mut self.cells[y] }
    fn width(&self) -> usize { self.w }
}
fn classify(v: &[i32]) -> &str {
    match v {
        [] => "empty",
        [x] if *x > LIMIT => "big one",
        [first, .., last] if first == last => "same ends",
        [_, rest @ ..] => if rest.len() > 2 { "long" } else { "short" },
    }
}
fn depth(o: Option<Option<i32>>) -> i32 { match o { Some(Some(n @ 1..=9)) => n, Some(Some(_)) => 10, Some(None) => -1, None => -2 } }
fn swap(p: &mut (i32, i32)) { let (a, b) = *p; *p = (b, a); }
fn main() {
    let mut g = Grid { cells: vec![vec![0; 3]; 2], w: 3 };
    g.row(1)[2] = 7;
    if let Some(&c) = g.get(2, 1) { println!("{}", c); }
    let w = g.width();
    let mut total = 0usize;
    'outer: for y in 0..2 { for x in 0..w { if x == 2 { continue 'outer; } total += x + y; } }
    println!("{} {}", total, classify(&[1, 2, 3, 1]));
    println!("{}", depth(Some(Some(3))));
    let mut p = (1, 2);
    swap(&mut p);
    let (ref mut a, _) = p;
    *a += 1;
    let d = Dir::N;
    let name = match d { Dir::N => "north", Dir::S => "south" };
    let same = d == Dir::S;
    let x = 5;
    let x = x * 2;
    let x = format!("{}", x);
    let msg = if same { name.to_string() } else { x.clone() + "!" };
    let bytes = msg.as_bytes();
    let first = bytes[0];
    let n: i64 = -(first as i64);
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() { if top == 2 { break; } }
    let found = loop { if let Some(t) = stack.pop() { break Some(t); } else { break None; } };
    let v: Vec<(String, i32)> = vec![("a".to_string(), 1)];
    for (s, k) in &v { println!("{} {}", s, k); }
    let t = v[0].1 + 1;
    let opt_ref: Option<&(String, i32)> = v.first();
    let fl = 3.0_f64.sqrt() * 2.0;
    let avg = (t as f64 + fl) / 2.0;
    let arr = [[1, 2], [3, 4]];
    let s2: i32 = arr[1][0] + arr[0][1];
    let bits = 0b1010u8 & 0x0F | 1 << 2;
    let neg = !true;
    println!("{:?} {} {:?} {} {} {} {} {} {}", found, n, opt_ref, avg, s2, bits, neg, msg, p.0);
}
