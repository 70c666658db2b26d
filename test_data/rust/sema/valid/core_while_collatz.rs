fn collatz_steps(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    let mut n = 27u64;
    print!("27");
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        if n > 9000 {
            print!(" [{}]", n);
        }
    }
    println!();
    let mut best = 0;
    let mut best_start = 0;
    let mut start = 1;
    while start < 1000 {
        let s = collatz_steps(start);
        if s > best {
            best = s;
            best_start = start;
        }
        start += 1;
    }
    println!("longest below 1000: {} with {} steps", best_start, best);
}
