use std::fmt::{self, Display};

struct Table<T> {
    rows: Vec<(String, T)>,
}

impl<T: Display> Display for Table<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (name, value) in &self.rows {
            writeln!(f, "{name}: {value}")?;
        }
        Ok(())
    }
}

fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for &x in items {
        if x > best {
            best = x;
        }
    }
    best
}

fn apply<F>(f: F, x: i32) -> i32
where
    F: Fn(i32) -> i32,
{
    f(x)
}

fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn main() {
    let t = Table { rows: vec![("a".to_string(), 1), ("b".to_string(), 2)] };
    print!("{}", t);
    println!("{} {}", largest(&[3, 7, 2]), apply(make_adder(2), 5));
}
