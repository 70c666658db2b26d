trait Zero {
    fn zero() -> Self;
}

trait Describe {
    const KIND: &'static str;
    fn describe(&self) -> String;
}

impl Zero for i32 {
    fn zero() -> Self {
        0
    }
}

impl Zero for f64 {
    fn zero() -> Self {
        0.0
    }
}

impl Describe for i32 {
    const KIND: &'static str = "integer";
    fn describe(&self) -> String {
        format!("{} {}", Self::KIND, self)
    }
}

impl Describe for f64 {
    const KIND: &'static str = "float";
    fn describe(&self) -> String {
        format!("{} {:.2}", Self::KIND, self)
    }
}

fn total<T: Zero + Copy + std::ops::Add<Output = T>>(items: &[T]) -> T {
    let mut acc = T::zero();
    for &x in items {
        acc = acc + x;
    }
    acc
}

fn main() {
    let a = total(&[1, 2, 3, 4]);
    let b = total(&[0.5, 0.25, 2.0]);
    println!("{}", a.describe());
    println!("{}", b.describe());
    println!("{} / {}", <i32 as Describe>::KIND, f64::KIND);
    let empty: [i32; 0] = [];
    println!("{}", total(&empty).describe());
}
