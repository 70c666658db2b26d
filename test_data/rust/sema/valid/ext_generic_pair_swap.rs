#[derive(Debug, Clone, PartialEq)]
struct Pair<T> {
    first: T,
    second: T,
}

impl<T: Clone> Pair<T> {
    fn new(first: T, second: T) -> Self {
        Pair { first, second }
    }

    fn swapped(&self) -> Pair<T> {
        Pair::new(self.second.clone(), self.first.clone())
    }

    fn first(&self) -> &T {
        &self.first
    }
}

fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for &item in items {
        if item > best {
            best = item;
        }
    }
    best
}

fn identity<T>(x: T) -> T {
    x
}

fn main() {
    let p = Pair::new(1, 2);
    let q = p.swapped();
    println!("{:?} -> {:?}", p, q);
    println!("first of q: {}", q.first());
    let words = Pair::new(String::from("left"), String::from("right"));
    println!("{:?}", words.swapped());
    println!("largest: {}", largest(&[3, 9, 4]));
    println!("largest: {}", largest(&[1.5, 0.5]));
    let n: u8 = identity(7);
    let s = identity("seven");
    println!("{} {}", n, s);
    println!("equal: {}", p == q.swapped());
}
