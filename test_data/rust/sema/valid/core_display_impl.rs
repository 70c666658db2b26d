use std::fmt;

struct Fraction {
    num: i64,
    den: i64,
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 { a.abs() } else { gcd(b, a % b) }
}

impl Fraction {
    fn new(num: i64, den: i64) -> Fraction {
        let g = gcd(num, den);
        let sign = if den < 0 { -1 } else { 1 };
        Fraction { num: sign * num / g, den: sign * den / g }
    }

    fn add(&self, other: &Fraction) -> Fraction {
        Fraction::new(self.num * other.den + other.num * self.den, self.den * other.den)
    }
}

impl fmt::Display for Fraction {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if self.den == 1 {
            write!(f, "{}", self.num)
        } else {
            write!(f, "{}/{}", self.num, self.den)
        }
    }
}

fn main() {
    let a = Fraction::new(1, 2);
    let b = Fraction::new(1, 3);
    let c = Fraction::new(6, -4);
    println!("{} + {} = {}", a, b, a.add(&b));
    println!("c = {}", c);
    println!("{} + {} = {}", c, a, c.add(&a));
    let s = a.to_string();
    println!("to_string: {:?}", s);
    println!("[{:>8}]", a.to_string());
}
