struct Fibonacci {
    a: u64,
    b: u64,
}

impl Iterator for Fibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let current = self.a;
        self.a = self.b;
        self.b += current;
        Some(current)
    }
}

struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;

    fn next(&mut self) -> Option<Self::Item> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}

fn fib() -> Fibonacci {
    Fibonacci { a: 0, b: 1 }
}

fn main() {
    let first: Vec<u64> = fib().take(15).collect();
    println!("{:?}", first);
    let even_sum: u64 = fib().take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("sum of even fib below 4e6 = {}", even_sum);
    for n in Countdown(3) {
        println!("{}...", n);
    }
    let total: u32 = Countdown(100).sum();
    println!("sum of countdown 100 = {}", total);
    let zipped: Vec<(u32, u64)> = Countdown(5).zip(fib().skip(5)).collect();
    println!("{:?}", zipped);
}
