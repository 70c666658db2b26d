use std::fmt::Display;

fn largest<T: PartialOrd + Copy>(items: &[T]) -> T {
    let mut best = items[0];
    for &it in items {
        if it > best {
            best = it;
        }
    }
    best
}

fn describe<T>(label: &str, items: &[T]) -> String
where
    T: Display,
{
    let mut out = format!("{}:", label);
    for it in items {
        out.push_str(&format!(" <{}>", it));
    }
    out
}

fn pair_max<A: PartialOrd, B: PartialOrd>(a: (A, B), b: (A, B)) -> (A, B) {
    if a.0 > b.0 || (a.0 == b.0 && a.1 >= b.1) { a } else { b }
}

fn main() {
    println!("{}", largest(&[3, 17, 5, 9]));
    println!("{}", largest(&[2.5, -1.0, 7.25]));
    println!("{}", largest(&['x', 'b', 'z', 'a']));
    println!("{}", describe("ints", &[1, 2, 3]));
    println!("{}", describe("strs", &["a", "b"]));
    println!("{:?}", pair_max((1, "b"), (1, "a")));
    println!("{:?}", pair_max((0.5, 2), (1.5, 0)));
}
