fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn gcd_iterative(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        let t = b;
        b = a % b;
        a = t;
    }
    a
}

fn lcm(a: u64, b: u64) -> u64 {
    a / gcd(a, b) * b
}

fn main() {
    let pairs = [(48, 18), (17, 5), (100, 75), (0, 9), (1071, 462)];
    for (a, b) in pairs {
        println!("gcd({}, {}) = {} = {}, lcm = {}", a, b, gcd(a, b), gcd_iterative(a, b), lcm(a.max(1), b.max(1)));
    }
    let mut l = 1;
    for n in 1..=20 {
        l = lcm(l, n);
    }
    println!("lcm(1..=20) = {}", l);
}
