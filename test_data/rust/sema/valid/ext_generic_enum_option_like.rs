#[derive(Debug, Clone, PartialEq)]
enum Maybe<T> {
    Just(T),
    Nothing,
}

impl<T> Maybe<T> {
    fn map<U, F: FnOnce(T) -> U>(self, f: F) -> Maybe<U> {
        match self {
            Maybe::Just(v) => Maybe::Just(f(v)),
            Maybe::Nothing => Maybe::Nothing,
        }
    }

    fn unwrap_or(self, default: T) -> T {
        match self {
            Maybe::Just(v) => v,
            Maybe::Nothing => default,
        }
    }

    fn is_just(&self) -> bool {
        matches!(self, Maybe::Just(_))
    }
}

fn half(n: i32) -> Maybe<i32> {
    if n % 2 == 0 { Maybe::Just(n / 2) } else { Maybe::Nothing }
}

fn main() {
    for n in [8, 7] {
        let h = half(n);
        println!("half({}) = {:?}, just: {}", n, h, h.is_just());
        println!("  mapped: {:?}", h.clone().map(|v| format!("<{}>", v)));
        println!("  or -1: {}", h.unwrap_or(-1));
    }
    println!("{}", Maybe::Just(3) == Maybe::Just(3));
}
