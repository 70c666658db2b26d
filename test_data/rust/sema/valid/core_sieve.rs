fn sieve(limit: usize) -> Vec<usize> {
    let mut is_prime = vec![true; limit + 1];
    is_prime[0] = false;
    if limit >= 1 {
        is_prime[1] = false;
    }
    let mut p = 2;
    while p * p <= limit {
        if is_prime[p] {
            let mut multiple = p * p;
            while multiple <= limit {
                is_prime[multiple] = false;
                multiple += p;
            }
        }
        p += 1;
    }
    let mut primes = Vec::new();
    for (n, &prime) in is_prime.iter().enumerate() {
        if prime {
            primes.push(n);
        }
    }
    primes
}

fn main() {
    let primes = sieve(100);
    println!("{} primes below 100: {:?}", primes.len(), primes);
    let big = sieve(100_000);
    println!("{} primes below 100000, largest {}", big.len(), big[big.len() - 1]);
    let mut twins = 0;
    for i in 1..big.len() {
        if big[i] - big[i - 1] == 2 {
            twins += 1;
        }
    }
    println!("twin prime pairs: {}", twins);
}
