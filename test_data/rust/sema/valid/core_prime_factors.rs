fn factorize(mut n: u64) -> Vec<(u64, u32)> {
    let mut factors = Vec::new();
    let mut d = 2;
    while d * d <= n {
        let mut count = 0;
        while n % d == 0 {
            n /= d;
            count += 1;
        }
        if count > 0 {
            factors.push((d, count));
        }
        d += if d == 2 { 1 } else { 2 };
    }
    if n > 1 {
        factors.push((n, 1));
    }
    factors
}

fn show(factors: &[(u64, u32)]) -> String {
    let mut parts = Vec::new();
    for &(p, e) in factors {
        if e == 1 {
            parts.push(format!("{}", p));
        } else {
            parts.push(format!("{}^{}", p, e));
        }
    }
    parts.join(" * ")
}

fn main() {
    for n in [2, 12, 97, 360, 1001, 65536, 600851475143] {
        let f = factorize(n);
        let mut divisors = 1;
        for &(_, e) in &f {
            divisors *= e + 1;
        }
        println!("{} = {} ({} divisors)", n, show(&f), divisors);
    }
}
